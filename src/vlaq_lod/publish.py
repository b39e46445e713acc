"""Writing a build folder and swapping it in: nothing already published is lost or half-replaced.

Everything is written into a staging folder *next to* ``OUT`` (same file system, not
inside it), so a failed or killed build leaves ``OUT`` exactly as it was. A finished
folder is renamed to ``OUT/builds/<id>`` and the ``OUT/current`` symlink is replaced
by ``os.replace`` of a fresh symlink, which is atomic on POSIX: a reader sees the old
build or the new one, never a mix. The previous build is kept for readers still on it.
"""

from __future__ import annotations

import csv
import functools
import gzip
import json
import os
import secrets
import shutil
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from datetime import datetime
from pathlib import Path

import pyoxigraph as ox
import rdflib

from .graph.table import Table

RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
XSD_STRING = "http://www.w3.org/2001/XMLSchema#string"
PRETTY_TURTLE_UP_TO = 50_000  # triples; see write_turtle
KEEP_BUILDS = 2  # the current build and the one before it
CURRENT = "current"
BUILDS = "builds"


def new_build_id(created: datetime) -> str:
    """Sorts by creation time (``prune`` relies on it); the random tail keeps same-second builds apart."""
    return f"{created:%Y%m%dT%H%M%SZ}-{secrets.token_hex(3)}"


def _staging_prefix(out: Path) -> str:
    return f".{out.name}.staging-"


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def remove_stale_staging(out: Path) -> None:
    """Staging folders of builds that were killed: their pid (in the name) no longer runs."""
    for folder in out.parent.glob(_staging_prefix(out) + "*"):
        pid = folder.name.removeprefix(_staging_prefix(out)).split("-", 1)[0]
        if pid.isdigit() and not _alive(int(pid)):
            shutil.rmtree(folder, ignore_errors=True)


@contextmanager
def staging(out: Path) -> Iterator[Path]:
    """A fresh folder next to ``out``; removed again unless the caller moved it away."""
    out.parent.mkdir(parents=True, exist_ok=True)
    remove_stale_staging(out)
    folder = out.parent / f"{_staging_prefix(out)}{os.getpid()}-{secrets.token_hex(4)}"
    folder.mkdir()
    try:
        yield folder
    finally:
        if folder.exists():
            shutil.rmtree(folder, ignore_errors=True)


def swap_in(folder: Path, out: Path, build_id: str) -> Path:
    """Move a finished staging folder to ``OUT/builds/<id>`` and point ``OUT/current`` at it."""
    builds = out / BUILDS
    builds.mkdir(parents=True, exist_ok=True)
    target = builds / build_id
    folder.rename(target)
    link = out / f".{CURRENT}.{secrets.token_hex(4)}"
    link.symlink_to(Path(BUILDS) / build_id)
    os.replace(link, out / CURRENT)
    prune(out)
    return target


def prune(out: Path, keep: int = KEEP_BUILDS) -> None:
    """Delete all but the newest ``keep`` builds (ids sort by creation time); never the current one."""
    current = (out / CURRENT).resolve()
    folders = sorted(p for p in (out / BUILDS).iterdir() if p.is_dir())
    for folder in folders[:-keep]:
        if folder.resolve() != current:
            shutil.rmtree(folder, ignore_errors=True)


def current_build(out: Path) -> Path | None:
    """The folder ``OUT/current`` points at, or None before the first build."""
    link = out / CURRENT
    return link.resolve() if link.exists() else None


# --- the files of a build --------------------------------------------------------------------


def open_store(folder: Path) -> ox.Store:
    """The Oxigraph store the server reads, created empty in the staging folder."""
    return ox.Store(str(folder))


def bulk_load(store: ox.Store, head: bytes, ntriples: Iterable[Path]) -> None:
    """Everything published, in the default graph: ``head`` then each file's N-Triples."""
    store.bulk_load(head, format=ox.RdfFormat.N_TRIPLES, to_graph=ox.DefaultGraph())
    for path in ntriples:
        store.bulk_load(path=str(path), format=ox.RdfFormat.N_TRIPLES, to_graph=ox.DefaultGraph())


def add_graph(store: ox.Store, graph: rdflib.Graph) -> None:
    store.bulk_load(graph.serialize(format="nt", encoding="utf-8"), format=ox.RdfFormat.N_TRIPLES,
                    to_graph=ox.DefaultGraph())


CLASS_COUNTS = "SELECT ?class (COUNT(?s) AS ?n) WHERE { ?s a ?class } GROUP BY ?class"


def class_counts(store: ox.Store) -> Counter[rdflib.URIRef]:
    """Instances per class in the store (for VoID): counted once however many batches typed them."""
    rows = store.query(CLASS_COUNTS)
    return Counter({rdflib.URIRef(row["class"].value): int(row["n"].value) for row in rows
                    if isinstance(row["class"], ox.NamedNode)})


def finish_store(store: ox.Store) -> None:
    """Flush and compact the store for reading. Oxigraph has no close: RocksDB's lock goes with the
    last reference, so the caller drops its own before the folder is renamed."""
    store.flush()
    store.optimize()


def write_turtle(graph: rdflib.Graph, path: Path) -> None:
    """A Turtle file of a build; rdflib's writer nests blank nodes, which keeps shapes readable,
    but takes minutes on a large graph, so one with many triples goes through Oxigraph's writer."""
    if len(graph) < PRETTY_TURTLE_UP_TO:
        graph.serialize(path, format="turtle", encoding="utf-8")
        return
    triples = ox.parse(graph.serialize(format="nt", encoding="utf-8"), format=ox.RdfFormat.N_TRIPLES)
    ox.serialize(triples, output=str(path), format=ox.RdfFormat.TURTLE,
                 prefixes={prefix: str(ns) for prefix, ns in graph.namespaces()})


def _lines_then_files(head: list[bytes], parts: Iterable[Path]) -> Iterator[bytes]:
    yield b"".join(line + b"\n" for line in head)
    for part in parts:
        with part.open("rb") as lines:
            yield from iter(lambda: lines.read(1 << 20), b"")


def write_turtle_lines(path: Path, head: list[bytes], parts: Iterable[Path],
                       prefixes: dict[str, str]) -> None:
    """Turtle of the N-Triples ``head`` lines then ``parts`` files (joined in a file beside ``path``
    first, so Oxigraph streams them from disk)."""
    joined = path.with_suffix(".nt")
    with joined.open("wb") as stream:
        for chunk in _lines_then_files(head, parts):
            stream.write(chunk)
    ox.serialize(ox.parse(path=str(joined), format=ox.RdfFormat.N_TRIPLES), output=str(path),
                 format=ox.RdfFormat.TURTLE, prefixes=prefixes)
    joined.unlink()


def write_ntriples(path: Path, head: list[bytes], parts: Iterable[Path]) -> int:
    """``head`` lines then each part's lines, gzip-compressed; returns the number of triples."""
    path.parent.mkdir(parents=True, exist_ok=True)
    count = 0
    with gzip.open(path, "wb", compresslevel=6) as stream:
        for chunk in _lines_then_files(head, parts):
            stream.write(chunk)
            count += chunk.count(b"\n")
    return count


def write_dumps(nt_gz: Path, dumps: Path, prefixes: dict[str, str]) -> None:
    """Turtle and compact JSON-LD of the N-Triples dump, streamed from it (Oxigraph's parser and
    Turtle writer keep lexical forms; rdflib's pretty writers took minutes on a thousand documents).
    The dump groups each subject's triples, as the JSON-LD writer needs."""
    with gzip.open(nt_gz, "rb") as stream:
        ox.serialize(ox.parse(stream, format=ox.RdfFormat.N_TRIPLES), output=str(dumps / "vlaq.ttl"),
                     format=ox.RdfFormat.TURTLE, prefixes=prefixes)
    with gzip.open(nt_gz, "rb") as stream:
        write_jsonld(ox.parse(stream, format=ox.RdfFormat.N_TRIPLES), dumps / "vlaq.jsonld", prefixes)


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


def write_jsonld(triples: Iterable[ox.Triple], path: Path, prefixes: dict[str, str]) -> None:
    """Flat compact JSON-LD: one node object per subject, properties as ``prefix:name`` keys.

    ``triples`` must come grouped by subject (sorted N-Triples are); nodes are written as
    they complete, so the document never sits in memory as one object tree.
    """
    compact = _compactor(prefixes)
    with path.open("w", encoding="utf-8") as stream:
        stream.write('{"@context": ' + json.dumps(prefixes, indent=2) + ',\n"@graph": [\n')
        node: dict[str, object] = {}
        for triple in triples:
            subject = _subject_id(triple.subject)
            if node.get("@id") != subject:
                if node:
                    stream.write(json.dumps(node, ensure_ascii=False) + ",\n")
                node = {"@id": subject}
            if triple.predicate.value == RDF_TYPE and isinstance(triple.object, ox.NamedNode):
                node.setdefault("@type", []).append(compact(triple.object.value))
            else:
                key = compact(triple.predicate.value)
                node.setdefault(key, []).append(_jsonld_value(triple.object, compact))
        if node:
            stream.write(json.dumps(node, ensure_ascii=False) + "\n")
        stream.write("]}\n")


def write_csv(table: Table, path: Path) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("w", newline="", encoding="utf-8") as stream:
        writer = csv.writer(stream)
        writer.writerow(table.header)
        writer.writerows(table.rows)


def write_json(data: dict, path: Path) -> None:
    path.write_text(json.dumps(data, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
