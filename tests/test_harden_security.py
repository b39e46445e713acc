"""Security of the served app: script in the data stays text, headers on every answer, no outbound
requests, no path traversal, size limits, no debug output, CORS without credentials.

Everything runs against real parts: builds of real source documents (one fixture document
carries ``<script>alert(1)</script>``), gunicorn on 127.0.0.1, Debian's chromium, and a
TCP listener that counts the connections a refused ``SERVICE`` or ``LOAD`` would open.
"""

from __future__ import annotations

import re
import shutil
import socket
import threading
import urllib.parse
from collections.abc import Iterator
from pathlib import Path

import pyoxigraph as ox
import pytest
from flask import Flask
from hypothesis import given, settings
from hypothesis import strategies as st

from servers import live_app
from test_harden_fuzz import leaked, raw_request
from test_web_browser import browser  # noqa: F401  (the module-scoped chromium fixture, reused)
from vlaq_lod.settings import PROJECT_ROOT
from vlaq_lod.store import QueryError
from vlaq_lod.store.guard import query_form

HARDEN = Path(__file__).parent / "fixtures" / "harden"
SCRIPT = "<script>alert(1)</script>"
XSS_QUESTION = "/doc/vraag/2023-2024-235-zuhal-demir"
QUESTION = "/doc/vraag/2021-2022-313-jan-jambon"


@pytest.fixture(scope="module")
def xss_out(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A build of the fixture document whose title and answer hold a script element."""
    from vlaq_lod.build.pipeline import BuildConfig, build

    out = tmp_path_factory.mktemp("xss") / "build"
    build(BuildConfig(HARDEN / "xss", out, "http://localhost:8000"))
    return out


@pytest.fixture(scope="module")
def xss_server(xss_out: Path) -> Iterator[str]:
    with live_app(xss_out) as url:
        yield url


# --- 1. data is text, never markup -------------------------------------------------------------


@pytest.mark.browser
@pytest.mark.parametrize("path", ["/", XSS_QUESTION, XSS_QUESTION + "?x=<script>alert(1)</script>",
                                  "/doc/vraag/%3Cscript%3Ealert(1)%3C%2Fscript%3E"])
def test_script_in_the_data_is_shown_as_text_in_a_real_browser(browser, xss_server, path):  # noqa: F811
    context = browser.new_context()
    page = context.new_page()
    dialogs: list[str] = []
    page.on("dialog", lambda dialog: (dialogs.append(dialog.message), dialog.dismiss()))
    page.goto(xss_server + path)
    page.wait_for_load_state("load")
    text = page.locator("body").inner_text()
    executed = page.evaluate("document.querySelectorAll('body script:not([type])').length")
    context.close()
    assert dialogs == []
    assert executed == 0
    assert SCRIPT in text  # the words as written, visible to the reader


@pytest.mark.browser
def test_script_in_a_query_result_is_shown_as_text_in_the_sparql_editor(browser, xss_server):  # noqa: F811
    """YASGUI renders result literals itself (client side): the title comes back as text there too."""
    context = browser.new_context()
    page = context.new_page()
    dialogs: list[str] = []
    page.on("dialog", lambda dialog: (dialogs.append(dialog.message), dialog.dismiss()))
    page.goto(xss_server + "/sparql")
    page.wait_for_function("window.yasgui !== undefined")
    query = 'SELECT ?name WHERE { ?q <https://schema.org/name> ?name FILTER(CONTAINS(?name, "alert")) }'
    page.evaluate("query => window.yasgui.getTab().getYasqe().setValue(query)", query)
    page.locator(".yasqe_queryButton").click()
    cell = page.locator(".yasr .dataTable tbody td", has_text="alert(1)")
    cell.first.wait_for(timeout=20000)
    text = cell.first.inner_text()
    context.close()
    assert dialogs == []
    assert SCRIPT in text


def test_the_title_and_the_answer_are_escaped_in_the_html(xss_out: Path) -> None:
    """The same without a browser, naming where each occurrence sits (h1, answer text, JSON-LD block)."""
    from vlaq_lod.web import create_app

    body = create_app({"OUT": str(xss_out)}).test_client().get(XSS_QUESTION).get_data(as_text=True)
    assert SCRIPT not in body
    assert body.count("&lt;script&gt;alert(1)&lt;/script&gt;") >= 3  # <title>, <h1>, the answer
    assert "\\u003cscript\\u003e" in body  # inside the JSON-LD block, '<' may not close the element


# --- 2. headers on every kind of answer ------------------------------------------------------------

RESPONSES = {
    "html page": ("GET", QUESTION, {"Accept": "text/html"}, b""),
    "rdf document": ("GET", QUESTION, {"Accept": "text/turtle"}, b""),
    "jsonld": ("GET", QUESTION + ".jsonld", {}, b""),
    "303": ("GET", "/id/vraag/2021-2022-313-jan-jambon", {}, b""),
    "404": ("GET", "/doc/vraag/nee", {}, b""),
    "404 rdf": ("GET", "/doc/vraag/nee.ttl", {}, b""),
    "405": ("DELETE", QUESTION, {}, b""),
    "406": ("GET", QUESTION, {"Accept": "image/png"}, b""),
    "413": ("POST", "/sparql", {"Content-Type": "application/sparql-query"}, b"q" * 1_100_000),
    "sparql result": ("GET", "/sparql?query=ASK%7B%7D", {}, b""),
    "sparql error": ("GET", "/sparql?query=SELECT", {}, b""),
    "sparql refused": ("GET", "/sparql?query=SELECT%20*%7BSERVICE%20%3Chttp://x/%3E%7B%7D%7D", {}, b""),
    "dump": ("GET", "/dumps/vlaq.nt.gz", {}, b""),
    "dump listing": ("GET", "/dumps/", {}, b""),
    "static": ("GET", "/static/vlaq.css", {}, b""),
    "yasgui static": ("GET", "/sparql/yasgui/start.js", {}, b""),
    "sitemap": ("GET", "/sitemap.xml", {}, b""),
    "robots": ("GET", "/robots.txt", {}, b""),
}


def http(base: str, method: str, path: str, headers: dict[str, str],
         body: bytes = b"") -> tuple[int, dict, bytes]:
    """One request over a fresh connection, as sent (``Connection: close``)."""
    head = "".join(f"{k}: {v}\r\n" for k, v in {"Host": "127.0.0.1", "Connection": "close",
                                                 "Content-Length": str(len(body)), **headers}.items())
    status, raw_headers, data = raw_request(base, f"{method} {path} HTTP/1.1\r\n{head}\r\n".encode() + body)
    parsed = {}
    for line in raw_headers.split("\r\n"):
        name, _, value = line.partition(":")
        parsed[name.strip().lower()] = value.strip()
    return status, parsed, data


@pytest.mark.parametrize("kind", RESPONSES)
def test_security_headers_on_every_kind_of_answer_over_the_wire(live_server: str, kind: str) -> None:
    method, path, headers, body = RESPONSES[kind]
    status, got, data = http(live_server, method, path, headers, body)
    assert (kind == "303") == (status == 303) and (kind == "413") == (status == 413)
    assert "default-src 'self'" in got["content-security-policy"]
    assert "frame-ancestors 'none'" in got["content-security-policy"]
    assert "script-src 'self'" in got["content-security-policy"]
    assert got["x-content-type-options"] == "nosniff"
    assert got["x-frame-options"] == "DENY"
    assert got["referrer-policy"] == "strict-origin-when-cross-origin"
    assert "set-cookie" not in got and "access-control-allow-credentials" not in got
    assert not leaked(status, "", data, "")


# --- 3. no request ever leaves the server ------------------------------------------------------------


@pytest.fixture
def listener() -> Iterator[tuple[int, list[bytes]]]:
    """A TCP server on 127.0.0.1 that records every connection it gets (and what was sent), then closes it."""
    server = socket.create_server(("127.0.0.1", 0))
    server.settimeout(0.2)
    seen: list[bytes] = []
    stop = threading.Event()

    def accept() -> None:
        while not stop.is_set():
            try:
                connection, _ = server.accept()
            except TimeoutError:
                continue
            with connection:
                connection.settimeout(1)
                try:
                    seen.append(connection.recv(4096))
                except OSError:
                    seen.append(b"")

    thread = threading.Thread(target=accept, daemon=True)
    thread.start()
    yield server.getsockname()[1], seen
    stop.set()
    thread.join(5)
    server.close()


def outbound_queries(target: str) -> list[str]:
    """Every way we know to make a SPARQL engine open a connection, aimed at ``target``."""
    return [
        f"SELECT * WHERE {{ SERVICE <{target}> {{ ?s ?p ?o }} }}",
        f"select * where {{ service silent <{target}> {{ ?s ?p ?o }} }}",
        f"SELECT * WHERE {{ \\u0053ERVICE <{target}> {{ ?s ?p ?o }} }}",
        f"SELECT * WHERE {{ SERVICE\t<{target}>{{?s ?p ?o}} }}",
        f"PREFIX t: <{target}> SELECT * WHERE {{ SERVICE t: {{ ?s ?p ?o }} }}",
        f"SELECT * WHERE {{ BIND(<{target}> AS ?u) SERVICE ?u {{ ?s ?p ?o }} }}",
        f"LOAD <{target}>",
        f"LOAD SILENT <{target}> INTO GRAPH <urn:x>",
        f"SELECT * FROM <{target}> WHERE {{ ?s ?p ?o }} LIMIT 1",
        f"SELECT * FROM NAMED <{target}> WHERE {{ GRAPH ?g {{ ?s ?p ?o }} }} LIMIT 1",
        f"DESCRIBE <{target}>",
        f"CONSTRUCT {{ ?s ?p ?o }} WHERE {{ SERVICE <{target}> {{ ?s ?p ?o }} }}",
        f"ASK {{ FILTER(EXISTS {{ SERVICE <{target}> {{ ?s ?p ?o }} }}) }}",
        f"SELECT * WHERE {{ BIND('a\\u000a' AS ?x) SERVICE <{target}> {{ ?s ?p ?o }} }} #'",
    ]


def test_service_load_and_remote_datasets_open_no_connection(live_server: str, listener) -> None:
    port, seen = listener
    target = f"http://127.0.0.1:{port}/"
    statuses = []
    for query in outbound_queries(target):
        for method, path, body, ctype in (
            ("GET", "/sparql?" + urllib.parse.urlencode({"query": query}), b"", None),
            ("POST", "/sparql", query.encode(), "application/sparql-query"),
            ("POST", "/sparql", urllib.parse.urlencode({"update": query}).encode(),
             "application/x-www-form-urlencoded"),
        ):
            status, _, data = http(live_server, method, path, {"Content-Type": ctype} if ctype else {}, body)
            statuses.append(status)
            assert status < 500, (query, data)
    for name in ("default-graph-uri", "named-graph-uri"):
        query = urllib.parse.urlencode({"query": "SELECT * WHERE { ?s ?p ?o } LIMIT 1", name: target})
        statuses.append(http(live_server, "GET", f"/sparql?{query}", {})[0])
    assert 403 in statuses  # the refusals did happen (this is no test of a dead server)
    assert seen == [], f"the server connected to the listener: {seen!r}"


def test_the_listener_does_count_a_connection(listener) -> None:
    """The negative control: an engine that is not guarded does reach the listener."""
    port, seen = listener
    store = ox.Store()
    with pytest.raises(OSError):  # the listener closes at once: the federated call fails
        list(store.query(f"SELECT * WHERE {{ SERVICE <http://127.0.0.1:{port}/> {{ ?s ?p ?o }} }}"))
    assert len(seen) == 1 and seen[0].split(b" ")[0] in (b"GET", b"POST")


FRAGMENTS = ["'a\\u000a'", '"b\\u000D"',  # an escaped line end: a whole string to Oxigraph
             "'a\\''", '"b\\\\"', "'''c''''", '"""d"""', "<e:f>", "# g\n", "?h", "$i", "j:k\\-", "_:l.m",
             "1.5e3", "@nl", "\\u0053", "{", "}", " ", "\n", ".", "a:", "\\"]


@settings(max_examples=200, deadline=None)
@given(before=st.lists(st.sampled_from(FRAGMENTS), max_size=8),
       after=st.lists(st.sampled_from(FRAGMENTS), max_size=4))
def test_no_text_around_service_hides_it_from_the_guard(before: list[str], after: list[str]) -> None:
    """Whatever surrounds a SERVICE clause, either the guard refuses the query or the SPARQL parser
    rejects it: the guard never reads as inert text what Oxigraph would run."""
    query = "SELECT * WHERE { " + "".join(before) + " SERVICE <http://127.0.0.1:9/> { ?s ?p ?o } " \
        + "".join(after) + " }"
    try:
        query_form(query)
    except QueryError:
        return
    with pytest.raises(SyntaxError):
        ox.Store().query(query)  # parsing fails before any connection; port 9 (discard) either way


# --- 4. no path traversal ---------------------------------------------------------------------------

TRAVERSALS = [
    "{r}../build.json", "{r}%2e%2e/build.json", "{r}%2E%2E%2Fbuild.json", "{r}%252e%252e%252fbuild.json",
    "{r}..%2fbuild.json", "{r}..%5cbuild.json", "{r}.%2e/build.json", "{r}%c0%ae%c0%ae/build.json",
    "{r}../../secret.txt", "{r}%2e%2e/%2e%2e/secret.txt", "{r}..%2f..%2fsecret.txt", "{r}/etc/passwd",
    "{r}%2fetc%2fpasswd", "{r}..%2f..%2f..%2f..%2f..%2f..%2fetc%2fpasswd", "{r}....//....//secret.txt",
    "{r}..;/build.json", "{r}%00../build.json", "{r}../settings.py", "{r}../../vlaq_lod/settings.py",
    "{r}..%2f..%2fsettings.py", "{r}..%252f..%252fsettings.py",
]
ROUTES = ["/static/", "/dumps/", "/dumps/csv/", "/doc/", "/id/", "/def/", "/def/vlaq.", "/sparql/yasgui/",
          "/catalog.", "/ldes/pagina/"]
SECRETS = (b"traversal-canary", b'"base_uri"', b"root:x:0:0", b"SETTINGS: tuple")


@pytest.fixture(scope="module")
def canary_app(seed_out: Path, tmp_path_factory: pytest.TempPathFactory) -> Flask:
    """The app over a copy of the seed build with a canary file in OUT and one next to OUT."""
    from vlaq_lod.web import create_app

    out = tmp_path_factory.mktemp("canary") / "build"
    shutil.copytree(seed_out, out, symlinks=True)
    (out / "secret.txt").write_text("traversal-canary")
    (out.parent / "secret.txt").write_text("traversal-canary")
    return create_app({"OUT": str(out)})


@pytest.mark.parametrize("route", ROUTES)
def test_no_path_traversal(canary_app: Flask, route: str) -> None:
    client = canary_app.test_client()
    for template in TRAVERSALS:
        path = template.format(r=route)
        raw, _, query = path.partition("?")
        environ = {"PATH_INFO": urllib.parse.unquote_to_bytes(raw).decode("latin-1"), "QUERY_STRING": query}
        response = client.get("/", environ_overrides=environ, follow_redirects=True)
        assert response.status_code in (400, 404, 405, 406), (path, response.status_code)
        assert not any(secret in response.data for secret in SECRETS), path


def test_no_path_traversal_over_the_wire(live_server: str) -> None:
    """The same through gunicorn, which hands the raw path over undecoded dots included."""
    for route in ROUTES:
        for template in TRAVERSALS:
            path = template.format(r=route)
            status, _, data = http(live_server, "GET", path, {})
            assert status in (303, 308, 400, 404, 405, 406), (path, status)
            assert not any(secret in data for secret in SECRETS), path


# --- 5. size limits -----------------------------------------------------------------------------------


def test_a_body_over_the_limit_is_413_over_the_wire(live_server: str) -> None:
    status, _, data = http(live_server, "POST", "/sparql", {"Content-Type": "application/sparql-query"},
                           b"ASK {}" + b" " * 1_000_000)
    assert status == 413 and b"Traceback" not in data


def test_a_huge_request_line_or_header_is_refused_not_crashed(live_server: str) -> None:
    status, _, _ = http(live_server, "GET", "/sparql?query=" + "x" * 100_000, {})
    assert 400 <= status < 500
    status, _, _ = http(live_server, "GET", "/", {"Accept": "text/html," * 10_000})
    assert 400 <= status < 500


def test_a_result_over_the_cap_is_refused_whole(seed_out: Path) -> None:
    from vlaq_lod.web import create_app

    client = create_app({"OUT": str(seed_out), "RESULT_CAP": 100}).test_client()
    for query in ("SELECT * WHERE { ?s ?p ?o }", "CONSTRUCT WHERE { ?s ?p ?o }"):
        response = client.get("/sparql", query_string={"query": query})
        assert response.status_code == 422 and b"more than 100" in response.data
    assert client.get("/sparql", query_string={"query": "SELECT * { ?s ?p ?o } LIMIT 100"}).status_code == 200


# --- 6. no debug mode, no stack traces ----------------------------------------------------------------


@pytest.fixture(scope="module")
def broken_server(seed_out: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """gunicorn over a copy of the seed build whose vocabulary file is corrupt: /def/vlaq fails inside."""
    out = tmp_path_factory.mktemp("broken") / "build"
    shutil.copytree(seed_out, out, symlinks=True)
    ontology = (out / "current").resolve() / "ontology.ttl"
    ontology.write_text("@prefix broken <nope> . this is not turtle {")
    with live_app(out) as url:
        yield url


def test_an_internal_error_is_a_plain_500_without_trace_or_debugger(broken_server: str) -> None:
    for accept in ("text/html", "text/turtle", "application/ld+json"):
        status, headers, data = http(broken_server, "GET", "/def/vlaq", {"Accept": accept})
        assert status == 500
        assert leaked(200, "\n".join(f"{k}: {v}" for k, v in headers.items()), data, "") == []
        assert b"Werkzeug" not in data and b"debugger" not in data.lower() and b"BadSyntax" not in data
        assert b"De server kon dit verzoek niet beantwoorden." in data
    assert http(broken_server, "GET", QUESTION, {})[0] == 200  # the rest of the site is unaffected


def test_serve_runs_without_debug_mode(seed_out: Path) -> None:
    from vlaq_lod.web import create_app

    app = create_app({"OUT": str(seed_out)})
    assert app.debug is False and not app.config["TESTING"] and not app.config.get("PROPAGATE_EXCEPTIONS")


# --- 7. CORS: open for reading, never with credentials, never for writing ------------------------------


def test_cors_is_read_only_and_without_credentials(live_server: str) -> None:
    """Every answer may be read from another origin (public data, no cookies, no login), but no origin is
    granted credentials; a preflight grants reading: GET and HEAD, and POST on /sparql (queries; updates
    are 403)."""
    origin = {"Origin": "https://elsewhere.example"}
    for path in ("/", QUESTION, "/dumps/vlaq.ttl", "/sparql?query=ASK%7B%7D", "/doc/dataset/contacten-1700"):
        status, headers, _ = http(live_server, "GET", path, origin)
        assert headers.get("access-control-allow-origin") == "*"
        assert "access-control-allow-credentials" not in headers and "set-cookie" not in headers
    preflight = {**origin, "Access-Control-Request-Method": "PUT"}
    _, sparql, _ = http(live_server, "OPTIONS", "/sparql", preflight)
    allowed = set(sparql["access-control-allow-methods"].replace(" ", "").split(","))
    assert allowed == {"GET", "HEAD", "POST", "OPTIONS"}
    _, page, _ = http(live_server, "OPTIONS", QUESTION, preflight)
    assert set(page["access-control-allow-methods"].replace(" ", "").split(",")) == {"GET", "HEAD", "OPTIONS"}
    for method in ("PUT", "DELETE", "PATCH"):
        assert http(live_server, method, QUESTION, origin)[0] == 405
        assert http(live_server, method, "/sparql", origin)[0] == 405


def test_every_form_reads_with_get(seed_out: Path) -> None:
    """The HTML forms (dataset filters, the search box in the header) change nothing: GET, to a page."""
    from vlaq_lod.web import create_app

    body = create_app({"OUT": str(seed_out)}).test_client().get("/doc/dataset/contacten-1700").get_data(True)
    forms = re.findall(r"<form[^>]*>", body)
    assert len(forms) == 2 and all('method="get"' in form for form in forms)
    assert '<form class="filters" method="get"' in body and 'action="/zoeken" method="get"' in body
    assert PROJECT_ROOT.as_posix() not in body
