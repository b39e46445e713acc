"""The typed model of a written question: plain dataclasses, no I/O, no rdflib.

Everything downstream (graph, validate, web) works from these objects, and the
parser is the only producer. Positions are kept on every piece of text and every
figure so that the graph can point back at the exact words a fact came from.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal


@dataclass(frozen=True)
class Span:
    """Where a piece of text sits in its source document.

    ``start``/``end`` are character offsets into ``Document.text`` (the decoded
    source, as W3C Web Annotation's TextPositionSelector counts them);
    ``first_line``/``last_line`` are 1-based line numbers for human messages.
    """

    start: int
    end: int
    first_line: int
    last_line: int


@dataclass(frozen=True)
class Scale:
    """A scale printed once for the figures of a table or a row (``(in duizend euro)``, ``(x 1.000)``):
    ``power`` of ten the printed digits are multiplied by, the ``unit`` it names (``EUR`` or None), the words
    as printed."""

    power: int
    unit: str | None
    printed: str


@dataclass(frozen=True)
class Figure:
    """One number as printed in an answer.

    ``value`` is exact; ``None`` means the source printed a dash for "no figure".
    ``printed`` is the literal text (``87,2%``, ``12 791 969 euro``) so nothing
    the source said is lost when the value is normalised.
    """

    value: Decimal | None
    printed: str
    unit: str | None  # "percent", "EUR", "hectare", "count" (a counted noun follows) or None: no unit
    span: Span
    footnote: str | None = None  # a marker printed with the figure (``*``, ``(1)``), split off the value
    scale: Scale | None = None  # printed once for its table or row: ``value`` is the digits times 10^power


RANGE_HEDGE = "tussen ... en ..."  # the hedge words of both ends of a printed range


@dataclass(frozen=True)
class SentenceFigure:
    """A figure read from running text: a number tied to one period and to a counted noun or a unit.

    ``label`` is the noun or unit as printed (``aanvragen``, ``euro``); ``hedge`` says how the number
    bounds the truth (``ongeveer``, ``bovengrens``, ``ondergrens``: a concept of the ``voorbehoud``
    scheme) and ``hedge_text`` the words that say so (``bijna``, ``tussen de ... en de ...``).
    """

    figure: Figure
    period: str  # "2021", "2021-2022", "2014-2016"
    label: str
    hedge: str | None
    hedge_text: str | None
    sentence: Span


@dataclass(frozen=True)
class TableRow:
    label: str
    values: dict[str, Figure]  # period -> figure, in the printed column order
    span: Span
    total: bool = False  # labelled as the total of the table's other rows (``Totaal``, ``TOTAAL``)
    evolution_of: str | None = None  # the label of the row whose year-on-year change (in %) this row prints


@dataclass(frozen=True)
class Table:
    """A block of figures laid out by period (years as columns, rows or a list, one cell per line).

    ``periods`` are keys (``2021``, ``schooljaar-2019-2020``, ``2022-Q1``, ``2022-01``, ``2020-2022``);
    ``total_period`` is the period of a printed ``Totaal`` column (or row, with periods as rows): the
    span of the other periods, whose figures it should be the sum of.
    """

    periods: tuple[str, ...]
    rows: tuple[TableRow, ...]
    span: Span
    layout: str  # "years-as-columns", "years-as-rows", "vertical-list", "cell-per-line", "without-periods",
    # "aligned-columns"
    answer_part: str | None = None  # label of the answer part the table sits in
    total_period: str | None = None
    measure: str | None = None  # the column heading, for a table without periods split per column
    share_of: str | None = None  # for a column of shares in %: the measure of the column of counts
    sum_of: tuple[str, ...] = ()  # for a Totaal column beside columns of counts: the measures it adds up


@dataclass(frozen=True)
class Unread:
    """A table row (or header) or a sentence whose figures cannot be read unambiguously: reported, never
    published as figures (precision first).

    ``printed`` is the row as printed; ``reason`` says why (for the validation report and the page).
    """

    printed: str
    reason: str
    span: Span
    answer_part: str | None = None


@dataclass(frozen=True)
class Part:
    """A lettered part (``a)``) of a sub-question or an answer part.

    ``text`` keeps the source's line breaks (a table's rows, a hyphen at a line's end):
    it is published as printed; only the extractor's noise within a line is tidied.
    """

    label: str
    text: str
    span: Span


@dataclass(frozen=True)
class Numbered:
    """A numbered sub-question or answer part; ``label`` may be a range (``1-2``), a list (``1 en 2``,
    ``1, 3 en 5``) or a letter (``a``) when an answer is lettered without numbers.

    ``marker`` is the label as printed (``1 en 2.``, ``Antwoord op vraag 1:``, ``a)``), so label, text
    and lettered parts together give back every character of the item (white space aside).
    """

    label: str
    text: str
    parts: tuple[Part, ...]
    span: Span
    marker: str = ""


@dataclass(frozen=True)
class Addressee:
    name: str  # normalised: "Jan Jambon"
    title: str  # as printed, white space collapsed


@dataclass(frozen=True)
class Answer:
    """The minister's answer: the text before the first numbered part (``preamble``) and the parts.

    Every character after the answer header belongs to the preamble or to a part: an answer without
    part labels is one part labelled ``PROSE_LABEL``.
    """

    responder: str  # normalised name of the answering minister
    responder_title: str  # as printed in the answer header
    parts: tuple[Numbered, ...]
    span: Span
    preamble: str = ""  # tidied like a part's text; empty when the answer starts with a part
    preamble_span: Span | None = None


PROSE_LABEL = "geheel"  # the one part of an answer printed without part labels


@dataclass(frozen=True)
class Document:
    """One written question with its answer, as read from one source file."""

    source: str  # file name (not a path) so builds are reproducible anywhere
    text: str  # the decoded source text that all spans point into
    number: int
    date: date
    parliamentary_year: str  # "2021-2022"
    author: str
    addressees: tuple[Addressee, ...]
    title: str
    introduction: str
    questions: tuple[Numbered, ...]
    answer: Answer | None
    tables: tuple[Table, ...] = field(default=())
    sentence_figures: tuple[SentenceFigure, ...] = field(default=())
    unread: tuple[Unread, ...] = field(default=())

    def quote(self, span: Span) -> str:
        return self.text[span.start : span.end]
