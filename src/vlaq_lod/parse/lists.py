"""Figures printed as lists: one period per line (``- in 2021: 1.204 aanvragen;``) or one label per line
(``- Antwerpen: 15,82 euro;``, the period in the lead-in above).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, replace

from ..model import Figure, Table, TableRow
from .cells import RowError, cell_length, read_row
from .lines import Line
from .numbers import figure_or_none, read_figure
from .periods import PART_OF_YEAR, PeriodError, is_total, part_of_year, read_period
from .sentence_periods import first_period_named, names_time, sentence_period
from .table_context import (
    ANY_PERIOD,
    DIGIT,
    MARKER,
    MAX_ENTRY_TOKENS,
    ONE_PERIOD,
    SCHOOL_YEAR_KEY,
    STOPS,
    Context,
    Found,
    cell_figure,
)
from .table_notes import MAX_FOOTNOTE_LINES, footnotes

# "- in 2021: 1.204 aanvragen;": a list entry's bullet and "in" before its period
BULLET = r"(?:[-\u2013\u2022\u25aa*\u00b7][ \t]*)?(?:in[ \t]+)?"
# "- schooljaar 2020-2021: 2.904;": the word before a school year's two years (never before one year)
_SCHOOL_YEAR_WORD = r"(?:(?:school|academie)jaar[ \t]+(?=(?:19|20)\d\d[-/](?:(?:19|20)\d\d|\d\d)(?!\d)))?"
# "- 2021(*): 451 aanvragen.": a footnote's mark after the period, its note under the list ("(*) Cijfers tot
# en met 30 november 2021."), which cuts the period as it cuts a table's column (``footnoted_periods``)
_LIST_LINE = re.compile(rf"{BULLET}{_SCHOOL_YEAR_WORD}(?P<period>{ANY_PERIOD})(?P<marker>{MARKER})?[ \t]*:"
                        rf"[ \t]*(?P<rest>.+)", re.IGNORECASE)
_UNIT_WORD = re.compile(r"[ \t]*(?:euro|EUR|€)$")
# "(46 projecten)" after a list entry's figure: a second figure, counted in the noun it names.
_BRACKETED = re.compile(r"\((?P<figure>[\d.,]*\d(?: \d{3})*)[ \t]+(?P<noun>[^\W\d][\w-]*)\)")


@dataclass(frozen=True)
class _Entry:
    period: str
    figure: Figure
    second: tuple[str, Figure] | None = None  # the bracketed figure and its noun


_PERIOD_ENTRY_END = re.compile(r"[ \t]*[;,][ \t]*$|(?<=\w)\.[ \t]*$")
_SCALED_EURO = re.compile(r"k[ \t]*(?:euro|€)$", re.IGNORECASE)
_SCALE_AFTER = re.compile(r"(?:k|miljoen|miljard|mio|mln|mld|duizend)(?:\W|$)", re.IGNORECASE)


def _list_entry(line: Line, ctx: Context) -> _Entry | None:
    """``2021: 1.204 aanvragen`` -> the period and its figure; a "no value" only when it is all it says;
    ``2020: 8 412 650 euro (46 projecten)`` -> a second figure, for the row named by its noun."""
    m = _LIST_LINE.fullmatch(line.text)
    if not m:
        return None
    start = m.start("rest")
    rest = _PERIOD_ENTRY_END.sub("", m["rest"])  # "- 2020: 1.287,6;": the list's mark is no part of the cell
    words = rest.split(" ")
    for n in range(min(len(words), 6), 0, -1):  # the longest start of the rest that reads as one figure
        cell = " ".join(words[:n])
        if (read := cell_length(cell)) is None:
            continue
        body = cell[: read[0]]
        after = " ".join(words[n:])
        second = _BRACKETED.fullmatch(after)
        part = PART_OF_YEAR.fullmatch(after)  # "2021: 1 204 (vanaf 1 oktober)": the part of the year
        if _SCALE_AFTER.match(after):
            return None  # "104.918 k euro" read as 104.918 would be a thousand times too small
        if (read_figure(body)[0] is None and n < len(words)) or (DIGIT.search(after) and not second
                                                                and not part):
            return None  # "2021: - zie hoger", "2021: 1.204, in 2022: 1.310" are sentences, not list entries
        try:
            period = read_period(m["period"], ctx.year_of)
        except PeriodError as e:
            ctx.report(line, line, str(e))
            return None
        key = period.key if part is None else part_of_year(period.key, part)
        if key is None:
            return None  # "2021: 1 204 (vanaf 1 oktober 2020)": another year than the entry's
        # "104.918 k euro" is quoted whole: its digits alone do not read as its value
        unit = _UNIT_WORD.search(body) if not _SCALED_EURO.search(body) else None
        end = start + (unit.start() if unit else len(body))
        first = cell_figure(line, start, end, read[1] or m["marker"], unit[0] if unit else "")
        if second is None:
            return _Entry(key, first)
        at = line.text.index(after, start + len(cell)) + second.start("figure")
        counted = cell_figure(line, at, at + len(second["figure"]), None)
        return _Entry(key, first, (second["noun"], counted))
    return None


def vertical_list(lines: Sequence[Line], i: int, ctx: Context) -> Found | None:
    values: dict[str, Figure] = {}
    seconds: dict[str, dict[str, Figure]] = {}  # noun -> period -> the bracketed figure
    j = i
    while j < len(lines) and (entry := _list_entry(lines[j], ctx)) and entry.period not in values:
        values[entry.period] = entry.figure
        if entry.second:
            seconds.setdefault(entry.second[0], {})[entry.period] = entry.second[1]
        j += 1
    if not values:
        return None
    span = ctx.spans.span(lines[i].start, lines[j - 1].end)
    rows = (TableRow(ctx.answer_label, values, span),
            *(TableRow(noun, figures, span) for noun, figures in seconds.items()))
    return Table(tuple(values), rows, span, "vertical-list", ctx.part), j


_SPACED = re.compile(r"\d[ \u00a0\u202f\u2009]\d")
_MAX_LIST_LABEL_WORDS = 3  # "Totaal Vlaams Gewest"; a longer start is a sentence ("Het aantal steeg naar")
_LEADING_BULLET = re.compile(r"^[-\u2022\u2013\u25aa*][ \t]+")
_SPACED_REASON = "no heading says how many columns there are: a space-grouped figure, or two figures"
# After a list entry's figure: the noun it counts and its closing mark ("- wielrennen: 612 controles;")
_ENTRY_END = re.compile(r"[ \t]*[;,.]$")
_COUNTED = re.compile(r"[ \t]+(?P<noun>[^\W\d_][\w-]*)[ \t]*[;,.]?$")
# "- opleiding: 29.306 aanvragen (31,8 miljoen euro);": the noun counted, then the amount they came to
_COUNTED_AMOUNT = re.compile(r"[ \t]+(?P<noun>[^\W\d_][\w-]*)[ \t]+\((?P<amount>[^()]*\d[^()]*)\)"
                             r"[ \t]*[;,.]?$")
# "- horeca: 38.914 premies, goed voor 163,4 miljoen euro;": the same, the amount after "goed voor"
COUNTED_WORTH = re.compile(r"[ \t]+(?P<noun>[^\W\d_][\w-]*),[ \t]+goed[ \t]+voor[ \t]+(?P<amount>(?:€|EUR)?"
                            r"[ \t]*\d(?:[\d.,]*\d)?(?:[ \t]+(?:miljoen|miljard|mio\.?|mln\.?|mld\.?))?"
                            r"(?:[ \t]*(?:euro|EUR|€|k€))?)[ \t]*[;.]?$")
# "- Duitsland: 75,3 miljard euro (17,2%);": the figure, then its share in brackets
# "- COS Antwerpen: 14 maanden, 312 kinderen": two figures, each with its noun; the second a table of its own
_COUNTED_SECOND = re.compile(r"[ \t]+(?P<noun>[^\W\d_][\w-]*),[ \t]+(?P<second>\d{1,3}(?:\.\d{3})*(?:,\d+)?)"
                             r"[ \t]+(?P<second_noun>[^\W\d_][\w-]*)[ \t]*[;.]?$")
_WITH_SHARE = re.compile(r"[ \t]+\((?P<share>\d{1,3}(?:,\d{1,2})?[ \t]*%)\)[ \t]*[;,.]?$")
# "Antwerpen ........................ 214,6 ha": a dotted leader between a label and its figure, as a table of
# contents prints it; three dots or more after a space: "enz..." or an abbreviation's stop stays the label's
_LEADER = re.compile(r"[ \t]+\.{3,}$")
# "- Antwerpen: 12,1% (2019-2020: 13,0%; 2020-2021: 12,6%);": the figures of other periods in a bracket after
# the entry's, each after its period and a colon, apart by semicolons: more columns of the same row
_PAIR = rf"(?:{ANY_PERIOD})[ \t]*:[ \t]*[^;:()]*\d[^;:()]*"
_OTHER_PERIODS = re.compile(rf"[ \t]+\((?P<pairs>{_PAIR}(?:[ \t]*;[ \t]*{_PAIR})*)\)[ \t]*[;,.]?$",
                            re.IGNORECASE)
_PAIR_AT = re.compile(rf"(?P<period>{ANY_PERIOD})[ \t]*:[ \t]*(?P<cell>[^;:()]*\d[^;:()]*?)[ \t]*(?:;|$)",
                      re.IGNORECASE)
_NUMBERED_MARK = re.compile(r"\(\d{1,2}\)$")  # a footnote's number ending a list entry's label
_UNNOTED = "its label ends in a footnote's number, and no note under the list says what it marks"


@dataclass(frozen=True)
class ListEntry:
    label: str
    figure: Figure
    noun: str | None = None  # what the figure counts, printed after it ("controles")
    marker: str | None = None  # a footnote's marker ending the label ("Wingerd (Ruiselede)(1)")
    amount: Figure | None = None  # the amount in brackets after the noun ("(31,8 miljoen euro)")
    share: Figure | None = None  # the share in brackets after the figure ("(17,2%)")
    second: Figure | None = None  # a second count after a comma and its own noun (", 312 kinderen")
    second_noun: str | None = None
    others: tuple[tuple[str, Figure], ...] = ()  # the other periods' figures in a bracket, as printed


def list_label(line: Line) -> ListEntry | str | None:
    """``Antwerpen 12,4%``, ``aanvragen goedgekeurd 87``, ``• Antwerpen: 15,82 euro``, ``- wielrennen: 612
    controles;``: a short label (a word first, no digit; a bullet before it and a colon after it left out)
    and one cell, perhaps the noun it counts and a closing ``;`` or ``.`` after it; why not, for
    ``Antwerpen 12 345`` (12345, or 12 and 345 in two columns?); None for any other line."""
    text, noun, amount, share = line.text, None, None, None
    short = len(text.split()) <= MAX_ENTRY_TOKENS  # only a short line may end in a counted noun
    tails = (_WITH_SHARE.search(text), _ENTRY_END.search(text), _COUNTED_SECOND.search(text),
             _COUNTED.search(text), _COUNTED_AMOUNT.search(text)) if short else ()
    worth = COUNTED_WORTH.search(text)  # short before its amount ("goed voor 163,4 miljoen euro")
    others = _OTHER_PERIODS.search(text)
    for tail in (None, *tails, worth if worth and len(text[: worth.end("noun")].split()) <= MAX_ENTRY_TOKENS
                 else None, others):
        if tail is not None:
            text, noun = line.text[: tail.start()], tail.groupdict().get("noun")
            amount = tail if "amount" in tail.groupdict() else None
            share = tail if "share" in tail.groupdict() else None
        try:
            reading = read_row(text, 1, 1)
            break
        except RowError:
            continue
    else:
        return None
    label = _LEADING_BULLET.sub("", line.text[: reading.label_end].strip())  # "• Antwerpen: 15,82 euro"
    label = label[:-1].rstrip() if label.endswith(":") else label
    label = _LEADER.sub("", label)  # "Antwerpen ........ 214,6 ha": the dots lead the eye to the figure
    marker = _NUMBERED_MARK.search(label)  # "Wingerd (Ruiselede)(1)": read when its note is under the list
    bare = label[: marker.start()].rstrip() if marker else label
    cell = reading.cells[0]
    if (not bare[:1].isalpha() or DIGIT.search(bare) or len(bare.split()) > _MAX_LIST_LABEL_WORDS
            or bare[-1] in STOPS or ONE_PERIOD.fullmatch(text[cell.start:])):
        return None  # "Renovatie Gent 2022": a year, no figure
    if _SPACED.search(line.text[cell.start:cell.end]):
        return _SPACED_REASON
    figure = cell_figure(line, cell.start, cell.end, cell.marker)
    spent = None
    if amount:
        if (figure_or_none(amount["amount"]) or (None, None))[1] != "EUR":
            return None  # "(12 scholen)": a second count, for another reader; no amount
        spent = cell_figure(line, amount.start("amount"), amount.end("amount"), None)
    part = cell_figure(line, share.start("share"), share.end("share"), None) if share else None
    second = tail if tail is not None and "second" in tail.groupdict() else None
    earlier = _other_periods(line, tail) if tail is not None and "pairs" in tail.groupdict() else ()
    if earlier is None:
        return None
    counted = replace(cell_figure(line, second.start("second"), second.end("second"), None), unit="count") \
        if second else None
    return ListEntry(label, replace(figure, unit="count") if noun and figure.unit is None else figure, noun,
                      marker[0] if marker else None, spent, part, counted,
                      second["second_noun"] if second else None, earlier)


def _other_periods(line: Line, bracket: re.Match[str]) -> tuple[tuple[str, Figure], ...] | None:
    """``(2019-2020: 13,0%; 2020-2021: 12,6%)`` -> each period as printed and its figure; None when a cell
    is no one figure ("(2019-2020: 13,0% of 1.204)")."""
    pairs = []
    for m in _PAIR_AT.finditer(line.text, bracket.start("pairs"), bracket.end("pairs")):
        cell = m["cell"]
        if (read := cell_length(cell)) is None or read[0] != len(cell):
            return None
        figure = cell_figure(line, m.start("cell"), m.end("cell"), read[1])
        pairs.append((" ".join(m["period"].split()), figure))
    return tuple(pairs) if len(pairs) == bracket["pairs"].count(";") + 1 else None


def labelled_list(lines: Sequence[Line], i: int, ctx: Context) -> Found | None:
    """A lead-in ending in ``:`` naming one period (``in het schooljaar 2020-2021, per provincie:``), then
    ``Antwerpen 12,4%`` lines: one column without a heading, for that period; entries that print the noun
    they count (``- wielrennen: 612 controles;``) all print the same one, else none is read. A lead-in
    naming no period makes no list of figures (``U kunt terecht bij:`` / ``Vlaamse Infolijn 1700``), unless
    every entry counts that one noun: counts, for the period of the part, the preamble or the question, as
    a table without periods takes it, or, when the lines above name another time, the period of the count
    above that the counts add up to (``_broken_down``). An amount in brackets after every count (``29.306
    aanvragen (31,8 miljoen euro)``, or ``, goed voor 163,4 miljoen euro``) is a second table. A label
    ending in a footnote's number (``Wingerd (Ruiselede)(1)``) needs its note under the list; without it
    the entry is reported and the list ends before it."""
    if not lines[i].text.endswith(":"):
        return None
    found: list[tuple[int, ListEntry | str]] = []  # each entry's line, and the entry or why it is unsure
    j = i + 1
    while j < len(lines) and (entry := list_label(lines[j])):
        found.append((j, entry))
        j += 1
    notes = footnotes(lines[j : j + MAX_FOOTNOTE_LINES])
    unnoted = [k for k, e in found if isinstance(e, ListEntry) and e.marker and e.marker not in notes]
    if unnoted:  # "Gent(1): 12" without a note "(1) ..." under the list: a figure glued on? the list ends
        j, found = unnoted[0], found[: unnoted[0] - i - 1]
    entries = _noun_of_first([e for _, e in found if isinstance(e, ListEntry)])
    unsure = [(lines[k], e) for k, e in found if isinstance(e, str)]
    unsure += [(lines[k], _UNNOTED) for k in unnoted[:1]]
    nouns = {e.noun for e in entries}
    if len(entries) < 2 or len(nouns) > 1 or len({e.amount is None for e in entries}) > 1 \
            or len({e.share is None for e in entries}) > 1 or len({e.second_noun for e in entries}) > 1 \
            or len({tuple(p for p, _ in e.others) for e in entries}) > 1:
        return None  # "12 scholen" beside "3 academies"; an amount, a share or other periods beside some only
    lead_in = " ".join(line.text for line in lines[max(0, i - 2):i + 1])
    period = first_period_named(lead_in)
    last = SENTENCE_BREAK.split(lead_in)[-1]
    if period is None and (own := first_period_named(last)) is not None \
            and own.removeprefix(SCHOOL_YEAR_KEY) in lead_in[: -len(last)]:  # as printed: "2020-2021"
        # the lines above name several years, the sentence leading into the list one of them ("... tegenover
        # 31% in 2019. De meest gevraagde talen in 2020 waren:"); a year above none ("In 2020 werden 412
        # dossiers behandeld. In 2021 was de verdeling als volgt:": of which count?) stays no period
        period = own
    if period is None and nouns != {None}:  # counts of one noun: the period of the part or the question
        period = first_period_named(lead_in, ctx.heading, ctx.preamble, ctx.question, elsewhere=ctx.elsewhere)
    if period is None and nouns != {None} and not names_time(SENTENCE_BREAK.split(lead_in)[-1]):
        period = _broken_down(entries, lines[: i + 1])
    if period is None:
        return None
    others = _other_keys(entries[0], period, ctx)
    if others is None:
        return None
    for line, why in unsure:
        ctx.report(line, line, why)
    span = ctx.spans.span(lines[i + 1].start, lines[j - 1].end)
    rows = tuple(TableRow(e.label, {period: e.figure, **{key: f for key, (_, f) in zip(others, e.others,
                                                                                           strict=True)}},
                          e.figure.span, is_total(e.label)) for e in entries)
    table = Table((period, *others), rows, span, "without-periods", ctx.part)
    if entries[0].amount is not None:  # "(31,8 miljoen euro)" after each count: the amounts, a table too
        amounts = tuple(TableRow(e.label, {period: e.amount}, e.amount.span, is_total(e.label))
                        for e in entries if e.amount is not None)
        ctx.extra.append(replace(table, rows=amounts, measure="euro"))
    if entries[0].share is not None:  # "(17,2%)" after each figure: the shares, a table too
        shares = tuple(TableRow(e.label, {period: e.share}, e.share.span, is_total(e.label))
                       for e in entries if e.share is not None)
        ctx.extra.append(replace(table, rows=shares, measure="aandeel (%)"))
    if entries[0].second is not None:  # ", 312 kinderen" after each figure: the second counts, a table too
        seconds = tuple(TableRow(e.label, {period: e.second}, e.second.span, is_total(e.label))
                        for e in entries if e.second is not None)
        ctx.extra.append(replace(table, rows=seconds, measure=entries[0].second_noun))
    return table, j


def _other_keys(entry: ListEntry, period: str, ctx: Context) -> tuple[str, ...] | None:
    """The keys of the periods in the bracket after each entry's figure (``(2019-2020: 13,0%; ...)``), read as
    a row start is; None when one does not read, repeats or is the lead-in's own period."""
    keys = []
    for printed, _ in entry.others:
        try:
            keys.append(read_period(printed, ctx.year_of).key)
        except PeriodError:
            return None
    return tuple(keys) if len({period, *keys}) == len(keys) + 1 else None


def _noun_of_first(entries: list[ListEntry]) -> list[ListEntry]:
    """``- Antwerpen: 1.136 wijk-werkers;`` then ``- Limburg: 812;``: the noun printed once, on the first
    entry, is what every entry counts. Nouns on other entries too (or a later one only) stay as printed, and
    an entry with a unit keeps it: ``- Limburg: 12,4%;`` counts no wijk-werkers (the list is then unread)."""
    if len(entries) < 2 or entries[0].noun is None or any(e.noun or e.amount for e in entries[1:]):
        return entries
    return [entries[0], *(replace(e, noun=entries[0].noun, figure=replace(e.figure, unit="count"))
                          if e.figure.unit is None else e for e in entries[1:])]


# a count and the noun it counts, in running text ("105.402 hinderpremies")
_COUNT_AND_NOUN = re.compile(r"(?<![\w.,])(\d{1,3}(?:\.\d{3})+|\d+)[ \t]+([^\W\d_][\w-]*)")
SENTENCE_BREAK = re.compile(r"(?<=[.;:!?])\s+(?=[A-Z\d])")


def _broken_down(entries: Sequence[ListEntry], above: Sequence[Line]) -> str | None:
    """The period of a list of counts of one noun whose lead-in names no time (``De verdeling over de sectoren
    is als volgt:``), when the counts add up exactly to the one count of that noun a sentence above prints
    (``... werden 105.402 hinderpremies uitbetaald``: the list splits it): that sentence's one period, as its
    figure is read. None otherwise: no such sum, two of them, or no single period."""
    noun = (entries[0].noun or "").lower()
    if not noun or any(e.figure.value is None or e.figure.unit != "count" for e in entries):
        return None
    total = sum(e.figure.value for e in entries if e.figure.value is not None)
    text = " ".join(line.text for line in above)
    wholes = [sentence for sentence in SENTENCE_BREAK.split(text) for m in _COUNT_AND_NOUN.finditer(sentence)
              if m[2].lower().endswith(noun) and read_figure(m[1])[0] == total]
    return sentence_period(wholes[0]) if len(wholes) == 1 else None
