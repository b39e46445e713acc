"""``build()``: sources, parse, graph, validate, write a staged build, swap it in, top to bottom.

Each step either hands a value to the next or stops the build with ``BuildFailed``,
whose message is the readable report (``FILE:LINE: …`` per problem). Nothing is
written next to ``OUT`` before validation has passed, and nothing inside ``OUT``
before the staged build is complete (``publish.py``).
"""

from __future__ import annotations

import gzip
import json
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Protocol

import rdflib

from . import publish
from .graph import ONTOLOGY_DIR, SHAPES_DIR, CuratedError, corpus_graph, flag_contradictions, load_turtle_dir
from .graph.catalog import (
    DatasetEntry,
    bind_catalog_prefixes,
    catalog_graph,
    csv_dump,
    dataset_entries,
    vocabularies,
    void_graph,
)
from .graph.namespaces import (
    OA,
    QB,
    RDF,
    RDFS,
    SDMX_ATTRIBUTE,
    SDMX_MEASURE,
    SKOS,
    bind_prefixes,
    vlaq,
)
from .model import Document
from .parse import ParseError, read_document
from .uris import Uris
from .validate import Report, validate

# step name, items done, items in total; the CLI draws a bar from it, a test can stop a build with it
Progress = Callable[[str, int, int], None]

SOURCE_SUFFIXES = (".txt", ".pdf")


def _quiet(step: str, done: int, total: int) -> None:
    """The default progress: none."""


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
    shacl_workers: int = 1  # processes for the SHACL gate of a large corpus (settings SHACL_WORKERS)

    @property
    def curated(self) -> Path:
        return self.sources / "curated"


class BuildFailed(Exception):
    """A build that stopped before publishing; ``str()`` is the report to show (no traceback)."""


def prefixes(graph: rdflib.Graph) -> dict[str, str]:
    """The dumps' prefixes (Turtle @prefix, JSON-LD @context): the bound ones for the vocabularies used."""
    used = vocabularies(graph)
    return {prefix: str(namespace) for prefix, namespace in graph.namespaces() if str(namespace) in used}


def source_files(sources: Path) -> list[Path]:
    """Every text and PDF document below ``sources``, in a stable order; curated files excluded."""
    curated = sources / "curated"
    return sorted(
        p for p in sources.rglob("*")
        if p.is_file() and p.suffix.lower() in SOURCE_SUFFIXES and curated not in p.parents
    )


def read_all(paths: list[Path], progress: Progress) -> list[Document]:
    documents = []
    for done, path in enumerate(paths, start=1):
        try:
            documents.append(read_document(path))
        except ParseError as error:
            raise BuildFailed(str(error)) from None
        progress("parse", done, len(paths))
    return documents


def _label(graph: rdflib.Graph, node: rdflib.term.Node) -> str:
    """What a person reads for a node: a literal's text, else its Dutch (or any) label."""
    if isinstance(node, rdflib.Literal):
        return str(node)
    labels = [*graph.objects(node, SKOS.prefLabel), *graph.objects(node, RDFS.label)]
    dutch = [str(x) for x in labels if getattr(x, "language", None) in ("nl", None)]
    return (dutch or [str(x) for x in labels] or [""])[0]


def _dimensions(graph: rdflib.Graph, dataset: rdflib.URIRef) -> list[rdflib.URIRef]:
    """The data set's dimensions in ``qb:order`` (the DSD's reading order), each once."""
    structure = graph.value(dataset, QB.structure)
    order: dict[rdflib.URIRef, int] = {}
    for component in graph.objects(structure, QB.component):
        position = graph.value(component, QB.order)
        for dimension in graph.objects(component, QB.dimension):
            order[dimension] = min(order.get(dimension, 99), int(position) if position is not None else 99)
    return sorted(order, key=lambda d: (order[d], str(d)))


def _local(term: rdflib.URIRef) -> str:
    return str(term).rsplit("#", 1)[-1].rsplit("/", 1)[-1]


def _quote(graph: rdflib.Graph, quote: rdflib.term.Node | None) -> str:
    """The exact words of a quote (its TextQuoteSelector's ``oa:exact``)."""
    selectors = graph.objects(quote, OA.hasSelector) if quote is not None else ()
    return next((str(exact) for s in selectors if (exact := graph.value(s, OA.exact)) is not None), "")


def csv_table(graph: rdflib.Graph, dataset: rdflib.URIRef, uris: Uris) -> publish.Table:
    """One row per observation: each dimension as label and URI, value, unit, hedge, quote, URI.

    The hedge column holds the words as printed (``iets minder dan``) when the graph has them.
    """
    v = vlaq(uris)
    dimensions = _dimensions(graph, dataset)
    header = [column for d in dimensions for column in (_local(d), f"{_local(d)}_uri")]
    header += ["value", "unit", "hedge", "quote", "observation"]
    rows = []
    for obs in sorted(graph.subjects(QB.dataSet, dataset)):
        cells = []
        for dimension in dimensions:
            value = graph.value(obs, dimension)
            uri = str(value) if isinstance(value, rdflib.URIRef) else ""
            cells += [_label(graph, value) if value is not None else "", uri]
        hedge = graph.value(obs, v.hedgeText) or graph.value(obs, v.hedge)
        unit = graph.value(obs, SDMX_ATTRIBUTE.unitMeasure)
        cells += [
            str(graph.value(obs, SDMX_MEASURE.obsValue) or ""),
            _label(graph, unit) if unit is not None else "",
            _label(graph, hedge) if hedge is not None else "",
            _quote(graph, graph.value(obs, v.quote)),
            str(obs),
        ]
        rows.append(tuple(cells))
    return publish.Table(tuple(header), rows)


def _count(graph: rdflib.Graph, cls: rdflib.URIRef) -> int:
    return sum(1 for _ in graph.subjects(RDF.type, cls))


def build_info(build_id: str, uris: Uris, created: datetime, documents: int, published: rdflib.Graph,
               entries: list[DatasetEntry], report: Report) -> dict:
    """``build.json``: what the web layer and a person need to know without opening the store."""
    return {
        "id": build_id,
        "base_uri": uris.base,
        "created": created.isoformat(timespec="seconds"),
        "counts": {
            "documents": documents,
            "triples": len(published),
            "observations": _count(published, QB.Observation),
            "datasets": len(entries),
            "warnings": sum(f.severity == "Warning" for f in report.shacl.findings),
        },
        "datasets": [entry.key for entry in entries],
        "integrity_constraints": {r.ic: "violated" if r.violated else "holds" for r in report.cube},
    }


def write_build(folder: Path, published: rdflib.Graph, parts: dict[str, rdflib.Graph], uris: Uris,
                entries: list[DatasetEntry], info: dict, progress: Progress) -> None:
    """Every file of a build into ``folder`` (the staging folder); the store last, from the dump."""
    steps = len(parts) + len(entries) + 2
    for done, (name, graph) in enumerate(parts.items(), start=1):
        graph.serialize(folder / name, format="turtle", encoding="utf-8")
        progress("write", done, steps)
    nt = publish.write_dumps(published, folder / "dumps", prefixes(published))
    for done, entry in enumerate(entries, start=len(parts) + 1):
        table = csv_table(published, rdflib.URIRef(entry.uri), uris)
        publish.write_csv(table, folder / csv_dump(entry.key).path)
        progress("write", done, steps)
    publish.write_json(info, folder / "build.json")
    progress("store", steps - 1, steps)
    publish.write_store(nt, folder / "store")
    progress("store", steps, steps)


def build(config: BuildConfig, progress: Progress = _quiet) -> Path:
    """Build and publish; returns ``OUT/builds/<id>``. Raises ``BuildFailed`` and leaves OUT as it was."""
    uris = Uris(config.base_uri)
    paths = source_files(config.sources)
    if not paths:  # a mistyped --sources must not publish an empty build over a full one
        raise BuildFailed(f"{config.sources}: no *.txt or *.pdf documents here")
    documents = read_all(paths, progress)
    progress("graph", 0, 1)
    try:
        corpus = corpus_graph(documents, config.curated, uris)
    except CuratedError as error:
        raise BuildFailed(str(error)) from None
    shapes = load_turtle_dir(config.shapes_dir, uris)
    progress("validate", 0, 1)
    report = validate(corpus, shapes, config.shacl_workers)  # the corpus holds the ontology for class checks
    if not report.ok:
        raise BuildFailed(report.text())
    for triple in flag_contradictions(corpus, report.graph):
        corpus.add(triple)

    created = datetime.now(UTC)
    build_id = publish.new_build_id(created)
    entries = dataset_entries(corpus, uris)
    catalog = catalog_graph(entries, uris, created)
    published = bind_catalog_prefixes(bind_prefixes(corpus, uris))  # in place: a copy took seconds
    published += catalog
    void = void_graph(published, uris)
    published += void
    ontology = load_turtle_dir(ONTOLOGY_DIR, uris)  # published inside the corpus too; this is its own file
    parts = {"catalog.ttl": catalog, "void.ttl": void, "ontology.ttl": ontology, "shapes.ttl": shapes,
             "validation-report.ttl": report.graph}
    info = build_info(build_id, uris, created, len(documents), published, entries, report)
    with publish.staging(config.out) as folder:
        write_build(folder, published, parts, uris, entries, info, progress)
        built = publish.swap_in(folder, config.out, build_id)
    if config.remote is not None:
        load_remote(config.remote, built, build_id)
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


def load_build(build: Path) -> tuple[rdflib.Graph, rdflib.Graph]:
    """The published graph and the shapes of a build, as ``vlaq-lod validate`` re-checks it.

    The whole dump: the corpus with the catalogue and the VoID (the concept shapes target our
    own concepts only, so the EU vocabulary terms the catalogue types ``skos:Concept`` are left
    to DCAT-AP). The prefixes are bound again (N-Triples has none) so the report reads like the Turtle.
    """
    base = json.loads((build / "build.json").read_text(encoding="utf-8"))["base_uri"]
    corpus = bind_catalog_prefixes(bind_prefixes(rdflib.Graph(), Uris(base)))
    with gzip.open(build / "dumps" / "vlaq.nt.gz", "rb") as stream:
        corpus.parse(stream, format="nt")
    return corpus, rdflib.Graph().parse(build / "shapes.ttl", format="turtle")
