"""Curated files (``data/curated/*.toml``): what a person declares that no parser can know.

Which table row is which statistic, which figures sit in sentences, which organisations,
services and topics an answer names. Every declaration quotes its source, and the graph
build checks each quote against the document (``CuratedError`` otherwise), so a curated
fact can never drift from what the source says.

Entries name the question they are about, not a file (``question = "2016-2017/639"``, plus
``minister = "Philippe Muyters"`` where two ministers' questions share that number), so a renamed or
re-extracted document keeps its curation. An entry whose question is not among the documents is
reported as a warning (``FILE:LINE``) and left out; two documents answering to one entry are an error.

Entries are TOML arrays of tables (``[[figure]]``, ``[[organisation]]`` ...). tomllib keeps
no positions, so an entry's line is found by counting its header in the file text: the
n-th ``[[figure]]`` entry is the n-th ``[[figure]]`` line.
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Iterable
from dataclasses import dataclass, replace
from datetime import date
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Any

from ..model import Document

KINDS = ("dataset", "row", "figure", "period", "organisation", "topic", "service", "source")


class CuratedError(ValueError):
    """A curated file that is malformed or disagrees with its source; ``str`` is ``FILE:LINE: message``."""

    def __init__(self, file: str, line: int, message: str) -> None:
        super().__init__(f"{file}:{line}: {message}")
        self.file, self.line, self.message = file, line, message


@dataclass(frozen=True)
class Where:
    """The file and line an entry was written at, for error messages."""

    file: str
    line: int

    def error(self, message: str) -> CuratedError:
        return CuratedError(self.file, self.line, message)


@dataclass(frozen=True)
class Head:
    """What a curated entry can name a question by: its header (``parse.read_head`` reads it alone)."""

    source: str
    year: str
    number: int
    ministers: frozenset[str]


def head_of(doc: Document) -> Head:
    ministers = {a.name for a in doc.addressees} | ({doc.answer.responder} if doc.answer else set())
    return Head(doc.source, doc.parliamentary_year, doc.number, frozenset(ministers))


@dataclass(frozen=True)
class QuestionRef:
    """The question an entry is about: parliamentary year and number, and the minister when numbers
    repeat (each minister numbers the questions put to them per parliamentary year)."""

    year: str
    number: int
    minister: str | None

    def matches(self, doc: Document | Head) -> bool:
        head = doc if isinstance(doc, Head) else head_of(doc)
        return (head.year, head.number) == (self.year, self.number) and (
            self.minister is None or self.minister in head.ministers)

    def __str__(self) -> str:
        return f"{self.year}/{self.number}" + (f" ({self.minister})" if self.minister else "")


def document_of(ref: QuestionRef, where: Where, documents: Iterable[Document]) -> Document | None:
    """The one document ``ref`` names; ``None`` when it is absent; an error when two answer to it."""
    found = [d for d in documents if ref.matches(d)]
    if len(found) > 1:
        names = ", ".join(sorted(d.source for d in found))
        raise where.error(f"question {ref} names {len(found)} documents ({names}): add minister = \"...\"")
    return found[0] if found else None


@dataclass(frozen=True)
class Mention:
    """A quote naming a thing in a question; the graph links the answer part it falls in."""

    question: QuestionRef
    quote: str
    where: Where


@dataclass(frozen=True)
class DatasetSpec:
    key: str
    structure: str
    statistic: str
    title_nl: str
    title_en: str
    description_nl: str
    evolution_of: str | None
    where: Where


@dataclass(frozen=True)
class RowMapping:
    """A table row of one question's answer that belongs to a curated dataset (instead of a generic one)."""

    question: QuestionRef
    label: str
    dataset: str
    unit: str
    dims: dict[str, str]
    where: Where


@dataclass(frozen=True)
class CuratedFigure:
    """A figure printed in running text, declared with the sentence it stands in."""

    question: QuestionRef
    dataset: str
    period: str
    printed: str
    value: Decimal
    unit: str
    dims: dict[str, str]
    hedge: str | None
    hedge_text: str | None
    quote: str
    where: Where


@dataclass(frozen=True)
class PeriodSpec:
    """A period that is not a year or a span of years, with the dates that are known of it."""

    key: str
    label_nl: str
    label_en: str
    begin: date | None
    end: date | None
    where: Where


@dataclass(frozen=True)
class OrganisationSpec:
    name: str
    alternate_names: tuple[str, ...]
    mentions: tuple[Mention, ...]
    where: Where


@dataclass(frozen=True)
class TopicSpec:
    key: str
    label_nl: str
    label_en: str
    mentions: tuple[Mention, ...]
    where: Where


@dataclass(frozen=True)
class ChannelSpec:
    key: str
    name: str
    channel_type: str | None  # a concept of the channel scheme, when the cube counts this channel
    telephone: str | None


@dataclass(frozen=True)
class ServiceSpec:
    key: str
    name: str
    alternate_names: tuple[str, ...]
    description_nl: str
    funders: tuple[str, ...]  # organisation names
    channels: tuple[ChannelSpec, ...]
    mentions: tuple[Mention, ...]
    where: Where


@dataclass(frozen=True)
class SourceSpec:
    """What is known of a source document beyond its text: the parliament's official record of the
    question and the date of the answer. Empty (``""``) means no document gives it: nothing is published."""

    file: str
    official_record: str | None
    answered: date | None
    where: Where


@dataclass(frozen=True)
class Curated:
    datasets: tuple[DatasetSpec, ...]
    rows: tuple[RowMapping, ...]
    figures: tuple[CuratedFigure, ...]
    periods: tuple[PeriodSpec, ...]
    organisations: tuple[OrganisationSpec, ...]
    topics: tuple[TopicSpec, ...]
    services: tuple[ServiceSpec, ...]
    source_records: tuple[SourceSpec, ...] = ()  # per document, so every batch keeps them (``definitions``)

    def questions(self) -> dict[QuestionRef, Where]:
        """The questions the declarations name (each with its first entry): a build keeps their
        documents together in its first batch."""
        mentioned = ((m.question, m.where) for spec in (*self.organisations, *self.topics, *self.services)
                     for m in spec.mentions)
        named = [*((r.question, r.where) for r in self.rows), *((f.question, f.where) for f in self.figures),
                 *mentioned]
        first: dict[QuestionRef, Where] = {}
        for ref, where in named:
            first.setdefault(ref, where)
        return first

    def absent(self, documents: Iterable[Document | Head]) -> list[str]:
        """A warning (``FILE:LINE: warning: ...``) per named question that no document answers to."""
        heads = [d if isinstance(d, Head) else head_of(d) for d in documents]
        return [f"{w.file}:{w.line}: warning: question {ref} is not among the documents; its curated "
                f"entries are left out" for ref, w in self.questions().items()
                if not any(ref.matches(h) for h in heads)]

    def sources(self, heads: Iterable[Head]) -> set[str]:
        """The files whose questions the declarations name: a build keeps them in its first batch."""
        refs = list(self.questions())
        return {h.source for h in heads if any(ref.matches(h) for ref in refs)}

    def definitions(self) -> Curated:
        """Only what any document may use (datasets, periods): the declarations for the other batches."""
        return replace(self, rows=(), figures=(), organisations=(), topics=(), services=())


def header_lines(text: str, header: str) -> list[int]:
    """Line numbers (1-based) of each ``[[header]]`` line, in order."""
    pattern = re.compile(rf"^[ \t]*\[\[[ \t]*{re.escape(header)}[ \t]*\]\]", re.MULTILINE)
    return [text.count("\n", 0, m.start()) + 1 for m in pattern.finditer(text)]


def _get(entry: dict[str, Any], name: str, where: Where, kind: type = str, required: bool = True) -> Any:
    value = entry.get(name)
    if value is None:
        if required:
            raise where.error(f"missing '{name}'")
        return None
    if not isinstance(value, kind):
        raise where.error(f"'{name}' must be a {kind.__name__}, not {type(value).__name__}")
    return value


def _strings(entry: dict[str, Any], name: str, where: Where) -> tuple[str, ...]:
    values = entry.get(name, [])
    if not isinstance(values, list) or not all(isinstance(v, str) for v in values):
        raise where.error(f"'{name}' must be a list of strings")
    return tuple(values)


def _dims(entry: dict[str, Any], where: Where) -> dict[str, str]:
    dims = entry.get("dims", {})
    if not isinstance(dims, dict) or not all(isinstance(v, str) for v in dims.values()):
        raise where.error("'dims' must be a table of strings (dimension = concept key)")
    return dict(dims)


def _question(e: dict[str, Any], where: Where) -> QuestionRef:
    """``question = "2016-2017/639"`` and, where numbers repeat, ``minister = "NAME"``."""
    if "source" in e:
        raise where.error("name the question ('question = \"2021-2022/313\"'), not the file ('source'): "
                          "a renamed or re-extracted document must keep its curation")
    m = re.fullmatch(r"(\d{4})-(\d{4})/(\d+)", _get(e, "question", where).strip())
    if m is None or int(m[2]) != int(m[1]) + 1:
        raise where.error(f"'question' must be 'YEAR-YEAR/NUMBER' (\"2016-2017/639\"), not {e['question']!r}")
    return QuestionRef(f"{m[1]}-{m[2]}", int(m[3]), _get(e, "minister", where, required=False))


def _mentions(entry: dict[str, Any], lines: list[int], where: Where) -> tuple[Mention, ...]:
    """``[[x.mention]]`` sub-entries; ``lines`` are the header lines left to assign, consumed in order."""
    found = []
    for sub in entry.get("mention", []):
        at = Where(where.file, lines.pop(0) if lines else where.line)
        found.append(Mention(_question(sub, at), _get(sub, "quote", at), at))
    if not found:
        raise where.error("needs at least one [[...mention]] quoting where it is named")
    return tuple(found)


def _dataset(e: dict[str, Any], w: Where) -> DatasetSpec:
    key = _get(e, "key", w)
    return DatasetSpec(key, _get(e, "structure", w), e.get("statistic", key), _get(e, "title_nl", w),
                       _get(e, "title_en", w), _get(e, "description_nl", w),
                       _get(e, "evolution_of", w, required=False), w)


def _row(e: dict[str, Any], w: Where) -> RowMapping:
    return RowMapping(_question(e, w), _get(e, "label", w), _get(e, "dataset", w), _get(e, "unit", w),
                      _dims(e, w), w)


def _decimal(e: dict[str, Any], w: Where) -> Decimal:
    try:
        return Decimal(_get(e, "value", w))
    except InvalidOperation:
        raise w.error(f"'value' is not a number: {e['value']!r}") from None


def _figure(e: dict[str, Any], w: Where) -> CuratedFigure:
    return CuratedFigure(_question(e, w), _get(e, "dataset", w), _get(e, "period", w),
                          _get(e, "printed", w), _decimal(e, w), _get(e, "unit", w), _dims(e, w),
                          _get(e, "hedge", w, required=False), _get(e, "hedge_text", w, required=False),
                          _get(e, "quote", w), w)


def _period(e: dict[str, Any], w: Where) -> PeriodSpec:
    return PeriodSpec(_get(e, "key", w), _get(e, "label_nl", w), _get(e, "label_en", w),
                      _get(e, "begin", w, date, required=False), _get(e, "end", w, date, required=False), w)


def _source(e: dict[str, Any], w: Where) -> SourceSpec:
    record = _get(e, "official_record", w, required=False) or None
    if record is not None and not re.match(r"^https?://[^\s<>\"{}|\\^`]+$", record):
        raise w.error(f"'official_record' must be an http(s) URL, not {record!r}")
    answered = e.get("answered") or None
    if answered is not None and not isinstance(answered, date):
        raise w.error(f"'answered' must be a date (2023-07-07) or \"\", not {answered!r}")
    return SourceSpec(_get(e, "file", w), record, answered, w)


def _channel(e: dict[str, Any], w: Where) -> ChannelSpec:
    return ChannelSpec(_get(e, "key", w), _get(e, "name", w), _get(e, "channel_type", w, required=False),
                       _get(e, "telephone", w, required=False))


def _read_file(path: Path) -> dict[str, list[tuple[dict[str, Any], Where, list[int]]]]:
    """Entries per kind, each with its position and the lines of its ``mention`` sub-headers."""
    text = path.read_text(encoding="utf-8")
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as e:
        line = int(m.group(1)) if (m := re.search(r"line (\d+)", str(e))) else 1
        raise CuratedError(path.name, line, f"not valid TOML: {e}") from None
    out: dict[str, list[tuple[dict[str, Any], Where, list[int]]]] = {}
    for kind, entries in data.items():
        if kind not in KINDS or not isinstance(entries, list):
            expected = ", ".join(f"[[{k}]]" for k in KINDS)
            raise CuratedError(path.name, 1, f"unknown entry kind '{kind}' (expected {expected})")
        heads = header_lines(text, kind)
        subs = header_lines(text, f"{kind}.mention")
        for i, entry in enumerate(entries):
            where = Where(path.name, heads[i] if i < len(heads) else 1)
            nxt = heads[i + 1] if i + 1 < len(heads) else len(text.splitlines()) + 1
            own = [n for n in subs if where.line < n < nxt]
            out.setdefault(kind, []).append((entry, where, own))
    return out


def load_curated(folder: Path) -> Curated:
    """Read every ``*.toml`` in ``folder`` (sorted, so errors and output are reproducible)."""
    merged: dict[str, list[tuple[dict[str, Any], Where, list[int]]]] = {k: [] for k in KINDS}
    for path in sorted(folder.glob("*.toml")):
        for kind, entries in _read_file(path).items():
            merged[kind].extend(entries)
    simple = {"dataset": _dataset, "row": _row, "figure": _figure, "period": _period, "source": _source}
    parsed = {kind: tuple(read(e, w) for e, w, _ in merged[kind]) for kind, read in simple.items()}
    organisations = tuple(
        OrganisationSpec(_get(e, "name", w), _strings(e, "alternate_names", w), _mentions(e, subs, w), w)
        for e, w, subs in merged["organisation"])
    topics = tuple(
        TopicSpec(_get(e, "key", w), _get(e, "label_nl", w), _get(e, "label_en", w), _mentions(e, subs, w), w)
        for e, w, subs in merged["topic"])
    services = tuple(
        ServiceSpec(_get(e, "key", w), _get(e, "name", w), _strings(e, "alternate_names", w),
                    _get(e, "description_nl", w), _strings(e, "funders", w),
                    tuple(_channel(c, w) for c in e.get("channel", [])), _mentions(e, subs, w), w)
        for e, w, subs in merged["service"])
    return Curated(parsed["dataset"], parsed["row"], parsed["figure"], parsed["period"],
                   organisations, topics, services, parsed["source"])
