"""Incremental builds, first step: a build takes over the previous build's batches whose inputs did not
change, instead of parsing, graphing and validating their documents again.

A batch's result depends on its documents' bytes and on what every batch depends on: the code, the
ontology, the shapes, the curated files and the base URI (``inputs_key``). The previous build keeps,
per batch, the documents it was given with their content hashes, its ``BatchResult``, and where its
part is in each joined file (``Cache`` in ``batches.pickle``). The new build plans from it
(``plan_build``): a batch whose documents are all unchanged is reused, its part copied back out of the
previous dumps and its CSV files linked; every other document (new, changed, or in a batch that lost
or changed one) is built in new batches. What spans batches is done again over all of them, reused or
not: question keys, the shared nodes (joined and checked from the store), VoID, the catalogue, the
dumps, the store's load, the event stream. Reused batches are planned as they were, so batches
fragment over the days; ``--full`` plans afresh.
"""

from __future__ import annotations

import hashlib
import os
import pickle
import shutil
from dataclasses import dataclass, replace
from pathlib import Path

import rdflib
from rdflib.namespace import DCTERMS

from ..graph.catalog import catalog_graph, csv_dump
from ..graph.corpus import ONTOLOGY_DIR
from . import publish
from .batches import Batch, BatchResult, Context, plan
from .folder import BuildFolder

PACKAGE = Path(__file__).resolve().parents[1]  # src/vlaq_lod: the code's version is its source
# The package's code that no batch runs (the parent's side of a build, the server, the CLI): a change
# there leaves every batch's result as it was, so it is not part of ``inputs_key`` and a fix in the web
# layer does not cost a rebuild from nothing. ``tests/test_build_incremental.py`` checks that a batch's
# module imports none of it.
NOT_IN_BATCHES = ("web", "store", "search.py", "cli.py", "__main__.py", "settings.py",
                  "build/pipeline.py", "build/reuse.py", "build/recheck.py")
CACHE = "batches.pickle"
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


def content_hashes(paths: list[Path]) -> dict[str, str]:
    return {str(path): hashlib.sha256(path.read_bytes()).hexdigest() for path in paths}


@dataclass(frozen=True)
class Cached:
    """One batch of a build, as the next build may take it over."""

    documents: tuple[tuple[str, str], ...]  # (path, content hash) of every document it was given
    left_out: frozenset[str]  # documents the parent took out of it: never reused (see Batch)
    result: BatchResult  # without its part's paths (they were the staging folder's)
    ranges: dict[str, publish.Range]  # where its part is in vlaq.nt.gz, .ttl, .jsonld, catalog.ttl


@dataclass(frozen=True)
class Cache:
    key: str  # ``inputs_key`` of the build that wrote it
    batches: tuple[Cached, ...]

    def save(self, folder: BuildFolder) -> None:
        with folder.file(CACHE).open("wb") as stream:
            pickle.dump(self, stream, protocol=pickle.HIGHEST_PROTOCOL)

    @classmethod
    def load(cls, folder: BuildFolder | None) -> Cache | None:
        """The previous build's batches; None when it has none (first build, an older version's build)."""
        if folder is None or not folder.file(CACHE).is_file():
            return None
        try:
            with folder.file(CACHE).open("rb") as stream:
                cache = pickle.load(stream)  # our own file, written by ``save``
        except (OSError, EOFError, pickle.UnpicklingError, AttributeError, ImportError, TypeError):
            return None  # unreadable, or written by code whose classes changed since: build afresh
        return cache if isinstance(cache, Cache) else None


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


def take_over(index: int, cached: Cached, previous: BuildFolder, staged: BuildFolder,
              own: BuildsOwn) -> BatchResult:
    """A reused batch's part copied out of the previous build's joined files into the staging folder
    (where ``write_build`` joins it with the others), its CSV files linked; its result, renumbered and
    with this build's own lines (``BuildsOwn``)."""
    stem = staged.path / "batches" / f"{index:06d}"
    stem.parent.mkdir(exist_ok=True)
    for suffix in publish.DUMP_SUFFIXES:
        publish.copy_range(previous.dumps / f"vlaq{suffix}", cached.ranges[suffix],
                           publish.suffixed(stem, suffix))
    publish.copy_range(previous.file("catalog.ttl"), cached.ranges[CATALOG], publish.suffixed(stem, CATALOG))
    for entry in cached.result.entries:
        csv_path = Path(csv_dump(entry.key).path)
        (staged.path / csv_path).parent.mkdir(parents=True, exist_ok=True)
        for path in (csv_path, csv_path.with_name(f"{csv_path.name}-metadata.json")):  # with its CSVW
            _link(previous.path / path, staged.path / path)
    result = cached.result
    shared = {line for line in result.shared if not own.stale(line)} | own.ontology | own.now
    catalog = {line for line in result.catalog_shared if not own.stale(line)} | own.now
    return replace(result, index=index, part=stem, catalog=publish.suffixed(stem, CATALOG),
                   shared=frozenset(shared), catalog_shared=frozenset(catalog))


def _link(source: Path, target: Path) -> None:
    """A hard link (no copy: a CSV file is never written in place), or a copy across file systems."""
    try:
        os.link(source, target)
    except OSError:
        shutil.copyfile(source, target)


def _lines(graph: rdflib.Graph) -> set[bytes]:
    return set(graph.serialize(format="nt", encoding="utf-8").splitlines()) - {b""}


def cache_of(key: str, batches: list[Batch], results: list[BatchResult], hashes: dict[str, str],
             ranges: dict[str, list[publish.Range]]) -> Cache:
    """What the next build needs to take this build's batches over. ``ranges`` has the head's part
    first (the shared lines, the catalogue's frame), then one per result in order."""
    by_index = {batch.index: batch for batch in batches}
    return Cache(key, tuple(
        Cached(tuple((str(path), hashes[str(path)]) for path in by_index[result.index].paths),
               by_index[result.index].left_out, replace(result, part=None, catalog=None),
               {suffix: where[number + 1] for suffix, where in ranges.items()})
        for number, result in enumerate(results)))
