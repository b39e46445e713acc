"""The sitemap for search engines, at archive scale: ``/sitemap.xml`` is a sitemap index (the URL
robots.txt names) of sitemaps of at most ``PAGE_SIZE`` URLs, the sitemaps.org protocol's cap.

Which pages: those a person searching should land on. ``/sitemap/site.xml`` holds the site's own
pages (landing page, catalogue, vocabulary, downloads); ``/sitemap/<n>.xml`` the things with a page
of their own (``THING_TYPES``: questions, datasets, observations with their figure and quote, persons,
organisations, services, concepts and their lists). Sub-questions, answers and their parts are read on
their question's page, roles, sources, periods and structures are plumbing, and hash IRIs are a part
of their page: none is listed.

Cost at millions of triples: the index is one COUNT over the type index; each sitemap is one query with
LIMIT and OFFSET, so no more than ``PAGE_SIZE`` URIs are ever in memory. There is no ORDER BY, which
would make every sitemap sort every URI of the archive: an unordered query comes in the store's index
order, which does not change while a build is served, so the sitemaps are disjoint and together
complete (tests/test_web_sitemap.py checks that on a real store).
"""

from __future__ import annotations

from flask import Blueprint, Response, current_app, render_template
from rdflib import SKOS
from werkzeug.exceptions import NotFound

from .context import QB, SCHEMA, Context, app_context
from .negotiate import PAGE_MAX_AGE

bp = Blueprint("sitemap", __name__)

PAGE_SIZE = 50_000  # URLs per sitemap (the protocol's cap); the app's SITEMAP_PAGE_SIZE lowers it (tests)
MAX_SITEMAPS = 50_000  # sitemaps one index may list (the protocol's cap): a higher number names none
SITE_PAGES = ("/", "/zoeken", "/zoeken/minister", "/zoeken/lid", "/zoeken/jaar", "/zoeken/onderwerp",
              "/datasets", "/catalog", "/def/vlaq", "/dumps/")


def thing_types(vocab: str) -> tuple[str, ...]:
    """The classes whose members have a page worth finding; one each, so no thing is listed twice."""
    return (f"{vocab}WrittenQuestion", f"{vocab}SourceText", f"{QB}DataSet", f"{QB}Observation",
            f"{SCHEMA}Person", f"{SCHEMA}GovernmentOrganization", f"{SCHEMA}GovernmentService",
            str(SKOS.Concept), str(SKOS.ConceptScheme))


def things_pattern(ctx: Context) -> str:
    """The graph pattern binding ``?s`` to each listed thing of this site."""
    values = " ".join(f"<{t}>" for t in thing_types(ctx.vocab))
    return (f"VALUES ?type {{ {values} }} ?s a ?type "
            f'FILTER(STRSTARTS(STR(?s), "{ctx.base}/id/") && !CONTAINS(STR(?s), "#"))')


def page_size() -> int:
    return int(current_app.config.get("SITEMAP_PAGE_SIZE", PAGE_SIZE))


def xml(body: str) -> Response:
    response = Response(body, mimetype="application/xml")
    response.cache_control.public = True
    response.cache_control.max_age = PAGE_MAX_AGE
    return response


@bp.get("/sitemap.xml")
def index() -> Response:
    """The sitemap index: the site's pages, then one sitemap per ``page_size()`` things."""
    ctx = app_context()
    count = int(ctx.store.select(f"SELECT (COUNT(?s) AS ?n) WHERE {{ {things_pattern(ctx)} }}")[0]["n"])
    numbers = range(1, -(-count // page_size()) + 1)
    sitemaps = [f"{ctx.base}/sitemap/site.xml", *(f"{ctx.base}/sitemap/{n}.xml" for n in numbers)]
    return xml(render_template("sitemap-index.xml", sitemaps=sitemaps))


@bp.get("/sitemap/site.xml")
def site() -> Response:
    base = current_app.extensions["vlaq_uris"].base
    return xml(render_template("sitemap.xml", urls=[base + path for path in SITE_PAGES]))


@bp.get("/sitemap/<int:number>.xml")
def things(number: int) -> Response:
    """Sitemap ``number`` (from 1): one query, at most ``page_size()`` ``/doc/`` pages, at ``BASE_URI``."""
    if not 1 <= number <= MAX_SITEMAPS:  # before the query: an OFFSET past 2^64 is the engine's error
        raise NotFound(f"There is no sitemap {number}; /sitemap.xml lists them.")
    ctx, size = app_context(), page_size()
    query = f"SELECT ?s WHERE {{ {things_pattern(ctx)} }} LIMIT {size} OFFSET {(number - 1) * size}"
    rows = ctx.store.select(query)
    if not rows:
        raise NotFound(f"Er is geen sitemap {number}; /sitemap.xml somt ze op.")
    return xml(render_template("sitemap.xml", urls=[ctx.base + ctx.href(str(r["s"])) for r in rows]))


@bp.get("/robots.txt")
def robots() -> Response:
    base = current_app.extensions["vlaq_uris"].base
    return Response(
        f"User-agent: *\nAllow: /\nDisallow: /sparql\nSitemap: {base}/sitemap.xml\n", mimetype="text/plain"
    )
