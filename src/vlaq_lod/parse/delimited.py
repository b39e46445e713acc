"""Tables printed with a delimiter between their cells, turned into the aligned lines the table readers take.

Two layouts:

* a bordered table extracted with its rules (a Markdown table, a box drawn in ASCII)::

      +-------------+---------+          | Categorie   | Aanvragen |
      | Provincie   |    2021 |          |-------------|-----------|
      +-------------+---------+          | Dakisolatie |    18.412 |
      | Antwerpen   | 187.412 |

  its rule lines (``+----+``, ``|----|``) are left out and its bars become blanks, so the cells stand in
  the printed columns they were drawn in;
* a database export pasted with ``;`` between the cells and a header naming the columns::

      jaar;trajectcontroles;flitspalen;totaal
      2021;1812406;1204318;3016724

  each ``;`` becomes a tab, a column gap, so no thousands group (``22 318``) can be made of two cells; the
  underscores of a column's name (``vaststellingen_2023``) are the export's spaces.

A bar or a ``;`` is one character and so is what replaces it: every offset into the document stays as it was,
and each figure's span still quotes the number as printed. The readers then read such a table as any other:
the same periods, units, scales, footnotes, Totaal rows and checks. A row of a different number of cells than
its header is reported and left out (its cells could stand in any column), never read.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import NamedTuple

from .cells import is_cell
from .lines import Line, part_text

# "| Dakisolatie   |  18.412 |  31.806.412 |": a row with a bar at each end and one between each two cells
_BAR_ROW = re.compile(r"\|(?:[^|]*\|){2,}")
# "+------+------+", "|------|------|", "|:--|--:|", "+======+": a rule line of the drawing, no cells (one
# dash alone is a cell's "no value", so a rule's cell prints two or a colon)
_RULE = re.compile(r"[|+](?:[ \t]*(?::?(?:-{2,}|={2,}):?|:-:?|-:)[ \t]*[|+])+")
# "2021;93412;612806,4;6,56", "Jaar;Aantal installaties;Vermogen (kWp)": cells joined by bare semicolons; a
# sentence sets a space after its ";" ("41 in Antwerpen; 22 in Limburg"), an export never
_EXPORT_LINE = re.compile(r"[^;\s](?:[^;]*[^;\s])?(?:;[^;\s](?:[^;]*[^;\s])?)+")
# a header cell of an export: words (``Vermogen (kWp)``, ``aantal_trajectcontroles``) or a year as a column
_EXPORT_HEADING = re.compile(r"[^\W\d].*|(?:19|20)\d\d(?:-(?:19|20)\d\d)?", re.DOTALL)
# "2021", "2024(*)", "2023-2024": a row's key that is a period, though it reads as a figure too
_PERIOD_KEY = re.compile(r"(?:19|20)\d\d(?:-(?:19|20)\d\d)?(?:\*{1,3}|\(\*\)|\(\d{1,2}\))?")
_STOPS = ".:;?!"  # a cell ending like a sentence is prose
MIN_ROWS = 2  # an export of one row is as likely a sentence's list as a table: read as printed

UNEVEN_BARS = ("a row of a table drawn with bars between its cells prints {cells} cells, its header "
               "{columns}: which column each figure is in cannot be told, so the row is not read")
UNEVEN_EXPORT = ("a row of an export with ';' between its cells prints {cells} cells, its header {columns}: "
                 "which column each figure is in cannot be told, so the row is not read")


class Undelimited(NamedTuple):
    lines: Sequence[Line]  # the lines as the readers are to see them
    uneven: list[tuple[Line, str]]  # rows left out, with why: each to be reported


def undelimited(lines: Sequence[Line]) -> Undelimited:
    """``lines`` with every bordered table and every export turned into aligned lines (see the module's
    docstring), and the rows left out because their cells do not match their header's. The common case,
    no bar and no ``;`` on any line, costs a scan and copies nothing."""
    text = part_text(lines)
    if "|" not in text and ";" not in text:
        return Undelimited(lines, [])
    out: list[Line] = []
    uneven: list[tuple[Line, str]] = []
    i = 0
    while i < len(lines):
        j = _bordered_end(lines, i)
        if j is not None:
            _add_bordered(lines[i:j], out, uneven)
            i = j
            continue
        j = _export_end(lines, i)
        if j is not None:
            _add_export(lines[i:j], out, uneven)
            i = j
            continue
        out.append(lines[i])
        i += 1
    return Undelimited(out, uneven)


def _bars(text: str) -> int:
    return text.count("|")


def _bordered_end(lines: Sequence[Line], i: int) -> int | None:
    """The end of the bordered table starting at line ``i`` (its rule above it included), or None: at least
    a header and a row drawn between bars, every line of the run a row or a rule."""
    if not lines[i].text.startswith(("|", "+")):  # most lines: no regex asked
        return None
    j = i
    rows = 0
    while j < len(lines) and (_RULE.fullmatch(lines[j].text) or _BAR_ROW.fullmatch(lines[j].text)):
        rows += not _RULE.fullmatch(lines[j].text)
        j += 1
    return j if rows >= 2 else None


def _add_bordered(block: Sequence[Line], out: list[Line], uneven: list[tuple[Line, str]]) -> None:
    """The rows of a bordered table as aligned lines, its rules left out; a row whose cells are not as many
    as its header's goes to ``uneven``."""
    rows = [line for line in block if not _RULE.fullmatch(line.text)]
    columns = _bars(rows[0].text) - 1
    for line in rows:
        cells = _bars(line.text) - 1
        if cells != columns:
            uneven.append((line, UNEVEN_BARS.format(cells=cells, columns=columns)))
            continue
        out.append(_unbarred(line))


def _unbarred(line: Line) -> Line:
    """The row with its bars blanked: a bar with a blank on each side becomes a blank (the cells keep the
    columns they were drawn in); one set right against a cell (``|18.412|``) becomes a tab, a column gap all
    the same. The bars at the ends fall away with the line's surrounding blanks."""
    text = line.text
    chars = list(text)
    for k, char in enumerate(text):
        if char == "|":
            padded = (k == 0 or text[k - 1] in " \t") and (k == len(text) - 1 or text[k + 1] in " \t")
            chars[k] = " " if padded or k in (0, len(text) - 1) else "\t"
    return Line(line.number, line.start, line.column, "".join(chars)).cut(0)


def _export_cells(text: str) -> list[str] | None:
    return text.split(";") if ";" in text and _EXPORT_LINE.fullmatch(text) else None


def _is_export_header(cells: Sequence[str]) -> bool:
    """Each cell names a column: words or a year, none ending like a sentence, the first one words."""
    return cells[0][:1].isalpha() and all(_EXPORT_HEADING.fullmatch(c) and c[-1] not in _STOPS for c in cells)


def _is_export_row(cells: Sequence[str]) -> bool:
    """A label or a period and then figures, one to a cell. A first cell of another figure (``12;13;14``
    under ``Antwerpen;Limburg;Gent``) labels no row: the export has no key column, its header no name for
    it, and which cell is whose is not sure."""
    return (not is_cell(cells[0]) or _PERIOD_KEY.fullmatch(cells[0]) is not None) \
        and all(is_cell(c) for c in cells[1:])


def _export_end(lines: Sequence[Line], i: int) -> int | None:
    """The end of the export whose header is line ``i``, or None: a header naming its columns, then at
    least ``MIN_ROWS`` lines of cells joined by ``;`` (a row of another cell count among them included,
    to be reported), each a label and figures, most as many cells as the header."""
    header = _export_cells(lines[i].text)
    if header is None or not _is_export_header(header):
        return None
    j = i + 1
    even = 0
    while j < len(lines) and (cells := _export_cells(lines[j].text)) is not None and _is_export_row(cells):
        even += len(cells) == len(header)
        j += 1
    return j if even >= MIN_ROWS else None


def _add_export(block: Sequence[Line], out: list[Line], uneven: list[tuple[Line, str]]) -> None:
    """The header and rows of an export as lines of tab-separated cells, the header's underscores as
    spaces; a row whose cells are not as many as the header's goes to ``uneven``."""
    header, *rows = block
    columns = header.text.count(";") + 1
    out.append(Line(header.number, header.start, header.column,
                    header.text.replace(";", "\t").replace("_", " ")))
    for line in rows:
        cells = line.text.count(";") + 1
        if cells != columns:
            uneven.append((line, UNEVEN_EXPORT.format(cells=cells, columns=columns)))
            continue
        out.append(Line(line.number, line.start, line.column, line.text.replace(";", "\t")))
