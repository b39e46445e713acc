"""Tables of figures in an answer, in the three layouts ministers use.

* years as columns: a line of years (`` 2018 2019 2020 2021``), then ``label v v v v`` rows whose
  label may wrap over up to three lines (``Evolutie t.o.v. vorig`` / ``jaar -18% +5,63% ...``);
* years as rows: ``2019 869.341 48 87,2%`` lines under column headings; a heading may wrap over
  several lines, and headings are told apart by two or more spaces (or a tab) between them and by
  where they start on the line, so a wrapped second line joins the heading it sits under;
* vertical lists: ``2014: 12 791 969 euro``, one year per line.

A vertical list prints no row label, so its one row is named after the answer part it sits in
(``antwoord 1``; ``antwoord`` outside numbered parts): that is what the minister answered with it,
and ``Table.answer_part`` lets the graph join it to the sub-question.

Values are split on spaces and tabs only, so a no-break space inside ``1 234`` keeps it one number;
a plain space as thousands separator is only read in vertical lists, where a row holds one number.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from ..model import Figure, Span, Table, TableRow
from .lines import Line, Spans, collapse
from .numbers import NUMBER_PATTERN, read_figure

_YEAR = r"(?:19|20)\d{2}"
_YEAR_FIRST = re.compile(rf"{_YEAR}[ \t]")
_YEARS_HEADER = re.compile(rf"{_YEAR}(?:[ \t]+{_YEAR})+")
_LIST_LINE = re.compile(rf"({_YEAR})[ \t]*:[ \t]*({NUMBER_PATTERN}|[-–—])(%?)([ \t]*(?:euro|EUR|€))?")
_TOKEN = re.compile(r"[^ \t]+")
_CELL = re.compile(r"[^ \t]+(?: [^ \t]+)*")  # a heading cell: words separated by single spaces
_MAX_LABEL_LINES = 2  # continuation lines a wrapped row label may take before its figures
_MAX_HEADING_LINES = 4
_MAX_COLUMNS = 40  # no printed table is wider; a "row" of thousands of numbers is refused before it costs
_ENDS = ".:;?!"  # a line ending like a sentence is prose, not a heading

Found = tuple[Table, int]  # a table and the index of the first line after it


def _figure(number: str, unit_text: str, start: int, line: int) -> Figure:
    """``number`` is what the span quotes (sign and ``%`` included); ``unit_text`` a unit word after it."""
    printed = number + unit_text
    value, unit = read_figure(printed)
    return Figure(value, printed, unit, Span(start, start + len(number), line, line))


def _cells(line: Line, tokens: Sequence[re.Match[str]]) -> list[Figure] | None:
    """The tokens as figures, or ``None`` when one of them is a word: then the line is no table row."""
    try:
        return [_figure(t[0], "", line.start + t.start(), line.number) for t in tokens]
    except ValueError:
        return None


def _column_row(line: Line, pending: list[Line], periods: tuple[str, ...], spans: Spans) -> TableRow | None:
    tokens = list(_TOKEN.finditer(line.text))
    if len(tokens) < len(periods):
        return None
    cells = tokens[-len(periods):]
    label = collapse(" ".join([p.text for p in pending] + [line.text[: cells[0].start()]]))
    figures = _cells(line, cells) if label else None
    if figures is None:
        return None
    values = dict(zip(periods, figures, strict=True))
    return TableRow(label, values, spans.span((pending[0] if pending else line).start, line.end))


def _years_as_columns(lines: Sequence[Line], i: int, spans: Spans, part: str | None) -> Found | None:
    header = lines[i]
    if not _YEARS_HEADER.fullmatch(header.text):
        return None
    periods = tuple(header.text.split())
    if len(periods) > _MAX_COLUMNS:
        return None
    rows: list[TableRow] = []
    pending: list[Line] = []
    j = i + 1
    while j < len(lines):
        line = lines[j]
        if not line.text:
            if rows:  # a blank line ends a table; before its first row it is only spacing
                break
        elif _YEARS_HEADER.fullmatch(line.text):
            break
        elif (row := _column_row(line, pending, periods, spans)) is not None:
            rows.append(row)
            pending = []
        elif len(pending) < _MAX_LABEL_LINES:
            pending.append(line)
        else:
            break
        j += 1
    if not rows:
        return None
    table = Table(periods, tuple(rows), spans.span(header.start, rows[-1].span.end), "years-as-columns", part)
    return table, j - len(pending)


def _year_row(line: Line) -> tuple[str, list[Figure]] | None:
    """``2019 869.341 48 87,2%`` -> the year and its figures."""
    if not _YEAR_FIRST.match(line.text):
        return None
    tokens = list(_TOKEN.finditer(line.text))
    figures = _cells(line, tokens[1:]) if len(tokens) <= _MAX_COLUMNS + 1 else None
    return (tokens[0][0], figures) if figures else None


def _heading_lines(lines: Sequence[Line], i: int, floor: int) -> list[Line]:
    """The lines right above the first year row, up to a blank line or a sentence's end."""
    k = i
    while k > floor and i - k < _MAX_HEADING_LINES and lines[k - 1].text[-1:] not in ("", *_ENDS):
        k -= 1
    return list(lines[k:i])


def _column_labels(headings: Sequence[Line], count: int) -> tuple[str, ...]:
    """Join wrapped headings: each cell goes to the column of the fullest heading line it sits under."""
    cells = [[(line.column + m.start(), m[0]) for m in _CELL.finditer(line.text)] for line in headings]
    anchor = max(cells, key=len, default=[])
    if len(anchor) not in (count, count + 1):
        return tuple(f"kolom {k + 1}" for k in range(count))
    columns: list[list[str]] = [[] for _ in anchor]
    for row in cells:
        for column, text in row:
            columns[min(range(len(anchor)), key=lambda k: abs(anchor[k][0] - column))].append(text)
    return tuple(" ".join(words) for words in columns[len(anchor) - count:])


def _years_as_rows(lines: Sequence[Line], i: int, floor: int, spans: Spans, part: str | None) -> Found | None:
    records: list[tuple[str, list[Figure]]] = []
    j = i
    while j < len(lines) and (record := _year_row(lines[j])):
        if records and len(record[1]) != len(records[0][1]):
            break
        records.append(record)
        j += 1
    if len(records) < 2:
        return None
    headings = _heading_lines(lines, i, floor)
    rows = []
    for c, label in enumerate(_column_labels(headings, len(records[0][1]))):
        values = {year: figures[c] for year, figures in records}
        column = list(values.values())
        rows.append(TableRow(label, values, spans.span(column[0].span.start, column[-1].span.end)))
    periods = tuple(year for year, _ in records)
    span = spans.span((headings or [lines[i]])[0].start, lines[j - 1].end)
    return Table(periods, tuple(rows), span, "years-as-rows", part), j


def _list_entry(line: Line) -> Figure | None:
    m = _LIST_LINE.fullmatch(line.text)
    if not m:
        return None
    try:
        return _figure(m[2] + m[3], m[4] or "", line.start + m.start(2), line.number)
    except ValueError:
        return None


def _vertical_list(lines: Sequence[Line], i: int, spans: Spans, part: str | None) -> Found | None:
    values: dict[str, Figure] = {}
    j = i
    while j < len(lines) and (figure := _list_entry(lines[j])):
        values[lines[j].text[:4]] = figure
        j += 1
    if not values:
        return None
    span = spans.span(lines[i].start, lines[j - 1].end)
    row = TableRow(f"antwoord {part}" if part else "antwoord", values, span)
    return Table(tuple(values), (row,), span, "vertical-list", part), j


def find_tables(lines: Sequence[Line], spans: Spans, part: str | None) -> tuple[Table, ...]:
    """Every table in the lines of one answer part (its label cut off), in document order."""
    tables = []
    i = floor = 0
    while i < len(lines):
        if not lines[i].text[:1].isdigit():  # every layout starts with a year: skip prose cheaply
            i += 1
            continue
        found = (_years_as_columns(lines, i, spans, part) or _years_as_rows(lines, i, floor, spans, part)
                 or _vertical_list(lines, i, spans, part))
        if found is None:
            i += 1
            continue
        table, i = found
        tables.append(table)
        floor = i
    return tuple(tables)
