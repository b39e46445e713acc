"""A corpus is built in batches of documents: each batch is parsed, graphed, validated and written on
its own, in forked worker processes, so a build's memory is bounded by a batch and its time grows
linearly with the corpus (the whole archive's graph would not fit in memory as an rdflib graph).

Checking batch by batch finds what checking the whole graph at once finds, because:

* a document's own nodes (question, answer, their parts, the source text, observations, quotes, the
  data sets of its uncurated tables) get all their triples from its own batch;
* the curated declarations quote particular documents: those documents form the first batch, which
  alone gets the curated figures, row mappings and mentions, so the checks across documents (totals,
  evolutions, one statistic in two documents) see every observation of a curated statistic, and an
  uncurated statistic is one table of one document;
* nodes that several batches describe (persons, roles, periods, concepts) are checked once more on
  the union of their descriptions, read back from the store (``shared.py``);
* a question key is unique across the corpus (``repeated_keys``): two documents with one key would
  otherwise describe one question from two batches.

A document that fails (it does not parse, its key repeats, a check blames it) is left out of its batch
and reported (``Rejection``), and the batch is built again without it (``build_batch``, ``blame``).
"""

from __future__ import annotations

import multiprocessing
import multiprocessing.process
import os
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from dataclasses import astuple, dataclass, field, replace
from datetime import datetime
from functools import partial
from multiprocessing.connection import Connection, wait
from pathlib import Path
from typing import Any, TypeVar

import rdflib

from ..graph.catalog import DatasetEntry, DatasetNodes, catalog_graph, csv_dump, dataset_entries, vocabularies
from ..graph.corpus import documents_graph, flag_contradictions
from ..graph.curated import Curated, CuratedError, Head, QuestionRef, Where, head_of
from ..graph.namespaces import QB, RDF, SCHEMA, SKOS, TIME, vlaq
from ..graph.table import csv_table
from ..model import Document
from ..parse import ParseError, read_document
from ..processes import die_with_parent
from ..uris import Uris, question_key
from ..validate import Finding, IcResult, Report, check_shapes
from ..validate.cube import check_ntriples
from . import collector, publish, stream
from .folder import Rejection

T = TypeVar("T")
R = TypeVar("R")

# step name, items done, items in total; the CLI draws a bar from it, a test can stop a build with it
Progress = Callable[[str, int, int], None]


def quiet(step: str, done: int, total: int) -> None:
    """No progress: the default, and a batch's in a worker (the parent reports whole batches)."""


@dataclass(frozen=True)
class Batch:
    index: int
    paths: tuple[Path, ...]
    left_out: frozenset[str] = frozenset()  # file names the parent took out (rejected in another batch)


def plan(paths: list[Path], curated_sources: set[str], size: int) -> list[Batch]:
    """Batches of ``size`` documents in the given order, the curated documents all in the first."""
    first = [p for p in paths if p.name in curated_sources]
    rest = [p for p in paths if p.name not in curated_sources]
    fill = max(size - len(first), 0)
    groups = [first + rest[:fill], *(rest[i:i + size] for i in range(fill, len(rest), size))]
    return [Batch(index, tuple(group)) for index, group in enumerate(g for g in groups if g)]


@dataclass(frozen=True)
class Context:
    """What every batch needs; forked workers inherit it instead of unpickling it."""

    uris: Uris
    curated: Curated
    ontology: rdflib.Graph  # parsed once, so its blank nodes are the same in every batch
    shapes: rdflib.Graph
    folder: Path  # the staging folder: batches write their dump parts and CSV files into it
    created: datetime  # the catalogue's date
    prefixes: dict[str, str]  # the dumps' (every part is written with the same ones)


@dataclass(frozen=True)
class BatchResult:
    """A built batch, small enough to send back to the parent: the triples stay in ``ntriples``."""

    index: int
    failure: str | None  # the readable report of a batch that stops the build
    part: Path | None = None  # the dumps' part: the batch's own nodes' triples (publish.write_part)
    lines: int = 0  # triples in ``part``
    classes: Counter[str] = field(default_factory=Counter)  # instances per class in ``part`` (for VoID)
    shared: frozenset[bytes] = frozenset()  # N-Triples lines about shared nodes, which batches repeat
    catalog: Path | None = None  # Turtle statements of the catalogue about the batch's data sets
    catalog_shared: frozenset[bytes] = frozenset()  # the catalogue's other lines
    keys: tuple[tuple[str, str], ...] = ()  # (question key, source path) per document
    observations: int = 0
    entries: tuple[DatasetEntry, ...] = ()
    used: frozenset[str] = frozenset()  # vocabulary namespaces
    findings: tuple[Finding, ...] = ()
    report: bytes = b""  # the SHACL report graph as N-Triples (its warnings are published)
    ics: tuple[IcResult, ...] = ()
    rejected: tuple[Rejection, ...] = ()  # documents left out, and curated declarations about them
    members: tuple[tuple[bytes, str], ...] = ()  # the event stream's members in ``part``, hashed


@collector.paused()  # its graph stays alive to the end: collections would only walk it (``collector``)
def build_batch(batch: Batch, context: Context, progress: Progress = quiet) -> BatchResult:
    """Parse, graph and validate one batch; write its triples and its data sets' CSV files.

    A document that cannot be read, shares its question key with another, or breaks a check on its
    own is left out (``Rejection``) and the rest of the batch is built again without it; a failure
    no document can be blamed for fails the batch (``BatchResult.failure``)."""
    documents, rejected = read_documents(batch.paths, progress)
    heads = {Path(path).name: head_of(doc) for doc, path in documents}  # what curated entries name
    documents, doubles = unique_keys(documents)
    rejected += doubles
    curated = context.curated if batch.index == 0 else context.curated.definitions()
    while True:
        progress("graph", 0, 1)
        names = {Path(r.file).name for r in rejected} | batch.left_out
        kept, dropped = without_rejected(curated, [heads[name] for name in sorted(names) if name in heads])
        try:
            checked = check_documents([d for d, _ in documents], kept, context, progress)
        except CuratedError as error:
            return BatchResult(batch.index, str(error), rejected=_rejections(rejected, dropped))
        if checked.report.ok:
            break
        culprits = blame(checked.report, [d for d, _ in documents], context)
        if not culprits:
            return BatchResult(batch.index, checked.report.text(), rejected=_rejections(rejected, dropped))
        rejected += [Rejection(str(path), *culprits[doc.source]) for doc, path in documents
                     if doc.source in culprits]
        documents = [(doc, path) for doc, path in documents if doc.source not in culprits]
    graph, catalog, entries, report = checked.graph, checked.catalog, checked.entries, checked.report
    for entry in entries:
        table = csv_table(graph, rdflib.URIRef(entry.uri), context.uris)
        publish.write_csv(table, context.folder / csv_dump(entry.key).path)
    frame = catalog_frame(catalog, entries, context.uris)
    own, shared = split_lines(checked.lines, shared_subjects(graph, context) | frame)
    catalog_own, catalog_shared = split_lines(catalog.serialize(format="nt", encoding="utf-8"), frame)
    stem = context.folder / "batches" / f"{batch.index:06d}"
    return BatchResult(
        batch.index, None, publish.write_part(own, stem, context.prefixes), len(own),
        publish.type_counts(own), frozenset(shared),
        catalog=publish.write_turtle_part(publish.ntriples(catalog_own),
                                          publish.suffixed(stem, ".catalog.ttl"), context.prefixes),
        catalog_shared=frozenset(catalog_shared),
        keys=tuple((question_key(doc), str(path)) for doc, path in documents),
        observations=sum(1 for _ in graph.subjects(RDF.type, QB.Observation)),
        entries=tuple(entries),
        used=frozenset(vocabularies(graph)),
        findings=report.shacl.findings,
        report=report.graph.serialize(format="nt", encoding="utf-8"),
        ics=report.cube,
        rejected=_rejections(rejected, dropped),
        members=stream.digests(own, stream.member_types(context.uris.vocab)),
    )


Read = tuple[Document, Path]  # a document with the path it was read from


def read_documents(paths: tuple[Path, ...], progress: Progress) -> tuple[list[Read], list[Rejection]]:
    """The documents that parse, and a rejection (``FILE:LINE: message``) for each that does not."""
    documents, rejected = [], []
    for done, path in enumerate(paths, start=1):
        try:
            documents.append((read_document(path), path))
        except ParseError as error:
            rejected.append(Rejection(str(path), error.line, error.message))
        progress("parse", done, len(paths))
    return documents, rejected


def unique_keys(documents: list[Read]) -> tuple[list[Read], list[Rejection]]:
    """The documents whose question key no other has, and a rejection for each of the others."""
    repeated = repeated_keys((question_key(doc), str(path)) for doc, path in documents)
    return ([(doc, path) for doc, path in documents if str(path) not in repeated],
            [repeated[str(path)] for _, path in documents if str(path) in repeated])


def without_rejected(curated: Curated, rejected: list[Head]) -> tuple[Curated, list[Where]]:
    """The curated declarations without those about the ``rejected`` documents (their headers), and
    where each left-out declaration was written: a declaration about a rejected document is reported,
    the build goes on without it. (A document that could not be read names no question: declarations
    about it find no document and are left out with a warning, like any absent question's.)"""
    if not rejected:
        return curated, []

    def about_rejected(ref: QuestionRef) -> bool:
        return any(ref.matches(head) for head in rejected)

    dropped = [x.where for x in (*curated.rows, *curated.figures) if about_rejected(x.question)]
    specs = {}
    for name in ("organisations", "topics", "services"):
        kept = []
        for spec in getattr(curated, name):  # a thing no remaining document mentions goes too
            dropped += [m.where for m in spec.mentions if about_rejected(m.question)]
            mentions = tuple(m for m in spec.mentions if not about_rejected(m.question))
            kept += [replace(spec, mentions=mentions)] if mentions or not spec.mentions else []
        specs[name] = tuple(kept)
    rows = tuple(r for r in curated.rows if not about_rejected(r.question))
    figures = tuple(f for f in curated.figures if not about_rejected(f.question))
    return replace(curated, rows=rows, figures=figures, **specs), dropped


def _rejections(rejected: list[Rejection], dropped: list[Where]) -> tuple[Rejection, ...]:
    curated = [Rejection(w.file, w.line, "curated declaration left out: the document it quotes was rejected")
               for w in dropped]
    return (*rejected, *curated)


@dataclass(frozen=True)
class Checked:
    """Documents graphed, flagged and checked: what a batch publishes when ``report`` is ok."""

    graph: rdflib.Graph  # with the consistency flags and the catalogue's entries
    catalog: rdflib.Graph
    entries: list[DatasetEntry]
    lines: bytes  # ``graph`` as N-Triples
    report: Report


def check_documents(documents: list[Document], curated: Curated, context: Context,
                    progress: Progress = quiet) -> Checked:
    """The SHACL gate, the consistency flags, the catalogue entries, then the Data Cube checks on the
    cube as published. Raises ``CuratedError`` for a declaration the documents contradict."""
    graph = documents_graph(documents, curated, context.uris, context.ontology)
    progress("validate", 0, 1)
    lines = graph.serialize(format="nt", encoding="utf-8")  # serialized once: for the gate and the dump
    shacl = check_shapes(graph, context.shapes, ntriples=lines)  # with the ontology, for class checks
    if shacl.violations:
        return Checked(graph, rdflib.Graph(), [], b"", Report(shacl, ()))
    added = rdflib.Graph()  # what the gate's N-Triples lack, to append to them
    _add_new(graph, flag_contradictions(graph, shacl.graph), added)
    entries = dataset_entries(graph, context.uris)
    catalog = catalog_graph(entries, context.uris, context.created)  # each data set's entry, and the frame
    _add_new(graph, catalog, added)
    lines += added.serialize(format="nt", encoding="utf-8")
    return Checked(graph, catalog, entries, lines, Report(shacl, check_ntriples(lines)))


def _add_new(graph: rdflib.Graph, triples: Iterable[tuple], added: rdflib.Graph) -> None:
    """Each of ``triples`` not yet in ``graph`` added to it and to ``added``."""
    for triple in triples:
        if triple not in graph:
            graph.add(triple)
            added.add(triple)


def blame(report: Report, documents: list[Document], context: Context) -> dict[str, tuple[int, str]]:
    """The documents (by file name) a failed check is about, each with a line and the reason.

    A violation whose focus node came from a document names it; when any problem names none (a Data
    Cube constraint, a node without a source), each document is checked on its own and those that
    fail alone are blamed. Empty when no document can be blamed (the problem lies between them)."""
    names = {doc.source for doc in documents}
    named = [f for f in report.shacl.violations if f.source and f.source[0] in names]
    if named and len(named) == len(report.shacl.violations) and not any(r.violated for r in report.cube):
        return {f.source[0]: (f.source[1], reason(f)) for f in reversed(named)}
    alone = {}
    for doc in documents:
        try:
            single = check_documents([doc], context.curated.definitions(), context).report
        except CuratedError:
            continue
        if not single.ok:
            alone[doc.source] = first_problem(single)
    return alone


def first_problem(report: Report) -> tuple[int, str]:
    """The line and text of a failed report's first problem, for a document's rejection."""
    for finding in report.shacl.violations:
        return (finding.source[1] if finding.source else 1), reason(finding)
    return 1, next(r.render() for r in report.cube if r.violated)


def reason(finding: Finding) -> str:
    """A finding without its ``FILE:LINE: `` (the rejection names the document's path instead)."""
    return finding.render().removeprefix(f"{finding.where}: ")


_TASK: Callable[[Any], Any] | None = None  # set before the workers fork; called by them


def _work(item: Any, sender: Connection, parent: int) -> None:
    """A worker: ``_TASK(item)`` sent back (or the exception it raised, to be raised in the parent)."""
    die_with_parent(parent)
    try:
        answer: tuple[bool, Any] = (True, _TASK(item))
    except Exception as error:  # handed to the parent, which raises it
        answer = (False, error)
    sender.send(answer)


def in_workers(task: Callable[[T], R], items: list[T], workers: int) -> Iterator[R]:
    """``task`` of each item, in order: in this process for one item or one worker, else in up to
    ``workers`` forked processes at a time, one fresh process per item so no heap outlives its item.
    Forked workers inherit ``task`` (with the graphs it holds) instead of unpickling it for every item.

    The workers are forked by this (the calling) thread and die with it (``die_with_parent``): a killed
    build takes them along, where they would otherwise go on for seconds. (``multiprocessing.Pool``
    forks replacements from a thread of its own and cannot be combined with that: ending the pool
    ends that thread, whose workers may die holding the pool's queue lock, and the pool hangs.)
    Stopping the iteration (a failed item) kills the workers still running."""
    global _TASK
    if len(items) == 1 or workers < 2:
        yield from map(task, items)
        return
    _TASK = task
    fork = multiprocessing.get_context("fork")
    running: dict[int, tuple[multiprocessing.process.BaseProcess, Connection]] = {}
    finished: dict[int, tuple[bool, Any]] = {}
    started = given = 0
    try:
        while given < len(items):
            while started < len(items) and len(running) < workers:
                receiver, sender = fork.Pipe(duplex=False)
                process = fork.Process(target=_work, args=(items[started], sender, os.getpid()))
                process.start()
                sender.close()
                running[started] = (process, receiver)
                started += 1
            ready = wait([receiver for _, receiver in running.values()])
            for index, (process, receiver) in list(running.items()):
                if receiver in ready:
                    finished[index] = _receive(process, receiver)
                    del running[index]
            while given in finished:
                ok, value = finished.pop(given)
                if not ok:
                    raise value
                yield value
                given += 1
    finally:
        for process, receiver in running.values():
            process.kill()
            process.join()
            receiver.close()
        _TASK = None


def _receive(process: multiprocessing.process.BaseProcess, receiver: Connection) -> tuple[bool, Any]:
    """A worker's answer, then its exit (read first: a large answer fills the pipe before it exits)."""
    try:
        answer = receiver.recv()
    except EOFError:  # it died before answering (killed, out of memory)
        answer = None
    process.join()
    receiver.close()
    return answer or (False, RuntimeError(f"a build worker died (exit status {process.exitcode})"))


def run_batches(batches: list[Batch], context: Context, workers: int,
                progress: Progress) -> Iterator[BatchResult]:
    """Each batch's result in order (``in_workers``). One batch (or one worker) runs in this process,
    reporting each step; in forked workers the parent reports whole batches."""
    if len(batches) == 1 or workers < 2:
        yield from (build_batch(batch, context, progress) for batch in batches)
        return
    built = in_workers(partial(build_batch, context=context), batches, workers)
    for done, result in enumerate(built, start=1):
        progress("batches", done, len(batches))
        yield result


def repeated_keys(keys: Iterable[tuple[str, str]]) -> dict[str, Rejection]:
    """A rejection for every document (by path) whose question key another document has too: which
    of them is the duplicate or the misprint cannot be told, so none is published.

    Checked within a batch before its graph is built, and across batches by the parent."""
    paths: dict[str, list[str]] = {}
    for key, path in keys:
        paths.setdefault(key, []).append(path)
    return {path: Rejection(path, 1, f"question {key} is also {', '.join(p for p in same if p != path)} "
                                     "(number, year and minister repeat: one is a duplicate or misprinted)")
            for key, same in paths.items() if len(same) > 1 for path in same}


def shared_classes(uris: Uris) -> tuple[rdflib.URIRef, ...]:
    """Classes whose instances several batches may describe, each with what its own documents say."""
    return (SCHEMA.Person, vlaq(uris).MinisterialRole, TIME.Interval, TIME.Instant, SKOS.Concept,
            SKOS.ConceptScheme)


def shared_subjects(graph: rdflib.Graph, context: Context) -> set[bytes]:
    """The subjects (as N-Triples terms) several batches may describe: the ontology's, and the
    instances of ``shared_classes``. Every other subject is described by one batch only."""
    nodes = {s for c in shared_classes(context.uris) for s in graph.subjects(RDF.type, c)}
    nodes |= set(context.ontology.subjects())
    return {node.n3().encode() for node in nodes}


def catalog_frame(catalog: rdflib.Graph, entries: list[DatasetEntry], uris: Uris) -> set[bytes]:
    """The catalogue's subjects that are not one data set's own (the catalogue, the service, the
    publisher, media types ...): every batch writes them."""
    own = {node for entry in entries for node in astuple(DatasetNodes.of(entry, uris))}
    return {node.n3().encode() for node in set(catalog.subjects()) - own}


def split_lines(ntriples: bytes, shared: set[bytes]) -> tuple[list[bytes], set[bytes]]:
    """N-Triples lines, sorted, split into those about the batch's own nodes and those about shared
    nodes (which the parent publishes once, however many batches repeat them)."""
    lines = set(ntriples.splitlines()) - {b""}
    mine = {line for line in lines if line.split(b" ", 1)[0] not in shared}
    return sorted(mine), lines - mine
