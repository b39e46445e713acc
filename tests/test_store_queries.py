"""LocalStore and RemoteStore answer the same questions with the same answers.

Every test here runs twice, through the ``store`` fixture: once on an on-disk
Oxigraph store (``LocalStore``, public queries in worker processes) and once on a
real ``oxigraph serve`` process holding the same data (``RemoteStore``).
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest
import rdflib
from pyld import jsonld
from rdflib import Literal, URIRef

from servers import free_port, make_store, oxigraph_server
from standards import find, standard
from vlaq_lod.store import QueryError, Store
from vlaq_lod.store.local import LocalStore
from vlaq_lod.store.remote import RemoteStore
from vlaq_lod.store.workers import Limits

INTEGER = URIRef("http://www.w3.org/2001/XMLSchema#integer")
DECIMAL = URIRef("http://www.w3.org/2001/XMLSchema#decimal")
PROTOCOL = "sparql11-tests/protocol"
KASEI = "http://kasei.us/2009/09/sparql/data/"
EX = "http://example.org/"
DATA = """
@prefix ex: <http://example.org/> .
ex:q1 a ex:Question ; ex:title "Kosten van contacten"@nl ; ex:number 313 ;
    ex:answer [ ex:text "Zie bijlage" ; ex:figure [ ex:value 12.5 ] ] .
ex:q2 a ex:Question ; ex:title "Tweede vraag" ; ex:number 42 .
ex:q3 a ex:Question ; ex:number 7 .
"""
LIMITS = Limits(timeout=10.0, cap=5, workers=1)


def named_graphs() -> dict[str, Path]:
    """The W3C protocol suite's three graphs, those at hand: only the two tests that query them need them."""
    found = {f"{KASEI}data{i}.rdf": find(f"{PROTOCOL}/data{i}.nt") for i in (1, 2, 3)}
    return {name: path for name, path in found.items() if isinstance(path, Path)}


def needs_named_graphs() -> None:
    for i in (1, 2, 3):
        standard(f"{PROTOCOL}/data{i}.nt")


@pytest.fixture(scope="module")
def local_store(tmp_path_factory: pytest.TempPathFactory) -> Iterator[LocalStore]:
    build = tmp_path_factory.mktemp("build")
    (build / "build.json").write_text(json.dumps({"id": "2026-11-23T14-00-00"}))
    store = LocalStore(make_store(build / "store", DATA, named_graphs()), LIMITS, base_iri=EX)
    yield store
    store.pool.close()


@pytest.fixture(scope="module")
def remote_store(tmp_path_factory: pytest.TempPathFactory) -> Iterator[RemoteStore]:
    location = make_store(tmp_path_factory.mktemp("remote") / "store", DATA, named_graphs())
    with oxigraph_server(location) as url:
        yield RemoteStore(f"{url}/query", limits=LIMITS, base_iri=EX)


@pytest.fixture(params=["local", "remote"])
def store(request: pytest.FixtureRequest) -> Store:
    return request.getfixturevalue(f"{request.param}_store")


def test_select_gives_rdflib_terms_with_plain_literals_plain(store: Store) -> None:
    query = f"SELECT ?t ?n WHERE {{ ?q <{EX}number> ?n OPTIONAL {{ ?q <{EX}title> ?t }} }} ORDER BY ?n"
    rows = store.select(query)
    assert rows == [
        {"n": Literal(7, datatype=INTEGER)},
        {"n": Literal(42, datatype=INTEGER), "t": Literal("Tweede vraag")},
        {"n": Literal(313, datatype=INTEGER), "t": Literal("Kosten van contacten", lang="nl")},
    ]


def test_construct_gives_an_rdflib_graph(store: Store) -> None:
    graph = store.construct(f"CONSTRUCT {{ ?q a <{EX}Asked> }} WHERE {{ ?q a <{EX}Question> }}")
    assert set(graph.subjects()) == {URIRef(f"{EX}q1"), URIRef(f"{EX}q2"), URIRef(f"{EX}q3")}


def test_describe_follows_blank_nodes(store: Store) -> None:
    graph = store.describe(f"{EX}q1")
    assert len(graph) == 7  # 4 about q1, 2 about its answer, 1 about the figure
    assert list(graph.objects(None, URIRef(f"{EX}value"))) == [ Literal("12.5", datatype=DECIMAL)]
    assert len(store.describe(f"{EX}nothing")) == 0


@pytest.mark.parametrize(("accept", "body"), [
    ("text/csv", b"n\r\n42\r\n"),
    ("text/tab-separated-values", b"?n\n42\n"),
    ("application/sparql-results+json",
     b'{"head":{"vars":["n"]},"results":{"bindings":[{"n":{"type":"literal","value":"42",'
     b'"datatype":"http://www.w3.org/2001/XMLSchema#integer"}}]}}'),
])
def test_select_in_each_tabular_format(store: Store, accept: str, body: bytes) -> None:
    result = store.public_query(f"SELECT ?n WHERE {{ <{EX}q2> <{EX}number> ?n }}", accept)
    assert (result.media_type, result.body) == (accept, body)


def test_select_as_xml(store: Store) -> None:
    query = f"SELECT ?t WHERE {{ <{EX}q1> <{EX}title> ?t }}"
    result = store.public_query(query, "application/sparql-results+xml")
    assert b'<literal xml:lang="nl">Kosten van contacten</literal>' in result.body


@pytest.mark.parametrize(("accept", "answer"), [
    ("application/sparql-results+json", b'{"head":{},"boolean":true}'),
    ("application/sparql-results+xml", b"<boolean>true</boolean>"),
])
def test_ask_as_json_and_xml(store: Store, accept: str, answer: bytes) -> None:
    assert answer in store.public_query(f"ASK {{ <{EX}q1> a <{EX}Question> }}", accept).body


@pytest.mark.parametrize(("accept", "rdflib_format"), [
    ("text/turtle", "turtle"),
    ("application/n-triples", "nt"),
    ("application/rdf+xml", "xml"),
    ("application/ld+json", "json-ld"),
])
def test_construct_in_each_graph_format(store: Store, accept: str, rdflib_format: str) -> None:
    result = store.public_query(f"DESCRIBE <{EX}q2>", accept)
    assert result.media_type == accept
    graph = rdflib.Graph().parse(data=result.body, format=rdflib_format)
    assert (URIRef(f"{EX}q2"), URIRef(f"{EX}title"), Literal("Tweede vraag")) in graph
    assert len(graph) == 3


def test_json_ld_reads_in_a_second_processor(store: Store) -> None:
    result = store.public_query(f"CONSTRUCT WHERE {{ <{EX}q2> ?p ?o }}", "application/ld+json")
    nquads = jsonld.to_rdf(json.loads(result.body), {"format": "application/n-quads"})
    assert f'<{EX}q2> <{EX}title> "Tweede vraag" .' in nquads


def test_over_the_cap_is_a_422_suggesting_limit(store: Store) -> None:
    with pytest.raises(QueryError) as caught:
        store.public_query("SELECT * WHERE { ?s ?p ?o }", None)
    assert caught.value.status == 422
    assert "LIMIT" in caught.value.message
    assert store.public_query("SELECT * WHERE { ?s ?p ?o } LIMIT 5", "text/csv").body.count(b"\r\n") == 6


def test_a_construct_over_the_cap_is_a_422(store: Store) -> None:
    with pytest.raises(QueryError) as caught:
        store.public_query("CONSTRUCT WHERE { ?s ?p ?o }", None)
    assert caught.value.status == 422


def test_a_syntax_error_is_a_400_with_the_parsers_message(store: Store) -> None:
    with pytest.raises(QueryError) as caught:
        store.public_query("SELECT * WHERE { ?s ?p }", None)
    assert caught.value.status == 400
    assert len(caught.value.message) > 10
    assert "Traceback" not in caught.value.message


@pytest.mark.parametrize("query", [
    "SELECT * { SERVICE <http://127.0.0.1:9/sparql> { ?s ?p ?o } }",
    "DELETE WHERE { ?s ?p ?o }",
])
def test_refusals_come_before_execution(store: Store, query: str) -> None:
    with pytest.raises(QueryError) as caught:
        store.public_query(query, None)
    assert caught.value.status == 403
    assert store.select(f"SELECT ?q {{ ?q a <{EX}Question> }}")  # nothing was deleted


def test_relative_iris_resolve_against_the_base(store: Store) -> None:
    result = store.public_query("SELECT ?t WHERE { <q2> <title> ?t }", "text/csv")
    assert result.body == b"t\r\nTweede vraag\r\n"
    query = "BASE <http://elders.example/> SELECT ?t WHERE { <q2> <title> ?t }"
    assert store.public_query(query, "text/csv").body == b"t\r\n"


def test_protocol_dataset_overrides_from(store: Store) -> None:
    needs_named_graphs()
    query = f"ASK FROM <{KASEI}data3.rdf> {{ <{KASEI}data1.rdf> a ?type }}"
    assert b"false" in store.public_query(query, None).body
    assert b"true" in store.public_query(query, None, [f"{KASEI}data1.rdf"]).body


def test_named_graph_uris_limit_graph(store: Store) -> None:
    needs_named_graphs()
    query = "SELECT ?g WHERE { GRAPH ?g { ?s a ?type } } ORDER BY ?g"
    result = store.public_query(query, "text/csv", (), [f"{KASEI}data2.rdf", f"{KASEI}data3.rdf"])
    assert result.body == f"g\r\n{KASEI}data2.rdf\r\n{KASEI}data3.rdf\r\n".encode()


def test_local_and_remote_give_the_same_bytes(local_store: LocalStore, remote_store: RemoteStore) -> None:
    for query, accept in [
        (f"SELECT ?q ?t WHERE {{ ?q <{EX}title> ?t }} ORDER BY ?q", "application/sparql-results+xml"),
        (f"CONSTRUCT WHERE {{ <{EX}q1> <{EX}title> ?t }}", "text/turtle"),
        (f"ASK {{ <{EX}q3> ?p ?o }}", None),
    ]:
        assert local_store.public_query(query, accept) == remote_store.public_query(query, accept)


def test_local_version_is_the_build_id(local_store: LocalStore) -> None:
    assert local_store.version() == "2026-11-23T14-00-00"


def test_remote_load_replaces_the_default_graph_and_records_the_version(tmp_path: Path) -> None:
    (tmp_path / "old.nt").write_text(f"<{EX}old> <{EX}p> <{EX}o> .\n")
    (tmp_path / "new.nt").write_text(f'<{EX}new> <{EX}p> "nieuw" .\n<{EX}new> <{EX}q> "2" .\n')
    with oxigraph_server(tmp_path / "empty") as url:
        store = RemoteStore(f"{url}/query", limits=LIMITS, recheck=0)
        store.load(tmp_path / "old.nt", version="build-1")
        assert store.version() == "build-1"
        store.load(tmp_path / "new.nt", version="build-2")
        assert store.version() == "build-2"
        rows = store.select("SELECT ?s (COUNT(*) AS ?n) WHERE { ?s ?p ?o } GROUP BY ?s")
    assert rows == [{"s": URIRef(f"{EX}new"), "n": Literal(2, datatype=INTEGER)}]


def test_an_unreachable_remote_store_is_a_503() -> None:
    store = RemoteStore(f"http://127.0.0.1:{free_port()}/query", limits=LIMITS)
    with pytest.raises(QueryError) as caught:
        store.public_query("ASK {}", None)
    assert caught.value.status == 503


AWKWARD = """
@prefix ex: <http://example.org/> .
ex:s ex:p "quote \\" backslash \\\\ newline \\n tab \\t return \\r bell \\u0007 backspace \\b feed \\f",
    "nul \\u0000 del \\u007f line sep \\u2028 é 中 😀 </script>", "Kosten"@nl-BE, 42, 1.5, true,
    "2024-01-01"^^<http://www.w3.org/2001/XMLSchema#date>, "x"^^ex:custom, _:b, ex:o, ""  .
ex:s ex:q ex:o .
"""


def test_select_json_is_byte_for_byte_what_oxigraph_writes(tmp_path: Path) -> None:
    """The JSON a public query answers is written by us (no second parse) and must equal Oxigraph's own."""
    import pyoxigraph as ox

    from vlaq_lod.store.formats import BY_NAME, encode

    store = ox.Store.read_only(str(make_store(tmp_path / "store", AWKWARD)))
    for query in ("SELECT ?p ?o ?unbound WHERE { ?s ?p ?o } ORDER BY ?p ?o", "SELECT * WHERE { ?s ?p ?o }",
                  "SELECT ?nothing WHERE { FILTER(false) }", "ASK { ?s ?p ?o }", "ASK { ?s ?p 43 }"):
        ours = encode(store.query(query), BY_NAME["json"], cap=100).body
        assert ours == store.query(query).serialize(format=ox.QueryResultsFormat.JSON), query


ROWS = "SELECT ?unbound WHERE { VALUES ?n { 1 2 3 4 5 6 } }"  # six rows of {}: nothing is bound


def test_a_workers_answer_is_oxigraphs_own_serialisation(tmp_path: Path) -> None:
    """Query workers pass Oxigraph's SPARQL JSON on as written, the awkward literals included."""
    import pyoxigraph as ox

    from vlaq_lod.store.workers import Job, answer

    store = ox.Store.read_only(str(make_store(tmp_path / "store", AWKWARD)))
    for query in ("SELECT ?p ?o ?unbound WHERE { ?s ?p ?o } ORDER BY ?p ?o", "SELECT * WHERE { ?s ?p ?o }"):
        body = answer(store, Job("", query, "json", (), (), 100)).body
        assert body == store.query(query).serialize(format=ox.QueryResultsFormat.JSON), query


@pytest.mark.parametrize("budget", [1 << 20, 10], ids=["in the buffer", "outgrowing it"])
def test_the_cap_is_exact_whether_or_not_the_result_outgrows_the_buffer(tmp_path: Path, budget: int) -> None:
    """Six rows of ``{}``, the shortest rows there are: the cap lets five through, not six, both when the
    rows are counted in Oxigraph's JSON and when an outgrown result is run again and counted row by row."""
    import pyoxigraph as ox

    from vlaq_lod.store.workers import Job, answer

    store = ox.Store.read_only(str(make_store(tmp_path / "store", DATA)))
    full = store.query(ROWS).serialize(format=ox.QueryResultsFormat.JSON)
    assert answer(store, Job("", ROWS, "json", (), (), 6), budget).body == full
    with pytest.raises(QueryError) as caught:
        answer(store, Job("", ROWS, "json", (), (), 5), budget)
    assert caught.value.status == 422
    tsv = answer(store, Job("", ROWS, "tsv", (), (), 6), budget).body
    assert tsv == store.query(ROWS).serialize(format=ox.QueryResultsFormat.TSV)
