"""Result formats of the public endpoint: one table, Accept negotiation, capped encoding.

Both stores end here, so a query gives the same bytes whether Oxigraph runs in a
worker process (``LocalStore``) or behind HTTP (``RemoteStore``). The cap is applied
while the solutions are read, before anything is serialised: a result over the cap
is refused as a whole (422) rather than silently truncated, because a truncated
table looks like a complete answer.

Solutions are collected (at most cap + 1), written as SPARQL JSON and re-read with
``pyoxigraph.parse_query_results`` to get a fresh ``QuerySolutions`` for Oxigraph's
own serialisers: pyoxigraph can serialise solutions only from a query, and a query's
iterator can be read only once.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from itertools import islice

import pyoxigraph as ox
import rdflib
from werkzeug.datastructures import MIMEAccept
from werkzeug.http import parse_accept_header

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


_ANSWERS = frozenset({TABULAR, BOOLEAN})
_TABLES = frozenset({TABULAR})
_GRAPHS = frozenset({GRAPH})
W3C = "http://www.w3.org/ns/formats/"

# The first format of each kind is the default when the client states no preference.
FORMATS: tuple[Format, ...] = (
    Format("json", "application/sparql-results+json", _ANSWERS, ox.QueryResultsFormat.JSON,
           W3C + "SPARQL_Results_JSON", ("application/json",)),
    Format("xml", "application/sparql-results+xml", _ANSWERS, ox.QueryResultsFormat.XML,
           W3C + "SPARQL_Results_XML", ("application/xml", "text/xml")),
    Format("csv", "text/csv", _TABLES, ox.QueryResultsFormat.CSV, W3C + "SPARQL_Results_CSV"),
    Format("tsv", "text/tab-separated-values", _TABLES, ox.QueryResultsFormat.TSV,
           W3C + "SPARQL_Results_TSV"),
    Format("ttl", "text/turtle", _GRAPHS, ox.RdfFormat.TURTLE, W3C + "Turtle", ("application/x-turtle",)),
    Format("nt", "application/n-triples", _GRAPHS, ox.RdfFormat.N_TRIPLES, W3C + "N-Triples",
           ("text/plain",)),
    Format("rdf", "application/rdf+xml", _GRAPHS, ox.RdfFormat.RDF_XML, W3C + "RDF_XML",
           ("application/xml", "text/xml")),
    Format("jsonld", "application/ld+json", _GRAPHS, ox.RdfFormat.JSON_LD, W3C + "JSON-LD",
           ("application/json",)),
)
BY_NAME = {f.name: f for f in FORMATS}


def media_type_for(name: str) -> str:
    """The media type a ``format=`` value stands for; 400 for an unknown name."""
    if name not in BY_NAME:
        raise QueryError(400, f"Unknown format {name!r}; use one of: {', '.join(BY_NAME)}.")
    return BY_NAME[name].media_type


def negotiate(accept: str | None, kind: str) -> Format:
    """The format for a result of ``kind`` that ``accept`` likes best (q-values honoured); 406 if none.

    A missing or empty Accept means "anything", which gives the first format of the kind.
    """
    offered = [f for f in FORMATS if kind in f.kinds]
    if not accept or not accept.strip():
        return offered[0]
    by_type = {}
    for f in offered:
        for media_type in (f.media_type, *f.aliases):
            by_type.setdefault(media_type, f)
    best = parse_accept_header(accept, MIMEAccept).best_match(list(by_type))
    if best is None:
        wanted = ", ".join(f.media_type for f in offered)
        raise QueryError(406, f"No acceptable format for a {kind} result; this endpoint offers: {wanted}.")
    return by_type[best]


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
    data = json.dumps(document, ensure_ascii=False).encode()
    return ox.parse_query_results(data, ox.QueryResultsFormat.JSON).serialize(format=fmt.oxigraph)


def encode_boolean(answer: bool, fmt: Format) -> bytes:
    """Serialise an ASK answer in ``fmt``."""
    data = json.dumps({"head": {}, "boolean": bool(answer)}).encode()
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
        raise QueryError(422, f"The result has more than {cap} {unit}, the most this endpoint returns; "
                              "add a LIMIT (and OFFSET to page) or aggregate in the query.")
    return taken


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
    return {"type": "literal", "value": term.value, "datatype": term.datatype.value}


_XSD_STRING = "http://www.w3.org/2001/XMLSchema#string"


def to_rdflib(term: ox.NamedNode | ox.BlankNode | ox.Literal) -> rdflib.term.Node:
    """The rdflib twin of a pyoxigraph term.

    Oxigraph types every plain literal ``xsd:string``; rdflib treats
    ``Literal("x", datatype=XSD.string)`` and ``Literal("x")`` as different terms, so
    xsd:string becomes a plain literal (what the Turtle parser gives for ``"x"``).
    """
    if isinstance(term, ox.NamedNode):
        return rdflib.URIRef(term.value)
    if isinstance(term, ox.BlankNode):
        return rdflib.BNode(term.value)
    if term.language:
        return rdflib.Literal(term.value, lang=term.language)
    datatype = term.datatype.value
    return rdflib.Literal(term.value, datatype=None if datatype == _XSD_STRING else rdflib.URIRef(datatype))


def to_graph(triples: Iterable[ox.Triple]) -> rdflib.Graph:
    """An rdflib graph of pyoxigraph triples (for the trusted ``construct``/``describe``)."""
    graph = rdflib.Graph()
    for t in triples:
        graph.add((to_rdflib(t.subject), to_rdflib(t.predicate), to_rdflib(t.object)))
    return graph


def to_row(solution: ox.QuerySolution, variables: Sequence[ox.Variable]) -> dict[str, rdflib.term.Node]:
    """One SELECT solution as a dict of rdflib terms, unbound variables left out."""
    return {v.value: to_rdflib(solution[v]) for v in variables if solution[v] is not None}
