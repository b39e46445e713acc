"""Lines with their offsets: the unit every other parse step works on.

A step reads a line's content with form feeds, indentation and trailing spaces stripped,
because PDF extractors scatter them, but keeps where that content starts in
``Document.text``, so every span it makes points at the exact printed characters.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence
from typing import NamedTuple

from ..model import Span

BLANK = " \t\f\v\r\u00a0"


def part_text(lines: Sequence[Line]) -> str:
    """The lines' texts, one per line, for a part's first look (``"  " in part_text(lines)``): one scan in
    C, where a look at each line costs a Python step per line, and most parts print none of what is sought."""
    return "\n".join([line.text for line in lines])


class Line(NamedTuple):  # a tuple, not a dataclass: it is made for every line, and tuples are made faster
    number: int  # 1-based
    start: int  # offset of ``text`` in Document.text
    column: int  # offset of ``text`` from the start of its printed line (indentation)
    text: str  # the content, without surrounding white space and form feeds

    @property
    def end(self) -> int:
        return self.start + len(self.text)

    def cut(self, start: int, end: int | None = None) -> Line:
        """The piece ``text[start:end]`` as a line of its own, stripped again (for glued content)."""
        piece = self.text[start:end]
        content = piece.lstrip(BLANK)
        lead = start + len(piece) - len(content)
        return Line(self.number, self.start + lead, self.column + lead, content.rstrip(BLANK))


def split_lines(text: str) -> list[Line]:
    """Split on ``\\n`` only: ``str.splitlines`` would also break at form feeds and shift line numbers."""
    lines = []
    offset = 0
    make = tuple.__new__  # Line(...) without the keyword handling of NamedTuple.__new__: this runs per line
    for number, raw in enumerate(text.split("\n"), start=1):
        content = raw.lstrip(BLANK)
        indent = len(raw) - len(content)
        # a form feed starts a page and takes no place on the printed line: "\fWest-Vlaanderen   247" lines
        # up with the rows above it as printed
        column = indent - raw.count("\f", 0, indent)
        lines.append(make(Line, (number, offset + indent, column, content.rstrip(BLANK))))
        offset += len(raw) + 1
    return lines


class Spans:
    """Turns character ranges into ``Span`` objects with the line numbers people need."""

    def __init__(self, lines: list[Line]) -> None:
        self._starts = [line.start for line in lines]

    def line_of(self, offset: int) -> int:
        return bisect.bisect_right(self._starts, offset) or 1

    def span(self, start: int, end: int) -> Span:
        first = self.line_of(start)
        return Span(start, end, first, self.line_of(end - 1) if end - 1 > start else first)


def collapse(text: str) -> str:
    """White space (line breaks, double spaces, form feeds, no-break spaces) as single spaces."""
    return " ".join(text.split())


_BLANK_LINES = re.compile(r"\n{3,}")  # compiled once: tidy runs for every item and part of every document


def tidy(text: str) -> str:
    """Text as printed, line by line: the line breaks (a table's rows, a hyphen at a line's end, a blank
    line between paragraphs) are the source's, so they stay; the extractor's noise within a line (double
    spaces, trailing spaces, form feeds) goes. Runs of blank lines become one."""
    text = "\n".join([" ".join(line.split()) for line in text.splitlines()])
    return (_BLANK_LINES.sub("\n\n", text) if "\n\n\n" in text else text).strip("\n")
