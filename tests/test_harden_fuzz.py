"""Hostile HTTP input never breaks the app: no 5xx (but a deliberate 503), no traceback, no internal path.

The bulk runs through the Flask test client on the real seed build (the app as
``serve`` makes it, ``TESTING`` off so errors take the production path); a
smaller run sends raw bytes over a socket to ``vlaq-lod serve`` (gunicorn), so
what gunicorn itself parses (request line, headers) is covered too.
"""

from __future__ import annotations

import re
import socket
import urllib.parse
from pathlib import Path

import pytest
from flask import Flask
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from test_store_workers import STRING_BOMB
from vlaq_lod.settings import PROJECT_ROOT

# What must never reach a client: a Python traceback or a path inside the machine.
LEAKS = ("Traceback", 'File "', '.py"', "site-packages", "/work/", str(PROJECT_ROOT), "/tmp/",
         "/usr/lib/python")
QUESTION = "vraag/2021-2022-313-jan-jambon"
# What gunicorn puts in a header (its HEADER_VALUE_RE): anything else is its own 500, after the app.
HEADER_VALUE = re.compile(r"[ \t\x21-\x7e\x80-\xff]*")
FUZZ = settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
LIVE = settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])


def leaked(status: int, headers: str, body: bytes, sent: str) -> list[str]:
    """What is wrong with a response: a 5xx but a deliberate 503, or a leak not echoed from ``sent``."""
    problems = []
    if status >= 500 and not (status == 503 and "retry-after" in headers.lower()):
        problems.append(f"status {status}")
    text = headers + body.decode("utf-8", "replace")
    problems += [f"leaks {marker!r}" for marker in LEAKS if marker in text and marker not in sent]
    problems += [f"header {line[:80]!r} gunicorn would not send" for line in headers.splitlines()
                 if not HEADER_VALUE.fullmatch(line)]
    return problems


# --- strategies --------------------------------------------------------------------------------

PREFIXES = ["/id/", "/doc/", "/dumps/", "/def/", "/def/vlaq", "/static/", "/sparql", "/sparql/yasgui/",
            "/ldes/pagina/", "/catalog.", "/shapes.", "/.well-known/void.", "/", "//", "/doc/" + QUESTION]
SUFFIXES = ["", ".ttl", ".jsonld", ".nt", ".rdf", ".html", ".exe", "/", "%00", "?x=1", "#frag"]
NASTY = ["..", "%2e%2e", "%252e%252e", "%2f", "%252f", "%00", "%ff", "%", "%e2%80%ae", "\u202e", "😀",
         "/etc/passwd", "..\\..\\", "C:\\", "~", ";", "'", '"', "<script>", "{", "}"]
segment = st.one_of(st.sampled_from(NASTY), st.text(max_size=20),
                    st.text(max_size=10).map(lambda s: urllib.parse.quote(s, safe="")))
paths = st.builds(lambda p, parts, s: p + "/".join(parts) + s,
                  st.sampled_from(PREFIXES), st.lists(segment, max_size=6), st.sampled_from(SUFFIXES))
long_paths = st.one_of(
    st.integers(1000, 20000).map(lambda n: "/doc/" + "a/" * (n // 2)),
    st.builds(lambda prefix, n: prefix + "a" * n, st.sampled_from(["/dumps/", "/dumps/csv/", "/static/",
                                                                  "/sparql/yasgui/", "/doc/"]),
              st.integers(200, 5000)),
    st.integers(0, 10**30).map(lambda n: f"/sitemap/{n}.xml"),
    st.integers(0, 10**30).map(lambda n: f"/ldes/pagina/{n}"),
)

MEDIA = ["text/html", "text/turtle", "application/ld+json", "application/n-triples", "application/rdf+xml",
         "*/*", "text/*", "application/sparql-results+json", "image/png", "", ";;", "*", "a/b/c", "\u00e9/x"]
q_value = st.one_of(st.one_of(st.floats(-2, 3), st.just(float("nan"))).map(lambda q: f";q={q}"),
                    st.sampled_from(["", ";q=", ";q=abc", ";q=1.0000001", ";level=1", ";q=0"]))
header_text = st.text(st.characters(codec="latin-1", exclude_characters="\r\n\x00"), max_size=200)
accepts = st.one_of(
    header_text,
    st.lists(st.builds(str.__add__, st.sampled_from(MEDIA), q_value), max_size=40).map(", ".join),
    st.integers(1, 200).map(lambda n: ", ".join(f"type{i}/sub{i};q=0.{i % 10}" for i in range(n))),
)
queries = st.dictionaries(st.text(max_size=15), st.text(max_size=40), max_size=6)

VALID = ["SELECT * WHERE { ?s ?p ?o } LIMIT 3", "ASK { ?s ?p ?o }", "CONSTRUCT WHERE { ?s ?p ?o } LIMIT 5",
         "DESCRIBE <id/vraag/2021-2022-313-jan-jambon>", "SELECT (COUNT(*) AS ?n) { ?s ?p ?o }"]
INVALID = ["SELECT", "SELECT * WHERE {", "ASK {} }", "SELECT ?x WHERE { ?x <broken }", "PREFIX : SELECT",
           "SELECT * { SERVICE <http://127.0.0.1:9/> { ?s ?p ?o } }", "LOAD <http://127.0.0.1:9/>",
           "INSERT DATA { <a:b> <a:b> <a:b> }", "SELECT * { ?s ?p ?o FILTER(REGEX(?o, \"(a+)+$\")) } LIMIT 1",
           "SELECT \\u0053ERVICE", "\x00\x01", "SELECT * WHERE { ?s ?p ?o } LIMIT 99999999999999999999999"]
sparql = st.one_of(
    st.sampled_from(VALID + INVALID),
    st.text(max_size=300),
    st.integers(1, 3000).map(lambda n: "SELECT * WHERE " + "{ " * n + "?s ?p ?o" + " }" * n + " LIMIT 1"),
    st.integers(1, 500).map(lambda n: "ASK { " + " UNION ".join(["{ ?s ?p ?o }"] * n) + " }"),
    st.integers(1, 200).map(lambda n: "SELECT * { " + "OPTIONAL { ?s ?p ?o " * n + "}" * n + " } LIMIT 1"),
    st.integers(10_000, 300_000).map(lambda n: "SELECT * WHERE { ?s ?p ?o } #" + "x" * n),
    # round two: runs that made the guard quadratic, nesting past the guard's limits, a string bomb
    st.builds(lambda unit, n: "ASK {} " + unit * n,
              st.sampled_from(["-", ":", ".", "'", "'\\", "'''\\", "<", "<-", '"', "a.", "{(", "?"]),
              st.integers(1_000, 200_000)),
    st.builds(lambda open_, close, n: "SELECT * WHERE { " + open_ * n + "?s ?p ?o" + close * n + " }",
              st.sampled_from(["{ ", "OPTIONAL { ", "{ SELECT * WHERE { ", "FILTER((", "MINUS { "]),
              st.sampled_from([" }", " } }", "))"]), st.integers(400, 5000)),
    st.integers(5_000, 40_000).map(lambda n: "ASK { " + " UNION ".join(["{}"] * n) + " }"),
    st.just(STRING_BOMB),
)
METHODS = ["GET", "HEAD", "POST", "PUT", "DELETE", "PATCH", "OPTIONS", "TRACE", "PROPFIND", "BREW"]
CONTENT_TYPES = [None, "application/sparql-query", "application/x-www-form-urlencoded", "application/json",
                 "text/plain; charset=latin-1", "application/sparql-query; charset=utf-16",
                 "multipart/form-data",
                 "multipart/form-data; boundary=x", "application/sparql-update", "garbage", "a/b; c=\"d"]
bodies = st.one_of(st.binary(max_size=2000), st.text(max_size=500).map(str.encode),
                   st.sampled_from([b"\xff\xfe\xfd", b"query=%ff%fe", b"query=SELECT%20*%20{}&query=ASK{}",
                                    b"update=DROP%20ALL", b"--x\r\nContent-Disposition: form-data\r\n\r\n"]),
                   st.just(b"q" * 1_200_000))


# --- the app through the test client ------------------------------------------------------------


@pytest.fixture(scope="module")
def app(seed_out: Path) -> Flask:
    """The production app (TESTING off) on the seed build, with a short query timeout for the fuzzing."""
    from vlaq_lod.web import create_app

    return create_app({"OUT": str(seed_out), "QUERY_TIMEOUT": 2.0, "QUERY_WORKERS": 1,
                       "QUERY_MEMORY": 512})


def fetch(app: Flask, path: str, method: str = "GET", **kwargs):
    """Request ``path`` as a WSGI server hands it over: percent-decoded, UTF-8 bytes as latin-1, query apart.

    (The test client would read a path starting with ``//`` as a host name.)
    """
    path, _, query = path.partition("?")
    environ = {"PATH_INFO": urllib.parse.unquote_to_bytes(path).decode("latin-1"),
               "QUERY_STRING": query.encode().decode("latin-1")}
    return app.test_client().open("/", method=method, environ_overrides=environ, **kwargs)


def check(response, sent: str) -> None:
    headers = "\n".join(f"{k}: {v}" for k, v in response.headers.items())
    problems = leaked(response.status_code, headers, response.get_data(), sent)
    assert not problems, f"{problems} for {sent[:300]!r}: {response.get_data()[:500]!r}"


@FUZZ
@given(path=st.one_of(paths, long_paths), accept=accepts)
def test_random_paths_and_accept_headers(app: Flask, path: str, accept: str) -> None:
    response = fetch(app, path, headers={"Accept": accept})
    check(response, urllib.parse.unquote(path) + accept)


@FUZZ
@given(raw=st.binary(min_size=1, max_size=200))
def test_raw_bytes_in_the_path(app: Flask, raw: bytes) -> None:
    """A WSGI path is bytes as latin-1: what a real server hands over for any request line."""
    path = "/" + raw.decode("latin-1")
    response = app.test_client().get("/", environ_overrides={"PATH_INFO": path})
    check(response, path + raw.decode("utf-8", "replace"))


@FUZZ
@given(path=st.one_of(paths, long_paths), condition=st.sampled_from(["*", '"x"', 'W/"x", *', ""]))
def test_conditional_requests_on_any_path(app: Flask, path: str, condition: str) -> None:
    """``If-None-Match`` is answered from the path alone, before any query: its headers must be safe too."""
    response = fetch(app, path, headers={"If-None-Match": condition})
    check(response, urllib.parse.unquote(path) + condition)


@FUZZ
@given(path=st.sampled_from(["/", f"/doc/{QUESTION}", "/doc/dataset/contacten-1700", "/dumps/", "/ldes",
                             "/sparql", "/catalog", "/def/vlaq"]), args=queries, accept=accepts)
def test_random_query_strings(app: Flask, path: str, args: dict[str, str], accept: str) -> None:
    response = app.test_client().get(path, query_string=args, headers={"Accept": accept})
    check(response, path + repr(args) + accept)


@FUZZ
@given(query=sparql, accept=st.one_of(accepts, st.sampled_from(["application/sparql-results+json", None])),
       how=st.sampled_from(["get", "form", "direct"]))
def test_sparql_queries_valid_invalid_huge_nested(app: Flask, query: str, accept: str | None,
                                                 how: str) -> None:
    client = app.test_client()
    headers = {"Accept": accept} if accept is not None else {}
    if how == "get":
        response = client.get("/sparql", query_string={"query": query}, headers=headers)
    elif how == "form":
        response = client.post("/sparql", data={"query": query}, headers=headers)
    else:
        response = client.post("/sparql", data=query.encode("utf-8", "surrogatepass"), headers=headers,
                               content_type="application/sparql-query")
    check(response, query + str(accept))


@FUZZ
@given(method=st.sampled_from(METHODS), path=st.one_of(st.sampled_from(["/sparql", f"/doc/{QUESTION}",
                                                                        "/dumps/vlaq.ttl", "/"]), paths),
       content_type=st.sampled_from(CONTENT_TYPES), body=bodies)
def test_methods_and_bodies(app: Flask, method: str, path: str, content_type: str | None,
                            body: bytes) -> None:
    response = fetch(app, path, method, data=body, content_type=content_type)
    check(response, urllib.parse.unquote(path) + str(content_type) + body[:2000].decode("latin-1"))


def test_an_oversized_body_is_413_before_it_is_read(app: Flask) -> None:
    response = app.test_client().post("/sparql", data=b"q" * 1_200_000,
                                      content_type="application/sparql-query")
    assert response.status_code == 413
    check(response, "")


# --- the same over the wire, to gunicorn -----------------------------------------------------------


def raw_request(base: str, request: bytes, timeout: float = 30.0) -> tuple[int, str, bytes]:
    """Send bytes as they are (no client library tidying them) and read the whole answer."""
    url = urllib.parse.urlsplit(base)
    with socket.create_connection((url.hostname, url.port), timeout=timeout) as connection:
        connection.sendall(request)
        chunks = []
        while chunk := connection.recv(65536):
            chunks.append(chunk)
    head, _, body = b"".join(chunks).partition(b"\r\n\r\n")
    status_line, _, headers = head.decode("latin-1").partition("\r\n")
    return int(status_line.split()[1]), headers, body


def wire_path(path: str) -> bytes:
    """The path as a client would put it on the request line: UTF-8, spaces and controls escaped."""
    return urllib.parse.quote(path, safe="/%?=&;:@!$'()*+,~#\\<>{}\"|^`[]").encode()


@LIVE
@given(path=st.one_of(paths, long_paths), accept=accepts.map(lambda a: a.encode("latin-1")),
       method=st.sampled_from(METHODS))
def test_live_server_random_requests(live_server: str, path: str, accept: bytes, method: str) -> None:
    accept = accept.replace(b"\r", b"").replace(b"\n", b"")
    request = (method.encode() + b" " + wire_path(path) + b" HTTP/1.1\r\nHost: 127.0.0.1\r\nAccept: " + accept
               + b"\r\nConnection: close\r\nContent-Length: 0\r\n\r\n")
    status, headers, body = raw_request(live_server, request)
    problems = leaked(status, headers, body, urllib.parse.unquote(path) + accept.decode("latin-1"))
    assert not problems, f"{problems} for {request[:300]!r}: {body[:500]!r}"


@LIVE
@given(query=sparql, content_type=st.sampled_from(CONTENT_TYPES))
def test_live_server_sparql_posts(live_server: str, query: str, content_type: str | None) -> None:
    body = query.encode("utf-8", "surrogatepass")
    request = (b"POST /sparql HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n"
               + (f"Content-Type: {content_type}\r\n".encode() if content_type else b"")
               + f"Content-Length: {len(body)}\r\n\r\n".encode() + body)
    status, headers, response = raw_request(live_server, request)
    problems = leaked(status, headers, response, query)
    assert not problems, f"{problems} for {query[:300]!r}: {response[:500]!r}"


# Chunk sizes gunicorn cannot read (none of them hex, so no server waits for an announced chunk).
bad_sizes = st.one_of(st.sampled_from([b"zz", b"-5", b"", b"0x5", b"5 5", b"+5", b"5;" + b"e" * 9000]),
                      st.text("ghijklmnopqrstuvwxyz-+ =", min_size=1, max_size=20).map(str.encode))


@LIVE
@given(size=bad_sizes, query=st.sampled_from(VALID))
def test_live_server_bad_chunk_framing(live_server: str, size: bytes, query: str) -> None:
    """gunicorn raises its framing errors while the app reads the body: they are 400s, never 500s."""
    request = (b"POST /sparql HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n"
               b"Content-Type: application/sparql-query\r\nTransfer-Encoding: chunked\r\n\r\n"
               + size + b"\r\n" + query.encode() + b"\r\n0\r\n\r\n")
    status, headers, response = raw_request(live_server, request)
    assert status == 400 and not leaked(status, headers, response, query), (size, response[:300])


def test_the_checker_itself_flags_a_500_a_bare_503_and_a_traceback() -> None:
    """The fuzz tests can fail: what they look for is really caught."""
    assert leaked(500, "", b"", "") == ["status 500"]
    assert leaked(503, "Content-Type: text/plain", b"", "") == ["status 503"]
    assert leaked(503, "Retry-After: 2", b"", "") == []
    assert leaked(404, "", b'Traceback (most recent call last):\n  File "/work/x.py"', "") != []
    assert leaked(404, "", b"There is no resource /id//work/x", "/id//work/x") == []
    assert leaked(304, "Link: </doc/x\u200b.ttl>", b"", "") != []  # gunicorn would answer 500
