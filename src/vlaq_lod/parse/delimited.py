"""Tables printed with a delimiter between their cells, turned into the aligned lines the table readers take.

* a bordered table extracted with its rules (a Markdown table, a box drawn in ASCII)::

      +-------------+---------+          | Categorie   | Aanvragen |
      | Provincie   |    2021 |          |-------------|-----------|
      +-------------+---------+          | Dakisolatie |    18.412 |
      | Antwerpen   | 187.412 |

  its rule lines (``+----+``, ``|----|``) are left out and its bars become blanks, so the cells stand in
  the printed columns they were drawn in.

A bar is one character and so is what replaces it: every offset into the document stays as it was,
and each figure's span still quotes the number as printed. The readers then read such a table as any other:
the same periods, units, scales, footnotes, Totaal rows and checks. A row of a different number of cells than
its header is reported and left out (its cells could stand in any column), never read.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import NamedTuple

from .lines import Line

# "| Dakisolatie   |  18.412 |  31.806.412 |": a row with a bar at each end and one between each two cells
_BAR_ROW = re.compile(r"\|(?:[^|]*\|){2,}")
# "+------+------+", "|------|------|", "|:--|--:|", "+======+": a rule line of the drawing, no cells (one
# dash alone is a cell's "no value", so a rule's cell prints two or a colon)
_RULE = re.compile(r"[|+](?:[ \t]*(?::?(?:-{2,}|={2,}):?|:-:?|-:)[ \t]*[|+])+")

UNEVEN_BARS = ("a row of a table drawn with bars between its cells prints {cells} cells, its header "
               "{columns}: which column each figure is in cannot be told, so the row is not read")


class Undelimited(NamedTuple):
    lines: Sequence[Line]  # the lines as the readers are to see them
    uneven: list[tuple[Line, str]]  # rows left out, with why: each to be reported


def undelimited(lines: Sequence[Line]) -> Undelimited:
    """``lines`` with every bordered table turned into aligned lines (see the module's docstring), and the
    rows left out because their cells do not match their header's. The common case, no bar on any line,
    costs a scan and copies nothing."""
    if not any("|" in line.text for line in lines):
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
        out.append(lines[i])
        i += 1
    return Undelimited(out, uneven)


def _bars(text: str) -> int:
    return text.count("|")


def _bordered_end(lines: Sequence[Line], i: int) -> int | None:
    """The end of the bordered table starting at line ``i`` (its rule above it included), or None: at least
    a header and a row drawn between bars, every line of the run a row or a rule."""
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
