"""Real clients against the app: browsers', curl's, Jena's and rdflib's own Accept strings on every route,
SPARQLWrapper in every return format, rdflib's SPARQLStore and Jena's rsparql (when installed) against
``vlaq-lod serve`` (gunicorn) on 127.0.0.1, and every format of every page saying the same triples.

The Accept strings are copied from the clients: Firefox 128 and Chrome 131 for a page, curl's
default, Jena 5's ``WebContent.defaultRDFAcceptHeader`` and ``defaultSparqlResultsHeader``, rdflib 7's
``URLInputSource`` (no format given, and N-Triples).
"""

from __future__ import annotations

import contextlib
import csv
import io
import json
import re
import shutil
import subprocess
import xml.dom.minidom
from pathlib import Path
from urllib.parse import quote

import pytest
import rdflib
from rdflib.compare import isomorphic
from rdflib.util import from_n3
from SPARQLWrapper import CSV, JSON, JSONLD, N3, POST, RDF, RDFXML, TSV, TURTLE, XML, SPARQLWrapper
from werkzeug.routing import RequestRedirect

from vlaq_lod.web.negotiate import RDF_FORMATS

QUESTION = "vraag/2021-2022-313-jan-jambon"
TITLE = "Informatienummer 1700 - Oproepen"
TITLE_LITERAL = rdflib.Literal(TITLE, lang="nl")  # a title is Dutch text (docs/model.md, "Languages")
PREFIXES = "PREFIX schema: <https://schema.org/> PREFIX vlaq: <{base}/def/vlaq#> "
SELECT = "SELECT ?q ?title WHERE { ?q a vlaq:WrittenQuestion ; schema:name ?title } ORDER BY ?q"
ASK = "ASK { <{base}/id/" + QUESTION + "> a vlaq:WrittenQuestion }"
CONSTRUCT = "CONSTRUCT { ?q schema:name ?title } WHERE { ?q a vlaq:WrittenQuestion ; schema:name ?title }"
DESCRIBE = "DESCRIBE <{base}/id/" + QUESTION + ">"

CLIENTS = {
    "firefox": "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8",
    "chrome": "text/html,application/xhtml+xml,application/xml;q=0.9,image/avif,image/webp,image/apng,"
              "*/*;q=0.8,application/signed-exchange;v=b3;q=0.7",
    "curl": "*/*",
    "jena-rdf": "text/turtle,application/n-triples;q=0.9,application/rdf+xml;q=0.7,application/trig,"
                "application/n-quads;q=0.9,application/ld+json;q=0.8,*/*;q=0.5",
    "jena-results": "application/sparql-results+json,application/sparql-results+xml;q=0.9,"
                    "text/tab-separated-values;q=0.7,text/csv;q=0.5,application/json;q=0.2,"
                    "application/xml;q=0.2,*/*;q=0.1",
    "rdflib": "application/rdf+xml, text/n3, text/turtle, application/n-triples, application/ld+json, "
              "application/n-quads, application/trig, application/trix",
    "rdflib-nt": "text/plain, */*;q=0.1",
}
RDFLIB_FORMAT = {"text/turtle": "turtle", "application/n-triples": "nt", "application/rdf+xml": "xml",
                 "application/ld+json": "json-ld"}


def first_version(client) -> str:
    """The path of a version (an LDES member) of the seed stream, as the stream's first page names it."""
    stream = client.get("/ldes.nt").get_data(as_text=True)
    return re.search(r"<https?://[^/>]+(/ldes/pagina/\d+/[^>]+)>", stream)[1]


def routes(base: str, version: str) -> list[str]:
    """One path per route of the app (``test_every_route_is_exercised`` keeps the list complete);
    ``version``: a version's path (``first_version``)."""
    query = quote(PREFIXES.format(base=base) + SELECT)
    construct = quote(PREFIXES.format(base=base) + CONSTRUCT)
    return [
        "/", "/context.jsonld", f"/id/{QUESTION}", f"/doc/{QUESTION}", "/doc/dataset/contacten-1700",
        "/catalog", "/catalog.ttl", "/.well-known/void", "/.well-known/void.jsonld", "/def/vlaq",
        "/def/vlaq.rdf", "/shapes", "/shapes.nt", "/validation-report", "/validation-report.ttl",
        "/dumps/", "/dumps/vlaq.ttl", "/ldes", "/ldes.ttl", "/ldes/pagina/1", "/ldes/pagina/1.nt",
        "/sitemap.xml", "/sitemap/site.xml", "/sitemap/1.xml", "/robots.txt", "/static/vlaq.css",
        "/sparql/yasgui/page.css", "/sparql", "/sparql/", f"/sparql?query={query}",
        f"/sparql?query={construct}", "/zoeken?q=1700", "/zoeken/minister", "/datasets", "/afgewezen",
        version,
    ]


def parse(client, body: bytes, media_type: str, public_id: str | None = None) -> rdflib.Graph:
    """rdflib's reading of ``body``; JSON-LD gets the app's context inline (its URL names port 8000)."""
    if media_type == "application/ld+json":
        document = json.loads(body)
        if isinstance(document, dict) and isinstance(document.get("@context"), str):
            document["@context"] = client.get("/context.jsonld").get_json()["@context"]
        body = json.dumps(document).encode()
    return rdflib.Graph().parse(data=body, format=RDFLIB_FORMAT[media_type], publicID=public_id)


def check_body(client, media_type: str, body: bytes) -> None:
    """The body is a document of the type it is labelled with."""
    if media_type in RDFLIB_FORMAT:
        parse(client, body, media_type)
    elif media_type == "text/html":
        assert body.lstrip().lower().startswith(b"<!doctype html")
    elif media_type.endswith("json"):
        json.loads(body)
    elif media_type.endswith("xml"):
        xml.dom.minidom.parseString(body)
    else:
        assert media_type in ("text/css", "text/plain", "text/csv", "text/tab-separated-values"), media_type


def test_every_route_is_exercised(web_app):
    adapter = web_app.url_map.bind("localhost")
    used = set()
    for path in routes("http://localhost:8000", first_version(web_app.test_client())):
        with contextlib.suppress(RequestRedirect):  # /sparql/ answers as /sparql does
            used.add(adapter.match(path.split("?")[0])[0])
    assert used == {rule.endpoint for rule in web_app.url_map.iter_rules()}


@pytest.mark.parametrize("client_name", CLIENTS)
def test_each_clients_accept_gets_a_document_on_every_route_and_head_its_headers(client, client_name):
    if client.get("/ldes/pagina/1").status_code == 404:
        pytest.fail("the seed stream has one page only: pick a route that exists")
    accept = {"Accept": CLIENTS[client_name]}
    for path in routes("http://localhost:8000", first_version(client)):
        get = client.get(path, headers=accept)
        if client_name == "rdflib" and "SELECT" in path:  # a graph reader's Accept names no result format
            assert get.status_code == 406 and b"text/csv" in get.data
            continue
        assert get.status_code == (303 if path.startswith("/id/") else 200), (path, get.data[:300])
        head = client.head(path, headers=accept)
        assert (head.status_code, head.mimetype, head.data) == (get.status_code, get.mimetype, b""), path
        assert head.headers.get("ETag") == get.headers.get("ETag"), path
        if get.status_code == 200:
            check_body(client, get.mimetype, get.data)
        if client_name in ("firefox", "chrome") and path in ("/", f"/doc/{QUESTION}", "/catalog", "/sparql"):
            assert get.mimetype == "text/html", path


@pytest.mark.parametrize(("accept", "path", "media_type"), [
    ("text/turtle; charset=utf-8", f"/doc/{QUESTION}", "text/turtle"),
    ('application/ld+json; profile="http://www.w3.org/ns/json-ld#compacted"', f"/doc/{QUESTION}",
     "application/ld+json"),
    ("application/json", f"/doc/{QUESTION}", "application/ld+json"),
    ("application/n-triples; charset=utf-8", "/ldes", "application/n-triples"),
    ("text/turtle;charset=UTF-8", "/catalog", "text/turtle"),
    ("application/sparql-results+json; charset=utf-8", "/sparql?query=ASK%7B%7D",
     "application/sparql-results+json"),
    ("text/csv; charset=utf-8", "/sparql?query=SELECT%20*%7B%7D", "text/csv"),
    ('application/ld+json; profile="http://www.w3.org/ns/json-ld#expanded"',
     "/sparql?query=CONSTRUCT%7B%7DWHERE%7B%7D", "application/ld+json"),
])
def test_media_types_with_parameters_get_that_type(client, accept, path, media_type):
    response = client.get(path, headers={"Accept": accept})
    assert response.status_code == 200 and response.mimetype == media_type, response.data[:300]


def test_every_page_says_the_same_triples_in_every_format(client, seed_graph):
    """All /doc/ pages the sitemap lists, in Turtle, N-Triples, JSON-LD and RDF/XML: isomorphic, and
    each literal is a literal of the dump (Turtle once wrote ``"49531"^^xsd:decimal`` as ``49531.0``).
    A page whose text holds a character XML 1.0 cannot carry (source 235's form feeds) has no RDF/XML
    form: it says so with a 406 instead of sending malformed XML."""
    sitemap = client.get("/sitemap/1.xml").get_data(as_text=True)
    pages = [re.sub(r"^https?://[^/]+", "", url) for url in re.findall(r"<loc>([^<]+)</loc>", sitemap)]
    assert len(pages) > 100
    dump_literals = set(seed_graph.objects())
    no_xml = []
    for page in pages:
        graphs = []
        for fmt in RDF_FORMATS:
            response = client.get(f"{page}.{fmt.suffix}")
            if fmt.suffix == "rdf" and response.status_code == 406:
                assert "XML 1.0 cannot carry" in response.get_data(as_text=True), page
                assert any("\x0c" in o for o in graphs[0].objects() if isinstance(o, rdflib.Literal)), page
                no_xml.append(page)
                continue
            assert response.status_code == 200, page
            graphs.append(parse(client, response.data, fmt.media_type, page))
        for graph in graphs[1:]:
            assert isomorphic(graphs[0], graph), page
        literals = {o for o in graphs[0].objects() if isinstance(o, rdflib.Literal)}
        assert literals <= dump_literals, (page, literals - dump_literals)
    assert no_xml and all("/bron/" in p for p in no_xml), no_xml  # 235's source text, and only sources


def test_etags_are_weak_because_bytes_may_differ_between_workers(client):
    for path in ("/ldes", f"/doc/{QUESTION}", "/catalog"):
        first = client.get(path, headers={"Accept": "text/turtle"})
        assert first.headers["ETag"].startswith('W/"'), path
        again = client.get(path, headers={"Accept": "text/turtle", "If-None-Match": first.headers["ETag"]})
        assert again.status_code == 304, path


# --- SPARQL clients against vlaq-lod serve (gunicorn) ----------------------------------------------------


def _wrapper(live_server: str, query: str, return_format: str | None, method: str = "GET") -> SPARQLWrapper:
    sparql = SPARQLWrapper(f"{live_server}/sparql")
    sparql.setQuery(PREFIXES.format(base=live_server) + query.replace("{base}", live_server))
    if return_format is not None:
        sparql.setReturnFormat(return_format)
    sparql.setMethod(method)
    return sparql


def _titles_in(result, return_format: str) -> set[str]:
    if return_format == JSON:
        return {b["title"]["value"] for b in result["results"]["bindings"]}
    if return_format == XML:
        return {n.firstChild.data for n in result.getElementsByTagName("literal")}
    if return_format == CSV:  # lexical forms
        return {r[1] for r in list(csv.reader(io.StringIO(result.decode())))[1:]}
    rows = list(csv.reader(io.StringIO(result.decode()), delimiter="\t", quoting=csv.QUOTE_NONE))  # RDF terms
    return {str(from_n3(r[1])) for r in rows[1:]}


@pytest.mark.parametrize("method", ["GET", POST])
@pytest.mark.parametrize("return_format", [JSON, XML, CSV, TSV])
def test_sparqlwrapper_select_and_ask_in_every_result_format(live_server, return_format, method):
    result = _wrapper(live_server, SELECT, return_format, method).queryAndConvert()
    titles = _titles_in(result, return_format)
    assert TITLE in titles and len(titles) == 6
    ask = _wrapper(live_server, ASK, return_format, method).query()
    body = ask.response.read()
    assert b"true" in body, body


@pytest.mark.parametrize("query", [CONSTRUCT, DESCRIBE], ids=["construct", "describe"])
@pytest.mark.parametrize("return_format", [TURTLE, N3, RDFXML, XML, JSONLD, JSON, RDF, None])
def test_sparqlwrapper_graphs_in_every_return_format(live_server, query, return_format):
    result = _wrapper(live_server, query, return_format).query()
    media_type = result.info()["content-type"].split(";")[0]
    graph = rdflib.Graph().parse(data=result.response.read(), format=RDFLIB_FORMAT[media_type])
    subject = rdflib.URIRef(f"{live_server}/id/{QUESTION}")
    assert graph.value(subject, rdflib.URIRef("https://schema.org/name")) == TITLE_LITERAL
    expected = {TURTLE: "text/turtle", N3: "text/turtle", RDFXML: "application/rdf+xml",
                XML: "application/rdf+xml", JSONLD: "application/ld+json", JSON: "application/ld+json",
                RDF: "application/rdf+xml"}
    if return_format is not None:
        assert media_type == expected[return_format]


def test_rdflib_sparqlstore_reads_the_endpoint(live_server):
    from rdflib.plugins.stores.sparqlstore import SPARQLStore

    graph = rdflib.Graph(store=SPARQLStore(f"{live_server}/sparql"))
    prefixes = PREFIXES.format(base=live_server)
    titles = {str(row.title) for row in graph.query(prefixes + SELECT)}
    assert TITLE in titles and len(titles) == 6
    assert graph.query(prefixes + ASK.replace("{base}", live_server)).askAnswer is True
    described = graph.query(prefixes + CONSTRUCT).graph
    assert TITLE_LITERAL in set(described.objects())
    subject = rdflib.URIRef(f"{live_server}/id/{QUESTION}")
    assert (subject, rdflib.URIRef("https://schema.org/name"), TITLE_LITERAL) in graph


@pytest.mark.skipif(shutil.which("rsparql") is None, reason="Jena's rsparql is not installed (apache-jena)")
@pytest.mark.parametrize("results", ["json", "xml", "csv", "tsv"])
def test_jena_rsparql_reads_the_endpoint(live_server, tmp_path: Path, results):
    query = tmp_path / "q.rq"
    query.write_text(PREFIXES.format(base=live_server) + SELECT)
    out = subprocess.run(["rsparql", "--service", f"{live_server}/sparql", "--query", str(query),
                          "--results", results], capture_output=True, text=True, timeout=120)
    assert out.returncode == 0 and TITLE in out.stdout, out.stderr
