"""The refusals happen on keywords, not on text that merely looks like one; the guard reads a query in
time linear in its length, and refuses a query nested too deep or built too large for the engine."""

from __future__ import annotations

import contextlib
import time

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from vlaq_lod.store import QueryError
from vlaq_lod.store.guard import MAX_DEPTH, MAX_SIZE, keywords, lex, plan, query_form
from vlaq_lod.web.sparql import examples

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
    # an escaped line end inside a string: applied first, it ends the string early and the rest reads as
    # quoted; Oxigraph keeps the string whole and runs the SERVICE (it reached the network)
    r"SELECT * { ?s ?p 'a\u000a' . SERVICE <http://x/sparql> { ?s ?p ?o } } #'",
    r'SELECT * { ?s ?p "a\u000D" . SERVICE <http://x/sparql> { ?s ?p ?o } } #"',
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


# --- linear in the query's length -----------------------------------------------------------------

# Shapes that made the old scan quadratic or that make any scan do work per character: runs of name
# characters without a colon, colons, dots, quotes that open no string, escaped quotes after a failed
# string, long-string openers that never close, `<` that opens no IRI, nested and flat brackets.
ADVERSARIAL = ["-", ":", ".", "'", '"', "'''", '"""', "\\'", "'''\\", "<", "<-", "{", "}", "(", ")", "[",
               "a", " ", "?", "@", "$", "_:", "1e", "#", "\n", "x:", "\\", "é", "SERVICE", "'a", '"\\"']
MEGABYTE = 1_000_000


def adversarial(parts: list[str], size: int = MEGABYTE) -> str:
    unit = "".join(parts)
    return "ASK {} " + unit * (size // len(unit))


@settings(max_examples=40, deadline=None)
@given(parts=st.lists(st.sampled_from(ADVERSARIAL), min_size=1, max_size=6))
def test_an_adversarial_megabyte_is_judged_in_well_under_a_second(parts: list[str]) -> None:
    """Any repetition of the shapes that defeat a backtracking scan, 1 MB long (the request size limit),
    is judged quickly. The bound is loose on purpose (a shared machine; the figure itself is measured
    by bench/guard_bench.py): the old scan took 13 s for 100 kB of ``-``, and minutes for 1 MB."""
    query = adversarial(parts)
    started = time.perf_counter()
    with contextlib.suppress(QueryError):
        plan(query, None, [], [])
    assert time.perf_counter() - started < 2.0


@pytest.mark.parametrize("unit", ["-", "'\\", "'''\\", "<-", "a "])
def test_the_guard_reads_each_character_a_bounded_number_of_times(unit: str) -> None:
    """Doubling a 500 kB adversarial query at most doubles the guard's time (plus noise): a quadratic
    scan would take four times as long. Timed three times each, the fastest kept."""
    def fastest(size: int) -> float:
        query = adversarial([unit], size)
        runs = []
        for _ in range(3):
            started = time.perf_counter()
            lex(query)
            runs.append(time.perf_counter() - started)
        return min(runs)

    assert fastest(MEGABYTE) < 3 * fastest(MEGABYTE // 2) + 0.05


def test_a_long_run_hides_no_keyword_and_invents_none() -> None:
    assert keywords("ASK {} " + "-" * 100_000 + " SERVICE") == ["ASK", "SERVICE"]
    assert keywords("ASK {} " + "'\\" * 50_000 + "\n SERVICE") == ["ASK", "SERVICE"]
    assert keywords("ASK { " + "ex-a. " * 20_000 + "ex:insert }") == ["ASK", *["EX-A"] * 20_000]
    assert keywords("ASK { " + "ex-a." * 20_000 + "ex:insert }") == ["ASK"]  # one prefixed name


# --- nesting ---------------------------------------------------------------------------------------


def test_real_queries_are_far_below_the_nesting_limits() -> None:
    """The example queries shipped with the endpoint (the largest real queries we know) use a tenth of
    the limits at most."""
    for example in examples("http://localhost:8000"):
        lexed = lex(example.query)
        assert lexed.depth * 10 <= MAX_DEPTH and lexed.size * 10 <= MAX_SIZE, example.title


@pytest.mark.parametrize("query", [
    "SELECT * WHERE " + "{ " * (MAX_DEPTH + 1) + "?s ?p ?o" + " }" * (MAX_DEPTH + 1),
    "SELECT * { ?s ?p ?o FILTER(" + "(" * (MAX_DEPTH + 1) + "?o" + ")" * (MAX_DEPTH + 1) + ") }",
    "SELECT * WHERE " + "{ SELECT * WHERE " * MAX_DEPTH + "{ ?s ?p ?o }" + " }" * MAX_DEPTH,
    "SELECT * { " + "OPTIONAL { ?s ?p ?o " * (MAX_DEPTH + 1) + "}" * (MAX_DEPTH + 1) + " }",
    "SELECT (" + "CONCAT(" * MAX_DEPTH + "'a'" + ")" * MAX_DEPTH + " AS ?x) {}",
    "ASK { ?s ?p " + "[ <http://a> " * (MAX_DEPTH + 1) + "1" + " ]" * (MAX_DEPTH + 1) + " }",
])
def test_too_deep_a_query_is_a_400_naming_the_limit(query: str) -> None:
    with pytest.raises(QueryError) as caught:
        plan(query, None, [], [])
    assert caught.value.status == 400
    assert f"at most {MAX_DEPTH}" in caught.value.message


@pytest.mark.parametrize("query", [
    "ASK { " + " UNION ".join(["{ ?s ?p ?o }"] * MAX_SIZE) + " }",
    "ASK { ?s ?p ?o " + "".join(f"BIND(1 AS ?x{i}) " for i in range(MAX_SIZE // 2)) + "}",
    "ASK { " + "?s ?p ?o . " * MAX_SIZE + "}",
    "ASK { FILTER(" + "||".join(["true"] * MAX_SIZE) + ") }",
    "ASK { ?s ?p " + ",".join(["1"] * MAX_SIZE) + " }",
])
def test_too_large_a_query_is_a_400_naming_the_limit(query: str) -> None:
    with pytest.raises(QueryError) as caught:
        plan(query, None, [], [])
    assert caught.value.status == 400
    assert f"at most {MAX_SIZE:,}".replace(",", "") in caught.value.message.replace(",", "")


def test_a_long_flat_list_of_values_is_no_nesting() -> None:
    """VALUES and IN lists, strings and IRIs are data, not structure: 30,000 of them pass."""
    values = " ".join(f"<http://e/{i}>" for i in range(30_000))
    assert plan(f"SELECT * {{ VALUES ?x {{ {values} }} }}", None, [], []).name == "json"
