"""The refusals happen on keywords, not on text that merely looks like one."""

from __future__ import annotations

import pytest

from vlaq_lod.store import QueryError
from vlaq_lod.store.guard import keywords, plan, query_form

REFUSED_UPDATES = [
    "INSERT DATA { <http://a> <http://b> <http://c> }",
    "DELETE WHERE { ?s ?p ?o }",
    "LOAD <http://example.org/data.ttl>",
    "CLEAR ALL",
    "clear default",
    "CREATE GRAPH <http://g>",
    "DROP GRAPH <http://g>",
    "COPY DEFAULT TO <http://g>",
    "MOVE <http://a> TO <http://b>",
    "ADD <http://a> TO <http://b>",
    "PREFIX ex: <http://e/> WITH <http://g> DELETE { ?s ex:p ?o } WHERE { ?s ex:p ?o }",
    "SELECT * { ?s ?p ?o } ; INSERT DATA { <http://a> <http://b> <http://c> }",
    r"\u0049NSERT DATA { <http://a> <http://b> <http://c> }",  # codepoint escapes apply before parsing
]

REFUSED_SERVICE = [
    "SELECT * { SERVICE <http://dbpedia.org/sparql> { ?s ?p ?o } }",
    "SELECT * { service silent <http://x/sparql> { ?s ?p ?o } }",
    "SELECT * { SERVICE ?endpoint { ?s ?p ?o } VALUES ?endpoint { <http://x/> } }",
    r"SELECT * { \u0053ERVICE <http://x/sparql> { ?s ?p ?o } }",
    r"SELECT * { SERVIC\U00000045 <http://x/sparql> { ?s ?p ?o } }",
]

# Each contains an update or SERVICE word where it is not a keyword.
ALLOWED = [
    ('SELECT ?service WHERE { ?service ?p "SERVICE" }', "SELECT"),
    ("SELECT $insert { $insert <http://e/delete> ?drop }", "SELECT"),
    ("PREFIX load: <http://e/> SELECT * { ?s load:clear ?o ; load:service ?x }", "SELECT"),
    ("PREFIX : <http://e/> ASK { :insert :delete :drop }", "ASK"),
    ("# DELETE everything\nSELECT * { ?s ?p ?o }", "SELECT"),
    ('SELECT * { ?s ?p """multi\nline INSERT "quoted" DROP""" }', "SELECT"),
    ("SELECT * { ?s ?p 'it''s' . ?s ?p 'SERVICE' }", "SELECT"),
    ("CONSTRUCT { ?s <http://e/copy> ?o } WHERE { ?s <http://e/MOVE#ADD> ?o }", "CONSTRUCT"),
    ('DESCRIBE <http://e/service> ?x WHERE { ?x ?p "with"@en }', "DESCRIBE"),
    ("SELECT * { ?a ?p ?b FILTER(?a < ?b && ?b > 1) }", "SELECT"),
    ("PREFIX with: <http://e/> SELECT (COUNT(*) AS ?using) { ?s with:add ?o }", "SELECT"),
]


@pytest.mark.parametrize("query", REFUSED_UPDATES)
def test_updates_are_refused_with_403(query: str) -> None:
    with pytest.raises(QueryError) as caught:
        query_form(query)
    assert caught.value.status == 403
    assert "read-only" in caught.value.message


@pytest.mark.parametrize("query", REFUSED_SERVICE)
def test_service_is_refused_with_403(query: str) -> None:
    with pytest.raises(QueryError) as caught:
        query_form(query)
    assert caught.value.status == 403
    assert "SERVICE" in caught.value.message


@pytest.mark.parametrize(("query", "form"), ALLOWED)
def test_lookalikes_are_not_refused(query: str, form: str) -> None:
    assert query_form(query) == form


def test_keywords_skip_strings_iris_comments_variables_and_names() -> None:
    query = 'PREFIX ex: <http://e/INSERT> SELECT ?load { ?load ex:drop "CLEAR" } # SERVICE'
    assert keywords(query) == ["PREFIX", "SELECT"]


def test_a_text_without_query_form_is_a_400() -> None:
    with pytest.raises(QueryError) as caught:
        query_form("PREFIX ex: <http://e/>")
    assert caught.value.status == 400


def test_a_relative_dataset_iri_is_a_400() -> None:
    with pytest.raises(QueryError) as caught:
        plan("ASK {}", None, ["data1.rdf"], [])
    assert caught.value.status == 400
    assert "default-graph-uri" in caught.value.message


@pytest.mark.parametrize(("accept", "query", "media_type"), [
    (None, "SELECT * {}", "application/sparql-results+json"),
    (None, "ASK {}", "application/sparql-results+json"),
    (None, "CONSTRUCT WHERE {}", "text/turtle"),
    ("*/*", "DESCRIBE <http://e/>", "text/turtle"),
    ("text/csv;q=0.5, application/sparql-results+xml;q=0.4", "SELECT * {}", "text/csv"),
    ("text/tab-separated-values", "SELECT * {}", "text/tab-separated-values"),
    ("application/json", "CONSTRUCT WHERE {}", "application/ld+json"),
    ("application/json", "SELECT * {}", "application/sparql-results+json"),
    ("application/rdf+xml, text/turtle;q=0.9", "CONSTRUCT WHERE {}", "application/rdf+xml"),
    ("text/*;q=0.1, application/n-triples", "CONSTRUCT WHERE {}", "application/n-triples"),
])
def test_the_format_follows_accept_with_q_values(accept: str | None, query: str, media_type: str) -> None:
    assert plan(query, accept, [], []).media_type == media_type


@pytest.mark.parametrize(("accept", "query"), [
    ("text/csv", "CONSTRUCT WHERE {}"),  # an ASK may be CSV or TSV (one line, true or false)
    ("text/turtle", "SELECT * {}"),
    ("application/sparql-results+json", "CONSTRUCT WHERE {}"),
    ("image/png", "SELECT * {}"),
    ("text/csv;q=0", "SELECT * {} "),
])
def test_nothing_acceptable_is_a_406(accept: str, query: str) -> None:
    with pytest.raises(QueryError) as caught:
        plan(query, accept, [], [])
    assert caught.value.status == 406
