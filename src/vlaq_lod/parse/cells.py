"""A table row's figures, read only when one reading fits.

A row prints a label and then its cells, split by spaces. A plain space may also group thousands
(``12 345``), so ``Antwerpen 12 345 13 456`` under two columns could be read in several ways; the
column count decides: only ``12 345`` and ``13 456`` make two numbers. Two or more spaces or a tab
always separate cells. The label takes as few of the leading tokens as possible (``Contactcenter
1700`` takes ``1700`` only because no reading fits without it); when two readings fit the same
label, the row is ambiguous and reported, never guessed.

A cell is a Dutch number with its unit (``1.204``, ``87,2%``, ``€ 1.234,5``, ``1,2 miljoen euro``),
a "no value" (``-``, ``/``, ``n.v.t.``, ``nvt``, ``(*)``, ``nog niet beschikbaar`` after a column gap),
either one followed by a footnote marker (``1.402*``, ``1.402 (1)``), which is split off and kept.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import NamedTuple

from .numbers import BRACKETED_NEGATIVE, NIHIL, NOT_YET, figure_or_none

_TOKEN = re.compile(r"[^ \t]+")
_MARK = re.compile(r" ?(\*{1,3}|\(\d{1,2}\)|\(\*\)|[\u00b9\u00b2\u00b3\u2070-\u2079]{1,2})$"  # ¹ as well
                   r"|(?<=\d)([a-d])$")  # a footnote's letter glued on, "152,6b" (table_context.LETTER_MARK)
# What the second token of a two-token cell can be: a thousands group, a unit, a scale word or a marker.
_SECOND = re.compile(r"\d{3}(?:,\d+)?%?|%|procent|euro|EUR|€|k€|ha|km|miljoen|miljard|mio\.?|mln\.?|mld\.?"
                     r"|\*+|\(\d{1,2}\)|\(\*\)|[\u00b9\u00b2\u00b3\u2070-\u2079]{1,2}")
_MAX_CELL_TOKENS = 5  # "€ 1 234 567 *": no printed cell is longer
_NOT_YET = re.compile(NOT_YET, re.IGNORECASE)
# A cell left out for privacy, "x" or "< 5", is a cell only set apart by a column gap: "Type x  12  14" under
# three years, or "Leeftijd < 18  12  14", is a label and a missing cell (reported), never a shifted row
_OPEN_BOUND = re.compile(r"[<>≤≥]|<=|>=")  # a comparison sign, which the number after it completes
_APART_ONLY = re.compile(rf"{NOT_YET}|{NIHIL}|x|<[ \t]?\d{{1,3}}", re.IGNORECASE)  # opens with n, x or <
_NOT_YET_APART = re.compile(rf"(?:^|[ \t]{{2,}}|\t){NOT_YET}$", re.IGNORECASE)  # a cell of words, set apart
_NIHIL_APART = re.compile(rf"(?:[ \t]{{2,}}|\t){NIHIL}$", re.IGNORECASE)  # "nihil" as a cell, set apart
_MAX_TOKENS = 200  # a label and 40 columns of cells; a longer "row" is refused before it costs


class Cell(NamedTuple):
    start: int  # offsets of the figure (marker excluded) in the line's text
    end: int
    marker: str | None


class Reading(NamedTuple):
    label_end: int  # the label is text[:label_end]
    cells: list[Cell]


_ONE_SPACE_FIGURE = re.compile(r" \d")
_DASHES = ("-", "\u2013", "\u2014")  # the dashes a cell prints for "no value" (numbers.NO_VALUE)
DASH_OR_SIGN = ("a dash one space before a figure ('- 48'): a cell with no value beside it, or the figure's "
                "minus sign")


def _checked(text: str, reading: Reading) -> Reading:
    """``reading``, unless a cell is a dash set one space before the next figure in a row set out with
    column gaps (``Ronse   - 48   112``): no value then 48, or -48 with a cell missing; the print does not
    say. Nor when two cells of such a row stand one space apart, a group of one to three digits before
    three digits (``Totaal  66 540`` under two columns, ``Sint-Niklaas  2 4126,3``): where column gaps set
    the cells apart, that space groups thousands (66 540 with a cell left blank; 2 412 glued onto 6,3), so
    the row is a cell short or two cells glued, never these two figures."""
    if "  " in text and any(text[c.start:c.end] in _DASHES and _ONE_SPACE_FIGURE.match(text, c.end)
                            for c in reading.cells):
        raise RowError(DASH_OR_SIGN)
    if "  " in text and any(text[a.end:b.start] == " " and _GROUP_HEAD.fullmatch(text, a.start, a.end)
                            and _GROUP_TAIL.match(text, b.start)
                            for a, b in zip(reading.cells, reading.cells[1:], strict=False)):
        raise RowError(SPACE_GROUP)
    return reading


_GROUP_HEAD = re.compile(r"\d{1,3}")  # "66" of "66 540", "2" of "2 4126,3": a thousands group's head
_GROUP_TAIL = re.compile(r"\d{3}")  # the three digits a space-grouped figure goes on with
SPACE_GROUP = ("two figures one space apart in a row set out with column gaps ('66 540', '2 4126,3'): the "
               "space may group thousands (a cell left blank, or two cells glued), so which figures the row "
               "holds cannot be read")


class RowError(ValueError):
    """Why a row's figures cannot be read unambiguously (the message is for the report)."""


@lru_cache(maxsize=8192)  # pure, and a row's pieces are asked again (a row? which reading? apart?)
def cell_length(text: str) -> tuple[int, str | None] | None:
    """Length of the figure in one cell's text and its marker (``1.402*`` -> 5, ``*``), or None when the
    text is no cell. The marker is looked for only when the whole text is no figure: most cells print none."""
    if _figure_body(text):
        return len(text), None
    m = _MARK.search(text)
    return (m.start(), m[1] or m[2]) if m and _figure_body(text[: m.start()]) else None


def _figure_body(body: str) -> bool:
    """A figure or a "no value" with nothing after it (a space before a marker belongs to the marker)."""
    return bool(body) and not body[-1].isspace() and figure_or_none(body) is not None


def _cell_in(piece: str, column: int, balances: frozenset[int]) -> tuple[int, str | None] | None:
    """``cell_length`` for the cell of ``column``: in a column of balances a bracketed negative too."""
    if (read := cell_length(piece)) is not None:
        return read
    return (len(piece), None) if column in balances and BRACKETED_NEGATIVE.fullmatch(piece) else None


def is_cell(text: str) -> bool:
    """``text`` reads as one table cell (a figure or a "no value", with or without a marker)."""
    return cell_length(text) is not None


def _readings(text: str, tokens: list[re.Match[str]], start: int, count: int,
              limit: int = 2, balances: frozenset[int] = frozenset()) -> list[list[Cell]]:
    """Up to ``limit`` ways to read ``tokens[start:]`` as exactly ``count`` cells."""
    memo: dict[tuple[int, int], list[list[Cell]]] = {}

    def walk(i: int, left: int) -> list[list[Cell]]:
        if left == 0 or i == len(tokens):
            return [[]] if left == 0 and i == len(tokens) else []
        if (i, left) in memo:
            return memo[(i, left)]
        found: list[list[Cell]] = []
        j = i
        while j < len(tokens) and j - i < _MAX_CELL_TOKENS and len(found) < limit:
            if j > i and text[tokens[j - 1].end():tokens[j].start()] != " ":
                break  # two spaces or a tab: a column gap, never inside a cell
            piece = text[tokens[i].start():tokens[j].end()]
            if (read := _cell_in(piece, count - left, balances)) is not None and not (
                    i and text[tokens[i - 1].end():tokens[i].start()] == " " and _APART_ONLY.match(piece)):
                cell = Cell(tokens[i].start(), tokens[i].start() + read[0], read[1])
                found += [[cell, *rest] for rest in walk(j + 1, left - 1)][: limit - len(found)]
            j += 1
        memo[(i, left)] = found
        return found

    return walk(start, count)


def _open_bound(token: str) -> bool:
    """``_OPEN_BOUND`` is the whole token: a sign of one or two characters (most tokens, longer, skip the
    regex)."""
    return len(token) <= 2 and _OPEN_BOUND.fullmatch(token) is not None


def _one_token_cells(text: str, tokens: list[re.Match[str]], count: int, label_tokens: int,
                     balances: frozenset[int] = frozenset()) -> Reading | None:
    """The common row, read fast: when no two neighbouring tokens (one space apart) make one cell, every
    cell is one token, so the last ``count`` tokens are the only reading (every longer cell starts
    with a two-token cell: ``12 345``, ``1.402 *``, ``€ 12``, ``1,2 miljoen``)."""
    if len(tokens) - count < label_tokens:
        return None
    for a, b in zip(tokens[label_tokens:], tokens[label_tokens + 1:], strict=False):
        if (text[a.end():b.start()] == " " and (a[0] in ("€", "EUR") or _SECOND.fullmatch(b[0]))
                and cell_length(text[a.start():b.end()]) is not None):
            return None
    if len(tokens) > count and _open_bound(tokens[len(tokens) - count - 1][0]):
        return None  # "< 25  412  455": the label's bound takes the first number, a cell is missing
    cells = []
    for k, t in enumerate(tokens[len(tokens) - count:]):
        piece = t[0]
        if (read := _cell_in(piece, k, balances)) is None \
                or (piece[0] in "nNxX<" and _APART_ONLY.fullmatch(piece)):
            return None  # a privacy cell is read by ``_readings``, which asks for the gap before it
        at = t.start()
        cells.append(Cell(at, at + read[0], read[1]))
    start = len(tokens) - count
    return Reading(tokens[start - 1].end() if start else 0, cells)


_EURO = re.compile(r"€|EUR|euro")
_MAX_READINGS = 8  # readings weighed against the amount columns; a row with more is ambiguous anyway


def _in_amount_columns(text: str, readings: list[list[Cell]], amounts: frozenset[int]) -> list[list[Cell]]:
    """The readings whose cells printing a euro sign all sit in a column headed as an amount: ``45.903 €
    118.406.233,51`` under ``Toegekend  Uitbetaald bedrag`` gives the € to the amount."""
    return [cells for cells in readings
            if {k for k, c in enumerate(cells) if _EURO.search(text[c.start:c.end])} <= amounts]


_SPACE_GROUP = re.compile(r"\d \d{3}(?!\d)")
_DOT_GROUP = re.compile(r"\d\.\d{3}(?!\d)")


def _mixed(text: str, cells: list[Cell]) -> bool:
    """Whether a reading groups one figure's thousands by a space and another's by a dot."""
    printed = [text[c.start:c.end] for c in cells]
    return any(_SPACE_GROUP.search(p) for p in printed) and any(_DOT_GROUP.search(p) for p in printed)


def _label_may_take(text: str, tokens: list[re.Match[str]], start: int, cells: list[Cell], count: int,
                    plain_labels: bool) -> bool:
    """Whether the first figure's first group, one space after the label, could as well end the label
    (``Zone 2 988 1.015``: ``Zone`` 2 988 or ``Zone 2`` 988), in a reading that groups one figure's
    thousands by a space and another's by a dot. A label with a number (``Zone 2``, ``Fase 1``) is no rarer
    than a mixed row, so such a row is reported; unless no other label of the table ends in a number
    (``plain_labels``) and the row mixes its groupings either way (``Nieuwbouw 1 800 000 2.400.000``:
    ``800 000`` beside ``2.400.000`` too): then a number in the label would be a second oddity."""
    if not (start > 0 and text[tokens[start - 1].end():tokens[start].start()] == " "
            and tokens[start][0].isdigit() and len(tokens[start][0]) <= 3 and _mixed(text, cells)):
        return False
    others = _readings(text, tokens, start + 1, count)
    return bool(others) and not (plain_labels and all(_mixed(text, other) for other in others))


class LabelNumberError(RowError):
    """The one doubt of a row is whether its label ends in a number (``_label_may_take``)."""


def read_row(text: str, count: int, label_tokens: int = 1, amounts: frozenset[int] = frozenset(),
             balances: frozenset[int] = frozenset(), plain_labels: bool = False) -> Reading:
    """The label and ``count`` cells of a row; ``label_tokens`` is the least the label takes. ``amounts``
    are the columns whose heading names an amount: where a euro sign could go with either of two
    neighbouring figures, the reading that gives it to an amount column is the one that fits.
    ``balances`` are the columns whose heading names a balance (``Netto``, ``Saldo``): a cell there may
    print a negative in brackets, ``(44,5)``, as accountants do. ``plain_labels``: no other row label of
    the table ends in a number (see ``_label_may_take``).

    Raises ``RowError`` when no reading or more than one fits (``LabelNumberError`` when the one doubt is
    whether the label ends in a number).
    """
    if len(text) > _MAX_TOKENS * 20:  # refused before it is cut into tokens: pathological lines cost nothing
        raise RowError(f"a line of {len(text)} characters: no table row is that long")
    tokens = list(_TOKEN.finditer(text))
    if len(tokens) > _MAX_TOKENS:
        raise RowError(f"{len(tokens)} pieces on one line: no table is that wide")
    if (simple := _one_token_cells(text, tokens, count, label_tokens, balances)) is not None:
        return _checked(text, simple)
    for start in range(label_tokens, len(tokens)):
        if start and _open_bound(tokens[start - 1][0]):
            continue  # a label never ends in "<" ("Leeftijd < 18", "< 25 jaar"): the number is its bound
        found = _readings(text, tokens, start, count, _MAX_READINGS if amounts else 2, balances)
        if 1 < len(found) < _MAX_READINGS and amounts:
            found = _in_amount_columns(text, found, amounts) or found
        if len(found) == 1:
            if _label_may_take(text, tokens, start, found[0], count, plain_labels):
                why = (f"more than one reading fits {count} columns: {tokens[start][0]!r} may end the label "
                       "or start a figure grouped by a space, beside one grouped by a dot")
                raise LabelNumberError(why)
            return _checked(text, Reading(tokens[start - 1].end() if start else 0, found[0]))
        if len(found) > 1:
            shown = " | ".join(", ".join(text[c.start:c.end] for c in cells) for cells in found)
            raise RowError(f"more than one reading fits {count} columns: {shown}")
    values = sum(1 for t in tokens[label_tokens:] if is_cell(t[0]))
    raise RowError(f"{values} values for {count} columns")


# A ranking's row opens with its rank, a dot and the label (``2.   Gent   2.906``): the rank is no cell.
_RANK = re.compile(r"(\d{1,2})\.[ \t]+(?=[^\W\d_])")


def rank_of(text: str) -> re.Match[str] | None:
    """The rank a line opens with (group 1) up to its label (``end()``), or None. Asked of many lines, most
    with no dot after one or two characters: those are no ranking's rows, and skip the regex."""
    return _RANK.match(text) if "." in text[1:3] else None


def ends_in_cell(text: str) -> bool:
    """The line's last token is a figure or a "no value": a row of figures, or a try at one. Words that say
    no figure (``nog niet beschikbaar``, ``nihil``) only when set apart by a column gap: "... zijn nog niet
    beschikbaar" ends a sentence."""
    tokens = text.rsplit(None, 2)  # the last two tokens: not every word of a sentence
    if tokens and tokens[-1].lower() == "beschikbaar":
        return _NOT_YET_APART.search(text) is not None
    if tokens and tokens[-1].lower() == "nihil":  # "... was het aantal nihil" ends a sentence's line
        return _NIHIL_APART.search(text) is not None
    return bool(tokens) and (is_cell(tokens[-1]) or (len(tokens) > 1 and is_cell(" ".join(tokens[-2:]))))
