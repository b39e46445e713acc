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
from vlaq_lod.store.formats import BY_NAME, FORMATS, GRAPH, XSD_STRING, Format, encode, encode_triples

__all__ = ["GRAPH", "encode", "encode_triples", "media_type_for", "negotiate", "to_graph", "to_rdflib",
           "to_row"]


def media_type_for(name: str) -> str:
    """The media type a ``format=`` value stands for; 400 for an unknown name."""
    if name not in BY_NAME:
        raise QueryError(400, f"Unknown format {name!r}; use one of: {', '.join(BY_NAME)}.")
    return BY_NAME[name].media_type


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
    best = parse_accept_header(accept, MIMEAccept).best_match(list(by_type))
    if best is None:
        wanted = ", ".join(f.media_type for f in offered)
        raise QueryError(406, f"No acceptable format for a {kind} result; this endpoint offers: {wanted}.")
    return by_type[best]


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
    return rdflib.Literal(term.value, datatype=None if datatype == XSD_STRING else rdflib.URIRef(datatype))


def to_graph(triples: Iterable[ox.Triple]) -> rdflib.Graph:
    """An rdflib graph of pyoxigraph triples (for the trusted ``construct``/``describe``)."""
    graph = rdflib.Graph()
    for t in triples:
        graph.add((to_rdflib(t.subject), to_rdflib(t.predicate), to_rdflib(t.object)))
    return graph


def to_row(solution: ox.QuerySolution, variables: Sequence[ox.Variable]) -> dict[str, rdflib.term.Node]:
    """One SELECT solution as a dict of rdflib terms, unbound variables left out."""
    return {v.value: to_rdflib(solution[v]) for v in variables if solution[v] is not None}
