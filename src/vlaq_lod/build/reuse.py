"""Incremental builds: a build with the same inputs as the build in OUT does not run (``unchanged``); any
other takes over the previous build's batches whose inputs did not change, instead of parsing, graphing
and validating their documents again.

A batch's result depends on its documents' bytes and on what every batch depends on: the code batches
run, the ontology, the shapes, the curated files, the base URI and the dumps' prefixes (``inputs_key``).
The previous build keeps, per batch, the documents it was given with their content hashes, its
``BatchResult``, and where its part is in each joined file (``Cache`` in ``cache/``: one pickle per
batch, linked from build to build while the batch is taken over, and ``index.pickle``). The new build
plans from it (``plan_build``): a batch whose documents are all unchanged is reused, its CSV files
linked and its part left where it is, for ``join.py`` to copy by byte range; every other document (new,
changed, or in a batch that lost or changed one) is built in new batches. What spans batches is done
again from all of them, reused or not, but from what changed where that is exact (``Previous``):
question keys, the shared part (unchanged chunks copied), the store (the previous one updated), the
shared nodes' check (of those whose lines changed), VoID, the catalogue, the event stream. Reused
batches are planned as they were, so batches fragment over the days; ``--full`` plans afresh.
"""

from __future__ import annotations

import hashlib
import os
import pickle
import shutil
import time
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, replace
from pathlib import Path

import rdflib
from rdflib.namespace import DCTERMS

from ..graph.catalog import catalog_graph, csv_dump
from ..graph.corpus import ONTOLOGY_DIR
from ..graph.namespaces import bind_prefixes
from ..uris import Uris
from ..validate import Finding, Report, ShaclReport
from ..validate.shacl import results_about
from . import collector
from .batches import Batch, BatchResult, Context, plan
from .folder import BuildFolder
from .join import DUMP_SUFFIXES, Chunks, Piece, Range, read_part, read_range

PACKAGE = Path(__file__).resolve().parents[1]  # src/vlaq_lod: the code's version is its source
# The package's code that no batch runs (the parent's side of a build, the server, the CLI): a change
# there leaves every batch's result as it was, so it is not part of ``inputs_key`` and a fix in the web
# layer does not cost a rebuild from nothing. ``tests/test_build_incremental.py`` checks that a batch's
# module imports none of it.
NOT_IN_BATCHES = ("web", "store", "search.py", "cli.py", "__main__.py", "settings.py",
                  "build/pipeline.py", "build/reuse.py", "build/recheck.py", "build/join.py",
                  "build/shared.py")
CACHE = "cache"  # BUILD/cache/: index.pickle and one pickle per batch (``Cache.save``)
INDEX = "index.pickle"  # in CACHE: the key, each batch's pickle, index and ranges, the rest of ``Cache``
SINGLE_CACHE = "batches.pickle"  # the whole cache in one file, as builds before the folder wrote it
CATALOG = ".catalog.ttl"  # a part's catalogue statements; joined into catalog.ttl


def _tree_digest(digest: hashlib._Hash, root: Path, suffixes: tuple[str, ...] | None,
                 skip: tuple[str, ...] = ()) -> None:
    for path in sorted(root.rglob("*")) if root.is_dir() else []:
        name = path.relative_to(root).as_posix()
        if any(name == s or name.startswith(s + "/") for s in skip):
            continue
        if path.is_file() and (suffixes is None or path.suffix in suffixes):
            digest.update(name.encode() + b"\0" + path.read_bytes() + b"\0")


def inputs_key(curated: Path, shapes: Path, base_uri: str, prefixes: dict[str, str]) -> str:
    """A hash of everything a batch's result depends on but its documents: the code batches run, the
    ontology, the shapes, the curated files, and what the parent hands every batch (the base URI and
    the dumps' prefixes)."""
    digest = hashlib.sha256(base_uri.encode() + b"\0" + repr(sorted(prefixes.items())).encode() + b"\0")
    _tree_digest(digest, PACKAGE, (".py", ".rq", ".ttl"), NOT_IN_BATCHES)
    for root in (ONTOLOGY_DIR, shapes, curated):
        _tree_digest(digest, root, None)
    return digest.hexdigest()


Status = tuple[int, int, int, int]  # a file's inode, size, modification and change times (ns)
HASHED = "sources.tsv"  # a build's record of each document's hash and the status it was read at


@dataclass(frozen=True)
class Hashed:
    """Each document's SHA-256 by path, with the file's status when it was read, and when the reading
    began (``taken``, ns since the epoch): the next build trusts a hash whose file still has that status
    (``content_hashes``)."""

    hashes: dict[str, str]
    status: dict[str, Status]
    taken: int

    def save(self, path: Path) -> None:
        """One line per document (a name with a tab or a line break in it is left out: read again)."""
        rows = (f"{name}\t{digest}\t{' '.join(map(str, self.status[name]))}\n"
                for name, digest in self.hashes.items() if "\t" not in name and "\n" not in name)
        path.write_text(f"{self.taken}\n" + "".join(rows), encoding="utf-8", errors="surrogateescape")

    @classmethod
    def load(cls, path: Path) -> Hashed | None:
        """The record at ``path``; None when there is none (a build made before it was kept) or it cannot
        be read (then every document is read again, as without one)."""
        if not path.is_file():
            return None
        try:
            taken, *rows = path.read_text(encoding="utf-8", errors="surrogateescape").split("\n")[:-1]
            split = [row.split("\t") for row in rows]
            status = {name: tuple(map(int, status.split())) for name, _, status in split}
            return cls({name: digest for name, digest, _ in split}, status, int(taken))
        except ValueError:  # a line cut short, a field that is no number: not this code's record
            return None


def content_hashes(paths: list[Path], before: Hashed | None = None) -> Hashed:
    """Each document's SHA-256. A document whose file has the status ``before`` recorded (same inode,
    size, modification and change time; the change time no user can set) and changed last at least
    a second before ``before`` began reading is not read again: its hash is the recorded one. The
    second guards against a file written again within the file system's clock tick after it was read,
    as git's index does. At 100,000 documents, reading them all took 4.9 s on 8 threads with most out
    of the page cache; their status alone ~0.5 s.

    The others are read on several threads: by the next day's build, most of an archive's documents
    are out of the page cache (the dumps written since took it), and reading 100,000 of them one after
    the other took 13.5 s, on 8 threads 4.9 s (2.8 s against 1.6 s when all are cached)."""
    taken = time.time_ns()
    names = [str(path) for path in paths]
    status = {name: _status(os.stat(name)) for name in names}
    hashes = {name: before.hashes[name] for name in names if before and _trusted(before, name, status[name])}
    unread = [name for name in names if name not in hashes]
    with ThreadPoolExecutor(max_workers=8) as readers:
        hashes |= dict(zip(unread, readers.map(_sha256, unread, chunksize=256), strict=True))
    return Hashed({name: hashes[name] for name in names}, status, taken)


TICK = 1_000_000_000  # ns: more than any file system's timestamp granularity


def _trusted(before: Hashed, name: str, status: Status) -> bool:
    return before.status.get(name) == status and status[3] < before.taken - TICK


def _status(result: os.stat_result) -> Status:
    return result.st_ino, result.st_size, result.st_mtime_ns, result.st_ctime_ns


def _sha256(name: str) -> str:
    with open(name, "rb") as document:
        return hashlib.file_digest(document, "sha256").hexdigest()


SOURCES = "sources.sha256"  # a build's record of what it was built from (``sources_digest``)


def sources_digest(key: str, hashes: dict[str, str], strict: bool) -> str:
    """One hash of everything a build's publication depends on: ``inputs_key``, every document's path
    and content, and ``--strict`` (which decides whether rejections fail the build). Two builds with
    the same digest publish the same, so the second need not run (``unchanged``)."""
    digest = hashlib.sha256(f"{key}\0{strict}\0".encode())
    for path, content in sorted(hashes.items()):
        digest.update(f"{path}\0{content}\0".encode())
    return digest.hexdigest()


def unchanged(previous: BuildFolder | None, digest: str) -> bool:
    """Whether ``previous`` was built from what ``digest`` sums up."""
    path = previous.file(SOURCES) if previous else None
    return path is not None and path.is_file() and path.read_text(encoding="utf-8").strip() == digest


@dataclass(frozen=True)
class Cached:
    """One batch of a build, as the next build may take it over."""

    documents: tuple[tuple[str, str], ...]  # (path, content hash) of every document it was given
    left_out: frozenset[str]  # documents the parent took out of it: never reused (see Batch)
    result: BatchResult  # without its part's paths (they were the staging folder's)
    ranges: dict[str, Range]  # where its part is in vlaq.nt.gz, .ttl, .jsonld, catalog.ttl
    stored: str | None = None  # its pickle in the cache folder it was read from (``Cache.save``)


@dataclass(frozen=True)
class Cache:
    key: str  # ``inputs_key`` of the build that wrote it
    batches: tuple[Cached, ...]
    # the check of the nodes several batches describe (``shared.check_shared``): its findings and its
    # report as N-Triples, kept for the nodes whose description the next build leaves as it is
    # (None from a build made before it was kept: the next build checks every such node)
    shared_check: tuple[tuple[Finding, ...], bytes] | None = None
    own: BuildsOwn | None = None  # the lines of its own the build wrote (None: written before they were kept)
    head: Chunks = ()  # the shared part's chunks (``join.chunks``), each where it is in each dump

    def save(self, folder: BuildFolder, previous: BuildFolder | None = None) -> None:
        """``folder/cache/``: each batch's documents, left-out names and result in a pickle of its own,
        and ``index.pickle`` with the rest. A batch read from ``previous``'s cache (``stored``) is a
        hard link to its pickle there: a build that changes a few batches writes a few pickles, not the
        whole cache again (~1 GB and 5-15 s at 100,000 documents)."""
        cache = folder.file(CACHE)
        cache.mkdir()
        names = []
        for cached in self.batches:
            linked = cached.stored is not None and previous is not None
            name = cached.stored if linked else _name(cached)
            if linked:
                os.link(previous.file(CACHE) / name, cache / name)
            else:
                with (cache / name).open("wb") as stream:
                    pickle.dump((cached.documents, cached.left_out, cached.result), stream,
                                protocol=pickle.HIGHEST_PROTOCOL)
            names.append((name, cached.result.index, cached.ranges))
        with (cache / INDEX).open("wb") as stream:
            pickle.dump((self.key, names, self.shared_check, self.own, self.head), stream,
                        protocol=pickle.HIGHEST_PROTOCOL)

    @classmethod
    def load(cls, folder: BuildFolder | None) -> Cache | None:
        """The previous build's batches; None when it has none (first build, an older version's build)."""
        if folder is None:
            return None
        try:
            with collector.paused():  # millions of objects that all stay alive
                if (folder.file(CACHE) / INDEX).is_file():
                    return _read_folder(folder.file(CACHE))
                if folder.file(SINGLE_CACHE).is_file():  # batches not stored: the next save writes them
                    with folder.file(SINGLE_CACHE).open("rb") as stream:
                        cache = pickle.load(stream)  # our own file, as an older version wrote it
                    return cache if isinstance(cache, Cache) else None
        except (OSError, EOFError, pickle.UnpicklingError, AttributeError, ImportError, TypeError,
                ValueError):
            pass  # unreadable, or written by code whose classes changed since: build afresh
        return None


def _name(cached: Cached) -> str:
    """A batch's pickle: named by its documents, which no other batch of a build holds."""
    return hashlib.sha256(repr(cached.documents).encode()).hexdigest()[:24] + ".pickle"


def _read_folder(cache: Path) -> Cache:
    with (cache / INDEX).open("rb") as stream:
        key, names, shared_check, own, head = pickle.load(stream)
    batches = []
    for name, index, ranges in names:
        with (cache / name).open("rb") as stream:
            documents, left_out, result = pickle.load(stream)
        batches.append(Cached(documents, left_out, replace(result, index=index), ranges, name))
    return Cache(key, tuple(batches), shared_check, own, head)


@dataclass(frozen=True)
class Plan:
    build: list[Batch]  # batches to build
    reuse: list[tuple[int, Cached]]  # batches to take over, with their index in this build


def plan_build(paths: list[Path], hashes: dict[str, str], cache: Cache | None, key: str,
               curated_sources: set[str], size: int) -> Plan:
    """The batches of this build: the previous build's unchanged ones taken over, the other documents
    in new batches of ``size``. The batch that holds the curated documents stays the first (index 0),
    reused or new; without a cache for the same inputs everything is built (``plan``)."""
    if cache is None or cache.key != key:
        return Plan(plan(paths, curated_sources, size), [])
    kept = [c for c in cache.batches
            if not c.left_out and all(hashes.get(path) == digest for path, digest in c.documents)]
    taken = {path for c in kept for path, _ in c.documents}
    rest = [path for path in paths if str(path) not in taken]
    first = [c for c in kept if c.result.index == 0]
    if first:
        kept = first + [c for c in kept if c.result.index != 0]
        new = [Batch(len(kept) + n, tuple(rest[i:i + size])) for n, i in enumerate(range(0, len(rest), size))]
        return Plan(new, list(enumerate(kept)))
    new = plan(rest, curated_sources, size)
    return Plan(new, [(len(new) + n, c) for n, c in enumerate(kept)])


@dataclass(frozen=True)
class BuildsOwn:
    """The lines every batch writes that belong to its build, not to its documents: the ontology's (its
    blank nodes are labelled anew by every build's parse) and the shared nodes' dates (``dct:issued``,
    ``dct:modified`` of the catalogue, the corpus and the service: the build's time). A reused batch gets
    this build's (``take_over``), so the shared part is what a full build would publish. (A reused
    batch's own datasets keep their dates: they were not modified since.)"""

    ontology: frozenset[bytes]
    now: frozenset[bytes]  # this build's dated lines of the shared nodes

    @classmethod
    def of(cls, context: Context) -> BuildsOwn:
        frame = _lines(catalog_graph([], context.uris, context.created))
        return cls(frozenset(_lines(context.ontology)), frozenset(line for line in frame if _dated(line)))

    def stale(self, line: bytes) -> bool:
        subject, _, rest = line.split(b" ", 2)
        return subject.startswith(b"_:") or rest.startswith(b"_:") or _dated(line)


_DATED = tuple(f" {p.n3()} ".encode() for p in (DCTERMS.issued, DCTERMS.modified))


def _dated(line: bytes) -> bool:
    """A line stating when something was issued or modified: for shared nodes, the build's time."""
    return any(predicate in line for predicate in _DATED)


def take_over(index: int, cached: Cached, previous: BuildFolder, staged: BuildFolder, own: BuildsOwn,
              before: BuildsOwn | None) -> BatchResult:
    """A reused batch: its CSV files linked into the staging folder, its result renumbered and without
    the build's own lines (``BuildsOwn``) of the build it comes from (the cache keeps none: ``before``
    is None for a cache written before that, whose lines are each looked at); ``write_build`` adds this
    build's once. Its part stays where it is, in the previous build's joined files (``pieces``), until
    ``write_build`` joins it with the others."""
    paths = [csv_dump(entry.key).path for entry in cached.result.entries]
    source, target = str(previous.path), str(staged.path)
    for folder in {os.path.dirname(path) for path in paths}:
        os.makedirs(os.path.join(target, folder), exist_ok=True)
    for name in (name for path in paths for name in (path, f"{path}-metadata.json")):  # with its CSVW
        _link(os.path.join(source, name), os.path.join(target, name))
    result = cached.result
    if before is not None:  # kept without them (``cache_of``)
        return replace(result, index=index)

    def fresh(lines: frozenset[bytes]) -> frozenset[bytes]:
        return frozenset(line for line in lines if not own.stale(line))

    return replace(result, index=index, shared=fresh(result.shared),
                   catalog_shared=fresh(result.catalog_shared))


def pieces(cached: Cached, previous: BuildFolder) -> dict[str, Piece]:
    """Where a reused batch's part is in the previous build's joined files, by suffix (``CATALOG``:
    its catalogue statements)."""
    files = {suffix: previous.dumps / f"vlaq{suffix}" for suffix in DUMP_SUFFIXES}
    files[CATALOG] = previous.file("catalog.ttl")
    return {suffix: Piece(path, *cached.ranges[suffix]) for suffix, path in files.items()}


def _link(source: str, target: str) -> None:
    """A hard link (no copy: a CSV file is never written in place), or a copy across file systems. Paths
    as strings: a build at 100,000 documents takes over ~260,000 files, and ``Path`` objects for them
    cost seconds."""
    try:
        os.link(source, target)
    except OSError:
        shutil.copyfile(source, target)


def _lines(graph: rdflib.Graph) -> set[bytes]:
    return set(graph.serialize(format="nt", encoding="utf-8").splitlines()) - {b""}


def cache_of(key: str, batches: list[Batch], results: list[BatchResult], hashes: dict[str, str],
             ranges: dict[str, list[Range]], shared_check: Report, own: BuildsOwn, head: Chunks,
             reused: dict[int, Cached]) -> Cache:
    """What the next build needs to take this build's batches over. ``ranges`` has the head's part
    first (the shared lines, the catalogue's frame), then one per result in order; ``reused`` holds the
    batches taken over, by their index in this build (their pickles are linked, ``Cache.save``)."""
    by_index = {batch.index: batch for batch in batches}
    check = (shared_check.shacl.findings, shared_check.graph.serialize(format="nt", encoding="utf-8"))

    def cached(number: int, result: BatchResult) -> Cached:
        where = {suffix: spans[number + 1] for suffix, spans in ranges.items()}
        if result.part is None:  # taken over as it was (one built again has a part of its own)
            before = reused[result.index]
            return Cached(before.documents, before.left_out, result, where, before.stored)
        batch = by_index[result.index]
        return Cached(tuple((str(path), hashes[str(path)]) for path in batch.paths), batch.left_out,
                      _kept(result, own), where)

    return Cache(key, tuple(cached(number, result) for number, result in enumerate(results)), check, own,
                 head)


def _kept(result: BatchResult, own: BuildsOwn) -> BatchResult:
    """A result as the cache keeps it: without its part's paths, and without the build's own lines
    (``write_build`` gives every batch the next build's)."""
    return replace(result, part=None, catalog=None, shared=result.shared - own.ontology - own.now,
                   catalog_shared=result.catalog_shared - own.now)


@dataclass(frozen=True)
class Previous:
    """The build this one starts from: its folder, its batches (``cache``, None when nothing of it can be
    taken over: none kept, other inputs, ``--full``) and which of them this build takes over, by the
    index they get in this build."""

    folder: BuildFolder
    cache: Cache | None
    reused: dict[int, Cached]

    def pieces(self, index: int) -> dict[str, Piece]:
        return pieces(self.reused[index], self.folder)

    def chunks(self) -> dict[str, dict[str, Piece]]:
        """The previous shared part's chunks (``join.chunks``) by digest, each where it is in each dump."""
        dumps = {suffix: self.folder.dumps / f"vlaq{suffix}" for suffix in DUMP_SUFFIXES}
        return {digest: {suffix: Piece(dumps[suffix], *where) for suffix, where in ranges.items()}
                for digest, ranges in (self.cache.head if self.cache else ())}

    def head_but(self, digests: frozenset[str]) -> list[bytes]:
        """The lines of the previous dump's shared part (the shared nodes' lines and the VoID) but those
        of its chunks with ``digests``; the whole of it when the previous build kept no chunks."""
        if self.cache is None or not self.cache.head:
            return read_part(self.folder.nt_dump, self.folder.info().dump_parts, 0).splitlines()
        with self.folder.nt_dump.open("rb") as dump:
            return [line for digest, where in self.cache.head if digest not in digests
                    for line in read_range(dump, where[".nt.gz"]).splitlines()]

    def gone(self, results: list[BatchResult]) -> list[Cached]:
        """The previous batches this build does not take over (a reused batch built again after all, for
        a repeated question key, is gone too: its result has a part)."""
        kept = {id(self.reused[r.index]) for r in results if r.part is None}
        return [cached for cached in (self.cache.batches if self.cache else ()) if id(cached) not in kept]

    def dropped(self, results: list[BatchResult]) -> list[bytes]:
        """The N-Triples of each previous part this build does not take over (``gone``)."""
        with self.folder.nt_dump.open("rb") as dump:
            return [read_range(dump, cached.ranges[".nt.gz"]) for cached in self.gone(results)]

    def kept_check(self, nodes: set[str], uris: Uris) -> Report | None:
        """The previous check of the shared nodes, its results about ``nodes`` only (IRIs whose
        description did not change); None when the previous build kept no check."""
        if self.cache is None or self.cache.shared_check is None:
            return None
        findings, lines = self.cache.shared_check
        names = bind_prefixes(rdflib.Graph(), uris).namespace_manager  # as check_shared names a focus
        focus = {rdflib.URIRef(node).n3(names) for node in nodes}
        report = rdflib.Graph().parse(data=lines, format="nt")
        graph = results_about(report, {rdflib.URIRef(node) for node in nodes})
        return Report(ShaclReport(tuple(f for f in findings if f.focus in focus), graph), ())

