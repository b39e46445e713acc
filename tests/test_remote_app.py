"""One build, two stores, the same answers: `vlaq-lod build` publishes the seeds to OUT and, with
``VLAQ_SPARQL_ENDPOINT`` set, loads them into a real ``oxigraph serve``; then every case below runs
against ``create_app`` over the embedded store and over the remote one (the ``client`` fixture's two
params) and compares the answer with the embedded store's.

Both apps read the same OUT (the catalogue and dumps are files of the build), so any difference
comes from the store alone. A failed build must leave the remote store as it was.
"""

from __future__ import annotations

import json
import os
import re
import shutil
from pathlib import Path

import lxml.html
import pytest
import rdflib
from click.testing import CliRunner
from rdflib.compare import isomorphic

from servers import free_port, oxigraph_server
from vlaq_lod.cli import main
from vlaq_lod.settings import PROJECT_ROOT, load
from vlaq_lod.store import open_remote
from vlaq_lod.web.negotiate import FORMATS
from vlaq_lod.web.sparql import examples

BASE = "http://localhost:8000"
QUESTION = "/doc/vraag/2021-2022-313-jan-jambon"
RDF_FORMATS = [f for f in FORMATS if f.rdflib]


def build_into(out: Path, endpoint: str, sources: Path = PROJECT_ROOT / "data", *options: str):
    """``vlaq-lod build`` as an operator runs it, the remote store named by the environment."""
    return CliRunner().invoke(
        main, ["build", "--sources", str(sources), "--out", str(out), "--base-uri", BASE, *options],
        env={"VLAQ_SPARQL_ENDPOINT": endpoint, "VLAQ_SPARQL_STORE_ENDPOINT": ""},
    )


@pytest.fixture(scope="module")
def published(tmp_path_factory):
    """(OUT, query endpoint): the seeds built to OUT and loaded into a fresh ``oxigraph serve``."""
    folder = tmp_path_factory.mktemp("remote")
    with oxigraph_server(folder / "oxigraph") as url:
        result = build_into(folder / "build", f"{url}/query")
        assert result.exit_code == 0, result.output
        yield folder / "build", f"{url}/query"


@pytest.fixture(scope="module")
def apps(published):
    """The app over the embedded store of the build, and over the remote store, on the same OUT."""
    from vlaq_lod.web import create_app

    out, endpoint = published
    return {kind: create_app({"TESTING": True, "OUT": str(out), "BASE_URI": BASE, "SPARQL_ENDPOINT": url})
            for kind, url in (("local", ""), ("remote", endpoint))}


@pytest.fixture(params=["local", "remote"])
def client(request, apps):
    return apps[request.param].test_client()


@pytest.fixture
def reference(apps):
    """The embedded store's answers, the ones the remote store must match."""
    return apps["local"].test_client()


def graph(client, url: str, fmt, headers: dict[str, str] | None = None) -> rdflib.Graph:
    """The answer's graph; a JSON-LD context is read from the app itself, as a client would fetch it."""
    response = client.get(url, headers=headers)
    assert response.status_code == 200, response.data[:300]
    assert response.mimetype == fmt.media_type
    if fmt.suffix != "jsonld":
        return rdflib.Graph().parse(data=response.data, format=fmt.rdflib)
    document = response.get_json()
    document["@context"] = client.get("/context.jsonld").get_json()["@context"]
    return rdflib.Graph().parse(data=json.dumps(document), format="json-ld")


def test_the_remote_store_serves_what_was_built(client, published):
    out, _ = published
    build_id = json.loads((out / "current" / "build.json").read_text())["id"]
    assert client.application.extensions["vlaq_store"].version() == build_id  # so ETags agree too


@pytest.mark.parametrize("fmt", RDF_FORMATS, ids=lambda f: f.suffix)
def test_document_in_every_rdf_format_is_the_same_graph(client, reference, fmt):
    answer = graph(client, f"{QUESTION}.{fmt.suffix}", fmt)
    expected = graph(reference, f"{QUESTION}.{fmt.suffix}", fmt)
    assert len(expected) > 20 and isomorphic(answer, expected)


@pytest.mark.parametrize("fmt", RDF_FORMATS, ids=lambda f: f.suffix)
def test_document_negotiated_by_accept_is_the_same_graph(client, reference, fmt):
    headers = {"Accept": fmt.media_type}
    assert isomorphic(graph(client, QUESTION, fmt, headers), graph(reference, QUESTION, fmt, headers))


def test_question_page_marks_the_28_figures_with_the_same_links(client, reference):
    def figures(response) -> list[str]:
        assert response.status_code == 200
        return lxml.html.fromstring(response.data).xpath("//a[@class='figure']/@href")

    answer = figures(client.get(QUESTION, headers={"Accept": "text/html"}))
    assert len(answer) == 28
    assert answer == figures(reference.get(QUESTION, headers={"Accept": "text/html"}))


def test_search_lists_the_same_questions(client, reference):
    # the index is a file of the build: the same with pages read from the remote store
    for url in ("/zoeken.csv?q=1700", "/zoeken.csv?minister=zuhal-demir", "/datasets.csv"):
        response = client.get(url)
        assert response.status_code == 200 and response.data.count(b"\n") > 1
        assert response.data == reference.get(url).data


def test_dataset_page_shows_the_same_table(client, reference, published):
    out, _ = published
    key = json.loads((out / "current" / "build.json").read_text())["datasets"][0]

    def rows(response) -> list[str]:
        assert response.status_code == 200
        page = lxml.html.fromstring(response.data)
        return [" ".join(tr.text_content().split()) for tr in page.xpath("//tr")]

    answer = rows(client.get(f"/doc/dataset/{key}"))
    assert len(answer) >= 2 and answer == rows(reference.get(f"/doc/dataset/{key}"))  # heading + data


@pytest.mark.parametrize("example", examples(BASE), ids=lambda e: e.title[:40])
def test_example_query_on_sparql_gives_the_same_solutions(client, reference, example):
    # the seeds hold no contradicting figures, so that example is empty on both stores
    def solutions(response) -> list[str]:
        assert response.status_code == 200, response.data[:300]
        bindings = json.loads(response.data)["results"]["bindings"]
        return sorted(json.dumps(b, sort_keys=True) for b in bindings)

    headers = {"Accept": "application/sparql-results+json"}
    answer = solutions(client.post("/sparql", data={"query": example.query}, headers=headers))
    assert answer == solutions(reference.post("/sparql", data={"query": example.query},
                                                          headers=headers))


def test_catalog_is_the_same(client, reference):
    fmt = next(f for f in FORMATS if f.suffix == "ttl")
    assert isomorphic(graph(client, "/catalog.ttl", fmt), graph(reference, "/catalog.ttl", fmt))
    assert client.get("/catalog", headers={"Accept": "text/html"}).status_code == 200


def test_unknown_resource_is_404_in_every_format(client):
    for fmt in FORMATS:
        assert client.get(f"/doc/vraag/bestaat-niet.{fmt.suffix}").status_code == 404


# --- a build reaches the remote store only once it is published -------------------------------------


def remote_state(endpoint: str) -> tuple[int, str]:
    """The remote store's triple count and the build id it records."""
    store = open_remote(load({"SPARQL_ENDPOINT": endpoint}, environ={}))
    return int(store.select("SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }")[0]["n"]), store.version()


def test_failed_build_leaves_the_remote_store_untouched(published, tmp_path):
    _, endpoint = published
    before = remote_state(endpoint)
    sources = tmp_path / "data"
    shutil.copytree(PROJECT_ROOT / "data", sources)
    (sources / "sources" / "broken.txt").write_bytes(b"SCHRIFTELIJKE VRAAG\n\x00\x01 garbage\n")
    result = build_into(tmp_path / "build", endpoint, sources, "--strict")
    assert result.exit_code == 1 and "broken.txt:2: " in result.output
    assert remote_state(endpoint) == before and before[0] > 1000


def test_unreachable_remote_store_is_reported_after_the_local_build_is_published(tmp_path):
    endpoint = f"http://127.0.0.1:{free_port()}/query"  # nothing listens there
    result = build_into(tmp_path / "build", endpoint)
    assert result.exit_code == 1
    assert "is published in" in result.output and "remote store failed" in result.output
    assert os.path.isdir(tmp_path / "build" / "current" / "store")


# --- the public endpoint cannot tell the stores apart ------------------------------------------------


def sparql_csv(client, query: str) -> str:
    response = client.post("/sparql", data={"query": query}, headers={"Accept": "text/csv"})
    assert response.status_code == 200, response.data[:300]
    return response.get_data(as_text=True)


def test_named_graphs_are_the_same_as_the_builds_none(client, reference):
    """The remote store keeps the build id in a graph of its own; public queries must not see it."""
    query = "SELECT DISTINCT ?g WHERE { GRAPH ?g { ?s ?p ?o } }"
    assert sparql_csv(reference, query) == "g\r\n"  # a build publishes everything in the default graph
    assert sparql_csv(client, query) == "g\r\n"
    every_graph = "SELECT DISTINCT ?g WHERE { GRAPH ?g { } }"  # empty graphs too
    assert sparql_csv(client, every_graph) == sparql_csv(reference, every_graph) == "g\r\n"


def test_the_default_graph_holds_the_same_triples(client, reference, published):
    out, _ = published
    count = "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"
    triples = json.loads((out / "current" / "build.json").read_text())["counts"]["triples"]
    assert sparql_csv(client, count) == sparql_csv(reference, count) == f"n\r\n{triples}\r\n"


def test_syntax_error_names_the_users_line(client, reference):
    """The remote store gets the query behind a BASE declaration; the positions must still be the user's."""
    query = ("PREFIX schema: <https://schema.org/>\nSELECT ?q\nWHERE {\n  ?q a onbekend:Vraag .\n"
             "  ?q a schema:Question .\n}\n")  # line 4 uses a prefix that was never declared

    def position(response) -> tuple[str, str]:
        assert response.status_code == 400
        found = re.search(r"error at (\d+):(\d+)", response.get_data(as_text=True))
        assert found, response.data[:300]
        return found.groups()

    expected = position(reference.post("/sparql", data={"query": query}))
    assert expected[0] == "4"
    assert position(client.post("/sparql", data={"query": query})) == expected
