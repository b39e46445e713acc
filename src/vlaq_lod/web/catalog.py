"""Routes for harvesters: the DCAT catalogue, VoID, dumps, vocabulary, shapes, LDES (sitemap: ``sitemap.py``).

The files come from the build the server currently follows (``OUT/current``), so a
rebuild is served as soon as it is swapped in. Each RDF document is negotiated like
a resource page (``negotiate.py``), with an HTML view for people.
"""

from __future__ import annotations

import functools
import hashlib
import mimetypes
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path

import rdflib
from flask import Blueprint, Response, current_app, render_template, request, send_from_directory
from rdflib import RDF, Literal, URIRef
from werkzeug.exceptions import NotFound, ServiceUnavailable
from werkzeug.security import safe_join

from ..build import stream
from ..build.folder import BuildFolder, BuildInfo, Out
from .context import app_context, property_rows
from .labels import LABEL_PROPERTIES, best_labels, fetch_labels
from .negotiate import BY_SUFFIX, RDF_FORMATS, Format, Page, format_for, respond, split_suffix
from .reports import HTML_VIEWS, ldes_view

bp = Blueprint("catalog", __name__)

DUMP_MAX_AGE = 3600
DUMP_TYPES = {
    ".ttl": "text/turtle",
    ".jsonld": "application/ld+json",
    ".gz": "application/gzip",
    ".csv": "text/csv",
    ".nt": "application/n-triples",
}
LDES_FORMATS = (*RDF_FORMATS, BY_SUFFIX["html"])  # RDF first: a client that names no format gets Turtle
IMMUTABLE_MAX_AGE = 365 * 24 * 3600
AS_DELETE = URIRef("https://www.w3.org/ns/activitystreams#Delete")
LDES = rdflib.Namespace("https://w3id.org/ldes#")
TREE = rdflib.Namespace("https://w3id.org/tree#")
DCT = rdflib.DCTERMS
SH = rdflib.SH


@dataclass(frozen=True)
class BuildDocument:
    """An RDF file of the build served at a route of its own."""

    route: str  # URL path, suffix-less
    file: str  # name inside the build folder
    title: str
    intro: str
    kind: str = "WebPage"  # schema.org type of the HTML page's markup


DOCUMENTS = (
    BuildDocument(
        "/catalog",
        "catalog.ttl",
        "Catalogus (DCAT-AP 3)",
        "De datasets, hun distributies en de SPARQL-dienst, beschreven voor data-portalen.",
        "DataCatalog",
    ),
    BuildDocument(
        "/.well-known/void",
        "void.ttl",
        "VoID-beschrijving",
        "Hoeveel triples, welke klassen en eigenschappen, en waar de dumps en het SPARQL-endpoint staan.",
    ),
    BuildDocument(
        "/def/vlaq",
        "ontology.ttl",
        "Woordenschat vlaq",
        "De klassen, eigenschappen en begrippenlijsten die deze data gebruikt.",
    ),
    BuildDocument(
        "/shapes",
        "shapes.ttl",
        "SHACL-shapes",
        "De regels waaraan elke build moet voldoen voor ze gepubliceerd wordt.",
    ),
    BuildDocument(
        "/validation-report",
        "validation-report.ttl",
        "Validatierapport",
        "Het SHACL-rapport van de huidige build, waarschuwingen inbegrepen.",
    ),
)


def build_folder() -> BuildFolder:
    """The build this request reads. With a ``CurrentStore``, the one it pinned for the request: the
    link may already point further, and a page made of files and queries (``/ldes``) must not mix two."""
    pinned = getattr(current_app.extensions["vlaq_store"], "current", None)
    folder = BuildFolder.of_store(pinned().path) if pinned else Out(Path(current_app.config["OUT"])).current()
    if folder is None:
        raise ServiceUnavailable("No build has been published yet.")
    return folder


@functools.lru_cache(maxsize=16)
def _parse(path: Path, mtime: float) -> rdflib.Graph:
    return rdflib.Graph().parse(path, format="turtle")


def build_graph(name: str) -> rdflib.Graph:
    """A Turtle file of the current build, parsed once per build (cached by path and time)."""
    path = build_folder().file(name)
    if not path.is_file():
        raise NotFound(f"This build has no {name}.")
    graph = rdflib.Graph()
    graph += _parse(path, path.stat().st_mtime)
    return graph


def graph_page(url: str, graph: rdflib.Graph, title: str, intro: str, kind: str = "WebPage") -> Page:
    """An HTML view of a whole RDF document: its subjects grouped by type, each anchored by its fragment
    (so ``/def/vlaq#hedge`` lands on the term)."""
    ctx = app_context()
    iris = {str(n) for t in graph for n in t if isinstance(n, URIRef)}
    in_document = best_labels(
        {"s": s, "p": p, "label": o}
        for p in map(URIRef, LABEL_PROPERTIES)
        for s, o in graph.subject_objects(p)
    )
    labels = {**in_document, **fetch_labels(ctx.store, iris)}
    groups: dict[str, list[URIRef]] = defaultdict(list)
    for subject in {s for s in graph.subjects() if isinstance(s, URIRef)}:
        groups[min((str(t) for t in graph.objects(subject, RDF.type)), default="")].append(subject)
    sections = [
        (
            ctx.term(URIRef(kind_iri), labels) if kind_iri else None,
            sorted(
                (
                    (anchor(str(s)), ctx.term(s, labels), property_rows(ctx, graph, s, labels))
                    for s in members
                ),
                key=lambda section: section[1].text.lower(),
            ),
        )
        for kind_iri, members in sorted(groups.items())
    ]
    markup = {
        "@context": "https://schema.org/",
        "@type": kind,
        "name": title,
        "description": intro,
        "url": f"{ctx.base}{url}",
        "inLanguage": "nl",
    }
    return Page(
        url, graph, "graph.html", {"title": title, "intro": intro, "groups": sections, "schema_org": markup}
    )


def anchor(iri: str) -> str:
    return iri.rsplit("#", 1)[1] if "#" in iri else iri.rstrip("/").rsplit("/", 1)[-1]


def _document_view(document: BuildDocument):
    def view(suffix: str = "") -> Response:
        _, suffix_format = split_suffix(f"x.{suffix}") if suffix else ("", None)
        if suffix and suffix_format is None:
            raise NotFound(f"{document.route} is not available as .{suffix}.")
        fmt = format_for(suffix_format)
        graph = build_graph(document.file)
        if fmt.rdflib is not None:  # machines get the file's graph; only people need labels and sections
            return respond(Page(document.route, graph), fmt)
        html_view = HTML_VIEWS.get(document.route, graph_page)  # report and catalogue: pages of their own
        return respond(html_view(document.route, graph, document.title, document.intro, document.kind), fmt)

    view.__name__ = document.file.replace(".", "_").replace("-", "_")
    return view


for _document in DOCUMENTS:
    _view = _document_view(_document)
    bp.add_url_rule(_document.route, view_func=_view)
    bp.add_url_rule(f"{_document.route}.<suffix>", view_func=_view)


@bp.get("/dumps/")
def dumps() -> Response:
    folder = build_folder().dumps
    files = sorted(p.relative_to(folder) for p in folder.rglob("*") if p.is_file())
    listing = [(str(p), (folder / p).stat().st_size) for p in files]
    base = current_app.extensions["vlaq_uris"].base
    markup = {
        "@context": "https://schema.org/",
        "@type": "WebPage",
        "name": "Downloads",
        "url": f"{base}/dumps/",
        "inLanguage": "nl",
    }
    response = Response(render_template("dumps.html", files=listing, title="Downloads", schema_org=markup))
    response.cache_control.public = True
    response.cache_control.max_age = 300
    return response


NAME_MAX = 255  # bytes in one file name (Linux): a longer one is an error of the system call, not a 404


def possible_name(name: str) -> bool:
    """Whether ``name`` could name a file at all, checked before any file-system call."""
    return all(len(part.encode("utf-8", "surrogateescape")) <= NAME_MAX for part in name.split("/"))


@bp.get("/dumps/<path:name>")
def dump(name: str) -> Response:
    """A file of the current build's dumps, as is; ``safe_join`` refuses anything outside the folder."""
    folder = build_folder().dumps
    path = safe_join(str(folder), name) if possible_name(name) else None
    if path is None or not Path(path).is_file():
        raise NotFound(f"There is no dump /dumps/{name}.")
    mimetype = (
        DUMP_TYPES.get(Path(name).suffix) or mimetypes.guess_type(name)[0] or "application/octet-stream"
    )
    response = send_from_directory(folder, name, mimetype=mimetype, max_age=DUMP_MAX_AGE, conditional=True)
    response.cache_control.public = True
    return response


@bp.get("/afgewezen")
def rejected() -> Response:
    """The documents the current build left out (quarantine), each with file, line and reason."""
    base = current_app.extensions["vlaq_uris"].base
    markup = {"@context": "https://schema.org/", "@type": "WebPage", "name": "Afgewezen documenten",
              "url": f"{base}/afgewezen", "inLanguage": "nl"}
    response = Response(render_template("rejected.html", rejected=build_info().rejected,
                                        title="Afgewezen documenten", schema_org=markup))
    response.cache_control.public = True
    response.cache_control.max_age = 300
    return response


@bp.get("/ldes", defaults={"number": 0, "suffix": None})
@bp.get("/ldes.<suffix>", defaults={"number": 0})
@bp.get("/ldes/pagina/<int:number>", defaults={"suffix": None})
@bp.get("/ldes/pagina/<int:number>.<suffix>")
def event_stream(number: int, suffix: str | None) -> Response:
    """The questions and observations as a Linked Data Event Stream: a version of a thing each time a
    build first published it or changed it, a deletion when it went; pages in order of time."""
    _, suffix_format = split_suffix(f"x.{suffix}") if suffix else ("", None)
    if suffix and suffix_format is None:
        raise NotFound(f"The event stream is not available as .{suffix}.")
    fmt = format_for(suffix_format, LDES_FORMATS)
    folder = build_folder().stream
    info = _stream_info(folder)
    if number >= max(1, len(info.pages)):
        raise NotFound("No such page of the event stream.")
    data = stream.read_page(folder, number) if info.pages else b""
    following = stream.first_time(folder, number + 1) if number + 1 < len(info.pages) else None
    url = "/ldes" if number == 0 else f"/ldes/pagina/{number}"
    page = Page(url, ldes_page(number, info, data, following))
    response = respond(ldes_view(page) if fmt.rdflib is None else page, fmt, LDES_FORMATS)
    content = [data, (following or "").encode(), info.since.encode()]
    return _fixed(response, content, fmt, immutable=following is not None)


@bp.get("/ldes/pagina/<int:number>/<build>/<path:key>")
def stream_version(number: int, build: str, key: str) -> Response:
    """A version (an LDES member): its statements as that build published them, from its page."""
    key, suffix_format = split_suffix(key)
    fmt = format_for(suffix_format, RDF_FORMATS)
    folder = build_folder().stream
    if number >= len(_stream_info(folder).pages):
        raise NotFound("No such version.")
    uris = current_app.extensions["vlaq_uris"]
    version = uris.version(f"{uris.base}/id/{key}", number, build)
    subject = f"<{version}> ".encode()
    lines = [line for line in stream.read_page(folder, number).splitlines() if line.startswith(subject)]
    if not lines:
        raise NotFound(f"There is no version {version}.")
    graph = rdflib.Graph().parse(data=b"\n".join(lines), format="nt")
    response = respond(Page(version.removeprefix(uris.base), graph), fmt, RDF_FORMATS)
    return _fixed(response, lines, fmt, immutable=True)


def _stream_info(folder: Path) -> stream.StreamInfo:
    try:
        return stream.StreamInfo.load(folder)
    except OSError:
        raise NotFound("This build has no event stream; rebuild it.") from None


def _fixed(response: Response, content: list[bytes], fmt: Format, immutable: bool) -> Response:
    """A stream document's ETag from its content, not the build: a page that no longer changes keeps
    it across builds, and is marked immutable (every page but the newest; every version). Weak, like
    every ETag here: another worker may write the same statements in another order."""
    digest = hashlib.sha256(b"\0".join([*content, fmt.suffix.encode()])).hexdigest()[:32]
    response.set_etag(digest, weak=True)
    if immutable:
        response.cache_control.max_age = IMMUTABLE_MAX_AGE
        response.cache_control.immutable = True
    return response.make_conditional(request)


def ldes_page(number: int, info: stream.StreamInfo, data: bytes, following: str | None) -> rdflib.Graph:
    """One page (``tree:Node``) of the stream: its members as written, the stream's description, and
    a relation to the next page (members from ``following``, its first time, on), when there is one."""
    uris = current_app.extensions["vlaq_uris"]
    stream_iri, node = URIRef(uris.event_stream()), URIRef(uris.event_stream(number))
    graph = rdflib.Graph().parse(data=data, format="nt") if data else rdflib.Graph()
    graph.add((stream_iri, RDF.type, LDES.EventStream))
    graph.add((stream_iri, LDES.versionOfPath, DCT.isVersionOf))
    graph.add((stream_iri, LDES.timestampPath, DCT.created))
    graph.add((stream_iri, LDES.versionDeletePath, RDF.type))
    graph.add((stream_iri, LDES.versionDeleteObject, AS_DELETE))
    graph.add((stream_iri, TREE.view, URIRef(uris.event_stream(0))))
    policy = rdflib.BNode()  # every member is kept, from the stream's first on
    graph.add((stream_iri, LDES.retentionPolicy, policy))
    graph.add((policy, RDF.type, LDES.RetentionPolicy))
    graph.add((policy, LDES.startingFrom, Literal(info.since, datatype=rdflib.XSD.dateTime)))
    graph += member_shape(stream_iri)
    graph.add((node, RDF.type, TREE.Node))
    if following is not None:
        relation = rdflib.BNode()
        graph.add((node, TREE.relation, relation))
        graph.add((node, LDES.immutable, Literal(True)))
        graph.add((relation, RDF.type, TREE.GreaterThanOrEqualToRelation))
        graph.add((relation, TREE.node, URIRef(uris.event_stream(number + 1))))
        graph.add((relation, TREE.path, DCT.created))
        graph.add((relation, TREE.value, Literal(following, datatype=rdflib.XSD.dateTime)))
    return graph


def member_shape(stream: URIRef) -> rdflib.Graph:
    """``tree:shape``: what every member holds (a version of one thing, with its build's time), as in
    the LDES specification's example."""
    graph, shape = rdflib.Graph(), rdflib.BNode()
    graph.add((stream, TREE.shape, shape))
    graph.add((shape, RDF.type, SH.NodeShape))
    graph.add((shape, SH.nodeKind, SH.IRI))
    for path, constraint, value in ((DCT.created, SH.datatype, rdflib.XSD.dateTime),
                                    (DCT.isVersionOf, SH.nodeKind, SH.IRI)):
        prop = rdflib.BNode()
        graph.add((shape, SH.property, prop))
        graph.add((prop, SH.path, path))
        graph.add((prop, SH.minCount, Literal(1)))
        graph.add((prop, constraint, value))
    return graph


def build_info() -> BuildInfo:
    """``build.json`` of the current build (id, creation time, counts); a folder without one (made by
    hand) reads as a build with the store's version for id."""
    folder = build_folder()
    if not folder.info_file.is_file():
        return BuildInfo(id=app_context().store.version())
    return folder.info()
