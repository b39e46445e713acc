"""What every table reader shares: the part being read (``Context``), where it reports what it cannot read,
and the patterns of a period's column and its footnote mark.
Its own module so the readers of notes (``table_notes``) and lists (``lists``) can use it without importing
``tables``, which calls them.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from functools import cached_property

from ..model import Figure, Span, Table, Unread
from .lines import Line, Spans, part_text
from .numbers import read_figure
from .periods import PERIOD, context_year

ANY_PERIOD = rf"(?:{PERIOD})"
# A footnote's mark after a period or a cell: "2023*", "1.402(1)", "2022 (*)", a superscript digit "2023¹"
MARKER = r"(?:\*{1,3}|\(\d{1,2}\)|\(\*{1,3}\)|[\u00b9\u00b2\u00b3\u2070\u2074-\u2079])"
MARKED_END = re.compile(rf"{MARKER}$")
# A footnote's letter glued onto a year or a cell: "2023a", "152,6b" (its note under the table: "a voorlopige
# cijfers"). Lower case a to d only, right after a digit ("3e" is an ordinal); read only where the note is
# printed (``LETTER_NOTE``), else a letter may belong to what it follows ("12a", a house number's).
LETTER_MARK = r"(?<=\d)(?-i:[a-d])"
# "2024(a)": the letter in brackets, its note "(a) Voorlopige cijfers: ..." under the table
BRACKETED_LETTER = r"(?<=\d)\((?-i:[a-d])\)"
# "2023 (voorlopig)", "2023 (voorlopige cijfers)": a header's mark that is its own note (provisional figures)
SELF_NOTE = r"\((?:voorlopig|voorlopige[ \t]+cijfers)\)"
SELF_NOTED = re.compile(SELF_NOTE, re.IGNORECASE)
ONE_PERIOD = re.compile(rf"({ANY_PERIOD})({MARKER})?", re.IGNORECASE)
DIGIT = re.compile(r"\d")
STOPS = ".:;?!"  # a line ending like a sentence is prose, not a heading
YEARS_IN_KEY = re.compile(r"(?:19|20)\d\d")
YEAR_IN_LINE = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")
SCHOOL_YEAR_KEY = "schooljaar-"  # a school year's key before its printed years: schooljaar-2020-2021
# A page's number on a line of its own: "3", "- 3 -", "3/7"
PAGE_NUMBER = re.compile(r"(?:-[ \t]*)?\d{1,3}(?:[ \t]*-)?|\d{1,3}[ \t]*/[ \t]*\d{1,3}")
# A page's footer on a line of its own: "Pagina 2 van 3", "pagina 2", "blz. 4/7", "Schriftelijke vraag 5103 -
# pagina 2", or a page's number between dashes, "- 3 -". It ends in a number, so a table reader took it for a
# row ("Pagina 2 van" = 3 under "(in miljoen euro)": 3 million euro published, sample 897); it is never a
# row or a cell (``without_page_footers``)
PAGE_FOOTER = re.compile(r"(?:[^\W\d][^\d\n]{0,40}?\d{1,6}[ \t]*[-–|][ \t]*)?"
                         r"(?:pagina|blz\.?|p\.)[ \t]*\d{1,4}(?:[ \t]*(?:van|/)[ \t]*\d{1,4})?"
                         r"|-[ \t]*\d{1,4}[ \t]*-", re.IGNORECASE)
MAX_ENTRY_TOKENS = 8  # "- Totaal Vlaams Gewest: 12 345 controles;": a bullet, a label, a figure, a noun


@dataclass
class Context:
    spans: Spans
    part: str | None
    heading: str  # the part's first line
    question: str  # the question's text
    preamble: str  # the answer's text before its first part
    elsewhere: str = ""  # the whole answer and the question: where a range a heading ends is named in full
    unread: list[Unread] = field(default_factory=list)
    extra: list[Table] = field(default_factory=list)  # the other measure columns of a table without periods
    lines: Sequence[Line] = ()  # the part's lines, for an unread row's text
    sub_question: str = ""  # the numbered sub-question the part answers (same number), "" when none
    # the one year of the caption or lead-in above the table (``_year_above``; "": it leaves the year open),
    # worked out only when a period without a year asks: most lines of a part are no table
    above: Callable[[], str | None] = lambda: None
    # rows left out before any reader saw them (a delimited row of another cell count than its header,
    # ``delimited.undelimited``): a table over them lost rows, as over rows a reader reported
    left_out: Sequence[Unread] = ()

    def column_of(self, offset: int) -> int:
        """The printed column (indentation counted) of a character of the part."""
        line = self.by_number[self.spans.line_of(offset)]
        return line.column + offset - line.start

    @cached_property
    def by_number(self) -> dict[int, Line]:
        return {line.number: line for line in self.lines}

    def year_of(self) -> str | None:
        """The year of a period printed without one, for ``read_period``, which asks only then: the one year
        the nearest line above the table that names a year names (``Tabel 1: Meldingen per maand (2023)``
        over the header ``Maand  Meldingen``), the table's own caption or lead-in, else ``year``; None when
        that line leaves it open."""
        above = self.above()
        return None if above == "" else above or self.year  # "": the line above leaves it open

    @cached_property
    def year(self) -> str | None:
        """The one year the part's heading or else the question names, for bare quarters, months and
        tables without periods; worked out only when such a table needs it. None when the heading's year
        dates a figure of its own sentence and the question asks about another (see ``_figure_year``)."""
        return lead_year(self.heading, self.question) if context_year(self.heading) \
            else context_year(self.question)

    @property
    def answer_label(self) -> str:
        """The row label of figures the table prints no label for: what the minister answered with them."""
        return f"antwoord {self.part}" if self.part else "antwoord"

    def spans_text(self, span: Span) -> str:
        """The printed lines a span covers (an unread row's text)."""
        return "\n".join(line.text for line in self.lines if span.first_line <= line.number <= span.last_line)

    def report(self, first: Line, last: Line, reason: str, text: str | None = None) -> None:
        printed = text if text is not None else first.text
        self.unread.append(Unread(printed, reason, self.spans.span(first.start, last.end), self.part))


def without_page_footers(lines: Sequence[Line]) -> Sequence[Line]:
    """The lines of a part without its pages' footers (``PAGE_FOOTER``), as every table reader is to see them:
    rows printed over a page break then read on as one table, and a table's last row is followed by what
    follows the page break, never by the footer as a row of its own. A bare page's number (``3``) stays:
    the readers tell it from a cell printed alone by where it stands between rows."""
    if not _may_hold_footer(part_text(lines)) or not any(PAGE_FOOTER.fullmatch(line.text) for line in lines):
        return lines
    return [line for line in lines if not PAGE_FOOTER.fullmatch(line.text)]


def _may_hold_footer(text: str) -> bool:
    """What every ``PAGE_FOOTER`` prints: a page's word (its ``i`` left out, which the pattern's case folding
    also matches as ``ı``) or a line that starts with a dash."""
    low = text.lower()
    return "pag" in low or "blz" in low or "p." in low or low.startswith("-") or "\n-" in low


Found = tuple[Table | None, int]  # a table (None when every row was unread) and the first line after it


def cell_figure(line: Line, start: int, end: int, marker: str | None, unit_text: str = "") -> Figure:
    """A cell ``line.text[start:end]``; ``unit_text`` a unit word printed after it, left out of its span."""
    printed = line.text[start:end]
    value, unit = read_figure(printed + unit_text)
    at = line.start + start
    span = Span(at, at + len(printed), line.number, line.number)
    return Figure(value, printed + unit_text, unit, span, marker)


def report_periods(table: Table, keys: Sequence[str], reason: str, ctx: Context,
                   keep_empty: bool = False) -> Table | None:
    """``table`` without its figures of the periods ``keys``, each reported (``keep_empty``: a "no value"
    cell, ``-``, is kept, nothing being published for it); None when no figure is left."""
    rows = []
    for row in table.rows:
        for key in keys:
            figure = row.values.get(key)
            if figure is not None and (figure.value is not None or not keep_empty):
                ctx.unread.append(Unread(ctx.spans_text(figure.span), reason, figure.span, ctx.part))
        values = {k: f for k, f in row.values.items() if k not in keys or (keep_empty and f.value is None)}
        if values:
            rows.append(replace(row, values=values))
    return replace(table, rows=tuple(rows)) if rows else None


def rekeyed(table: Table, old: str, new: str) -> Table:
    rows = tuple(replace(r, values={(new if k == old else k): f for k, f in r.values.items()})
                 for r in table.rows)
    periods = tuple(new if k == old else k for k in table.periods)
    return replace(table, rows=rows, periods=periods)


# a sentence's end inside a lead-in: "In 2021 waren er 180 meldingen. De meldingen per kwartaal:"
_SENTENCE_BREAK_IN = re.compile(r"(?<=[.!?])\s+(?=[A-Z0-9])")
_NOT_A_YEAR = re.compile(r"(?<![\d.,])(?!(?:19|20)\d\d(?![\d.,]))\d[\d.,]*")


def _figure_year(text: str, year: str) -> bool:
    """Whether ``year`` dates a figure of its own sentence in ``text`` (``In 2021 waren er 180 meldingen. De
    meldingen per kwartaal:``): the year of that figure, not surely of the table below."""
    return any(year in sentence and _NOT_A_YEAR.search(sentence)
               for sentence in _SENTENCE_BREAK_IN.split(text))


def lead_year(text: str, question: str) -> str | None:
    """The one year ``text`` (a part's heading, a lead-in) names for a table's bare quarters and months;
    None when it dates a figure of its own sentence and the question asks about another year: which of the
    two the table is of, the text does not say (the quarters were read as the sentence's year)."""
    year = context_year(text)
    asked = context_year(question)
    if year is not None and asked is not None and asked != year and _figure_year(text, year):
        return None
    return year
