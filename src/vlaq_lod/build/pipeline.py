"""``build()``: sources, parse, graph, validate, write a staged build, swap it in, top to bottom.

Documents are parsed, graphed and validated in batches (``batches.py``), in parallel and in bounded
memory; the previous build's unchanged batches are taken over (``reuse.py``); each batch writes its
part of the dumps, which are joined under the shared nodes' lines and the VoID and loaded into the
Oxigraph store, where the shared nodes are checked once more; the event stream is carried over with
what changed appended (``stream.py``). A document that fails is left out and reported (quarantine);
what no document can be blamed for stops the build with ``BuildFailed``, whose message is the
readable report (``FILE:LINE: …`` per problem). Everything is written in a staging folder next to
``OUT``, and nothing inside ``OUT`` before the staged build is complete and has passed every check
(``folder.py``), one build at a time. ``recheck.py`` checks a published build again.
"""

from __future__ import annotations

import os
import shutil
import sys
from collections import Counter
from collections.abc import Iterable
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass, replace
from datetime import UTC, datetime
from pathlib import Path
from typing import Protocol

import pyoxigraph as ox
import rdflib
from rdflib.namespace import SH

from .. import search
from ..graph.catalog import DatasetEntry, bind_catalog_prefixes, csv_dump, void_graph
from ..graph.corpus import ONTOLOGY_DIR, SHAPES_DIR, load_turtle_dir
from ..graph.curated import Curated, CuratedError, Head, load_curated
from ..graph.namespaces import RDF, bind_prefixes
from ..parse import ParseError, read_document_head
from ..uris import Uris
from ..validate import Report, ShaclReport, merged
from . import collector, join, publish, reuse, stream
from .batches import (
    Batch,
    BatchResult,
    Context,
    Progress,
    quiet,
    repeated_keys,
    run_batches,
)
from .folder import BuildFolder, BuildInfo, Out, Rejection, new_build_id
from .join import Chunks, Range
from .reuse import Previous
from .shared import check_shared, described_by_several

SOURCE_SUFFIXES = (".txt", ".pdf")


class RemoteLoader(Protocol):
    """A store a build is also published to (``store.remote.RemoteStore``; the pipeline runs before the
    store layer, so it names only the method it calls)."""

    def load(self, ntriples_path: Path, version: str | None = None) -> None: ...


@dataclass(frozen=True)
class BuildConfig:
    sources: Path  # documents anywhere below it; curated files in sources/curated
    out: Path
    base_uri: str
    shapes_dir: Path = SHAPES_DIR  # a test points it at stricter shapes
    remote: RemoteLoader | None = None  # loaded with the dump once the build is swapped in
    workers: int = 1  # processes building batches side by side (settings BUILD_WORKERS)
    batch_size: int = 250  # documents per batch (settings BUILD_BATCH): bounds a worker's memory
    strict: bool = False  # all or nothing: any rejected document fails the build (else quarantine)
    wait: bool = True  # for another build into OUT to finish (else BuildLocked at once)
    full: bool = False  # build every document again, reusing nothing of the previous build

    @property
    def curated(self) -> Path:
        return self.sources / "curated"


class BuildFailed(Exception):
    """A build that stopped before publishing; ``str()`` is the report to show (no traceback)."""


def source_files(sources: Path) -> list[Path]:
    """Every text and PDF document below ``sources`` (symbolic links to folders not followed), in a
    stable order (``Path``'s: by name segments); curated files excluded. Listed with ``os.scandir``, whose
    entries know their type: ``Path.rglob`` took 5.5 s for 100,000 documents, most of it making and
    comparing ``Path`` objects."""
    found, folders, curated = [], [str(sources)] if sources.is_dir() else [], str(sources / "curated")
    while folders:
        for entry in os.scandir(folders.pop()):
            if entry.is_dir(follow_symlinks=False):
                folders += [] if entry.path == curated else [entry.path]
            elif entry.is_file() and os.path.splitext(entry.name)[1].lower() in SOURCE_SUFFIXES:
                found.append(entry.path)
    return [Path(name) for name in sorted(found, key=lambda name: name.split(os.sep))]


def dump_prefixes(uris: Uris) -> dict[str, str]:
    """The dumps' prefixes (Turtle @prefix, JSON-LD @context): the documentation's and RDF's own. Fixed
    before any batch runs, since each batch writes its part of the dumps with them."""
    bound = bind_catalog_prefixes(bind_prefixes(rdflib.Graph(bind_namespaces="core"), uris))
    return {prefix: str(namespace) for prefix, namespace in sorted(bound.namespaces()) if prefix != "xml"}


def build_info(build_id: str, uris: Uris, created: datetime, results: list[BatchResult], triples: int,
               entries: list[DatasetEntry], report: Report, dump_parts: list[int]) -> BuildInfo:
    """``build.json``: what the web layer and a person need to know without opening the store."""
    return BuildInfo(
        id=build_id,
        base_uri=uris.base,
        created=created.isoformat(timespec="seconds"),
        counts={
            "documents": sum(len(r.keys) for r in results),
            "triples": triples,
            "observations": sum(r.observations for r in results),  # each observation is in one batch
            "datasets": len(entries),
            "warnings": sum(f.severity == "Warning" for f in report.shacl.findings),
        },
        datasets=[entry.key for entry in entries],
        integrity_constraints={r.ic: "violated" if r.violated else "holds" for r in report.cube},
        dump_parts=dump_parts,
        rejected=[r for result in results for r in result.rejected],
    )


def curated_sources(paths: list[Path], curated: Curated) -> set[str]:
    """The files whose questions the curated entries name, found from their headers alone; a named
    question no file holds is reported on stderr (``FILE:LINE: warning``) and left out, not fatal."""
    if not curated.questions():
        return set()
    heads = []
    for path in paths:
        try:
            year, number, ministers = read_document_head(path)
        except ParseError:
            continue  # its batch reports it
        heads.append(Head(path.name, year, number, frozenset(ministers)))
    for warning in curated.absent(heads):
        print(warning, file=sys.stderr)
    return curated.sources(heads)


def _batches(config: BuildConfig, context: Context, planned: reuse.Plan, previous: BuildFolder | None,
             staged: BuildFolder, own: reuse.BuildsOwn, before: reuse.BuildsOwn | None,
             progress: Progress) -> tuple[list[Batch], list[BatchResult]]:
    """Every batch built or taken over from ``previous``, its bad documents left out (quarantine); the
    documents of a question key that several batches hold are left out too, and their batches built
    again without them. Returns the batches as finally built and their results, in order.

    The batches to take over are taken over in a thread while this one runs the others' workers (which
    it forks): at 100,000 documents that is ~260,000 CSV files linked, 13 s that no longer come first.

    ``BuildFailed`` with the first failed batch's report, when no document passed, or (``strict``)
    with every rejection."""
    batches = {batch.index: batch for batch in planned.build}
    batches |= {index: Batch(index, tuple(Path(path) for path, _ in cached.documents))
                for index, cached in planned.reuse}
    with ThreadPoolExecutor(max_workers=1) as aside:
        taken = aside.submit(lambda: {index: reuse.take_over(index, cached, previous, staged, own, before)
                                      for index, cached in planned.reuse})
        results = _run(planned.build, context, config.workers, progress) | taken.result()
    while repeated := repeated_keys(pair for result in results.values() for pair in result.keys):
        redo = [without(batches[r.index], repeated) for r in results.values()
                if any(path in repeated for _, path in r.keys)]
        for batch in redo:
            remove_csv(context.folder, results[batch.index].entries)
            batches[batch.index] = batch
        for index, result in _run(redo, context, config.workers, progress).items():
            left_out = tuple(repeated[path] for _, path in results[index].keys if path in repeated)
            results[index] = replace(result, rejected=(*result.rejected, *left_out))
    ordered = [results[index] for index in sorted(results)]
    rejected = [r.render() for result in ordered for r in result.rejected]
    if config.strict and rejected:
        raise BuildFailed("\n".join(rejected))
    if not any(result.keys for result in ordered):
        raise BuildFailed("\n".join([*rejected, "no document passed: nothing to publish"]))
    return [batches[index] for index in sorted(batches)], ordered


def _run(batches: list[Batch], context: Context, workers: int, progress: Progress) -> dict[int, BatchResult]:
    """The batches built, by index; ``BuildFailed`` with the first failed one's report."""
    results = {}
    for result in run_batches(batches, context, workers, progress):
        if result.failure is not None:
            raise BuildFailed("\n".join([*(r.render() for r in result.rejected), result.failure]))
        results[result.index] = result
    return results


def without(batch: Batch, paths: dict[str, Rejection]) -> Batch:
    """``batch`` to be built again without ``paths`` (and the curated declarations quoting them)."""
    return replace(batch, paths=tuple(p for p in batch.paths if str(p) not in paths),
                   left_out=batch.left_out | {p.name for p in batch.paths if str(p) in paths})


def remove_csv(folder: Path, entries: tuple[DatasetEntry, ...]) -> None:
    """The CSV files a batch wrote, before it is built again without some of its documents."""
    for entry in entries:
        (folder / csv_dump(entry.key).path).unlink(missing_ok=True)


def write_build(staged: BuildFolder, context: Context, results: list[BatchResult], own: reuse.BuildsOwn,
                carried: stream.Carried, progress: Progress, previous: Previous | None = None
                ) -> tuple[BuildInfo, dict[str, list[Range]], Report, Chunks]:
    """The dumps joined from the batches' parts, with the shared lines and the VoID; the store (loaded
    from the dump, or the previous build's updated) and the shared nodes' check on it; then the
    catalogue and the rest. Returns ``build.json``'s content, where each part is in the joined files,
    the shared nodes' check and where each chunk of the shared part is; ``BuildFailed`` when the check
    fails.

    The dumps are the shared lines and the VoID, sorted, then each batch's own lines, sorted (so a
    rebuild of the same sources dumps the same triples in the same order). They are written from
    the lines, not read back from the store; a reused batch's part is copied from the previous build's
    files (``join.py``). The event stream is ``previous``'s, with what changed since appended
    (``stream.py``).
    """
    uris, folder = context.uris, staged.path
    progress("store", 0, 2)
    # ``own``: the lines every batch writes, which a reused batch's result leaves out
    shared = set().union(own.ontology, own.now, *(r.shared for r in results))
    used = set().union(*(r.used for r in results))
    classes = sum((r.classes for r in results), publish.type_counts(shared))
    triples = sum(r.lines for r in results) + len(shared)
    void = void_graph(Counter({rdflib.URIRef(c): n for c, n in classes.items()}), used, triples, uris)
    head = sorted(shared | set(void.serialize(format="nt", encoding="utf-8").splitlines()) - {b""})
    published = len(head) + sum(r.lines for r in results)
    batches = folder / "batches"
    chunks, fresh = _head_chunks(head, batches, context.prefixes, previous)
    parts = [_pieces(r.part) if r.part else previous.pieces(r.index) for r in results]
    dump_parts = [*(c for _, c in chunks), *({s: part[s] for s in join.DUMP_SUFFIXES} for part in parts)]
    first = len(chunks)  # the head's chunks are one part of each dump, then each batch's
    # The Turtle and JSON-LD dumps and the catalogue (~11 GB at 100,000 documents, copied by the kernel
    # but at the disk's pace) are joined in a thread while the parent does the rest: the store, the checks,
    # the index and the stream need the N-Triples dump alone.
    with ThreadPoolExecutor(max_workers=1) as copier:
        joined = join.join_dumps(staged.dumps, dump_parts, context.prefixes, (".nt.gz",))
        texts = copier.submit(join.join_dumps, staged.dumps, dump_parts, context.prefixes,
                              (".ttl", ".jsonld"))
        nt = [join.span(joined[".nt.gz"][:first]), *joined[".nt.gz"][first:]]
        shared_part = SharedPart(head, frozenset(digest for digest, _ in chunks), fresh)
        check = _store_checked(staged, context, shared_part, nt, results, previous, own)
        progress("store", 1, 2)
        report = verdict(results, check)
        rejected = [r for result in results for r in result.rejected]
        write_report(join.validation_report([*(r.report for r in results),
                                             check.graph.serialize(format="nt", encoding="utf-8"),
                                             rejections(rejected, uris)],
                                            report.shacl.conforms and not rejected),
                     folder / "validation-report.ttl", context.prefixes)
        entries = sorted((e for r in results for e in r.entries), key=lambda e: e.key)
        frame = sorted(set().union(own.now, *(r.catalog_shared for r in results)))  # the catalogue's frame
        frame_part = publish.write_turtle_part(publish.ntriples(frame), batches / "head.catalog.ttl",
                                               context.prefixes)
        catalog = copier.submit(join.join, folder / "catalog.ttl", join.turtle_head(context.prefixes),
                                [join.Piece(frame_part), *(part[reuse.CATALOG] for part in parts)])
        build_id = new_build_id(context.created)
        sizes = [size for _, size in nt]
        stream.carry(carried, staged.stream,
                     [(), *(r.members for r in results)],
                     lambda number: join.read_part(staged.nt_dump, sizes, number),
                     stream.member_types(uris.vocab), context.created.isoformat(timespec="seconds"),
                     uris.event_stream(), lambda thing, page: uris.version(thing, page, build_id))
        parts_written = {"void.ttl": void, "ontology.ttl": context.ontology, "shapes.ttl": context.shapes}
        for done, (name, graph) in enumerate(parts_written.items(), start=1):
            publish.write_turtle(graph, folder / name)
            progress("write", done, len(parts_written) + 1)
        joined |= texts.result()
        catalog_ranges = catalog.result()
    shutil.rmtree(batches)
    head_ranges = tuple((digest, {s: where[n] for s, where in joined.items()})
                        for n, (digest, _) in enumerate(chunks))
    ranges = {suffix: [join.span(where[:first]), *where[first:]] for suffix, where in joined.items()}
    ranges[reuse.CATALOG] = catalog_ranges
    info = build_info(build_id, uris, context.created, results, published,
                      entries, report, sizes)
    progress("write", len(parts_written) + 1, len(parts_written) + 1)
    return info, ranges, check, head_ranges


@dataclass(frozen=True)
class SharedPart:
    """The dumps' shared part (the shared nodes' lines and the VoID) as the store needs it: its lines,
    its chunks' digests, and the lines of its chunks the previous build did not write (``_head_chunks``)."""

    lines: list[bytes]
    digests: frozenset[str]
    fresh: list[bytes]


def _store_checked(staged: BuildFolder, context: Context, head: SharedPart, nt: list[Range],
                   results: list[BatchResult], previous: Previous | None, own: reuse.BuildsOwn) -> Report:
    """The build's store (``_store``), the shared nodes' check on it (of the nodes whose description
    changed, the previous check kept for the others) and the search index of what it publishes (for an
    updated store, the previous index updated). Returns the check; ``BuildFailed`` when it fails."""
    uris = context.uris
    store, touched = _store(staged, head, nt, results, previous)
    several = described_by_several(results, own.ontology | own.now)
    kept = previous.kept_check(set(several) - touched, uris) if previous and touched is not None else None
    check = check_shared(store, several if kept is None else [n for n in several if n in touched],
                         context.shapes, uris)
    if not check.ok:
        raise BuildFailed(check.text())
    search.index_build(store, staged.search_index, uris,
                       search_changes(previous, results, uris) if previous and touched is not None else None)
    if touched is None:
        join.finish_store(store)  # compacted for reading; an updated store keeps its compacted levels
    else:
        store.flush()
    del store  # releases RocksDB's lock: the folder is renamed when the build is swapped in
    return check if kept is None else merged([kept, check])


def search_changes(previous: Previous, results: list[BatchResult], uris: Uris) -> search.Changed:
    """What the search index loses and gains from ``previous``: the questions and data sets of the batches
    not taken over go, those of the batches built go in (a question or data set is one batch's own)."""
    gone, built = [cached.result for cached in previous.gone(results)], [r for r in results if r.part]

    def questions(batches: list[BatchResult]) -> frozenset[str]:
        return frozenset(uris.thing("vraag", key) for r in batches for key, _ in r.keys)

    def datasets(batches: list[BatchResult]) -> frozenset[str]:
        return frozenset(entry.uri for r in batches for entry in r.entries)

    return search.Changed(questions(gone), datasets(gone), questions(built), datasets(built))


def _pieces(stem: Path,
            suffixes: tuple[str, ...] = (*join.DUMP_SUFFIXES, reuse.CATALOG)) -> dict[str, join.Piece]:
    """A new part's files (``publish.write_part``, a batch's catalogue statements) as pieces to join."""
    return {suffix: join.Piece(publish.suffixed(stem, suffix)) for suffix in suffixes}


def _head_chunks(head: list[bytes], folder: Path, prefixes: dict[str, str], previous: Previous | None
                 ) -> tuple[list[tuple[str, dict[str, join.Piece]]], list[bytes]]:
    """The shared part in chunks (``join.chunks``), each with its digest: a chunk the previous build
    wrote too is taken from its dumps, the others are written (``publish.write_part``). Returns the
    chunks and the lines of those written. The shared part grows with the archive (~11.5 lines a
    document) and a build changes few of its chunks: the ontology's (blank nodes labelled anew), the
    catalogue's dates, the VoID, the nodes new documents name."""
    before = previous.chunks() if previous else {}
    pieces, fresh = [], []
    for number, lines in enumerate(join.chunks(head)):
        digest = join.digest(lines)
        if digest not in before:
            stem = publish.write_part(lines, folder / f"head-{number:06d}", prefixes)
            before[digest] = _pieces(stem, join.DUMP_SUFFIXES)
            fresh += lines
        pieces.append((digest, before[digest]))
    return pieces, fresh


def _store(staged: BuildFolder, head: SharedPart, nt_ranges: list[Range], results: list[BatchResult],
           previous: Previous | None) -> tuple[ox.Store, set[str] | None]:
    """The build's store: the previous build's updated with what changed (``join.update_store``), or
    with nothing to start from, a new one of the whole dump. Returns it with the IRIs of the shared
    nodes whose description changed (None for a new store: every node is new to it).

    Only what differs is compared: the shared part's chunks that are not the previous build's with
    those of the previous build that are gone (the others hold the same lines), the lines of the
    previous parts not taken over with those of the new parts. A batch built again for one changed
    document so changes the store by that document's lines, not its batch's."""
    if previous is not None and previous.cache is not None:
        before, now = set(previous.head_but(head.digests)), set(head.fresh)
        gone, came = before - now, now - before
        dropped = _lines(previous.dropped(results))
        with staged.nt_dump.open("rb") as dump:
            built = _lines(join.read_range(dump, nt_ranges[number + 1])
                           for number, result in enumerate(results) if result.part is not None)
        store = join.update_store(previous.folder.store, staged.store, gone | (dropped - built),
                                  came | (built - dropped))
        if store is not None:
            touched = {line.split(b" ", 1)[0] for line in gone | came}
            return store, {t.decode()[1:-1] for t in touched if t.startswith(b"<")}
    return join.load_store(staged.store, staged.nt_dump, nt_ranges[0][1], head.lines), None


def _lines(parts: Iterable[bytes]) -> set[bytes]:
    return {line for part in parts for line in part.splitlines() if line}


def verdict(results: list[BatchResult], check: Report) -> Report:
    """Every batch's findings and integrity constraints with the shared nodes' check (``merged``); the
    batches' report graphs stay N-Triples, joined into the published file by ``join.validation_report``."""
    return merged([*(Report(ShaclReport(r.findings, rdflib.Graph()), r.ics) for r in results), check])


def rejections(rejected: list[Rejection], uris: Uris) -> bytes:
    """The rejected documents (and curated declarations about them) as results of the published validation
    report, as N-Triples: each of severity Violation about the source file, its message ``FILE:LINE:
    reason``. The report then does not conform, since the sources did not (what was published passed
    every check)."""
    graph = rdflib.Graph()
    for rejection in rejected:
        result = rdflib.BNode()
        graph.add((result, RDF.type, SH.ValidationResult))
        graph.add((result, SH.resultSeverity, SH.Violation))
        graph.add((result, SH.focusNode, rdflib.URIRef(uris.source(Path(rejection.file).name))))
        graph.add((result, SH.resultMessage, rdflib.Literal(rejection.render())))
    return graph.serialize(format="nt", encoding="utf-8")


def write_report(ntriples: bytes, path: Path, prefixes: dict[str, str]) -> None:
    """``validation-report.ttl``: a small report as rdflib writes it (results nested, readable), a large
    one through Oxigraph's writer without an rdflib graph (``publish.write_turtle``)."""
    if ntriples.count(b"\n") < publish.PRETTY_TURTLE_UP_TO:
        publish.write_turtle(rdflib.Graph().parse(data=ntriples, format="nt"), path)
    else:
        publish.write_turtle_of_ntriples(ntriples, path, {**prefixes, "sh": str(SH)})


def build(config: BuildConfig, progress: Progress = quiet) -> BuildFolder:
    """Build and publish; returns ``OUT/builds/<id>``. Raises ``BuildFailed`` and leaves OUT as it was,
    or ``BuildLocked`` when another build writes into OUT and ``config.wait`` is false. Builds into
    one OUT run one after the other, each with its creation time taken once it holds the lock, so the
    newest build is the one swapped in last."""
    with Out(config.out).lock(config.wait):
        return _build(config, progress)


def _build(config: BuildConfig, progress: Progress) -> BuildFolder:
    uris = Uris(config.base_uri)
    paths = source_files(config.sources)
    if not paths:  # a mistyped --sources must not publish an empty build over a full one
        raise BuildFailed(f"{config.sources}: no *.txt or *.pdf documents here")
    try:
        curated = load_curated(config.curated)
    except CuratedError as error:
        raise BuildFailed(str(error)) from None
    shapes = load_turtle_dir(config.shapes_dir, uris)
    created = datetime.now(UTC)
    out = Out(config.out)
    previous = out.current()
    before = reuse.Hashed.load(previous.file(reuse.HASHED)) if previous and not config.full else None
    hashed = reuse.content_hashes(paths, before)
    hashes = hashed.hashes
    prefixes = dump_prefixes(uris)
    key = reuse.inputs_key(config.curated, config.shapes_dir, uris.base, prefixes)
    digest = reuse.sources_digest(key, hashes, config.strict)
    if not config.full and reuse.unchanged(previous, digest):  # publishes what OUT holds: nothing to do
        if config.remote is not None:
            load_remote(config.remote, previous, previous.info().id)
        return previous
    cache = None if config.full else reuse.Cache.load(previous)
    cache = cache if cache is not None and cache.key == key else None
    planned = reuse.plan_build(paths, hashes, cache, key, curated_sources(paths, curated), config.batch_size)
    with collector.frozen(), out.staging() as staged:
        with out.retiring(), ThreadPoolExecutor(max_workers=1) as meanwhile:  # see _meanwhile
            carried, copied = _meanwhile(meanwhile, previous, staged, bool(planned.reuse))
            context = Context(uris, curated, load_turtle_dir(ONTOLOGY_DIR, uris), shapes, staged.path,
                              created, prefixes)
            own = reuse.BuildsOwn.of(context)
            batches, results = _batches(config, context, planned, previous, staged, own,
                                        cache.own if cache else None, progress)
            before = reuse.Previous(previous, cache, dict(planned.reuse)) if previous else None
            copied.result()  # an error (a full disk) is the build's
            info, ranges, check, head = write_build(staged, context, results, own, carried.result(), progress,
                                                    before)
            reuse.cache_of(key, batches, results, hashes, ranges, check, own, head,
                           dict(planned.reuse)).save(staged, previous)
            staged.file(reuse.SOURCES).write_text(digest + "\n", encoding="utf-8")
            hashed.save(staged.file(reuse.HASHED))
            info = replace(info, reused=len(planned.reuse))
            info.save(staged.info_file)
        built = out.swap_in(staged, info.id)
    if config.remote is not None:
        load_remote(config.remote, built, info.id)
    return built


def _meanwhile(executor: ThreadPoolExecutor, previous: BuildFolder | None, staged: BuildFolder,
               updated: bool) -> tuple[Future[stream.Carried], Future[None]]:
    """What a build takes from the previous one whatever its batches give, started in ``executor`` while
    they run: the event stream's pages linked (``stream.carried_over``) and, for a store to be ``updated``
    (batches taken over), the search index copied, which ``search.index_build`` then updates. At 100,000
    documents that is ~38,000 links and 660 MB that no longer come after the store."""
    def copy_index() -> None:
        if previous is not None and updated and previous.search_index.is_file():
            shutil.copyfile(previous.search_index, staged.search_index)

    return (executor.submit(stream.carried_over, previous.stream if previous else None, staged.stream),
            executor.submit(copy_index))


def load_remote(remote: RemoteLoader, built: BuildFolder, build_id: str) -> None:
    """Replace the remote store's data with the build's dump; only ever after a build is swapped in,
    so a failed build never reaches the remote store. A failed load is reported as a failed build,
    saying that OUT holds the new build (the remote store keeps the previous one)."""
    try:
        remote.load(built.nt_dump, version=build_id)
    except OSError as error:  # urllib's HTTPError and URLError too
        raise BuildFailed(f"build {build_id} is published in {built.path.parent.parent}, but loading it into "
                          f"the remote store failed ({error}); it still serves the previous build") from None
