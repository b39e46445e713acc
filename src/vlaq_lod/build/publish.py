"""The files a batch writes: its part of the dumps, its CSV tables; and the Turtle files of a build.
The parent joins the parts and fills the store (``join.py``); where they go and how a build is swapped
in is ``folder.py``'s.
"""

from __future__ import annotations

import csv
import functools
import gzip
import json
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path

import pyoxigraph as ox
import rdflib

from ..graph.table import Table
from .folder import write_json

RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
RDF_TYPE_TERM = f"<{RDF_TYPE}>".encode()
XSD_STRING = "http://www.w3.org/2001/XMLSchema#string"
PRETTY_TURTLE_UP_TO = 50_000  # triples; see write_turtle


# --- the files of a build --------------------------------------------------------------------


NT = ox.RdfFormat.N_TRIPLES


def ntriples(lines: Iterable[bytes]) -> bytes:
    """An N-Triples document of ``lines`` (each a triple without its line end)."""
    return b"".join(line + b"\n" for line in lines)


def type_counts(lines: Iterable[bytes]) -> Counter[str]:
    """Instances per class IRI in N-Triples ``lines``, for VoID. Counted in the lines rather than in
    the store, so the VoID is known before the store is complete: each batch counts its own nodes'
    lines (no other batch has any), the parent the shared lines (once each)."""
    counts: Counter[str] = Counter()
    for line in lines:
        _, predicate, rest = line.split(b" ", 2)
        if predicate == RDF_TYPE_TERM and rest.startswith(b"<"):
            counts[rest[1:rest.index(b">")].decode()] += 1
    return counts


def write_turtle(graph: rdflib.Graph, path: Path) -> None:
    """A Turtle file of a build; rdflib's writer nests blank nodes, which keeps shapes readable,
    but takes minutes on a large graph, so one with many triples goes through Oxigraph's writer."""
    if len(graph) < PRETTY_TURTLE_UP_TO:
        graph.serialize(path, format="turtle", encoding="utf-8")
        return
    write_turtle_of_ntriples(graph.serialize(format="nt", encoding="utf-8"), path,
                             {prefix: str(ns) for prefix, ns in graph.namespaces()})


def write_turtle_of_ntriples(ntriples: bytes, path: Path, prefixes: dict[str, str]) -> None:
    """N-Triples written as Turtle by Oxigraph's writer: fast at any size, no rdflib graph."""
    ox.serialize(ox.parse(ntriples, format=NT), output=str(path), format=ox.RdfFormat.TURTLE,
                 prefixes=prefixes)


# --- the dumps, in parts ---------------------------------------------------------------------------
# Each batch writes its own triples in every dump format (``write_part``), in the worker that built
# it, so formatting tens of millions of triples is spread over the workers; the parent then only
# joins the parts under one head (``join_dumps``). Parts join because a batch's lines hold whole
# subjects (the JSON-LD writer's node objects) and no blank nodes (the shared lines, which have the
# ontology's, are one part), and every part is written with the same prefixes.

def suffixed(stem: Path, suffix: str) -> Path:
    return stem.with_name(stem.name + suffix)


def write_part(lines: list[bytes], stem: Path, prefixes: dict[str, str]) -> Path:
    """Sorted N-Triples ``lines`` beside ``stem``: ``.nt.gz`` (one gzip member), ``.ttl`` (Turtle
    statements, the prefixes not declared) and ``.jsonld`` (node objects, comma-separated)."""
    stem.parent.mkdir(exist_ok=True)
    data = ntriples(lines)
    suffixed(stem, ".nt.gz").write_bytes(gzip.compress(data, compresslevel=6, mtime=0))
    write_turtle_part(data, suffixed(stem, ".ttl"), prefixes)
    nodes = jsonld_nodes(ox.parse(data, format=NT), _compactor(prefixes))
    suffixed(stem, ".jsonld").write_text(",\n".join(nodes), encoding="utf-8")
    return stem


def write_turtle_part(data: bytes, path: Path, prefixes: dict[str, str]) -> Path:
    """Turtle statements of the N-Triples ``data`` using ``prefixes``, without declaring them: Oxigraph's
    writer declares the prefixes first, one line each, and those lines are cut off."""
    text = ox.serialize(ox.parse(data, format=NT), format=ox.RdfFormat.TURTLE, prefixes=prefixes)
    start = 0
    while text.startswith(b"@prefix ", start):
        start = text.index(b"\n", start) + 1
    path.write_bytes(text[start:])
    return path


def _compact(iri: str, prefixes: dict[str, str]) -> str:
    """``https://schema.org/name`` -> ``schema:name`` when a prefix covers it (the longest one)."""
    covering = (ns for ns in prefixes.values() if iri.startswith(ns) and len(iri) > len(ns))
    best = max(covering, key=len, default="")
    if not best:
        return iri
    prefix = next(p for p, ns in prefixes.items() if ns == best)
    return f"{prefix}:{iri[len(best):]}"


def _compactor(prefixes: dict[str, str]) -> Callable[[str], str]:
    """``_compact`` remembered per IRI: a dump names a few hundred predicates, classes and datatypes
    millions of times, and matching each against every prefix was most of the JSON-LD writer's time."""
    return functools.cache(lambda iri: _compact(iri, prefixes))


def _jsonld_value(term: ox.NamedNode | ox.BlankNode | ox.Literal, compact: Callable[[str], str]) -> object:
    """A JSON-LD value object; node references keep their full IRI (unambiguous without the context)."""
    if isinstance(term, ox.NamedNode):
        return {"@id": term.value}
    if isinstance(term, ox.BlankNode):
        return {"@id": f"_:{term.value}"}
    if term.language:
        return {"@value": term.value, "@language": term.language}
    if term.datatype.value == XSD_STRING:
        return term.value
    return {"@value": term.value, "@type": compact(term.datatype.value)}


def _subject_id(term: ox.NamedNode | ox.BlankNode) -> str:
    return f"_:{term.value}" if isinstance(term, ox.BlankNode) else term.value


def jsonld_nodes(triples: Iterable[ox.Triple], compact: Callable[[str], str]) -> Iterator[str]:
    """Flat compact JSON-LD node objects, one per subject, properties as ``prefix:name`` keys.
    ``triples`` must come grouped by subject (sorted N-Triples are); each node is yielded as it
    completes, so a dump never sits in memory as one object tree."""
    node: dict[str, object] = {}
    for triple in triples:
        subject = _subject_id(triple.subject)
        if node.get("@id") != subject:
            if node:
                yield json.dumps(node, ensure_ascii=False)
            node = {"@id": subject}
        if triple.predicate.value == RDF_TYPE and isinstance(triple.object, ox.NamedNode):
            node.setdefault("@type", []).append(compact(triple.object.value))
        else:
            key = compact(triple.predicate.value)
            node.setdefault(key, []).append(_jsonld_value(triple.object, compact))
    if node:
        yield json.dumps(node, ensure_ascii=False)


def write_csv(table: Table, path: Path) -> None:
    """The CSV file and beside it its CSVW metadata (``<file>-metadata.json``, where CSVW processors look)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("w", newline="", encoding="utf-8") as stream:
        writer = csv.writer(stream)
        writer.writerow(table.header)
        writer.writerows(table.rows)
    write_json(table.csvw(path.name), path.with_name(f"{path.name}-metadata.json"))


