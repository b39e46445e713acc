"""SPARQL 1.1 Protocol requests read into operations, without a server (the live suite is test_sparql_w3c)."""

from __future__ import annotations

import pytest

from vlaq_lod.store import QueryError
from vlaq_lod.store.protocol import Operation, read_request

G1, G2 = "http://e/g1", "http://e/g2"


@pytest.mark.parametrize(("method", "args", "content_type", "body", "expected"), [
    ("GET", {"query": ["ASK {}"], "default-graph-uri": [G1, G2]}, None, b"",
     Operation("ASK {}", (G1, G2))),
    ("GET", {}, None, b"", Operation(None)),
    ("GET", {"format": ["csv"]}, None, b"", Operation(None, format_names=("csv",))),
    ("POST", {"named-graph-uri": [G1]}, "application/x-www-form-urlencoded",
     f"query=ASK%20%7B%7D&default-graph-uri={G2}&format=xml".encode(),
     Operation("ASK {}", (G2,), (G1,), ("xml",))),
    ("GET", {"query": ["ASK {}"], "format": ["tsv", "text/tab-separated-values"], "output": ["tsv"]}, None,
     b"", Operation("ASK {}", format_names=("tsv", "text/tab-separated-values", "tsv"))),  # SPARQLWrapper's
    ("HEAD", {"query": ["ASK {}"]}, None, b"", Operation("ASK {}")),
    ("POST", {"default-graph-uri": [G1]}, "application/sparql-query; charset=utf-8", "ASK { \"é\" }".encode(),
     Operation('ASK { "é" }', (G1,))),
    ("POST", {}, "application/sparql-query", b"", Operation("")),
])
def test_well_formed_requests(method: str, args: dict, content_type: str | None, body: bytes,
                              expected: Operation) -> None:
    assert read_request(method, args, content_type, body) == expected


@pytest.mark.parametrize(("method", "args", "content_type", "body", "status"), [
    ("GET", {"update": ["CLEAR ALL"]}, None, b"", 400),
    ("GET", {"query": ["ASK {}", "ASK {}"]}, None, b"", 400),
    ("POST", {}, None, b"query=ASK", 400),
    ("POST", {}, "application/x-www-form-urlencoded", b"format=csv", 400),
    ("POST", {}, "application/x-www-form-urlencoded", b"update=CLEAR%20ALL", 403),
    ("POST", {}, "application/sparql-update", b"CLEAR ALL", 403),
    ("POST", {}, "application/sparql-query; charset=UTF-16", "ASK {}".encode("utf-16"), 415),
    ("POST", {}, "application/sparql-query", b"\xff\xfeA", 400),
    ("POST", {}, "text/plain", b"ASK {}", 415),
    ("PUT", {"query": ["ASK {}"]}, None, b"", 405),
])
def test_protocol_errors(method: str, args: dict, content_type: str | None, body: bytes, status: int) -> None:
    with pytest.raises(QueryError) as caught:
        read_request(method, args, content_type, body)
    assert caught.value.status == status
