"""Tables laid out in aligned columns with text columns among them, as ``pdftotext -layout`` prints them:

    Brug                 Waterweg                    Stremmingen   Gemiddelde duur (min)
    Brug van Wintam      Zeekanaal Brussel-Schelde   23            41,5

The header's cells, set apart by two or more spaces, give each column a start; a row's cell is the
text from one start to the next. That reads what gap counting cannot: a text column beside the label
(``Waterweg``, an address with house numbers and postcodes), a cell that runs up to the next column
with one space (``... 9000 Gent 1.610``), a heading with a number in it (``Per 1.000 inwoners``).

Precision first. Each cut must fall on a space, every cell of a figure column must read as a figure
(or "no value") and no cell of a text column may; otherwise the table is left to the other readers.
A footnote printed under the table as ``1 inclusief ...`` with no visible marker in it means a
superscript ``1`` may be glued onto a figure (``171`` is 17 with footnote 1, or 171): every whole
number ending in that digit is reported, not published.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal

from ..model import Figure, Span
from .cells import cell_length
from .lines import Line
from .numbers import figure_or_none, hours_of
from .periods import is_total
from .scales import scale_in
from .sentence_periods import first_period_named, names_time

_HEADING_CELL = re.compile(r"[^ \t]+(?: [^ \t]+)*")  # words set apart by single spaces
_FOOTNOTE = re.compile(r"(\d{1,2})[ \t]+[^\W\d_]")  # "1 inclusief de stremmingen ..."
_WHOLE = re.compile(r"\d{2,}")
_DOT_GROUPS = re.compile(r"[+\-\u2212]?\d{1,3}(?:\.\d{3})+(?:,\d+)?")  # "15.812": thousands grouped with dots
MIN_COLUMNS = 3  # a label and two more: with fewer, gap counting reads the table as well
# A heading cell's words at most: "Duurzaam aan het werk (%)" names one column; a longer cell is prose
MAX_HEADING_WORDS = 5
_EXCLAIMED_NAME = re.compile(r"[A-Z]{2,}!")  # "GO!": a name ending in "!" (the Flemish community's schools)
_ABBREVIATED_END = re.compile(r"(?:^|\s)(?:[a-z]\.){2,}$")  # "Evolutie t.o.v.": an abbreviation, no full stop
GLUED = "a footnote's number under the table may be glued onto this figure (171: 17 with footnote 1, or 171)"
UNALIGNED = "its cells do not line up with the header's columns"
NO_FIGURE = "a cell of digits that reads as no figure (two figures glued together?)"
_DIGIT = re.compile(r"\d")
RUNS_ON = ("a figure beside a blank cell runs on past its column's edge (two cells glued?): which digits are "
           "whose cannot be read, so it is not read")
BETWEEN = "a cell is left blank and a figure beside it lines up with no column: which one it is in is unclear"
# "Duur (uu:mm)", "Duur (u:mm)", "(uren:minuten)": a column of durations printed as hours and minutes
_HOURS_MINUTES_HEADING = re.compile(r"\((?:uu?|hh?|uren):(?:mm|min|minuten)\)", re.IGNORECASE)
HOURS_INEXACT = ("a duration in hours and minutes whose minutes are no exact decimal of an hour (10 minutes "
                 "is 0,1666... hours), or a cell that is no duration, under a heading of hours and minutes: "
                 "the column is not read")


@dataclass(frozen=True)
class Column:
    name: str
    start: int  # printed column (indentation included) where its heading starts


@dataclass(frozen=True)
class Cell:
    text: str
    start: int  # offset in ``Line.text``
    marker: str | None = None


@dataclass(frozen=True)
class Aligned:
    """What an aligned table holds: the label, each figure column's name and cells, the rows that could
    not be read (with why), and the lines it spans."""

    labels: tuple[str, ...]
    lines: tuple[Line, ...]
    columns: tuple[tuple[str, tuple[Figure | None, ...]], ...]  # None: the row's cell is not published
    unread: tuple[tuple[Line, str], ...]


def header(line: Line) -> tuple[Column, ...] | None:
    """The columns a header line names, when it has at least three cells set apart by two or more spaces
    and none is a figure, ends a sentence or runs longer than a heading (``MAX_HEADING_WORDS``); None
    otherwise. A name in capitals that ends in ``!`` (``GO!``, a school net) ends no sentence, nor does an
    abbreviation (``Evolutie t.o.v.``, its year wrapped onto the next line)."""
    if "  " not in line.text:  # the common case, prose: no gap, no columns
        return None
    cells = list(_HEADING_CELL.finditer(line.text))
    if len(cells) < MIN_COLUMNS or any(len(m[0].split()) > MAX_HEADING_WORDS or m[0][-1] in ".:;,!?"
                                       and not _EXCLAIMED_NAME.fullmatch(m[0])
                                       and not _ABBREVIATED_END.search(m[0]) for m in cells):
        return None
    gaps = [line.text[a.end():b.start()] for a, b in zip(cells, cells[1:], strict=False)]
    if any(len(gap) < 2 for gap in gaps) or any(figure_or_none(m[0]) is not None for m in cells):
        return None
    if not cells[0][0][:1].isalpha():
        return None
    return tuple(Column(m[0], line.column + m.start()) for m in cells)


_TRAILING_MARK = re.compile(r"(?:\(\d{1,2}\)|\*+)$")
# "2022 (%)", "2022 (euro)": a heading's year wrapped onto the next line with its unit; a row's cell never so
_WRAPPED_YEAR = re.compile(r"(?:19|20)\d\d[ \t]+\([^()\d]{1,10}\)")


# "Prioriteits-" / "groep 1": the rest of a heading's word broken at the line's end, in lower case, and the
# number that names the column's group (a row's label starts at the first column, never under a broken word)
_BROKEN_WORD_ENDS = re.compile(r"[a-zà-ÿ][\w-]*(?: [^\W\d_][\w-]*)* \d{1,2}")
# "Investering" / "2023" / "(x 1.000 euro)": a heading's year wrapped onto a line of its own, beside another's
_BARE_YEAR = re.compile(r"(?:19|20)\d\d")
# "Nieuwe" / "erkenningen 2020": the rest of a measure's name in lower case, then the one year it is of (a
# row's label starts at the first column and holds figures)
_WRAPPED_NAME_YEAR = re.compile(r"[a-zà-ÿ][a-zà-ÿ-]{3,}(?: [a-zà-ÿ][a-zà-ÿ-]{3,})? ((?:19|20)\d\d)")


def _name_year(heading: str, cell: str) -> bool:
    """Whether ``cell`` under ``heading`` ends a measure's name wrapped onto the next line with the one year
    it is of (``Nieuwe`` / ``erkenningen 2020``): a word of letters above, lower-case words and a year below,
    naming no time but the year (``voorjaar 2023``, ``helft 2023``, ``sinds 2018``, ``schooljaar 2023`` are
    times, not names: see DATED_COLUMNS)."""
    return heading.isalpha() and "  " not in cell and (m := _WRAPPED_NAME_YEAR.fullmatch(cell)) is not None \
        and "jaar" not in cell and first_period_named(cell) == m[1] and not names_time(heading)


def _bracketed_scale(cell: str) -> bool:
    """A heading cell that is a scale in brackets and nothing else (``(x 1.000 euro)``): its digits are the
    scale's, no row's figure."""
    return cell.startswith("(") and cell.endswith(")") and scale_in(cell) is not None


def continued(columns: Sequence[Column], line: Line) -> dict[int, str] | None:
    """A header's heading cells wrapped onto the next line (``Negatieve`` / ``evaluaties``): each of its
    cells, set apart by two or more spaces, starts where a column's heading starts, or anywhere right of the
    last heading's start (``Rood per 1.000`` / ``keuringen``, right-aligned: no column lies further right),
    and holds no figure (a footnote marker aside; a year with its bracketed unit, ``Evolutie t.o.v.`` /
    ``2022 (%)``, is a heading's, no row's); the words by column. None for any other line (a row
    starts with its label at the first column and holds figures)."""
    cells = list(_HEADING_CELL.finditer(line.text))
    starts = {c.start: k for k, c in enumerate(columns)}
    last = len(columns) - 1
    found: dict[int, str] = {}
    for m in cells:
        at = line.column + m.start()
        k = starts.get(at, last if at > columns[last].start else None)
        if k is None or k == 0 or k in found \
                or (_DIGIT.search(_TRAILING_MARK.sub("", m[0])) and not _WRAPPED_YEAR.fullmatch(m[0])
                    and not _BARE_YEAR.fullmatch(m[0]) and not _bracketed_scale(m[0])
                    and not (columns[k].name.endswith("-") and _BROKEN_WORD_ENDS.fullmatch(m[0]))
                    and not _name_year(columns[k].name, m[0])):
            return None
        found[k] = m[0]
    years = [cell for cell in found.values() if _BARE_YEAR.fullmatch(cell)]
    if years and (len(years) < 2 or len(set(years)) < len(years)):
        return None  # one bare year, or one year twice: a row's figures as likely as headings' years
    return found or None


_OVERHANG = 2  # how far a right-aligned figure may stick out left of its heading's start


def _overhang(text: str, at: int) -> int:
    """Where the cut at ``at`` falls: there, or at the start of a figure that sticks out at most two
    characters left of its column's start after a gap of two spaces (``14.206.318,42`` right-aligned under
    ``bedrag (euro)``, one wider than the rows that line up). A word, or a figure run on from the cell before
    without that gap (``3500 Hasselt-Centrum 640``), keeps the cut where it is: the row does not line up."""
    if not 0 < at < len(text) or text[at - 1] in " \t":
        return at
    start = at - len(text[:at].split()[-1])
    end = at + len(text[at:].split(None, 1)[0])
    if at - start > _OVERHANG or text[max(0, start - 2) : start] != "  " \
            or figure_or_none(text[start:end]) is None:
        return at
    return start


def cut(line: Line, columns: Sequence[Column], overhang: bool = False,
        wide_label: bool = False) -> tuple[Cell, ...] | None:
    """The row's cells, one per column, cut at the columns' starts (with ``overhang``, a figure sticking out
    a little left of its heading taken whole, see ``_overhang``; with ``wide_label``, a label's last word
    running past the first figure column's start taken whole, see ``_label_end``); None when a cut falls
    inside a word (the row does not line up). A cell left blank is empty: nothing printed, nothing
    published."""
    starts = [c.start - line.column for c in columns]
    starts = starts[:1] + [_overhang(line.text, a) if overhang else a for a in starts[1:]] + [len(line.text)]
    if starts[0] != 0:
        return None
    if wide_label:
        starts[1] = _label_end(line.text, starts[1], starts[2])
    starts[-2] = _last_start(line.text, starts[-3], starts[-2])
    cells = []
    for a, b in zip(starts, starts[1:], strict=False):
        if a < 0 or (0 < a < len(line.text) and line.text[a - 1] not in " \t"):
            return None
        piece = line.text[a:b]
        text = piece.strip()
        if (not text and a == 0) or "  " in text or "\t" in text:
            return None  # a row without its label, or two cells in one ("512.304     €"): the cut is wrong
        start = a + len(piece) - len(piece.lstrip())
        figure = cell_length(text)  # "1.402*": the figure and its marker, as every layout splits them
        cells.append(Cell(text[: figure[0]], start, figure[1]) if figure and figure[1] else Cell(text, start))
    return tuple(cells)


# "Gewest" of "Brussels Hoofdstedelijk Gewest  1.348", and the column gap after it
_LABEL_RUNS_ON = re.compile(r"[^\W\d_]+[ \t]{2,}")


def _label_end(text: str, at: int, next_start: int) -> int:
    """Where a row's label ends when its last word runs on past the first figure column's start ``at``
    (``Brussels Hoofdstedelijk Gewest      1.348`` under ``Provincie  Toekenningen``, the heading starting
    inside ``Gewest``): after that word and the column gap that follows it, when letters alone run on and
    the gap ends before the next column's start. Else ``at``: the cut stays where it falls (and the row
    does not line up)."""
    if not 0 < at < len(text) or text[at - 1] in " \t" or not text[at - 1].isalpha():
        return at
    m = _LABEL_RUNS_ON.match(text, at)
    return m.end() if m is not None and m.end() < next_start else at


_LAST_CELL = re.compile(r"[ \t]{2}(\S+)[ \t]*$")  # the row's last cell, after a column gap


def _last_start(text: str, before: int, at: int) -> int:
    """Where the last column's cell starts: at its heading's start, or left of it when a figure is centred
    or right-aligned under a shorter heading (``Bedrag`` over ``1.250.000,00``) and a column gap opens it,
    right of the column before's start. Nothing lies right of the last column to be cut instead."""
    if not 0 < at < len(text) or text[at - 1] in " \t":
        return at
    m = _LAST_CELL.search(text)
    if m is None or not before < m.start(1) < at or figure_or_none(m[1]) is None:
        return at
    return m.start(1)


def read(header_line: Line, columns: Sequence[Column], rows: Sequence[Line],
         below: Sequence[Line]) -> Aligned | None:
    """The table under ``header_line`` (``rows``: its lines up to a blank one, a repeated header left
    out); ``below`` the lines after it, for footnotes. None when it is no aligned table: then the
    other readers try."""
    cut_rows = [(line, cut(line, columns)) for line in rows]
    if sum(cells is not None for _, cells in cut_rows) < 2:
        return None
    # the rows line up: one whose widest figure sticks out left of its heading is cut around it; where no
    # two rows line up without that, the column gaps count the columns (``_overhang`` is no reader's start)
    cut_rows = [(line, cells or cut(line, columns, overhang=True)) for line, cells in cut_rows]
    good = [(line, cells) for line, cells in cut_rows if cells is not None]
    kinds = [(_hours_kind if _HOURS_MINUTES_HEADING.search(columns[k].name) else _kind)(
        [cells[k].text for _, cells in good]) for k in range(1, len(columns))]
    if "mixed" in kinds or "figure" not in kinds:
        return None
    glued = _glued_digits(below, rows)
    unread = [(line, UNALIGNED) for line, cells in cut_rows if cells is None]
    unread += [(line, HOURS_INEXACT) for line, cells in good
               if any(kind == "inexact hours" and cells[k + 1].text for k, kind in enumerate(kinds))]
    kinds = ["text" if kind == "inexact hours" else kind for kind in kinds]
    figure_columns = [k + 1 for k, kind in enumerate(kinds) if kind == "figure"]
    edges, aligned_edges = _edges(good, figure_columns), _aligned_edges(good, figure_columns)
    wide = _wide_labels(cut_rows, columns, figure_columns, edges)
    if wide:
        good = sorted([*good, *wide], key=lambda row: row[0].number)
        unread = [(line, why) for line, why in unread if all(line is not w for w, _ in wide)]
    widths = _widths(good, figure_columns)
    clean = {cell for k in figure_columns for cell in _clean_by_total(good, k, glued)}
    figures: list[list[Figure | None]] = [[] for _ in kinds]
    for n, (line, cells) in enumerate(good):
        proven = all((n, k) in clean for k in figure_columns if _may_be_glued(cells[k].text, glued))
        why = _why_unread(line, cells, figure_columns, set() if proven else glued, edges)
        runs_on = _runs_on(line, cells, figure_columns, aligned_edges, widths) if why is None else set()
        if why is not None or runs_on:
            unread.append((line, why or RUNS_ON))
        for k, kind in enumerate(kinds):
            cell = cells[k + 1]
            figures[k].append(_figure(line, cell) if why is None and kind == "figure" and cell.text
                              and not runs_on else None)  # a reported row publishes nothing
    columns_out = tuple((columns[k + 1].name, tuple(figures[k])) for k, kind in enumerate(kinds)
                        if kind == "figure")
    return Aligned(tuple(cells[0].text for _, cells in good), tuple(line for line, _ in good), columns_out,
                   tuple(unread))


def _wide_labels(cut_rows: Sequence[tuple[Line, tuple[Cell, ...] | None]], columns: Sequence[Column],
                 figure_columns: Sequence[int], edges: dict[int, set[int]]
                 ) -> list[tuple[Line, tuple[Cell, ...]]]:
    """The rows that did not line up only because the label runs on past the first figure column's start
    (``Brussels Hoofdstedelijk Gewest      1.348       € 3.406.118,50``), cut after the label
    (``_label_end``): read when every figure column holds a figure and each starts or ends where its
    column's figures do in the full rows (the 1.348 ends where 14.118 does). Lost, the row left a Totaal
    that no sum could check (sample 1309: six rows add to 48.906, the Totaal prints 49.806)."""
    found = []
    for line, cells in cut_rows:
        if cells is not None or (wide := cut(line, columns, wide_label=True)) is None:
            continue
        if all(wide[k].text and (line.column + wide[k].start in edges[k]
                                 or line.column + wide[k].start + len(wide[k].text) in edges[k])
               for k in figure_columns):
            found.append((line, wide))
    return found


def _why_unread(line: Line, cells: tuple[Cell, ...], columns: Sequence[int], glued: set[str],
                edges: dict[int, set[int]]) -> str | None:
    """Why a row that was cut is still not read, or None: a cell of digits that is no figure, a figure a
    footnote's number may be glued onto, or a figure beside a blank cell that lines up with no column."""
    texts = [cells[k].text for k in columns if cells[k].text]
    if any(_cell_value(text) is None for text in texts):
        return NO_FIGURE
    if any(_may_be_glued(text, glued) for text in texts):
        return GLUED
    return None if _lines_up(line, cells, columns, edges) else BETWEEN


def _edges(rows: Sequence[tuple[Line, tuple[Cell, ...]]], columns: Sequence[int]) -> dict[int, set[int]]:
    """Where the figures of each column start and end in the rows that fill every figure column: a
    column's figures line up on one of its edges (left- or right-aligned)."""
    edges: dict[int, set[int]] = {k: set() for k in columns}
    for line, cells in rows:
        if all(cells[k].text for k in columns):
            for k in columns:
                at = line.column + cells[k].start
                edges[k].update((at, at + len(cells[k].text)))
    return edges


def _aligned_edges(rows: Sequence[tuple[Line, tuple[Cell, ...]]], columns: Sequence[int]
                   ) -> dict[int, tuple[set[int], set[int]]]:
    """Each column's edge by the rows that fill every figure column, as (starts, ends) a figure of it may
    have: a column whose figures all end at one place but start at several is right-aligned, only that
    end counts (``241`` over ``98``); the other way round a left-aligned one; where neither says, any."""
    edges = {}
    for k in columns:
        starts = {line.column + cells[k].start for line, cells in rows if all(cells[c].text for c in columns)}
        ends = {line.column + cells[k].start + len(cells[k].text) for line, cells in rows
                if all(cells[c].text for c in columns)}
        edges[k] = (set(), ends) if len(ends) == 1 < len(starts) else (starts, set()) \
            if len(starts) == 1 < len(ends) else (starts, ends)
    return edges


def _runs_on(line: Line, cells: tuple[Cell, ...], columns: Sequence[int],
             edges: dict[int, tuple[set[int], set[int]]], widths: dict[int, float]) -> set[int]:
    """In a row with a cell left blank, the figure columns whose figure does not sit on its column's edge
    (``_aligned_edges``): ``14871,46`` starts where the right-aligned ``241`` starts but runs on past its end
    into the blank cell beside it, a count and a price glued; or one wider than every figure of its column
    in the full rows (``_widths``), but in a Totaal row, whose sums are wider than their parts. The row is
    then reported and none of its cells is read, not even one on its edge (``106.412`` beside ``989,2``,
    sample 1082): which cells it has is unsure, and a reported row publishes nothing. A full row's cells
    are read."""
    if all(cells[k].text for k in columns):
        return set()
    return {k for k in columns if cells[k].text and (line.column + cells[k].start not in edges[k][0]
            and line.column + cells[k].start + len(cells[k].text) not in edges[k][1]
            or len(cells[k].text) > widths[k] and not is_total(cells[0].text))}


def _widths(rows: Sequence[tuple[Line, tuple[Cell, ...]]], columns: Sequence[int]) -> dict[int, float]:
    """The widest figure of each column in the rows that fill every figure column. A figure beside a blank
    cell wider than that (``231331`` where the full rows print ``204``, ``218``: four cells under five
    headings, the last two glued, 231 and 331 or 23 and 1.331) may hold two cells' digits, on its column's
    edge or not: ``_runs_on`` reports its row. No full row: no width, nothing is read by it. A table that
    groups thousands with dots has no widths here: a glued cell there prints digits without the dot, which
    the table readers report naming them (``tables.GLUED_ROW``, ``tables.UNGROUPED_ROW``)."""
    if any(_DOT_GROUPS.fullmatch(cells[k].text) for _, cells in rows for k in columns):
        return {k: float("inf") for k in columns}
    full = [cells for _, cells in rows if all(cells[c].text for c in columns)]
    return {k: max((len(cells[k].text) for cells in full), default=0) for k in columns}


def _lines_up(line: Line, cells: tuple[Cell, ...], columns: Sequence[int],
              edges: dict[int, set[int]]) -> bool:
    """A row with a cell left blank: each of its figures must start or end where the figures of its column
    do in the full rows (``Kortrijk      964`` between two columns is in neither). A full row lines up."""
    if all(cells[k].text for k in columns):
        return True
    return all(not cells[k].text or line.column + cells[k].start in edges[k]
               or line.column + cells[k].start + len(cells[k].text) in edges[k] for k in columns)


def _kind(texts: Sequence[str]) -> str:
    """A column of figures (a blank cell says nothing; a cell of digits that reads as no figure,
    ``2.4053.217``, is one glued by the extraction: its row is reported), of text, or mixed."""
    cells = [t for t in texts if t]
    read = [figure_or_none(t) is not None for t in cells]
    if all(read) or (sum(read) >= 2 and all(_DIGIT.search(t) for t in cells)):
        return "figure"
    return "text" if not any(read) else "mixed"


def _hours_kind(texts: Sequence[str]) -> str:
    """A column headed as hours and minutes (``Duur (uu:mm)``): ``figure`` when every cell is a duration
    (``212:45``) whose minutes make an exact decimal of an hour (``hours_of``), so each is published in
    hours; ``inexact hours`` otherwise, a column to report (10 minutes would be a rounded 0,17 hours, and a
    rounded figure is no figure the source printed)."""
    cells = [t for t in texts if t]
    return "figure" if cells and all(hours_of(t) is not None for t in cells) else "inexact hours"


def _cell_value(text: str) -> tuple[Decimal | None, str | None] | None:
    """A figure cell's value and unit: a number as printed, or a duration ``212:45`` in hours (212,75, unit
    ``uur``); only a column ``_hours_kind`` took holds durations."""
    if (hours := hours_of(text)) is not None:
        return hours, "uur"
    return figure_or_none(text)


def _figure(line: Line, cell: Cell) -> Figure:
    value, unit = _cell_value(cell.text) or (None, None)
    at = line.start + cell.start
    span = Span(at, at + len(cell.text), line.number, line.number)
    return Figure(value, cell.text, unit, span, cell.marker)


def _glued_digits(below: Sequence[Line], rows: Sequence[Line]) -> set[str]:
    """The numbers of footnotes printed under the table that no row shows as a marker ``(1)``."""
    notes = {m[1] for line in below[:4] if (m := _FOOTNOTE.match(line.text))}
    shown = " ".join(line.text for line in rows)
    return {n for n in notes if f"({n})" not in shown}


def _clean_by_total(rows: Sequence[tuple[Line, tuple[Cell, ...]]], k: int,
                    glued: set[str]) -> set[tuple[int, int]]:
    """The cells of column ``k`` a footnote's number may be glued onto (``612``, ``1312`` over ``2 Waarvan
    ...``) that the Totaal row proves printed as they are: the column adds up to the Totaal as printed, or
    with the last digit of exactly one other such cell taken off (``1312`` is 131 with footnote 2). As
    ``(row, column)``; none without one Totaal row that is no such cell itself."""
    totals = [n for n, (_, cells) in enumerate(rows) if is_total(cells[0].text)]
    if len(totals) != 1 or _may_be_glued(total_text := rows[totals[0]][1][k].text, glued):
        return set()
    parts = {n: _cell_value(cells[k].text) for n, (_, cells) in enumerate(rows)
             if n != totals[0] and cells[k].text}  # a blank cell (a page's number as a row) adds nothing
    total = _cell_value(total_text)
    values = {n: part[0] if part else None for n, part in parts.items()}
    if total is None or total[0] is None or any(value is None for value in values.values()):
        return set()  # "-", "n.v.t.": no sum to prove anything by
    printed = sum(value for value in values.values() if value is not None)
    suspects = [n for n, (_, cells) in enumerate(rows) if n in parts and _may_be_glued(cells[k].text, glued)]
    if printed == total[0]:
        return {(n, k) for n in suspects}
    cut = [n for n in suspects if (short := figure_or_none(rows[n][1][k].text[:-1])) is not None
           and (value := values[n]) is not None and short[0] is not None
           and printed - value + short[0] == total[0]]
    return {(n, k) for n in suspects if n not in cut} if len(cut) == 1 else set()


def _may_be_glued(printed: str, glued: set[str]) -> bool:
    return bool(glued) and _WHOLE.fullmatch(printed) is not None and printed[-1] in glued
