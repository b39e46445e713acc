"""An answer's text as a reader expects it, not as the PDF extractor left it: the hard line breaks inside
a paragraph joined, and the lines of a printed table laid out as table rows. Only the layout changes: every
character and every figure mark of the text is kept, so the marks still land where the quotes sit.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from .highlight import Segment

NUMBER = re.compile(r"^[+\-−]?\d[\d.,]*%?$")  # 826.095, +5,63%, 2018
# 12 791 969: its spaces are not column gaps (but "826.095 869.341" are two figures)
SPACE_THOUSANDS = re.compile(r"(?<![\d.,])\d{1,3}(?: \d{3})+(?!\d|[.,]\d)")
LABELLED = re.compile(r"^\s*([^:]{1,40}):\s+(?=[+\-−]?\d)")  # "2015: 13 777 550 euro"


@dataclass
class Block:
    """A paragraph (``segments``) or a printed table (``rows`` of cells of segments)."""

    kind: str  # "p" or "table"
    segments: list[Segment] = field(default_factory=list)
    rows: list[list[list[Segment]]] = field(default_factory=list)


def lines(segments: list[Segment]) -> list[list[Segment]]:
    """The text cut at its line breaks; a mark that spans one keeps its words together on one line."""
    out: list[list[Segment]] = [[]]
    for seg in segments:
        if seg.mark is not None:
            out[-1].append(Segment(seg.text.replace("\n", " "), seg.mark))
            continue
        first, *rest = seg.text.split("\n")
        if first:
            out[-1].append(Segment(first))
        for piece in rest:
            out.append([Segment(piece)] if piece else [])
    return out


def text_of(line: list[Segment]) -> str:
    return "".join(s.text for s in line)


def cells_at(text: str) -> list[tuple[int, int]] | None:
    """Where a printed table row's cells are (label, then each figure), or None if it is no row."""
    stripped = text.strip()
    if not stripped or len(stripped) > 90 or stripped.endswith((".", ",")):
        return None
    if match := LABELLED.match(text):
        return [(match.start(1), match.end(1)), (match.end(), len(text.rstrip()))]
    if SPACE_THOUSANDS.search(text):
        return None  # which spaces separate columns cannot be told: not laid out as cells
    tokens = [(m.start(), m.end(), m.group()) for m in re.finditer(r"\S+", text)]
    numeric = [i for i, (_, _, t) in enumerate(tokens) if NUMBER.match(t)]
    first = numeric[0] if numeric else len(tokens)
    if len(numeric) < 2 or numeric != list(range(first, len(tokens))) or first > 6:
        return None
    label = [(tokens[0][0], tokens[first - 1][1])] if first else [(0, 0)]
    return label + [(s, e) for s, e, _ in tokens[first:]]


def cut(line: list[Segment], spans: list[tuple[int, int]]) -> list[list[Segment]] | None:
    """``line`` cut into the cells at ``spans``; None when a cell edge would split a figure's mark."""
    cells: list[list[Segment]] = []
    for start, end in spans:
        cell, position = [], 0
        for seg in line:
            s, e = position, position + len(seg.text)
            position = e
            if e <= start or s >= end:
                continue
            if seg.mark is not None and (s < start or e > end):
                return None
            cell.append(Segment(seg.text[max(start, s) - s : min(end, e) - s], seg.mark))
        cells.append(cell)
    return cells


def joined(parts: list[list[Segment]]) -> list[Segment]:
    """Lines of one paragraph as one run of text: a space where a line broke, none after a hyphen."""
    out: list[Segment] = []
    for line in parts:
        line = [s for s in line if s.text] or []
        if not line:
            continue
        if out:
            before = out[-1].text
            if not before.endswith("-") and not before.endswith(" "):
                out.append(Segment(" "))
        out.extend(line)
    if out and out[-1].mark is None:
        out[-1] = Segment(out[-1].text.rstrip())
    return out


def fit(header: list[list[Segment]], rows: list[list[list[Segment]]]) -> list[list[list[Segment]]]:
    """A row with more cells than the header row names its statistic with a number ("Contactcenter 1700"):
    its first cells are one label, so every figure stays under its year."""
    width = len(header)
    fitted = []
    for row in rows:
        extra = len(row) - width
        if extra > 0 and not any(s.mark for cell in row[1 : extra + 1] for s in cell):
            label = [s for cell in row[: extra + 1] for s in (*cell, Segment(" "))][:-1]
            row = [label, *row[extra + 1 :]]
        fitted.append(row)
    return fitted


def reflow(segments: list[Segment]) -> list[Block]:
    """Paragraphs and printed tables of a part's text (blank lines end a paragraph)."""
    blocks: list[Block] = []
    paragraph: list[list[Segment]] = []
    table: list[tuple[list[Segment], list[list[Segment]]]] = []  # (the line as printed, its cells)
    pending: list[Segment] | None = None  # a short line without figures that may head the next row

    def flush() -> None:
        nonlocal paragraph, table
        if len(table) == 1:  # one row is no table: it reads as a line of a paragraph, as printed
            paragraph.append(table[0][0])
        elif table:
            blocks.append(Block("table", rows=fit(table[0][1], [cells for _, cells in table])))
        if paragraph:
            blocks.append(Block("p", segments=joined(paragraph)))
        paragraph, table = [], []

    for line in lines(segments):
        text = text_of(line)
        spans = cells_at(text)
        cells = cut(line, spans) if spans else None
        if cells is not None:
            if paragraph and not table:
                blocks.append(Block("p", segments=joined(paragraph)))
                paragraph = []
            if pending is not None:
                cells[0] = [*pending, Segment(" "), *cells[0]]
                line = [*pending, Segment(" "), *line]
                pending = None
            table.append((line, cells))
            continue
        if pending is not None:
            paragraph.append(pending)
            pending = None
        if not text.strip():
            flush()
        elif table and len(text.strip()) <= 40 and not re.search(r"\d", text):
            pending = [Segment(text.strip())]  # "Evolutie t.o.v. vorig" wrapped above its row
        else:
            if table:
                flush()
            paragraph.append(line)
    if pending is not None:
        paragraph.append(pending)
    flush()
    return blocks
