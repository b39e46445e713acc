"""Result formats of the public endpoint: Accept negotiation, and trusted results as rdflib terms.

The format table and the capped encoding are in ``formats.py`` (imported by the
query worker processes, so kept free of rdflib and Werkzeug); ``GRAPH``, ``encode``
and ``encode_triples`` are re-exported here for ``remote.py``.
"""

from __future__ import annotations

import functools
from collections.abc import Iterable, Sequence

import pyoxigraph as ox
import rdflib
from werkzeug.datastructures import MIMEAccept
from werkzeug.http import parse_accept_header

from vlaq_lod.store import QueryError
from vlaq_lod.store.formats import FORMATS, GRAPH, XSD_STRING, Format, encode, encode_triples

__all__ = ["GRAPH", "accept_for", "encode", "encode_triples", "negotiate", "parse_accept", "to_graph",
           "to_rdflib", "to_row"]


NAMED = {name.lower(): tuple(f.media_type for f in FORMATS if name in (f.name, *f.names))
         for f in FORMATS for name in (f.name, *f.names)}


def accept_for(values: Sequence[str]) -> str:
    """The ``Accept`` that ``format=``/``output=`` values stand for; 400 for an unknown name.

    A name may mean one format per kind of result (``json``: SPARQL JSON for a SELECT, JSON-LD for a
    CONSTRUCT), so it stands for all of them and ``negotiate`` keeps the one of the query's kind. A
    value with a slash is a media type (Virtuoso's style, which SPARQLWrapper sends beside the name).
    """
    media_types = []
    for value in (v.strip() for v in values if v.strip()):
        if "/" in value:
            media_types.append(value)
        elif value.lower() in NAMED:
            media_types += NAMED[value.lower()]
        else:
            raise QueryError(400, f"Unknown format {value!r}; use one of: {', '.join(sorted(NAMED))}.")
    return ", ".join(media_types)


def parse_accept(accept: str | None) -> MIMEAccept:
    """``Accept`` with the media types' parameters dropped (q kept): ``text/turtle; charset=utf-8`` or
    JSON-LD's ``profile`` ask for what is served, and Werkzeug matches a parameter only to the same
    parameter."""
    parsed = parse_accept_header(accept, MIMEAccept)
    return MIMEAccept([(value.split(";", 1)[0].strip(), quality) for value, quality in parsed])


@functools.lru_cache(maxsize=64)
def negotiate(accept: str | None, kind: str) -> Format:
    """The format for a result of ``kind`` that ``accept`` likes best (q-values honoured); 406 if none.

    A missing or empty Accept means "anything", which gives the first format of the kind. Cached:
    clients send the same few Accept headers again and again, and parsing one costs more than a
    light query's guard (a 406 is raised, not cached).
    """
    offered = [f for f in FORMATS if kind in f.kinds]
    if not accept or not accept.strip():
        return offered[0]
    by_type = {}
    for f in offered:
        for media_type in (f.media_type, *f.aliases):
            by_type.setdefault(media_type, f)
    best = parse_accept(accept).best_match(list(by_type))
    if best is None:
        wanted = ", ".join(f.media_type for f in offered)
        raise QueryError(406, f"No acceptable format for a {kind} result; this endpoint offers: {wanted}.")
    return by_type[best]


def to_rdflib(term: ox.NamedNode | ox.BlankNode | ox.Literal) -> rdflib.term.Node:
    """The rdflib twin of a pyoxigraph term.

    Oxigraph types every plain literal ``xsd:string``; rdflib treats
    ``Literal("x", datatype=XSD.string)`` and ``Literal("x")`` as different terms, so
    xsd:string becomes a plain literal (what the Turtle parser gives for ``"x"``). The lexical form is
    kept as stored (``normalize=False``): rdflib would otherwise rewrite ``"1.5E3"^^xsd:double`` as
    ``1500.0``, another term than the dumps hold.
    """
    if isinstance(term, ox.NamedNode):
        return rdflib.URIRef(term.value)
    if isinstance(term, ox.BlankNode):
        return rdflib.BNode(term.value)
    if term.language:
        return rdflib.Literal(term.value, lang=term.language)
    datatype = term.datatype.value
    return rdflib.Literal(term.value, datatype=None if datatype == XSD_STRING else rdflib.URIRef(datatype),
                          normalize=False)


def to_graph(triples: Iterable[ox.Triple]) -> rdflib.Graph:
    """An rdflib graph of pyoxigraph triples (for the trusted ``construct``/``describe``)."""
    graph = rdflib.Graph()
    for t in triples:
        graph.add((to_rdflib(t.subject), to_rdflib(t.predicate), to_rdflib(t.object)))
    return graph


def to_row(solution: ox.QuerySolution, variables: Sequence[ox.Variable]) -> dict[str, rdflib.term.Node]:
    """One SELECT solution as a dict of rdflib terms, unbound variables left out."""
    return {v.value: to_rdflib(solution[v]) for v in variables if solution[v] is not None}
