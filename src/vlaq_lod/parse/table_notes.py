"""What the notes under a table and the sentence above it say about its periods and cells.

A footnote may cut a period short (``(*) tot en met 30 september``), name the day a stock was counted on,
give a column another year, or correct a printed cell; the sentence above may say a year is printed only in
part. Each either narrows the period a figure is keyed by, or reports the figures the note leaves unclear.
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Iterator, Sequence
from dataclasses import replace
from datetime import date

from ..model import Figure, Table, TableRow, Unread
from .lines import BLANK, Line
from .periods import DAY, MONTHS, PeriodError, context_year, month_number, read_period, so_far_key
from .sentence_periods import COUNT_WORDS, names_time
from .table_context import (
    MARKED_END,
    MARKER,
    SCHOOL_YEAR_KEY,
    SELF_NOTED,
    YEAR_IN_LINE,
    YEARS_IN_KEY,
    Context,
    rekeyed,
    report_periods,
)

MAX_FOOTNOTE_LINES = 4
# "(1) cijfers tot en met 30 november", "* voorlopig", and a letter's note: "a voorlopige cijfers"
FOOTNOTE_LINE = re.compile(rf"({MARKER}|\((?-i:[a-d])\)|(?-i:[a-d])(?=[ \t]))[ \t]*(\S.*)")  # "(a) ..." too
# "30 september 2023", "september", and the day in digits: "31/10/2023", "30.06.2024" (one separator twice),
# or as ISO prints it: "2024-09-30"
_TO_DAY = (rf"[ \t]+(?:(?:(?P<day>\d{{1,2}})[ \t]+)?(?P<month>{'|'.join(MONTHS)})"
           rf"(?:[ \t]+(?P<year>(?:19|20)\d\d))?"
           rf"|(?P<nday>\d{{1,2}})(?P<nsep>[/.])(?P<nmonth>\d{{1,2}})(?P=nsep)(?P<nyear>(?:19|20)\d\d)\b"
           rf"|(?P<iyear>(?:19|20)\d\d)-(?P<imonth>\d\d)-(?P<iday>\d\d)\b)")
# "tot en met", "t.e.m.", "t/m": an end that is in the span
_UP_TO = r"tot[ \t]+en[ \t]+met|t\.e\.m\.|t/m"
_UNTIL = re.compile(rf"\b(?:{_UP_TO}|tot|"
                    rf"(?:stand|toestand|situatie|telling)[ \t]+op)"
                    rf"{_TO_DAY}", re.IGNORECASE)
# above a table, "stand op 1 januari" is the day each year's stock was counted on, not how far a year runs
_UNTIL_ABOVE = re.compile(rf"\b(?:{_UP_TO}|tot){_TO_DAY}", re.IGNORECASE)
PARTLY = "its footnote says it covers part of its period only, and the other figures of that period do not"
# "2023-2024(*)" over "(*) Stand op 31 december 2023": a school year or season so far, whose first day (1
# September, 1 July, ...) the footnote does not print: no span can be keyed, and the whole one overstates it
SHORT_SCHOOL_YEAR = "its footnote says its school year or season runs only to a day, and not from which day"
# "(1) De keuringsstations waren gesloten van 18 maart tot 17 mei 2020": a span inside the year that starts
# after its first day; "(1) Het museum was gesloten van oktober 2011 tot 24 september 2022": a span that
# started years before. Either note may tell what happened, or that the figure covers that span.
_INNER_SPAN = re.compile(rf"\bvan[ \t]+(?:(?P<from_day>\d{{1,2}})[ \t]+)?"
                         rf"(?P<from_month>{'|'.join(MONTHS)})\b(?:[ \t]+(?P<from_year>(?:19|20)\d\d))?"
                         rf"[ \t]+(?:{_UP_TO}|tot){_TO_DAY}", re.IGNORECASE)
INNER_SPAN = "its footnote names a span that does not start on 1 January of its year: whether the " \
    "figure is of that span or of the whole year is not said"


def _right_under(below: Sequence[Line]) -> Iterator[Line]:
    """The lines printed right under a table, to the first blank line (one blank line between the table and
    its notes is skipped)."""
    for k, line in enumerate(below):
        if not line.text:
            if k == 0:
                continue
            break
        yield line


def footnotes(below: Sequence[Line]) -> dict[str, str]:
    """The footnotes printed right under a table (``(1) cijfers tot en met 30 november 2023``), by marker."""
    return {m[1]: m[2] for line in _right_under(below) if (m := FOOTNOTE_LINE.fullmatch(line.text))}


# "De doelgroepen overlappen", "Het totaal is dus niet de som van de rijen", "eenzelfde werkzoekende kan tot
# meer dan één doelgroep behoren": the rows count some of the same units, so the total is no sum of them
# ("overlappen niet", "geen overlap" say the opposite)
_OVERLAP = re.compile(r"(?<!\bgeen[ \t])\boverlap(?:pen|t|pend|pende|ping(?:en)?)?\b(?![ \t]+niet\b)"
                      r"|\bniet[ \t]+(?:gelijk[ \t]+aan[ \t]+)?de[ \t]+som\b"
                      r"|\b(?:kan|kunnen)[ \t]+(?:\w+[ \t]+){0,3}?tot[ \t]+"
                      r"(?:meerdere|meer[ \t]+dan[ \t]+(?:één|een))"
                      r"[ \t]+[^.;:]{0,60}?\bbehoren\b", re.IGNORECASE)


def rows_overlap(below: Sequence[Line]) -> bool:
    """Whether the note right under a table (up to ``MAX_FOOTNOTE_LINES`` lines, to a blank line; a source's
    line before it) says its rows overlap (``De doelgroepen overlappen: eenzelfde werkzoekende kan tot meer
    dan één doelgroep behoren. Het totaal is dus niet de som van de rijen.``): then its total is no sum of
    its rows, and checking it as one would flag a contradiction the source does not make (sample 989)."""
    text = " ".join(line.text for line in _right_under(below))
    return _OVERLAP.search(" ".join(text.split())) is not None


# "Aantal sporters met een topsportstatuut", "aangesloten leden", "personeel in dienst": what the lead-in
# counts is held on a day (a status, a membership, a post), a stock, never a count of a year so far
_STOCK_MEASURE = re.compile(r"\b(?:\w*statu(?:u|te)[nt]\w*|aangesloten[ \t]+leden|in[ \t]+dienst|"
                            r"onder[ \t]+contract|met[ \t]+een[ \t]+aanstelling|"
                            r"op[ \t]+de[ \t]+wachtlijst)\b", re.IGNORECASE)
# "Het aantal toegekende statuten", "nieuwe leden": what was granted or joined in the year, a flow after all
_FLOW_MEASURE = re.compile(r"\b(?:aangevraagd|aanvra(?:ag|gen)|toegeken|nieuw|verleend|ingetrokken|ingediend|"
                           r"instro|uitstro|instapp)\w*", re.IGNORECASE)
STOCK_IN_TOTAL = "a Totaal over years whose last is a stock counted on a day: what it sums is unclear"


def footnoted_periods(table: Table, notes: dict[str, str], ctx: Context, above: str = "") -> Table:
    """A year whose figures all carry a footnote saying they run only to a day (``2023(1)`` over ``(1)
    cijfers tot en met 30 november 2023``) is that year so far (2023-01-01/2023-11-30), never the whole
    year; a figure alone with such a footnote among figures without it is reported, not published. A note
    ``Stand op 1 september 2023`` over a year of a stock, which the lines ``above`` the table name
    (``_STOCK_MEASURE``), gives that day instead (statutes held on 1 September, not granted in the year so
    far), as it does under a day's column (``_noted_days``)."""
    table = _contradicted_notes(table, notes, ctx)
    for key in table.periods:
        if _A_DAY.fullmatch(key):
            table = _noted_days(table, key, notes, ctx)
            continue
        if (part := _part_of_year(key)) is not None:
            table = _noted_part(table, key, *part, notes, ctx)
            continue
        if key.startswith(SCHOOL_YEAR_KEY):
            table = _marked_reported(table, key, {m for m, note in notes.items() if _cut_short(note, key)},
                                     SHORT_SCHOOL_YEAR, ctx)
            continue
        table = _inner_spans(table, key, notes, ctx)
        table = _other_parts(table, key, notes, ctx)
        table, started = _started_late(table, key, notes, ctx)
        if started:
            continue
        figures = [row.values[key] for row in table.rows if key in row.values]
        until = {f.footnote: _until(notes.get(f.footnote or ""), key) for f in figures}
        short = {marker for marker, day in until.items() if day}
        if not short:
            continue
        year = int(key)
        if len(until) == 1:
            marker = short.pop()
            day = until[marker]
            if _STOCK_MEASURE.search(above) and not _FLOW_MEASURE.search(above) \
                    and _stock_day(notes[marker]) == day.isoformat():
                table = _stock_column(table, key, day, ctx)
                continue
            table = _total_cut_short(rekeyed(table, key, so_far_key(day)), date(year, 12, 31), day, ctx)
            continue
        table = _marked_total_reported(table, key, date(year, 1, 1), date(year, 12, 31), short, ctx)
        table = _marked_reported(table, key, short, PARTLY, ctx)
    return table


# "(*) vanaf de start op 1 oktober 2022", "(1) sinds 15 maart 2021", "(*) gestart op 1/9/2023": the day a
# year's figures start from, when a scheme or service started inside it
_FROM = re.compile(rf"\b(?:vanaf|sinds|(?:op)?gestart[ \t]+op|(?:de[ \t]+)?(?:op)?start[ \t]+op)"
                   rf"(?:[ \t]+de[ \t]+(?:op)?start[ \t]+(?:op|van))?(?:[ \t]+het[ \t]+)?{_TO_DAY}",
                   re.IGNORECASE)
STARTED_VAGUE = "its footnote says its figures start inside its year, but names no day they start from"
STARTED_ODD = "its footnote says its figures start on a day, but not all figures of its year carry it, or " \
    "the note also ends them on a day outside the year: what days they cover is unclear"


def _from_day(note: str | None, key: str) -> date | bool:
    """The day a footnote says year ``key``'s figures start from (``vanaf de start op 1 oktober 2022``);
    True when it names a start inside the year without a day (``vanaf oktober``: the first day is not
    printed), False when it names no start in the year (``sinds 1 juli 2021`` under 2023: the year is
    whole)."""
    m = _FROM.search(note or "")
    if m is None or not YEARS_IN_KEY.fullmatch(key) or (_to_year(m) and _to_year(m) != key):
        return False
    if m["nmonth"] or m["imonth"]:
        month, day = int(m["nmonth"] or m["imonth"]), int(m["nday"] or m["iday"])
    elif m["day"]:
        month, day = month_number(m["month"]), int(m["day"])
    else:
        return True
    try:
        return date(int(key), month, day)
    except ValueError:
        return True


def _started_late(table: Table, key: str, notes: dict[str, str], ctx: Context) -> tuple[Table, bool]:
    """A year whose figures all carry a footnote saying they start on a day (``2022(*)`` over ``(*) vanaf
    de start op 1 oktober 2022``) is the span from that day (2022-10-01/2022-12-31, or to the day the same
    note ends it on), never the whole year; a Totaal over years that starts with it starts that day too. A
    start without a day, or a figure so marked beside figures of the year without the mark, is reported
    (with the Totaal beside it). Whether the year was handled is returned beside the table."""
    if not YEARS_IN_KEY.fullmatch(key):
        return table, False
    figures = [row.values[key] for row in table.rows if key in row.values]
    starts = {f.footnote: _from_day(notes.get(f.footnote or ""), key) for f in figures}
    # "sinds 1 januari 2023" under 2023: the whole year
    starts = {m: day if day != date(int(key), 1, 1) else False for m, day in starts.items()}
    marked = {marker for marker, day in starts.items() if day is not False}
    if not marked:
        return table, False
    year = int(key)
    first, last = date(year, 1, 1), date(year, 12, 31)
    day = starts[next(iter(marked))]
    end = _until(notes.get(next(iter(marked)) or ""), key) if len(starts) == 1 else None
    if len(starts) > 1 or not isinstance(day, date) or (end is not None and end < day):
        reason = STARTED_VAGUE if len(starts) == 1 and day is True else STARTED_ODD
        table = _marked_total_reported(table, key, first, last, marked, ctx)
        table = _marked_reported(table, key, marked, reason, ctx)
        return replace(table, rows=tuple(r for r in table.rows if r.values)), True
    end = end or last
    total = table.total_period
    days = _total_days(total)
    if total is not None and days is not None and days[0] <= last <= days[1]:
        if days[0] != first or (end != last and days[1] != end):
            table = report_periods(table, [total], CUT_INSIDE, ctx) or replace(table, rows=())
            table = replace(table, total_period=None)
        else:
            narrowed = f"{day.isoformat()}/{days[1].isoformat()}"
            table = replace(rekeyed(table, total, narrowed), total_period=narrowed)
    return rekeyed(table, key, f"{day.isoformat()}/{end.isoformat()}"), True


# "hydrologisch jaar", "boekjaar": a year that runs between other days than a school year's or a season's,
# never one (a season's "van 1 juli tot en met 30 juni" leaves its columns seasons, as they are published)
_YEAR_KIND = re.compile(r"\b(hydrologisch\w*[ \t]+jaar|boekjaar)\b", re.IGNORECASE)
# "(*) Een hydrologisch jaar loopt van 1 oktober tot en met 30 september van het jaar daarop."
_DAY_MONTH = rf"(\d{{1,2}})[ \t]+({'|'.join(MONTHS)})"
_KIND_SPAN = re.compile(rf"\b(?:loopt|lopen|start|begint|gaat)?[ \t]*van[ \t]+{_DAY_MONTH}[ \t]+"
                        rf"(?:{_UP_TO}|tot)[ \t]+{_DAY_MONTH}\b", re.IGNORECASE)
UNDEFINED_YEAR = "the text says its years are no school years (a hydrological or financial year), and " \
    "gives no days they run between that can be read: the table is not read"


def defined_years(table: Table, text: str, ctx: Context) -> Table | None:
    """Columns ``2020-2021`` that the lead-in or a note defines as another year than a school year (``(*) Een
    hydrologisch jaar loopt van 1 oktober tot en met 30 september van het jaar daarop``) are keyed by that
    span (2020-10-01/2021-09-30), never as school years. A definition whose days do not make one year
    (end the day before the start, a year later), or a hydrological or financial year the text names
    without days, reports the columns: the text says they are no school years."""
    keys = [k for k in table.periods if k.startswith(SCHOOL_YEAR_KEY)]
    if not keys or "jaar" not in text:
        return table
    spans = set()
    named = False
    for sentence in re.split(r"(?<=[.;])\s+", text):
        if (kind := _YEAR_KIND.search(sentence)) is None:
            continue
        named = True
        if m := _KIND_SPAN.search(sentence, kind.end()):
            spans.add((int(m[1]), month_number(m[2]), int(m[3]), month_number(m[4])))
    if not named:
        return table
    if len(spans) == 1:
        from_day, from_month, to_day, to_month = spans.pop()
        rekeys = {}
        for key in keys:
            first, second = (int(y) for y in key.removeprefix(SCHOOL_YEAR_KEY).split("-"))
            try:
                start, end = date(first, from_month, from_day), date(second, to_month, to_day)
            except ValueError:
                break
            if second != first + 1 or end.toordinal() - start.toordinal() + 1 not in (365, 366) \
                    or (end.month, end.day) == (12, 31):
                break
            rekeys[key] = f"{start.isoformat()}/{end.isoformat()}"
        else:
            for key, new in rekeys.items():
                table = rekeyed(table, key, new)
            return table
    return report_periods(table, keys, UNDEFINED_YEAR, ctx)


def _stock_column(table: Table, key: str, day: date, ctx: Context) -> Table:
    """The year ``key``'s column as the stock on ``day`` it was counted on; a Totaal column over that year is
    reported (a sum over years and a day's stock is no span of either)."""
    total = table.total_period
    days = _total_days(total)
    if total is not None and days is not None and days[0] <= day <= days[1]:
        table = report_periods(table, [total], STOCK_IN_TOTAL, ctx) or replace(table, rows=())
        table = replace(table, total_period=None)
    return rekeyed(table, key, day.isoformat())


CONTRADICTED = "its footnote says its year runs only to a day, but a figure of that year is printed for a " \
    "later period: what days the year's figures cover is unclear"


def _contradicted_notes(table: Table, notes: dict[str, str], ctx: Context) -> Table:
    """The figures of a year whose mark's note ends it on a day (``2023(*)`` over ``(*) Stand op 15 mei
    2023.``) while a figure so marked is printed for a quarter or month after that day (a third quarter's
    1.402) are all reported, and a Totaal beside them: the print and the note disagree, so neither the
    quarter holding the day nor the year so far can be told (the Totaal was published to 15 May)."""
    for marker, note in notes.items():
        marked = [(k, f) for row in table.rows for k, f in row.values.items() if f.footnote == marker]
        years = {span[0].year for k, _ in marked if (span := _key_days(k)) and span[0].year == span[1].year}
        for year in sorted(years):
            day = _until(note, str(year))
            if day is None or not any(f.value is not None and (span := _part_of_year(k)) is not None
                                      and span[0] > day for k, f in marked):
                continue
            keys = {k for k, _ in marked if (span := _key_days(k)) and span[0].year == span[1].year == year}
            first, last = date(year, 1, 1), date(year, 12, 31)
            for key in sorted(keys):
                table = _marked_total_reported(table, key, first, last, {marker}, ctx)
                table = _marked_reported(table, key, {marker}, CONTRADICTED, ctx)
    return replace(table, rows=tuple(r for r in table.rows if r.values))


# "2020-2024": the key of a Totaal over whole years
_YEARS_SPAN_KEY = re.compile(r"((?:19|20)\d\d)-((?:19|20)\d\d)")
CUT_INSIDE = "a period before the last one the Totaal is over runs short: what days the Totaal covers is " \
    "unclear"


def _total_days(key: str | None) -> tuple[date, date] | None:
    """The first and last day of a Totaal's key: a year (``2023``, twelve months), a span of years
    (``2020-2024``) or a range of days (``2020-01-01/2024-09-30``); None for any other."""
    if key is None:
        return None
    if YEARS_IN_KEY.fullmatch(key):
        return date(int(key), 1, 1), date(int(key), 12, 31)
    if span := _YEARS_SPAN_KEY.fullmatch(key):
        return date(int(span[1]), 1, 1), date(int(span[2]), 12, 31)
    return _part_of_year(key) if _RANGE_KEY.fullmatch(key) else None


def _total_cut_short(table: Table, last: date, day: date, ctx: Context) -> Table:
    """The table after a period of it that ended on ``last`` was cut short to ``day`` (``2024(*)`` over ``(*)
    tot en met 30 september 2024``): a Totaal over the periods that ends with it ends that day too
    (``2020-2024`` -> 2020-01-01/2024-09-30, never five whole years); one over a span the period ends inside
    (a month cut short before the year's last) is reported: its days are not one range."""
    total = table.total_period
    days = _total_days(total)
    if total is None or days is None or not days[0] <= last <= days[1]:
        return table
    if last == days[1]:
        narrowed = f"{days[0].isoformat()}/{day.isoformat()}"
        return replace(rekeyed(table, total, narrowed), total_period=narrowed)
    return report_periods(table, [total], CUT_INSIDE, ctx) or replace(table, rows=())


def _marked_total_reported(table: Table, key: str, first: date, last: date, markers: set[str],
                           ctx: Context) -> Table:
    """The Totaal figures beside the figures of period ``key`` that are reported as cut short (``markers``,
    some of the period's figures only): each such Totaal is over a span that ends short of its key."""
    total = table.total_period
    days = _total_days(total)
    if total is None or days is None or not (days[0] <= first and last <= days[1]):
        return table
    rows = []
    for row in table.rows:
        figure, whole = row.values.get(key), row.values.get(total)
        if figure is not None and whole is not None and figure.footnote in markers:
            ctx.unread.append(Unread(ctx.spans_text(whole.span), PARTLY, whole.span, ctx.part))
            row = replace(row, values={k: f for k, f in row.values.items() if k != total})
        if row.values:
            rows.append(row)
    return replace(table, rows=tuple(rows))


_MEASURE_MARK = re.compile(rf"({MARKER})$")
NOTED_MEASURE = ("its column's footnote names other years than the table's: which one its figures are of, it "
                 "does not say")


def noted_measure(table: Table, notes: dict[str, str], ctx: Context) -> Table | None:
    """A measure column whose heading carries a footnote naming one year other than the table's
    (``Uitstroom naar werk(2)`` over ``(2) Uitstroom naar werk in 2022, het laatste jaar waarvoor cijfers
    beschikbaar zijn.`` in a table of 2023) is that year's; a note naming several years leaves the column
    reported. A note that names the table's year, or none (``Situatie op 31 december 2023``), changes
    nothing."""
    mark = _MEASURE_MARK.search(table.measure or "")
    note = notes.get(mark[1]) if mark else None
    if note is None or len(table.periods) != 1 or not YEARS_IN_KEY.fullmatch(table.periods[0]):
        return table
    years = set(YEAR_IN_LINE.findall(note))
    if not years or years == {table.periods[0]}:
        return table
    if len(years) == 1:
        return rekeyed(table, table.periods[0], years.pop())
    return report_periods(table, table.periods, NOTED_MEASURE, ctx)


# "2024-07-01/2024-12-31": the key of a range of days (a half year, "jan.-jun. 2023", a year so far)
_RANGE_KEY = re.compile(r"((?:19|20)\d\d-\d\d-\d\d)/((?:19|20)\d\d-\d\d-\d\d)")
# "(*) Tot eind november 2024.", "(*) tot op heden", "(1) cijfers van oktober ontbreken": a note that names
# a month or a bound but no day a period's figures run to ("Voorlopige cijfers" names none)
_TIME_IN_NOTE = re.compile(rf"\b(?:{'|'.join(MONTHS)})\b|\b\d{{1,2}}/\d{{1,2}}\b|\btot\b|\bt\.e\.m\.|\bt/m\b",
                           re.IGNORECASE)
NO_DAY = "its footnote names a time but no day its figures run to, and its period is part of a year only"


def _part_of_year(key: str) -> tuple[date, date] | None:
    """The first and last day of a key of part of a year or a range of days: a quarter (``2024-Q2``), a
    month (``2024-11``), a half year or any other range (``2024-07-01/2024-12-31``); None for any other."""
    if season := _SEASON_KEY.fullmatch(key):
        year, quarter, month = int(season[1]), season[2], season[3]
        last_month = 3 * int(quarter) if quarter else int(month)
        if not 1 <= last_month <= 12:
            return None
        first = date(year, last_month - 2 if quarter else last_month, 1)
        return first, date(year, last_month, calendar.monthrange(year, last_month)[1])
    if days := _RANGE_KEY.fullmatch(key):
        try:
            return date.fromisoformat(days[1]), date.fromisoformat(days[2])
        except ValueError:
            return None
    return None


def _days_to(note: str | None, first: date, last: date) -> set[date]:
    """The days a footnote may say figures of a period from ``first`` to ``last`` run to (``tot en met 30
    november 2024``): one per year of the period when the note names no year, none when it names no day."""
    return {day for year in range(first.year, last.year + 1) if (day := _until(note, str(year)))}


def _noted_part(table: Table, key: str, first: date, last: date, notes: dict[str, str],
                ctx: Context) -> Table:
    """A quarter, month, half year or other part of a year whose figures all carry a footnote saying they
    run only to a day inside it (``2de kwartaal 2024(*)`` over ``(*) Tot en met 31 mei 2024.``, ``2de
    semester 2024(*)`` over ``(*) Voorlopig, tot en met 30 november 2024``) is that part of it
    (2024-04-01/2024-05-31, 2024-07-01/2024-11-30), and a Totaal over the periods that ends with it ends
    that day too. A day outside it, a note that names a time but no day the figures run to (``tot eind
    november``) or a span inside it, or such a note on some of its figures only, leaves the marked figures
    reported: the whole period would overstate what they cover."""
    figures = [f for row in table.rows if (f := row.values.get(key)) is not None]
    days = {f.footnote: _days_to(notes.get(f.footnote or ""), first, last) for f in figures}
    short = {marker for marker, day in days.items() if day}
    vague = {marker for marker in days if marker in notes and not days[marker]
             and (_starts_inside(notes[marker]) or _TIME_IN_NOTE.search(notes[marker]))}
    if vague:
        table = _marked_total_reported(table, key, first, last, vague, ctx)
        table = _marked_reported(table, key, vague, NO_DAY, ctx)
    if not short:
        return table
    marker = next(iter(short))
    inside = {day for day in days[marker] if first <= day <= last}
    if len(days) == 1 and not inside and _whole_before(table, key, marker, days[marker], last):
        return table
    if len(days) > 1 or len(inside) != 1:
        table = _marked_total_reported(table, key, first, last, short, ctx)
        return _marked_reported(table, key, short, PARTLY, ctx)
    day = inside.pop()
    if day == last:
        return table
    return _total_cut_short(rekeyed(table, key, f"{first.isoformat()}/{day.isoformat()}"), last, day, ctx)


def _whole_before(table: Table, key: str, marker: str | None, days: set[date], last: date) -> bool:
    """Whether period ``key``, ended on ``last``, is whole though its figures carry a note cutting their year
    short on a later day: the mark is the running year's (``2024(*)`` over quarters as rows, ``(*) tot en met
    30 september 2024``), so a quarter or month that ends before the day is all there, and only the one
    holding the day is cut. So when the same mark is on a figure of a period holding the day (that period or
    the year's Totaal) and on no printed figure of a period that starts after it: such a figure contradicts
    the note, and a marked period alone with a later day may be cut anywhere (both reported)."""
    if len(days) != 1 or (day := next(iter(days))) <= last:
        return False
    marked = {k: f for row in table.rows for k, f in row.values.items() if k != key and f.footnote == marker}
    spans = {k: span for k in marked if (span := _key_days(k)) is not None}
    return (any(first <= day <= end for first, end in spans.values())
            and not any(first > day and marked[k].value is not None for k, (first, _) in spans.items()))


def _key_days(key: str) -> tuple[date, date] | None:
    """The first and last day of a year's key (``2024``) or a part of a year's; None for any other."""
    if YEARS_IN_KEY.fullmatch(key):
        return date(int(key), 1, 1), date(int(key), 12, 31)
    return _part_of_year(key)


def _cut_short(note: str, key: str) -> bool:
    """Whether a note says school year ``key`` (``schooljaar-2023-2024``) runs to a day before its last
    summer (``Stand op 31 december 2023``); a day after it (``toestand op 15 oktober 2023`` under 2022-2023)
    says when whole figures were counted."""
    first, second = (int(year) for year in key.removeprefix(SCHOOL_YEAR_KEY).split("-"))
    return any(day < date(second, 9, 1) for year in (first, second) if (day := _until(note, str(year))))


def _inner_spans(table: Table, key: str, notes: dict[str, str], ctx: Context) -> Table:
    """The figures of year ``key`` whose footnote names a span inside the year that starts after 1 January
    (``van 18 maart tot 17 mei 2020``) are reported: a closure told to explain a low count leaves the year
    whole, a note on what the figure covers narrows it to the span, and the words do not say which."""
    inner = {marker for marker, note in notes.items() if _starts_inside(note)}
    reported = _marked_reported(table, key, inner, INNER_SPAN, ctx)
    return table if reported is table else replace(reported, rows=tuple(r for r in reported.rows if r.values))


def _other_parts(table: Table, key: str, notes: dict[str, str], ctx: Context) -> Table:
    """The figures of year ``key`` whose footnote names a part of a year it gives no day for (``2024(*)``
    over ``(*) tweede semester``), and a Totaal over them, are reported: never published for the year. A
    row whose label's note narrowed another of its years (``Gent(1)`` over ``(1) eerste semester 2024``)
    keeps its other years whole: the note names the one it cuts short."""
    if not YEARS_IN_KEY.fullmatch(key):
        return table
    other = {marker for marker, note in notes.items() if _names_other_part(note, key)}
    unread = len(ctx.unread)
    for row in table.rows:
        figure = row.values.get(key)
        if figure is None or figure.footnote not in other:
            continue
        if any(f.footnote == figure.footnote and _RANGE_KEY.fullmatch(k) for k, f in row.values.items()):
            continue
        ctx.unread.append(Unread(ctx.spans_text(figure.span), PART_NOT_FIRST, figure.span, ctx.part))
        row_total = row.values.get(table.total_period or "")
        days = _total_days(table.total_period)
        if row_total is not None and days is not None and days[0].year <= int(key) <= days[1].year:
            span = row_total.span
            ctx.unread.append(Unread(ctx.spans_text(span), PART_NOT_FIRST, span, ctx.part))
        table = replace(table, rows=tuple(
            replace(r, values={k: f for k, f in r.values.items() if k not in (key, table.total_period)})
            if r is row else r for r in table.rows))
    if len(ctx.unread) == unread:
        return table
    return replace(table, rows=tuple(r for r in table.rows if r.values))


def _marked_reported(table: Table, key: str, markers: set[str], reason: str, ctx: Context) -> Table:
    """The figures of period ``key`` whose footnote is one of ``markers`` reported (``reason``), not
    published; the table as it was when no figure is so marked."""
    marked = [f for row in table.rows if (f := row.values.get(key)) is not None and f.footnote in markers]
    if not marked:
        return table
    for figure in marked:
        ctx.unread.append(Unread(ctx.spans_text(figure.span), reason, figure.span, ctx.part))
    return replace(table, rows=tuple(
        replace(r, values={k: f for k, f in r.values.items() if not (k == key and f.footnote in markers)})
        for r in table.rows))


def _starts_inside(note: str) -> bool:
    """Whether a note names a span from another day than 1 January of the year it ends in (``van 18 maart
    tot 17 mei``, ``van oktober 2011 tot 24 september 2022``); ``van 1 januari tot ...`` and ``van
    januari tot en met juni`` are the year so far."""
    return any(not (m["from_day"] in (None, "1") and m["from_month"].lower() == "januari"
                    and m["from_year"] in (None, _to_year(m)))
               for m in _INNER_SPAN.finditer(note))


UNNOTED = "its period is printed with a mark no note under the table explains: it may cover part of it only"


def unnoted_marks(table: Table, notes: dict[str, str], ctx: Context) -> Table | None:
    """A period printed with a mark (``2023(*)``, ``2023*``) that no note of the part explains is reported,
    not published: a mark on a period most often says that it runs short (``(*) tot en met 30 september``),
    and how far cannot be told. So is one whose note, printed further down than the notes right under the
    table (``footnoted_periods`` reads those), says how far its year runs. A mark printed on a cell
    (``1.402*``) says something of that figure (a provisional one, say) and stays published with it. None
    when no figure is left."""
    for key in table.periods:
        figures = [row.values[key] for row in table.rows if key in row.values]
        marks = {figure.footnote for figure in figures}
        mark = marks.pop() if len(marks) == 1 else None
        if mark is None or mark in notes or SELF_NOTED.fullmatch(mark) \
                or any(_marked_cell(figure, mark, ctx) for figure in figures):
            continue
        if (note := _note_further(mark, table.span.last_line, ctx)) is not None and _until(note, key) is None:
            continue
        if _provisional_before(mark, ctx):
            continue
        if (reported := report_periods(table, [key], UNNOTED, ctx)) is None:
            return None
        table = reported
    return table


# the letters a figure may carry as its mark (table_context.LETTER_MARK, BRACKETED_LETTER)
_LETTERS = frozenset([*"abcd", "(a)", "(b)", "(c)", "(d)"])
LETTER_UNNOTED = ("a letter glued onto a figure or its year ('152,6b', '2023a') that no note under the table "
                  "explains: a footnote's mark, or part of what it follows ('12a')? the table is not read")


def unnoted_letters(table: Table, notes: dict[str, str], ctx: Context) -> Table | None:
    """A table with a figure read with a letter as its mark (``152,6b``, a row ``2023a``: see
    ``table_context.LETTER_MARK``) that no note of the part explains (``b na correctie ...``) is reported
    whole: without its note the letter may belong to a label or a number (``lijn 12a``), and then the row's
    cells were placed in the wrong columns. None then; else the table as it was."""
    figures = [f for row in table.rows for f in row.values.values()]
    if all(f.footnote not in _LETTERS or f.footnote in notes for f in figures):
        return table
    keys = list(dict.fromkeys(key for row in table.rows for key in row.values))
    report_periods(table, keys, LETTER_UNNOTED, ctx)
    return None


_BRACKETED_NUMBER = re.compile(r"\(\d{1,2}\)")
BRACKETED = ("a number in brackets after the figure that no note explains, another one in each row: a second "
             "figure (another year's, a part), no footnote's marker")


# "Index 2021 (%) (plaats)": a column heading whose last brackets name what the cells' brackets hold, a rank
_RANK_HEADING = re.compile(r"[ \t]*\((?:plaats|rang|rangorde|rangschikking|positie)\)$", re.IGNORECASE)


def _ranks_dropped(table: Table, ranks: dict[tuple[str, str], str], measure: str) -> Table:
    """The table with each figure's bracketed rank (``29,6 (1)`` under ``Index 2021 (%) (plaats)``) taken
    off it: a place in a ranking, never a figure nor a footnote; the measure without its ``(plaats)``."""
    rows = tuple(replace(row, values={k: replace(f, footnote=None) if (row.label, k) in ranks else f
                                      for k, f in row.values.items()}) for row in table.rows)
    return replace(table, rows=rows, measure=measure)


def bracketed_figures(table: Table, notes: dict[str, str], ctx: Context) -> Table | None:
    """Cells printed with a number in brackets (``18 (21)``, ``15 (12)``) that no note of the part explains
    are reported when two or more such brackets differ: a footnote's marker is explained under the table
    or repeats, a second figure (``cijfers voor 2021 tussen haakjes``) differs from cell to cell (they were
    published as the first figure with a marker). None when no figure is left."""
    unexplained = {(row.label, key): mark for row in table.rows for key, figure in row.values.items()
                   if _BRACKETED_NUMBER.fullmatch(mark := figure.footnote or "") and mark not in notes
                   and _note_further(mark, table.span.last_line, ctx) is None}
    if len(set(unexplained.values())) < 2:
        return table
    if table.measure and (rank := _RANK_HEADING.search(table.measure)) \
            and len(set(unexplained.values())) == len(unexplained):
        return _ranks_dropped(table, unexplained, table.measure[: rank.start()])
    rows = []
    for row in table.rows:
        for key, figure in row.values.items():
            if (row.label, key) in unexplained:
                ctx.unread.append(Unread(ctx.spans_text(figure.span), BRACKETED, figure.span, ctx.part))
        values = {k: f for k, f in row.values.items() if (row.label, k) not in unexplained}
        if values:
            rows.append(replace(row, values=values))
    return replace(table, rows=tuple(rows)) if rows else None


# "(*) Voorlopige cijfers: werkgevers kunnen ... nog aanvragen": figures that may still change
_PROVISIONAL = re.compile(r"\bvoorlopig\w*", re.IGNORECASE)
_CUT_WORDS = re.compile(r"\b(?:tot|t\.e\.m\.|t/m|vanaf|sinds|stand|eerste|laatste)\b|\d", re.IGNORECASE)


def _provisional_before(mark: str, ctx: Context) -> bool:
    """Whether the answer notes ``mark`` once, in another part (``(*) Voorlopige cijfers: werkgevers kunnen
    ... nog aanvragen`` under part 1's list, the same ``2023-2024(*)`` over part 2's table), and that note
    only calls the figures provisional: it names no day, bound or part that may cut the period short. The
    period's figures are then published with the mark, as a provisional cell's are."""
    notes = [m[2] for line in ctx.elsewhere.splitlines()
             if (m := FOOTNOTE_LINE.fullmatch(line.strip())) and m[1] == mark]
    return len(notes) == 1 and _PROVISIONAL.search(notes[0]) is not None \
        and _CUT_WORDS.search(notes[0]) is None \
        and not any(FOOTNOTE_LINE.fullmatch(line.text.strip()) for line in ctx.lines)


def _note_further(mark: str, last: int, ctx: Context) -> str | None:
    """The note of ``mark`` printed anywhere in the part below line ``last`` (``(1) Begroting 2022``)."""
    return found[1][2] if (found := _note_match(mark, last, ctx)) else None


def _note_match(mark: str, last: int, ctx: Context) -> tuple[int, re.Match[str]] | None:
    """The first line below ``last`` that is the note of ``mark``, as its number and its match."""
    for line in ctx.lines:
        if line.number > last and (m := FOOTNOTE_LINE.fullmatch(line.text)) and m[1] == mark:
            return line.number, m
    return None


def whole_note(mark: str, last: int, ctx: Context) -> str | None:
    """The note of ``mark`` below line ``last`` with the lines it runs on over, up to the line that ends
    its sentence: a correction often names the right figure on its second line."""
    if (found := _note_match(mark, last, ctx)) is None:
        return None
    number, m = found
    text = m[2]
    for n in range(number + 1, number + MAX_FOOTNOTE_LINES):
        line = ctx.by_number.get(n)
        if text.endswith(".") or line is None or not line.text or FOOTNOTE_LINE.fullmatch(line.text):
            break
        text += " " + line.text
    return text


# "(1) Het juiste aantal is 287.", "(*) Cijfer rechtgezet na een herberekening": the note says the printed
# cell is wrong, so the cell is no figure to publish (the right one, in words, is read by no table)
_CORRECTING = re.compile(r"\b(?:(?:juiste|correcte|gecorrigeerde|verbeterde)[ \t]+"
                         r"(?:cijfer|aantal|bedrag|getal)|rechtgezet|gecorrigeerd|herberekening"
                         r"|(?:bij|per)[ \t]+vergissing)\b", re.IGNORECASE)
CORRECTED = "its footnote says the printed figure is wrong and corrects it"


def corrected_cells(table: Table, last: int, ctx: Context) -> Table | None:
    """Cells whose footnote (under the table, a ``Bron:`` line or a blank line between them or not) says
    the printed figure is wrong (``301(1)`` over ``(1) ... Het juiste aantal ... is 287``) are reported,
    never published as printed. None when no figure is left."""
    marks = {f.footnote for row in table.rows for f in row.values.values() if f.footnote}
    wrong = {m for m in marks if (note := whole_note(m, last, ctx)) and _CORRECTING.search(note)}
    if not wrong:
        return table
    rows = []
    for row in table.rows:
        for figure in row.values.values():
            if figure.footnote in wrong:
                ctx.unread.append(Unread(ctx.spans_text(figure.span), CORRECTED, figure.span, ctx.part))
        if values := {k: f for k, f in row.values.items() if f.footnote not in wrong}:
            rows.append(replace(row, values=values))
    return replace(table, rows=tuple(rows)) if rows else None


def _marked_cell(figure: Figure, mark: str, ctx: Context) -> bool:
    """Whether ``mark`` is printed right after the figure (on its cell), not only over its column."""
    line = ctx.by_number[figure.span.last_line]
    return line.text[figure.span.end - line.start:].lstrip(BLANK).startswith(mark)


_A_DAY = re.compile(r"\d{4}-\d\d-\d\d")  # the key of one day: a stock's
_STOCK_ON = re.compile(rf"\b(?:stand|toestand|situatie)[ \t]+op[ \t]+({DAY})\b", re.IGNORECASE)
NOTED_TIME = "its footnote names another time than its column's day, and not as the day it was counted on"


def _noted_days(table: Table, key: str, notes: dict[str, str], ctx: Context) -> Table:
    """A stock under a day (``2021-12-31``) whose figure or label carries a footnote saying it was counted on
    another day (``West-Vlaanderen: 14.502(1)`` over ``(1) Stand op 30 november 2021``) is that day's; one
    whose note names any other time is reported, never given the column's day. Its table's total is then
    no sum of the rows of one day."""
    rows, changed = [], False
    for row in table.rows:
        figure = row.values.get(key)
        label_mark = MARKED_END.search(row.label)
        marker = (figure.footnote if figure is not None else None) or (label_mark[0] if label_mark else None)
        note = notes.get(marker or "")
        if figure is None or note is None or not names_time(note) or _each_years_day(note) == key[5:]:
            rows.append(row)  # "(1) Stand op 31 december van elk jaar" over 2021-12-31: that very day
            continue
        changed = True
        values = {k: f for k, f in row.values.items() if k != key}
        day = _stock_day(note)
        if day is not None:
            values[day] = replace(figure, footnote=marker)
        else:
            ctx.unread.append(Unread(ctx.spans_text(figure.span), NOTED_TIME, figure.span, ctx.part))
        label = row.label
        if label_mark is not None and marker == label_mark[0]:  # "Gent(1)": the note's mark, not the name's
            label = label[: label_mark.start()].rstrip()
        rows.append(replace(row, label=label, values=values))
    if not changed:
        return table
    periods = tuple(dict.fromkeys([*table.periods, *(k for row in rows for k in row.values)]))
    return replace(table, periods=periods, rows=tuple(replace(r, total=False) for r in rows if r.values))


def _stock_day(note: str) -> str | None:
    """The day a footnote says its figure was counted on (``Stand op 30 november 2021``), as a key."""
    if (m := _STOCK_ON.search(note)) is None:
        return None
    try:
        return read_period(m[1], lambda: None).key
    except PeriodError:
        return None


def footnoted_rows(table: Table, notes: dict[str, str], ctx: Context) -> Table:
    """A row whose label carries a footnote saying its figures run only to a day (``Gent(1)`` over ``(1)
    ... de cijfers lopen tot 30 juni 2023``) is that year so far (2023-01-01/2023-06-30), the marker kept
    on its figures; its table's total is then no sum of the rows of one period. A row of several years
    under a note that names no year is reported: which year runs short is not said."""
    rows, changed = [], False
    for row in table.rows:
        marker = MARKED_END.search(row.label)
        if marker and (each := _each_years_day(notes.get(marker[0], ""))) is not None \
                and all(YEARS_IN_KEY.fullmatch(key) for key in row.values):
            changed = True
            rows.append(replace(row, label=row.label[: marker.start()].rstrip(),
                                values={f"{key}-{each}": replace(f, footnote=f.footnote or marker[0])
                                        for key, f in row.values.items()}))
            continue
        if marker and _starts_inside(notes.get(marker[0], "")):
            ctx.unread.append(Unread(ctx.spans_text(row.span), INNER_SPAN, row.span, ctx.part))
            changed = True
            continue
        if marker and row.values and all(YEARS_IN_KEY.fullmatch(key) for key in row.values) \
                and all(_names_other_part(notes.get(marker[0]), key) for key in row.values):
            ctx.unread.append(Unread(ctx.spans_text(row.span), PART_NOT_FIRST, row.span, ctx.part))
            changed = True
            continue
        days = {key: _row_day(notes.get(marker[0]), key) for key in row.values} if marker else {}
        if marker and not any(days.values()) and _stock_outside(notes.get(marker[0], ""), row):
            ctx.unread.append(Unread(ctx.spans_text(row.span), STOCK_OUTSIDE, row.span, ctx.part))
            changed = True
            continue
        if not marker or not any(days.values()):
            rows.append(row)
            continue
        changed = True
        if len(row.values) > 1 and (all(days.values()) or _after_the_day(days)):
            ctx.unread.append(Unread(ctx.spans_text(row.span), PARTLY_ROW, row.span, ctx.part))
            continue
        noted = marker[0]
        values = {(_narrowed(key, day) if (day := days[key]) else key):
                  replace(f, footnote=f.footnote or noted) for key, f in row.values.items()}
        rows.append(replace(row, label=row.label[: marker.start()].rstrip(), values=values))
    if not changed:
        return table
    periods = tuple(dict.fromkeys([*table.periods, *(key for row in rows for key in row.values)]))
    return replace(table, periods=periods, rows=tuple(replace(r, total=False) for r in rows))


STOCK_OUTSIDE = ("its heading's footnote says its figures stand on a day outside its periods: what each "
                 "period's figure is by then (a stock, a sum so far), the print does not say")


def _stock_outside(note: str, row: TableRow) -> bool:
    """Whether a row's (or, years as rows, a column's) footnote says its figures stand on a day that falls in
    none of its years (``€ uitbetaald(1)`` over ``(1) Stand op 30 april 2025`` beside the call years 2021 to
    2023: paid by that day, over several years): never the row's years' figures, nor that one day's for
    several of them; reported. A day inside its one year, or periods other than years, are left to the
    rest."""
    day = _stock_day(note)
    return (day is not None and bool(row.values) and all(YEARS_IN_KEY.fullmatch(key) for key in row.values)
            and not any(day.startswith(key) for key in row.values))


PARTLY_ROW = "its label's footnote says its figures run to a day, but not in which of its years"
_EACH_YEARS_DAY = re.compile(rf"\b(?:stand|toestand|situatie)[ \t]+op[ \t]+(\d{{1,2}})[ \t]+"
                             rf"({'|'.join(MONTHS)})[ \t]+van[ \t]+(?:elk|ieder)[ \t]+jaar\b", re.IGNORECASE)


def _row_day(note: str | None, key: str) -> date | None:
    """The day a row's footnote says its figures run to, when it falls in period ``key``: any day of a
    year's, one inside a quarter, month or half year (``tot en met 30 november 2024`` in the second half of
    2024)."""
    if (part := _part_of_year(key)) is None:
        return _until(note, key)
    inside = {day for day in _days_to(note, *part) if part[0] <= day <= part[1]}
    return inside.pop() if len(inside) == 1 else None


def _after_the_day(days: dict[str, date | None]) -> bool:
    """Whether a row whose note ends its figures on a day prints a figure of a part of a year that starts
    after it (``2de semester 2024`` beside a note ``tot en met 31 mei 2024``), or the day falls in several of
    its periods: the note and the print disagree, or which period it cuts short is not said."""
    ends = [day for day in days.values() if day]
    return len(ends) > 1 or any((part := _part_of_year(key)) is not None and part[0] > ends[0]
                                for key in days)


def _narrowed(key: str, day: date) -> str:
    """Period ``key`` cut short on ``day`` inside it: a year so far, a part of a year from its first day."""
    if (part := _part_of_year(key)) is None:
        return so_far_key(day)
    return key if day == part[1] else f"{part[0].isoformat()}/{day.isoformat()}"


def _each_years_day(note: str) -> str | None:
    """The day of each year a note says a row's stocks were counted on (``(1) Stand op 31 december van elk
    jaar``), as ``MM-DD``; None when it says no such thing."""
    if (m := _EACH_YEARS_DAY.search(note)) is None:
        return None
    return f"{month_number(m[2]):02d}-{int(m[1]):02d}"


def year_runs_to(note: str, year: str) -> date | None:
    """The day a footnote says the figures of ``year`` run to or stand on (``(*) Stand op 30 september
    2024``, ``tot en met 30 juni``, ``eerste jaarhelft``): None when it says no such day of that year."""
    return _until(note, year)


def _to_year(m: re.Match[str]) -> str | None:
    """The year a ``_TO_DAY`` match prints, if any."""
    return m["year"] or m["nyear"] or m["iyear"]


def _until(note: str | None, key: str) -> date | None:
    """The day a footnote says a year's figures run to, when ``key`` is that year."""
    m = _UNTIL.search(note or "")
    if m is None:
        return _first_part_end(note or "", key)
    if _starts_inside(note or "") or not YEARS_IN_KEY.fullmatch(key) \
            or (_to_year(m) and _to_year(m) != key):
        return None
    if m["nmonth"] or m["imonth"]:
        month, day = int(m["nmonth"] or m["imonth"]), int(m["nday"] or m["iday"])
    else:
        month = month_number(m["month"])
        day = int(m["day"]) if m["day"] else calendar.monthrange(int(key), month)[1]  # "tot en met september"
    try:
        return date(int(key), month, day)
    except ValueError:
        return None


# "(*) eerste jaarhelft", "(*) eerste semester 2024", "(1) de eerste drie kwartalen", "(a) eerste kwartaal
# van 2023", "(*) eerste zes maanden": the first part of a year a note says its figures cover
_FIRST = r"(?:eerste|1ste)[ \t]+"
_FIRST_MONTHS = rf"(?P<n>\d{{1,2}}|{'|'.join(COUNT_WORDS)})[ \t]+(?P<unit>kwartalen|maanden)"
_FIRST_HALF = r"(?P<half>helft|jaarhelft|semester)"
_FIRST_PART_NOTE = re.compile(rf"\b{_FIRST}(?:{_FIRST_MONTHS}|(?P<one>kwartaal|trimester)|{_FIRST_HALF})\b",
                              re.IGNORECASE)
# "(*) tweede semester", "(1) laatste kwartaal", "(*) eerste maanden van het jaar": a note naming a part
# of a year, whichever
_PART_IN_NOTE = re.compile(r"\b(?:jaar)?helft|\bsemester|\btrimester|\bkwarta(?:al|len)\b|\bmaanden\b",
                           re.IGNORECASE)
PART_NOT_FIRST = "its footnote names a part of its year that is not one first quarter, half or months, or " \
    "of another year: what days its figures cover is not read"


def _first_part_end(note: str, key: str) -> date | None:
    """The last day of the first part of year ``key`` a note says its figures cover (``eerste jaarhelft``:
    30 June, ``eerste drie kwartalen``: 30 September); None when the note names no first part, no whole
    number of months short of the year, or any year other than ``key`` (``(*) 2023: eerste semester``
    under 2024 says nothing of 2024)."""
    m = _FIRST_PART_NOTE.search(note)
    if m is None or not YEARS_IN_KEY.fullmatch(key) or set(YEAR_IN_LINE.findall(note)) - {key}:
        return None
    return _first_part_day(m, int(key))


def _first_part_day(m: re.Match[str], year: int) -> date | None:
    """The last day of the first part of ``year`` that ``m`` (``_FIRST_PART_NOTE``, ``_FIRST_PART_ABOVE``)
    names: a half, one quarter, or a whole number of quarters or months short of the year; else None."""
    n = m["n"] or ""
    count = int(n) if n.isdigit() else COUNT_WORDS.get(n.lower(), 0)
    months = 6 if m["half"] else 3 if m.groupdict().get("one") \
        else count * (3 if (m["unit"] or "").lower() == "kwartalen" else 1)
    return date(year, months, calendar.monthrange(year, months)[1]) if 0 < months < 12 else None


# "(*) Cijfers tot en met 2024-09", "t/m eind september": a note saying its figures run to some time
_RUNS_TO = re.compile(rf"\b(?:{_UP_TO})(?=[ \t])", re.IGNORECASE)


def _names_other_part(note: str | None, key: str) -> bool:
    """Whether a note names a part of a year (``tweede semester``, ``laatste kwartaal``) or says its figures
    run to a time (``tot en met 2024-09``) that gives year ``key`` no day its figures run to: the whole year
    would overstate them, and the part is not read."""
    return bool(note) and bool(_PART_IN_NOTE.search(note) or _RUNS_TO.search(note)) \
        and _until(note, key) is None


NARROWED_ABOVE = "the sentence above the table says a year runs only to a day, but not which year or " \
    "whether that day is in"
AFTER_THE_DAY = "the sentence above the table says its year runs only to a day, and this figure is of later"
_BARE_TOT = re.compile(r"tot[ \t]+(?!en[ \t])", re.IGNORECASE)
_SEASON_KEY = re.compile(r"((?:19|20)\d\d)-(?:Q([1-4])|(\d\d))")  # a quarter's or month's key: 2020-Q3, -06
_SPAN_KEY = re.compile(r"(?:19|20)\d\d-(?:19|20)\d\d")


def text_above(table: Table, floor: int, ctx: Context) -> str:
    """The lines of running text right above a table (up to three, after line ``floor``, to a blank line or
    the footnotes of the table before; blank lines right above the table, as an extractor leaves, skipped)."""
    above: list[str] = []
    n = table.span.first_line - 1
    while n > floor and (line := ctx.by_number.get(n)) is not None and not line.text:
        n -= 1
    while n > floor and len(above) < 3 and (line := ctx.by_number.get(n)) is not None and line.text \
            and not FOOTNOTE_LINE.fullmatch(line.text):
        above.insert(0, line.text)
        n -= 1
    return " ".join(above)


def header_lines(table: Table, ctx: Context) -> list[Line]:
    """The table's lines above its first row, and two more above its span (a header's first line that the
    span of a table of one measure column leaves out): where a scale for its figures may stand."""
    first_row = min((row.span.first_line for row in table.rows), default=table.span.first_line)
    return [line for line in ctx.lines if table.span.first_line - 2 <= line.number < first_row]


# "worden elk jaar genomen in de staalnameperiode van 1 oktober tot en met 15 november": a window of days that
# recurs every year, no year named with it
_YEARLY_WINDOW = re.compile(rf"\b(?:elk|ieder)[ \t]+jaar\b[^.:;]*?\bvan[ \t]+(?P<fday>\d{{1,2}})[ \t]+"
                            rf"(?P<fmonth>{'|'.join(MONTHS)})[ \t]+(?:{_UP_TO})[ \t]+"
                            rf"(?P<tday>\d{{1,2}})[ \t]+(?P<tmonth>{'|'.join(MONTHS)})\b"
                            r"(?![ \t]+(?:19|20)\d\d)", re.IGNORECASE)
WINDOW_TOTAL = "a total over the yearly windows the sentence above names: no one span of days"


def _yearly_window(table: Table, m: re.Match[str], ctx: Context) -> Table | None:
    """Every year of the table keyed as the window of days the text above says recurs each year (``elk jaar
    ... van 1 oktober tot en met 15 november``: 2021 is 2021-10-01/2021-11-15); a window over the year's end,
    or a day that does not exist, is reported with the years, and so is any total over them."""
    years = [key for key in table.periods if YEARS_IN_KEY.fullmatch(key)]
    others = [key for key in table.periods if key not in years]
    try:
        spans = {year: (date(int(year), month_number(m["fmonth"]), int(m["fday"])),
                        date(int(year), month_number(m["tmonth"]), int(m["tday"]))) for year in years}
    except ValueError:
        return report_periods(table, table.periods, NARROWED_ABOVE, ctx)
    if any(first > last for first, last in spans.values()):
        return report_periods(table, table.periods, NARROWED_ABOVE, ctx)
    for year, (first, last) in spans.items():
        table = rekeyed(table, year, f"{first.isoformat()}/{last.isoformat()}")
    table = replace(table, total_period=None)
    return report_periods(table, others, WINDOW_TOTAL, ctx) if others else table


def narrowed_above(table: Table, above: str, ctx: Context) -> Table | None:
    """A sentence right above a table that says one of its years runs only to a day (``Voor 2020 gaat het om
    de klachten tot en met 31 mei.`` over ``Maand  2019  2020``) makes that year's column the year so far
    (2020-01-01/2020-05-31), as a footnote under the table does, and a Totaal column ending with it ends that
    day too; a month or quarter after the day that prints a figure contradicts it and is reported. When the
    text does not say which of the table's years (no year and several columns, several years) or whether the
    day is in (a bare ``tot``), that year's figures (all years', and a Totaal's over them) are reported, never
    published for a whole year. None when no figure is left."""
    m = _UNTIL_ABOVE.search(above)
    years = [key for key in table.periods if YEARS_IN_KEY.fullmatch(key)]
    if m is None or not years:
        return table
    if "jaar" in above and (window := _YEARLY_WINDOW.search(above)) is not None \
            and window.start("fday") < m.start() < window.end():
        return _yearly_window(table, window, ctx)
    year = _to_year(m) or context_year(above) or (years[0] if len(years) == 1 else None)
    total = table.total_period
    over = [total] if total is not None and _SPAN_KEY.fullmatch(total) else []
    if year is None:
        return report_periods(table, [*years, *over], NARROWED_ABOVE, ctx)
    if year not in years:
        return table  # another year than the table's is meant
    day = None if _BARE_TOT.match(m[0]) else _until(above[m.start() :], year)
    over = [key for key in over if key[:4] <= year <= key[5:]]
    if day is None or (over and over[0][5:] != year):
        return report_periods(table, [year, *over], NARROWED_ABOVE, ctx)
    if (day.month, day.day) == (12, 31):
        return table  # to the year's end: the whole year
    table = rekeyed(table, year, so_far_key(day))
    if over:
        table = replace(rekeyed(table, total, f"{total[:4]}-01-01/{day.isoformat()}"),
                        total_period=f"{total[:4]}-01-01/{day.isoformat()}")
    later = [k for k in table.periods if (s := _SEASON_KEY.fullmatch(k)) and s[1] == year
             and (3 * int(s[2]) - 2 if s[2] else int(s[3])) > day.month]
    return report_periods(table, later, AFTER_THE_DAY, ctx, keep_empty=True) if later else table


# "telkens op 1 januari", "op 31 december van elk jaar", "(stand op 1 januari)", "toestand op 1 januari" in
# the lead-in's last sentence, no year after the day: every year of the table is a stock counted on that day
_EACH_DAY_ABOVE = re.compile(rf"\b(?:(?P<each>telkens)[ \t]+op"
                             rf"|(?P<stand>(?:toe)?stand|situatie|telling)[ \t]+op"
                             rf"|op)[ \t]+(?P<day>\d{{1,2}})[ \t]+(?P<month>{'|'.join(MONTHS)})\b"
                             rf"(?![ \t]*(?:19|20)\d\d)(?P<yearly>[ \t]+van[ \t]+(?:elk|ieder)[ \t]+jaar\b)?",
                             re.IGNORECASE)


_CHANGE = re.compile(r"verschil|evolutie|groei|stijging|daling|toename|afname|wijziging|t\.o\.v\."
                     r"|\u0394|\u2206",
                     re.IGNORECASE)  # a change between two times, no stock
_YEARS_PRINTED = ("years-as-columns", "years-as-rows", "vertical-list", "cell-per-line")
_LEAD_BREAK = re.compile(r"(?<=[.!?])\s+(?=[A-Z\d])")  # a sentence's end inside a lead-in


def each_years_day_above(table: Table, above: str) -> Table:
    """The years of a table (or a list) whose lead-in says its figures are counted on one day of each year
    (``Het aantal antennesites, telkens op 1 januari:`` over ``2023  2024  2025``, ``op 31 december van elk
    jaar``, ``(stand op 1 januari)``) keyed as that day of each year (2023-01-01): a stock on 1 January is no
    figure of the whole year. Only when the lead-in's last sentence names that one day, with no year after it,
    the years are printed as the table's columns, rows or bullets, and it has no Totaal over its years."""
    if " op " not in above or table.total_period is not None or table.layout not in _YEARS_PRINTED:
        return table  # a year from a section line or a group's first row: the lead-in may be far above
    last = _LEAD_BREAK.split(above)[-1]
    days = {(month_number(m["month"]), int(m["day"])) for m in _EACH_DAY_ABOVE.finditer(last)
            if m["each"] or m["stand"] or m["yearly"]}
    years = [key for key in table.periods if YEARS_IN_KEY.fullmatch(key)]
    if len(days) != 1 or not years or any(_CHANGE.search(text) for text in
                                           (table.measure or "", *(row.label for row in table.rows))):
        return table  # "Verschil t.o.v. 2021" under 2022: a change over the year, no stock on its day
    month, day = days.pop()
    for year in years:
        try:
            table = rekeyed(table, year, date(int(year), month, day).isoformat())
        except ValueError:
            return table
    return table


# "(2023: eerste drie kwartalen)", "2024: de eerste helft": a year of the table printed only in part
_FIRST_PART_ABOVE = re.compile(rf"\b(?P<year>(?:19|20)\d\d)[ \t]*[:,]?[ \t]*(?:de[ \t]+|het[ \t]+)?{_FIRST}"
                               rf"(?:{_FIRST_MONTHS}|{_FIRST_HALF})\b", re.IGNORECASE)


def first_part_above(table: Table, above: str, ctx: Context) -> Table:
    """A year of the table that the text above says is printed for its first quarters, months or half only
    (``Het ziekteverzuim per beleidsdomein, in % (2023: eerste drie kwartalen):``): that year's column is
    the year so far (2023-01-01/2023-09-30), never the whole year, and a Totaal ending with it ends that
    day."""
    m = _FIRST_PART_ABOVE.search(above)
    if m is None or m["year"] not in table.periods or (day := _first_part_day(m, int(m["year"]))) is None:
        return table
    year = int(m["year"])
    return _total_cut_short(rekeyed(table, m["year"], so_far_key(day)), date(year, 12, 31), day, ctx)
