"""Mark each figure in the text it was read from, so a reader sees exactly which words became data.

A figure's quote carries a W3C Web Annotation ``TextQuoteSelector`` (``exact`` with up to
32 characters of ``prefix``/``suffix``). The page shows the text of an answer part, not the
whole source file, so the quote is found in that text the way the selector is meant to be
used: by ``exact``, with the context choosing between repeated numbers (``1700`` occurs
often), comparing with white space collapsed because line breaks may differ.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

SPACE = re.compile(r"\s+")


@dataclass(frozen=True)
class Mark:
    """A figure to highlight: what it quotes, and where it links."""

    exact: str
    prefix: str
    suffix: str
    href: str
    title: str  # tooltip and accessible name: what the figure is
    anchor: str  # id on the page, so the observation page can link back to the very figure
    figure: str = ""  # the number as printed, when ``exact`` quotes a whole sentence around it


@dataclass(frozen=True)
class Segment:
    text: str
    mark: Mark | None = None


def squash(text: str) -> tuple[str, list[int]]:
    """``text`` with each run of white space as one space, and the original index of every kept character."""
    out: list[str] = []
    index: list[int] = []
    for match in re.finditer(r"\s+|\S+", text):
        piece = " " if match.group().isspace() else match.group()
        out.append(piece)
        index.extend(range(match.start(), match.start() + len(piece)))
    return "".join(out), index


def _context_score(squashed: str, start: int, end: int, prefix: str, suffix: str) -> int:
    """How many characters of the selector's context agree around a candidate (more is better)."""
    before, after = squashed[:start], squashed[end:]
    score = 0
    for a, b in zip(reversed(before), reversed(SPACE.sub(" ", prefix)), strict=False):
        if a != b:
            break
        score += 1
    for a, b in zip(after, SPACE.sub(" ", suffix), strict=False):
        if a != b:
            break
        score += 1
    return score


def _narrow(squashed: str, start: int, end: int, figure: str, taken: list[tuple[int, int]],
            index: list[int]) -> tuple[int, int] | None:
    """Where the printed number stands inside a quoted sentence, not overlapping ``taken``.

    One sentence can hold several figures ("tussen de 115 en de 125 voorlichters ... 11 sectorale
    infolijnen"): each is marked on its own number, so each links to its own observation. Digits
    around the match are excluded, so ``11`` is never found inside ``115``."""
    number = re.escape(SPACE.sub(" ", figure).strip())
    for match in re.finditer(rf"(?<![\d.,]){number}(?![\d]|[.,]\d)", squashed[start:end]):
        span = (index[start + match.start()], index[start + match.end() - 1] + 1)
        if not any(span[0] < e and s < span[1] for s, e in taken):
            return span
    return None


def locate(text: str, mark: Mark, taken: Iterable[tuple[int, int]] = ()) -> tuple[int, int] | None:
    """Offsets of the mark in ``text``: ``mark.exact`` with the best context (narrowed to the printed
    figure when the quote is a sentence around it), not overlapping ``taken``; None if absent."""
    squashed, index = squash(text)
    exact = SPACE.sub(" ", mark.exact).strip()
    if not exact:
        return None
    taken = list(taken)
    figure = SPACE.sub(" ", mark.figure).strip()
    # Narrow only when the quote is a sentence around the printed figure. A printed value may also be
    # longer than its quote ("12 791 969 euro" quoting "12 791 969"): then the quote is the figure.
    narrow = figure not in ("", exact) and figure in exact
    best: tuple[int, tuple[int, int]] | None = None
    for match in re.finditer(re.escape(exact), squashed):
        span: tuple[int, int] | None = (index[match.start()], index[match.end() - 1] + 1)
        if narrow:
            span = _narrow(squashed, match.start(), match.end(), mark.figure, taken, index)
        if span is None or any(span[0] < e and s < span[1] for s, e in taken):
            continue
        score = _context_score(squashed, match.start(), match.end(), mark.prefix, mark.suffix)
        if best is None or score > best[0]:
            best = (score, span)
    return best[1] if best else None


def segments(text: str, marks: Iterable[Mark]) -> tuple[list[Segment], list[Mark]]:
    """``text`` cut into plain and marked segments, plus the marks that could not be found in it."""
    placed: list[tuple[int, int, Mark]] = []
    missing: list[Mark] = []
    for mark in marks:
        span = locate(text, mark, [(s, e) for s, e, _ in placed])
        if span is None:
            missing.append(mark)
        else:
            placed.append((*span, mark))
    out: list[Segment] = []
    cursor = 0
    for start, end, mark in sorted(placed, key=lambda p: p[0]):
        if start > cursor:
            out.append(Segment(text[cursor:start]))
        out.append(Segment(text[start:end], mark))
        cursor = end
    if cursor < len(text):
        out.append(Segment(text[cursor:]))
    return out, missing


@dataclass(frozen=True)
class Placed:
    """A mark at the offsets its quote was checked at by the build (``oa:TextPositionSelector``)."""

    start: int
    end: int
    mark: Mark


@dataclass(frozen=True)
class Piece:
    """A stretch of a source text: the marks it lies in, the marks that begin and end at its edges."""

    text: str
    inside: tuple[Mark, ...] = ()
    starting: tuple[Mark, ...] = ()
    ending: tuple[Mark, ...] = ()


def pieces(text: str, placed: Iterable[Placed]) -> list[Piece]:
    """``text`` cut at every mark's start and end. Marks may overlap (three figures quoting one sentence),
    so a piece lists all marks it lies in; no searching: the offsets are the ones the build checked."""
    marks = sorted((p for p in placed if 0 <= p.start < p.end <= len(text)), key=lambda p: (p.start, -p.end))
    cuts = sorted({0, len(text), *(p.start for p in marks), *(p.end for p in marks)})
    out = []
    for a, b in zip(cuts, cuts[1:], strict=False):
        out.append(Piece(
            text[a:b],
            tuple(p.mark for p in marks if p.start <= a and b <= p.end),
            tuple(p.mark for p in marks if p.start == a),
            tuple(p.mark for p in marks if p.end == b),
        ))
    return out
