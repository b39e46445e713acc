"""The structure of a written question: header, sub-questions, the minister's block, the answer.

Real documents come out of PDF extractors, so the parser walks lines and tolerates what those do
(names and parts glued onto the previous sentence, form feeds, missing blank lines), but it insists
on every header field: a document whose number, date or author is unsure would publish a wrong fact.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from functools import lru_cache

from ..model import (
    PROSE_LABEL,
    Addressee,
    Answer,
    Document,
    Numbered,
    Part,
    SentenceFigure,
    Span,
    Table,
    Unread,
)
from .cells import ends_in_cell, rank_of
from .dates import dutch_date, parliamentary_year
from .errors import ParseError
from .lines import BLANK, Line, Spans, collapse, split_lines, tidy
from .names import normalise_name
from .numbers import NUMBER_PATTERN
from .sentences import find_sentence_figures
from .tables import read_tables

MAX_CHARS = 2_000_000  # a real question is 2-20 kB; anything this big is not one, so refuse it fast

_HEAD = re.compile(r"SCHRIFTELIJKE VRAAG", re.IGNORECASE)
_NR = re.compile(r"nr\.\s*(\d+)")
_VAN = re.compile(r"van\s+(\S.*)")
_DATUM = re.compile(r"datum\s*:\s*(.*)")
_AAN = re.compile(r"aan\s+(\S.*)")
# a line of a title that begins one of its functions: ``VICEMINISTER-PRESIDENT ...`` / ``VLAAMS MINISTER ...``
_FUNCTION = re.compile(r"(?:VICE-?)?MINISTER-PRESIDENT\b|VLAAMS(?:E)? MINISTER\b|MINISTER VAN\b")
_ANTWOORD = "ANTWOORD"
_OP_VRAAG = re.compile(r"op vraag nr\.\s*(\d+)\s+van\s+(.*)")
# ``1.``, ``1-3.``, ``1 tot en met 3.``, ``1 en 2.``, ``1, 3 en 5.``; never ``2021.`` or ``1.204``.
_TO = r"(?:[-\u2013]|tot(?:[ \t]+en[ \t]+met)?)"  # "1-3", "1 tot 3", "1 tot en met 3"
_NUMBERS = rf"\d{{1,2}}(?:[ \t]*(?:,|en|{_TO})[ \t]*\d{{1,2}})*"
_ITEM = re.compile(rf"{_NUMBERS}\.(?!\d)")
# ``Antwoord op vraag 1``, ``Antwoord op deelvraag 1 en 2:``: a part label written out; ``Antwoord 1`` only
# alone on its line (a sentence may start "Antwoord 2 ...").
_ASKED = re.compile(rf"antwoord(?:[ \t]+op[ \t]+(?:deel)?vra(?:ag|gen)[ \t]+({_NUMBERS})[ \t]*[:.]?(?!\w)"
                    rf"|[ \t]+({_NUMBERS})[ \t]*[:.]?[ \t]*$)", re.IGNORECASE)
_RANGE_IN_LABEL = re.compile(rf"(\d+)(?:[ \t]*{_TO}[ \t]*(\d+))?")
_LETTERED = re.compile(r"([a-z])\)")
_GLUED_PART = {letter: re.compile(rf"[.?!:;)][ \t\u00a0]*({letter})\)[ \t\u00a0]")
               for letter in "abcdefghijklmnopqrstuvwxyz"}
_UPPER_WORD = r"[A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-Þ'’-]*"
# A minister's name glued onto the last sentence: "... personeelskosten. LYDIA PEETERS".
_GLUED_NAME = re.compile(rf"(?<![^\W\d_]){_UPPER_WORD}(?:[ \t]+{_UPPER_WORD})+$")
_APOSTROPHES = str.maketrans({"’": "'", "‘": "'"})
_MAX_TITLE_LINES = 3
_MAX_NAME_CHARS = 80
_SUBJECT_DASH = "  -  "  # "De Lijn  -  Kosten ticketverkoop": how every subject title is printed


@dataclass(frozen=True)
class _Header:
    number: int
    date: date
    author: str
    printed_addressees: tuple[str, ...]
    addressees: tuple[Addressee, ...]
    title: str


@dataclass(frozen=True)
class _Marker:
    """Where a numbered item (``1.``, ``1-2.``) or a lettered part (``a)``) begins."""

    item: bool
    label: str
    start: int  # offset of the label
    content: int  # offset of the text after the label
    line: Line


class _Cursor:
    """Reads header lines in order, skipping blank ones, and names the line when one is wrong."""

    def __init__(self, source: str, lines: list[Line]) -> None:
        self.source, self.lines, self.i = source, lines, 0

    def error(self, line: Line, message: str) -> ParseError:
        return ParseError(self.source, line.number, message)

    def expect(self, pattern: re.Pattern[str], what: str) -> tuple[re.Match[str], Line]:
        while self.i < len(self.lines) and not self.lines[self.i].text:
            self.i += 1
        if self.i == len(self.lines):
            raise self.error(self.lines[-1], f"missing {what}: the document ends here")
        line = self.lines[self.i]
        m = pattern.fullmatch(line.text)
        if not m:
            raise self.error(line, f"expected {what}, found {line.text[:60]!r}")
        self.i += 1
        return m, line

    def next_matches(self, pattern: re.Pattern[str]) -> bool:
        """Whether the next non-blank line matches, without reading it."""
        i = self.i
        while i < len(self.lines) and not self.lines[i].text:
            i += 1
        return i < len(self.lines) and pattern.fullmatch(self.lines[i].text) is not None

    def take_upper(self) -> list[Line]:
        """The minister's title: the upper-case lines right under ``aan NAME``."""
        taken = []
        while len(taken) < _MAX_TITLE_LINES and self.i < len(self.lines):
            text = self.lines[self.i].text
            if not _is_upper(text) or _SUBJECT_DASH in text:  # a subject in capitals is no title line
                break
            taken.append(self.lines[self.i])
            self.i += 1
        return taken

    def date(self, line: Line, printed: str) -> date:
        try:
            return dutch_date(printed)
        except ValueError as e:
            raise self.error(line, str(e)) from None


def _is_upper(text: str) -> bool:
    return any(c.isalpha() for c in text) and text == text.upper()


def _read_header(cur: _Cursor) -> _Header:
    cur.expect(_HEAD, "'SCHRIFTELIJKE VRAAG'")
    number, _ = cur.expect(_NR, "the question number ('nr. 313')")
    author, _ = cur.expect(_VAN, "the author ('van NAME')")
    datum, datum_line = cur.expect(_DATUM, "the date ('datum: 26 april 2022')")
    day = cur.date(datum_line, datum[1])
    addressees = [_addressee(cur)]
    while cur.next_matches(_AAN):  # a question put to two ministers names each with a title
        addressees.append(_addressee(cur))
    subject, _ = cur.expect(re.compile(r".+"), "the subject title")
    return _Header(
        number=int(number[1]),
        date=day,
        author=normalise_name(author[1]),
        printed_addressees=tuple(printed for printed, _ in addressees),
        addressees=tuple(addressee for _, addressee in addressees),
        title=collapse(subject[0]),
    )


def _addressee(cur: _Cursor) -> tuple[str, Addressee]:
    """``aan NAME`` and the title in capitals under it; the name also as printed, to find it glued."""
    aan, aan_line = cur.expect(_AAN, "the addressee ('aan NAME')")
    title_lines = cur.take_upper()
    if not title_lines:
        raise cur.error(aan_line, "expected the minister's title (in capitals) under 'aan NAME'")
    printed = aan[1].strip()
    return printed, Addressee(normalise_name(printed), joined_title([t.text for t in title_lines]))


def joined_title(lines: Sequence[str]) -> str:
    """A minister's title printed over several lines, as one line: a line break before a function
    (``VLAAMS MINISTER VAN ...`` under ``VICEMINISTER-PRESIDENT VAN DE VLAAMSE REGERING``) stands for
    the comma the title prints between its functions on one line, any other for a space. The same title
    so reads the same whichever way a document breaks it; two printings of one role's title would fail
    the shared role's single label, and with it the whole build."""
    title = ""
    for line in (collapse(line) for line in lines):
        after_function = title and not title.endswith((",", " VLAAMS", " VLAAMSE"))
        title += (", " if after_function and _FUNCTION.match(line) else " " if title else "") + line
    return title


def _glued_name_at(text: str, printed_names: Sequence[str]) -> int | None:
    """Where a minister's name glued onto a sentence starts: a known addressee first, else capitals."""
    plain = text.translate(_APOSTROPHES)
    for name in printed_names:
        name = name.translate(_APOSTROPHES)
        at = len(plain) - len(name)
        if plain.endswith(name) and (at == 0 or not plain[at - 1].isalpha()):
            return at
    window = max(len(text) - _MAX_NAME_CHARS, 0)  # a name is short: never scan a huge line end to end
    m = _GLUED_NAME.search(text, window)
    return m.start() if m else None


@dataclass(frozen=True)
class _MinisterBlock:
    name: str  # as printed
    title: str  # white space collapsed
    start: int  # offset where the name begins
    question_lines: list[Line]  # the question's lines, the last one cut where a glued name began


def _minister_block(cur: _Cursor, first: int, antwoord: int, header: _Header) -> _MinisterBlock:
    """Name and title above ``ANTWOORD``; the name may stand alone or be glued onto the question."""
    lines = cur.lines
    top = antwoord - 1
    while top >= first and not lines[top].text:
        top -= 1
    j = top
    while j >= first and top - j <= _MAX_TITLE_LINES and _is_upper(lines[j].text):
        j -= 1
    block = lines[j + 1 : top + 1]
    k = next((n for n, line in enumerate(block) if "MINISTER" in line.text), None)
    if k is None:
        raise cur.error(lines[antwoord], "expected the answering minister's name and title above ANTWOORD")
    title = joined_title([line.text for line in block[k:]])
    if k > 0:
        name_line = block[k - 1]
        return _MinisterBlock(name_line.text, title, name_line.start, lines[first : j + k])
    at = _glued_name_at(lines[j].text, header.printed_addressees) if j >= first else None
    if at is None:
        raise cur.error(block[0], "expected the answering minister's name above the title")
    glued = lines[j]
    piece = glued.cut(0, at)
    return _MinisterBlock(glued.text[at:].strip(BLANK), title, glued.start + at,
                          [*lines[first:j], *([piece] if piece.text else [])])


@lru_cache(maxsize=1024)  # a handful of labels ("1", "2", "3 en 4"), asked for 20 times a document
def _numbers(label: str) -> tuple[int, ...]:
    """The sub-questions a label answers: ``1-3`` is 1, 2 and 3; ``1, 3 en 5`` is 1, 3 and 5."""
    numbers: list[int] = []
    for m in _RANGE_IN_LABEL.finditer(label):
        first, last = int(m[1]), int(m[2] or m[1])
        numbers.extend(range(first, last + 1) if last >= first else (first, last))
    return tuple(numbers)


def _next_item(used: set[int], numbers: tuple[int, ...]) -> bool:
    """Numbers only count in order (``1.`` then ``2.``, ``2-3.`` or ``2 en 3.``), or fill a gap a list
    left (``2 en 4.`` after ``1, 3 en 5.``), so a sentence that happens to start with ``2021.`` or an
    unrelated ``5.`` is not taken for a new sub-question."""
    highest = max(used, default=0)
    in_order = highest < numbers[0] <= highest + 2
    fills_gap = numbers[0] < highest and not used.intersection(numbers)
    return (in_order or fills_gap) and numbers == tuple(sorted(set(numbers)))


def _item_at(text: str, used: set[int]) -> tuple[str, int] | None:
    """The label and its end when ``text`` starts with the next numbered item."""
    m = _ITEM.match(text) if text[:1].isdigit() else _ASKED.match(text) if text[:1] in "Aa" else None
    if m is None:
        return None
    label = collapse((m[1] or m[2]) if m.re is _ASKED else m[0][:-1])
    return (label, m.end()) if _next_item(used, _numbers(label)) else None


def _skip_blank(text: str, pos: int) -> int:
    while pos < len(text) and text[pos] in BLANK:
        pos += 1
    return pos


def _part_at(text: str, pos: int, letter: str) -> tuple[int, int] | None:
    """The expected part ``letter)`` where reading stands (a line start, after ``2.`` or after the
    previous part's label) or glued after a sentence (``beroep).c)``)."""
    if text.find(f"{letter})", pos) < 0:
        return None
    if text.startswith(f"{letter})", pos):
        return pos, _skip_blank(text, pos + 2)
    m = _GLUED_PART[letter].search(text, pos)
    return (m.start(1), _skip_blank(text, m.end())) if m else None


def _rank(text: str) -> int | None:
    """The rank a ranking's row opens with (`` 2.   Gent      2.906      11,0``: a rank, a label, cells after
    a column gap: wider than the double spaces of justified prose, "in  samenspraak  met"), None for any
    other line."""
    m = rank_of(text)
    return int(m[1]) if m and ("   " in text or "\t" in text) and ends_in_cell(text) else None


def _markers(lines: Sequence[Line], asked: int = 0) -> list[_Marker]:
    """Items and lettered parts in text order. Letters at a line's start before any number are items
    of their own (an answer lettered ``a)``, ``b)`` without numbers). A ranking's row right under the row
    ranked one higher (`` 1.   Antwerpen   4.812`` / `` 2.   Gent   2.906``) is no item: its number is a
    rank, and the parts after the ranking keep their own labels. Nor is a number beyond the ``asked``
    sub-questions that opens a line right after a line broken off mid-sentence (``waren dat er`` / ``4.
    Voor de Spelen ...``, sample 1117): the sentence's last figure, wrapped."""
    markers: list[_Marker] = []
    used: set[int] = set()
    letter, top = "", "a"
    rank_above: int | None = None
    before = ""
    for line in lines:
        pos = 0
        rank = _rank(line.text) if line.text[:1].isdigit() else None
        ranked = rank is not None and rank_above is not None and rank == rank_above + 1
        rank_above = rank
        item = None if ranked else _item_at(line.text, used)
        if item and asked and before[-1:].isalpha() and max(_numbers(item[0]), default=0) > asked:
            item = None  # "... waren dat er" / "4. Voor ...": a figure wrapped, no fourth part
        before = line.text or before
        if item:
            label, end = item
            used.update(_numbers(label))
            letter, top = "a", ""
            pos = _skip_blank(line.text, end)
            markers.append(_Marker(True, label, line.start, line.start + pos, line))
        elif top and (m := _LETTERED.match(line.text)) and m[1] == top:
            top = "" if top == "z" else chr(ord(top) + 1)
            pos = _skip_blank(line.text, m.end())
            markers.append(_Marker(True, m[1], line.start, line.start + pos, line))
        while letter and (found := _part_at(line.text, pos, letter)):
            at, pos = found
            markers.append(_Marker(False, letter, line.start + at, line.start + pos, line))
            letter = "" if letter == "z" else chr(ord(letter) + 1)
    return markers


def _trim(text: str, start: int, end: int) -> int:
    return start + len(text[start:end].rstrip())


def _span(text: str, spans: Spans, start: int, end: int) -> Span:
    """The span from ``start`` to ``end`` without the trailing white space before the next item."""
    return spans.span(start, _trim(text, start, end))


def _parts(text: str, spans: Spans, parts: list[_Marker], end: int) -> tuple[Part, ...]:
    """Each lettered part runs to the next one or to the end of its item."""
    stops = [p.start for p in parts[1:]] + [end]
    return tuple(Part(p.label, tidy(text[p.content : stop]), _span(text, spans, p.start, stop))
                 for p, stop in zip(parts, stops, strict=True)) if parts else ()


@dataclass(frozen=True)
class _Structure:
    intro: str
    intro_span: Span | None  # None when nothing stands before the first item
    items: tuple[Numbered, ...]


def _structure(text: str, spans: Spans, lines: Sequence[Line], markers: list[_Marker]) -> _Structure:
    """Introduction and numbered items of a question or answer: each item runs to the next one."""
    if not lines:
        return _Structure("", None, ())
    start, end = lines[0].start, lines[-1].end
    items = [m for m in markers if m.item]
    parts_of: list[list[_Marker]] = []
    for marker in markers:  # in text order, and a part only ever follows an item: it belongs to that one
        if marker.item:
            parts_of.append([])
        else:
            parts_of[-1].append(marker)
    intro_end = _trim(text, start, items[0].start if items else end)
    intro = tidy(text[start:intro_end])
    intro_start = intro_end - len(text[start:intro_end].lstrip())
    numbered = []
    for n, item in enumerate(items):
        item_end = items[n + 1].start if n + 1 < len(items) else end
        parts = parts_of[n]
        numbered.append(Numbered(
            label=item.label,
            text=tidy(text[item.content : parts[0].start if parts else item_end]),
            parts=_parts(text, spans, parts, item_end),
            span=spans.span(item.start, _trim(text, item.start, item_end)),
            marker=collapse(text[item.start : item.content]),
        ))
    return _Structure(intro, spans.span(intro_start, intro_end) if intro else None, tuple(numbered))


def _segments(lines: Sequence[Line], markers: list[_Marker]) -> list[tuple[str | None, list[Line]]]:
    """The answer's lines per numbered part, item labels cut off (``1. 2014: ...`` -> ``2014: ...``), so a
    table knows its part and never runs on into the next part's table."""
    labelled = {m.line.number: m for m in markers if m.item}
    segments: list[tuple[str | None, list[Line]]] = [(None, [])]
    for line in lines:
        if m := labelled.get(line.number):
            segments.append((m.label, [line.cut(m.content - line.start)]))
        else:
            segments[-1][1].append(line)
    return segments


def _regions(lines: Sequence[Line], markers: list[_Marker]) -> list[tuple[int, int, str | None]]:
    """The answer's text without its part labels: the preamble, then each part from its content on, with
    the label of the numbered item it belongs to (None for the preamble; a lettered part its item's)."""
    if not lines:
        return []
    contents = [lines[0].start, *(m.content for m in markers)]
    ends = [*(m.start for m in markers), lines[-1].end]
    items: list[str | None] = [None]
    for m in markers:
        items.append(m.label if m.item else items[-1])
    return [(a, b, item) for a, b, item in zip(contents, ends, items, strict=True) if a < b]


def _asked_of(labels: Sequence[str | None], questions: Sequence[Numbered]) -> list[str]:
    """For each answer part's label, the text of the sub-questions it answers (``3 en 4`` answers 3 and 4)."""
    asked = {n: " ".join([q.text, *(p.text for p in q.parts)]) for q in questions for n in _numbers(q.label)}
    return [" ".join(dict.fromkeys(asked[n] for n in _numbers(label) if n in asked)) if label else ""
            for label in labels]


@dataclass(frozen=True)
class _Read:
    answer: Answer | None
    tables: tuple[Table, ...]
    sentence_figures: tuple[SentenceFigure, ...]
    unread: tuple[Unread, ...]


def _answer(cur: _Cursor, text: str, spans: Spans, antwoord: int, block: _MinisterBlock,
            header: _Header, questions: Sequence[Numbered]) -> _Read:
    """Check the answer header against the question's, then read the numbered parts and tables."""
    cur.i = antwoord + 1
    op, op_line = cur.expect(_OP_VRAAG, "'op vraag nr. N van DATE' under ANTWOORD")
    if int(op[1]) != header.number:
        raise cur.error(op_line, f"the answer is to question nr. {op[1]}, "
                                 f"but the header says nr. {header.number}")
    if cur.date(op_line, op[2]) != header.date:
        raise cur.error(op_line, f"the answer is to a question of {op[2].strip()}, but the header says "
                                 f"{header.date.isoformat()}")
    van, van_line = cur.expect(_VAN, "the author ('van NAME') under ANTWOORD")
    if normalise_name(van[1]) != header.author:
        raise cur.error(van_line, f"the answer names the author {normalise_name(van[1])!r}, "
                                  f"but the question header names {header.author!r}")
    lines = cur.lines[cur.i :]
    markers = _markers(lines, sum(1 for q in questions if _numbers(q.label)))
    body = _structure(text, spans, lines, markers)
    asked = " ".join(line.text for line in block.question_lines)  # a bare quarter takes the year asked about
    whole = f"{text[lines[0].start : lines[-1].end]} {asked}" if lines else asked
    by_label = {q.label: q.text for q in questions}  # the sub-question a part answers, by its number
    read = [read_tables(segment, spans, part, asked, body.intro, whole, by_label.get(part or "", ""))
            for part, segment in _segments(lines, markers)]
    tables = tuple(table for found in read for table in found.tables)
    unread_rows = tuple(row for found in read for row in found.unread)
    end = max((line.end for line in lines if line.text), default=block.start)
    preamble, preamble_span, parts = body.intro, body.intro_span, body.items
    if not parts and preamble_span is not None:  # a prose answer: one part, not a preamble alone
        parts = (Numbered(PROSE_LABEL, preamble, (), preamble_span),)
        preamble, preamble_span = "", None
    answer = Answer(normalise_name(block.name), block.title, parts, spans.span(block.start, end),
                    preamble, preamble_span)
    tabled = [t.span for t in tables] + [row.span for row in unread_rows]  # not read again as sentences
    regions = _regions(lines, markers)
    asked_of = _asked_of([item for _, _, item in regions], questions)
    figures, unread = find_sentence_figures(text, spans, [(a, b) for a, b, _ in regions], tabled, asked,
                                            asked_of, header.date)
    seen = [*tabled, *(f.figure.span for f in figures), *(u.span for u in unread)]
    return _Read(answer, tables, figures, unread_rows + unread + _rows_left(lines, spans, seen))


# A line that is a row of figures: a cell alone ("24.815", what PDF extraction gives for one cell per
# line), a label with at least two cells ("Telefoon    21.304    22.817    17.455"), or cells without a
# label ("281    356   298    412": a chart's data labels on one line, which may be fewer than its years)
_ROW_OF_FIGURES = re.compile(
    rf"(?:(?:{NUMBER_PATTERN})[%*]?(?:[ \t]+(?:{NUMBER_PATTERN})[%*]?)*"
    rf"|[^\d\n]*?(?:[ \t]+(?:{NUMBER_PATTERN})[%*]?){{2,}})[ \t]*")
# A label and one cell set apart by a column's gap ("Christelijke Zorgkas        118.412"): a row of a
# one-column table when a line like it stands right above or below it
_LABEL_AND_CELL = re.compile(rf"[^\d\n]*?[^\d\s][ \t]{{3,}}(?:{NUMBER_PATTERN})[%*]?[ \t]*")
LEFT = "figures in a layout no reader knows: nothing of these lines is published"


def _rows_left(lines: Sequence[Line], spans: Spans, seen: Sequence[Span]) -> tuple[Unread, ...]:
    """Rows of figures that no table layout and no sentence read or reported, one report per line (a row
    label printed above its cells included, and two or more lines of a label and one cell, a one-column
    table: sample 1075's `Gerechtigden op 31/12/2021` went unread and unreported): a table the parser
    does not know must be reported, never silently dropped, and each line it leaves unread named."""
    taken = {n for span in seen for n in range(span.first_line, span.last_line + 1)}
    left: list[Line] = []
    single = [line.number not in taken and _ends_in_figure(line.text)
              and _LABEL_AND_CELL.fullmatch(line.text) is not None for line in lines]
    for k, (before, line) in enumerate(zip([None, *lines], lines, strict=False)):
        in_a_run = single[k] and ((k > 0 and single[k - 1]) or (k + 1 < len(lines) and single[k + 1]))
        if line.text and line.number not in taken and (in_a_run or _is_row_of_figures(line.text)):
            if before is not None and before.number not in taken and _is_row_label(before) \
                    and not (left and left[-1] is before):
                left.append(before)  # "Oost-Vlaanderen" / "5.890": the row's label starts it
            left.append(line)
    return tuple(Unread(line.text, LEFT, spans.span(line.start, line.end)) for line in left)


def _is_row_label(line: Line) -> bool:
    """A short line of words above a line of figures: a row's label printed one cell per line."""
    return line.text[:1].isalpha() and line.text[-1] not in ".:;,?!" and len(line.text.split()) <= 4 \
        and not _is_row_of_figures(line.text)


def _ends_in_figure(text: str) -> bool:
    """Whether a line ends as a row of figures does: prose, the common case, runs no regex."""
    return bool(text) and (text[-1].isdigit() or text[-1] in "%*")


def _is_row_of_figures(text: str) -> bool:
    if not _ends_in_figure(text):
        return False
    m = _ROW_OF_FIGURES.fullmatch(text)
    return m is not None and not _YEARS_ONLY.fullmatch(text)


_YEARS_ONLY = re.compile(r"(?:(?:19|20)\d\d[ \t]*)+")  # a header of years is no row of figures


HEAD_CHARS = 4000  # the header of a question fits in far fewer characters


def read_head(text: str, source: str) -> tuple[str, int, tuple[str, ...]]:
    """Parliamentary year, number and addressees from the header alone, for a build to find the
    documents the curated files name before it parses them (raises ``ParseError`` like ``parse_text``)."""
    cur = _Cursor(source, split_lines(text[:HEAD_CHARS]))
    header = _read_header(cur)
    return parliamentary_year(header.date), header.number, tuple(a.name for a in header.addressees)


def parse_text(text: str, source: str) -> Document:
    """Parse one written question (with its answer, if it has one) from its decoded text."""
    if len(text) > MAX_CHARS:
        raise ParseError(source, 1, f"too large for a written question ({len(text)} characters, "
                                    f"the limit is {MAX_CHARS})")
    if not text.strip():
        raise ParseError(source, 1, "empty document")
    lines = split_lines(text)
    cur = _Cursor(source, lines)
    header = _read_header(cur)
    first = cur.i
    antwoord = next((i for i in range(first, len(lines)) if lines[i].text == _ANTWOORD), None)
    spans = Spans(lines)
    if antwoord is None:
        question = _structure(text, spans, lines[first:], _markers(lines[first:]))
        read = _Read(None, (), (), ())
    else:
        block = _minister_block(cur, first, antwoord, header)
        question = _structure(text, spans, block.question_lines, _markers(block.question_lines))
        read = _answer(cur, text, spans, antwoord, block, header, question.items)
    return Document(
        source=source,
        text=text,
        number=header.number,
        date=header.date,
        parliamentary_year=parliamentary_year(header.date),
        author=header.author,
        addressees=header.addressees,
        title=header.title,
        introduction=question.intro,
        questions=question.items,
        answer=read.answer,
        tables=read.tables,
        sentence_figures=read.sentence_figures,
        unread=read.unread,
    )
