"""The files of a build: the store, the dumps (written in parts by the batches, joined by the parent),
Turtle files and CSV tables. Where they go and how a build is swapped in is ``folder.py``'s.
"""

from __future__ import annotations

import csv
import functools
import gzip
import json
import shutil
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import IO

import pyoxigraph as ox
import rdflib

from ..graph.table import Table
from .folder import write_json

RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
RDF_TYPE_TERM = f"<{RDF_TYPE}>".encode()
XSD_STRING = "http://www.w3.org/2001/XMLSchema#string"
PRETTY_TURTLE_UP_TO = 50_000  # triples; see write_turtle


# --- the files of a build --------------------------------------------------------------------


def open_store(folder: Path) -> ox.Store:
    """The Oxigraph store the server reads, created empty in the staging folder."""
    return ox.Store(str(folder))


NT = ox.RdfFormat.N_TRIPLES


def ntriples(lines: Iterable[bytes]) -> bytes:
    """An N-Triples document of ``lines`` (each a triple without its line end)."""
    return b"".join(line + b"\n" for line in lines)


def load_dump(store: ox.Store, nt_gz: Path) -> None:
    """The N-Triples dump into the store's default graph, in one bulk load. (Loading each batch as it
    came in kept RocksDB compacting ever larger levels: at 2.7M triples in 20 loads it cost 30% more
    CPU than one load, and at 50,000 documents its compactions took more CPU than the loads.)"""
    with gzip.open(nt_gz, "rb") as stream:
        store.bulk_load(stream, format=NT, to_graph=ox.DefaultGraph())


def finish_store(store: ox.Store) -> None:
    """Flush and compact the store for reading. Oxigraph has no close: RocksDB's lock goes with the
    last reference, so the caller drops its own before the folder is renamed."""
    store.flush()
    store.optimize()


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
    triples = ox.parse(graph.serialize(format="nt", encoding="utf-8"), format=NT)
    ox.serialize(triples, output=str(path), format=ox.RdfFormat.TURTLE,
                 prefixes={prefix: str(ns) for prefix, ns in graph.namespaces()})


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


def _append(stream: IO[bytes], part: Path) -> int:
    """Copy ``part`` to the end of ``stream`` and delete it (a build's disk holds each dump once)."""
    with part.open("rb") as source:
        shutil.copyfileobj(source, stream, 1 << 20)
    size = part.stat().st_size
    part.unlink()
    return size


Range = tuple[int, int]  # offset and size in bytes of one part inside a joined file


def _appended(stream: IO[bytes], part: Path) -> Range:
    offset = stream.tell()
    return offset, _append(stream, part)


def join_turtle(path: Path, parts: Iterable[Path], prefixes: dict[str, str]) -> list[Range]:
    """One Turtle file: the prefix declarations, then the parts' statements. Returns where each part is."""
    with path.open("wb") as stream:
        stream.write("".join(f"@prefix {p}: <{ns}> .\n" for p, ns in prefixes.items()).encode())
        return [_appended(stream, part) for part in parts]


DUMP_SUFFIXES = (".nt.gz", ".ttl", ".jsonld")  # a part's files, and the dumps' (``vlaq`` + suffix)


def join_dumps(dumps: Path, parts: list[Path], prefixes: dict[str, str]) -> dict[str, list[Range]]:
    """``vlaq.nt.gz`` (the parts' gzip members, one after the other: a valid gzip file), ``vlaq.ttl``
    and ``vlaq.jsonld`` (one ``@context``, one ``@graph`` array of every part's node objects).

    Returns where each part is in each dump, by suffix: a reader can take one part of the N-Triples
    dump without the others (``read_part``), and a later build can take a part it reuses back out."""
    dumps.mkdir(parents=True, exist_ok=True)
    with (dumps / "vlaq.nt.gz").open("wb") as stream:
        ranges = {".nt.gz": [_appended(stream, suffixed(part, ".nt.gz")) for part in parts]}
    ranges[".ttl"] = join_turtle(dumps / "vlaq.ttl", (suffixed(part, ".ttl") for part in parts), prefixes)
    with (dumps / "vlaq.jsonld").open("wb") as stream:
        stream.write(('{"@context": ' + json.dumps(prefixes, indent=2) + ',\n"@graph": [\n').encode())
        written, ranges[".jsonld"] = 0, []
        for part in parts:
            nodes = suffixed(part, ".jsonld")
            if nodes.stat().st_size:
                stream.write(b",\n" if written else b"")
            ranges[".jsonld"].append(_appended(stream, nodes))
            written += ranges[".jsonld"][-1][1]
        stream.write(b"\n]}\n")
    return ranges


def copy_range(source: Path, where: Range, target: Path) -> None:
    """One part of a joined file (``join_dumps``, ``join_turtle``) back into a file of its own."""
    with source.open("rb") as stream:
        stream.seek(where[0])
        target.write_bytes(stream.read(where[1]))


def read_part(nt_gz: Path, sizes: list[int], index: int) -> bytes:
    """Part ``index`` of an N-Triples dump joined by ``join_dumps`` (``sizes`` as it returned them),
    decompressed; the other parts are not read."""
    with nt_gz.open("rb") as stream:
        stream.seek(sum(sizes[:index]))
        return gzip.decompress(stream.read(sizes[index]))


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


