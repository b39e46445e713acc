"""The W3C SPARQL 1.1 Protocol tests, as data, against a live gunicorn serving ``create_app``.

The manifest (``shared/standards/sparql11-tests/protocol/manifest.ttl``, found as ``standards.py``
says; without it every test here skips with that reason) is read with rdflib; every request of a
test is sent as raw HTTP (``http.client``, so no header is added that the test does not name)
to gunicorn on 127.0.0.1, serving the real app with ``VLAQ_OUT`` pointing at a build whose store
holds data1-3.nt in the named graphs ``http://kasei.us/2009/09/sparql/data/dataN.rdf``. Status,
result format and boolean are checked as the manifest says. The ``/sparql/`` paths are used
as they stand: the endpoint answers at ``/sparql`` and ``/sparql/``.

What does not apply, and what runs instead:

* the 7 update tests (``update_dataset_default_graph``, ``update_dataset_default_graphs``,
  ``update_dataset_named_graphs``, ``update_dataset_full``, ``update_post_form``,
  ``update_post_direct``, ``update_base_uri``) expect the update to succeed and then
  ASK for its effect. The endpoint is read-only, so only their first request (the
  update) is sent, and it must get a 4xx (403); the follow-up ASKs are skipped.
* everything else runs as written: the 13 query tests and the 14 bad-query and
  bad-update tests (the bad updates get 4xx for the protocol error or, once the
  request is well formed, 403 for being an update).
"""

from __future__ import annotations

import http.client
import json
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlsplit

import pytest
import rdflib
from rdflib import RDF, Namespace
from rdflib.collection import Collection

from servers import live_app, make_build
from standards import find, standard

PROTOCOL = "sparql11-tests/protocol"
MF = Namespace("http://www.w3.org/2001/sw/DataAccess/tests/test-manifest#")
HT = Namespace("http://www.w3.org/2011/http#")
CNT = Namespace("http://www.w3.org/2011/content#")
HTS = Namespace("http://www.w3.org/2011/http-statusCodes#")
KASEI = "http://kasei.us/2009/09/sparql/data/"

FORMATS = {  # manifest's expectedFormat -> media types that satisfy it
    "boolean": {"application/sparql-results+json", "application/sparql-results+xml"},
    "tabular": {"application/sparql-results+json", "application/sparql-results+xml", "text/csv",
                "text/tab-separated-values"},
    "RDF": {"application/rdf+xml", "text/turtle", "application/n-triples"},
}
RDFLIB_FORMAT = {"application/rdf+xml": "xml", "text/turtle": "turtle", "application/n-triples": "nt"}


@dataclass(frozen=True)
class Request:
    method: str
    path: str
    headers: dict[str, str]
    body: bytes | None
    statuses: frozenset[int]  # acceptable status classes: 2, 3, 4
    format: str | None
    boolean: bool | None


@dataclass(frozen=True)
class ProtocolTest:
    name: str
    requests: tuple[Request, ...]

    @property
    def is_update(self) -> bool:
        return self.name.startswith("update_")


def _request(graph: rdflib.Graph, node: rdflib.term.Node) -> Request:
    headers = {}
    for h in Collection(graph, graph.value(node, HT.headers) or RDF.nil):
        headers[str(graph.value(h, HT.fieldName))] = str(graph.value(h, HT.fieldValue))
    body_node = graph.value(node, HT.body)
    body = None
    if body_node is not None:
        encoding = str(graph.value(body_node, CNT.characterEncoding) or "UTF-8")
        body = str(graph.value(body_node, CNT.chars)).encode(encoding.lower())
    response = graph.value(node, HT.resp)
    statuses = frozenset(int(str(s).removeprefix(str(HTS.StatusCode))[0])
                         for s in graph.objects(response, MF.expectedStatus))
    expected_format = graph.value(response, MF.expectedFormat)
    expected_boolean = graph.value(response, MF.expectedBoolean)
    return Request(
        str(graph.value(node, HT.methodName)), str(graph.value(node, HT.absolutePath)), headers, body,
        statuses, None if expected_format is None else str(expected_format),
        None if expected_boolean is None else expected_boolean.toPython(),
    )


def read_manifest(path: Path) -> list[ProtocolTest]:
    graph = rdflib.Graph().parse(path, format="turtle")
    manifest = next(graph.subjects(RDF.type, MF.Manifest))
    tests = []
    for entry in Collection(graph, graph.value(manifest, MF.entries)):
        action = graph.value(entry, MF.action)
        requests = Collection(graph, graph.value(action, HT.requests))
        tests.append(ProtocolTest(str(entry).split("#")[-1], tuple(_request(graph, r) for r in requests)))
    return tests


MANIFEST = find(f"{PROTOCOL}/manifest.ttl")
TESTS = read_manifest(MANIFEST) if isinstance(MANIFEST, Path) else []
CASES = [pytest.param(t, id=t.name) for t in TESTS] or [
    pytest.param(None, id="manifest", marks=pytest.mark.skip(reason=str(MANIFEST)))]


def test_the_manifest_is_read_whole() -> None:
    standard(f"{PROTOCOL}/manifest.ttl")
    assert len(TESTS) == 34
    assert sum(t.is_update for t in TESTS) == 7


@pytest.fixture(scope="module")
def live_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    out = tmp_path_factory.mktemp("w3c")
    graphs = {f"{KASEI}data{i}.rdf": standard(f"{PROTOCOL}/data{i}.nt") for i in (1, 2, 3)}
    make_build(out, "w3c-protocol", named=graphs)
    with live_app(out) as url:
        yield url


def _send(base: str, request: Request) -> http.client.HTTPResponse:
    connection = http.client.HTTPConnection(urlsplit(base).netloc, timeout=30)
    connection.request(request.method, request.path, body=request.body, headers=request.headers)
    return connection.getresponse()


def _check_format(request: Request, media_type: str, body: bytes) -> None:
    assert media_type in FORMATS[request.format], f"{media_type} is not a {request.format} format"
    if request.format == "RDF":
        rdflib.Graph().parse(data=body, format=RDFLIB_FORMAT[media_type])
    if request.boolean is not None:
        if media_type.endswith("json"):
            answer = json.loads(body)["boolean"]
        else:
            answer = b"<boolean>true</boolean>" in body
        assert answer is request.boolean


@pytest.mark.parametrize("test", CASES)
def test_w3c_protocol(live_server: str, test: ProtocolTest) -> None:
    if test.is_update:  # read-only endpoint: the update itself must be refused
        response = _send(live_server, test.requests[0])
        assert response.status // 100 == 4, response.read()
        return
    for request in test.requests:
        response = _send(live_server, request)
        body = response.read()
        assert response.status // 100 in request.statuses, body[:500]
        if request.format is not None:
            _check_format(request, response.headers.get_content_type(), body)
