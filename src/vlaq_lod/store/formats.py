"""The result formats of the public endpoint and their capped encoding: Oxigraph only.

Both stores end here, so a query gives the same bytes whether Oxigraph runs in a
worker process (``LocalStore``) or behind HTTP (``RemoteStore``). The cap is applied
while the solutions are read, before anything is serialised: a result over the cap
is refused as a whole (422) rather than silently truncated, because a truncated
table looks like a complete answer.

A query's own solutions (``encode_natively``, the query workers) are written by
Oxigraph's serialiser into a buffer of at most ``NATIVE_BUDGET`` bytes, and the cap is
checked on what it wrote: every row takes at least three bytes (``{},``), so a result
of at most 3 x cap bytes is within the cap, and a longer one is counted. Writing rows
one by one in Python instead costs more than the query on a light lookup (0.2 ms of
0.4 ms warm, three times that when the caches are cold, as they are between requests).
A result that outgrows the buffer is not held: the caller runs its query again and
the row path below counts it as it reads.

The row path (``encode``: solutions parsed from a remote store, and those outgrown
results) collects at most cap + 1 solutions and writes them as SPARQL JSON the way
Oxigraph writes it (compact, plain literals without ``xsd:string``), so both paths
give the same bytes. The other formats re-read that JSON with
``pyoxigraph.parse_query_results`` to get a fresh ``QuerySolutions`` for Oxigraph's own
serialisers: pyoxigraph can serialise solutions only from a query, and a query's
iterator can be read only once.

This module imports nothing but pyoxigraph and the standard library because every
query worker process imports it at start (``store/workers.py``): rdflib and Werkzeug
would triple a worker's start-up, which a request waits for after a kill. Negotiation
and the rdflib conversions of trusted results live in ``results.py``.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from itertools import islice

import pyoxigraph as ox

from vlaq_lod.store import QueryError, QueryResult

TABULAR, BOOLEAN, GRAPH = "tabular", "boolean", "graph"
KIND_OF_FORM = {"SELECT": TABULAR, "ASK": BOOLEAN, "CONSTRUCT": GRAPH, "DESCRIBE": GRAPH}


@dataclass(frozen=True)
class Format:
    name: str  # the value of the `format=` parameter
    media_type: str
    kinds: frozenset[str]
    oxigraph: ox.QueryResultsFormat | ox.RdfFormat
    w3c: str  # the format's IRI in http://www.w3.org/ns/formats/, for the service description
    aliases: tuple[str, ...] = ()  # other media types a client may ask for
    # other `format=`/`output=` values clients send for it (SPARQLWrapper, Virtuoso, Fuseki, Stardog)
    names: tuple[str, ...] = ()


_ANSWERS = frozenset({TABULAR, BOOLEAN})
_GRAPHS = frozenset({GRAPH})
W3C = "http://www.w3.org/ns/formats/"

# The first format of each kind is the default when the client states no preference.
FORMATS: tuple[Format, ...] = (
    Format("json", "application/sparql-results+json", _ANSWERS, ox.QueryResultsFormat.JSON,
           W3C + "SPARQL_Results_JSON", ("application/json",)),
    Format("xml", "application/sparql-results+xml", _ANSWERS, ox.QueryResultsFormat.XML,
           W3C + "SPARQL_Results_XML", ("application/xml", "text/xml")),
    # an ASK in CSV or TSV is one line, `true` or `false`, as Oxigraph and Jena write it (SPARQL 1.1
    # Protocol allows both for ASK; SPARQLWrapper asks for them)
    Format("csv", "text/csv", _ANSWERS, ox.QueryResultsFormat.CSV, W3C + "SPARQL_Results_CSV"),
    Format("tsv", "text/tab-separated-values", _ANSWERS, ox.QueryResultsFormat.TSV,
           W3C + "SPARQL_Results_TSV"),
    # Turtle is N3 without N3's extensions, so an N3 client reads it
    Format("ttl", "text/turtle", _GRAPHS, ox.RdfFormat.TURTLE, W3C + "Turtle",
           ("application/x-turtle", "application/turtle", "text/n3", "text/rdf+n3", "application/n3"),
           ("turtle", "n3")),
    Format("nt", "application/n-triples", _GRAPHS, ox.RdfFormat.N_TRIPLES, W3C + "N-Triples",
           ("text/plain",), ("ntriples", "n-triples")),
    Format("rdf", "application/rdf+xml", _GRAPHS, ox.RdfFormat.RDF_XML, W3C + "RDF_XML",
           ("application/xml", "text/xml"), ("rdf+xml", "rdfxml", "xml")),  # xml: a graph's XML
    Format("jsonld", "application/ld+json", _GRAPHS, ox.RdfFormat.JSON_LD, W3C + "JSON-LD",
           ("application/json", "application/x-json+ld"), ("json-ld", "json")),  # json: a graph's JSON
)
BY_NAME = {f.name: f for f in FORMATS}
XSD_STRING = "http://www.w3.org/2001/XMLSchema#string"


def encode_solutions(variables: Sequence[ox.Variable], solutions: Iterable[ox.QuerySolution],
                     fmt: Format, cap: int) -> bytes:
    """Serialise SELECT solutions in ``fmt``, refusing (422) more than ``cap`` rows."""
    rows = _capped(solutions, cap, "rows")
    names = [v.value for v in variables]
    document = {
        "head": {"vars": names},
        "results": {"bindings": [
            {name: _json_term(row[name]) for name in names if row[name] is not None} for row in rows
        ]},
    }
    return _from_json(json.dumps(document, ensure_ascii=False, separators=(",", ":")).encode(), fmt)


NATIVE_BUDGET = 4 << 20  # bytes of SPARQL JSON a query worker holds before it counts rows as it reads them


class OverBudget(Exception):
    """Oxigraph's serialisation outgrew its buffer: the rows are uncounted and the iterator is spent."""


@dataclass
class _BoundedBuffer:
    """A write-only file for Oxigraph's serialiser that refuses to grow past ``budget`` bytes."""

    budget: int
    parts: list[bytes] = field(default_factory=list)
    size: int = 0

    def write(self, data: bytes) -> int:
        self.size += len(data)
        if self.size > self.budget:
            raise OverBudget
        self.parts.append(bytes(data))
        return len(data)

    def flush(self) -> None:
        """Oxigraph flushes when done; the parts are already the output."""


def encode_natively(solutions: ox.QuerySolutions, fmt: Format, cap: int,
                    budget: int = NATIVE_BUDGET) -> bytes:
    """A query's solutions in ``fmt``, written by Oxigraph; 422 over ``cap`` rows; ``OverBudget`` when
    the SPARQL JSON grows past ``budget`` bytes (see the module docstring)."""
    buffer = _BoundedBuffer(budget)
    solutions.serialize(buffer, format=ox.QueryResultsFormat.JSON)
    data = b"".join(buffer.parts)
    if len(data) > 3 * cap and len(json.loads(data)["results"]["bindings"]) > cap:
        raise _over_cap(cap, "rows")
    return _from_json(data, fmt)


def encode_boolean(answer: bool, fmt: Format) -> bytes:
    """Serialise an ASK answer in ``fmt``."""
    return _from_json(json.dumps({"head": {}, "boolean": bool(answer)}, separators=(",", ":")).encode(), fmt)


def _from_json(data: bytes, fmt: Format) -> bytes:
    """SPARQL JSON results ``data`` in ``fmt``: as they are for JSON (already Oxigraph's bytes: a second
    parse and serialisation would cost more than the query on a light lookup), else through Oxigraph."""
    if fmt.oxigraph == ox.QueryResultsFormat.JSON:
        return data
    return ox.parse_query_results(data, ox.QueryResultsFormat.JSON).serialize(format=fmt.oxigraph)


def encode_triples(triples: Iterable[ox.Triple], fmt: Format, cap: int) -> bytes:
    """Serialise CONSTRUCT/DESCRIBE triples in ``fmt``, refusing (422) more than ``cap`` triples."""
    return ox.serialize(_capped(triples, cap, "triples"), format=fmt.oxigraph)


def encode(result: ox.QuerySolutions | ox.QueryBoolean | ox.QueryTriples, fmt: Format,
           cap: int) -> QueryResult:
    """Serialise any pyoxigraph query result; the format must suit the result's kind."""
    if isinstance(result, ox.QuerySolutions):
        body = encode_solutions(result.variables, result, fmt, cap)
    elif isinstance(result, ox.QueryBoolean):
        body = encode_boolean(bool(result), fmt)
    else:
        body = encode_triples(result, fmt, cap)
    return QueryResult(body, fmt.media_type)


def _capped(items: Iterable, cap: int, unit: str) -> list:
    taken = list(islice(items, cap + 1))
    if len(taken) > cap:
        raise _over_cap(cap, unit)
    return taken


def _over_cap(cap: int, unit: str) -> QueryError:
    return QueryError(422, f"The result has more than {cap} {unit}, the most this endpoint returns; "
                           "add a LIMIT (and OFFSET to page) or aggregate in the query.")


def _json_term(term: ox.NamedNode | ox.BlankNode | ox.Literal | ox.Triple) -> dict:
    """A term in SPARQL 1.1 JSON results form (RDF-star triples as in SPARQL 1.2)."""
    if isinstance(term, ox.NamedNode):
        return {"type": "uri", "value": term.value}
    if isinstance(term, ox.BlankNode):
        return {"type": "bnode", "value": term.value}
    if isinstance(term, ox.Triple):
        return {"type": "triple", "value": {
            "subject": _json_term(term.subject),
            "predicate": _json_term(term.predicate),
            "object": _json_term(term.object),
        }}
    if term.language:
        return {"type": "literal", "value": term.value, "xml:lang": term.language}
    if term.datatype.value == XSD_STRING:  # a plain literal: Oxigraph writes no datatype
        return {"type": "literal", "value": term.value}
    return {"type": "literal", "value": term.value, "datatype": term.datatype.value}
