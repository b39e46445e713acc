"""Finding questions: ``/zoeken`` (full-text search and lists filtered by facets), ``/zoeken/<facet>``
(every minister, member, year or topic with its number of questions), ``/datasets`` (all datasets).

Every list is read from the build's search index (``vlaq_lod.search``), never by counting in the
store, so a page costs the same at six questions and at 100,000; and every list has its twins: CSV
and the RDF formats of ``negotiate.FORMATS`` (a ``schema:ItemList`` with Hydra paging links), each
keeping the list's query string.
"""

from __future__ import annotations

import csv
import io
import urllib.parse
from collections.abc import Callable, Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any

import rdflib
from flask import Blueprint, Response, request
from rdflib import RDF, XSD, BNode, Literal, URIRef
from werkzeug.exceptions import BadRequest, NotFound, ServiceUnavailable

from ..search import FACETS, Dataset, FacetValue, Hit, QueryTooLarge, Search, SearchIndex
from .catalog import build_folder
from .context import SCHEMA, app_context
from .negotiate import BY_SUFFIX, FORMATS, Format, Page, finish, format_for, not_modified, respond

bp = Blueprint("search", __name__)

CSV = Format("csv", "text/csv", None, "CSV", lambda message: f"fout\n{message}\n")
LIST_FORMATS = (*FORMATS, CSV)
LIST_BY_SUFFIX = {**BY_SUFFIX, CSV.suffix: CSV}
HYDRA = rdflib.Namespace("http://www.w3.org/ns/hydra/core#")
PAGE_SIZE = 20
VALUES_PAGE_SIZE = 50
NEWEST = 10
LANDING_DATASETS = 20  # datasets the landing page's markup names; /datasets lists them all
LIST_MAX_AGE = 300
FILTER_KINDS = tuple(FACETS)  # the GET parameter of each facet is its kind: ?minister=jan-jambon
VALUE_PAGES = {"minister": "Ministers", "lid": "Vraagstellers", "jaar": "Parlementaire jaren",
               "onderwerp": "Onderwerpen"}


@contextmanager
def open_index() -> Iterator[SearchIndex]:
    """The index of the build this request reads (the one its store pinned)."""
    path = build_folder().search_index
    if not path.is_file():
        raise ServiceUnavailable("This build has no search index; build it again with this version "
                                 "of vlaq-lod.")
    index = SearchIndex(path)
    try:
        yield index
    finally:
        index.close()


def read_int(name: str, default: int, upper: int) -> int:
    """A positive whole number from the query string; 400 naming the parameter otherwise."""
    raw = request.args.get(name, "")
    if not raw:
        return default
    if not raw.isdigit() or not 1 <= int(raw) <= upper:
        raise BadRequest(f"Parameter {name!r} must be a whole number from 1 to {upper}, not {raw[:40]!r}.")
    return int(raw)


def read_search() -> Search:
    """The list the query string asks for: ``q``, one value per facet kind, ``pagina``, ``per``."""
    filters = tuple((kind, request.args[kind]) for kind in FILTER_KINDS if request.args.get(kind))
    return Search(request.args.get("q", ""), filters, read_int("pagina", 1, 1_000_000),
                  read_int("per", PAGE_SIZE, 100))


def list_format(suffix: str | None) -> Format:
    if suffix is None:
        return format_for(None, LIST_FORMATS)
    if suffix not in LIST_BY_SUFFIX:
        raise NotFound(f"This list is not available as .{suffix}.")
    return LIST_BY_SUFFIX[suffix]


def asked_query() -> str:
    """The request's own query string (``?q=...``), for a 304 answered before the query is read."""
    raw = request.query_string.decode("latin-1")
    return f"?{raw}" if raw else ""


def query_string(args: Mapping[str, Any]) -> str:
    """``?a=1&b=2`` of the non-empty ``args`` (empty string when none)."""
    kept = {k: v for k, v in args.items() if v not in (None, "")}
    return "?" + urllib.parse.urlencode(kept) if kept else ""


def page_link(url: str, args: Mapping[str, Any], page: int) -> str:
    return url + query_string({**args, "pagina": page if page > 1 else None})


@dataclass(frozen=True)
class Listing:
    """One page of a list, in the terms every format shows it in."""

    url: str  # the list's path (``/zoeken``)
    args: dict[str, Any]  # its query, without ``pagina``
    page: int
    pages: int
    total: int
    start: int  # position of the first item (1-based)

    def link(self, page: int) -> str:
        return page_link(self.url, self.args, page)


def serve_list(listing: Listing, fmt: Format, template: str, context: dict[str, Any],
               items: list[dict[str, Any]], csv_columns: Mapping[str, str], title: str) -> Response:
    """The list in ``fmt``: the template for people, CSV (``csv_columns``: item key -> column title),
    or an RDF ``schema:ItemList`` of ``items`` (each with ``iri`` or ``url``, ``name``)."""
    query = query_string({**listing.args, "pagina": listing.page if listing.page > 1 else None})
    page = Page(listing.url, list_graph(listing, items, title), template,
                {**context, "listing": listing, "title": title}, LIST_MAX_AGE, query, LIST_FORMATS)
    if fmt is CSV:
        body = csv_text(items, csv_columns)
        response = Response(body, mimetype="text/csv")
        return finish(response, listing.url, fmt, LIST_MAX_AGE, LIST_FORMATS, query)
    return respond(page, fmt)


def csv_text(items: list[dict[str, Any]], columns: Mapping[str, str]) -> str:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(columns.values())
    for item in items:
        writer.writerow(item.get(key, "") for key in columns)
    return out.getvalue()


def list_graph(listing: Listing, items: list[dict[str, Any]], title: str) -> rdflib.Graph:
    """The page as RDF: a ``schema:ItemList`` (positions keep the order) that is a Hydra
    ``PartialCollectionView`` (first, previous, next, last page)."""
    base = app_context().base
    graph = rdflib.Graph()
    graph.bind("hydra", HYDRA)
    page = URIRef(base + listing.link(listing.page))
    graph.add((page, RDF.type, SCHEMA.ItemList))
    graph.add((page, RDF.type, HYDRA.PartialCollectionView))
    graph.add((page, SCHEMA.name, Literal(title, lang="nl")))
    graph.add((page, SCHEMA.numberOfItems, Literal(listing.total)))
    graph.add((page, HYDRA.totalItems, Literal(listing.total)))
    graph.add((page, HYDRA.first, URIRef(base + listing.link(1))))
    graph.add((page, HYDRA.last, URIRef(base + listing.link(listing.pages))))
    if listing.page > 1:
        graph.add((page, HYDRA.previous, URIRef(base + listing.link(listing.page - 1))))
    if listing.page < listing.pages:
        graph.add((page, HYDRA.next, URIRef(base + listing.link(listing.page + 1))))
    for position, item in enumerate(items, start=listing.start):
        element = BNode()
        graph.add((page, SCHEMA.itemListElement, element))
        graph.add((element, RDF.type, SCHEMA.ListItem))
        graph.add((element, SCHEMA.position, Literal(position)))
        graph.add((element, SCHEMA.name, Literal(item["name"], lang="nl")))
        if item.get("iri"):
            graph.add((element, SCHEMA.item, URIRef(item["iri"])))
        graph.add((element, SCHEMA.url, URIRef(base + item["url"])))
        for key, prop, datatype in (("count", SCHEMA.numberOfItems, None),
                                    ("date", SCHEMA.dateCreated, XSD.date)):
            if item.get(key) not in (None, ""):
                graph.add((element, prop, Literal(item[key], datatype=datatype)))
    return graph


def guarded(view: Callable[..., Response]) -> Callable[..., Response]:
    """A refused search (too long, too many words, a page out of range) is a 400 saying why."""
    def wrapped(*args: Any, **kwargs: Any) -> Response:
        try:
            return view(*args, **kwargs)
        except QueryTooLarge as error:
            raise BadRequest(str(error)) from None
    wrapped.__name__ = view.__name__
    wrapped.__doc__ = view.__doc__
    return wrapped


@bp.get("/zoeken", defaults={"suffix": None})
@bp.get("/zoeken.<suffix>")
@guarded
def search(suffix: str | None) -> Response:
    """Search the questions and answers (``q``), filter by facets, page through the hits."""
    fmt = list_format(suffix)
    cached = not_modified("/zoeken", fmt, LIST_MAX_AGE, LIST_FORMATS, asked_query())
    if cached is not None:
        return cached
    wanted = read_search()
    ctx = app_context()
    with open_index() as index:
        results = index.search(wanted, facet_limit=10 if fmt.suffix == "html" else 0)  # twins show no facets
    if wanted.page > results.pages:
        raise NotFound(f"This list has {results.pages} page(s); there is no page {wanted.page}.")
    size = wanted.size if wanted.size != PAGE_SIZE else None
    args = {"q": wanted.text, **dict(wanted.filters), "per": size}
    listing = Listing("/zoeken", args, wanted.page, results.pages, results.total,
                      (wanted.page - 1) * wanted.size + 1)
    items = [
        {"iri": hit.iri, "url": ctx.href(hit.iri), "name": hit.title, "number": hit.number, "year": hit.year,
         "date": hit.date or "", "figures": hit.figures,
         "minister": "; ".join(label for _, label in hit.people.get("minister", [])),
         "lid": "; ".join(label for _, label in hit.people.get("lid", [])), "hit": hit}
        for hit in results.hits
    ]
    chosen = dict(wanted.filters)
    facets = [
        (kind, FACETS[kind], [(value, page_link("/zoeken", toggled(args, kind, value.value), 1),
                               chosen.get(kind) == value.value) for value in values])
        for kind, values in results.facets.items()
    ]
    title = search_title(wanted, results.total, index_labels(results.facets, chosen))
    context = {"results": results, "items": items, "facets": facets, "query": wanted.text,
               "value_pages": VALUE_PAGES,
               "meta_description": f"{title}: schriftelijke vragen aan de Vlaamse regering en de antwoorden.",
               "schema_org": {"@context": "https://schema.org/", "@type": "SearchResultsPage", "name": title,
                              "url": f"{ctx.base}{listing.link(wanted.page)}", "inLanguage": "nl"}}
    columns = {"iri": "vraag", "number": "nummer", "year": "parlementair jaar", "date": "datum",
               "name": "titel", "minister": "minister", "lid": "vraagsteller", "figures": "cijfers als data"}
    return serve_list(listing, fmt, "search.html", context, items, columns, title)


def toggled(args: Mapping[str, Any], kind: str, value: str) -> dict[str, Any]:
    """``args`` with facet ``kind`` set to ``value``, or cleared when it already is (a second click)."""
    return {**args, kind: None if args.get(kind) == value else value}


def index_labels(facets: Mapping[str, list[FacetValue]], chosen: Mapping[str, str]) -> dict[str, str]:
    return {kind: next((v.label for v in facets.get(kind, []) if v.value == value), value)
            for kind, value in chosen.items()}


def search_title(wanted: Search, total: int, labels: Mapping[str, str]) -> str:
    """"12 vragen over „vaccin*” aan Jan Jambon": what the list holds, in words."""
    words = [f"{total} vra{'ag' if total == 1 else 'gen'}"]
    if wanted.text.strip():
        words.append(f"met „{wanted.text.strip()}”")
    phrases = {"minister": "aan {}", "lid": "van {}", "jaar": "in {}", "onderwerp": "over {}",
               "cijfers": "{}"}
    words += [phrases[kind].format(labels[kind]) for kind, _ in wanted.filters]
    return " ".join(words)


@bp.get("/zoeken/<kind>", defaults={"suffix": None})
@bp.get("/zoeken/<kind>.<suffix>")
@guarded
def facet_values(kind: str, suffix: str | None) -> Response:
    """Browse: every minister, member, year or topic with its number of questions, paged."""
    if kind not in VALUE_PAGES:
        raise NotFound(f"There is no list /zoeken/{kind}; try one of: {', '.join(VALUE_PAGES)}.")
    fmt = list_format(suffix)
    url = f"/zoeken/{kind}"
    cached = not_modified(url, fmt, LIST_MAX_AGE, LIST_FORMATS, asked_query())
    if cached is not None:
        return cached
    number = read_int("pagina", 1, 1_000_000)
    with open_index() as index:
        total, values = index.values(kind, number, VALUES_PAGE_SIZE)
    pages = max(1, -(-total // VALUES_PAGE_SIZE))
    if number > pages:
        raise NotFound(f"This list has {pages} page(s); there is no page {number}.")
    listing = Listing(url, {}, number, pages, total, (number - 1) * VALUES_PAGE_SIZE + 1)
    items = [{"iri": v.iri, "url": page_link("/zoeken", {kind: v.value}, 1), "name": v.label,
              "value": v.value, "count": v.count, "page": app_context().href(v.iri) if v.iri else None}
             for v in values]
    title = VALUE_PAGES[kind]
    context = {"items": items, "kind": kind, "value_pages": VALUE_PAGES,
               "meta_description": f"{title} met hun aantal schriftelijke vragen aan de Vlaamse regering.",
               "schema_org": {"@context": "https://schema.org/", "@type": "CollectionPage", "name": title,
                              "url": f"{app_context().base}{url}", "inLanguage": "nl"}}
    columns = {"value": "sleutel", "name": "naam", "count": "vragen", "iri": "uri"}
    return serve_list(listing, fmt, "values.html", context, items, columns, title)


@bp.get("/datasets", defaults={"suffix": None})
@bp.get("/datasets.<suffix>")
@guarded
def datasets(suffix: str | None) -> Response:
    """Every dataset, largest first, paged."""
    fmt = list_format(suffix)
    cached = not_modified("/datasets", fmt, LIST_MAX_AGE, LIST_FORMATS, asked_query())
    if cached is not None:
        return cached
    number = read_int("pagina", 1, 1_000_000)
    ctx = app_context()
    with open_index() as index:
        total, found = index.datasets(number, VALUES_PAGE_SIZE)
    pages = max(1, -(-total // VALUES_PAGE_SIZE))
    if number > pages:
        raise NotFound(f"This list has {pages} page(s); there is no page {number}.")
    listing = Listing("/datasets", {}, number, pages, total, (number - 1) * VALUES_PAGE_SIZE + 1)
    items = [{"iri": d.iri, "url": ctx.href(d.iri), "name": d.title, "count": d.observations,
              "question": d.question or "", "question_url": ctx.href(d.question) if d.question else None}
             for d in found]
    title = "Datasets"
    context = {"items": items,
               "meta_description": "Alle datasets met cijfers uit de antwoorden van de Vlaamse ministers, "
                              "grootste eerst.",
               "schema_org": {"@context": "https://schema.org/", "@type": "CollectionPage", "name": title,
                              "url": f"{ctx.base}/datasets", "inLanguage": "nl"}}
    columns = {"iri": "dataset", "name": "titel", "count": "cijfers", "question": "vraag"}
    return serve_list(listing, fmt, "datasets.html", context, items, columns, title)


def landing_lists(limit: int = NEWEST) -> tuple[dict[str, int], list[Hit], list[Dataset]]:
    """For the landing page: the headline counts, the newest questions, the largest datasets (the first
    as headline chart, all of them in the page's schema.org catalogue)."""
    with open_index() as index:
        return (index.counts(), index.search(Search(size=limit), facet_limit=0).hits,
                index.datasets(1, LANDING_DATASETS)[1])


def search_links(iri: str) -> list[tuple[FacetValue, str]]:
    """For a person's or topic's page: the lists it heads (its questions as minister, as member); none
    from a build without an index (the page itself does not need one)."""
    if not build_folder().search_index.is_file():
        return []
    with open_index() as index:
        return [(value, page_link("/zoeken", {value.kind: value.value}, 1)) for value in index.facets_of(iri)]
