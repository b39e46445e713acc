"""Periods as tables print them: years, school years (``2019-2020``), quarters, months, and ``Totaal``.

A period becomes a key the graph turns into a time interval: ``2021``, ``2014-2016`` (a span of
years), ``schooljaar-2019-2020``, ``2022-Q1``, ``2022-01``. A school or academic year keeps no dates:
school years start on 1 September, academic years later, and the table does not say which it is.
A quarter or month printed without its year takes the year of the heading or the question; without
one it is reported, never guessed.
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date, timedelta

MONTHS = ("januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september",
          "oktober", "november", "december")
_MONTH = (r"(?:jan(?:uari)?|feb(?:ruari)?|maart|mrt|apr(?:il)?|mei|jun[i]?|jul[i]?|aug(?:ustus)?"
          r"|sep(?:t(?:ember)?)?|okt(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?")
_YEAR = r"(?:19|20)\d{2}"
# "1ste kw.", "kw. 2": the abbreviation only with its full stop before the digit ("kW 1" is a power)
# "1ste trimester", "3e trimester 2024": the Belgian word for a quarter (before a school year, "1ste trimester
# 2023-2024", a school term: no quarter)
_QUARTER = (r"(?:Q[1-4]|K[1-4]|[1-4](?:ste|de|e)[ \t]+(?:kwartaal|kw\.?"
            r"|trimester(?![ \t]+(?:19|20)\d\d[ \t]*[-/\u2013][ \t]*\d))|(?:kwartaal|kw\.)[ \t]*[1-4])")
# "2023 (t.e.m. 30 september)": the year so far, a column of the current year in many answers; "2023 (tot
# 30/11)" too: a bare "tot" in a period's own brackets reads as a footnote's does, its day included
_UNTIL_DAY = r"(?:t\.e\.m\.|t/m|tot(?:[ \t]+en[ \t]+met)?)[ \t]+"
_SO_FAR = rf"{_YEAR}[ \t]*\({_UNTIL_DAY}\d{{1,2}}(?:[ \t]+{_MONTH}|/\d{{1,2}})\)"
YEAR_SO_FAR = _SO_FAR  # for a reader that takes this one form alone (a section line of a table: tables.py)
# "2023 (jan.-sep.)", "2023 (januari - juni)": the months of a year a column covers, both included
_MONTHS_OF = rf"{_YEAR}[ \t]*\({_MONTH}[ \t]*[-\u2013][ \t]*{_MONTH}\)"
# "2022 (1ste sem.)", "2022 (tweede semester)": a half of the year, a row of the current year in some answers
_HALF = r"(?:1ste|1e|eerste|2de|2e|tweede)[ \t]+(?:sem\.|semester|jaarhelft)"
_HALF_YEAR = rf"{_YEAR}[ \t]*\({_HALF}\)"
# "1ste sem. 2022", "1e helft 2023": the same half, its year after it (a school year after it, "1e semester
# 2021-2022", is a school semester whose days the table does not say: no calendar half)
_HALF_WORD = r"(?:1ste|1e|eerste|2de|2e|tweede)[ \t]+(?:sem\.|semester|jaarhelft|helft)"
_HALF_FIRST = rf"{_HALF_WORD}[ \t]+{_YEAR}(?![ \t]*[-/\u2013][ \t]*\d|[\d.,]\d|\d)"
# "'21-'22", "’22-’23": a school year with both years cut to two digits after an apostrophe
_SHORT_SCHOOL_YEAR = r"['\u2019]\d{2}[ \t]*[-\u2013][ \t]*['\u2019]\d{2}(?!\d)"
# "jan.-jun. 2023", "januari - juni 2024": a range of months, then their year (a header cell or a sentence's
# "de periode januari-juni 2024"), the same months of a year as "2023 (jan.-jun.)"
_MONTH_RANGE = rf"{_MONTH}[ \t]*[-\u2013][ \t]*{_MONTH}[ \t]+{_YEAR}"
# "2020 - kwartaal 1", "2021-Q2": a year, a dash, a quarter of it (a year and a quarter apart by a space only
# could be two columns: "2021  Q1" under a header of years and quarters)
_YEAR_QUARTER = rf"{_YEAR}[ \t]*[-/\u2013][ \t]*{_QUARTER}(?!\w)"
# "T1 2023", "S1 2024", "H2 2023": a trimester (a quarter), a semester or a half of a calendar year by its
# letter, the year always after it (a bare "T1", "S2" or "H1" may name anything: a type, a level)
_LETTER_PART = rf"(?-i:[TS][1-4]|H[12])[ \t]+{_YEAR}(?![ \t]*[-/\u2013][ \t]*\d|[\d.,]\d|\d)"
# "AJ 2023", "aanslagjaar 2023": a tax year (aanslagjaar), keyed as that calendar year (docs/model.md)
_TAX_YEAR = rf"(?:(?-i:AJ)|aanslagjaar)[ \t]+{_YEAR}(?![ \t]*[-/\u2013][ \t]*\d|[\d.,]\d|\d)"
# "jan-24", "mrt/24", "januari-24", "jan 24": a month and its year cut to two digits, as a spreadsheet prints
# a month column (mmm-yy); two digits are a year only in this form. With a space between them the two digits
# must end the cell (a gap, a marker or the line's end): "januari 24 32" is a month's row of two cells
_MONTH_SHORT_YEAR = (rf"{_MONTH}(?:[ \t]?[-/][ \t]?\d{{2}}(?![\d.,/-])"
                     rf"| \d{{2}}(?=[ \t]{{2}}|\t|[ \t]?(?:\*|\(\d)|$))")
# "01/2024", "12/2024": a month and its year in digits (mm/yyyy, as a spreadsheet prints a month), the month
# always in two digits (a bare "1/2024" may be a number's series: "omzendbrief 1/2024"), no day before it
# ("31/01/2024") nor a range after it ("01/2024-06/2024"; a "-" cell after a column gap is no range)
_MONTH_SLASH_YEAR = rf"(?<![\d/.,])(?:0[1-9]|1[0-2])/{_YEAR}(?![\d/.,]|[ ]?[-\u2013][ ]?\d)"
# "Q1-Q3 2023", "K1-K3 2023": the first quarter to the last of a year, together (January to September), the
# year always after them; its first quarter alone is no reading of it
_QUARTER_RANGE = rf"(?:Q[1-4][ \t]*[-\u2013][ \t]*Q[1-4]|K[1-4][ \t]*[-\u2013][ \t]*K[1-4])[ \t]+{_YEAR}"
# "2024M01": a month as Statbel's databank prints it (year, "M", month in two digits), January 2024
_STATBEL_MONTH = rf"{_YEAR}(?-i:M)(?:0[1-9]|1[0-2])(?![\w.,])"
# "2023Q1": a quarter as a statistics export prints it (year, capital "Q", the quarter's digit, glued)
_STATBEL_QUARTER = rf"{_YEAR}(?-i:Q)[1-4](?![\w.,])"
PERIOD = (rf"{_QUARTER_RANGE}|{_HALF_FIRST}|{_STATBEL_MONTH}|{_STATBEL_QUARTER}|{_SHORT_SCHOOL_YEAR}"
          rf"|{_MONTH_RANGE}|{_MONTH_SHORT_YEAR}|{_LETTER_PART}|{_TAX_YEAR}|{_MONTH_SLASH_YEAR}"
          rf"|(?:{_QUARTER}|{_MONTH})(?:[ \t]+{_YEAR})?"
          rf"|{_YEAR_QUARTER}"
          rf"|{_YEAR}[ \t]*[-/\u2013][ \t]*(?:{_YEAR}|\d{{2}})(?!\d)|{_SO_FAR}|{_MONTHS_OF}|{_HALF_YEAR}"
          rf"|{_YEAR}(?![\d.,])")
# "Totaal", "Totaal Vlaanderen", "Totaal Oost-Vlaanderen": the word after it starts with a letter, so a "no
# value" cell right after the label ("Totaal      -      83.145") is a cell, not a word of the label
TOTAL = r"(?:algemeen[ \t]+|eind)?tota(?:a)?l(?:[ \t]+[A-Za-z\u00c0-\u017f][A-Za-z\u00c0-\u017f-]*)?"
_PERIOD = re.compile(PERIOD, re.IGNORECASE)
_SO_FAR_RE = re.compile(rf"({_YEAR}) ?\({_UNTIL_DAY}(\d{{1,2}})(?: ({_MONTH})|/(\d{{1,2}}))\)", re.IGNORECASE)
_MONTHS_OF_RE = re.compile(rf"({_YEAR}) ?\(({_MONTH}) ?[-\u2013] ?({_MONTH})\)", re.IGNORECASE)
_QUARTER_RANGE_RE = re.compile(rf"[QK]([1-4])[ \t]*[-\u2013][ \t]*[QK]([1-4])[ \t]+({_YEAR})",
                               re.IGNORECASE)
_MONTH_RANGE_RE = re.compile(rf"({_MONTH}) ?[-\u2013] ?({_MONTH}) ({_YEAR})", re.IGNORECASE)
_ONE_MONTH_RE = re.compile(rf"{_MONTH}(?: {_YEAR})?", re.IGNORECASE)
_HALF_YEAR_RE = re.compile(rf"({_YEAR}) ?\((1ste|1e|eerste|2de|2e|tweede) (?:sem\.|semester|jaarhelft)\)",
                           re.IGNORECASE)
_HALF_FIRST_RE = re.compile(rf"(1ste|1e|eerste|2de|2e|tweede) (?:sem\.|semester|jaarhelft|helft) ({_YEAR})",
                            re.IGNORECASE)
_SHORT_SCHOOL_YEAR_RE = re.compile(r"['\u2019](\d{2}) ?[-\u2013] ?['\u2019](\d{2})")
_MONTH_SHORT_YEAR_RE = re.compile(rf"({_MONTH}) ?(?:[-/] ?)?(\d{{2}})", re.IGNORECASE)
_MONTH_SLASH_YEAR_RE = re.compile(rf"(0[1-9]|1[0-2])/({_YEAR})")
_YEAR_QUARTER_RE = re.compile(rf"({_YEAR})[ \t]*[-/\u2013][ \t]*({_QUARTER})", re.IGNORECASE)
_TWO_YEARS = re.compile(rf"({_YEAR})[ ]*[-/\u2013][ ]*({_YEAR}|\d{{2}})")
_YEAR_ANY = re.compile(_YEAR)
_QUARTER_START = re.compile(_QUARTER, re.IGNORECASE)
_QUARTER_DIGIT = re.compile(r"[1-4]")
_TOTAL = re.compile(TOTAL, re.IGNORECASE)
_YEAR_IN = re.compile(rf"(?<![\d.,/-]){_YEAR}(?!\d|[.,]\d|[ \t]*[-/\u2013][ \t]*\d)")  # "in 2022," too
# "1 okt. 2022 - 31 dec. 2022": a range of days, a row label in tables of periods as rows
# "1/1-30/6/2024", "01/01-30/06/2024", "1/1/2024-30/6/2024": the same in digits, day first, the first day's
# year left out when it is the last one's
_DIGITS_RANGE = (rf"(?<![\d/])\d{{1,2}}/\d{{1,2}}(?:/{_YEAR})?[ \t]*[-\u2013][ \t]*"
                 rf"\d{{1,2}}/\d{{1,2}}/{_YEAR}(?![\d/])")
DATE_RANGE = (rf"(?:\d{{1,2}}[ \t]+{_MONTH}[ \t]+{_YEAR}[ \t]*[-\u2013][ \t]*\d{{1,2}}[ \t]+{_MONTH}"
              rf"[ \t]+{_YEAR}|{_DIGITS_RANGE})")
# "1 januari 2024": one day, a column header of stocks counted on that day (``Provincie  1 januari 2023  1
# januari 2024``); read only in a period header, where every period is such a day. "31/12/2023" too: the same
# day in digits, day first as Belgian answers print it
# "2023-06-30": the same day in ISO form, as a database prints a stock day
DAY = (rf"(?:\d{{1,2}}[ \t]+{_MONTH}[ \t]+{_YEAR}|(?<![\d/])\d{{1,2}}/\d{{1,2}}/{_YEAR}(?![\d/])"
       rf"|(?<![\d/-]){_YEAR}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01])(?![\d/-]))")
_DIGITS_DAY_RE = re.compile(rf"(\d{{1,2}})/(\d{{1,2}})/({_YEAR})")
_ISO_DAY_RE = re.compile(rf"({_YEAR})-(\d\d)-(\d\d)")
# "2024-01": a month in ISO form (year, hyphen, month in two digits), as a database prints a month row; read
# only where its two digits cannot end a school year or span ("2024-01", "2019-12"; "2011-12" is a school
# year)
_ISO_MONTH_RE = re.compile(rf"({_YEAR})-(0[1-9]|1[0-2])")
_STATBEL_MONTH_RE = re.compile(rf"({_YEAR})M(0[1-9]|1[0-2])")
_STATBEL_QUARTER_RE = re.compile(rf"({_YEAR})Q([1-4])")
_DAY_RE = re.compile(rf"(\d{{1,2}}) ({_MONTH}) ({_YEAR})", re.IGNORECASE)
_DIGITS_RANGE_RE = re.compile(rf"(\d{{1,2}})/(\d{{1,2}})(?:/({_YEAR}))? ?[-\u2013] ?"
                              rf"(\d{{1,2}})/(\d{{1,2}})/({_YEAR})")
_LETTER_PART_RE = re.compile(rf"([TSH])([1-4]) ({_YEAR})")
_TAX_YEAR_RE = re.compile(rf"(?:AJ|aanslagjaar) ({_YEAR})", re.IGNORECASE)
_DATE_RANGE_RE = re.compile(rf"(\d{{1,2}}) ({_MONTH}) ({_YEAR}) ?[-\u2013] ?(\d{{1,2}}) ({_MONTH}) ({_YEAR})",
                            re.IGNORECASE)


@dataclass(frozen=True)
class Period:
    key: str  # what the graph mints the period from
    printed: str
    kind: str  # "year", "span", "school-year", "quarter", "month", "so-far", "days", "day"
    order: int  # position in time within its kind, to tell whether a total covers contiguous periods


class PeriodError(ValueError):
    """A period a reader cannot place in time (a quarter with no year anywhere)."""


# "Totaal Vlaamse overheid", "Totaal Vlaams Gewest": a total named after the whole it sums, a proper name of
# up to three words (its first capitalised; "Totaal aantal aanvragen" names a measure, no whole)
_NAMED_TOTAL = re.compile(r"(?:Totaal|TOTAAL)[ \t]+[A-Z\u00c0-\u00de][\w-]*(?:[ \t]+[\w-]+){1,2}")


def is_total(label: str) -> bool:
    """``Totaal``, ``TOTAAL``, ``Totaal Vlaanderen``, ``Totaal Vlaamse overheid``, ``Algemeen totaal``: the
    label of a total."""
    label = " ".join(label.split())
    return _TOTAL.fullmatch(label) is not None or _NAMED_TOTAL.fullmatch(label) is not None


def read_period(printed: str, year: Callable[[], str | None]) -> Period:
    """The period a header cell or row start names; ``year()`` gives the context's year for a bare quarter
    (a function, so the heading and question are only searched when a period needs them)."""
    if len(printed) == 4 and printed.isdigit() and printed[:2] in ("19", "20"):  # the common case, fast
        return Period(printed, printed, "year", int(printed))
    text = " ".join(printed.split())
    if so_far := _SO_FAR_RE.fullmatch(text):
        return _year_so_far(printed, so_far)
    if months := _MONTHS_OF_RE.fullmatch(text):
        return _months_of(printed, months[1], months[2], months[3])
    if months := _MONTH_RANGE_RE.fullmatch(text):
        return _months_of(printed, months[3], months[1], months[2])
    if quarters := _QUARTER_RANGE_RE.fullmatch(text):  # "Q1-Q3 2023": January to September 2023
        first, last = int(quarters[1]), int(quarters[2])
        return _months_of(printed, quarters[3], _QUARTER_MONTHS[first - 1][0], _QUARTER_MONTHS[last - 1][1])
    if half := _HALF_YEAR_RE.fullmatch(text):  # "2022 (1ste sem.)": January to June, "(2de ...)": July on
        months = ("januari", "juni") if half[2][0] in "1eE" else ("juli", "december")
        return _months_of(printed, half[1], *months)
    if half := _HALF_FIRST_RE.fullmatch(text):  # "1ste sem. 2022", "2e helft 2023"
        months = ("januari", "juni") if half[1][0] in "1eE" else ("juli", "december")
        return _months_of(printed, half[2], *months)
    if short := _SHORT_SCHOOL_YEAR_RE.fullmatch(text):
        return _short_school_year(printed, int(short[1]), int(short[2]))
    if days := _DATE_RANGE_RE.fullmatch(text):
        return _days(printed, days)
    if digits := _DIGITS_RANGE_RE.fullmatch(text):  # "1/1-30/6/2024": as "1 jan. 2024 - 30 jun. 2024"
        return _days(printed, [digits[0], digits[1], digits[2], digits[3] or digits[6], *digits.groups()[3:]])
    if letter := _LETTER_PART_RE.fullmatch(text):
        return _letter_part(printed, letter)
    if tax := _TAX_YEAR_RE.fullmatch(text):  # "AJ 2023": the tax year, keyed as the year
        return Period(tax[1], printed, "year", int(tax[1]))
    if day := _DAY_RE.fullmatch(text) or _DIGITS_DAY_RE.fullmatch(text):
        return _day(printed, day)
    if iso := _ISO_DAY_RE.fullmatch(text):  # "2023-06-30": as "30/06/2023"
        return _day(printed, [iso[0], iso[3], iso[2], iso[1]])
    if (iso := _ISO_MONTH_RE.fullmatch(text)) and int(iso[2]) <= int(iso[1][2:]):
        return Period(f"{iso[1]}-{iso[2]}", printed, "month", int(iso[1]) * 12 + int(iso[2]))
    if statbel := _STATBEL_MONTH_RE.fullmatch(text):  # "2024M01": January 2024
        return Period(f"{statbel[1]}-{statbel[2]}", printed, "month", int(statbel[1]) * 12 + int(statbel[2]))
    if statbel := _STATBEL_QUARTER_RE.fullmatch(text):  # "2023Q1": the first quarter of 2023
        quarter = int(statbel[2])
        return Period(f"{statbel[1]}-Q{quarter}", printed, "quarter", int(statbel[1]) * 4 + quarter)
    m = _TWO_YEARS.fullmatch(text)
    if m:
        first, last = int(m[1]), int(m[2]) if len(m[2]) == 4 else int(m[1][:2] + m[2])
        if last == first + 1:
            return Period(f"schooljaar-{first}-{last}", printed, "school-year", first)
        if last > first:
            return Period(f"{first}-{last}", printed, "span", first)
        raise PeriodError(f"{printed!r} ends before it begins")
    if digits := _MONTH_SLASH_YEAR_RE.fullmatch(text):  # "01/2024": January 2024
        return Period(f"{digits[2]}-{digits[1]}", printed, "month", int(digits[2]) * 12 + int(digits[1]))
    if short_year := _MONTH_SHORT_YEAR_RE.fullmatch(text):  # "jan-24": January 2024
        return _month_short_year(printed, short_year)
    if year_first := _YEAR_QUARTER_RE.fullmatch(text):
        quarter = int("".join(filter(str.isdigit, year_first[2])))  # its one digit: "Q2", "kwartaal 2"
        return Period(f"{year_first[1]}-Q{quarter}", printed, "quarter", int(year_first[1]) * 4 + quarter)
    own = _YEAR_ANY.search(text)
    in_year = own[0] if own else year()
    if in_year is None:
        raise PeriodError(f"{printed!r} names no year, and neither does the heading or the question")
    start = _QUARTER_START.match(text)
    if start and text[start.end():].strip() not in ("", own[0] if own else ""):
        raise PeriodError(f"{printed!r} is no one quarter")  # "Q1-Q3" without its year: never Q1 alone
    quarter = _QUARTER_DIGIT.search(text) if start else None
    if quarter:
        return Period(f"{in_year}-Q{quarter[0]}", printed, "quarter", int(in_year) * 4 + int(quarter[0]))
    month = month_number(text.split()[0]) if _ONE_MONTH_RE.fullmatch(text) else 0
    if not month:  # "jan.-jun." with no year: neither January nor a span placed in time
        raise PeriodError(f"{printed!r} is no period")
    return Period(f"{in_year}-{month:02d}", printed, "month", int(in_year) * 12 + month)


def _month_short_year(printed: str, m: re.Match[str]) -> Period:
    """``jan-24``, ``januari-24``: the month of the year its two digits name, of this century up to '50, of
    the last from '51 (as ``short_school_year`` reads them)."""
    month, cut = month_number(m[1]), int(m[2])
    if not month:
        raise PeriodError(f"{printed!r} is no month")
    year = cut + (2000 if cut <= 50 else 1900)
    return Period(f"{year}-{month:02d}", printed, "month", year * 12 + month)


def short_school_year(first: int, last: int) -> str | None:
    """The key of ``'21-'22``, the school year 2021-2022: two digits name a year of this century up to '50,
    of the last from '51 ('98-'99). None for years that do not follow each other."""
    if last != (first + 1) % 100:
        return None
    start = first + (2000 if first <= 50 else 1900)
    return f"schooljaar-{start}-{start + 1}"


def _short_school_year(printed: str, first: int, last: int) -> Period:
    """``'21-'22`` as a header cell or row label prints it."""
    key = short_school_year(first, last)
    if key is None:
        raise PeriodError(f"{printed!r} is no school year")
    return Period(key, printed, "school-year", int(key[11:15]))


def _year_so_far(printed: str, m: re.Match[str]) -> Period:
    """``2023 (t.e.m. 30 september)``, ``2023 (tot 30/11)``: from 1 January of the year to the day named,
    both included."""
    month = month_number(m[3]) if m[3] else int(m[4])
    try:
        last = date(int(m[1]), month, int(m[2]))
    except ValueError:
        raise PeriodError(f"{printed!r} names no day") from None
    return Period(so_far_key(last), printed, "so-far", int(m[1]))


_QUARTER_MONTHS = (("januari", "maart"), ("april", "juni"), ("juli", "september"), ("oktober", "december"))


def _months_of(printed: str, year_printed: str, first_month: str, last_month: str) -> Period:
    """``2023 (jan.-sep.)``, ``jan.-jun. 2023``, a half year: from the first day of the first month to the
    last day of the last; from January on it is the year so far (a ``Totaal`` after whole years covers it),
    the twelve months the year."""
    year, first, last = int(year_printed), month_number(first_month), month_number(last_month)
    if not first or not last or last < first:
        raise PeriodError(f"{printed!r} names no months of its year in order")
    if (first, last) == (1, 12):
        return Period(year_printed, printed, "year", year)
    end = date(year, last, calendar.monthrange(year, last)[1])
    if first == 1:
        return Period(so_far_key(end), printed, "so-far", year)
    start = date(year, first, 1)
    return Period(f"{start.isoformat()}/{end.isoformat()}", printed, "days", start.toordinal())


def so_far_key(last: date) -> str:
    """The key of a year so far: from 1 January of ``last``'s year to ``last`` (``2023-01-01/2023-09-30``)."""
    return f"{last.year}-01-01/{last.isoformat()}"


def _letter_part(printed: str, m: re.Match[str]) -> Period:
    """``T1 2023``: the first trimester, a quarter (2023-Q1); ``S1 2024``: the first semester, January to
    June (``S2``: July to December; ``S3`` is no half); ``H1 2023``, ``H2 2023``: the halves, as ``S``."""
    part, year = int(m[2]), int(m[3])
    if m[1] == "T":
        return Period(f"{year}-Q{part}", printed, "quarter", year * 4 + part)
    if part > 2:
        raise PeriodError(f"{printed!r} is no half of a year")
    return _months_of(printed, m[3], *(("januari", "juni") if part == 1 else ("juli", "december")))


def _days(printed: str, m: re.Match[str] | Sequence[str | None]) -> Period:
    """``1 okt. 2022 - 31 dec. 2022``: from the first day to the last, both included (``m``: the match, or
    its groups from 0 as numbers: day, month and year of each day)."""
    try:
        first = date(int(m[3]), _month_of(m[2]), int(m[1]))
        last = date(int(m[6]), _month_of(m[5]), int(m[4]))
    except ValueError:
        raise PeriodError(f"{printed!r} names a day that does not exist") from None
    if last < first:
        raise PeriodError(f"{printed!r} ends before it begins")
    return Period(f"{first.isoformat()}/{last.isoformat()}", printed, "days", first.toordinal())


def _day(printed: str, m: re.Match[str] | Sequence[str]) -> Period:
    """``1 januari 2024`` or ``31/12/2023`` (day first; ``m``: the match, or its groups from 0): that day (a
    stock counted on it), keyed by its ISO
    date as a sentence's day is."""
    try:
        day = date(int(m[3]), int(m[2]) if m[2].isdigit() else month_number(m[2]), int(m[1]))
    except ValueError:
        raise PeriodError(f"{printed!r} names a day that does not exist") from None
    return Period(day.isoformat(), printed, "day", day.toordinal())


# "(vanaf 1 oktober)", "(tot en met 30 september 2023)" after a year's figure: the part of the year it covers
PART_OF_YEAR = re.compile(rf"\((?:(?P<since>vanaf)[ \t]+|(?P<until>{_UNTIL_DAY}))"
                          rf"(?:(?P<day>\d{{1,2}})[ \t]+)?(?P<month>{_MONTH})(?:[ \t]+(?P<year>{_YEAR}))?\)",
                          re.IGNORECASE)
_BARE_TOT = re.compile(r"tot[ \t]+", re.IGNORECASE)


def part_of_year(year: str, m: re.Match[str]) -> str | None:
    """``2021`` with ``(vanaf 1 oktober)``: 2021-10-01/2021-12-31; with ``(tot 30 september)``: from 1
    January to that day, included (a bare ``tot`` read as a footnote's is). A month without its day is its
    first day after ``vanaf`` and its last after ``tot en met`` (``2024 (tot en met september)``: to 30
    September); after a bare ``tot`` (is September in?) it is none. None when ``year`` is no year, the
    bracket names another year, or the day does not exist."""
    if not re.fullmatch(_YEAR, year) or (m["year"] and m["year"] != year):
        return None
    if m["day"] is None and not m["since"] and _BARE_TOT.fullmatch(m["until"]):
        return None
    month = month_number(m["month"])
    try:
        last = calendar.monthrange(int(year), month)[1] if month else 0
        day = date(int(year), month, int(m["day"]) if m["day"] else 1 if m["since"] else last)
    except ValueError:
        return None
    return f"{day.isoformat()}/{year}-12-31" if m["since"] else so_far_key(day)


def _month_of(printed: str) -> int:
    """A month printed by name or number (``okt.``, ``10``)."""
    return int(printed) if printed.isdigit() else month_number(printed)


def month_number(name: str) -> int:
    """1-12 for a month's name or abbreviation (``sep``, ``mrt``), 0 for another word."""
    name = name.lower().rstrip(".")
    found = (k for k, month in enumerate(MONTHS, start=1) if month.startswith(name[:3]))
    return 3 if name == "mrt" else next(found, 0)


_SEASON = re.compile(rf"{_QUARTER}|{_MONTH}", re.IGNORECASE)


def season_in(printed: str, year: str) -> Period | None:
    """A month or quarter printed without a year (``januari``, ``Q1``), read in ``year``: a row label under
    a column of years. None for any other label, a month with its own year included."""
    text = " ".join(printed.split())
    return read_period(text, lambda: year) if _SEASON.fullmatch(text) else None


def period_cells(text: str) -> list[re.Match[str]] | None:
    """The period cells of a header line, when the line is nothing but periods (and spacing)."""
    found = list(_PERIOD.finditer(text))
    if not found:
        return None
    rest = _PERIOD.sub("", text)
    return found if not rest.strip() else None


def covering(periods: list[Period]) -> str | None:
    """The period a ``Totaal`` over ``periods`` is for, when they are contiguous and of one kind:
    2020, 2021, 2022 -> ``2020-2022``; Q1..Q4 2022 or its twelve months -> ``2022``, Q1..Q3 2023 ->
    ``2023-01-01/2023-09-30``; whole years and then
    the next year so far (``2023 (tot 30 september)``) -> ``2019-01-01/2023-09-30``; else None."""
    if len(periods) >= 2 and (days := _adjoining_days(periods)) is not None:
        return days
    kinds = {p.kind for p in periods}
    orders = [p.order for p in periods]
    if len(periods) < 2 or orders != list(range(orders[0], orders[0] + len(orders))):
        return None
    if periods[-1].kind == "so-far" and {p.kind for p in periods[:-1]} == {"year"}:
        return f"{periods[0].key}-01-01/{periods[-1].key.rsplit('/', 1)[1]}"
    if len(kinds) != 1:
        return None
    kind = kinds.pop()
    if kind == "year":
        return f"{periods[0].key}-{periods[-1].key}"
    whole = {"quarter": 4, "month": 12}.get(kind)
    if whole and len(periods) == whole and periods[0].key.endswith(("-Q1", "-01")):
        return periods[0].key[:4]
    if whole:  # "K1  K2  K3  Totaal": from the first quarter's first day to the last one's last day
        first, last = _months(periods[0]), _months(periods[-1])
        end = date(last[0], last[2], calendar.monthrange(last[0], last[2])[1])
        return f"{date(first[0], first[1], 1).isoformat()}/{end.isoformat()}"
    return None


def _months(period: Period) -> tuple[int, int, int]:
    """A quarter's or a month's year, first month and last month (``2023-Q3``: 2023, 7, 9)."""
    year, part = period.key.split("-")
    if part.startswith("Q"):
        return int(year), 3 * int(part[1]) - 2, 3 * int(part[1])
    return int(year), int(part), int(part)


def _adjoining_days(periods: list[Period]) -> str | None:
    """Ranges of days each starting the day after the one before ends (``jan.-jun. 2023``, ``jul.-dec.
    2023``): the range from the first's start to the last's end, the year when that is 1 January to 31
    December; None when any is no range of days or a gap or overlap lies between two."""
    try:
        ranges = [tuple(date.fromisoformat(end) for end in p.key.split("/")) for p in periods]
    except ValueError:
        return None
    if any(len(r) != 2 for r in ranges):
        return None
    if any(b[0] != a[1] + timedelta(days=1) for a, b in zip(ranges, ranges[1:], strict=False)):
        return None  # a gap or an overlap between two ranges
    first, last = ranges[0][0], ranges[-1][1]
    if first.year == last.year and (first.month, first.day, last.month, last.day) == (1, 1, 12, 31):
        return str(first.year)
    return f"{first.isoformat()}/{last.isoformat()}"


def context_year(text: str) -> str | None:
    """The one year a heading or question names (``in 2022``), or None when it names none or several."""
    years = {m[0] for m in _YEAR_IN.finditer(text)}
    return years.pop() if len(years) == 1 else None
