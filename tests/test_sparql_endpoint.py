"""The /sparql blueprint in the real app (``create_app``) on a real on-disk store.

Protocol reading, refusals, formats, CORS, the YASGUI page and the Service
Description; the W3C protocol suite runs over live HTTP in ``test_sparql_w3c.py``.
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterator
from pathlib import Path

import pytest
import rdflib
from flask import Flask
from flask.testing import FlaskClient

from servers import make_build, make_store, oxigraph_server
from vlaq_lod.store.local import CurrentStore, LocalStore
from vlaq_lod.store.remote import RemoteStore
from vlaq_lod.store.workers import Limits
from vlaq_lod.web import create_app

EX = "http://example.org/"
DATA = f"""
<{EX}q1> a <{EX}Question> ; <{EX}title> "Kosten"@nl ; <{EX}number> 313 .
<{EX}q2> a <{EX}Question> ; <{EX}title> "Tweede" ; <{EX}number> 42 .
"""
SELECT = f"SELECT ?n WHERE {{ <{EX}q2> <{EX}number> ?n }}"
BROWSER = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8"


def _page_config(page: str) -> dict:
    """The JSON data block the YASGUI page starts from."""
    return json.loads(page.split('id="sparql-config">')[1].split("</script>")[0])


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> Iterator[LocalStore]:
    store = LocalStore(make_store(tmp_path_factory.mktemp("ep") / "store", DATA),
                       Limits(timeout=2.0, cap=3, workers=1))
    yield store
    store.pool.close()


@pytest.fixture(scope="module")
def app(store: LocalStore) -> Flask:
    return create_app({"TESTING": True, "STORE": store, "RESULT_CAP": 3, "QUERY_TIMEOUT": 2.0})


@pytest.fixture
def client(app: Flask) -> FlaskClient:
    return app.test_client()


def test_get_query_defaults_to_sparql_json(client: FlaskClient) -> None:
    response = client.get("/sparql", query_string={"query": SELECT})
    assert response.status_code == 200
    assert response.mimetype == "application/sparql-results+json"
    assert response.json["results"]["bindings"][0]["n"]["value"] == "42"
    assert response.headers["Access-Control-Allow-Origin"] == "*"
    assert "Accept" in response.headers["Vary"]


def test_post_form_and_post_direct_give_the_same_answer(client: FlaskClient) -> None:
    form = client.post("/sparql", data={"query": SELECT}, headers={"Accept": "text/csv"})
    direct = client.post("/sparql", data=SELECT.encode(), content_type="application/sparql-query",
                         headers={"Accept": "text/csv"})
    assert form.status_code == direct.status_code == 200
    assert form.data == direct.data == b"n\r\n42\r\n"


@pytest.mark.parametrize(("name", "media_type"), [
    ("json", "application/sparql-results+json"), ("xml", "application/sparql-results+xml"),
    ("csv", "text/csv"), ("tsv", "text/tab-separated-values"),
])
def test_format_parameter_overrides_accept(client: FlaskClient, name: str, media_type: str) -> None:
    response = client.get("/sparql", query_string={"query": SELECT, "format": name},
                          headers={"Accept": "application/sparql-results+json"})
    assert (response.status_code, response.mimetype) == (200, media_type)


@pytest.mark.parametrize(("name", "media_type", "rdflib_format"), [
    ("ttl", "text/turtle", "turtle"), ("nt", "application/n-triples", "nt"),
    ("rdf", "application/rdf+xml", "xml"), ("jsonld", "application/ld+json", "json-ld"),
])
def test_graphs_in_each_format(client: FlaskClient, name: str, media_type: str, rdflib_format: str) -> None:
    response = client.post("/sparql", data={"query": f"DESCRIBE <{EX}q1>", "format": name})
    assert (response.status_code, response.mimetype) == (200, media_type)
    graph = rdflib.Graph().parse(data=response.data, format=rdflib_format)
    assert len(graph) == 3


def test_accept_q_values_choose_the_format(client: FlaskClient) -> None:
    response = client.get("/sparql", query_string={"query": SELECT},
                          headers={"Accept": "application/sparql-results+json;q=0.2, text/csv;q=0.3, "
                                             "text/tab-separated-values"})
    assert response.mimetype == "text/tab-separated-values"


@pytest.mark.parametrize(("request_args", "status", "words"), [
    ({"method": "GET", "query_string": {"update": "CLEAR ALL"}}, 400, "GET"),
    ({"method": "POST", "data": {"update": "CLEAR ALL"}}, 403, "read-only"),
    ({"method": "POST", "data": b"CLEAR ALL", "content_type": "application/sparql-update"}, 403, "read-only"),
    ({"method": "GET", "query_string": {"query": "DELETE WHERE { ?s ?p ?o }"}}, 403, "read-only"),
    ({"method": "GET", "query_string": {"query": "SELECT * { SERVICE <http://x/> { ?s ?p ?o } }"}}, 403,
     "SERVICE"),
    ({"method": "GET", "query_string": {"query": "SELECT * WHERE { ?s ?p }"}}, 400, "syntax"),
    ({"method": "GET", "query_string": [("query", "ASK {}"), ("query", "ASK {}")]}, 400, "one query"),
    ({"method": "POST", "data": b"ASK {}", "content_type": "text/plain"}, 415, "Content-Type"),
    ({"method": "POST", "data": "ASK {}".encode("utf-16"),
      "content_type": "application/sparql-query; charset=UTF-16"}, 415, "UTF-8"),
    ({"method": "GET", "query_string": {"query": SELECT, "format": "png"}}, 400, "format"),
    ({"method": "GET", "query_string": {"query": SELECT}, "headers": {"Accept": "text/turtle"}}, 406,
     "acceptable"),
    ({"method": "GET", "query_string": {"query": "SELECT * WHERE { ?s ?p ?o }"}}, 422, "LIMIT"),
    ({"method": "GET", "query_string": {"query": "ASK {}", "default-graph-uri": "relative"}}, 400,
     "default-graph-uri"),
])
def test_errors_say_what_is_wrong(client: FlaskClient, request_args: dict, status: int, words: str) -> None:
    response = client.open("/sparql", **request_args)
    assert response.status_code == status
    assert response.mimetype == "text/plain"
    assert words in response.get_data(as_text=True)
    assert "Traceback" not in response.get_data(as_text=True)
    assert response.headers["Access-Control-Allow-Origin"] == "*"


def test_a_timeout_is_a_503_with_retry_after(client: FlaskClient) -> None:
    patterns = " . ".join(f"?s{i} ?p{i} ?o{i}" for i in range(13))  # 6 ** 13 rows: hours
    runaway = f"SELECT (COUNT(*) AS ?n) WHERE {{ {patterns} }}"
    response = client.get("/sparql", query_string={"query": runaway})
    assert response.status_code == 503
    assert response.headers["Retry-After"] == "2"
    assert client.get("/sparql", query_string={"query": "ASK {}"}).status_code == 200


def test_options_preflight(client: FlaskClient) -> None:
    asked = "content-type, if-none-match, x-request-id"
    response = client.options("/sparql", headers={"Origin": "https://elders.example",
                                                  "Access-Control-Request-Method": "POST",
                                                  "Access-Control-Request-Headers": asked})
    assert response.status_code == 204
    assert response.headers["Access-Control-Allow-Origin"] == "*"
    assert "POST" in response.headers["Access-Control-Allow-Methods"]
    assert response.headers["Access-Control-Allow-Headers"] == asked
    assert response.headers["Access-Control-Expose-Headers"] == "ETag, Link, Content-Location"


def test_a_browser_gets_yasgui_with_the_example_queries(client: FlaskClient) -> None:
    response = client.get("/sparql", headers={"Accept": BROWSER})
    assert (response.status_code, response.mimetype) == (200, "text/html")
    page = response.get_data(as_text=True)
    assert "/sparql/yasgui/yasgui.min.js" in page
    config = _page_config(page)
    assert config["endpoint"] == "http://localhost/sparql"
    titles = [e["title"] for e in config["examples"]]
    assert "Contacten met 1700 per kanaal en per jaar" in titles
    assert "Vragen per minister" in titles
    assert all("BASE <http://localhost:8000/>" in e["query"] for e in config["examples"])
    assert "'unsafe-inline'" in response.headers["Content-Security-Policy"]
    assert client.get("/sparql/yasgui/yasgui.min.js").status_code == 200
    assert client.get("/sparql/yasgui/start.js").status_code == 200


def test_without_a_query_rdf_clients_get_the_service_description(client: FlaskClient) -> None:
    sd = rdflib.Namespace("http://www.w3.org/ns/sparql-service-description#")
    csv = rdflib.URIRef("http://www.w3.org/ns/formats/SPARQL_Results_CSV")
    cases = [("text/turtle", "turtle"), ("*/*", "turtle"), ("application/ld+json", "json-ld")]
    for accept, rdflib_format in cases:
        response = client.get("/sparql", headers={"Accept": accept})
        assert response.status_code == 200
        graph = rdflib.Graph().parse(data=response.data, format=rdflib_format)
        endpoint = rdflib.URIRef("http://localhost/sparql")
        assert (endpoint, sd.endpoint, endpoint) in graph
        assert (endpoint, sd.resultFormat, csv) in graph


def test_the_example_queries_follow_the_configured_base(store: LocalStore) -> None:
    app = create_app({"TESTING": True, "STORE": store, "BASE_URI": "https://data.example.be/vlaq"})
    page = app.test_client().get("/sparql", headers={"Accept": BROWSER}).get_data(as_text=True)
    queries = [e["query"] for e in _page_config(page)["examples"]]
    assert all("BASE <https://data.example.be/vlaq/>" in q for q in queries)
    assert "localhost:8000" not in page


def test_the_slash_form_of_the_path_works_too(client: FlaskClient) -> None:
    assert client.get("/sparql/", query_string={"query": "ASK {}"}).status_code == 200


def test_one_request_sees_one_build_even_across_a_swap(tmp_path: Path) -> None:
    make_build(tmp_path, "b1", "<http://e/s> <http://e/p> 1 .")
    (tmp_path / "builds" / "b2").mkdir()
    make_store(tmp_path / "builds" / "b2" / "store", "<http://e/s> <http://e/p> 2 .")
    (tmp_path / "builds" / "b2" / "build.json").write_text('{"id": "b2"}')
    current = CurrentStore(tmp_path, recheck=0)
    app = create_app({"TESTING": True, "STORE": current})

    @app.get("/two-calls")
    def two_calls() -> str:  # two store calls with a swap between them, as a page might make
        first = current.select("SELECT ?o { ?s ?p ?o }")[0]["o"]
        (tmp_path / "next").symlink_to(Path("builds") / "b2")
        os.replace(tmp_path / "next", tmp_path / "current")
        return f"{first} {current.select('SELECT ?o { ?s ?p ?o }')[0]['o']} {current.version()}"

    client = app.test_client()
    assert client.get("/two-calls").get_data(as_text=True) == "1 1 b1"
    assert current.version() == "b2"  # outside the request: the new build
    current.pool.close()


def test_before_the_first_build_pages_and_queries_get_a_503(tmp_path: Path) -> None:
    client = create_app({"TESTING": True, "OUT": str(tmp_path)}).test_client()
    response = client.get("/sparql", query_string={"query": "ASK {}"})
    assert response.status_code == 503
    assert "vlaq-lod build" in response.get_data(as_text=True)
    assert response.headers["Retry-After"] == "60"
    assert client.get("/").status_code == 503  # a page's trusted query, through the app-wide handler


@pytest.fixture(scope="module")
def client_remote_store(tmp_path_factory: pytest.TempPathFactory) -> Iterator[FlaskClient]:
    """The same app and data, with the store behind a real ``oxigraph serve``."""
    location = make_store(tmp_path_factory.mktemp("ep-remote") / "store", DATA)
    with oxigraph_server(location) as url:
        store = RemoteStore(f"{url}/query", limits=Limits(timeout=2.0, cap=3, workers=1))
        yield create_app({"TESTING": True, "STORE": store}).test_client()


@pytest.mark.parametrize("request_args", [
    {"method": "GET", "query_string": {"query": SELECT, "format": "xml"}},
    {"method": "POST", "data": {"query": f"DESCRIBE <{EX}q1>"},
     "headers": {"Accept": "application/n-triples"}},
    {"method": "GET", "query_string": {"query": "SELECT * WHERE { ?s ?p ?o }"}},
    {"method": "GET", "query_string": {"query": "SELECT * { SERVICE <http://x/> { ?s ?p ?o } }"}},
    {"method": "GET", "query_string": {"query": "ASK { ?s ?p }"}},
])
def test_a_remote_store_answers_like_the_local_one(client: FlaskClient, client_remote_store: FlaskClient,
                                                   request_args: dict) -> None:
    local = client.open("/sparql", **request_args)
    remote = client_remote_store.open("/sparql", **request_args)
    assert remote.status_code == local.status_code
    assert remote.mimetype == local.mimetype
    if local.status_code == 200:
        assert remote.data == local.data
