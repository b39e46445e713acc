"""``build()``: sources, parse, graph, validate, write a staged build, swap it in, top to bottom.

Documents are parsed, graphed and validated in batches (``batches.py``), in parallel and in bounded
memory; each batch writes its part of the dumps, which are joined under the shared nodes' lines and
the VoID and loaded into the Oxigraph store, where the shared nodes are checked once more. Each step
either hands a value to the next or stops the build with ``BuildFailed``, whose message is the
readable report (``FILE:LINE: …`` per problem). Everything is written in a staging folder next to
``OUT``, and nothing inside ``OUT`` before the staged build is complete and has passed every check
(``publish.py``). ``recheck.py`` checks a published build again.
"""

from __future__ import annotations

import shutil
import sys
from collections import Counter
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Protocol

import rdflib

from . import publish, search
from .batches import (
    BatchResult,
    Context,
    Progress,
    check_shared,
    described_by_several,
    duplicate_keys,
    plan,
    quiet,
    run_batches,
)
from .graph.catalog import DatasetEntry, bind_catalog_prefixes, void_graph
from .graph.corpus import ONTOLOGY_DIR, SHAPES_DIR, load_turtle_dir
from .graph.curated import Curated, CuratedError, Head, load_curated
from .graph.namespaces import bind_prefixes
from .parse import ParseError, read_document_head
from .uris import Uris
from .validate import Report, merged

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

    @property
    def curated(self) -> Path:
        return self.sources / "curated"


class BuildFailed(Exception):
    """A build that stopped before publishing; ``str()`` is the report to show (no traceback)."""


def source_files(sources: Path) -> list[Path]:
    """Every text and PDF document below ``sources``, in a stable order; curated files excluded."""
    curated = sources / "curated"
    return sorted(
        p for p in sources.rglob("*")
        if p.is_file() and p.suffix.lower() in SOURCE_SUFFIXES and curated not in p.parents
    )


def dump_prefixes(uris: Uris) -> dict[str, str]:
    """The dumps' prefixes (Turtle @prefix, JSON-LD @context): the documentation's and RDF's own. Fixed
    before any batch runs, since each batch writes its part of the dumps with them."""
    bound = bind_catalog_prefixes(bind_prefixes(rdflib.Graph(bind_namespaces="core"), uris))
    return {prefix: str(namespace) for prefix, namespace in sorted(bound.namespaces()) if prefix != "xml"}


def build_info(build_id: str, uris: Uris, created: datetime, results: list[BatchResult], triples: int,
               entries: list[DatasetEntry], report: Report, dump_parts: list[int]) -> dict:
    """``build.json``: what the web layer and a person need to know without opening the store."""
    return {
        "id": build_id,
        "base_uri": uris.base,
        "created": created.isoformat(timespec="seconds"),
        "counts": {
            "documents": sum(len(r.keys) for r in results),
            "triples": triples,
            "observations": sum(r.observations for r in results),  # each observation is in one batch
            "datasets": len(entries),
            "warnings": sum(f.severity == "Warning" for f in report.shacl.findings),
        },
        "datasets": [entry.key for entry in entries],
        "integrity_constraints": {r.ic: "violated" if r.violated else "holds" for r in report.cube},
        # vlaq.nt.gz's gzip members in bytes: the shared nodes' lines and the VoID, then each batch's
        "dump_parts": dump_parts,
    }


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


def _batches(config: BuildConfig, context: Context, paths: list[Path],
             progress: Progress) -> list[BatchResult]:
    """Every batch built, or ``BuildFailed`` with the first failed batch's report."""
    batches = plan(paths, curated_sources(paths, context.curated), config.batch_size)
    results = []
    for result in run_batches(batches, context, config.workers, progress):
        if result.failure is not None:
            raise BuildFailed(result.failure)
        results.append(result)
    duplicates = duplicate_keys(pair for result in results for pair in result.keys)
    if duplicates:
        raise BuildFailed("\n".join(duplicates))
    return results


def write_build(folder: Path, context: Context, results: list[BatchResult], progress: Progress) -> dict:
    """The dumps joined from the batches' parts, with the shared lines and the VoID; the store loaded
    from the dump and the shared nodes' check on it; then the catalogue and the rest. Returns
    ``build.json``'s content; ``BuildFailed`` when the check fails.

    The dumps are the shared lines and the VoID, sorted, then each batch's own lines, sorted (so a
    rebuild of the same sources dumps the same triples in the same order). They are written from
    the lines, not read back from the store.
    """
    uris = context.uris
    progress("store", 0, 2)
    shared = set().union(*(r.shared for r in results))
    used = set().union(*(r.used for r in results))
    classes = sum((r.classes for r in results), publish.type_counts(shared))
    triples = sum(r.lines for r in results) + len(shared)
    void = void_graph(Counter({rdflib.URIRef(c): n for c, n in classes.items()}), used, triples, uris)
    head = sorted(shared | set(void.serialize(format="nt", encoding="utf-8").splitlines()) - {b""})
    published = len(head) + sum(r.lines for r in results)
    batches = folder / "batches"
    dump_parts = [publish.write_part(head, batches / "head", context.prefixes), *(r.part for r in results)]
    sizes = publish.join_dumps(folder / "dumps", dump_parts, context.prefixes)
    store = publish.open_store(folder / "store")
    publish.load_dump(store, folder / "dumps" / "vlaq.nt.gz")
    check = check_shared(store, described_by_several(results), context.shapes, uris)
    if not check.ok:
        raise BuildFailed(check.text())
    search.index_build(store, folder, uris)  # the search index, from what the store publishes
    publish.finish_store(store)
    del store  # releases RocksDB's lock: the folder is renamed when the build is swapped in
    progress("store", 1, 2)
    report = merged([*(r.validation() for r in results), check])
    entries = sorted((e for r in results for e in r.entries), key=lambda e: e.key)
    frame = sorted(set().union(*(r.catalog_shared for r in results)))  # the catalogue's frame, once
    frame_part = publish.write_turtle_part(publish.ntriples(frame),
                                           batches / "head.catalog.ttl", context.prefixes)
    publish.join_turtle(folder / "catalog.ttl", [frame_part, *(r.catalog for r in results)], context.prefixes)
    shutil.rmtree(batches)
    parts = {"void.ttl": void, "ontology.ttl": context.ontology,
             "shapes.ttl": context.shapes, "validation-report.ttl": report.graph}
    for done, (name, graph) in enumerate(parts.items(), start=1):
        publish.write_turtle(graph, folder / name)
        progress("write", done, len(parts) + 1)
    info = build_info(publish.new_build_id(context.created), uris, context.created, results, published,
                      entries, report, sizes)
    publish.write_json(info, folder / "build.json")
    progress("write", len(parts) + 1, len(parts) + 1)
    return info


def build(config: BuildConfig, progress: Progress = quiet) -> Path:
    """Build and publish; returns ``OUT/builds/<id>``. Raises ``BuildFailed`` and leaves OUT as it was."""
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
    with publish.staging(config.out) as folder:
        context = Context(uris, curated, load_turtle_dir(ONTOLOGY_DIR, uris), shapes, folder, created,
                          dump_prefixes(uris))
        results = _batches(config, context, paths, progress)
        info = write_build(folder, context, results, progress)
        built = publish.swap_in(folder, config.out, info["id"])
    if config.remote is not None:
        load_remote(config.remote, built, info["id"])
    return built


def load_remote(remote: RemoteLoader, built: Path, build_id: str) -> None:
    """Replace the remote store's data with the build's dump; only ever after a build is swapped in,
    so a failed build never reaches the remote store. A failed load is reported as a failed build,
    saying that OUT holds the new build (the remote store keeps the previous one)."""
    try:
        remote.load(built / "dumps" / "vlaq.nt.gz", version=build_id)
    except OSError as error:  # urllib's HTTPError and URLError too
        raise BuildFailed(f"build {build_id} is published in {built.parent.parent}, but loading it into "
                          f"the remote store failed ({error}); it still serves the previous build") from None
