"""The event stream (LDES): an append-only log of versions, carried from each build into the next.

A build compares each member of the stream (every question and observation it publishes) with what
the previous build's stream last recorded of it, by a hash of its description, and appends a version
only for a thing that is new or changed, and a deletion for a thing that is gone; an unchanged rebuild
appends nothing. A version's timestamp is its build's creation time and never changes: the pages
written before are carried into the new build as they are (hard links, so carrying costs no copy and
a pruned build takes no page with it), only the newest, unfilled page is written again. So the log
lives as long as ``OUT`` and is swapped in with its build, atomically; what the server reads is always
one build's stream.

``BUILD/stream/``:

* ``pages/NNNNNN.nt``: up to ``PAGE_SIZE`` members each, in order of time (then of thing IRI), as
  N-Triples: ``tree:member``, each version's ``dct:isVersionOf``, ``dct:created`` and its description;
* ``things.tsv``: per thing its description's hash and its latest version (read by the next build only);
* ``stream.json``: the number of members per page and the stream's first time (read by the server).

A version holds its thing's statements but not its ``rdf:type`` (given as ``dct:type``) nor its
``qb:dataSet`` (as ``dct:isPartOf``): a replica that loads the stream must not find a second
observation of the live cube in every version. A deletion is typed ``as:Delete`` (declared on the
stream as ``ldes:versionDeletePath``/``ldes:versionDeleteObject``). This module reads and writes bytes
only (no rdflib), so the server imports it cheaply.
"""

from __future__ import annotations

import hashlib
import json
import os
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

PAGE_SIZE = 50  # members per page
STREAM = "stream"

RDF_TYPE = b"<http://www.w3.org/1999/02/22-rdf-syntax-ns#type>"
QB_DATASET = b"<http://purl.org/linked-data/cube#dataSet>"
DCT = "http://purl.org/dc/terms/"
TREE_MEMBER = b"<https://w3id.org/tree#member>"
AS_DELETE = b"<https://www.w3.org/ns/activitystreams#Delete>"
XSD_DATETIME = "http://www.w3.org/2001/XMLSchema#dateTime"
# the build's own dates (the catalogue's): not part of what a thing says, so not of its hash
DATED = (f"<{DCT}issued>".encode(), f"<{DCT}modified>".encode())
RENAMED = {RDF_TYPE: f"<{DCT}type>".encode(), QB_DATASET: f"<{DCT}isPartOf>".encode()}


@dataclass(frozen=True)
class StreamInfo:
    """``stream.json``: what the server needs to page the stream."""

    pages: list[int]  # members per page, oldest page first
    since: str  # the time of the stream's first member (its retention policy keeps all from there)

    @classmethod
    def load(cls, folder: Path) -> StreamInfo:
        data = json.loads((folder / "stream.json").read_text(encoding="utf-8"))
        return cls(list(data["pages"]), str(data["since"]))

    def save(self, folder: Path) -> None:
        (folder / "stream.json").write_text(json.dumps({"pages": self.pages, "since": self.since}) + "\n",
                                            encoding="utf-8")


def page_name(number: int) -> str:
    """Page ``number``'s path inside a stream's folder."""
    return f"pages/{number:06d}.nt"


def page_path(folder: Path, number: int) -> Path:
    return folder / page_name(number)


def read_page(folder: Path, number: int) -> bytes:
    """Page ``number``'s N-Triples."""
    return page_path(folder, number).read_bytes()


def first_time(folder: Path, number: int) -> str:
    """The time of page ``number``'s first member (pages are in order of time)."""
    created = f"<{DCT}created> ".encode()
    with page_path(folder, number).open("rb") as page:
        for line in page:
            if created in line:
                return line.split(created, 1)[1].split(b'"', 2)[1].decode()
    raise ValueError(f"{page_path(folder, number)}: no member")


def subjects(lines: Iterable[bytes]) -> Iterator[tuple[bytes, list[bytes]]]:
    """Consecutive N-Triples lines grouped by their subject term (a dump part holds each of its
    subjects' lines together: they are sorted)."""
    subject, group = b"", []
    for line in lines:
        if not line:
            continue
        term = line.split(b" ", 1)[0]
        if term != subject and group:
            yield subject, group
            group = []
        subject = term
        group.append(line)
    if group:
        yield subject, group


def member_types(vocab: str) -> set[bytes]:
    """The classes whose instances are the stream's members, as N-Triples terms: questions (``vocab``
    is the project's vocabulary namespace) and observations."""
    return {f"<{vocab}WrittenQuestion>".encode(), b"<http://purl.org/linked-data/cube#Observation>"}


def members(lines: Iterable[bytes], types: set[bytes]) -> Iterator[tuple[bytes, list[bytes]]]:
    """Each member's statements in N-Triples ``lines`` grouped by subject (an IRI subject typed with
    one of ``types``), without the build's own dates."""
    for subject, said in subjects(lines):
        if subject.startswith(b"<") and any(
                line.split(b" ", 2)[1] == RDF_TYPE and line.split(b" ", 2)[2][:-2] in types for line in said):
            yield subject, [line for line in said if line.split(b" ", 2)[1] not in DATED]


def digests(lines: Iterable[bytes], types: set[bytes]) -> tuple[tuple[bytes, str], ...]:
    """Each member of ``lines`` (a batch's sorted part) with the hash of its description: computed in
    the batch's worker, so the build compares with the stream without reading its dump again."""
    return tuple((thing, digest(said)) for thing, said in members(lines, types))


def digest(lines: list[bytes]) -> str:
    return hashlib.sha256(b"\n".join(sorted(lines))).hexdigest()[:32]


def read_things(folder: Path | None) -> dict[bytes, str]:
    """Each thing's hash as the stream last recorded it (empty when there is no stream yet)."""
    path = folder / "things.tsv" if folder else None
    if path is None or not path.is_file():
        return {}
    rows = path.read_bytes().split(b"\n")
    return {thing: hashed.decode() for thing, hashed in (row.split(b"\t") for row in rows if row)}


def version_lines(version: bytes, thing: bytes, created: bytes, lines: list[bytes] | None) -> list[bytes]:
    """A member: ``version`` of ``thing`` at ``created``, with the thing's statements (``lines``), or a
    deletion when there are none (``None``)."""
    head = [f"{version.decode()} <{DCT}isVersionOf> {thing.decode()} .".encode(),
            f"{version.decode()} <{DCT}created> {created.decode()} .".encode()]
    if lines is None:
        return [*head, version + b" " + RDF_TYPE + b" " + AS_DELETE + b" ."]
    said = []
    for line in lines:
        _, predicate, rest = line.split(b" ", 2)
        said.append(version + b" " + RENAMED.get(predicate, predicate) + b" " + rest)
    return head + said


@dataclass(frozen=True)
class Appended:
    members: int  # versions and deletions this build added
    pages: int  # pages in the stream after it


@dataclass(frozen=True)
class Carried:
    """The previous build's stream, its pages linked into a new build's folder: the members per page,
    when it began, and the folder (whose ``things.tsv`` ``carry`` reads)."""

    pages: tuple[int, ...]
    since: str | None  # None: no previous stream
    previous: Path | None


def carried_over(previous: Path | None, folder: Path) -> Carried:
    """The previous build's pages linked into ``folder``, as they are (the last one is written anew if it
    grows); needs nothing of the new build, so a build does it while its batches run (~38,000 links at
    100,000 documents: the disk's work, not the cores' the batches use)."""
    (folder / "pages").mkdir(parents=True)
    before = StreamInfo.load(previous) if previous and (previous / "stream.json").is_file() else None
    if before is None:
        return Carried((), None, None)
    for name in map(page_name, range(len(before.pages))):  # string paths: faster than Path's
        os.link(f"{previous}/{name}", f"{folder}/{name}")
    return Carried(tuple(before.pages), before.since, previous)


def carry(carried: Carried, folder: Path, parts: list[tuple[tuple[bytes, str], ...]],
          read_part: Callable[[int], bytes], types: set[bytes], created: str, stream_iri: str,
          version_iri: Callable[[str, int], str]) -> Appended:
    """Write ``folder`` (the new build's stream): ``carried`` (the previous build's, ``carried_over``),
    then a version for each new or changed member of the dump and a deletion for each one gone.

    ``parts`` holds each dump part's members with their hashes (``digests``), in the dump's order;
    ``read_part(n)`` gives part ``n``'s lines, read only for a part with a new or changed member.
    ``version_iri(thing, page)`` mints a version's IRI (it names the page the version is on, so the
    server finds it without an index)."""
    pages, known = list(carried.pages), read_things(carried.previous)
    stamp = f'"{created}"^^<{XSD_DATETIME}>'.encode()
    tail: list[bytes] = []
    appended = 0

    def add(thing: bytes, lines: list[bytes] | None) -> None:
        nonlocal appended, tail
        if not pages or pages[-1] == PAGE_SIZE:
            pages.append(0)
            tail = []
        elif not tail and pages[-1]:
            tail = read_page(folder, len(pages) - 1).splitlines()
        version = f"<{version_iri(thing.decode()[1:-1], len(pages) - 1)}>".encode()
        tail += [f"<{stream_iri}> ".encode() + TREE_MEMBER + b" " + version + b" .",
                 *version_lines(version, thing, stamp, lines)]
        pages[-1] += 1
        appended += 1
        if pages[-1] == PAGE_SIZE:
            _write_page(folder, len(pages) - 1, tail)

    seen: dict[bytes, str] = {}
    for number, described in enumerate(parts):
        now = dict(described)
        seen |= now
        if not now.items() <= known.items():  # compared in C: a part carried over is ~1,000 things
            said = dict(members(read_part(number).splitlines(), types))
            for thing, hashed in described:
                if known.get(thing) != hashed:
                    add(thing, said[thing])
    for thing in sorted(known.keys() - seen.keys()):
        add(thing, None)
    if pages and pages[-1] != PAGE_SIZE and tail:
        _write_page(folder, len(pages) - 1, tail)
    (folder / "things.tsv").write_bytes(b"".join(thing + b"\t" + hashed.encode() + b"\n"
                                                 for thing, hashed in seen.items()))
    StreamInfo(pages, carried.since or created).save(folder)
    return Appended(appended, len(pages))


def _write_page(folder: Path, number: int, lines: list[bytes]) -> None:
    """A page written anew (never in place: the previous build's page is a hard link to the same file)."""
    path = page_path(folder, number)
    path.unlink(missing_ok=True)
    path.write_bytes(b"".join(line + b"\n" for line in lines))
