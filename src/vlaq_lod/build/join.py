"""A build's joined files and its store, assembled from the batches' parts: a new batch's part files,
or, for a batch taken over from the previous build (``reuse.py``), the bytes of its part inside the
previous build's joined files. The parent runs this; no batch does.

So an incremental build costs what changed, not what the archive holds:

* the dumps and the catalogue are byte ranges copied by the kernel (``os.copy_file_range``), never
  read into Python nor formatted again;
* the store starts as a checkpoint of the previous one (``Store.backup``: RocksDB hard-links its
  immutable files, so the copy costs no data), updated by the lines that differ between the parts
  that went away and the new parts (the caller compares them). A batch's own triples are about
  subjects no other batch describes, so its part is exactly what it put into the store; the shared
  part (head) is compared line by line. The shared part's blank nodes (the ontology's) are stored
  with the labels the dump gives them (``Store.extend``, ``bulk_extend``, where ``bulk_load`` would
  rename them), so that the next build can remove them. A store whose blank nodes are not the dump's
  (made before this) is loaded whole instead.
"""

from __future__ import annotations

import gzip
import hashlib
import io
import json
import os
import shutil
import zlib
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import IO

import pyoxigraph as ox

NT = ox.RdfFormat.N_TRIPLES
Range = tuple[int, int]  # offset and size in bytes of one part inside a joined file


@dataclass(frozen=True)
class Piece:
    """Bytes that go into a joined file: ``size`` bytes of ``path`` from ``offset`` (a reused part in
    the previous build's file), or the whole of ``path`` when ``size`` is None (a new part's own file,
    deleted once joined, so a build's disk holds each dump once)."""

    path: Path
    offset: int = 0
    size: int | None = None


def _size(piece: Piece) -> int:
    return piece.path.stat().st_size if piece.size is None else piece.size


def _copy(stream: IO[bytes], piece: Piece, size: int) -> None:
    """Append ``piece`` to ``stream``; the kernel copies (no pass through Python)."""
    stream.flush()
    with piece.path.open("rb") as source:
        offset, left = piece.offset, size
        while left:
            copied = os.copy_file_range(source.fileno(), stream.fileno(), left, offset)
            if not copied:
                raise OSError(f"{piece.path}: {left} bytes short at {offset}")
            offset, left = offset + copied, left - copied
    stream.seek(0, io.SEEK_END)
    if piece.size is None:
        piece.path.unlink()


def join(path: Path, head: bytes, pieces: Iterable[Piece], separator: bytes = b"",
         tail: bytes = b"") -> list[Range]:
    """``head``, the pieces (``separator`` between two non-empty ones), ``tail``; where each piece is."""
    ranges: list[Range] = []
    with path.open("wb") as stream:
        stream.write(head)
        written = 0
        for piece in pieces:
            size = _size(piece)
            if separator and written and size:
                stream.write(separator)
            ranges.append((stream.tell(), size))
            _copy(stream, piece, size)
            written += size
        stream.write(tail)
    return ranges


def turtle_head(prefixes: dict[str, str]) -> bytes:
    return "".join(f"@prefix {p}: <{ns}> .\n" for p, ns in prefixes.items()).encode()


DUMP_SUFFIXES = (".nt.gz", ".ttl", ".jsonld")  # a part's files, and the dumps' (``vlaq`` + suffix)


def join_dumps(dumps: Path, parts: list[dict[str, Piece]], prefixes: dict[str, str],
               suffixes: tuple[str, ...] = DUMP_SUFFIXES) -> dict[str, list[Range]]:
    """``vlaq.nt.gz`` (the parts' gzip members, one after the other: a valid gzip file), ``vlaq.ttl``
    (one set of prefixes, then every part's statements) and ``vlaq.jsonld`` (one ``@context``, one
    ``@graph`` array of every part's node objects), from each part's piece per suffix (those of
    ``suffixes`` only).

    Returns where each part is in each dump, by suffix: a reader can take one part of the N-Triples
    dump without the others (``read_part``), and a later build can take a part it reuses back out."""
    dumps.mkdir(parents=True, exist_ok=True)
    context = ('{"@context": ' + json.dumps(prefixes, indent=2) + ',\n"@graph": [\n').encode()
    frames = {".nt.gz": (b"", b"", b""), ".ttl": (turtle_head(prefixes), b"", b""),
              ".jsonld": (context, b",\n", b"\n]}\n")}
    return {suffix: join(dumps / f"vlaq{suffix}", head, (part[suffix] for part in parts), separator, tail)
            for suffix, (head, separator, tail) in frames.items() if suffix in suffixes}


def span(ranges: list[Range]) -> Range:
    """The range from the first of consecutive ``ranges`` to the end of the last."""
    return ranges[0][0], ranges[-1][0] + ranges[-1][1] - ranges[0][0]


CHUNK = 64  # subjects in a chunk of the shared part, on average
Chunks = tuple[tuple[str, dict[str, Range]], ...]  # a shared part's chunks: digest, where in each dump


def chunks(lines: list[bytes]) -> list[list[bytes]]:
    """Sorted N-Triples ``lines`` cut into runs of whole subjects, after each subject whose hash is 0
    modulo ``CHUNK``: the cuts depend on the subjects alone, so a line added or gone changes the one
    chunk it falls in and the next build finds every other chunk as it was (``digest``)."""
    cut, current, subject = [], [], b""
    for line in lines:
        term = line.split(b" ", 1)[0]
        if term != subject and current and zlib.crc32(subject) % CHUNK == 0:
            cut.append(current)
            current = []
        subject = term
        current.append(line)
    return [*cut, current] if current else cut


def digest(lines: list[bytes]) -> str:
    return hashlib.sha256(b"\n".join(lines)).hexdigest()


def read_part(nt_gz: Path, sizes: list[int], index: int) -> bytes:
    """Part ``index`` of an N-Triples dump joined by ``join_dumps`` (``sizes`` as it returned them),
    decompressed; the other parts are not read."""
    with nt_gz.open("rb") as stream:
        return read_range(stream, (sum(sizes[:index]), sizes[index]))


def read_range(stream: IO[bytes], where: Range) -> bytes:
    """The gzip members at ``where`` in ``stream``, decompressed."""
    stream.seek(where[0])
    return gunzip(stream.read(where[1]))


def gunzip(data: bytes) -> bytes:
    """``data`` of one or more gzip members, decompressed. Not ``gzip.decompress``: in Python 3.11 it
    copies the rest of its input after every member, so a part of thousands of members (the shared part
    is a member per chunk) took 19 s at 100,000 documents, against 1.5 s read as a stream."""
    return gzip.GzipFile(fileobj=io.BytesIO(data)).read()


_TYPE = b" <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <http://www.w3.org/ns/shacl#"
REPORT_NODE = "validationReport"  # the joined report's blank node (pySHACL's and rdflib's are N + hex)


def validation_report(parts: Iterable[bytes], conforms: bool) -> bytes:
    """One ``sh:ValidationReport`` naming every result of ``parts`` (each a check's report as N-Triples),
    what ``validate.merged_graph`` makes of the parsed reports, made without parsing them: each part's
    report node goes with its lines, its results and what they say stay. At 100,000 documents the
    batches' reports hold ~650,000 lines, which rdflib took half a minute to parse and merge."""
    node = f"_:{REPORT_NODE}".encode()
    out = [node + _TYPE + b"ValidationReport> .",
           node + b' <http://www.w3.org/ns/shacl#conforms> "' + str(conforms).lower().encode()
           + b'"^^<http://www.w3.org/2001/XMLSchema#boolean> .']
    for part in parts:
        lines = part.splitlines()
        own = {line.split(b" ", 1)[0] for line in lines if line.endswith(_TYPE + b"ValidationReport> .")}
        for line in lines:
            subject = line.split(b" ", 1)[0]
            if line and subject not in own:
                out.append(line)
                if line.endswith(_TYPE + b"ValidationResult> ."):
                    out.append(node + b" <http://www.w3.org/ns/shacl#result> " + subject + b" .")
    return b"".join(line + b"\n" for line in out)


# --- the store ------------------------------------------------------------------------------------


def _quads(lines: Iterable[bytes]) -> Iterator[ox.Quad]:
    data = b"".join(line + b"\n" for line in lines)
    for triple in ox.parse(data, format=NT):
        yield ox.Quad(triple.subject, triple.predicate, triple.object, ox.DefaultGraph())


def load_store(folder: Path, nt_gz: Path, head_size: int, head: list[bytes]) -> ox.Store:
    """A new store of the dump: every batch's part in one bulk load (loading each part as it came
    kept RocksDB compacting ever larger levels), the shared part (``head``, the dump's first
    ``head_size`` bytes) added with its blank nodes' labels (see the module docstring)."""
    store = ox.Store(str(folder))
    with nt_gz.open("rb") as raw:
        raw.seek(head_size)
        with gzip.open(raw, "rb") as stream:
            store.bulk_load(stream, format=NT, to_graph=ox.DefaultGraph())
    store.extend(_quads(head))
    return store


def update_store(previous: Path, folder: Path, removed: Iterable[bytes], added: Iterable[bytes]
                 ) -> ox.Store | None:
    """The previous build's store copied into ``folder``, the ``removed`` lines taken out, the ``added``
    lines put in. None when the previous store's blank nodes are not labelled as its dump's (nothing is
    written then)."""
    removed, added = sorted(removed), sorted(added)
    blank = next((quad for quad in _quads(line for line in removed if line.startswith(b"_:"))), None)
    ox.Store.read_only(str(previous)).backup(str(folder))
    store = ox.Store(str(folder))
    if blank is not None and blank not in store:
        del store
        shutil.rmtree(folder)
        return None
    for quad in _quads(removed):
        store.remove(quad)
    store.bulk_extend(_quads(added))  # keeps blank nodes' labels, as ``extend`` does; no transaction
    return store


def finish_store(store: ox.Store) -> None:
    """Flush and compact a new store for reading. Oxigraph has no close: RocksDB's lock goes with the
    last reference, so the caller drops its own before the folder is renamed."""
    store.flush()
    store.optimize()
