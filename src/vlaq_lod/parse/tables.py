"""Tables of figures in an answer, in the layouts ministers use, read only where the reading is certain.

* periods as columns: a line of periods (`` 2018 2019 2020 2021``, ``2019-2020 2020-2021``, ``Q1 2022 Q2
  2022``, months; an optional leading heading and trailing ``Totaal``), then ``label v v v`` rows whose
  label may wrap over up to three lines; the header repeated after a page break continues the table;
* periods as rows: ``2019 869.341 48 87,2%`` lines under column headings; a heading may wrap over
  several lines, and headings are told apart by two or more spaces (or a tab) between them and by
  where they start on the line, so a wrapped second line joins the heading it sits under; the headings
  repeated after a page break continue the table;
* vertical lists: ``2014: 12 791 969 euro``, ``- in 2021: 1.204 aanvragen``, one period per line;
* one cell per line (what PDF extraction makes of many tables): ``Jaar`` / ``Aantal`` / ``2021`` /
  ``1.204`` / ..., or the periods first and then each row's label and cells, or headings one per line
  (the first naming the labels: ``Provincie``) and then each row's label and cells;
* tables without periods (per province, municipality or rank: ``Provincie  Aanvragen  Weigeringen``),
  one table per column, for the one year or school year the lines above or the question name; none:
  reported; a headerless ``Antwerpen 12,4%`` list after a lead-in ending in ``:`` is one as well;
* months or quarters as rows under years as columns: one series, ``januari`` under ``2022`` is 2022-01.

A vertical list prints no row label, so its one row is named after the answer part it sits in
(``antwoord 1``; ``antwoord`` outside numbered parts): that is what the minister answered with it,
and ``Table.answer_part`` lets the graph join it to the sub-question.

A row's cells are read by ``cells.read_row``: the column count must be met by exactly one reading,
so ``12 345`` is one number only when the count proves it. A row that fails is an ``Unread`` (the row as
printed and why), never a guess; so is a period no reader can place (a quarter without a year).
"""

from __future__ import annotations

import calendar
import itertools
import re
import unicodedata
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, replace
from datetime import date
from decimal import Decimal
from functools import cache, lru_cache, partial

from ..model import Figure, Scale, Span, Table, TableRow, Unread
from . import aligned
from .cells import LabelNumberError, Reading, RowError, cell_length, ends_in_cell, is_cell, rank_of, read_row
from .delimited import undelimited
from .lines import Line, Spans, collapse, part_text
from .lists import BULLET, COUNTED_WORTH, SENTENCE_BREAK, ListEntry, labelled_list, list_label, vertical_list
from .numbers import BRACKETED_NEGATIVE, figure_or_none, rounds_to
from .periods import (
    DATE_RANGE,
    DAY,
    MONTHS,
    PERIOD,
    TOTAL,
    YEAR_SO_FAR,
    Period,
    PeriodError,
    context_year,
    covering,
    is_total,
    month_number,
    read_period,
    season_in,
)
from .scales import scale_in, scaled, scaled_row
from .sentence_periods import first_period_named, names_time, period_asked
from .sentences import ends_in_hedge
from .table_context import (
    ANY_PERIOD,
    BRACKETED_LETTER,
    DIGIT,
    LETTER_MARK,
    MARKED_END,
    MARKER,
    MAX_ENTRY_TOKENS,
    ONE_PERIOD,
    PAGE_NUMBER,
    SCHOOL_YEAR_KEY,
    SELF_NOTE,
    STOPS,
    YEAR_IN_LINE,
    YEARS_IN_KEY,
    Context,
    Found,
    cell_figure,
    lead_year,
    report_periods,
    without_page_footers,
)
from .table_notes import (
    FOOTNOTE_LINE,
    MAX_FOOTNOTE_LINES,
    bracketed_figures,
    corrected_cells,
    defined_years,
    each_years_day_above,
    first_part_above,
    footnoted_periods,
    footnoted_rows,
    footnotes,
    header_lines,
    narrowed_above,
    noted_measure,
    rows_overlap,
    text_above,
    unnoted_letters,
    unnoted_marks,
    whole_note,
)

# A last column that is no period (a change, a share): its figures are reported, the periods' are read.
# "Δ" (or the increment sign "∆"): a column of differences, as "Verschil"
_OTHER_COLUMNS = ("evolutie", "verschil", "groei", "stijging", "wijziging", "\u0394", "\u2206", "aandeel",
                  "%", "trend")  # "Trend": arrows (numbers.ARROW), never a figure
_HEADER_MARKER = rf"(?:{MARKER}|[ \t]+{SELF_NOTE})"
_SELF_NOTED_END = re.compile(rf"\d[ \t]+{SELF_NOTE}$", re.IGNORECASE)
# a header's period, a day or a range of days too: see _header_periods
_HP = rf"(?:{DATE_RANGE}|{DAY}|{ANY_PERIOD})"
# "Verschil 2023-2022", "Δ 2024/2023": a change between two years, each a column of the header (else it is
# reported)
_CHANGE_YEARS = r"(?:19|20)\d\d[ \t]*[-–/][ \t]*(?:19|20)\d\d"
# its unit may follow: "Evolutie (%)", "Evolutie (ppt)" (percentage points)
_OTHER = (rf"(?:{'|'.join(_OTHER_COLUMNS)})(?:[ \t]+t\.o\.v\.[ \t]+{ANY_PERIOD}|[ \t]+{_CHANGE_YEARS})?"
          r"(?:[ \t]*\((?:%|‰|ppt|pp|%-punt)\))?")
_OTHER_RE = re.compile(_OTHER, re.IGNORECASE)
_HEADER = re.compile(  # a period may be marked: "2023*" over provisional figures ("* voorlopige cijfers")
    rf"(?P<label>(?:\(?[^\W\d][^ \t]*[ \t]+){{0,3}}?)(?P<periods>{_HP}{_HEADER_MARKER}?"
    rf"(?:[ \t]+{_HP}{_HEADER_MARKER}?)*)"
    rf"(?:[ \t]+(?:(?P<total>(?:algemeen[ \t]+)?tota(?:a)?l)(?: (?P<total_year>(?:19|20)\d\d))?"
    r"|(?:[ \t]{2,}|\t)(?P<whole>jaar)))?"
    rf"(?:[ \t]+(?P<extra>{_OTHER}(?:(?:[ \t]{{2,}}|\t){_OTHER})?))?",  # "Verschil   Evolutie (%)": two
    re.IGNORECASE)  # a Totaal column is one word: "Totaal Evolutie" is two columns; "Totaal 2023" (one
# space) names the year it covers, checked against the periods before it (``_total_year``); "Jaar" after
# the four quarters or twelve months of one year is that year's own figure (``_whole_year``)
_NUMBERS_AFTER_WORDS = re.compile(r"[^\d]+?(?:[ \t]+[\d.,]+)+[ \t]*")  # "Lichaamsverzorging 4 505 4 8124 933"
_ENDS_IN_NUMBER = re.compile(r"[ \t]\d[\d.,]*[ \t]+\d[\d.,]*[ \t]*$")  # "... 4 505": two numbers in the label
# "Overnachtingen (x 1.000)": a scale after the labels' heading word, no period; the cells are read as
# printed, as under a scale said above the table ("(x 1.000 euro)")
_SCALE_IN_LABEL = re.compile(r"(?<=[^\W\d])[ \t]+\(x[ \t]?1\.000\)(?=[ \t]{2,}|\t)", re.IGNORECASE)
# "(in miljoen euro)   2019   2020": the scale statement in the labels' own heading cell, no period; read as
# its words, so the header is one of periods (the scale itself is read from the header lines, ``scaled``)
_SCALE_HEADING = re.compile(r"\((?:bedragen[ \t]+)?(in[ \t]+[^()\d]+)\)(?=[ \t]{2,}|\t)", re.IGNORECASE)
_UNIT_OF_HEADER = {"%": "percent", "euro": "EUR", "€": "EUR"}
_UNIT_AFTER_PERIOD = re.compile(r"(?<=\d)[ \t]*\((%|euro|€)\)", re.IGNORECASE)
# "2021 (x 1.000)  2022 (x 1.000)": the same scale after every period; the cells are scaled by the header's
# statement (scales.scaled), the periods read without it
_SCALE_AFTER_PERIOD = re.compile(r"(?<=\d)[ \t]*\(x[ \t]?1\.000\)", re.IGNORECASE)
# "2023 (kg)  2024 (kg)": the same unit of weight after every period, a quantity (no amount nor share): the
# periods read without it
_WEIGHT_AFTER_PERIOD = re.compile(r"(?<=\d)[ \t]*\((kg|ton)\)", re.IGNORECASE)
# "Prijs 2024 (€/kg)" after "2023 (kg)  2024 (kg)": a last column of a price per unit for one of the periods
_PRICE_LAST = re.compile(r"(?P<rest>.*\S)(?:[ \t]{2,}|\t)"
                         r"(?P<name>prijs[^\d\t]{0,30}?[ \t]+(?:19|20)\d\d)[ \t]*"
                         r"\((?:€|euro)[ \t]*/[ \t]*[^\W\d]+\)", re.IGNORECASE)
PRICE_COLUMN = "a column of prices per unit: a price, not published"
# "VTE 2021  VTE 2022": a unit printed before each period, in a cell of its own (a gap before it)
_UNITS_BEFORE = ("VTE", "FTE", "aantal", "koppen", "%", "euro", "EUR", "€", "k€", "ha", "hectare", "km",
                 "ton")
# one space before the period: "Aantal  2021" heads the labels
_UNIT_BEFORE_PERIOD = re.compile(
    rf"(?:^|(?<=[ \t]{{2}})|(?<=\t))(?P<unit>{'|'.join(_UNITS_BEFORE)})"
    rf" (?={ANY_PERIOD}{MARKER}?(?:[ \t]{{2,}}|\t|$))", re.IGNORECASE)
# "Provincie  schooljaar 2019-2020  schooljaar 2020-2021": the word school year printed in each cell before
# its two years, read as "2019-2020" alone is (a school year); only before two years, in every period's cell.
# "sj. 2021-22": the word's abbreviation (schooljaar), read the same
_SCHOOL_YEAR_BEFORE = re.compile(
    r"(?:^|(?<=[ \t]{2})|(?<=\t))(?:(?:school|academie)jaar|sj\.) (?=(?:19|20)\d\d[-/](?:(?:19|20)\d\d|\d\d)"
    rf"{MARKER}?(?:[ \t]{{2,}}|\t|$))", re.IGNORECASE)
# "Provincie  Per 31/12/2022  Per 31/12/2023": the word a stock's day is counted on printed in each cell
# before its day, read as the day alone is (a stock day); only before a day, in every period's cell
_DAY_WORD_BEFORE = re.compile(rf"(?:^|(?<=[ \t]{{2}})|(?<=\t))(?:per|op|stand[ \t]+(?:op|per)) "
                              rf"(?={DAY}{MARKER}?(?:[ \t]{{2,}}|\t|$))", re.IGNORECASE)
_DAYS = re.compile(DAY, re.IGNORECASE)
# "EU-SILC 2021  EU-SILC 2022": the survey named in each cell before its year, the survey's year the column's
# period (its incomes may be of the year before, as a lead-in says: the year printed is the survey's, typed
# as printed); only before a year, in every period's cell. "Studie 2016  Studie 2020": the year a survey
# ran (a study measured every four years), its column's period as printed
_SURVEY_BEFORE = re.compile(r"(?:^|(?<=[ \t]{2})|(?<=\t))(?:(?:EU-)?SILC|Studie) (?=(?:19|20)\d\d(?![-/\d])"
                            rf"{MARKER}?(?:[ \t]{{2,}}|\t|$))")
# "Realisatie 2021  Realisatie 2022  BA 2023  BO 2024": each period's cell says whether its column was
# realised or is a budget still planned (aangepaste begroting, begrotingsopmaak, a raming; "Initiële
# begroting 2024"): the realised columns are read, the planned ones never published
_BUDGET_KINDS = ("realisatie", "gerealiseerd", "uitvoering", "BA", "BO", "begroting", "raming",
                 "meerjarenraming", "begrotingsopmaak")
_BUDGET_BEFORE_PERIOD = re.compile(
    rf"(?:^|(?<=[ \t]{{2}})|(?<=\t))(?:(?:initi[eë]le|aangepaste) )?(?P<kind>{'|'.join(_BUDGET_KINDS)})"
    rf" (?={ANY_PERIOD}(?:[ \t]{{2,}}|\t|$))",
    re.IGNORECASE)
# "2025 (begroting)", "2024 (raming)": the kind printed in brackets after the period, read as before it
_BUDGET_AFTER_PERIOD = re.compile(
    rf"(?:^|(?<=[ \t]{{2}})|(?<=\t))(?P<period>{ANY_PERIOD})[ \t]*\((?P<kind>{'|'.join(_BUDGET_KINDS)})\)"
    rf"(?=[ \t]{{2,}}|\t|$)", re.IGNORECASE)
_REALISED = ("realisatie", "gerealiseerd", "uitvoering")
_SO_FAR_END = re.compile(rf"(?:{PERIOD})$", re.IGNORECASE)
_ONE_HEADER_PERIOD = re.compile(rf"({_HP})({_HEADER_MARKER})?", re.IGNORECASE)
_GAP = re.compile(r"[ \t]{2,}|\t")
_A_YEAR = re.compile(r"(?:19|20)\d\d")  # a year, as a period's key or a cell prints it
# "schooljaar 2019-2020  1 206  9 412": a row's school year may print the word before its two years (read as
# "2019-2020" alone is); before two years only
_SCHOOL_YEAR_WORD = r"(?:(?:school|academie)jaar[ \t]+(?=(?:19|20)\d\d[-/](?:(?:19|20)\d\d|\d\d)(?!\d)))?"
_PERIOD_START = re.compile(rf"{_SCHOOL_YEAR_WORD}(?:{DATE_RANGE}|{ANY_PERIOD})(?=[ \t])", re.IGNORECASE)
# A period row starts with its period (a range of days too, or Totaal), perhaps marked: "2022 (1)" marks every
# figure of the row.
_ROW_START = re.compile(
    rf"{_SCHOOL_YEAR_WORD}(?P<period>{DATE_RANGE}|{ANY_PERIOD}|{TOTAL})(?:[ \t]*(?P<marker>{MARKER})|"
    rf"(?P<letter>{LETTER_MARK}|{BRACKETED_LETTER}))?"
    r"(?=[ \t])", re.IGNORECASE)
# "Jaargemiddelde  82,3  81" as the last row under the months of one year: each column's average of that year
# ("Maandgemiddelde  42.252": the same mean per month, read under months only; a Totaal row may follow it)
_AVERAGE_ROW = re.compile(rf"(?P<period>(?:jaar|maand)?gemiddelde?)(?:[ \t]*(?P<marker>{MARKER}))?(?=[ \t])",
                          re.IGNORECASE)
_NUMBER_LIKE = re.compile(r"[+\-\u2212]?[\d.,]*\d[\d.,]*%?")  # "3.1", "2,5.0": meant as a figure
_SCHOOL_YEAR_HEADING = re.compile(_SCHOOL_YEAR_WORD, re.IGNORECASE)  # "Schooljaar 2021-2022": "2021-2022"
_STARTS = re.compile(rf"{BULLET}{_SCHOOL_YEAR_WORD}(?:{ANY_PERIOD}|{DATE_RANGE})", re.IGNORECASE)
_TAIL_WORDS = ("taal", "tal", "kwartaal", "kw", "jaar", *MONTHS, "jan", "feb", "mrt", "apr", "jun", "jul",
               "aug", "sep", "sept", "okt", "nov", "dec", *_OTHER_COLUMNS, "\u03b4")  # "kw": "4de kw."
_CELL = re.compile(r"[^ \t]+(?: [^ \t]+)*")  # a heading cell: words separated by single spaces
_PERIOD_WORDS = ("jaar", "periode", "schooljaar", "academiejaar", "werkjaar", "maand", "kwartaal", "jaartal")
_MAX_LABEL_LINES = 2  # continuation lines a wrapped row label may take before its figures
_MAX_HEADING_LINES = 4
_MAX_WRAPPED_HEADING_LINES = 9  # "Schooljaar" and two or three headings of up to three lines each
# one cell per line: the labels' heading and four headings of up to three lines each, and the first label
_MAX_CELL_HEADING_LINES = 14
_MAX_COLUMNS = 40  # no printed table is wider; a "row" of thousands of numbers is refused before it costs


@dataclass(frozen=True)
class Tables:
    """What one answer part's lines hold: the tables read, and the rows that could not be read."""

    tables: tuple[Table, ...]
    unread: tuple[Unread, ...]


# A line without cells right under a row that opens in lower case or with a bracket goes on with that row's
# label ("Kanselarij, Bestuur, Buitenlandse Zaken  5,8%  ..." / "en Justitie", "Export  326.412 ..." /
# "(miljoen euro)"): a label's own first line opens with a capital, never with "en" or a unit in brackets.
# Not a sub-part's label ("b) Van de wachtenden ...") nor a note's marker ("(-) cijfer niet beschikbaar",
# "(1)"), nor a line with digits (prose under the table).
_LABEL_GOES_ON = re.compile(r"\s*(?:[a-zà-ÿ](?![a-z]?\))|\((?=[^\W\d_]))[^\d]*$")


# "Gemeenschap)" under "PC 329.01 (socio-culturele sector, Vlaamse  4.118  4.206": the rest of a bracket the
# row's label left open, no digit in it; a capital does not make it the next row's label
_CLOSING_REST = re.compile(r"\s*[^\d()]+\)[^\d()]*")


def _closes_bracket(label: str, text: str) -> bool:
    """Whether ``text`` closes the bracket the row's ``label`` left open, and prints no figure."""
    return label.count("(") > label.count(")") and ")" in text and _CLOSING_REST.fullmatch(text) is not None


def _label_goes_on(row: TableRow, line: Line, spans: Spans, changes: dict[str, Figure]) -> TableRow:
    """``row`` with ``line`` appended to its label (and the change column's figure kept under it)."""
    label = join_wrapped([row.label, line.text])
    if row.label in changes:
        changes[label] = changes.pop(row.label)
    return replace(row, label=label, span=spans.span(row.span.start, line.end), total=is_total(label))


# "Kleuter-" / "onderwijs", "beschermings-" / "mechanisme": a word broken at the line's end, its hyphen the
# break's (held-out 927 published "Kleuter-onderwijs"); not after a letter or an acronym ("e-" / "mail",
# "KMO-" / "portefeuille"), nor before a capital ("Oost-" / "Vlaanderen") or a conjunction ("zorg-" / "en
# welzijnssector"), where the hyphen is the word's own
_BROKEN_WORD = re.compile(r"[a-zà-ÿ]{3,}-$")
_CONJUNCTIONS = ("en", "of", "tot")


def join_wrapped(pieces: Sequence[str]) -> str:
    """Join a label or heading wrapped over lines: ``e-`` + ``mail`` is ``e-mail``, not ``e- mail``, and a
    word broken at a line's end is whole again (``Kleuter-`` + ``onderwijs`` is ``Kleuteronderwijs``)."""
    out = ""
    for piece in (collapse(p) for p in pieces):
        if not piece:
            continue
        if out.endswith("-") and piece[:1].isalpha() and piece.split()[0] not in _CONJUNCTIONS:
            broken = _BROKEN_WORD.search(out) and piece[:1].islower()
            out = f"{out[:-1]}{piece}" if broken else f"{out}{piece}"
        else:
            out = f"{out} {piece}".strip()
    return out


@dataclass(frozen=True)
class _Header:
    label: str
    periods: list[Period]
    markers: list[str | None]  # a column's footnote marker ("2023*"), given to each of its figures
    total: bool  # a Totaal column follows the periods
    extra: str | None  # the name of a last column that is no period (or two: "Verschil  Evolutie (%)")
    units: list[str | None]  # a column's unit printed in its header ("2021 (%)"), given to its figures
    named: tuple[str, str] | None = None  # a last column of another measure for one of the periods
    planned: str | None = None  # a first column of a target or norm ("Doelstelling"): read, never published
    plans: tuple[bool, ...] = ()  # per period, a planned budget's column ("BA 2023"): read, never published
    measures: tuple[str, ...] = ()  # the names each period spans ("2022 aantal  2022 bedrag"), in order
    whole: bool = False  # the last period is a "Jaar" column: the whole year of the quarters or months before
    # a first column of the mean per year over a span ("Gem. 2019-2021"): its name and the span's key
    average: tuple[str, str] | None = None
    total_first: bool = False  # the Totaal column printed before the periods ("Totaal 2022-2024  2022 ...")


# "2022 aantal  2022 bedrag  2023 aantal  2023 bedrag": a year and a measure's name in each cell
_YEAR_MEASURE_CELL = re.compile(r"((?:19|20)\d\d) ([^\W\d][^\d\t]{0,30})", re.IGNORECASE)


def _year_measure_cells(text: str) -> tuple[str, tuple[str, ...]] | None:
    """A header whose cells each print a year and a measure (``Provincie  2022 aantal  2022 bedrag  2023
    aantal  2023 bedrag``), every year over the same k >= 2 names in the same order: the header of its
    years alone and those names (the layout of ``2022`` over ``aantal  bedrag``); None for any other."""
    cells = _GAP.split(text.strip())
    label = [] if _YEAR_MEASURE_CELL.fullmatch(cells[0]) else cells[:1]
    pairs = [_YEAR_MEASURE_CELL.fullmatch(cell) for cell in cells[len(label):]]
    if len(pairs) < 4 or not all(pairs):
        return None
    years = list(dict.fromkeys(m[1] for m in pairs if m))
    names = tuple(m[2] for m in pairs[: len(pairs) // len(years)] if m)
    expected = [(year, name.lower()) for year in years for name in names]
    if len(names) < 2 or len(set(names)) != len(names) \
            or [(m[1], m[2].lower()) for m in pairs if m] != expected:
        return None
    return "  ".join([*label, *years]), names


# "Instroom 2022  In behandeling op 31/12/2022": each cell a different measure's name before its own time, a
# flow over a year beside a stock on a day; the names tell the flow from the stock, so a year and a day may
# head columns side by side (the measures under each, "dossiers  personen", are on the next line)
_MEASURE_TIME_CELL = re.compile(r"([^\W\d][^\d\t]{0,30}?)[ \t]+(?:op[ \t]+)?((?:19|20)\d\d|"
                                r"(\d{1,2})[/.](\d{1,2})[/.]((?:19|20)\d\d))", re.IGNORECASE)


def _flow_and_stock_cells(text: str) -> str | None:
    """A header of cells that each print a measure's name and its time, the names all different and the
    times a year and a day (``Instroom 2022  In behandeling op 31/12/2022``): the header of those times alone,
    days in words; None for any other line (``VTE 2021  VTE 2022``, times of one kind)."""
    pairs = [_MEASURE_TIME_CELL.fullmatch(cell) for cell in _GAP.split(text.strip())]
    if len(pairs) < 2 or not all(pairs):
        return None
    names = {m[1].lower() for m in pairs if m}
    days = [m for m in pairs if m and m[3]]
    if len(names) != len(pairs) or not days or len(days) == len(pairs) \
            or any(not 1 <= int(m[4]) <= 12 for m in days):
        return None
    return "  ".join(f"{int(m[3])} {MONTHS[int(m[4]) - 1]} {m[5]}" if m[3] else m[2]
                     for m in pairs if m)


# "Slaapplaatsen 2024" after "2022  2023  2024": a last column, set apart by a gap, of another measure
_NAMED_LAST = re.compile(rf"(?P<rest>.*\S)(?:[ \t]{{2,}}|\t)(?P<name>[^\W\d][^\d\t]{{0,40}}?)"
                         rf"[ \t]+(?P<period>{ANY_PERIOD})", re.IGNORECASE)
# "2023 per 100.000 inwoners" after "2022  2023": a last column, set apart by a gap, of a rate for a period
_RATE_LAST = re.compile(rf"(?P<rest>.*\S)(?:[ \t]{{2,}}|\t)(?P<period>{ANY_PERIOD})[ \t]+"
                        r"(?P<name>per[ \t]+1(?:0{0,2})\.000[ \t]+[^\W\d][^\d\t]{0,30}?)", re.IGNORECASE)
_PLANNED = re.compile(r"doel|streef|raming|prognose|begro|verwacht|gepland|plan|beoogd|voorzien|norm",
                      re.IGNORECASE)


def _named_last(text: str, ctx: Context) -> _Header | None:
    """``Type logies  2022  2023  2024  Slaapplaatsen 2024``: periods, then one column of another measure,
    named and dated in its cell, for a period the header already shows (the stock it names beside the
    counts). Not when the name is a plan or target (``Doelstelling 2024``) or the header has another last
    column: those headers stay unread. A rate may print its period first (``2022  2023  2023 per 100.000
    inwoners``): its base names the measure."""
    m = _NAMED_LAST.fullmatch(text) or _RATE_LAST.fullmatch(text)
    if m is None or _PLANNED.search(m["name"]) or is_total(m["name"]) or len(m["name"].split()) > 4:
        return None
    read = _header_periods(m["rest"], ctx)
    if read is None or read.extra or read.named or read.planned:
        return None
    period = read_period(m["period"], ctx.year_of).key
    if period not in [p.key for p in read.periods]:
        return None
    return replace(read, named=(m["name"].strip(), period))


def _may_end_header(text: str) -> bool:
    """A cheap first look for ``_HEADER`` and ``_NAMED_LAST``, slow regexes (``_HP`` at every word) tried on
    every row of every table: a line ending in a digit ends in a period only with a run of 4 digits (a year),
    2 (``2019-20``) or 1 (``Q1``, ``kwartaal 2``); 3 or 5 and more (``12.345``) end a figure. A ``%`` ends a
    header only as a column of its own (``2022  2023  %``), never glued onto a share (``97,8%``)."""
    if text[-1] == "%":
        return text[-2:-1] in (" ", "\t")
    k = len(text)
    while k and text[k - 1].isdecimal():  # what \d matches
        k -= 1
    return len(text) - k in (0, 1, 2, 4)


def _written(text: str, words: tuple[str, ...]) -> bool:
    """A cheap first look for a regex that ignores case and opens with one of ``words`` and a space
    (``_BUDGET_BEFORE_PERIOD``, ``_UNIT_BEFORE_PERIOD``): their look behind at every character cost as much
    as the rest of a header's reading, run on every row of every table. Text beyond ASCII is always
    looked at: there the regex matches letters ``str.lower`` does not map alike (``ı``, ``ſ``, ``İ``)."""
    if not text.isascii():
        return True
    return _spaced(words).search(text.lower()) is not None


@cache  # a few constant word lists
def _spaced(words: tuple[str, ...]) -> re.Pattern[str]:
    """Any of ``words`` in lower case and the one space after it, as ``_written`` looks for them: a plain
    alternation, whose first letters the regex engine skips to."""
    return re.compile("|".join(re.escape(f"{word.lower()} ") for word in words))


# "Brandstof / Jaar  2022  2023": a corner cell naming both axes, the rows' (fuel types) before the slash and
# the columns' after it (a period word), set apart from the first period by a column gap: the labels' heading
# is the first, the years the columns' periods
_CORNER = re.compile(rf"([^\W\d][^ \t/]*(?: [^\W\d][^ \t/]*){{0,2}})[ \t]*/[ \t]*"
                     rf"(?:{'|'.join(_PERIOD_WORDS)})(?=[ \t]{{2,}}|\t)", re.IGNORECASE)


# "Onderwijsvorm / finaliteit  2020-2021": the labels' heading names two kinds of row (the old forms, the new
# finalities), no period: read as one word, so the header's periods are read after it (offsets kept), when
# the rows print the second name too (``_names_rows``)
_TWO_NAMES = re.compile(r"([^\W\d][^ \t/]*(?: [^\W\d][^ \t/]*){0,2}) / "
                        r"([^\W\d][^ \t/]*(?: [^\W\d][^ \t/]*){0,2})"
                        r"(?=[ \t]{2,}|\t)")


def _names_rows(name: str, header: str, ctx: Context) -> bool:
    """Whether the second name of a labels' heading ``A / B`` names rows too: a line of the part other than
    the header prints it before its first column gap (``Doorstroomfinaliteit(b)`` under ``Onderwijsvorm /
    finaliteit``). Otherwise ``B`` may name the columns (``Brandstof / Regio`` over years: what the columns
    are, the header does not say)."""
    word = name.lower()
    return any(word in line.text.lower().split("  ")[0] and DIGIT.search(line.text)
               for line in ctx.lines if line.text != header)


def _header_periods(text: str, ctx: Context, year: Callable[[], str | None] | None = None,
                    stocks_beside_flows: bool = False) -> _Header | None:
    """The period header a line is, or None for another line. Raises ``PeriodError`` for a header
    whose periods cannot be placed in time (``year`` gives a bare month's year, the context's by default).
    A unit after each period (``2021 (%)``) is the unit of its column's figures; a last column of another
    measure for one of the periods (``_named_last``)."""
    if not text:
        return None  # a blank line (a block's lead-in two lines up may be one)
    if "em" in text and (mean := _AVERAGE_FIRST.match(text)):  # "Provincie  Gem. 2019-2021  2022  2023"
        return _average_first(text, mean, ctx, year)
    if ("taal" in text or "TAAL" in text) and (first := _TOTAL_FIRST.match(text)):
        return _total_first(text, first, ctx, year)  # "Provincie  Totaal 2022-2024  2022  2023  2024"
    if (split := _year_measure_cells(text)) is not None:
        read = _header_periods(split[0], ctx, year)
        return None if read is None or read.total or read.extra else replace(read, measures=split[1])
    if (times := _flow_and_stock_cells(text)) is not None:
        return _header_periods(times, ctx, year, stocks_beside_flows=True)
    if "/" in text and (corner := _CORNER.match(text)):  # "Brandstof / Jaar  2022  2023": see _CORNER
        text = corner[1] + " " * (corner.end() - corner.end(1)) + text[corner.end():]
    elif "/" in text and (two := _TWO_NAMES.match(text)) and _names_rows(two[2], text, ctx):
        joined = f"{two[1]}/{two[2]}"  # "Onderwijsvorm / finaliteit  2020-2021": both name the rows
        text = joined + " " * (two.end() - len(joined)) + text[two.end():]
    if "(x" in text:  # "Overnachtingen (x 1.000)  2019  2020": the labels' cell names the cells' scale
        text = _SCALE_IN_LABEL.sub("", text, count=1)
    if "(x" in text and len(scales := _SCALE_AFTER_PERIOD.findall(text)) > 1:
        text = _SCALE_AFTER_PERIOD.sub("", text)  # "2021 (x 1.000)  2022 (x 1.000)": see _SCALE_AFTER_PERIOD
        if "(x" in text or len(scales) != len(_PERIOD_CELL.findall(text)):
            return None  # a scale over some periods only: which columns are in thousands?
    if text[:1] == "(" and (heading := _SCALE_HEADING.match(text)) and scale_in(heading[0]) is not None:
        text = heading[1] + text[heading.end():]
    original = text
    units = [_UNIT_OF_HEADER[u.lower()] for u in _UNIT_AFTER_PERIOD.findall(text)] if "(" in text else []
    if units:
        text = _UNIT_AFTER_PERIOD.sub("", text)
    weights = [w.lower() for w in _WEIGHT_AFTER_PERIOD.findall(text)] if "(" in text else []
    if weights:
        if len(set(weights)) > 1:
            return None  # "2023 (kg)  2024 (ton)": one series in two units
        text = _WEIGHT_AFTER_PERIOD.sub("", text)
    if text[-1] == ")" or ")  " in text or ")\t" in text:  # "2025 (begroting)": as "begroting 2025"
        text = _BUDGET_AFTER_PERIOD.sub(lambda m: f"{m['kind']} {m['period']}", text)
    kinds = [m["kind"].lower() for m in _BUDGET_BEFORE_PERIOD.finditer(text)] \
        if _written(text, _BUDGET_KINDS) else []
    realised_before = _plans_last(text, kinds)
    if kinds:
        text = _BUDGET_BEFORE_PERIOD.sub("", text)
    before = {m["unit"].lower() for m in _UNIT_BEFORE_PERIOD.finditer(text)} \
        if _written(text, _UNITS_BEFORE) else set()
    if before:  # "VTE 2021  VTE 2022": the same unit over every period, the column's unit if it has one
        marked = len(_UNIT_BEFORE_PERIOD.findall(text))
        text = _UNIT_BEFORE_PERIOD.sub("", text)
    if ("jaar " in text or "j. " in text) and (school := len(_SCHOOL_YEAR_BEFORE.findall(text))):
        text = _SCHOOL_YEAR_BEFORE.sub("", text)
        if school != len(_PERIOD_CELL.findall(text)):
            return None  # "schooljaar 2019-2020  2021": is 2021 a year or a school year's start?
    if ("SILC " in text or "Studie " in text) and (surveys := len(_SURVEY_BEFORE.findall(text))):
        text = _SURVEY_BEFORE.sub("", text)
        if surveys != len(_PERIOD_CELL.findall(text)):
            return None  # "EU-SILC 2021  2022": a survey's year beside a calendar year?
    if ("er " in text or "p " in text) and (on_day := len(_DAY_WORD_BEFORE.findall(text))):
        text = _DAY_WORD_BEFORE.sub("", text)
        if on_day != len(_DAYS.findall(text)):
            return None  # "Per 31/12/2022  31/12/2023": is the second a stock day too?
    if not _may_end_header(text):
        return None  # a row of figures ("Antwerpen  12.345  13.456"), checked against every header reading
    m = _HEADER.fullmatch(text)
    if m is None and (price := _PRICE_LAST.fullmatch(text)) and not units and not before:
        named = _named_last(f"{price['rest']}  {price['name']}", ctx)  # reported, never published
        if named is None or named.named is None or (weights and len(weights) != len(named.periods)):
            return None
        return replace(named, named=(f"{named.named[0]} (prijs)", named.named[1]))
    if m is None:
        last = text[-1].isdigit() or _RATE_BASE.search(text)  # "Slaapplaatsen 2024", "2023 per 1.000 ..."
        if units == ["percent"] and not before and last and (raw := _UNIT_AFTER_PERIOD.search(original)) \
                and raw.end() == len(original):  # "Digitaal 2022 (%)": the named column's unit
            named = _named_last(text, ctx)  # not a change's column (Evolutie 2022 (%)): no level of its year
            if named is None or named.named is None or _NO_MEASUREMENT.search(named.named[0]):
                return None
            return replace(named, named=(f"{named.named[0]} (%)", named.named[1]))
        return _named_last(text, ctx) if not units and not before and last else None
    abbreviated = text[-1] == "." and m.end("periods") == len(text)  # "jan.  feb.  mrt.": no sentence's end
    if ((label := m["label"].strip()) and label[-1] in STOPS) or (text[-1] in STOPS and not abbreviated):
        return None
    heads = _GAP.split(label)
    planned = heads[1] if len(heads) == 2 and _PLANNED.search(heads[1]) else None  # "Net  Doelstelling  2019"
    pieces = _ONE_HEADER_PERIOD.findall(m["periods"])
    if len(pieces) + bool(m["total"]) < 2 or len(pieces) > _MAX_COLUMNS:
        return None
    periods = [read_period(p, year or ctx.year_of) for p, _ in pieces]  # a PeriodError: the caller reports
    if m["whole"] and (year is not None or (periods := _whole_year(periods)) is None):
        return None  # "Jaar" beside months of a stand-in year, or beside no whole year's parts
    _no_span_of_columns(periods)
    _total_year(m["total_year"], periods)
    _no_new_year(periods)
    _change_between_columns(m["extra"], periods)
    if any(p.kind == "day" for p in periods) and not stocks_beside_flows and not _stock_days(label, periods):
        return None
    if units and len(units) != len(pieces):
        return None  # "2021 (%)  2022": which columns are in %?
    if weights and len(weights) != len(pieces):
        return None  # "2023 (kg)  2024": which columns are in kg?
    if realised_before and realised_before + len(kinds) == len(pieces) \
            and all(p.kind == "year" for p in periods) \
            and min(p.key for p in periods[realised_before:]) > max(p.key for p in periods[:realised_before]):
        kinds = ["realisatie"] * realised_before + kinds  # "2022  2023  Begroting 2025": see _plans_last
    plans = tuple(kind not in _REALISED for kind in kinds)
    if kinds and (len(kinds) != len(pieces) or all(plans) or m["total"] or m["extra"] or planned):
        return None  # "Realisatie 2021  2022": is 2022 realised? A Totaal over plans and realisations?
    if before:
        if units or len(before) > 1 or marked != len(pieces):
            return None  # "VTE 2021  2022", "VTE 2021  Koppen 2022": which columns count what?
        units = [_UNIT_OF_HEADER.get(before.pop())] * len(pieces)
    whole = [None] if m["whole"] else []
    return _Header(heads[0] if planned else label, periods,
                   [*(marker.strip() or None for _, marker in pieces), *whole],
                   bool(m["total"]), m["extra"], [*(units or [None] * len(pieces)), *whole], planned=planned,
                   plans=plans, whole=bool(m["whole"]))


def _span_first(name: str) -> re.Pattern[str]:
    """A header whose first column after the labels' heading is ``name`` over a span of years (the labels'
    heading, a gap, the column's cell, a gap)."""
    return re.compile(rf"(?P<label>[^\W\d][^\d\t]*?)(?:[ \t]{{2,}}|\t)(?P<name>{name})[ \t]+"
                      r"(?P<span>(?:19|20)\d\d[ \t]*[-\u2013][ \t]*(?:19|20)\d\d)(?=[ \t]{2,}|\t)",
                      re.IGNORECASE)


def _without_first(text: str, first: re.Match[str]) -> str:
    """The header with its first column after the labels' heading blanked, the others where they were."""
    return f"{first['label']}{' ' * (first.end() - first.end('label'))}{text[first.end():]}"


# "Provincie  Gem. 2019-2021  2022  2023": a first column of the mean per year over a span of years before the
# years of the other columns (the labels' heading, a gap, the average's cell, a gap)
_AVERAGE_FIRST = _span_first(r"gem\.|gemiddeld(?:e)?")


def _average_first(text: str, mean: re.Match[str], ctx: Context, year: Callable[[], str | None] | None
                   ) -> _Header | None:
    """The header ``Provincie  Gem. 2019-2021  2022  2023``: the years after the first column, that column
    the mean per year over its span (``average``: its name and the span's key), read only when the span is
    one of three years or more (``2021-2022`` may be a school year) that ends before the first year after
    it, and the rest is a header of years alone (no Totaal nor other columns: what would they cover?)."""
    span = read_period(mean["span"], ctx.year_of)
    read = _header_periods(_without_first(text, mean), ctx, year)
    if span.kind != "span" or read is None or read.total or read.extra or read.named or read.planned \
            or read.measures or read.whole or any(p.kind != "year" for p in read.periods) \
            or int(span.key[-4:]) >= int(read.periods[0].key):
        return None
    return replace(read, average=(f"{mean['name']} {mean['span']}", span.key))


# "Provincie  Totaal 2022-2024  2022  2023  2024": a Totaal column over a span of years printed before the
# years it adds up (the labels' heading, a gap, the Totaal's cell, a gap)
_TOTAL_FIRST = _span_first(r"(?:algemeen[ \t]+)?tota(?:a)?l")


def _total_first(text: str, first: re.Match[str], ctx: Context, year: Callable[[], str | None] | None
                 ) -> _Header | None:
    """The header ``Provincie  Totaal 2022-2024  2022  2023  2024``: a Totaal column before the years it
    adds up, read only when its span is exactly the years after it, one after another, and the rest is a
    header of years alone (no other Totaal, plan or extra column: what would each cover?); then its figures
    are checked as each row's sum, as a Totaal column after the years is (sample 1300 left the table
    unread, and its wrong Totaal unflagged)."""
    read = _header_periods(_without_first(text, first), ctx, year)
    if read is None or read.total or read.extra or read.named or read.planned or read.average \
            or read.measures or read.whole or any(p.kind != "year" for p in read.periods):
        return None
    years = [int(p.key) for p in read.periods]
    ends = [int(y) for y in YEARS_IN_KEY.findall(first["span"])]
    if years != list(range(years[0], years[0] + len(years))) or ends != [years[0], years[-1]]:
        return None
    return replace(read, total=True, total_first=True)


def _plans_last(text: str, kinds: Sequence[str]) -> int:
    """How many bare years a header prints before its last columns, when those columns alone name a kind of
    budget and every one is a plan (``2022  2023  2024  Begroting 2025``): the bare years are then what was
    spent (the caller checks that each plan's year comes after them), the plans read but never published;
    0 for any other header (``Realisatie 2021  2022``: is 2022 realised too?)."""
    if not kinds or any(kind in _REALISED for kind in kinds):
        return 0
    first = next(_BUDGET_BEFORE_PERIOD.finditer(text))
    bare = _PERIOD_CELL.findall(text[:first.start()])
    return len(bare) if bare and len(_PERIOD_CELL.findall(text[first.start():])) == len(kinds) else 0


def _whole_year(periods: list[Period]) -> list[Period] | None:
    """The periods of a header whose last column is ``Jaar`` (``Radionet  1ste kw.  2de kw.  3de kw.  4de kw.
    Jaar``), that column's year added: the year's own figure (a count's sum, a share's average over the year),
    read only after every quarter or month of one year in order (``_average_year``), never after a part of
    it (the year so far?) nor after years (a column of what?)."""
    year = _average_year(periods)
    return None if year is None else [*periods, read_period(year, lambda: year)]


def _no_span_of_columns(periods: Sequence[Period]) -> None:
    """Raises ``PeriodError`` for a two-year column whose years head columns of their own (``2021  2022
    2021-2022``): it compares or adds them up (``+61%``), no school year nor span of its own."""
    years = {p.key for p in periods if p.kind == "year"}
    for period in periods:
        ends = YEARS_IN_KEY.findall(period.key)  # "schooljaar-2021-2022", "2019-2021"
        if period.kind in ("school-year", "span") and {ends[0], ends[-1]} <= years:
            raise PeriodError(f"{period.printed!r} beside columns of its years compares or adds them up: no "
                              "period of its own")


def _total_year(printed: str | None, periods: Sequence[Period]) -> None:
    """Raises ``PeriodError`` for a ``Totaal 2023`` column after periods that do not make up 2023 (``Q1 2023
    Q2 2023  Totaal 2023``: the year so far, or a year's total beside part of it?): the year a total names
    must be the one its columns cover, or what it adds up is unsure."""
    if printed is not None and covering(list(periods)) != printed:
        raise PeriodError(f"'Totaal {printed}' is not the total of the columns before it")


def _no_new_year(periods: Sequence[Period]) -> None:
    """Raises ``PeriodError`` for months or quarters printed without their year that go back in the year
    (``okt.  nov.  dec.  jan.  feb.``): they run over New Year, so one year given to all of them (the
    heading's, the question's) is wrong for some. Blocks of the same periods (``jan.  feb.  jan.  feb.``
    under two measures) repeat, and are left to their layout."""
    bare = [p for p in periods if p.kind in ("month", "quarter") and not YEARS_IN_KEY.search(p.printed)]
    keys = [p.key for p in bare]
    if len(set(keys)) == len(keys) and any(b.order <= a.order for a, b in itertools.pairwise(bare)):
        raise PeriodError(f"{bare[0].printed!r} to {bare[-1].printed!r} run over New Year, and no year is "
                          "printed with them")


def _change_between_columns(extra: str | None, periods: Sequence[Period]) -> None:
    """Raises ``PeriodError`` for a last column of changes between two years (``Verschil 2023-2022``) when
    either year heads no column of its own: a change from a year the table does not show cannot be told
    from a sum over a span, so the table is reported. Between two of its columns it is a change, no period:
    that column alone is reported, the years' columns are read."""
    years = {p.key for p in periods if p.kind == "year"}
    for pair in re.findall(_CHANGE_YEARS, extra or ""):
        if not set(YEARS_IN_KEY.findall(pair)) <= years:
            raise PeriodError(f"{pair!r} in the header's last column compares years that head no columns: "
                              "a change or a span, not read")


_ISO_DAY = re.compile(r"(?:19|20)\d\d-\d\d-\d\d")  # "2023-06-30": a day as a database prints it


def _stock_days(label: str, periods: Sequence[Period]) -> bool:
    """Days as column headers are stocks counted on the same day of different years (``Provincie  1 januari
    2023  1 januari 2024``), under one heading word at most. Not a mix with years (``2022  2023  1 januari
    2024``: counts beside a stock?), nor a row of dates in a table (``Renovatie A  1 januari 2023  1 juli
    2023``: a start and an end), which would take the figures under it for its days. The last column may be
    a later day of a later year (``31/12/2022  31/12/2023  30/09/2024``): the stand so far beside the
    year-ends. Days printed as a database prints them (``2023-06-30  2023-12-31  2024-06-30``) are stock days
    whatever their day of the year, three or more in order (two may still be a start and an end)."""
    if not all(p.kind == "day" for p in periods) or len(label.split()) > 1:
        return False
    if len(periods) >= 3 and all(_ISO_DAY.fullmatch(p.printed) for p in periods) \
            and all(a.order < b.order for a, b in itertools.pairwise(periods)):
        return True
    years = [p.key[:4] for p in periods]
    year_ends = periods if len({p.key[5:] for p in periods}) == 1 else periods[:-1]  # the last: so far
    return (len({p.key[5:] for p in year_ends}) == 1 and len(year_ends) >= min(2, len(periods))
            and len(set(years)) == len(periods) and years == sorted(years))


def _marked(figure: Figure, column_marker: str | None, column_unit: str | None = None) -> Figure:
    """A figure under a marked period ("2023*") carries the column's marker unless it has its own, and
    under "2021 (%)" the column's unit unless it prints its own."""
    if column_marker is not None and not figure.footnote:
        figure = replace(figure, footnote=column_marker)
    if column_unit is not None and figure.unit is None and figure.value is not None:
        figure = replace(figure, unit=column_unit)
    return figure


def _is_header(text: str, ctx: Context) -> bool:
    try:
        return _header_tail(text) and _header_periods(text, ctx) is not None
    except PeriodError:
        return True


def _continues(lines: Sequence[Line], j: int, header: str) -> int | None:
    """After a blank line: the line after ``header`` repeated (a page break), else None."""
    k = j
    while k < len(lines) and (not lines[k].text or PAGE_NUMBER.fullmatch(lines[k].text)):
        k += 1
    return k + 1 if k < len(lines) and lines[k].text == header and k - j <= 4 else None


# "De uitgaven ... voor de lokale verkiezingen, per verkiezingsdag:" over "14/10/2018  13/10/2024": each
# column is one election, held on the day its heading prints
_PER_ELECTION_DAY = re.compile(r"\bper[ \t]+(?:verkiezings|stem)dag\b", re.IGNORECASE)


def _election_days_above(lines: Sequence[Line], i: int) -> bool:
    """Whether the lead-in on the two lines above the header at ``i`` breaks the table down per election day
    (``per verkiezingsdag:``): then days as column headings are the elections' days, whatever the measure
    (costs, counts), not only stocks counted on them (``_stock_days``)."""
    above = " ".join(line.text for line in lines[max(0, i - 2):i])
    return "dag" in above and _PER_ELECTION_DAY.search(above) is not None


def _periods_as_columns(lines: Sequence[Line], i: int, ctx: Context,
                        groups: Sequence[str] | None = None) -> Found | None:
    """Periods as columns under header line ``i``; ``groups``: the measures a heading line above names, each
    over its own block of the same periods (``Aanvragen`` over ``2021  2022``, ``Toegekend`` over the next
    ``2021  2022``): one table per measure."""
    header = lines[i]
    error: PeriodError | None = None
    try:
        read = _header_periods(header.text, ctx, stocks_beside_flows=_election_days_above(lines, i))
    except PeriodError as e:  # months without a year may be placed by years as rows; else not read
        error, read = e, _bare_seasons_header(header.text, ctx)
    unplaced = error is not None  # read under a stand-in year: the rows must place every figure
    if error is not None and read is None:  # the table is there, but not when its figures are for
        j = i + 1
        while j < len(lines) and lines[j].text and ends_in_cell(lines[j].text):
            j += 1
        ctx.report(header, lines[j - 1], str(error), "\n".join(line.text for line in lines[i:j]))
        return None, j
    if read is None:
        return None
    periods, has_total, extra = read.periods, read.total, read.extra
    keys = [p.key for p in periods]
    if groups and (has_total or extra or read.named or read.planned or read.average
                   or keys != keys[: len(keys) // len(groups)] * len(groups)):
        return None  # a group heading over another layout than blocks of the same periods
    if len(set(keys)) != len(keys) and not groups:
        return None
    shown = [None if plan else key for key, plan in itertools.zip_longest(keys, read.plans)]  # plans unread
    total_key = covering(periods) if has_total else None
    if has_total and total_key is None:
        ctx.report(header, header, "the Totaal column is not over one span of periods: its figures are not "
                   "read")
    others = len(_OTHER_RE.findall(extra)) if extra else 0  # columns that are no period: one or two
    first_column = bool(read.planned or read.average)  # a first column of another kind: a plan, a mean
    count = len(periods) + has_total + others + bool(read.named) + first_column
    below = lines[i + 1] if i + 1 < len(lines) and not (extra or read.named or first_column or groups
                                                         or read.measures) else None
    measures = list(read.measures) or (_sub_header(below.text, count) if below is not None else None)
    if measures is not None:
        count *= len(measures)
    units_at = units_unplaced = None  # the line of units under the sub-header (its index); its units unsure?
    if measures and below is not None and not read.measures and i + 2 < len(lines) \
            and (named := _units_line_under(lines[i + 2], below, measures, count)) is not None:
        units_at, measures, units_unplaced = i + 2, named or measures, not named
    header_more = ""  # "2021-2022 (%)" under "Evolutie": the header's wrapped second line
    line_units: list[str | None] = []  # the units of a line of units under the header, per column
    changes: dict[str, Figure] = {}  # the extra column's figure of each row, by the row's label
    rows: list[TableRow] = []
    pending: list[Line] = []
    short: list[tuple[Line, Unread]] = []  # rows with fewer cells than columns, and their report
    marks: dict[str, tuple[str | None, str | None]] = {}  # each column's marker and unit, by key
    gapped = True  # every row read so far sets its cells apart by column gaps
    reported = len(ctx.unread)
    group: tuple[Line, int] | None = None  # a group's label line and the indentation of its rows
    j = i + 1
    while j < len(lines):
        line = lines[j]
        if not line.text:
            if rows or len(ctx.unread) > reported:  # a blank line ends a table, unless the header comes again
                # or a page's number stands between two rows ("21-29 jaar  498  631" / "  3" / "\f30-49 jaar")
                after = _continues(lines, j, header.text) or _after_page_number(lines, j, _aligned_row)
                if after is None:
                    break
                j, pending = after, []
                continue
        elif line.text == header.text or (measures and below and line.text == below.text) \
                or (units_at is not None and line.text == lines[units_at].text):  # a page break, the units
            pending = []
        elif rows and not pending and PAGE_NUMBER.fullmatch(line.text) and j + 1 < len(lines) \
                and ends_in_cell(lines[j + 1].text) and not PAGE_NUMBER.fullmatch(lines[j + 1].text):
            pass  # a page's number between two rows (the next one glued onto a form feed?): no row of cells
        elif not rows and not pending and _table_scale_line(line, header, count):
            # "[x 1.000 ton]" under the labels' heading: the whole table's scale, a header line (see
            # _table_scale_line), unsure where a column is no period (a change or share: scaled or not?)
            units_unplaced = units_unplaced or bool(measures or groups or extra or read.named or first_column)
        elif not rows and not pending and j == i + 1 \
                and not (measures or groups or read.named or first_column or (extra and has_total)) \
                and (bracketed := _units_under_periods(line, header, count, others)) is not None:
            line_units, units_unplaced = bracketed, not bracketed  # "(mio)  (mio)" under "2022  2023"
        elif not rows and not pending and _units_line(line.text, count):
            line_units = _units_of_line(line.text)  # "aantal  aantal  %" under the periods: the header's
            # second line, not a label; its "%" and "euro" are the units of the cells under them
        elif not rows and not pending and not header_more and _header_more(line.text):
            header_more = line.text
        elif not rows and _scales_alone(line.text):
            units_unplaced = True  # "(mio)  (mio)" that no line above places: never the first row's own scale
        elif _is_header(line.text, ctx) or FOOTNOTE_LINE.fullmatch(line.text) \
                or _reads_as_sentence(line.text) or (rows and gapped and _gapless(line.text, _LONG_PROSE)) \
                or (rows and gapped and _wraps_into_sentence(lines, j)):
            break  # the next table, the table's footnotes ("* cijfers tot en met 30 november 2023"), prose
        elif _day_wraps(lines, j) and len(pending) < _MAX_LABEL_LINES:
            pending.append(line)  # "Lopende dossiers op 31" / "december  31.806 ...": a label's wrapped day
        elif ends_in_cell(line.text):
            before = len(ctx.unread)
            alone = not read.label and not rows and not pending  # a first row under periods alone
            row = (_unlabelled_row(lines, i, j, count, ctx) if alone else None) \
                or _column_row(line, pending, count, ctx,
                               lambda: _plain_labels(itertools.islice(lines, i + 1, None), count))
            group = _group_of(group, pending, line)
            if row is not None and not pending and group is not None:  # "   buitengewoon" under "gewoon"
                row = (join_wrapped([group[0].text, row[0]]), row[1])  # "Lager onderwijs buitengewoon"
            if row is None and not pending and len(ctx.unread) == before + 1:
                short.append((line, ctx.unread[-1]))  # a cell left blank? tried by position below
            if row is not None:
                columns = [*([None] if read.planned else []), *([_AVERAGE_KEY] if read.average else []),
                           *([total_key] if read.total_first else []),
                           *shown, *([total_key] if has_total and not read.total_first else []),
                           *[None] * others, *([_NAMED_KEY] if read.named else [])]
                first = [None] if first_column or read.total_first else []
                rest = [None] * ((has_total and not read.total_first) + others + bool(read.named))
                markers, units = [*first, *read.markers, *rest], [*first, *read.units, *rest]
                units = [below or unit for unit, below in itertools.zip_longest(units, line_units)]
                if measures:  # each period over len(measures) columns, keyed "2021#0", "2021#1"
                    size = len(measures)
                    columns, markers, units = (_per_measure(c, size) for c in (columns, markers, units))
                    units = [_measure_unit(measures[k % size]) or u for k, u in enumerate(units)]
                    columns = [f"{c}#{k % size}" if c else None for k, c in enumerate(columns)]
                elif groups:  # each group over its block of the periods, keyed "2021#0" ... "2021#1"
                    block = len(keys) // len(groups)
                    units = [_measure_unit(groups[k // block]) or u for k, u in enumerate(units)]
                    columns = [f"{c}#{k // block}" if c else None for k, c in enumerate(columns)]
                marked = [_marked(f, m, u) for f, m, u in zip(row[1], markers, units, strict=False)]
                values = {k: f for k, f in zip(columns, marked, strict=True) if k is not None}
                marks = {k: (m, u) for k, m, u in zip(columns, markers, units, strict=False) if k is not None}
                rows.append(TableRow(row[0], values, ctx.spans.span((pending or [line])[0].start, line.end),
                                     is_total(row[0])))
                gapped = gapped and ("  " in line.text or "\t" in line.text)
                if extra:
                    changes[row[0]] = row[1][-1]
            pending = []
        elif (words := line.text.split()) and _NUMBER_LIKE.fullmatch(last := words[-1]) \
                and not (last[-1] == "." and len(words) >= _PROSE_WORDS and "  " not in line.text):
            # "Antwerpen 2.5 3.1": figures, but not Dutch ones; never the start of the next row's label (a
            # sentence ending in a year, "... tussen 16 maart en 15 mei 2020.", is prose: it ends the rows)
            ctx.report(line, line, f"{last!r} does not read as a figure")
            pending = []
        elif rows and not pending and rows[-1].span.last_line == line.number - 1 \
                and (_LABEL_GOES_ON.match(line.text) or _closes_bracket(rows[-1].label, line.text)) \
                and line.text[-1:] not in STOPS:
            rows[-1] = _label_goes_on(rows[-1], line, ctx.spans, changes)
        elif _gapped_figure(line.text):
            ctx.report(line, line, "figures set apart by column gaps, but the line ends in no cell: a row "
                                   "not read, never a label's first line")
            pending = []
        elif len(pending) < _MAX_LABEL_LINES and line.text[-1:] not in STOPS:
            pending.append(line)
        else:
            break
        j += 1
    rows += _rows_by_edges(short, rows, ctx, marks)
    if not rows and not (has_total or extra or read.named or first_column or measures or groups or unplaced):
        units = [below or unit for unit, below in itertools.zip_longest(read.units, line_units)]
        marks = {p.key: (m, u) for p, m, u in zip(periods, read.markers, units, strict=False)}
        rows += _rows_under_header(short, header, periods, ctx, marks)
    shares = None
    differences: tuple[TableRow, ...] = ()  # a proven "Verschil" column: each row's change over the last year
    if others > 1 and rows:  # a change and a share or two changes: which cell is which is not checked
        ctx.report(header, header, f"the columns {extra!r} are no periods: their figures are not read")
    elif extra and rows and _SHARE.match(extra):
        shares = _share_column(extra, keys, changes, rows, header, ctx)
    elif extra and rows and not header_more and _difference_of_last_two(extra, keys, changes, rows):
        differences = tuple(TableRow(label, {keys[-1]: changes[label]}, changes[label].span, is_total(label))
                            for label in changes if changes[label].value is not None)
    elif extra and rows:
        rows += _change_column(extra, header_more, keys, changes, rows, header, ctx)
    if not rows and len(ctx.unread) == reported:
        return None
    end = j - len(pending)
    if not rows:
        return None, end
    if units_unplaced:
        for row in rows:
            ctx.unread.append(Unread(ctx.spans_text(row.span), UNITS_UNPLACED, row.span, ctx.part))
        return None, end
    rows.sort(key=lambda row: row.span.start)
    span = ctx.spans.span(header.start, rows[-1].span.end)
    periods_out = tuple(dict.fromkeys(key for key in shown if key)) + ((total_key,) if total_key else ())
    table = Table(periods_out, tuple(rows), span, "years-as-columns", ctx.part, total_key)
    bare = all(season_in(p.printed, _STAND_IN_YEAR) is not None for p in periods[: len(periods) - read.whole])
    if unplaced or (bare and any(_named_year(row.label) for row in rows)):
        unsure = str(error) if error else None  # "'1ste kwartaal' names no year ...", when no row names one
        other_columns = bool(read.named or measures or groups or read.whole)  # "Jaar": the row's year?
        return _seasons_as_columns(table, periods, other_columns, ctx, unsure), end
    if read.average:
        table = _split_named(table, *read.average, ctx, _AVERAGE_KEY)
        if table is None:
            return None, end
    if read.named and read.named[0].endswith(" (prijs)"):
        table = _price_reported(table, ctx)
    elif read.named:
        return _split_named(table, *read.named, ctx), end
    if measures or groups:
        # a row drifted off the sub-header's names is reported; the others are read if they stand under them
        off = _rows_off_the_names(rows, below, count, ctx) if below is not None and not read.measures else []
        rows = [row for row in rows if row not in off]
        unsure = (len(ctx.unread) > reported or bool(off)) and not (
            below is not None and not read.measures and all(_too_few(u) for u in ctx.unread[reported:])
            and {id(u) for u in ctx.unread[reported:]} <= {id(u) for _, u in short}
            and _under_names(rows, below, len(measures or ()), ctx))
        for row in off:
            ctx.unread.append(Unread(ctx.spans_text(row.span), OFF_THE_NAMES, row.span, ctx.part))
        if not rows:
            return None, end
        table = replace(table, rows=tuple(rows)) if off else table
        return _measure_tables(table, measures or groups or (), unsure, ctx), end
    if any(season_in(row.label, "2000") for row in rows):
        return _seasons_as_rows(table, periods, ctx), end
    table = _totals_over_printed(table, periods, ctx)
    if not table.rows:
        return None, end
    if shares is not None:
        ctx.extra.append(replace(table, periods=(shares[0].key,), rows=shares[1], total_period=None,
                                 measure=extra))
    if differences:
        ctx.extra.append(replace(table, periods=(keys[-1],), rows=differences, total_period=None,
                                 measure=extra))
    return table, end


_PERIOD_CELL = re.compile(r"(?<![\d.,])(?:19|20)\d\d(?:[-/](?:19|20)?\d\d)?(?![\d.,])")
_GROUP_REACH = 6  # how far a group's heading may start left of its block's first period or end right of its
# last


def _group_names(heading: Line, header: Line) -> list[str] | None:
    """The names of a heading line over blocks of periods (``Aanvragen`` over the first ``2021  2022``,
    ``Toegekend`` over the second): two or more cells set apart by two spaces, no figure nor sentence among
    them, as many as the header's equal blocks, each printed over its own block. None for any other line."""
    if "  " not in heading.text or DIGIT.search(heading.text):
        return None
    names = [(heading.column + m.start(), heading.column + m.end(), m[0])
             for m in _CELL.finditer(heading.text)]
    years = [(header.column + m.start(), header.column + m.end()) for m in _PERIOD_CELL.finditer(header.text)]
    if len(names) > 2 and years and names[0][1] < years[0][0] - _GROUP_REACH \
            and header.column > names[0][1]:
        names = names[1:]  # "Haven" over the labels, the header line printing none: the labels' heading
    if len(names) < 2 or len(years) % len(names) \
            or any(len(n.split()) > 4 or n[-1] in STOPS for *_, n in names):
        return None
    block = len(years) // len(names)
    if block < 2:
        return None
    for g, (start, end, _) in enumerate(names):
        first, last = years[g * block][0], years[g * block + block - 1][1]
        if start < first - _GROUP_REACH or end > last + _GROUP_REACH \
                or (g and start <= years[g * block - 1][1]):
            return None
    return [name for *_, name in names]


def _grouped_periods(lines: Sequence[Line], i: int, ctx: Context) -> Found | None:
    """A heading line of measures over blocks of the same periods on the next line (see ``_group_names``):
    the table under them, one per measure."""
    if i + 1 >= len(lines) or not lines[i + 1].text or not _header_tail(lines[i + 1].text) \
            or (groups := _group_names(lines[i], lines[i + 1])) is None:
        return None
    return _periods_as_columns(lines, i + 1, ctx, groups)


def _unlabelled_row(lines: Sequence[Line], i: int, j: int, count: int,
                    ctx: Context | None = None) -> tuple[str, list[Figure]] | None:
    """``De waarde van de kortingen (in euro):`` over a line of periods alone (no heading for labels) and one
    line of as many figures: a table of one row, labelled by the lead-in that names what they measure. Not
    when a second row of figures follows: one lead-in would label both. The periods may run on in a next
    block of the same layout (``jan. ... jun.`` / figures / ``jul. ... dec.`` / figures): see
    ``_lead_in_of_block``."""
    if i == 0 or j != i + 1 or (j + 1 < len(lines) and ends_in_cell(lines[j + 1].text)):
        return None
    lead_in = i - 1 if lines[i - 1].text.endswith(":") else \
        _lead_in_of_block(lines, i, ctx) if ctx is not None else None
    if lead_in is None:
        return None
    try:
        reading = read_row(lines[j].text, count, 0)
    except RowError:
        return None
    if reading.label_end:
        return None
    label = SENTENCE_BREAK.split(lines[lead_in].text)[-1].rstrip(":").strip()
    return label, [cell_figure(lines[j], c.start, c.end, c.marker) for c in reading.cells]


def _lead_in_of_block(lines: Sequence[Line], i: int, ctx: Context) -> int | None:
    """The lead-in line of a series printed in blocks (``jan. ... jun.`` over six figures, then ``jul. ...
    dec.`` over six more): header ``i`` of periods alone right under the figures of a block above, whose
    own periods alone it goes on from (its first period the very next after the block's last, of one
    kind), that block under the lead-in (or under a block of its own). None for any other line above."""
    if i < 3 or DIGIT.search(lines[i - 1].text[:1]) is None:
        return None
    try:
        here, above = _header_periods(lines[i].text, ctx), _header_periods(lines[i - 2].text, ctx)
        reading = read_row(lines[i - 1].text, len(above.periods), 0) if above is not None else None
    except (PeriodError, RowError):
        return None
    if here is None or above is None or reading is None or reading.label_end or here.label or above.label \
            or here.total or above.total or here.extra or above.extra \
            or {p.kind for p in (*above.periods, *here.periods)} not in ({"month"}, {"quarter"}) \
            or here.periods[0].order != above.periods[-1].order + 1:
        return None
    return i - 3 if lines[i - 3].text.endswith(":") else _lead_in_of_block(lines, i - 2, ctx)


_NAMED_KEY = "#named"  # the key of a named last column's figure in a row, until it gets a table of its own
_AVERAGE_KEY = "#average"  # the key of a first column's mean over a span, until it gets a table of its own


def _price_reported(table: Table, ctx: Context) -> Table:
    """The named last column of prices per unit (``Prijs 2024 (€/kg)``) reported cell by cell, the periods'
    table without it: a price is no figure to publish (and its Totaal row is a mean, not a sum)."""
    for row in table.rows:
        if (figure := row.values.get(_NAMED_KEY)) is not None:
            ctx.unread.append(Unread(ctx.spans_text(figure.span), PRICE_COLUMN, figure.span, ctx.part))
    return replace(table, rows=tuple(replace(r, values={k: f for k, f in r.values.items() if k != _NAMED_KEY})
                                     for r in table.rows))


def _split_named(table: Table, name: str, period: str, ctx: Context, key: str = _NAMED_KEY) -> Table | None:
    """The named last column (``Slaapplaatsen 2024``) as a table of its own, measure ``name`` for
    ``period``, kept for the caller (``ctx.extra``); the periods' table without it. Under months or
    quarters as rows the column's period is no row's: the table is reported."""
    if any(season_in(row.label, "2000") for row in table.rows):
        reason = "months or quarters as rows beside a column of another measure: not read"
        ctx.unread.append(Unread(ctx.spans_text(table.span), reason, table.span, ctx.part))
        return None
    unit = _measure_unit(name)  # "Digitaal (%)": shares, where the cells print no sign
    named = tuple(replace(r, values={period: _marked(r.values[key], None, unit)})
                  for r in table.rows if key in r.values)
    rows = tuple(replace(r, values={k: f for k, f in r.values.items() if k != key})
                 for r in table.rows)
    ctx.extra.append(replace(table, periods=(period,), rows=named, total_period=None, measure=name))
    return replace(table, rows=rows)


_ABBREVIATED_END = re.compile(r"(?:^|[ \t]{2,}|\t)[^\W\d_]{1,5}\.$")  # "... Gem.  Med.": a short word cut off


def _sub_header(text: str, groups: int) -> list[str] | None:
    """The names under each period of a header whose periods each span two or more columns (``2021`` and
    ``2022`` over ``Provincie  aantal  aandeel  aantal  aandeel``): the same k >= 2 names under every
    period (a first cell may head the label column), none a figure or a period. None for any other line:
    one name per column is a units line, and names that differ per period say no period x measure. A line
    may end in a stop only where its last name is an abbreviation (``Gem.  Med.  Gem.  Med.``, average and
    median under each year): a sentence does not repeat its words under every period."""
    if not text or DIGIT.search(text.replace("(%)", "")) \
            or (text[-1] in STOPS and not _ABBREVIATED_END.search(text)):
        return None
    for cells in ([m[0] for m in _CELL.finditer(text)], text.split()):
        for names in (cells, cells[1:]):
            size, left = divmod(len(names), groups)
            if left or size < 2:
                continue
            first = [n.lower() for n in names[:size]]
            if all([n.lower() for n in names[k:k + size]] == first for k in range(0, len(names), size)) \
                    and len(set(first)) == size:
                return names[:size]
    return None


# "(mio)      (%)      (mio)      (%)": a header's last line, one bracketed unit or scale per column; in
# square brackets as in round ones ("[x 1.000 ton]", "[l/inw/dag]"), a unit after a multiplier too
_BRACKETED_UNIT = re.compile(r"[(\[](?:[^()\[\]\d]{1,20}"
                             r"|[x×][ \t]*1[. ]?000(?:[. ]?000)?(?:[ \t]+[^\W\d_]{1,10})?)[)\]]")
UNITS_UNPLACED = ("a line of units under the header, but not each unit under one column's heading, nor the "
                  "same unit under a measure in every period: which unit a column's figures are in is "
                  "unsure, no row is read")


def _units_alone(text: str) -> bool:
    """Whether ``text`` prints bracketed units and nothing else (``(mio)      (%)``)."""
    return _BRACKETED_UNIT.search(text) is not None and not _BRACKETED_UNIT.sub("", text).strip()


def _scales_alone(text: str) -> bool:
    """Whether ``text`` prints bracketed units alone, a scale among them (``(mio)  (mio)``): glued onto the
    first row's label it would scale that row alone (``(% van het totaal)`` scales nothing)."""
    return _units_alone(text) and any(scale_in(m[0]) for m in _BRACKETED_UNIT.finditer(text))


def _bracketed_units(line: Line, heading: Line, count: int) -> list[str | None] | None:
    """The unit printed under each of the ``count`` columns ``heading`` names (``(mio)`` under
    ``Reizigers``, None where a column has none) by a line of bracketed units alone; an empty list when
    ``heading`` is not printed with one cell per column (gaps of two spaces) or a unit stands under no
    heading or two: which column it is of is unsure. None when ``line`` is no line of bracketed units."""
    if not _units_alone(line.text):
        return None
    found = [(line.column + m.start(), line.column + m.end(), m[0])
             for m in _BRACKETED_UNIT.finditer(line.text)]
    names = _cells_at(heading)
    names = names[len(names) - count:] if len(names) in (count, count + 1) else []
    under: list[str | None] = [None] * count
    for start, end, unit in found:
        hit = [k for k, (a, b, _) in enumerate(names) if a < end and start < b]
        if len(hit) != 1 or under[hit[0]] is not None:
            return []
        under[hit[0]] = unit
    return under


def _units_line_under(line: Line, sub: Line, measures: Sequence[str], count: int) -> list[str] | None:
    """The measures named with the units printed under them (``Reizigers`` / ``(mio)`` and ``Stiptheid`` /
    ``(%)`` under each year: ``Reizigers (mio)``, ``Stiptheid (%)``), so that a scale multiplies the
    measure's figures and a share is published as one, in every row; left to the rows, such a line becomes
    the first row's label and its ``(mio)`` that row's scale alone. Each unit must stand under one name of
    the sub-header (``sub``, see ``_bracketed_units``) and a measure take the same unit (or none) under
    every period; an empty list when the line is one of units that cannot be so placed (the table is then
    reported), None when it is no line of bracketed units."""
    under = _bracketed_units(line, sub, count)
    if not under:
        return under
    size = len(measures)
    named = []
    for k, measure in enumerate(measures):
        units = set(under[k::size])
        if len(units) != 1:
            return []
        unit = units.pop()
        named.append(f"{measure} {unit}" if unit else measure)
    return named


def _units_under_periods(line: Line, header: Line, count: int, changes: int = 0) -> list[str | None] | None:
    """A line of one bracketed unit under each period (``2022  2023`` over ``(mio)  (mio)``): the header's
    last line, the unit of every row, no first row's label (where its ``(mio)`` scaled that row alone).
    Each column's unit (``(%)`` percent, ``(euro)`` EUR, a scale none: the header's scale statement
    multiplies the table); an empty list when the units differ or do not each stand under one period (see
    ``_bracketed_units``), None when ``line`` is no line of bracketed units with a scale among them.
    ``changes``: the last column is one of changes (``2023  2024  Δ 2024/2023`` over ``(x 1.000 euro)
    (x 1.000 euro)  (%)``): under it ``(%)`` alone (or nothing), which says the change is in %, never an
    amount of the periods' scale; the periods' units as above."""
    under = _bracketed_units(line, header, count) if _scales_alone(line.text) else None
    if not under:
        return under
    if changes:
        if changes != 1 or under[-1] not in (None, "(%)"):
            return []
        return _units_with_change(under)
    return _units_under_periods_only(under)


def _units_under_periods_only(under: Sequence[str | None]) -> list[str | None]:
    """The units of the periods' columns, one bracketed unit under each (see ``_units_under_periods``);
    empty when one has none or they differ."""
    if None in under or len(set(under)) != 1:
        return []
    return [_UNIT_OF_WORD.get(unit.strip("()[]").lower()) for unit in under if unit is not None]


def _units_with_change(under: Sequence[str | None]) -> list[str | None]:
    """The periods' units, then the last change column's (``(%)``: percent, nothing: unsure, None)."""
    periods = _units_under_periods_only(under[:-1])
    return [*periods, "percent" if under[-1] else None] if periods else []


def _table_scale_line(line: Line, header: Line, count: int) -> bool:
    """Whether ``line`` prints one bracketed scale and nothing else, under the labels' heading and none of
    the ``count`` columns' (``Vaarweg  2021  2022  2023`` over ``[x 1.000 ton]``): the scale of the whole
    table, a line of its header (``scales.scaled`` reads it there), never the first row's label, where it
    scaled that row alone, or nothing when its brackets were not read (every cell published 1000x too
    small)."""
    found = list(_BRACKETED_UNIT.finditer(line.text))
    if len(found) != 1 or not _units_alone(line.text) or scale_in(found[0][0]) is None:
        return False
    names = _cells_at(header)
    if len(names) not in (count, count + 1):
        return False
    return line.column + found[0].end() <= names[len(names) - count][0]


MEASURES_UNSURE = ("periods over several columns each, and a row does not read as one cell under each: "
                   "the sub-header may not describe the table, no row is read")


def _per_measure(columns: Sequence, size: int) -> list:
    """Each column's entry repeated for the ``size`` columns printed under it."""
    return [c for c in columns for _ in range(size)]


# "Slaagpercentage (pct.)", "Aandeel (procent)": the unit percent, written out
_PERCENT_WORD = re.compile(r"\((?:pct\.?|procent)\)", re.IGNORECASE)


def _measure_unit(name: str) -> str | None:
    """A column named ``%``, ``aandeel (%)`` or ``(pct.)`` prints shares in percent (also where a cell omits
    the sign)."""
    return "percent" if "%" in name or _PERCENT_WORD.search(name) else None


_TOO_FEW = re.compile(r"(\d+) values for (\d+) columns")  # a row's report (cells.read_row): a cell too few?


def _too_few(unread: Unread) -> bool:
    """Whether a row was reported for fewer values than columns (a blank cell, two cells glued): a row of
    more (a column without a heading?) says the header may not describe the table."""
    m = _TOO_FEW.fullmatch(unread.reason)
    return m is not None and int(m[1]) < int(m[2])


def _under_names(rows: Sequence[TableRow], sub: Line, size: int, ctx: Context) -> bool:
    """Whether every cell of every row read stands under the sub-header's name of its column, and under no
    other (``Vergund  Geweigerd  Vergund  Geweigerd`` over ``142  61  118  87``): the sub-header then
    describes the table, and a row with a cell too few (``37  1233  19``: two cells glued) is that row's
    fault alone."""
    names = _cells_at(sub)
    if rows:
        count = len(next(iter(rows)).values)
        names = names[len(names) - count:] if len(names) in (count, count + 1) else []
    if not rows or not names or len(names) % size:
        return False
    for row in rows:
        figures = list(row.values.values())
        if len(figures) != len(names):
            return False
        for k, figure in enumerate(figures):
            start = ctx.column_of(figure.span.start)
            end = start + figure.span.end - figure.span.start
            hit = [n for n, (a, b, _) in enumerate(names) if a < end and start < b]
            if hit != [k]:
                return False
    return True


OFF_THE_NAMES = ("a figure stands under the name of another column than the one it is read in: which period "
                 "and measure each figure of the row is for is unsure, the row is not read")


def _rows_off_the_names(rows: Sequence[TableRow], sub: Line, count: int, ctx: Context) -> list[TableRow]:
    """The rows of a cell under every column (``count``) with a figure printed under another name of the
    sub-header (``sub``, printed with column gaps: ``Reizigers  Stiptheid  Reizigers  Stiptheid``) than the
    one of the column it is read in, by order: ``148,6`` of a row drifted one column to the right, read as
    the first year's first measure, stands under its second. A figure under no name proves nothing (a
    right-aligned figure may end before a short name starts)."""
    names = _cells_at(sub)
    names = names[len(names) - count:] if len(names) in (count, count + 1) else []
    off = []
    for row in rows if names else ():
        figures = list(row.values.values())
        if len(figures) != count:
            continue
        for k, figure in enumerate(figures):
            start = ctx.column_of(figure.span.start)
            end = start + figure.span.end - figure.span.start
            hit = [n for n, (a, b, _) in enumerate(names) if a < end and start < b]
            if hit and hit != [k]:
                off.append(row)
                break
    return off


def _measure_tables(table: Table, measures: Sequence[str], rows_reported: bool,
                    ctx: Context) -> Table | None:
    """A table of periods x measures split into one table per measure (its name from the sub-header),
    periods as columns in each; shares tied to the counts and a region's total marked as in a table
    without periods. Read only when every row was read (``rows_reported`` false): a row with another
    number of cells says the sub-header may not describe the table, so its other rows are reported too;
    so is a table with months or quarters as rows."""
    why = (MEASURES_UNSURE if rows_reported else
           "months or quarters as rows under periods of several columns each: not read"
           if any(season_in(row.label, "2000") for row in table.rows) else None)
    if why is not None:
        for row in table.rows:
            ctx.unread.append(Unread(ctx.spans_text(row.span), why, row.span, ctx.part))
        return None
    tables = []
    for k, name in enumerate(measures):
        rows = tuple(replace(row, values={key.rsplit("#", 1)[0]: figure for key, figure
                                          in row.values.items() if key.endswith(f"#{k}")})
                     for row in table.rows)
        tables.append(replace(table, rows=tuple(r for r in rows if r.values), measure=name))
    return _one_per_measure(tables, 0, ctx)[0]


def _header_more(text: str) -> bool:
    """A line under a period header that only continues it: periods and units (``2021-2022 (%)``)."""
    words = text.split()
    return all(ONE_PERIOD.fullmatch(w) or w.strip("()").lower() in _UNIT_WORDS for w in words) \
        and any(DIGIT.search(w) for w in words)


def _gapped_figure(text: str) -> bool:
    """A figure set apart by a column gap (``Brugge   380   > 400(1)   n.b``): the line is a row whose last
    cell reads as none; taken as a wrapped label's first line, it glued its figures onto the next row's label
    (``Brugge 380 > 400(1) n.b Gent``)."""
    return any(DIGIT.search(piece) and is_cell(piece.split()[0]) for piece in _GAP.split(text.strip())[1:])


# "2023/2022 (%)" under "Evolutie": the change between two years, the later one first or last
_NAMED_CHANGE = re.compile(r"((?:19|20)\d\d)[-/]((?:19|20)\d\d)")


def _change_column(extra: str, header_more: str, keys: Sequence[str], changes: dict[str, Figure],
                   rows: Sequence[TableRow], header: Line, ctx: Context) -> list[TableRow]:
    """A last column of year-on-year changes in % (``Evolutie`` over ``2021-2022 (%)``): one row per row,
    ``Evolutie {label}``, for the last period, tied to its row so the printed change is checked against
    the computed one. Read only when the header names the change as between the next-to-last period and
    the last (``2021-2022``, or ``2022/2021 (%)``: the later year over the earlier, in %; without its
    ``(%)`` such a header is reported, as it may head a ratio), and every figure is in %; a header that
    names no years (``Evolutie (%)``) is read only when every row's two last figures prove its printed
    change (``_proves_changes``). Otherwise the column is reported."""
    named = re.sub(r"\s+", "", header_more.replace("(%)", "").replace("%", ""))
    pair = _NAMED_CHANGE.fullmatch(named) if "(%)" in header_more else None  # "2023/2022" alone: reported
    names_last_two = len(keys) >= 2 and (named == f"{keys[-2]}-{keys[-1]}" or (
        pair is not None and {pair[1], pair[2]} == {keys[-2], keys[-1]}))
    in_percent = "%" in header_more or "%" in extra or all(f.unit == "percent" for f in changes.values())
    proven = not named and "(%)" in extra and len(keys) >= 2 and _proves_changes(keys[-2], keys[-1], changes,
                                                                                rows)
    if not (_EVOLUTION.match(extra) and (names_last_two or proven) and in_percent and changes):
        ctx.report(header, header, f"the column {extra!r} is no period: its figures are not read")
        return []
    return [TableRow(f"Evolutie {label}", {keys[-1]: replace(figure, unit="percent")}, figure.span, False,
                     evolution_of=label) for label, figure in changes.items()]


# "Verschil", "Verschil t.o.v. 2023", "Verschil 2023-2022": a last column of changes in the cells' own unit
_DIFFERENCE = re.compile(
    rf"verschil(?:[ \t]+t\.o\.v\.[ \t]+(?P<since>{ANY_PERIOD})|[ \t]+(?P<pair>{_CHANGE_YEARS}))?",
    re.IGNORECASE)


def _difference_of_last_two(extra: str, keys: Sequence[str], changes: dict[str, Figure],
                            rows: Sequence[TableRow]) -> bool:
    """Whether a last ``Verschil`` column (``2021  2022  Verschil``) prints each row's change from the
    next-to-last period to the last, in the cells' own unit: every row's printed change equals its last
    figure less the one before, to the digit (``411.602 - 412.806 = −1.204``), so the column is proven to be
    of those two periods and read as the last period's change; a row without any figure (``nvt  /  /``) proves
    nothing and is left out. A header naming another period (``Verschil t.o.v. 2022`` after ``2022  2023
    2024``), a change in % or any row that does not add up: reported, as before."""
    m = _DIFFERENCE.fullmatch(extra.strip())
    if m is None or len(keys) < 2 or (m["since"] and m["since"] != keys[-2]) \
            or (m["pair"] and set(YEARS_IN_KEY.findall(m["pair"])) != {keys[-2], keys[-1]}):
        return False
    proven = 0
    for row in rows:
        change, old, new = changes.get(row.label), row.values.get(keys[-2]), row.values.get(keys[-1])
        cells = [f.value if f is not None else None for f in (change, old, new)]
        if cells == [None, None, None]:
            continue
        if None in cells or change is None or "%" in change.printed or cells[0] != cells[2] - cells[1]:
            return False
        proven += 1
    return proven >= 2 and len(changes) == len(rows)


_PROVEN_DESPITE_ONE = 4  # rows whose changes prove a column's periods though one of them does not fit


def _proves_changes(before: str, after: str, changes: dict[str, Figure], rows: Sequence[TableRow]) -> bool:
    """Every printed change (``+4,2`` beside ``206.545  215.255``) but at most one, among four rows or more,
    equals the row's change from period ``before`` to ``after`` in %, rounded as printed; every row prints
    both figures and a change. A column whose header names no years is so shown to be of these two periods,
    not of any others; the one change that does not fit is then the source contradicting itself (held-out
    895's ``+5,7`` for 506 to 544), published and flagged by the evolution check, never dropped unflagged."""
    misfits = 0
    for row in rows:
        change, old, new = changes.get(row.label), row.values.get(before), row.values.get(after)
        if change is None or change.value is None or old is None or new is None or not old.value \
                or new.value is None:
            return False
        misfits += not rounds_to(change.printed, change.value, new.value - old.value, old.value)
    return bool(rows) and misfits <= (1 if len(rows) >= _PROVEN_DESPITE_ONE else 0)


def _share_column(extra: str, keys: Sequence[str], changes: dict[str, Figure], rows: Sequence[TableRow],
                  header: Line, ctx: Context) -> tuple[Period, tuple[TableRow, ...]] | None:
    """A last column of shares (``Aandeel (%)`` after ``2021  2022``): each row's share of the total row in
    one of the periods, but the header does not say which. Read for the one period whose counts prove
    every printed share (the row's count over the total row's, within the share's printed rounding); a
    column that fits no period, or more than one, is reported."""
    totals = [row for row in rows if row.total]
    fits = [key for key in keys if len(totals) == 1 and _proves_shares(key, totals[0], changes, rows)]
    if len(fits) != 1 or any(season_in(row.label, _STAND_IN_YEAR) for row in rows):
        ctx.report(header, header, f"the column {extra!r} is no period, and no one period's counts prove its "
                   "shares: its figures are not read")
        return None
    period = read_period(fits[0], ctx.year_of)
    shares = tuple(replace(row, values={fits[0]: replace(changes[row.label], unit="percent")})
                   for row in rows if changes[row.label].value is not None)
    return period, shares


def _proves_shares(key: str, total: TableRow, changes: dict[str, Figure], rows: Sequence[TableRow]) -> bool:
    """Every printed share equals the row's count in period ``key`` over the total row's, rounded as printed
    (``26,1`` for 3.905.118 of 14.964.545); every row has both."""
    base = total.values.get(key)
    if base is None or not base.value:
        return False
    for row in rows:
        share, count = changes.get(row.label), row.values.get(key)
        if share is None or share.value is None or count is None or count.value is None:
            return False
        if not rounds_to(share.printed, share.value, count.value, base.value):
            return False
    return True


_Marks = dict[str, tuple[str | None, str | None]]  # a column's footnote marker and unit, by its key


def _marked_as_columns(values: dict[str, Figure], marks: _Marks) -> dict[str, Figure]:
    """Figures placed by position under their columns, each with its column's marker and unit as a row read
    by count gets them (``Totaal  428.122  155.552`` under ``2024  2025(*)``: the 155.552 is a figure of the
    column that ``(*) Cijfers tot en met 30 april 2025`` cuts short, so the note must reach it too; without
    the mark it was published for the whole of 2025)."""
    return {k: _marked(f, *marks.get(k, (None, None))) for k, f in values.items()}


def _rows_by_edges(short: Sequence[tuple[Line, Unread]], rows: Sequence[TableRow],
                   ctx: Context, marks: _Marks) -> list[TableRow]:
    """Rows with fewer cells than columns (``Hasselt   1.102                1.240``: a cell left blank), read
    by position: each figure goes to the one column whose figures, in the rows read, start or end where it
    does. A row with a figure that lines up with no column or with two stays reported, and so does a row
    of one figure (``Vlaams-Brabant   24.113`` under two days): no second figure shows that the row is
    printed in line with the others, so its one cell may be in either column. Starts are compared with
    starts and ends with ends: ``598`` ending where ``3.775`` starts lines up with nothing. Each figure
    takes its column's marker and unit (``marks``). Only figures give their column's edges, never a dash
    (``-``, no value): one character wide, it starts and ends in the same place whether printed at its
    column's start, end or middle, so ``4,87`` three characters right of its column, starting where a dash
    of that column ends, lines up with no figure and is reported (sample 1326)."""
    edges: dict[str, tuple[set[int], set[int]]] = {}
    for row in rows:
        for key, figure in row.values.items():
            if figure.value is None:
                continue
            column = ctx.column_of(figure.span.start)
            starts, ends = edges.setdefault(key, (set(), set()))
            starts.add(column)
            ends.add(column + len(figure.printed))
    found = []
    dotted = _groups_by_dots(_printed_cells(rows))
    widths = {key: max(len(figure.printed) for row in rows if (figure := row.values.get(key)) is not None)
              for key in edges}
    for line, report in short:
        read = _placed_row(line, lambda start, end: [key for key, (starts, ends) in edges.items()
                                                     if start in starts or end in ends])
        if read is not None and (read := _unglued(read, dotted, report, ctx, widths)) is not None:
            ctx.unread.remove(report)
            found.append(TableRow(read[0], _marked_as_columns(read[1], marks),
                                  ctx.spans.span(line.start, line.end), is_total(read[0])))
    return found


def _rows_under_header(short: Sequence[tuple[Line, Unread]], header: Line, periods: Sequence[Period],
                       ctx: Context, marks: _Marks) -> list[TableRow]:
    """Rows that are all a cell short (``Antwerpen  412  118`` under ``2021  2022  2023(1)``, the last year's
    figures not yet known), read by the header: each figure goes to the one period cell it stands under.
    Only when every row reads so, each with two figures or more (printed in line with the header): one row
    that does not leaves them all reported."""
    cells = _cells_at(header)[-len(periods):]
    if len(short) < 2 or len(cells) != len(periods) \
            or any(p.printed not in text for p, (_, _, text) in zip(periods, cells, strict=True)):
        return []
    placed = []
    for line, report in short:
        read = _placed_row(line, lambda start, end: [p.key for p, (a, b, _)
                                                     in zip(periods, cells, strict=True)
                                                     if a < end and start < b])
        if read is None:
            return []
        placed.append((line, report, read))
    found = []
    dotted = _groups_by_dots(f.printed for _, _, read in placed for f in read[1].values())
    for line, report, read in placed:
        if _unglued(read, dotted, report, ctx) is None:
            return []
        found.append(TableRow(read[0], _marked_as_columns(read[1], marks),
                              ctx.spans.span(line.start, line.end), is_total(read[0])))
    for _, report in short:
        ctx.unread.remove(report)
    return found


GLUED_SHORT_ROW = ("{printed!r} prints four digits and no dot in a row a cell short, where the table groups "
                   "thousands with dots: two cells run together, so which column each of the row's figures "
                   "is in cannot be read")


GLUED_WIDE = ("{printed!r} is wider than every figure of its column, in a row a cell short: two cells run "
              "together, so which column each of the row's figures is in cannot be read")


def _printed_cells(rows: Iterable[TableRow]) -> Iterator[str]:
    """Each cell of ``rows`` as printed."""
    return (f.printed for row in rows for f in row.values.values())


def _groups_by_dots(printed: Iterable[str]) -> bool:
    """Whether a table's cells, as ``printed``, hold a figure whose thousands are grouped with dots
    (``15.812``): where they are, a cell without dots or with a comma is to be read with care."""
    return any(_DOT_GROUPS.fullmatch(p) for p in printed)


def _unglued(read: tuple[str, dict[str, Figure]], dotted: bool, report: Unread,
             ctx: Context, widths: dict[str, int] | None = None) -> tuple[str, dict[str, Figure]] | None:
    """``read``, a row a cell short placed by position, unless a figure of it prints four digits and no dot
    where the table groups thousands with dots (``dotted``): ``Erfgoedlandschappen  38  4651`` under ``2020
    2021  2022`` beside ``15.812`` is two cells run together (``46`` and ``51``? ``4`` and ``651``?), the
    very reason the row is a cell short, so no column is proven. So too a figure wider than every figure of
    its column in the rows read (``widths``): ``231331`` where the column prints ``204`` and ``218`` is two
    cells glued (231 and 331? 23 and 1.331?), dots or none; not in a Totaal row, whose sums are wider than
    their parts as printed. Then None, and the row's report says so."""
    glued = next((f.printed for f in read[1].values() if dotted and _FOUR_DIGITS.fullmatch(f.printed)), None)
    if glued is None and widths is not None and not is_total(read[0]):  # a Totaal is wider than its parts
        glued = next((f.printed for key, f in read[1].items() if len(f.printed) > widths.get(key, 0)), None)
        if glued is not None:
            ctx.unread[ctx.unread.index(report)] = replace(report, reason=GLUED_WIDE.format(printed=glued))
            return None
    if glued is None:
        return read
    ctx.unread[ctx.unread.index(report)] = replace(report, reason=GLUED_SHORT_ROW.format(printed=glued))
    return None


def _placed_row(line: Line,
                columns_of: Callable[[int, int], list[str]]) -> tuple[str, dict[str, Figure]] | None:
    """A row a cell short read by position: its label, then each figure under the one column
    ``columns_of(start, end)`` (its printed columns) names. None when a figure lines up with no column or with
    two, when two share one, when words follow the figures, or when one figure alone cannot show that the
    row is printed in line with the others."""
    values: dict[str, Figure] = {}
    label_end = 0
    for m in _CELL.finditer(line.text):
        if figure_or_none(m[0]) is None:
            if values:
                return None  # words after the figures
            label_end = m.end()
            continue
        start = line.column + m.start()
        keys = columns_of(start, start + len(m[0]))
        if len(keys) != 1 or keys[0] in values:
            return None
        values[keys[0]] = cell_figure(line, m.start(), m.end(), None)
    label = line.text[:label_end].strip()
    return (label, values) if label and len(values) > 1 else None


_STAND_IN_YEAR = "2000"  # the year a bare month is read in until a row says which year it is


# "Lopende dossiers op 31": a label that ends in a day's number after "op", "per" or "tot (en met)"
_DAY_AT_END = re.compile(r"[^\W\d].*[ \t](?:op|per|tot|t\.e\.m\.|tot en met)[ \t]+(?:[1-9]|[12]\d|3[01])")
_MONTH_FIRST = re.compile(rf"(?:{'|'.join(MONTHS)})[ \t]", re.IGNORECASE)


def _day_wraps(lines: Sequence[Line], j: int) -> bool:
    """Whether line ``j`` is a row label's first line that ends in a day whose month starts the next line
    (``Lopende dossiers op 31`` / ``december  31.806  32.412``): no row of one cell, and the next line no
    month's row."""
    return _DAY_AT_END.fullmatch(lines[j].text) is not None and j + 1 < len(lines) \
        and _MONTH_FIRST.match(lines[j + 1].text) is not None


def _bare_seasons_header(text: str, ctx: Context) -> _Header | None:
    """``Jaar  jan.  feb.  mrt.``: a header of months (or quarters) that print no year, read in a stand-in
    year so the rows (years) can place them (``_seasons_as_columns``); None for any other header."""
    m = _HEADER.fullmatch(_UNIT_AFTER_PERIOD.sub("", text))
    if m is None or not all(season_in(p, _STAND_IN_YEAR) for p, _ in ONE_PERIOD.findall(m["periods"])):
        return None
    try:
        return _header_periods(text, ctx, lambda: _STAND_IN_YEAR)
    except PeriodError:
        return None


def _year_label(label: str) -> str | None:
    """The year a row label is (``2022``), else None."""
    return label if re.fullmatch(r"(?:19|20)\d\d", label) else None


# "Reservaties 2021": a row's measure and the one year it names, no other digit
_NAMED_YEAR = re.compile(r"(?P<before>[^\d]*?)[ \t]*(?<![\w.,/-])(?P<year>(?:19|20)\d\d)(?![\w.,/-])[ \t]*"
                         r"(?P<after>[^\d]*)")


def _named_year(label: str) -> tuple[str, str] | None:
    """The measure and the year of a row label that is a year (``2022``: no measure, "") or names one year
    beside its measure (``Reservaties 2021``), else None (``Reservaties``, ``2021-2022``)."""
    m = _NAMED_YEAR.fullmatch(label.strip())
    if m is None:
        return None
    return " ".join(f"{m['before']} {m['after']}".split()), m["year"]


def _seasons_as_columns(table: Table, seasons: Sequence[Period], other_columns: bool, ctx: Context,
                        unsure: str | None = None) -> Table | None:
    """``Jaar  jan.  feb.`` over ``2022  812  904``: months (or quarters) printed without a year as columns,
    years as rows, make one series, a figure's period the column's month in the row's year (2022-01), never
    the year the heading or question names. A row label may name its measure beside its year (``kw. 1  kw.
    2`` over ``Reservaties 2021``, ``Reservaties 2022``): each measure's rows then make its series (sample
    1003 read both rows in the question's 2019). Read only when every row names one year, no measure twice
    in a year, and no column or row is a total or another measure; otherwise the table is reported whole
    (``unsure`` the reason, when the context names no year either)."""
    kept = [row for row in table.rows if not _marked_year_reported(row, ctx)]
    named = [_named_year(row.label) for row in kept]
    if not kept or not all(named) or other_columns or len(set(named)) != len(named) \
            or len({bool(n[0]) for n in named if n}) > 1:  # "2021" beside "Reservaties 2022": a year of what?
        reason = unsure or "months or quarters without a year as columns, not every row a year: not read"
        ctx.unread.append(Unread(ctx.spans_text(table.span), reason, table.span, ctx.part))
        return None
    by_key = {p.key: p for p in seasons}
    series: dict[str, dict[str, Figure]] = {}
    for row, (measure, year) in zip(kept, (n for n in named if n), strict=True):
        values = series.setdefault(measure or ctx.answer_label, {})
        for key, figure in row.values.items():
            season = season_in(by_key[key].printed, year) if key != table.total_period else None
            if season is not None:
                values[season.key] = figure
        if (total := row.values.get(table.total_period or "")) is not None:
            if _every_season(row, by_key, table.total_period):
                values[year] = total  # "Totaal" beside all twelve months (four quarters) of the row's year
            elif (span := _summed_span(row, by_key, table.total_period, year)) is not None:
                values[span] = total  # "jan." to "jul.", then "Totaal": their sum, over those months
            else:
                ctx.unread.append(Unread(ctx.spans_text(total.span), PART_YEAR_TOTAL, total.span, ctx.part))
    if not any(series.values()):
        return None
    rows = tuple(TableRow(label, dict(sorted(values.items())), table.span)
                 for label, values in series.items() if values)
    periods = tuple(sorted({key for row in rows for key in row.values}))
    return replace(table, periods=periods, rows=rows, total_period=None)


def _summed_span(row: TableRow, by_key: dict[str, Period], total_key: str | None, year: str) -> str | None:
    """The span of the months (or quarters) a row prints beside its Totaal, when they follow one another,
    each prints a figure and the Totaal is exactly their sum (``jan.`` to ``jul.`` over 2024, ``118.252``:
    2024-01-01/2024-07-31, sample 1036): the sum proves what the Totaal is over, which the columns alone do
    not (a whole year's Totaal beside its first months?). None otherwise: the Totaal stays reported."""
    total = row.values.get(total_key or "")
    cells = [(season, figure) for key, figure in row.values.items() if key != total_key
             and (season := season_in(by_key[key].printed, year)) is not None]
    if total is None or total.value is None or len(cells) < 2 or any(f.value is None for _, f in cells) \
            or sum(f.value for _, f in cells if f.value is not None) != total.value:
        return None
    return covering(sorted((season for season, _ in cells), key=lambda p: p.order))


EMPTY_PART_TOTAL = ("a Totaal beside periods of which some print no figure (``-``): the ones with figures do "
                    "not follow one another from the first, or do not add up to it, so what it covers is "
                    "not proven")


def _totals_over_printed(table: Table, periods: Sequence[Period], ctx: Context,
                         cut_only: bool = False) -> Table:
    """A Totaal column beside periods of which a row leaves some without a figure (``K1  K2  K3  K4
    Totaal`` over ``IVAGO  1.812  2.104  1.986  -  5.902``, the fourth quarter not yet known) covers only
    the periods it prints figures for: read only when those follow one another from the first column and
    the Totaal is exactly their sum (2024-01-01/2024-09-30, sample 1095 published it for the whole of
    2024); any other row's Totaal is reported (a ``-`` in the middle: none, or not known?). ``cut_only``: only
    rows whose periods without a figure all come last and add up to the Totaal are read so (months as rows,
    the last not yet known); the others' Totaal is left to cover every period (a ``-``: none, counted as 0;
    a Totaal the months do not add up to stays one the consistency check flags, sample 1149)."""
    total_key = table.total_period
    if total_key is None:
        return table
    rows = []
    for row in table.rows:
        total = row.values.get(total_key)
        printed = [p for p in periods if (f := row.values.get(p.key)) is not None
                   and (f.value is not None or f.printed == _PIVOT_EMPTY)]  # see _PIVOT_EMPTY
        if total is None or total.value is None or len(printed) == len(periods) \
                or (cut_only and printed != list(periods[: len(printed)])):
            rows.append(row)
            continue
        sums = sum(f.value for p in printed if (f := row.values[p.key]).value is not None) == total.value
        span = covering(printed) if printed == list(periods[: len(printed)]) and sums else None
        if cut_only and span is None:
            rows.append(row)
            continue
        values = {k: f for k, f in row.values.items() if k != total_key}
        if span is None:
            ctx.unread.append(Unread(ctx.spans_text(total.span), EMPTY_PART_TOTAL, total.span, ctx.part))
        else:
            values[span] = total
        if values:
            rows.append(replace(row, values=values))
    keys = [k for k in table.periods if k != total_key]
    news = sorted({k for row in rows for k in row.values} - set(keys) - {total_key})
    kept = any(total_key in row.values for row in rows)
    out = (*keys, *news, *((total_key,) if kept else ()))
    return replace(table, rows=tuple(rows), periods=out, total_period=total_key if kept else None)


# "(leeg)": an Excel pivot table's cell where nothing was counted (no record, no unknown): its total covers
# that period too ("okt  1.275  (leeg)  2.366" under "Rijlabels  chat  e-mail  telefoon")
_PIVOT_EMPTY = "(leeg)"
PART_YEAR_TOTAL = ("a Totaal beside the months or quarters of a year, not all of them printed: which it "
                   "covers is not said")
MARKED_YEAR_ROW = ("a year row with a footnote's mark (``2024(1)``, ``Reservaties 2024(1)``): its months or "
                   "quarters may run short")


def _marked_year_reported(row: TableRow, ctx: Context) -> bool:
    """Whether a row of months as columns is a year with a mark (``2024(1)`` over ``(1) Cijfers tot en met
    31/08/2024``), reported whole: the note may cut a month short, and the row's Totaal is no year's."""
    mark = MARKED_END.search(row.label)
    if mark is None or _named_year(row.label[: mark.start()].rstrip()) is None:
        return False
    ctx.unread.append(Unread(ctx.spans_text(row.span), MARKED_YEAR_ROW, row.span, ctx.part))
    return True


def _every_season(row: TableRow, by_key: dict[str, Period], total_key: str | None) -> bool:
    """Whether a row prints a figure under every month (or every quarter) of a year (``-`` is none): its
    Totaal is then that year's."""
    printed = [key for key, figure in row.values.items() if key != total_key and figure.value is not None]
    kinds = {by_key[key].kind for key in printed}
    seasons = set(printed)
    return len(kinds) == 1 and len(seasons) == {"month": 12, "quarter": 4}.get(kinds.pop(), 0)


def _seasons_as_rows(table: Table, years: Sequence[Period], ctx: Context) -> Table | None:
    """``Maand 2022 2023`` over ``januari 612 044 1 088 118``: months (or quarters) as rows and years as
    columns make one series, a figure's period the row's month in the column's year (2022-01). Read only
    when every column is a year and every row a month or quarter; a total row is reported (which months
    it covers is not printed) unless every month or quarter of its year is there (then it is the year's),
    and so is an average row (``Jaargemiddelde``) or a row of the whole year (``Jaar``, printed above the
    quarters or below them) unless every month or quarter of its year prints a figure, a column of changes
    from the next-to-last year to the last (``Evolutie`` over ``2022-2023``) is each month's change from
    that month a year before, for the month of the last year; any other mix is reported whole."""
    changes = [r for r in table.rows if r.evolution_of]
    table = replace(table, rows=tuple(_noted_season(r, table.span.last_line, ctx) for r in table.rows
                                      if not r.evolution_of))
    mixed = [r for r in table.rows if not r.total and not _YEAR_AVERAGE.fullmatch(r.label)
             and not season_in(r.label, "2000") and not _own_year_row(r)]
    if not table.total_period and not changes and not mixed and years \
            and all(p.kind == "school-year" for p in years):
        return _months_of_school_years(table, ctx)
    if table.total_period or any(p.kind != "year" for p in years) or mixed:
        ctx.unread.append(Unread(ctx.spans_text(table.span), SEASONS_UNREAD, table.span, ctx.part))
        return None
    found: list[tuple[Period, Figure]] = []
    for row in table.rows:
        if not row.total:
            found += [(season, figure) for year, figure in row.values.items()
                      if (season := season_in(row.label, year)) is not None]
    found.sort(key=lambda item: (item[0].kind, item[0].order))
    if not found:
        return None
    rows = [TableRow(ctx.answer_label, {period.key: figure for period, figure in found}, table.span)]
    monthly = {season.key: figure for change in changes if (figure := next(iter(change.values.values())))
               and (season := season_in(change.evolution_of or "", next(iter(change.values))))}
    if monthly:
        rows.append(TableRow(f"Evolutie {ctx.answer_label}", monthly, table.span))
    reported = _reported_seasons(table, ctx)
    for row in (r for r in table.rows if r.total or _YEAR_AVERAGE.fullmatch(r.label) or _own_year_row(r)):
        # an average is the year's only over every month or quarter of it printed with a figure; a total, or
        # a measure of the year's own, over every one printed as a row, its cells read or not ("-", a row
        # reported)
        rows_count = row.total or _own_year_row(row)
        whole = {year: figure for year, figure in row.values.items()
                 if covering(sorted({p for p, f in found if p.key.startswith(f"{year}-")
                                     and (rows_count or f.value is not None)}
                                    | ({s for label in reported if (s := season_in(label, year))}
                                       if rows_count else set()), key=lambda p: p.order)) == year}
        printed = [year for year, figure in row.values.items() if rows_count or figure.value is not None]
        if any(year not in whole for year in printed):
            what = "a total" if row.total else "an average" if "gemiddeld" in row.label.lower() else "a year"
            reason = f"{what} row under months or quarters: which of them it covers is not printed"
            ctx.unread.append(Unread(ctx.spans_text(row.span), reason, row.span, ctx.part))
        if whole:
            rows.append(TableRow(row.label, whole, row.span))  # the year's total, beside its months
            rows += [replace(change, values=own) for change in changes if change.evolution_of == row.label
                     and (own := {y: f for y, f in change.values.items() if y in whole})]
    periods = tuple(dict.fromkeys(k for r in rows for k in r.values))
    return replace(table, periods=periods, rows=tuple(rows))


SEASONS_UNREAD = "months or quarters as rows, but not every row is one and every column a year: not read"
_YEAR_STARTS = range(7, 11)  # July to October: the months a school, academic or application year starts in


def _months_of_school_years(table: Table, ctx: Context) -> Table | None:
    """``Maand  2022-2023  2023-2024`` over ``Augustus  14.206  15.118`` to ``December``: months as rows under
    school or academic years, a cell the month of the column's first calendar year from the month its year
    starts in on, of its second before it (``Augustus`` under ``2022-2023`` is 2022-08, ``Maart`` 2023-03).
    The first row's month is where the year starts, when that is July to October and the rows then run in
    the order of the year (``September`` ... ``Juni``); a Totaal row is the span of the months its column
    prints a figure for, when they follow one another (Augustus to November, December ``-``). Any other
    order, a quarter or an average row is reported whole: which calendar year a month falls in is unsure."""
    months = [r for r in table.rows if not r.total]
    seasons = [season_in(r.label, "2000") for r in months]
    numbers = [int(s.key[5:]) if s is not None and s.kind == "month" else 0 for s in seasons]
    steps = [(n - numbers[0]) % 12 for n in numbers]
    if not months or 0 in numbers or numbers[0] not in _YEAR_STARTS or steps != sorted(set(steps)) \
            or len(months) + 1 < len(table.rows):
        ctx.unread.append(Unread(ctx.spans_text(table.span), SEASONS_UNREAD, table.span, ctx.part))
        return None
    found: dict[str, Figure] = {}
    by_column: dict[str, list[Period]] = {}
    for row, number in zip(months, numbers, strict=True):
        for key, figure in row.values.items():
            first, second = key.removeprefix(SCHOOL_YEAR_KEY).split("-")
            month = season_in(row.label, first if number >= numbers[0] else second)
            if month is not None:
                found[month.key] = figure
                if figure.value is not None:
                    by_column.setdefault(key, []).append(month)
    rows = [TableRow(ctx.answer_label, dict(sorted(found.items())), table.span)]
    for total in (r for r in table.rows if r.total):
        spans = {span: figure for key, figure in total.values.items()
                 if (span := covering(by_column.get(key, []))) is not None}
        if len(spans) < len(total.values):
            reason = "a total row under months as rows: the months it covers do not follow one another"
            ctx.unread.append(Unread(ctx.spans_text(total.span), reason, total.span, ctx.part))
        if spans:
            rows.append(TableRow(total.label, spans, total.span))
    periods = tuple(dict.fromkeys(k for r in rows for k in r.values))
    return replace(table, periods=periods, rows=tuple(rows))


# "Unieke wijk-werkers (jaar)", "Unieke bezoekers (heel jaar)": under months as rows, a measure of its own
# counted over each column's whole year (people counted once a year: no sum of the months, no Totaal)
_OWN_YEAR_LABEL = re.compile(r"[^\W\d_].*[ \t]\((?:jaar|heel[ \t]+(?:het[ \t]+)?jaar|volledig[ \t]+jaar|"
                             r"over[ \t]+het[ \t]+jaar)\)", re.IGNORECASE)


def _own_year_row(row: TableRow) -> bool:
    """Whether a row under months or quarters as rows names a measure of its own over the whole year
    (``Unieke wijk-werkers (jaar)``): each of its figures is that measure's in the column's year when every
    month or quarter of that year is printed as a row (as for a Totaal), never a sum of the months (a
    person active in three months is counted once)."""
    return not row.total and _OWN_YEAR_LABEL.fullmatch(row.label) is not None


# a note that may cut its month or quarter short, or call its figure partial or provisional: "(1) tot en met
# 15 augustus", "(1) vanaf 3 mei", "(*) 12/08: systeem gesloten", "(1) onvolledige cijfers"
_SEASON_CUT_NOTE = re.compile(rf"\b(?:tot|t\.e\.m\.|t/m|vanaf|sinds|gesloten|onvolledig\w*|gedeeltelijk\w*|"
                              rf"voorlopig\w*|geschat\w*|schatting\w*|raming\w*)(?!\w)|\b\d{{1,2}}[ \t]+"
                              rf"(?:{'|'.join(MONTHS)})\b|\b\d{{1,2}}/\d{{1,2}}\b", re.IGNORECASE)


def _noted_season(row: TableRow, last: int, ctx: Context) -> TableRow:
    """A month or quarter row whose label carries a footnote's mark (``augustus(1)`` over ``(1) Door een
    informaticapanne werden in augustus 2023 ongeveer 140 mandaten pas in september geregistreerd``): the
    season, the mark kept on its figures, when its note below the table (line ``last``) names no day or
    bound that may cut the season short and no partial or provisional count; otherwise, or without a note,
    the row as printed (no season: the table is then not read as a series)."""
    mark = MARKED_END.search(row.label)
    season = row.label[: mark.start()].rstrip() if mark else ""
    if mark is None or season_in(season, _STAND_IN_YEAR) is None \
            or (note := whole_note(mark[0], last, ctx)) is None or _SEASON_CUT_NOTE.search(note):
        return row
    values = {key: replace(figure, footnote=figure.footnote or mark[0]) for key, figure in row.values.items()}
    return replace(row, label=season, values=values)


def _reported_seasons(table: Table, ctx: Context) -> list[str]:
    """The month or quarter labels of the rows of ``table`` reported so far (``mei  1.533``: one cell for
    two years' columns): printed rows all the same, so a Totaal under them is over them too."""
    first, last = table.span.first_line, table.span.last_line
    labels = [_GAP.split(u.printed.strip(), maxsplit=1)[0] for u in ctx.unread
              if first <= u.span.first_line and u.span.last_line <= last]
    return [label for label in labels if season_in(label, _STAND_IN_YEAR)]


def _season_labels(table: Table, ctx: Context) -> Table | None:
    """Quarters or months as row labels under columns of years, whichever layout read the table (one cell
    per line: ``Kwartaal`` / ``2022`` / ``2023`` / ``1ste kwartaal`` / ``1.412`` / ...; a table without
    periods under a heading's year): each figure is of the row's quarter in the column's year, never of the
    year (``_seasons_as_rows``, as for a period header over such rows)."""
    if table.layout == "years-as-columns" or not table.periods \
            or not all(YEARS_IN_KEY.fullmatch(key) for key in table.periods) \
            or not any(season_in(row.label, "2000") for row in table.rows):
        return table
    return _seasons_as_rows(table, [read_period(key, lambda: None) for key in table.periods], ctx)


# a label naming a part of a year: a quarter, a half, a month ("Aanvragen 1ste kw.", "Stand eind juni"), a
# month abbreviated ("jan.", "24-jan"), a quarter or half by its capital letter ("K1", "T2", "S1"), a week by
# its number ("Week 28", "wk 3"; not "per week"), a school holiday ("Krokusvakantie"), days without a year
# ("(10/7 - 14/7)"), a season ("Zomer  Winter" as a header's columns, "hoogseizoen"; not "winterjaar")
_PART_OF_YEAR_WORD = re.compile(rf"\b(?:kwartaal|kw\.|trimester|semester|jaarhelft|(?-i:[QKTS])[1-4]|"
                                rf"{'|'.join(MONTHS)}|jan|feb|mrt|apr|jun|jul|aug|sept?|okt|nov|dec|"
                                r"(?:week|wk\.?)[ \t]*\d{1,2}|"
                                r"(?:kerst|paas|krokus|herfst|zomer|voorjaars|winter)vakantie|"
                                r"(?:zomer|winter|lente|herfst|voorjaar|najaar|hoog|laag)seizoen|"
                                r"zomer|winter|lente|herfst|voorjaar|najaar|"
                                r"\d{1,2}/\d{1,2}[ \t]*[-–][ \t]*\d{1,2}/\d{1,2}(?!/))\b",
                                re.IGNORECASE)
# a quarter by its Roman numeral ("I  II  III  IV" under a spanning "Kwartaal" line, which the reader may glue
# onto one of them: "Kwartaal II"); alone, "I" or "II" may be a category, so only under such a line
_ROMAN_PART = re.compile(r"(?:(?:kwartaal|trimester|semester)[ \t]+)?(?-i:I{1,3}|IV)", re.IGNORECASE)
_ROMAN_PART_HEADS = ("kwartaal", "trimester", "semester")
PART_OF_YEAR_LABEL = ("its label names a part of a year, but its figures would be the whole year's (or "
                      "another period's longer than that part)")
_SPAN_KEY = re.compile(r"(?:19|20)\d\d-(?:19|20)\d\d")  # "2019-2021": a span of years


def _longer_than_a_month(key: str) -> bool:
    """Whether a period's key covers more than a month or quarter a label could name: a year, a span of
    years, a school year, or a range of days over more than one month (``2024-01-01/2024-06-30``, a half
    year); not a month, a quarter, a day or a range inside one month."""
    if YEARS_IN_KEY.fullmatch(key) or _SPAN_KEY.fullmatch(key) or key.startswith(SCHOOL_YEAR_KEY):
        return True
    first, _, last = key.partition("/")
    return bool(last) and first[:7] != last[:7]


def _part_of_year_labels(table: Table, ctx: Context) -> Table | None:
    """A row (or the measure of a table of one column) whose label names a quarter, a half or a month while
    its figures are keyed by whole years (a header of parts of the year the reader did not take for
    periods), or by another period longer than a month (a half year the question asks about): the figures
    are that part's, never the longer period's, so the row is reported, not published; so is a Totaal row
    beside them, over those parts (all of the period's, or only some?)."""
    if not table.periods or not all(map(_longer_than_a_month, table.periods)):
        return table
    header = " ".join(line.text for line in header_lines(table, ctx)).lower()
    roman = any(word in header for word in _ROMAN_PART_HEADS)

    def parted_off(label: str) -> bool:  # "Belbus (januari-juni 2023)" over that half year's figures: its own
        if roman and _ROMAN_PART.fullmatch(label.strip()):
            return True
        return _PART_OF_YEAR_WORD.search(label) is not None and _heading_period(label) not in table.periods

    if table.measure and parted_off(table.measure):
        return report_periods(table, table.periods, PART_OF_YEAR_LABEL, ctx)
    parted = [row for row in table.rows if parted_off(row.label)]
    if not parted:
        return table
    parted += [row for row in table.rows if row.total and row not in parted]
    for row in parted:
        ctx.unread.append(Unread(ctx.spans_text(row.span), PART_OF_YEAR_LABEL, row.span, ctx.part))
    rows = tuple(row for row in table.rows if row not in parted)
    return replace(table, rows=rows) if rows else None


# "Jaargemiddelde" under months or quarters as rows: the average of each column's year; "Jaar" (often
# printed first, above the quarters), "Volledig jaar": the figure of each column's whole year
_YEAR_AVERAGE = re.compile(r"(?:jaar)?gemiddelde?|(?:volledige?[ \t]+|heel[ \t]+het[ \t]+)?jaar",
                           re.IGNORECASE)
_UNIT_WORDS = frozenset({"aantal", "%", "euro", "eur", "€", "k€", "procent", "in"})


def _units_line(text: str, count: int) -> bool:
    """A line of one unit word per column (``aantal aantal %``), printed under a period header."""
    words = [w.strip("()").lower() for w in text.split()]
    return len(words) == count and all(w in _UNIT_WORDS for w in words)


_UNIT_OF_WORD = {"%": "percent", "procent": "percent", "euro": "EUR", "eur": "EUR", "€": "EUR"}


def _units_of_line(text: str) -> list[str | None]:
    """The unit of each column a units line names (``%`` percent, ``euro`` EUR; ``aantal`` and a scale such
    as ``k€`` none): a ``Vlaanderen`` row under ``%`` columns is then a mean of shares, no sum."""
    return [_UNIT_OF_WORD.get(w.strip("()").lower()) for w in text.split()]


def _header_tail(text: str) -> bool:
    """A cheap first look for a period header: it ends in a year, a quarter's digit, a month or Totaal,
    perhaps marked ("2023*")."""
    if text[-1].isdigit():
        return True
    if text[-1] in "*)":
        if text.endswith("(%)"):  # "Aandeel (%)": a last column of shares
            return _header_tail(text[:-3].rstrip() or "(")
        if text.endswith(("(ppt)", "(pp)", "(%-punt)", "(‰)")):  # "Evolutie (ppt)": a change in percentage
            # points; "Aandeel (‰)": a rate per 1.000
            return _header_tail(text[: text.rindex("(")].rstrip() or "(")
        if _SO_FAR_END.search(text) or _SELF_NOTED_END.search(text):
            return True  # "2023 (t.e.m. 30 september)", "2023 (voorlopig)"
        if "/" in text and _PRICE_LAST.fullmatch(text):
            return True  # "2023 (kg)  2024 (kg)  Prijs 2024 (€/kg)"
        text = _WEIGHT_AFTER_PERIOD.sub("", text)  # "2023 (kg)  2024 (kg)"
        text = _BUDGET_AFTER_PERIOD.sub(lambda m: m["period"], text)  # "2025 (begroting)"
        text = MARKED_END.sub("", _UNIT_AFTER_PERIOD.sub("", text)).rstrip()  # "2023*", "2023 (%)"
        text = _SCALE_AFTER_PERIOD.sub("", text).rstrip() if text.endswith(")") else text  # "2023 (x 1.000)"
        return bool(text) and text[-1].isdigit()
    return text[-9:].lower().rstrip(".").endswith(_TAIL_WORDS) \
        or _gapped(text) and (_year_measure_cells(text) is not None
                              or ".000" in text and _RATE_BASE.search(text) is not None
                              and _RATE_LAST.fullmatch(text) is not None)
    # "mrt.  apr.", "2023 aantal  2023 bedrag", "2023  2023 per 100.000 inwoners"


def _ends_digit(text: str) -> bool:
    """A cheap first look: a row of figures ends in a digit, ``%``, a marker or a "no value"."""
    return bool(text) and (text[-1].isdigit() or text[-1] in "%*)-/." or text.endswith(("euro", "€")))


def _gapped(text: str) -> bool:
    """A cheap first look: columns are set apart by two spaces or a tab; a part without either prints none."""
    return "  " in text or "\t" in text


def _plain_labels(lines: Iterable[Line], count: int) -> bool:
    """Whether no row of a table (``lines``: those under its header, to a blank line) reads with a label
    that ends in a number (``Zone 1``): asked only of a row whose one doubt is that (``LabelNumberError``)."""
    for line in itertools.takewhile(lambda line: bool(line.text), lines):
        try:
            reading = read_row(line.text, count)
        except RowError:
            continue
        if line.text[: reading.label_end].rstrip()[-1:].isdigit():
            return False
    return True


def _group_of(group: tuple[Line, int] | None, pending: Sequence[Line], line: Line) -> tuple[Line, int] | None:
    """The group a row of cells belongs to: a label line without cells over rows indented deeper than it
    (``Lager onderwijs`` / ``   gewoon  438.215`` / ``   buitengewoon  27.318``), the first row taking it as
    its wrapped label, the rows after it at the same indentation as its own. A row at another indentation
    ends the group (``Subtotaal lager onderwijs`` back at the margin); so does a label of two lines or more,
    which is one label wrapped, no group's."""
    if len(pending) == 1 and line.column > pending[0].column:
        return pending[0], line.column
    if not pending and group is not None and line.column == group[1]:
        return group
    return None


def _column_row(line: Line, pending: list[Line], count: int, ctx: Context,
                plain: Callable[[], bool]) -> tuple[str, list[Figure]] | None:
    """The label and figures of one row, or None (reported) when they cannot be read unambiguously.
    ``plain`` says whether no label of the table ends in a number (``_plain_labels``)."""
    try:
        try:
            reading = read_row(line.text, count, 0 if pending else 1)
        except LabelNumberError:
            if not plain():
                raise
            reading = read_row(line.text, count, 0 if pending else 1, plain_labels=True)
    except RowError as e:
        ctx.report((pending or [line])[0], line, str(e), "\n".join(p.text for p in [*pending, line]))
        return None
    label = join_wrapped([p.text for p in pending] + [line.text[: reading.label_end]])
    if not label:
        ctx.report(line, line, "a row of figures without a label")
        return None
    if _NUMBERS_AFTER_WORDS.fullmatch(line.text) and _ENDS_IN_NUMBER.search(line.text[: reading.label_end]):
        ctx.report(line, line, f"its numbers split into {count} columns only with two in the label: "
                               "figures glued together, or a label with numbers?")
        return None
    if _figure_ends_label(line.text[: reading.label_end]):
        ctx.report(line, line, f"more figures than the {count} columns: one is left in the label")
        return None
    return label, [cell_figure(line, c.start, c.end, c.marker) for c in reading.cells]


_GAP_BEFORE_LAST = re.compile(r"\S(?: {2,}|\t)\S+$")


def _last_word(text: str) -> str:
    return text.rsplit(None, 1)[-1] if text.strip() else ""


def _cell_apart(text: str) -> bool:
    """Whether ``text`` ends in a cell set apart by a column gap (two spaces or a tab)."""
    text = text.rstrip()
    return bool(_GAP_BEFORE_LAST.search(text)) and is_cell(_last_word(text))


def _figure_ends_label(printed: str) -> bool:
    """A label whose last word is a cell set apart by a column gap (``Limburg       6``) or a share or an
    amount (``Limburg 6 10,0%``): a column the header did not count (two per year: ``aantal aandeel``), not
    a label such as ``Zone 1``."""
    last = _last_word(printed)
    return _cell_apart(printed) or (is_cell(last) and last.endswith(("%", "€")))


def _heading_lines(lines: Sequence[Line], i: int, floor: int, most: int = _MAX_HEADING_LINES) -> list[Line]:
    """The lines right above the first period row, up to a blank line or a sentence's end, or up to an Excel
    pivot table's line of its column field (``Som van contacten   Kolomlabels``, see ``_PIVOT_FIELD``)."""
    k = i
    while k > floor and i - k < most and lines[k - 1].text[-1:] not in ("", *STOPS) \
            and not ("labels" in lines[k - 1].text and _PIVOT_FIELD.search(lines[k - 1].text)):
        k -= 1
    return list(lines[k:i])


# "Som van contacten   Kolomlabels" over "Rijlabels  chat  e-mail": an Excel pivot table's value field and the
# caption of its column field, pasted as text; the lines above it are the pivot's report filters ("Jaar
# 2023"), none of them names a column
_PIVOT_FIELD = re.compile(r"(?:^|[ \t]{2}|\t)Kolomlabels[ \t]*$")


def _heading_cells(headings: Sequence[Line]) -> list[list[tuple[int, str]]]:
    return [[(line.column + m.start(), m[0]) for m in _CELL.finditer(line.text)] for line in headings]


def _column_counts(headings: Sequence[str]) -> tuple[list[int], bool]:
    """Column counts the headings allow, likeliest first, and whether the headings prove the count.

    Headings set apart by two or more spaces prove it (one column each, or one fewer when the first
    heads the label or period column). Headings set apart by single spaces prove it only after a first
    heading ``Jaar``: otherwise ``Aantal aanvragen Weigeringen`` could be two columns or three, and a
    count is accepted only when it is the one count every row reads under.
    """
    cells = [c for c in headings if c.split()]  # a control character alone ("\x1f") is no heading
    if len(cells) == 1:
        words = cells[0].split()
        if words[0].lower() in _PERIOD_WORDS and len(capital_groups(cells[0])) == len(words):
            return [len(words) - 1], True  # "Jaar Aanvragen Weigeringen": one word per column
        return list(range(len(words) - (words[0].lower() in _PERIOD_WORDS), 0, -1)), False
    if not cells:
        return [], False
    first_is_period = cells[0].lower() in _PERIOD_WORDS
    return ([len(cells) - 1, len(cells)] if first_is_period else [len(cells), len(cells) - 1]), True


def capital_groups(text: str) -> list[str]:
    """A single-spaced heading cut where a word starts with a capital: ``Aanvragen Uitbetaald bedrag``
    is ``Aanvragen`` and ``Uitbetaald bedrag``. Used only to name columns whose count the rows proved."""
    groups: list[str] = []
    for word in text.split():
        if word[:1].isupper() or not groups:
            groups.append(word)
        else:
            groups[-1] += f" {word}"
    return groups


def _column_names(text: str, count: int) -> list[str] | None:
    """The names of ``count`` columns in a single-spaced heading (the first may head the label or period
    column): one word each, else one capitalised group each; None when neither gives the count."""
    for names in (text.split(), capital_groups(text)):
        if len(names) in (count, count + 1):
            return names[len(names) - count:]
    return None


def _column_labels(headings: Sequence[Line], count: int) -> tuple[str, ...]:
    """Join wrapped headings: each cell goes to the column of the fullest heading line it sits under."""
    cells = _heading_cells(headings)
    anchor = max(cells, key=len, default=[])
    if len(anchor) == 1 and len(headings) == 1 and (names := _column_names(anchor[0][1], count)):
        return tuple(names)
    if len(anchor) not in (count, count + 1):
        return tuple(f"kolom {k + 1}" for k in range(count))
    columns: list[list[str]] = [[] for _ in anchor]
    for row in cells:
        groups = _group_spans(row, anchor) if row is not anchor else None
        for n, (column, text) in enumerate(row):
            for k in groups[n] if groups else \
                    [min(range(len(anchor)), key=lambda k: abs(anchor[k][0] - column))]:
                columns[k].append(text)
    return tuple(join_wrapped(words) for words in columns[len(anchor) - count:])


def _group_spans(row: Sequence[tuple[int, str]], anchor: Sequence[tuple[int, str]]) -> list[list[int]] | None:
    """The columns each cell of a heading line spans when the line names groups of columns (``Theoretisch
    examen  Praktisch examen`` over ``afgelegd  geslaagd (%)  afgelegd  geslaagd (%)``): two cells or more,
    each printed across two columns of the fullest line or more (or each starting where one of its columns
    starts, reaching to where the next group's starts), none over its first, no column under two cells. None
    for any other line (a wrapped heading's first words stand over one column: the nearest takes them; a
    caption across the whole table is no group)."""
    spans = []
    for start, text in row:
        end = start + len(text)
        spans.append([k for k, (a, name) in enumerate(anchor) if a < end and start < a + len(name)])
    starts = {a for a, _ in anchor}
    if any(len(s) < 2 for s in spans) and len(row) >= 2 and all(start in starts for start, _ in row):
        # left-aligned over the first of its columns, up to the next group's (``Lager onderwijs`` over
        # ``aantal          %``): a group's heading reaches to where the next starts
        reach = [start for start, _ in row[1:]] + [max(a + len(name) for a, name in anchor)]
        spans = [[k for k, (a, _) in enumerate(anchor) if start <= a < until]
                 for (start, _), until in zip(row, reach, strict=True)]
    if len(spans) < 2 or any(len(s) < 2 or 0 in s for s in spans) \
            or len({k for s in spans for k in s}) != sum(map(len, spans)):
        return None  # one cell across them all is a caption; one over the first heading, no group's
    return spans


def _label_holds_figure(records: Sequence[tuple[Line, int]], readings: Sequence[Reading],
                        exact: bool) -> bool:
    """Whether a count leaves figures in the labels: with ``exact`` (periods as rows) a label longer than its
    period; otherwise every row's label ending in a figure (``Antwerpen 53.412``: one column too few)."""
    if exact:
        return any(len(line.text[: r.label_end].split()) != taken
                   for (line, taken), r in zip(records, readings, strict=True))
    return all(_ends_in_figure(line, r) for (line, _), r in zip(records, readings, strict=True))


def _ends_in_figure(line: Line, reading: Reading) -> bool:
    label = line.text[: reading.label_end].split()
    return bool(label) and is_cell(label[-1])


_AMOUNT = re.compile(r"bedrag|euro|€|budget|kost|uitgave|subsidie", re.IGNORECASE)


def _amount_columns(headings: Sequence[str], count: int, named: re.Pattern[str] = _AMOUNT) -> frozenset[int]:
    """The columns whose heading names an amount (``Uitbetaald bedrag``, ``Budget (k€)``), by position."""
    names = list(headings) if len(headings) > 1 else _column_names(headings[0], count) if headings else None
    if names is None or len(names) not in (count, count + 1):
        return frozenset()
    return frozenset(k for k, name in enumerate(names[len(names) - count:]) if named.search(name))


_BALANCE = re.compile(r"^(?:netto|saldo)\b", re.IGNORECASE)


def _balance_columns(headings: Sequence[str], count: int) -> frozenset[int]:
    """The columns whose heading names a balance (``Netto``, ``Saldo``), by position: a bracketed figure
    there is a negative (``(44,5)``), as accountants print it."""
    return _amount_columns(headings, count, _BALANCE)


def _read_rows(records: Sequence[tuple[Line, int]], counts: Sequence[int], proven: bool,
               exact: bool = False, headings: Sequence[str] = ()) -> tuple[int, list] | RowError:
    """The column count every row reads under, with the readings; else why not. With ``proven`` counts
    the first that fits wins; otherwise exactly one count may fit, or the rows are ambiguous. A count
    that leaves a figure in the labels does not fit (see ``_label_holds_figure``)."""
    fits: list[tuple[int, list]] = []
    first: RowError | None = None
    for count in (c for c in dict.fromkeys(counts) if 0 < c <= _MAX_COLUMNS):
        try:
            amounts = _amount_columns(headings, count)
            balances = _balance_columns(headings, count) if exact else frozenset()
            readings = [read_row(line.text, count, label, amounts, balances) for line, label in records]
        except RowError as e:
            first = first or e
            continue
        if not proven and _label_holds_figure(records, readings, exact):
            continue
        fits.append((count, readings))
        if proven:
            break
    clean = [(count, readings) for count, readings in fits
             if not any(_ends_in_figure(line, r) for (line, _), r in zip(records, readings, strict=True))]
    if len(fits) == 1 or len(clean) == 1:  # one count leaves no label ending in a figure: "Zwemmen 11 17 903"
        return (clean or fits)[0]  # is 11, 17, 903 like "Atletiek 24 31 1.840", not 11 and 17 903
    if fits:
        return RowError(f"the headings do not say how many columns there are, and the rows read as "
                        f"{' or '.join(str(c) for c, _ in fits)}")
    return first or RowError("no column count")


def _aligned_periods_as_rows(lines: Sequence[Line], i: int, j: int, headings: Sequence[Line],
                             ctx: Context) -> Table | None:
    """Periods as rows in aligned columns with a cell left blank (``2020   3.412   1.067        2.904``
    under ``Jaar  Lucht-water  Bodem-water  Hybride (1)  Warmtepompboiler``): cut at the header's column
    starts (``aligned.cut``); a blank cell publishes nothing. Only when every row lines up, every label
    is a distinct period and no row is a total: else the rows are reported as before."""
    columns = aligned.header(headings[-1]) if headings else None
    if columns is None or columns[0].name.lower() not in _PERIOD_WORDS:
        return None
    found = aligned.read(headings[-1], columns, lines[i:j], lines[j:])
    if found is None or _unread_but_short(found) or len(found.columns) != len(columns) - 1 \
            or any(is_total(label) for label in found.labels):
        return None
    for line, why in found.unread:  # a row a cell short, two cells glued: reported, its cells left blank
        ctx.report(line, line, why)
    try:
        keys = [read_period(label, ctx.year_of).key for label in found.labels]
    except PeriodError:
        return None
    if len(set(keys)) != len(keys):
        return None
    rows = []
    for name, figures in found.columns:
        values = {key: figure for key, figure in zip(keys, figures, strict=True) if figure is not None}
        if values:
            column = list(values.values())
            rows.append(TableRow(name, values, ctx.spans.span(column[0].span.start, column[-1].span.end),
                                 is_total(name)))
    span = ctx.spans.span(headings[0].start, lines[j - 1].end)
    return Table(tuple(keys), tuple(rows), span, "years-as-rows", ctx.part) if rows else None


def _unread_but_short(found: aligned.Aligned) -> bool:
    """Whether an aligned table of periods as rows leaves a row unread for any reason but a figure that runs
    on past its column (``aligned.RUNS_ON``: ``2022  361  204  309  231331`` under five headings, a cell short
    with two glued), or leaves fewer than two rows read: that row is reported and publishes nothing, the rows
    that line up are read. Any other row that does not read leaves the table to be reported as before."""
    reported = {line.number for line, _ in found.unread}
    return any(why != aligned.RUNS_ON for _, why in found.unread) \
        or sum(line.number not in reported for line in found.lines) < 2


# "waarvan Mechelen" under "Antwerpen" (a part of the row above), "Ter vergelijking: Wallonië" (another
# region beside the table's): rows a Totaal does not add up
_OUTSIDE_THE_SUM = re.compile(
    r"(?:[-–•]\s*)?(?:waarvan|waaronder|w\.v\.|inclusief|incl\.|ter\s+vergelijking|subtota(?:al|len))\b",
    re.IGNORECASE)


def _rows_outside_the_sum(table: Table) -> bool:
    """Whether a row is a part of the row above, stands beside the table for comparison or sums a group of
    the rows above it (``Subtotaal basisonderwijs``): then the table's total is no sum of its rows, and
    checking it as one would flag a contradiction the source does not make."""
    return any(_OUTSIDE_THE_SUM.match(row.label) for row in table.rows)


def _breakdowns(table: Table) -> bool:
    """Whether the rows above the one total row cut into two or more runs that each add up to it in every
    period (``mannen``, ``vrouwen``, then the age groups): two breakdowns of one whole, so the total is no
    sum of all its rows, and checking it as one would flag a contradiction the source does not make."""
    totals = [row for row in table.rows if row.total]
    if len(totals) != 1 or table.rows[-1] is not totals[0]:
        return False
    whole = {key: figure.value for key, figure in totals[0].values.items()}
    if not whole or None in whole.values():
        return False
    runs, sums = 0, dict.fromkeys(whole, Decimal(0))
    for row in table.rows[:-1]:
        values = {key: figure.value for key, figure in row.values.items()}
        if set(values) != set(whole) or None in values.values():
            return False
        sums = {key: sums[key] + (values[key] or Decimal(0)) for key in whole}
        if sums == whole:
            runs, sums = runs + 1, dict.fromkeys(whole, Decimal(0))
    return runs >= 2 and not any(sums.values())


def _lost_rows(table: Table, reported: Sequence[Unread]) -> bool:
    """Whether rows of the table were reported instead of read: then its total is no sum of what was read
    (a row left out is no contradiction of the total)."""
    return any(table.span.first_line < u.span.first_line <= table.span.last_line for u in reported)


def _wrapped_period_header(lines: Sequence[Line], i: int, ctx: Context) -> Found | None:
    """A period header whose last cell wraps inside its brackets (``Kanaal  2021  2022  2023 (t.e.m.`` /
    ``30 september)``): read as the one header line it is, the rows after its second line."""
    if i + 1 >= len(lines) or not lines[i + 1].text.endswith(")") or "(" in lines[i + 1].text:
        return None
    first = lines[i]
    joined = Line(first.number, first.start, first.column, f"{first.text} {lines[i + 1].text}")
    if not _header_tail(joined.text):
        return None
    found = _periods_as_columns([*lines[:i], joined, *lines[i + 2 :]], i, ctx)
    return None if found is None else (found[0], found[1] + 1)


# "Stand op" over "1/1/2023": the words of a stock's heading cell that wrap before its day ("Toestand op"); a
# count's ("telling" over "1 februari 2021": the pupils counted that day) says the same
_STAND_OP = re.compile(r"(?:stand|toestand|situatie)[ \t]+(?:op|per)|telling(?:[ \t]+op)?", re.IGNORECASE)


def _days_under_stand_op(lines: Sequence[Line], i: int, ctx: Context) -> Found | None:
    """A header whose stock cells wrap before their day (``Type  Stand op  Stand op`` / ``bescherming
    1/1/2023  1/1/2024``): "stand op" says the figure under it was counted on that day, which is what a day
    alone heads, so the two lines are read as the one header ``Type  1/1/2023  1/1/2024``, the rows after
    the second line; the label's heading may wrap with them. None unless every cell after the
    label's says "stand op" alone and one day stands under each of them and under nothing else."""
    if i + 2 >= len(lines):
        return None
    header, days = lines[i], lines[i + 1]
    cells, below = _cells_at(header), _cells_at(days)
    if len(cells) < 2 or not all(_STAND_OP.fullmatch(text) for _, _, text in cells[1:]):
        return None
    stands = cells[1:]
    label = [c for c in below if c[1] <= stands[0][0]]
    dated = below[len(label):]
    if len(label) > 1 or len(dated) != len(stands) \
            or not all(_DAY_ALONE.fullmatch(text) and a < stand_end and stand_start < b
                       for (a, b, text), (stand_start, stand_end, _) in zip(dated, stands, strict=True)):
        return None
    # the label's heading as its first line prints it ("Type"): the rest it wraps onto ("bescherming") is
    # no part of a figure, and one word over the labels is what tells days as columns from a row of dates
    joined = "  ".join([cells[0][2], *(text for _, _, text in dated)])
    if not _reads_as_header(joined, ctx):
        return None
    found = _periods_as_columns([*lines[:i], Line(header.number, header.start, header.column, joined),
                                 *lines[i + 2 :]], i, ctx)
    return None if found is None else (found[0], found[1] + 1)


# a name over a period that makes it no measured figure: a plan, a change or share, a rate or mean
_NOT_A_TRANCHE = re.compile(rf"{_PLANNED.pattern}|{'|'.join(_BUDGET_KINDS)}|{_OTHER}|gemiddel|\bgem\.|media|"
                            r"\bper\b|percentage|procent|graad|ratio|\bP\d\d", re.IGNORECASE)


def _names_over_periods(lines: Sequence[Line], i: int, ctx: Context) -> Found | None:
    """Column names over the periods each was paid or counted in, on the line below (``Net  Voorschot
    Voorschot  Saldo  Totaal`` / ``sept. 2023  jan. 2024  mei 2024``, the tranches of one school year's
    funds): read as the header ``Net  sept. 2023  jan. 2024  mei 2024  Totaal``, the rows after the second
    line, each name's columns then a table of their own (the name its measure: a ``Voorschot`` is not a
    ``Saldo``). Only when one period stands under each name but a last ``Totaal`` and under nothing else,
    a name stands over two periods or more (instalments of one kind: ``Regio  Belbus  Flex`` over two half
    years is two measures, each its half year, read as such elsewhere), and no name is a plan, a change, a
    share, a rate or a mean (a figure of another kind under its period). The Totaal column is read as any
    Totaal beside periods (over months apart: reported)."""
    header, below = lines[i], lines[i + 1]
    cells, dated = _cells_at(header), _cells_at(below)
    if len(cells) < 3:
        return None
    total = is_total(cells[-1][2])
    names = cells[1 : len(cells) - total]
    if len(names) < 2 or len(dated) != len(names) or dated[0][0] < cells[0][1] \
            or len({text.lower() for _, _, text in names}) == len(names) \
            or any(_NOT_A_TRANCHE.search(text) or is_total(text) for _, _, text in names) \
            or not all(a < name_end and name_start < b
                       for (a, b, _), (name_start, name_end, _) in zip(dated, names, strict=True)):
        return None
    try:
        periods = [read_period(text, ctx.year_of) for _, _, text in dated]
    except PeriodError:
        return None
    if len({p.key for p in periods}) != len(periods):
        return None
    joined = "  ".join([cells[0][2], *(text for _, _, text in dated), *(["Totaal"] if total else [])])
    if not _reads_as_header(joined, ctx):
        return None
    found = _periods_as_columns([*lines[:i], Line(header.number, header.start, header.column, joined),
                                 *lines[i + 2 :]], i, ctx)
    if found is None or found[0] is None:
        return found if found is None else (None, found[1] + 1)
    table, end = found
    by_name: dict[str, list[str]] = {}
    for (_, _, name), period in zip(names, periods, strict=True):
        by_name.setdefault(name, []).append(period.key)
    tables = []
    for name, keys in by_name.items():
        rows = tuple(replace(r, values={k: f for k, f in r.values.items() if k in keys}) for r in table.rows)
        tables.append(replace(table, periods=tuple(keys), rows=tuple(r for r in rows if r.values),
                              total_period=None, measure=name))
    if table.total_period is not None:  # a Totaal over the names' periods: the sum of every name's figures
        rows = tuple(replace(r, values={table.total_period: r.values[table.total_period]})
                     for r in table.rows if table.total_period in r.values)
        tables.append(replace(table, periods=(table.total_period,), rows=rows, total_period=None,
                              measure=cells[-1][2]))
    ctx.extra.extend(tables[1:])
    return tables[0], end + 1


_YEAR_CELLS = re.compile(r"(?:19|20)\d\d(?:[ \t]+(?:19|20)\d\d)*")


def _years_under_seasons(lines: Sequence[Line], i: int, ctx: Context) -> Found | None:
    """Quarters or months without a year whose header cells wrap onto a line of years alone (``4de kwartaal
    1ste kwartaal`` / ``2022  2023``): each year is the one of the cell it is printed under, so the two lines
    are read as the one header ``4de kwartaal 2022  1ste kwartaal 2023``, the rows after the second line.
    When the years do not fall one under each quarter (a year centred over two), the table is reported,
    never read under the year of the part's heading. None for a header of no quarters without a year."""
    if i + 1 >= len(lines) or not _YEAR_CELLS.fullmatch(lines[i + 1].text):
        return None
    header, years = lines[i], lines[i + 1]
    cells = _cells_at(header)
    bare = {k for k, (_, _, text) in enumerate(cells)
            if season_in(text, _STAND_IN_YEAR) and not YEARS_IN_KEY.search(text)}
    if not bare:
        return None
    under = _words_under(cells, years, bare)
    if set(under) != bare or len(under) != len(years.text.split()):
        j = i + 2
        while j < len(lines) and lines[j].text and ends_in_cell(lines[j].text):
            j += 1
        ctx.report(header, lines[j - 1], UNPLACED_YEARS, "\n".join(line.text for line in lines[i:j]))
        return None, j
    joined = "  ".join(f"{text} {under[k]}" if k in under else text for k, (_, _, text) in enumerate(cells))
    found = _periods_as_columns([*lines[:i], Line(header.number, header.start, header.column, joined),
                                 *lines[i + 2 :]], i, ctx)
    return None if found is None else (found[0], found[1] + 1)


UNPLACED_YEARS = "the years under the quarters or months give not each one year: the table is not read"
# "Type incident  2022  2023  Voorbeeld": a last column of words beside the periods' figures
_TEXT_HEADING = re.compile(r"(?:[ \t]{2,}|\t)(opmerking(?:en)?|voorbeeld(?:en)?|toelichting|bemerking(?:en)?|"
                           r"commentaar|omschrijving|uitleg)$", re.IGNORECASE)
_TEXT_REACH = 2  # how far a text cell may start left or right of its heading


def _text_column(lines: Sequence[Line], i: int, ctx: Context) -> Found | None:
    """A period header whose last column holds words (``Opmerking``, ``Voorbeeld``), each row's text cell
    printed under that heading (``Phishing  118  134  valse e-mails namens Vlaanderen.be``): the periods'
    figures are read as if the column were not printed, its words (a day, a school year among them) never
    as figures. None unless every row, up to the first line that is none, ends in a cell before the
    heading and starts its text (if any) under it after a column gap."""
    header = lines[i]
    if (m := _TEXT_HEADING.search(header.text)) is None:
        return None
    cut = header.column + m.start(1)
    head, top = header.text[: m.start()], i + 1
    if not _reads_as_header(head, ctx) and top < len(lines) \
            and (more := _wrapped_cell(header, head, lines[top], cut)):
        head, top = f"{head} {more}", top + 1  # "Digitaal" over "2022 (%)": one heading cell
    if not _reads_as_header(head, ctx):
        return None
    cropped = [Line(header.number, header.start, header.column, head)]
    j = top
    while j < len(lines) and lines[j].text:
        line = lines[j]
        if "  " not in line.text and "\t" not in line.text and line.column < cut - _TEXT_REACH \
                and not ends_in_cell(line.text):
            break  # a sentence after the rows
        if line.column >= cut - _TEXT_REACH:
            return None  # a text cell wrapped onto a line of its own: whose row's?
        from_ = max(0, cut - _TEXT_REACH - 2 - line.column)
        gap = re.search(r"(?:[ \t]{2,}|\t)(?=\S)", line.text[from_:])
        head = line.text
        if gap is None and line.column + len(line.text) > cut - _TEXT_REACH:
            return None  # words under the heading not set apart from the figures
        if gap is not None:
            if abs(line.column + from_ + gap.end() - cut) > _TEXT_REACH:
                return None  # words beside the figures, not under the heading: which column is it?
            head = line.text[: from_ + gap.end()].rstrip()
        if not head or not ends_in_cell(head):
            return None  # no row of figures
        cropped.append(Line(line.number, line.start, line.column, head))
        j += 1
    if j - top < 2:
        return None
    found = _periods_as_columns([*lines[:i], *cropped, *lines[j:]], i, ctx)
    return None if found is None else (found[0], found[1] + top - i - 1)


def _reads_as_header(text: str, ctx: Context) -> bool:
    try:
        return _header_periods(text, ctx) is not None
    except PeriodError:
        return False


def _wrapped_cell(header: Line, head: str, below: Line, cut: int) -> str | None:
    """The rest of the header's last cell wrapped onto the line below (``Digitaal`` over ``2022 (%)``): a
    period, printed under that cell alone, before the text column at ``cut``. None for any other line."""
    last = _cells_at(Line(header.number, header.start, header.column, head))[-1]
    if not DIGIT.search(below.text) or "  " in below.text or "\t" in below.text \
            or not last[0] - _TEXT_REACH <= below.column <= last[1] or below.column + len(below.text) > cut:
        return None
    return below.text


# "2023" and "2024" centred over "okt.  nov.  dec." and "jan.  feb.  maart": months running over New Year
_TWO_YEARS_LINE = re.compile(r"((?:19|20)\d\d)(?:[ \t]{2,}|\t)[ \t]*((?:19|20)\d\d)")


def _years_over_months(lines: Sequence[Line], i: int, ctx: Context) -> Found | None:
    """Months without a year that run on over New Year (``okt.  nov.  dec.  jan.  feb.  maart``) under a
    line of two following years alone, the first over the months before January, the second over January
    and on (``2023`` over ``okt. nov. dec.``, ``2024`` over ``jan. feb. maart``): read as the one header
    ``okt. 2023 ... maart 2024``, never with the year of the heading or question for all of them. None for
    any other header: months that do not follow each other, do not pass New Year once, or years not printed
    over their own months."""
    if i == 0 or (years := _TWO_YEARS_LINE.fullmatch(lines[i - 1].text)) is None \
            or int(years[2]) != int(years[1]) + 1:
        return None
    cells = _cells_at(lines[i])
    months = [(k, p) for k, (_, _, text) in enumerate(cells)
              if (p := season_in(text, _STAND_IN_YEAR)) is not None and p.kind == "month"]
    if len(months) < 2 or months[0][0] not in (0, 1) or [k for k, _ in months] != list(
            range(months[0][0], len(cells))):
        return None  # a label cell at most, then months only
    numbers = [int(p.key[5:]) - 1 for _, p in months]  # January 0
    wrap = next((n for n in range(1, len(numbers)) if numbers[n] == 0), None)
    if wrap is None or any((numbers[n] - numbers[n - 1]) % 12 != 1 for n in range(1, len(numbers))):
        return None
    first, last = cells[months[0][0]], cells[months[-1][0]]
    before, after = cells[months[wrap - 1][0]], cells[months[wrap][0]]
    start = lines[i - 1].column
    one = (start + years.start(1), start + years.end(1))
    two = (start + years.start(2), start + years.end(2))
    reach = _GROUP_REACH
    over_first = first[0] - reach <= one[0] and one[1] <= before[1] + reach and one[1] < after[0]
    over_second = after[0] - reach <= two[0] and two[1] <= last[1] + reach and two[0] > before[1]
    if not (over_first and over_second):
        return None
    joined = "  ".join(f"{text} {years[1] if n < wrap else years[2]}" if (n := k - months[0][0]) >= 0
                       else text for k, (_, _, text) in enumerate(cells))
    header = lines[i]
    return _periods_as_columns([*lines[:i], Line(header.number, header.start, header.column, joined),
                                *lines[i + 1 :]], i, ctx)


# "kw. 1", "kw.2": a quarter as a line of quarters under years prints it
_KW_QUARTER = re.compile(r"kw\.?[ \t]?([1-4])", re.IGNORECASE)


def _season_cell(text: str) -> Period | None:
    """A header cell that is a quarter or month without a year (``kw. 1``, ``Q3``, ``jan.``), read in the
    stand-in year; None for any other cell."""
    kw = _KW_QUARTER.fullmatch(text)
    return season_in(f"Q{kw[1]}" if kw else text, _STAND_IN_YEAR)


def _years_over_seasons(lines: Sequence[Line], i: int, ctx: Context) -> Found | None:
    """A line of years alone over a line of quarters or months without a year, each year centred over its
    own run of them (``2023  2024`` over ``kw. 1  kw. 2  kw. 3  kw. 4  kw. 1``): a run starts where the
    quarters start again (a later quarter never follows an earlier one in the same year), and each year is
    read for the run under it, so the two lines are the one header ``Q1 2023 ... Q4 2023  Q1 2024``, the rows
    after the second line. A year centred over its run starts at or right of the run's first cell and left of
    the next run's (a PDF may print the last year somewhat right of its one cell). Reported when the runs
    do not match the ascending years one to one so placed; None for other lines."""
    if i + 2 >= len(lines) or not _YEAR_CELLS.fullmatch(lines[i].text):
        return None
    top, sub = lines[i], lines[i + 1]
    cells = _cells_at(sub)
    if len(cells) < 2:
        return None
    label = [] if _season_cell(cells[0][2]) else cells[:1]
    seasons = [(a, b, _season_cell(text)) for a, b, text in cells[len(label):]]
    if len(seasons) < 2 or any(p is None for _, _, p in seasons) \
            or len({p.kind for _, _, p in seasons if p}) != 1:
        return None
    runs: list[list[tuple[int, int, Period]]] = []
    for a, b, p in seasons:
        if p is None:
            return None
        if not runs or p.order <= runs[-1][-1][2].order:
            runs.append([])
        runs[-1].append((a, b, p))
    years = _cells_at(top)  # each starts where its run does or further right, before the next run
    starts = [run[0][0] for run in runs]
    bounds = list(zip(starts, [*starts[1:], 1 << 30], strict=True))
    placed = [[k for k, (a, b) in enumerate(bounds) if a <= start < b] for start, _, _ in years]
    # years that skip one only over whole years (``okt. nov. dec.`` under 2022, ``jan. feb.`` under 2024 runs
    # over a New Year the years do not say)
    whole = all(len(run) == (4 if run[0][2].kind == "quarter" else 12) for run in runs)
    ascending = all(int(x[2]) < int(y[2]) and (whole or int(y[2]) == int(x[2]) + 1)
                    for x, y in zip(years, years[1:], strict=False))
    if len(years) != len(runs) or not ascending or placed != [[k] for k in range(len(runs))]:
        j = i + 2
        while j < len(lines) and lines[j].text and ends_in_cell(lines[j].text):
            j += 1
        ctx.report(top, lines[j - 1], UNPLACED_YEARS, "\n".join(line.text for line in lines[i:j]))
        return None, j
    joined = "  ".join([*(text for _, _, text in label),
                        *(f"{p.printed if p.kind == 'month' else p.key[5:]} {year}"
                          for run, (_, _, year) in zip(runs, years, strict=True) for _, _, p in run)])
    found = _periods_as_columns([*lines[:i], Line(sub.number, sub.start, sub.column, joined),
                                 *lines[i + 2 :]], i, ctx)
    return None if found is None else (found[0], found[1] + 1)

# "1e semester  2e semester" over "2021-2022  2021-2022": a school year's halves, whose days schools set
_HALF_CELL = re.compile(r"(1ste|1e|eerste|2de|2e|tweede) semester", re.IGNORECASE)
_SCHOOL_YEAR_CELLS = re.compile(r"(?:19|20)\d\d-(?:19|20)\d\d(?:[ \t]+(?:19|20)\d\d-(?:19|20)\d\d)*")
_MONTH_NAME = "|".join(MONTHS)
# "Het eerste semester loopt van 1 september tot en met 31 januari, het tweede van 1 februari tot en met 30
# juni": the days of each half, said once for every school year
_SEMESTER_DAYS = re.compile(
    rf"\b(eerste|1ste|1e|tweede|2de|2e)(?:\s+semester)?(?:\s+loopt)?\s+van\s+(\d{{1,2}})\s+({_MONTH_NAME})\s+"
    rf"tot\s+en\s+met\s+(\d{{1,2}})\s+({_MONTH_NAME})\b", re.IGNORECASE)
SEMESTER_DAYS = "a school year's semesters whose days the answer does not say: the table is not read"


def _semester_days(text: str) -> dict[int, tuple[str, str, str, str]] | None:
    """The first and last day of each semester of a school year, as ``text`` says them (day, month, day,
    month for semester 1 and 2); None unless it says both, once each."""
    days: dict[int, tuple[str, str, str, str]] = {}
    for m in _SEMESTER_DAYS.finditer(text):
        half = 1 if m[1][0] in "1eE" else 2
        if half in days:
            return None
        days[half] = (m[2], m[3].lower(), m[4], m[5].lower())
    return days if len(days) == 2 else None


def _semester_range(half: str, school_year: str, days: dict[int, tuple[str, str, str, str]]) -> str:
    """``1e semester`` of ``2021-2022`` as the range of days it prints: its months from September on fall
    in the first year, the others in the second."""
    years = school_year.split("-")
    d1, m1, d2, m2 = days[1 if half[0] in "1eE" else 2]
    return f"{d1} {m1} {years[month_number(m1) < 9]} - {d2} {m2} {years[month_number(m2) < 9]}"


def _semesters_over_school_years(lines: Sequence[Line], i: int, ctx: Context) -> Found | None:
    """A header of semesters without their school year over a line of school years alone (``1e semester  2e
    semester`` / ``2021-2022  2021-2022``): each semester is one of the school year printed under it, its
    days those the answer says (``Het eerste semester loopt van 1 september tot en met 31 januari, het
    tweede ...``), read as the one header of ranges of days. Reported when the school years do not fall
    one under each semester, or the answer does not say the semesters' days: schools set them."""
    if i + 2 >= len(lines) or not _SCHOOL_YEAR_CELLS.fullmatch(lines[i + 1].text):
        return None
    header, years = lines[i], lines[i + 1]
    cells = _cells_at(header)
    halves = {k for k, (_, _, text) in enumerate(cells) if _HALF_CELL.fullmatch(text)}
    if not halves:
        return None
    under = _words_under(cells, years, halves)
    days = _semester_days(ctx.elsewhere)
    if set(under) != halves or len(under) != len(years.text.split()) or days is None:
        j = i + 2
        while j < len(lines) and lines[j].text and ends_in_cell(lines[j].text):
            j += 1
        reason = SEMESTER_DAYS if days is None else UNPLACED_YEARS
        ctx.report(header, lines[j - 1], reason, "\n".join(line.text for line in lines[i:j]))
        return None, j
    joined = "  ".join(_semester_range(text, under[k], days) if k in under else text
                       for k, (_, _, text) in enumerate(cells))
    found = _periods_as_columns([*lines[:i], Line(header.number, header.start, header.column, joined),
                                 *lines[i + 2 :]], i, ctx)
    return None if found is None else (found[0], found[1] + 1)


# "S22  W22/23  S23  W23/24": column headings that are codes (letters, then digits), each given its first
# and last day in a legend right under the rows: "S22: zomerseizoen 2022 (27/03/2022 - 29/10/2022); W22/23:
# winterseizoen 2022-2023 (30/10/2022 - 25/03/2023); ..."
_CODE_HEADING = re.compile(r"[A-Z]{1,3}\d{1,4}(?:/\d{1,4})?")
_LEGEND_DAYS = re.compile(r"\((\d{1,2})/(\d{1,2})/((?:19|20)\d\d)[ \t]*[-\u2013][ \t]*"
                          r"(\d{1,2})/(\d{1,2})/((?:19|20)\d\d)\)")
_MAX_LEGEND_LINES = 6
LEGEND_UNKEYED = ("the column headings are codes a legend under the table explains, but it does not give "
                  "each one first and last day: the table is not read")


def _legend_days(legend: str, codes: Sequence[str]) -> list[str] | None:
    """Each code's period from a legend (``S22: ... (27/03/2022 - 29/10/2022); W22/23: ...``), printed as a
    header cell of days (``27/03/2022-29/10/2022``): every code named once, followed by ``:``, and its entry
    (up to the next code's) holding exactly one bracketed range of two days in digits, the first not after
    the last; None when any of this fails."""
    at = []
    for code in codes:
        found = [m.start() for m in re.finditer(rf"(?<![\w/]){re.escape(code)}:", legend)]
        if len(found) != 1:
            return None
        at.append(found[0])
    ends = sorted(at)[1:] + [len(legend)]
    periods = []
    for start in at:
        ranges = _LEGEND_DAYS.findall(legend, start, ends[sorted(at).index(start)])
        if len(ranges) != 1:
            return None
        d1, m1, y1, d2, m2, y2 = map(int, ranges[0])
        try:
            first, last = date(y1, m1, d1), date(y2, m2, d2)
        except ValueError:
            return None
        if first > last:
            return None
        periods.append(f"{first:%d/%m/%Y}-{last:%d/%m/%Y}")  # as a header of days prints it
    return periods if len(set(periods)) == len(periods) else None


def _legend_columns(lines: Sequence[Line], i: int, ctx: Context) -> Found | None:
    """Columns headed by codes (``Luchthaven  S22  W22/23  S23  W23/24``), each code's first and last day
    given by a legend right under the rows (``S22: zomerseizoen 2022 (27/03/2022 - 29/10/2022); ...``): read
    as columns of those periods, the legend's lines taken with the table. A legend that does not give every
    code one range of days reports the table; without a legend this is no layout read here."""
    header = lines[i]
    headings = _GAP.split(header.text.strip())
    codes = headings[1:]
    if not codes or DIGIT.search(headings[0]) or len(set(codes)) != len(codes) \
            or not all(_CODE_HEADING.fullmatch(code) for code in codes):
        return None
    k = i + 1
    while k < len(lines) and k - i <= _MAX_ROWS_BEFORE_LEGEND and lines[k].text \
            and not lines[k].text.startswith(tuple(f"{code}:" for code in codes)):
        k += 1
    if k == i + 1 or k >= len(lines) or not lines[k].text.startswith(tuple(f"{code}:" for code in codes)):
        return None
    end = k
    while end < len(lines) and end - k < _MAX_LEGEND_LINES and lines[end].text:
        end += 1
        if lines[end - 1].text.rstrip().endswith("."):
            break
    legend = " ".join(line.text for line in lines[k:end])
    periods = _legend_days(legend, codes)
    if periods is None:
        ctx.report(header, lines[k - 1], LEGEND_UNKEYED, "\n".join(line.text for line in lines[i:k]))
        return None, end
    keyed = Line(header.number, header.start, header.column, "  ".join([headings[0], *periods]))
    found = _periods_as_columns([*lines[:i], keyed, *lines[i + 1 : k]], i, ctx)
    if found is None or found[1] != k:
        ctx.report(header, lines[k - 1], LEGEND_UNKEYED, "\n".join(line.text for line in lines[i:k]))
        return None, end
    return found[0], end


_MAX_ROWS_BEFORE_LEGEND = 60


def _figures_further_down(lines: Sequence[Line], i: int, ctx: Context) -> Found | None:
    """Tables whose next line does not end in a figure: a list under a lead-in whose entries end in the
    noun they count (``- wielrennen: 612 controles;``), an aligned header wrapped onto the next line
    (``Vastgestelde`` / ``tekorten``) above the rows."""
    text, below = lines[i].text, lines[i + 1].text
    if text[-1] == ":":  # a cheap look first: an entry is short and holds a figure
        short = len(below.split()) <= MAX_ENTRY_TOKENS or COUNTED_WORTH.search(below)
        return labelled_list(lines, i, ctx) if short and DIGIT.search(below) else None
    if "  " not in text:
        return None
    k = i + 1  # the header may wrap over three lines more (``Aantal`` / ``bodem-`` / ``stalen``)
    while k < len(lines) and k - i <= _MAX_ALIGNED_WRAPS and lines[k].text \
            and not DIGIT.search(lines[k].text):
        k += 1
    if i + 1 < k < len(lines) and k - i <= _MAX_ALIGNED_WRAPS and DIGIT.search(lines[k].text):
        return _aligned_columns(lines, i, ctx)
    return None


_MAX_ALIGNED_WRAPS = 3  # lines an aligned header's headings may wrap onto, before the first row


def _after_page_number(lines: Sequence[Line], j: int, goes_on: Callable[[str], object]) -> int | None:
    """Where rows go on when blank lines and a page's number stand from ``j`` and a line that ``goes_on``
    says is a row follows (``Oost-Vlaanderen  171  7`` / ``  2`` / ``\fVlaams-Brabant  118  12``); None
    otherwise: a blank line without a page's number ends the rows."""
    k, number = j, False
    while k < len(lines) and (not lines[k].text or PAGE_NUMBER.fullmatch(lines[k].text)):
        number = number or bool(lines[k].text)
        k += 1
    return k if number and k < len(lines) and goes_on(lines[k].text) else None


def _page_number_between(lines: Sequence[Line], j: int, last_column: int) -> bool:
    """Whether line ``j`` is a page's number alone between two rows of aligned columns, printed right of
    where the last column's heading starts (``40.236.905`` / ``2`` at the page's right margin / ``\fWelzijn
    ...  29.012.118``): no row, and the table goes on after it."""
    text = lines[j].text
    return (len(text) <= 7 and PAGE_NUMBER.fullmatch(text) is not None and lines[j].column >= last_column
            and j + 1 < len(lines) and _aligned_row(lines[j + 1].text) and _aligned_row(lines[j - 1].text))


def _aligned_row(text: str) -> bool:
    """A line of aligned columns' rows: it ends in a cell and is no prose, ``Bron:`` or footnote."""
    return ends_in_cell(text) and not _after_rows(text)


def _ends_row(text: str) -> bool:
    """A period's row ends in a cell, or in a balance's negative (``2019   412,5   457,0   (44,5)``), which
    only a column headed ``Netto`` or ``Saldo`` reads."""
    return ends_in_cell(text) or BRACKETED_NEGATIVE.fullmatch(text.rsplit(None, 1)[-1]) is not None


UNREAD_PART = "a period's row above the Totaal row is not read: what the Totaal is over is unclear"
GARBLED_ROW = "the row's figures run together: which digits belong to which column cannot be read"


def _garbled_row(lines: Sequence[Line], j: int) -> bool:
    """Whether line ``j``, under rows that read, is a period's row whose figures run together into no cell
    (``augustus  3.81227.418,4``: a count glued onto a power): numbers only after its period. It is reported
    and the rows under it stay in the table (they were read as a table of their own, headed by it, their
    Totaal keyed to them alone); a last row so printed was left out unreported."""
    if j >= len(lines) or (m := _ROW_START.match(lines[j].text)) is None or _ends_row(lines[j].text):
        return False
    rest = lines[j].text[m.end() :].split()
    return bool(rest) and all(_NUMBER_LIKE.fullmatch(token) for token in rest)


# A column beside rows of periods whose heading names a time of its own (``Cumulatief sinds 2018``,
# ``Evolutie t.o.v. 2019``): its cells run from, or compare with, that time, so they are no figures of
# their row's period; the column is reported, the others are read.
TIMED_COLUMN = "the column's heading names a time of its own beside rows of periods: its figures are not read"
# ``Cumulatief (euro)`` beside rows of years names no time, but its cells run from the first row on all the
# same (each a sum since the table's first year): reported as a column naming its start is. A heading that
# says its cells are stocks (``Cumulatief (stand op 31/12)``) is read: a running total on a day is a stock.
_RUNNING_SUM = re.compile(r"\b(?:cumulatie[fv]\w*|gecumuleerd\w*)\b(?!.*\bstand\b)", re.IGNORECASE)


# "Gerechtigden (31/12)", "Lopende dossiers op 31 december", "Stand 1/1", "Toestand 1 januari", "stand
# 31.12": a column of stocks counted on one day of each row's year, the day printed without a year (a year
# after it, "Stand 1/1/2024", makes it a column of its own time)
_STOCK_DAY_LABEL = re.compile(rf"(?:\(|\b(?:op|per|(?:toe)?stand)[ \t]+)(?P<day>0?[1-9]|[12]\d|3[01])"
                              rf"(?:[/.](?P<month>0?[1-9]|1[0-2])|[ \t]+(?P<name>{'|'.join(MONTHS)}))"
                              rf"(?![/.]?\d)(?![ \t]+(?:19|20)\d\d)", re.IGNORECASE)
STOCK_DAY_UNPLACED = ("the column's heading names a day its stocks were counted on, beside a row that is no "
                      "whole year: on which day of which year each figure stands is unclear, not read")


def _stock_on_day(label: str, period: Period) -> str | None:
    """The key of a cell in a column of stocks counted on a day of its row's year (``Stand 1/1``, ``Stand
    31/12``, ``Gerechtigden (31/12)``): that day of a whole year's row (2021-01-01, 2021-12-31), never the
    year (a stock on 1 January and one on 31 December of one year are two counts, sample 1368); under a year
    cut short (``2025 (t.e.m. 31/5)``, 2025-01-01/2025-05-31) a day after the cut is the cut day, the stock
    so far (sample 1084). A column naming no such day keeps the row's period; None when the day cannot be
    placed (a Totaal's or a school year's row, a day no calendar has)."""
    m = _STOCK_DAY_LABEL.search(label)
    if m is None:
        return period.key
    month = int(m["month"]) if m["month"] else month_number(m["name"])
    if period.kind == "year" and _A_YEAR.fullmatch(period.key) and period.key in period.printed:
        year, last = int(period.key), None
    elif period.kind == "so-far":
        year, last = int(period.key[:4]), period.key.rsplit("/", 1)[1]
    else:
        return None
    try:
        day = date(year, month, int(m["day"])).isoformat()
    except ValueError:
        return None
    return day if last is None or day <= last else last


def _carried_year(carried: Period | None, label: str, ctx: Context) -> Callable[[], str | None]:
    """The year a month row printed without one takes: that of the month row above that printed its year
    (``september 2023`` / ``oktober`` ... ``januari 2024`` / ``februari``: each year printed on its first
    month only), over the heading's or the question's; those only when no month row above printed one.
    Whether the bare month comes after the one above is checked by the caller (a wrap with no year printed
    is reported)."""
    if carried is None or DIGIT.search(label):
        return ctx.year_of
    year = carried.key[:4]
    return lambda: year


def _periods_as_rows(lines: Sequence[Line], i: int, floor: int, ctx: Context) -> Found | None:
    records: list[tuple[Line, int]] = []  # a row and how many tokens its period (and marker) takes
    starts: list[re.Match[str]] = []
    garbled: list[Line] = []  # rows under rows read whose figures run together
    j = i
    while j < len(lines):
        if records and (after := _after_page_number(lines, j, _ROW_START.match)) is not None:
            j = after  # "juni 85,7 82,6" / "1" / "\fjuli 87,9 85,4": the rows go on after the page's number
        if records and _garbled_row(lines, j):
            garbled.append(lines[j])
            j += 1
            continue
        if j < len(lines) and records and (m := _AVERAGE_ROW.match(lines[j].text)) \
                and _ends_row(lines[j].text):  # the average closes the rows, but a Totaal under it
            records.append((lines[j], len(m[0].split())))
            starts.append(m)
            j += 1
            if j < len(lines) and (m := _ROW_START.match(lines[j].text)) and is_total(m["period"]) \
                    and _ends_row(lines[j].text):  # "Maandgemiddelde ..." / "Totaal ...": the year's sum
                records.append((lines[j], len(m[0].split())))
                starts.append(m)
                j += 1
            break
        if j >= len(lines) or not (m := _ROW_START.match(lines[j].text)) or not _ends_row(lines[j].text):
            break
        records.append((lines[j], len(m[0].split())))
        starts.append(m)
        j += 1
    if len(records) < 2:
        return None
    for line in garbled:
        ctx.report(line, line, GARBLED_ROW)
    headings = _heading_lines(lines, i, floor)
    anchor = max(_heading_cells(headings), key=len, default=[])
    counts, proven = _column_counts([text for _, text in anchor])
    if not counts:  # no headings: any count the rows could hold, and only one may fit
        widest = max(len(line.text.split()) - taken for line, taken in records)
        counts = list(range(1, min(widest, _MAX_COLUMNS) + 1))
    read = _read_rows(records, counts, proven, exact=True, headings=[text for _, text in anchor])
    short: list[tuple[Line, RowError]] = []
    if isinstance(read, RowError):
        if not garbled and (table := _aligned_periods_as_rows(lines, i, j, headings, ctx)) is not None:
            return table, j
        fitting = _rows_a_cell_short(records, counts[0], [text for _, text in anchor]) \
            if proven and counts and not garbled else None
        if fitting is None:
            for line, _ in records:
                ctx.report(line, line, str(read))
            return None, j
        read, short = fitting
        for line, why in short:
            ctx.report(line, line, str(why))
        kept = [k for k, (line, _) in enumerate(records) if all(line is not s for s, _ in short)]
        starts, records = [starts[k] for k in kept], [records[k] for k in kept]
    count, readings = read
    periods: list[Period] = []
    figures: list[list[Figure]] = []
    totals: list[list[Figure]] = []
    # a period's row reported: a Totaal row would be over more than the rows read
    dropped = any(not is_total(m["period"]) for line in [*garbled, *(s for s, _ in short)]
                  if (m := _ROW_START.match(line.text)))
    average: tuple[Line, str, list[Figure]] | None = None  # a last Jaargemiddelde row, its label, its cells
    total_years: set[str] = set()  # the years total rows name ("Totaal 2023")
    carried: Period | None = None  # the month row above whose year bare months under it take
    for (line, taken), start, reading in zip(records, starts, readings, strict=True):
        row_mark = start["marker"] or start.groupdict().get("letter")  # "2022 (1)", "2023a": every cell's
        cells = [cell_figure(line, c.start, c.end, c.marker or row_mark) for c in reading.cells]
        if is_total(start["period"]) and (dated := _TOTAL_OF_YEAR.fullmatch(line.text[: reading.label_end])):
            total_years.add(dated[1])  # "Totaal 2023" under "1ste kwartaal 2023" ...: the year's total
        elif len(line.text[: reading.label_end].split()) != taken:  # "2019 12 345": is 12 a figure?
            ctx.report(line, line, f"the row's figures do not fit the {count} columns after its period")
            dropped = dropped or not is_total(start["period"])
            continue
        if is_total(start["period"]):
            totals.append(cells)
            continue
        if start.re is _AVERAGE_ROW:
            average = (line, start["period"], cells)
            continue
        try:
            period = read_period(start["period"], _carried_year(carried, start["period"], ctx))
        except PeriodError as e:
            ctx.report(line, line, str(e))
            dropped = True
            continue
        if period.kind != "month":
            carried = None
        elif DIGIT.search(start["period"]):
            carried = period
        elif carried is not None and period.order <= carried.order:  # "december" / "januari": which year?
            ctx.report(line, line, f"{period.printed!r} names no year, and comes after a later month of "
                       f"{carried.key[:4]}")
            dropped = True
            continue
        elif carried is not None:
            carried = period
        if any(p.key == period.key for p in periods):  # which of the two rows holds the figures?
            ctx.report(line, line, f"a second row for {period.printed!r}: which one holds its figures is "
                       "unclear")
            dropped = True
            continue
        periods.append(period)
        figures.append(cells)
    total_key = covering(periods) if totals else None
    if total_years and total_years != {total_key}:
        total_key = None  # "Totaal 2023" under the quarters of 2022: over what, the print does not say
    year = _average_year(periods, average[1]) if average is not None and not dropped else None
    if totals and dropped:
        ctx.report(records[-1][0], records[-1][0], UNREAD_PART)
    elif totals and (total_key is None or len(totals) > 1):
        ctx.report(records[-1][0], records[-1][0], "the Totaal row is not over one span of periods: not read")
    elif totals:
        periods.append(Period(total_key, "Totaal", "span", 0))  # type: ignore[arg-type]
        figures.append(totals[0])
    if not periods:
        return None, j
    rows, averages = [], []  # a column's figures, and each column's average over the year
    labels = _column_labels(headings, count)
    series = _season_columns(labels, periods, figures, ctx)
    year = year if series is None else None
    if average is not None and year is None:
        ctx.report(average[0], average[0], AVERAGE_UNPLACED)
    if series is not None:  # "1e / kwartaal" over "2021  7.412": the column's quarter in the row's year
        rows.append(series)
    for c, label in enumerate(labels):
        if series is not None and (season_in(label, _STAND_IN_YEAR) is not None
                                   or _QUARTERS_TOGETHER.fullmatch(label)):  # read into the series
            continue
        stock = _STOCK_DAY_LABEL.search(label)  # "Toestand 1 januari": a day of the row's year, read below
        if names_time(label if stock is None else label[: stock.start()] + label[stock.end() :]) \
                or _RUNNING_SUM.search(label):  # "Cumulatief sinds 2018": a sum from that year on, no figure
            # of its row's
            ctx.report((headings or [lines[i]])[0], lines[j - 1], TIMED_COLUMN, label)
            continue
        unit = _measure_unit(label)  # "Aandeel (%)": shares, where the cells print no sign (so its Totaal is
        # no sum of the column's shares)
        days = [_stock_on_day(label, p) for p in periods]  # "Stand 1/1": each row's year's day
        if any(day is None for p, day in zip(periods, days, strict=True) if p.key != total_key):
            ctx.report((headings or [lines[i]])[0], lines[j - 1], STOCK_DAY_UNPLACED, label)
            continue
        values = {day: _marked(cells[c], None, unit)
                  for p, day, cells in zip(periods, days, figures, strict=True) if day is not None}
        if total_key is not None and None in days:  # a Totaal of stocks on days of different years
            ctx.report(records[-1][0], records[-1][0], STOCK_DAY_UNPLACED)
        column = list(values.values())  # (a Totaal row's figure last, under its span's key)
        rows.append(TableRow(label, values, ctx.spans.span(column[0].span.start, column[-1].span.end),
                             is_total(label) and series is None))  # a Totaal beside quarters is no
        # sum of the quarters' row: it is each year's, the quarters' row the same series by quarter
        if average is not None and year is not None:
            if all(cells[c].value is not None for p, cells in zip(periods, figures, strict=True)
                   if p.key != total_key) and average[2][c].value is not None:  # a Totaal's n.v.t. may stand
                averages.append(TableRow(f"{label} {average[1]}", {year: average[2][c]},
                                     ctx.spans.span(average[2][c].span.start, average[2][c].span.end)))
            else:  # a month without a figure: an average of the months printed, which is not the year's
                ctx.report(average[0], average[0], AVERAGE_UNPLACED)
    if not rows:
        return None, j
    span = ctx.spans.span((headings or [lines[i]])[0].start, lines[j - 1].end)
    keys = (*(series.values if series is not None else ()), *(p.key for p in periods))
    keys = (*keys, *sorted({k for row in rows for k in row.values} - set(keys)))  # a stock's cut day
    table = Table(keys, tuple(rows), span, "years-as-rows", ctx.part, total_key)
    # a column with a "-" beside the Totaal row: the Totaal covers the periods printed, if it proves so
    table = _totals_over_printed(table, [p for p in periods if p.key != total_key], ctx, cut_only=True)
    if not averages:
        return table, j
    keys = (*table.periods, *sorted({k for row in averages for k in row.values} - set(table.periods)))
    return replace(table, rows=(*table.rows, *averages), periods=keys), j


def _rows_a_cell_short(records: Sequence[tuple[Line, int]], count: int, headings: Sequence[str]
                       ) -> tuple[tuple[int, list[Reading]], list[tuple[Line, RowError]]] | None:
    """Under headings that prove the column count (``Jaar`` and four headings wrapped over three lines), the
    period rows that read under it when a few read fewer cells (``2024(*)  10.918,5  1.804,2  6282,0``: two
    cells glued, ``628`` and ``2,0`` or ``62`` and ``82,0``): those few reported, the others read. None
    unless every row that does not read is a cell short, the first row reads, and more than twice as many
    rows read as not: else the headings may not describe the rows."""
    amounts, balances = _amount_columns(headings, count), _balance_columns(headings, count)
    readings, short = [], []
    for line, label in records:
        try:
            readings.append(read_row(line.text, count, label, amounts, balances))
        except RowError as e:
            short.append((line, e))
    if not short or short[0][0] is records[0][0] or len(readings) < 2 or len(readings) <= 2 * len(short):
        return None
    if not all((m := _TOO_FEW.fullmatch(str(e))) and int(m[1]) < int(m[2]) for _, e in short):
        return None
    return (count, readings), short


AVERAGE_UNPLACED = "an average row not under every month or quarter of one year: whose average is it?"
_TOTAL_OF_YEAR = re.compile(r"[ \t]*tota(?:a)?l[ \t]+((?:19|20)\d\d)[ \t]*", re.IGNORECASE)  # "Totaal 2023"


def _average_year(periods: Sequence[Period], name: str = "") -> str | None:
    """The year a last ``Jaargemiddelde`` row is the average of: the one year whose every month (or
    quarter) the rows above it are, in order. None for any other rows (years, a year's part, a gap), whose
    average is of no one period. A ``Maandgemiddelde`` (``name``) only under months: under quarters it is
    a mean per month, a third of the quarters' mean."""
    if not periods or {p.kind for p in periods} not in ({"month"}, {"quarter"}):
        return None
    if name.lower().startswith("maand") and {p.kind for p in periods} != {"month"}:
        return None
    year = covering(list(periods))
    return year if year is not None and re.fullmatch(r"(?:19|20)\d\d", year) else None


_QUARTERS_TOGETHER = re.compile(r"[QK]([1-4])[ \t]*[-\u2013][ \t]*[QK]([1-4])", re.IGNORECASE)  # "Q1-Q3"


def _season_columns(labels: Sequence[str], periods: Sequence[Period], figures: Sequence[Sequence[Figure]],
                    ctx: Context) -> TableRow | None:
    """Quarters (or months) without a year as the columns beside rows of years (``Jaar  1e  2e  3e  4e
    Totaal`` over ``kwartaal  kwartaal ...`` over ``2021  7.412  7.108 ...``): one series, each figure the
    column's quarter in its row's year (2021-Q1), never its row's whole year. Read only when every column
    but a Totaal is a quarter or month, of one kind, and every row is one whole year; a Totaal column stays
    its own row of the years (a text that narrows a year narrows it, ``narrowed_above``). A column of the
    first quarters together beside quarters (``Q1-Q3``) is of its row's year too: January to September.
    None otherwise: the columns are then reported as naming a time of their own."""
    seasons = [season_in(label, _STAND_IN_YEAR) for label in labels]
    kinds = {season.kind for season in seasons if season is not None}
    ranges = [kinds == {"quarter"} and _QUARTERS_TOGETHER.fullmatch(label) is not None for label in labels]
    others = [label for season, label, joined in zip(seasons, labels, ranges, strict=True)
              if season is None and not joined]
    if sum(season is not None for season in seasons) < 2 or len(kinds) != 1 \
            or not all(map(is_total, others)) or any(period.kind != "year" for period in periods):
        return None
    values = {}
    for period, cells in zip(periods, figures, strict=True):
        for label, season, cell, joined in zip(labels, seasons, cells, ranges, strict=True):
            if joined:  # "Q1-Q3" beside "2022": 2022-01-01/2022-09-30
                values[read_period(f"{label} {period.key}", ctx.year_of).key] = cell
            elif season is not None and (own := season_in(label, period.key)) is not None:
                values[own.key] = cell
    found = list(values.values())
    return TableRow(ctx.answer_label, dict(sorted(values.items())),
                    ctx.spans.span(min(f.span.start for f in found), max(f.span.end for f in found)))


def _lone_period(text: str, ctx: Context) -> Period | None:
    if not ONE_PERIOD.fullmatch(text):
        return None
    try:
        return read_period(text, ctx.year_of)
    except PeriodError:
        return None


def _value_line(line: Line) -> bool:
    """A line holding one cell and nothing else (a year alone is a period, not a value)."""
    return is_cell(line.text) and not ONE_PERIOD.fullmatch(line.text)


# a heading of a table's labels, one word ("Meetstation", "Provincie", "Gemeente"): no label of a row itself
_LABELS_HEADING = re.compile(r"[A-Z][a-z]{3,}")


CELLS_UNSURE = ("cells printed one per line whose labels or headings do not line up with them for certain (a "
                "heading of several names on one line, labels cut off above, a first label that may be the "
                "labels' heading with a label missing, or a cell more after a row): no row is read")


def _labels_unsure(lines: Sequence[Line], i: int, floor: int, labels: Sequence[Line]) -> bool:
    """Whether the labels taken one per line above the first period, with no heading naming them
    (``Antwerpen`` / ``Gent`` / ``Mechelen`` / ``2023`` / three cells), may not be the rows' labels: the lines
    above go on past them (more labels than were taken, the first rows' cells then go to the wrong labels),
    or the first is one capitalised word (``Meetstation``), which may be the labels' heading with one label
    missing, every row then a row off (the heading's row takes the first cells)."""
    if len(_heading_lines(lines, i, floor, len(labels) + 1)) > len(labels):
        return True
    return _LABELS_HEADING.fullmatch(labels[0].text) is not None


def _cell_per_line(lines: Sequence[Line], i: int, floor: int, ctx: Context) -> Found | None:
    """``Jaar`` / ``Aantal`` / ``2021`` / ``1.204`` / ``2022`` / ...: a period, then its cells, by line."""
    if _lone_period(lines[i].text, ctx) is None:
        return None
    if i + 1 < len(lines) and _lone_period(lines[i + 1].text, ctx) is not None:
        return _periods_per_line(lines, i, ctx)
    above_first = _heading_lines(lines, i, floor)
    headings = [h for h in above_first if _CELL.fullmatch(h.text)]
    # "Aanvragen    Toekenningen" over "1ste helft 2023" / "1.204" / "2de helft 2023" / ...: a heading line of
    # several names over cells one per line, which names are whose is not read (never one series of halves)
    unsure = len(headings) != len(above_first)
    ahead = range(i + 1, min(len(lines), i + 8))
    nxt = next((k for k in ahead if _lone_period(lines[k].text, ctx)), None)
    every = (nxt - i) if nxt else 0  # lines from one period to the next: the row's size as printed
    headless = False  # the labels one per line above the first period, no heading naming them
    if headings and headings[0].text.lower() in _PERIOD_WORDS:
        size, labels = len(headings), [h.text for h in headings[1:]]
    elif every >= 3 and len(whole := [h for h in _heading_lines(lines, i, floor, every + 1)
                                      if _CELL.fullmatch(h.text)]) == every \
            and _LABELS_HEADING.fullmatch(whole[0].text):
        # "Meetstation" and its labels, one per line (a column extracted as a whole), then each period over
        # as many cells: the labels' heading and every label above the first period, nothing more
        headings = whole
        size, labels = every, [h.text for h in headings[1:]]
    elif headings:
        size, labels, headless = len(headings) + 1, [h.text for h in headings], True
    else:
        size = every
        labels = [ctx.answer_label] if size == 2 else []
    first = i - len(headings)  # the line above the headings taken: a heading it ends may go on in them
    wraps = _continued_heading(headings, lines[first - 1] if headings and first > floor else None)
    if headings and (size != every or wraps) and every >= 2:  # headings wrapped over lines, under a period
        above = _heading_lines(lines, i, floor, _MAX_WRAPPED_HEADING_LINES)
        if above and above[0].text.lower() in _PERIOD_WORDS:
            wrapped = _wrapped_headings(above[1:])
            if len(wrapped) != every - 1:  # "Dossiers" / "LAC" / "Afsluitingen" / "elektriciteit": two each
                wrapped = _evenly_wrapped_headings(above[1:], every - 1) or wrapped
            if len(wrapped) == every - 1:
                size, labels, headings, wraps, headless = every, wrapped, above, False, False
    if wraps:
        return None  # a heading's wrapped rest, never a column of its own: which cell is whose is not clear
    if size < 2 or len(labels) != size - 1:
        return None
    if headless:
        unsure = unsure or _labels_unsure(lines, i, floor, headings)
    groups: list[tuple[Period, list[Line]]] = []
    printed = [h.text for h in headings]  # after a page break, printed again before the rows go on
    j = i
    while True:
        if groups and printed and (after := _headings_again(lines, j, printed)) is not None \
                and after < len(lines) and _lone_period(lines[after].text, ctx):
            j = after
        if not (j + size <= len(lines) and (period := _lone_period(lines[j].text, ctx))
                and all(_value_line(line) for line in lines[j + 1:j + size])):
            break
        groups.append((period, list(lines[j + 1:j + size])))
        j += size
    if len(groups) < 2 or len({p.key for p, _ in groups}) != len(groups):
        return None
    if unsure:
        ctx.report(above_first[0] if above_first else lines[i], lines[j - 1], CELLS_UNSURE,
                   "\n".join(line.text for line in lines[i - len(above_first) : j]))
        return None, j
    average = _average_per_line(lines, j, size, [p for p, _ in groups])
    rows, means = [], []  # the means after every row: no part of a Totaal row's sum
    for c, label in enumerate(labels):
        values = {}
        for period, cells in groups:
            cell = read_row(cells[c].text, 1, 0).cells[0]
            values[period.key] = cell_figure(cells[c], cell.start, cell.end, cell.marker)
        column = list(values.values())
        rows.append(TableRow(label, values, ctx.spans.span(column[0].span.start, column[-1].span.end),
                             is_total(label)))
        if average is not None and all(f.value is not None for f in column):
            year, name, cells = average
            cell = read_row(cells[c].text, 1, 0).cells[0]
            mean = cell_figure(cells[c], cell.start, cell.end, cell.marker)
            means.append(TableRow(f"{label} {name}", {year: mean},
                                  ctx.spans.span(mean.span.start, mean.span.end)))
        elif average is not None:  # a month without a figure: the mean of those printed, not the year's
            ctx.report(average[2][c], average[2][c], AVERAGE_UNPLACED)
    if average is not None:
        rows, j = rows + means, j + size
    span = ctx.spans.span((headings or [lines[i]])[0].start, lines[j - 1].end)
    return Table(tuple(p.key for p, _ in groups), tuple(rows), span, "cell-per-line", ctx.part), j


# a heading line ending in an article or a preposition ("Campus De" / "Zande", "Aantal aanvragen van" /
# "jongeren"): the heading goes on on the next line, whatever case that line starts in
_DANGLING_END = re.compile(r"(?:^|[ \t])(?:de|het|een|den|der|des|van|voor|in|op|met|per|tot|naar|bij|aan|"
                           r"uit|over|onder|ter|ten|te|en|of)$", re.IGNORECASE)


def _average_per_line(lines: Sequence[Line], j: int, size: int, periods: Sequence[Period]
                      ) -> tuple[str, str, list[Line]] | None:
    """``Gemiddelde`` / ``108,5`` / ``63,5`` after the last month's cells, one per line: the mean of each
    column over the year whose every month (or quarter) the rows above are, in order (``_average_year``):
    that year, the row's name and its cells. None for any other line, or rows of no one year."""
    if j + size > len(lines) or not (m := _AVERAGE_ROW.match(lines[j].text + " ")) \
            or lines[j].text.strip() != m["period"] or m["marker"] \
            or not all(_value_line(line) for line in lines[j + 1 : j + size]):
        return None
    year = _average_year(periods, m["period"])
    return (year, m["period"], list(lines[j + 1 : j + size])) if year is not None else None


def _continued_heading(headings: Sequence[Line], before: Line | None = None) -> bool:
    """Headings one per line among which one starts lower case (``Schenkbelasting`` / ``roerend``) or one
    but the last ends in an article or preposition (``Campus De`` / ``Kempen``): the rest of the heading
    above it, wrapped, or of one cut off above the lines looked at (``before``, the line above them, ends
    so). Taken as a column of its own, its count may still fit the cells per row, each cell then under its
    neighbour's name (sample 1030: De Zande's cells published under ``Kempen``)."""
    return any(h.text[:1].islower() for h in headings) \
        or any(_DANGLING_END.search(h.text.rstrip()) for h in headings[:-1]) \
        or (before is not None and bool(headings) and _DANGLING_END.search(before.text.rstrip()) is not None)


def _wrapped_headings(lines: Sequence[Line]) -> list[str]:
    """Column headings printed one cell per line and wrapped (``Vervoerde`` / ``leerlingen`` / ``Gemiddelde``
    / ``reistijd per rit`` / ``(minuten)``): a heading starts at a capital, a line starting lower case or
    with a bracket continues the one before, and so does any line after one that ends in an article or a
    preposition (``Campus De`` / ``Zande``)."""
    groups: list[list[str]] = []
    for line in lines:
        if (line.text[:1].isupper() or not groups) and not (groups and _DANGLING_END.search(groups[-1][-1])):
            groups.append([line.text.rstrip()])
        else:
            groups[-1].append(line.text.rstrip())
    return [join_wrapped(g) for g in groups]


def _evenly_wrapped_headings(lines: Sequence[Line], count: int) -> list[str] | None:
    """``Dossiers`` / ``LAC`` / ``Afsluitingen`` / ``elektriciteit`` / ``Afsluitingen`` / ``aardgas`` over
    rows of three cells: every heading wrapped over the same number of lines (two or more), as a narrow column
    prints its words, the lines split evenly when they are a multiple of ``count``; only when every line
    starting lower case or with a bracket continues its heading, one does, and no heading ends in an article
    or a preposition (``_wrapped_headings`` read them as more headings, each upper case line a new one).
    None when the lines do not split so (an uneven wrap: which line is whose cannot be told)."""
    size, rest = divmod(len(lines), count) if count else (0, 1)
    if rest or size < 2:
        return None
    groups = [[line.text.rstrip() for line in lines[k : k + size]] for k in range(0, len(lines), size)]
    starts = [g[0] for g in groups]
    goes_on = [text for g in groups for text in g[1:]]
    if any(not text[:1].isupper() for text in starts) \
            or not any(text[:1].islower() or text[:1] == "(" for text in goes_on) \
            or any(_DANGLING_END.search(g[-1]) for g in groups):
        return None
    return [join_wrapped(g) for g in groups]


# A rate's base in a heading (``Per 1.000 inwoners``, ``per 100.000 inwoners``): a number, but no period.
_RATE_BASE = re.compile(r"\bper[ \t]+1(?:0{0,2})\.000\b", re.IGNORECASE)
# an age band as a column heading, whole between gaps: "<25 jaar", "25-49 jaar", "50+", "65 jaar en ouder";
# ages of one or two digits, never a year or a figure
_AGE_HEADING = re.compile(r"(?:(?<=[ \t]{2})|(?<=\t))(?:[<>≤≥][ \t]?\d{1,2}|\d{1,2}[ \t]?[-–][ \t]?\d{1,2}|"
                          r"\d{1,2}\+|\d{1,2}(?=[ \t]+jaar[ \t]+en[ \t]+(?:ouder|meer)))"
                          r"(?:[ \t]+jaar(?:[ \t]+en[ \t]+(?:ouder|meer))?)?(?=[ \t]{2}|\t|$)", re.IGNORECASE)


# "Product (gebruik in de laatste 30 dagen, in %)   Jongens": the labels' heading, a note in brackets, a gap
_IN_PERCENT = re.compile(r"\bin %|\(%\)")
_LABELS_NOTE = re.compile(r"[^\W\d][^\d()\t]*?[ \t]*(\([^()\t]{1,60}\))(?=[ \t]{2,}|\t)")


def _measure_header(line: Line) -> list[str] | None:
    """Column headings of a table without periods (``Provincie   Aanvragen   Weigeringen``, also ``Per 1.000
    inwoners`` and age bands, ``<25 jaar   25-49 jaar   50+``), or None. The labels' heading may say in
    brackets what every cell measures (``Product (gebruik in de laatste 30 dagen, in %)``): read without it,
    its ``in %`` the unit of every column (``Jongens (%)``: shares, no Totaal column their sum), unless it
    names a year (``Gemeente (inwoners 2023)``: a time of the table's own)."""
    text = line.text
    if text and text[0].isalpha() and ")" in text and (note := _LABELS_NOTE.match(text)) \
            and not YEAR_IN_LINE.search(note[1]):
        text = text[: note.start(1)] + text[note.end(1):]
        if _IN_PERCENT.search(note[1]) and (headings := _measure_header(line._replace(text=text))):
            return [headings[0], *(f"{heading} (%)" for heading in headings[1:])]
    if not text or text[-1] in STOPS or len(text.split()) > 8:
        return None
    bare = _RELATIVE_CELL.sub("", text) if "N" in text else text  # "N-2  N-1  N": relative years, no figures
    if DIGIT.search(_AGE_HEADING.sub("", _RATE_BASE.sub("", bare))) \
            and not _beside_own_year(_GAP.split(text)):
        return None
    return _GAP.split(text)


# "N-2", "N+1": a relative year's heading (see _RELATIVE_YEAR)
_RELATIVE_CELL = re.compile(r"(?<![^ \t])N[ \t]?[-+\u2212][ \t]?\d{1,2}(?![^ \t])")


def _beside_own_year(headings: Sequence[str]) -> bool:
    """Whether the headings that print a digit each name a measure and its own year (``Loonpremie 2022
    (euro)``) beside headings of measures that print none (``Koppen   VTE``): a flow of its year beside
    stocks dated by the lead-in, each column its own period; or the one figure column's
    own year (``Activiteit  VTE 2023``: the table is of that year). Years for every column of several are a
    layout of periods (read elsewhere)."""
    dated = [h for h in headings[1:] if DIGIT.search(h)]
    return bool(dated) and (len(dated) < len(headings) - 1 or len(headings) == 2) \
        and all(map(_own_year, dated)) and not DIGIT.search(headings[0])


def _unranked(records: list[tuple[Line, int]]) -> list[tuple[Line, int]]:
    """A ranking's rows without their ranks (`` 1.   Antwerpen   4.812`` / `` 2.   Gent   2.906`` ...: ranks
    1, 2, 3 ... in order), so the rank is neither a cell nor part of the label; other rows as they are."""
    ranks = [rank_of(line.text) for line, _ in records]
    if not all(ranks) or [int(m[1]) for m in ranks if m] != list(range(1, len(records) + 1)):
        return records
    return [(line.cut(m.end()), taken) for (line, taken), m in zip(records, ranks, strict=True) if m]


# The sentence that leads into a table, after an earlier one: "... 2023. Stand op 30 september 2023:"
_LEAD_IN = re.compile(r"[.!?][ \t]+([A-Z][^.!?]*:)$")


def _lead_in_period(lines: Sequence[Line], i: int) -> str | None:
    """The one period the sentence leading into a table (header at ``i``) names, when an earlier sentence
    stands before it on the two lines above: ``... tot 31 mei 2023. Stand van de dossiers op 30 september
    2023:``; None otherwise (the lines above decide as a whole)."""
    above = " ".join([line.text for line in lines[max(0, i - 3):i] if line.text][-2:])
    lead = _LEAD_IN.search(above)
    return first_period_named(lead[1]) if lead else None


# "die AWV in 2022, 2023 en 2024 opleverde:": the years one after another, listed in the lead-in of a table
# whose columns print no period; every cell counts over all of them together
_YEARS_LISTED = re.compile(r"\bin[ \t]+((?:19|20)\d\d)((?:[ \t]*,[ \t]*(?:19|20)\d\d)*)[ \t]+en[ \t]+"
                           r"((?:19|20)\d\d)\b(?![ \t]*[-/\u2013.,]?\d)")


def _years_listed(above: str) -> str | None:
    """The span of the years a table's lead-in lists (``in 2022, 2023 en 2024``, ending in ``:``), when they
    follow one another and the lead-in names no other time: 2022-2024, the table's period (no column names
    one year of them). None for any other text (``in 2022 en 2024``: two years apart, no span)."""
    if not above.rstrip().endswith(":") or len(found := list(_YEARS_LISTED.finditer(above))) != 1:
        return None
    m = found[0]
    years = [int(m[1]), *map(int, re.findall(r"\d{4}", m[2])), int(m[3])]
    if years != list(range(years[0], years[0] + len(years))) \
            or names_time(above[: m.start()] + above[m.end() :]):
        return None
    return f"{years[0]}-{years[-1]}"


# "Werkingssubsidie 2023 (begroot): € 1.220.000", "Leden: 142": a field of a block above, naming its own
# figure after a colon (a lead-in ends in the colon)
_FIELD_LINE = re.compile(r"[^\W\d][^:]{0,60}:[ \t]*(?:€[ \t]*)?\d[\d.,]*(?:[ \t]+\S+){0,2}")


def _own_field(text: str) -> bool:
    """Whether a line above a table is a ``Field: value`` line of a block before it: its time dates its
    own figure, never the table's (sample 1280 keyed a block under a neighbour's ``2023 (begroot)``)."""
    return ":" in text and _FIELD_LINE.fullmatch(text) is not None


def _period_above(lines: Sequence[Line], i: int, j: int, ctx: Context) -> str | None:
    """The period of a table without periods (header at ``i``, rows to ``j``): the one the sentence leading
    into it (ending in ``:``) names, when an earlier sentence stands before it (the others are context:
    "De droogte van 2022 werd erkend ... Stand van de dossiers op 30 september 2023:"); else the one the
    two lines with text above it (a heading may wrap: "stand op 1 januari" / "2021:"), the part's heading,
    the preamble or the question names, the first that names a time deciding; the question's only when
    every period the answer names lies inside it. None, the table reported, when it is none. A year alone on
    the line right above the header is the year of its section (``_year_sections``), whatever the lead-in."""
    if i and _YEAR_ALONE.fullmatch(lines[i - 1].text):
        try:
            return read_period(lines[i - 1].text, ctx.year_of).key  # "2023 (tot en met 30 september)" too
        except PeriodError as e:  # "2023 (tot 31 september)": no day
            ctx.report(lines[i - 1], lines[j - 1], str(e), "\n".join(line.text for line in lines[i - 1:j]))
            return None
    if (lead := _lead_in_period(lines, i)) is not None:
        return lead
    above = _stand_at_end(" ".join([line.text for line in lines[max(0, i - 3):i]
                                    if line.text and not _own_field(line.text)][-2:]))
    above = _without_decision_day(_without_event_days(above))
    period = first_period_named(above, ctx.heading, ctx.preamble, elsewhere=ctx.elsewhere)
    if period is None and (listed := _years_listed(above)) is not None:
        return listed
    if period is None and not any(map(names_time, (above, ctx.heading, ctx.preamble))) \
            and (caption := _caption_below(lines, i, j)) is not None:
        period = first_period_named(caption)  # "Tabel 1: ..., toestand op 1 januari 2023." under the rows
        if period is not None:
            return period
    if period is None and not any(map(names_time, (above, ctx.heading, ctx.preamble))):
        period = period_asked(ctx.question, ctx.elsewhere)  # the question's, if the answer stays inside it
        if period is None and ctx.sub_question:  # else the sub-question's, if its own part stays inside it
            period = period_asked(ctx.sub_question, " ".join(line.text for line in ctx.lines))
    if period is None:
        ctx.report(lines[i], lines[j - 1], NO_PERIOD, "\n".join(line.text for line in lines[i:j]))
    return period


# "Tabel 1: Huisartsen per eerstelijnszone, toestand op 1 januari 2023.": a numbered table's caption
_CAPTION = re.compile(r"(?:Tabel|Tab\.)[ \t]*\d{1,2}[ \t]*[:.\u2013-][ \t]+\S", re.IGNORECASE)


def _caption_below(lines: Sequence[Line], i: int, j: int) -> str | None:
    """The caption printed right under a table's rows (ending at ``j``), as Word sets it below a table:
    ``Tabel 1: ..., toestand op 1 januari 2023.``; it dates the table as a lead-in above would. None when
    captions stand above tables here (one on the two lines above the header: a caption below is then the
    next table's) or when a table's header follows it (the next table's caption, whatever its place)."""
    if j >= len(lines) or lines[j].text[:3].lower() != "tab" or not _CAPTION.match(lines[j].text):
        return None
    if any(_CAPTION.match(line.text) for line in lines[max(0, i - 2):i]):
        return None
    after = lines[j + 1].text if j + 1 < len(lines) else ""
    if after and not _after_rows(after):
        return None
    return lines[j].text


# "stand eind juni 2023", "toestand einde 2022", "situatie op het einde van maart 2024": a stock's day named
# as the end of a month or year, after the word that makes it a stock's (a vague "eind 2023" stays vague)
_STAND_END = re.compile(rf"\b(stand|toestand|situatie)[ \t]+(?:op[ \t]+)?(?:het[ \t]+)?einde?[ \t]+"
                        rf"(?:van[ \t]+)?(?:({'|'.join(MONTHS)})[ \t]+)?((?:19|20)\d\d)\b", re.IGNORECASE)


# "Op 31 januari 2022 waren ... 4.318 aanvragen ingediend voor de overstromingen van 13 tot 16 juli 2021.":
# a stock's day opening the lead-in, and the days of the event its dossiers are for (after "voor de" and a
# noun that is no time word), which end before that day
_MONTH_NAMES = "|".join(MONTHS)
_STOCK_DAY_FIRST = re.compile(rf"(?:^|[.:][ \t]+)Op[ \t]+(\d{{1,2}})[ \t]+({_MONTH_NAMES})[ \t]+"
                              rf"((?:19|20)\d\d)\b")
_EVENT_DAYS = re.compile(rf"\bvoor[ \t]+de[ \t]+([^\W\d]{{4,}})[ \t]+van[ \t]+\d{{1,2}}[ \t]+"
                         rf"(?:tot(?:[ \t]+en[ \t]+met)?|[-\u2013])[ \t]+(\d{{1,2}})[ \t]+"
                         rf"({_MONTH_NAMES})[ \t]+((?:19|20)\d\d)\b(?![ \t]*[-/]?\d)")
_TIME_NOUNS = frozenset(("periode", "maand", "maanden", "week", "weken", "dagen", "jaren", "looptijd",
                         "termijn", "aanvraagperiode", "indieningsperiode"))


def _without_event_days(text: str) -> str:
    """``text`` without the days of an event its stock counts for, when a stock's day opens it: "Op 31
    januari 2022 waren 4.318 aanvragen ingediend voor de overstromingen van 13 tot 16 juli 2021" dates the
    table's stocks on 31 January 2022; the flood's days name the event, no time of the cells (sample 1433's
    table was reported). The event must end before the day; a time noun ("voor de periode van 1 tot 15
    januari 2022") is the count's own span and stays (the text names two times, so it is reported)."""
    if "Op " not in text or " van " not in text or (day := _STOCK_DAY_FIRST.search(text)) is None:
        return text
    stock = (int(day[3]), MONTHS.index(day[2]) + 1, int(day[1]))

    def event(m: re.Match[str]) -> str:
        end = (int(m[4]), MONTHS.index(m[3]) + 1, int(m[2]))
        return f"voor de {m[1]}" if m[1].lower() not in _TIME_NOUNS and end < stock else m[0]
    return _EVENT_DAYS.sub(event, text)


# "Oproep 2024 (beslissing van de Vlaamse Regering van 13 december 2024):": the day a decision was taken, in
# brackets after what the table counts
_DECISION_DAY = re.compile(rf"[ \t]*\((?:beslissing|besluit|goedkeuring)\b[^()]*?\bvan[ \t]+\d{{1,2}}[ \t]+"
                           rf"(?:{'|'.join(MONTHS)})[ \t]+(?:19|20)\d\d\)", re.IGNORECASE)


def _without_decision_day(text: str) -> str:
    """``text`` without a bracketed decision's day (``Oproep 2024 (beslissing van de Vlaamse Regering van 13
    december 2024):``): the day the government decided names no time of the cells, the call's year does
    (sample 1400's table was reported). Only when the rest still names a time of its own; a bracket that is
    the lead-in's only time stays (the table is then dated or reported on it as before)."""
    if "(" not in text or (cut := _DECISION_DAY.sub("", text)) == text:
        return text
    return cut if names_time(cut) else text


def _stand_at_end(text: str) -> str:
    """``text`` with a stock's day named as an end (``stand eind juni 2023``) written as that day (``stand op
    30 juni 2023``), so the lines above a table date its stock as ``stand op 30 juni 2023`` would: a count
    of people or dossiers "at the end of June" is one taken on the month's last day. Only after ``stand``,
    ``toestand`` or ``situatie``: elsewhere ``eind 2023`` is a vague time, no day."""
    def day(m: re.Match[str]) -> str:
        month = MONTHS.index(m[2].lower()) + 1 if m[2] else 12
        last = calendar.monthrange(int(m[3]), month)[1]
        return f"{m[1]} op {last} {MONTHS[month - 1]} {m[3]}"
    return _STAND_END.sub(day, text)


# the sentence above a table that leads into it: it ends in a colon or speaks of the table below
_INTO_TABLE = re.compile(r":\s*$|\b(?:tabel|onderstaande?|hieronder|volgende?)\b", re.IGNORECASE)
_SENTENCE_START = re.compile(r"(?:^|(?<=[.!?:])\s+)(?=[A-Z])")
_MEASURE_WORD = re.compile(r"[^\W\d_]{4,}")  # a heading's first word of four letters or more: its measure
# what may stand between two measures that share the period after the second: "de instroom en de uitstroom
# in 2021", "het aantal aanvragen en weigeringen in 2022"
_SHARED_PERIOD = re.compile(r"[ \t]*,?[ \t]*(?:en|of)[ \t]+(?:de[ \t]+|het[ \t]+)?", re.IGNORECASE)
_DAY_MONTH = re.compile(r"\b(\d{1,2})/(\d{1,2})\b")


def _lead_sentence(lines: Sequence[Line], i: int) -> str | None:
    """The last sentence on the two lines with text above line ``i``, when it leads into the table (ends
    in a colon or names the table: ``Onderstaande tabel geeft ...``), its part's label cut off."""
    above = " ".join([line.text for line in lines[max(0, i - 3):i] if line.text][-2:])
    sentence = _SENTENCE_START.split(above.strip())[-1]
    return sentence if sentence and _INTO_TABLE.search(sentence) else None


def _measure_periods(lines: Sequence[Line], i: int, names: Sequence[str]) -> list[str] | None:
    """One period per measure column of a table without periods, when the sentence leading into it names one
    for each measure by name: ``Vergunde plaatsen op 1 januari 2024 en gemiddelde bezettingsgraad in 2023:``
    over ``Plaatsen  Bezettingsgraad (%)``. Each heading's measure word (its first of four letters or more;
    ``Werking`` as in ``werkingskosten``, ``Asielen`` as in ``dierenasielen``) must be named once, and the
    words from it to the next measure must name one period; a measure followed only by ``en (de)`` and the
    next shares that one's (``de instroom en de uitstroom in 2021``), and one named in brackets after a period
    takes it (``het personeel op 1 januari 2024 (uitgezonden ... en lokaal ...)``). A heading naming a time of
    its own must agree (``Werking 2023 (euro)``; ``In behandeling op 31/12`` on 31 December). None when any of
    this fails, when the words before the first measure name a period of their own, or when the measures all
    take one period (the sentence's, read as any table's)."""
    sentence = _lead_sentence(lines, i)
    if sentence is None or len(names) < 2:
        return None
    at: list[int] = []
    for name in names:
        word = _MEASURE_WORD.search(re.sub(r"\([^()]*\)", "", name))
        found = [m.start() for m in re.finditer(rf"\b{re.escape(word[0])}|\B{re.escape(word[0])}\b", sentence,
                                                re.IGNORECASE)] if word else []  # "dierenasielen" too
        if len(found) != 1:
            return None
        at.append(found[0])
    order = sorted(range(len(names)), key=at.__getitem__)
    ends = {k: at[order[n + 1]] if n + 1 < len(order) else len(sentence) for n, k in enumerate(order)}
    periods: dict[int, str | None] = {}
    for n, k in enumerate(order):
        segment = sentence[at[k] : ends[k]]
        opened = sentence.rfind("(", 0, at[k])
        if opened > sentence.rfind(")", 0, at[k]):  # named in brackets: the period before them
            before = sentence[at[order[n - 1]] if n and at[order[n - 1]] < opened else 0 : opened]
            periods[k] = None if names_time(segment) else first_period_named(before)
        elif names_time(segment):
            periods[k] = first_period_named(segment)
    for n in reversed(range(len(order) - 1)):  # "de instroom en de uitstroom in 2021": the next one's
        k, after = order[n], order[n + 1]
        word = _MEASURE_WORD.match(sentence, at[k])
        if k not in periods and word and _SHARED_PERIOD.fullmatch(sentence[word.end() : at[after]]):
            periods[k] = periods.get(after)
    first = at[order[0]]
    if names_time(sentence[:first]) and sentence.rfind("(", 0, first) <= sentence.rfind(")", 0, first):
        return None  # a period before every measure, not theirs in brackets: of them all, or of the first?
    keys = [periods.get(k) for k in range(len(names))]
    if any(key is None for key in keys) or len(set(keys)) < 2:
        return None
    for name, key in zip(names, keys, strict=True):
        own = _heading_period(name)
        day = _DAY_MONTH.search(name)
        if day and not (key and key.endswith(f"-{int(day[2]):02d}-{int(day[1]):02d}")):
            return None  # "In behandeling op 30/06" under "op 31 december 2021"
        if own == "" and not day:
            return None
        if own and own != key:
            return None
    return [key for key in keys if key is not None]


def _one_per_measure(tables: list[Table], j: int, ctx: Context, lead: str = "") -> Found:
    """The tables of one table without periods, one per measure column: a region's total (unless the
    ``lead`` sentence calls the cells rates: ``afval per inwoner``) and the shares tied; the first returned,
    the others kept for the caller (``ctx.extra``)."""
    tables = _column_total([_percent_total(t) for t in _shares([_region_total(_rate_total(t), lead)
                                                                 for t in tables])])
    ctx.extra.extend(tables[1:])
    return tables[0], j


# "CAW Antwerpen" / "- unieke cliënten: 21.406;" / "- gemiddelde duur van een afgesloten traject: 112 dagen.":
# a name alone on its line (no figure, no stop), then bullets each naming a measure before a colon and one
# figure after it, perhaps with the noun it counts
_GROUP_NAME = re.compile(r"[^\W\d_][^\d:;.!?]{0,60}")
_MEASURE_BULLET = re.compile(r"[-\u2013\u2022\u25aa*][ \t]+(?P<name>[^\W\d_][^\d:;]{0,80}?)[ \t]*:[ \t]*"
                             r"(?P<figure>\S+?)(?:[ \t]+(?P<noun>[^\W\d_][\w-]*))?[ \t]*[;.]?")


def _measure_bullet(line: Line) -> tuple[str, str | None, Figure] | None:
    """``- unieke cliënten: 21.406;`` -> the measure, the noun after the figure (None) and the figure."""
    m = _MEASURE_BULLET.fullmatch(line.text)
    if m is None or (read := cell_length(m["figure"])) is None:
        return None
    start = m.start("figure")
    figure = cell_figure(line, start, start + read[0], read[1])
    return (m["name"], m["noun"], figure) if figure.value is not None else None


def _headed_bullets(lines: Sequence[Line], i: int, ctx: Context) -> Found | None:
    """A lead-in ending in ``:`` (line ``i``) naming one period, then two or more groups, each a name alone
    on its line (``CAW Antwerpen``) over bullets that name measures (``- unieke cliënten: 21.406;``): a
    table without periods printed as a list, the names its rows, the bullets its columns. Read only when
    every group names the same measures in the same order with the same nouns; else (or without one
    period) None, and the bullets are left to the other readers."""
    groups: list[tuple[Line, list[tuple[str, str | None, Figure]]]] = []
    j = i + 1
    while j + 1 < len(lines) and _GROUP_NAME.fullmatch(lines[j].text) and len(groups) < _MAX_COLUMNS:
        k, bullets = j + 1, []
        while k < len(lines) and (bullet := _measure_bullet(lines[k])) is not None:
            bullets.append(bullet)
            k += 1
        if len(bullets) < 2:
            break
        groups.append((lines[j], bullets))
        j = k
    first = [bullet[:2] for bullet in groups[0][1]] if groups else []  # the measures and their nouns
    if len(groups) < 2 or any([bullet[:2] for bullet in bullets] != first for _, bullets in groups):
        return None
    period = first_period_named(" ".join(line.text for line in lines[max(0, i - 2):i + 1]))
    if period is None:
        return None
    span = ctx.spans.span(lines[i + 1].start, lines[j - 1].end)
    tables = []
    for m, (measure, _, _) in enumerate(groups[0][1]):  # one table per measure, a row per group's name
        rows = tuple(TableRow(name.text, {period: bullets[m][2]},
                              ctx.spans.span(name.start, bullets[m][2].span.end), is_total(name.text))
                     for name, bullets in groups)
        tables.append(Table((period,), rows, span, "without-periods", ctx.part, None, measure))
    return _one_per_measure(tables, j, ctx)


NO_PERIOD = "a table without periods, and neither its heading nor the question names one period"


_SENTENCE_END = re.compile(r"[^\W\d_)][.:;!?]$")


_PROSE_WORDS = 6  # a line of this many words without a column gap, not ending in a cell, is running text


# A sentence's end inside a line, words after it: "... van maximaal 4 weken. Eind maart 2024", "... zijn in
# deze cijfers inbegrepen; een kampeerplaats telt voor 4"
_MID_SENTENCE = re.compile(r"(?:\b[a-zà-ÿ]{2,}|\d%)(?:[.!?]\s+[A-ZÀ-Þ]|;\s+[^\W\d_])")


def _gapless(text: str, words: int = _PROSE_WORDS) -> bool:
    """A line of ``words`` words or more without a column gap: running text, unless something else says it
    is a row (a cell at its end, a wrapped label)."""
    return "  " not in text and "\t" not in text and len(text.split()) >= words


def _reads_as_sentence(text: str) -> bool:
    """A line of running text, though it may end in a number: many words, no column gap, and a sentence that
    ends inside it. Under a table it is the prose after the rows, never a row (its last number no cell)."""
    return _gapless(text) and _MID_SENTENCE.search(text) is not None


def _wraps_into_sentence(lines: Sequence[Line], j: int) -> bool:
    """A line of running text whose sentence goes on below it (``Daarnaast erkent de Vlaamse Gemeenschap ...
    Gewest 2.108`` / ``woongelegenheden in woonzorgcentra (stand op 31 december 2023).``): many words and no
    column gap, then a line in lower case without one that ends the sentence. Under rows set apart by column
    gaps it is the prose after them, its number no cell (a row's label wraps before its cells, not after)."""
    if not _gapless(lines[j].text) or j + 1 >= len(lines):
        return False
    below = lines[j + 1].text
    return below[:1].islower() and below[-1:] == "." and "  " not in below and "\t" not in below


# Under rows whose cells stand apart by column gaps, a line of this many words without one is running text
# though it ends in a number ("Een bestuurder moet minstens 21 jaar oud zijn en een rijbewijs B hebben sinds
# minstens 3"): it ends the rows, never a row of its own (it was reported as one). No row label runs so long.
_LONG_PROSE = 12


def _after_rows(text: str) -> bool:
    """A line that ends the rows of a table: a sentence (also one wrapped before its end: many words, no
    column gap, no cell at the end, or a sentence's end inside it), a source or a footnote (a wrapped label
    does not, nor a row whose last cell, set apart by a column gap, is a "no value" such as ``n.v.t.``)."""
    if _SENTENCE_END.search(text) is not None:
        return not _cell_apart(text)
    if _gapless(text) and not ends_in_cell(text):
        return True  # "Van de goedgekeurde dossiers werd 94,1% volledig uitbetaald; voor de overige loopt"
    return text.lower().startswith(("bron", "noot")) or FOOTNOTE_LINE.fullmatch(text) is not None \
        or _reads_as_sentence(text)


_PLACE_HEADINGS = frozenset({"gemeente", "postcode", "stad", "deelgemeente", "woonplaats", "plaats"})
_POSTCODE = re.compile(r"[1-9]\d{3} [A-Z][\w'-]*(?: [\w'()-]+)*(?:  |\t)")


def _postcode(text: str, first_heading: str) -> bool:
    """A row label that starts with a Belgian postcode (``2000 Antwerpen``) under a first heading that names
    places (``Gemeente``): a four-digit number then a name, one space apart, the label ending at a column
    gap. Under any other heading ``2000`` is a year."""
    return first_heading.lower() in _PLACE_HEADINGS and _POSTCODE.match(text) is not None


def _aligned_columns(lines: Sequence[Line], i: int, ctx: Context) -> Found | None:
    """A table without periods in aligned columns, text columns among them (``aligned.read``): one table
    per figure column, for the period its heading, the lines above or the question name."""
    columns = aligned.header(lines[i])
    if columns is None or columns[0].name.lower() in _PERIOD_WORDS:
        return None
    j, breaks = i + 1, set()
    while j < len(lines) and not (lines[j].text and _after_rows(lines[j].text)):
        if not lines[j].text:  # rows end at a blank line, unless a page's number and more rows follow it
            if j == i + 1 or (after := _after_page_number(lines, j, _aligned_row)) is None:
                break
            breaks.update(range(j, after))
            j = after
        elif j > i + 1 and _page_number_between(lines, j, columns[-1].start):
            breaks.add(j)  # "Onderwijs  11  44.118.000" / "  2" / "\fWelzijn  12 ...": a page's number
        j += 1  # rows end at a blank line or at a line of prose, a "Bron:" or a footnote
    if any(_PERIOD_START.match(line.text) and not _postcode(line.text, columns[0].name)
           for line in lines[i + 1 : j]):  # periods as rows: read elsewhere
        return None
    rows = [line for k, line in enumerate(lines[i + 1 : j], i + 1)
            if k not in breaks and line.text != lines[i].text]  # repeated header: page break
    wrapped = 0
    while rows and (more := aligned.continued(columns, rows[0])):  # "Negatieve" / "evaluaties"
        columns = tuple(replace(c, name=join_wrapped([c.name, more.get(k, "")]))
                        for k, c in enumerate(columns))
        rows, wrapped = rows[1:], wrapped + 1
    found = aligned.read(lines[i], columns, rows, lines[j:])
    if found is None and wrapped:  # figures right-aligned under wrapped headings: the column gaps count them
        return _without_periods(lines, i, ctx, ([c.name for c in columns], i + 1 + wrapped))
    if found is None:
        return None
    if rows and (rows[0], aligned.UNALIGNED) in found.unread \
            and (names_time(rows[0].text) or _part_of_year_alone(rows[0].text)) \
            or any(_part_of_year_alone(line.text) for line in rows):
        ctx.report(lines[i], lines[j - 1], DATED_COLUMNS, "\n".join(line.text for line in lines[i:j]))
        return None, j  # "1ste helft 2023   2de helft 2023" (or "januari-juni  juli-december", no year) under
        # "Regio  Belbus  Flex": each column its own time; "januari-juni" over some rows: each row its own
    for line, why in found.unread:
        ctx.report(line, line, why)
    if all(_RELATIVE_YEAR.fullmatch(name) for name, _ in found.columns):
        return _relative_years(lines, i, j, [name for name, _ in found.columns], [
            (line, label, [figures[k] for _, figures in found.columns])
            for k, (label, line) in enumerate(zip(found.labels, found.lines, strict=True))], ctx)
    dated = all(_own_year(name) for name, _ in found.columns)
    by_measure = _measure_periods(lines, i, [name for name, _ in found.columns])
    skipped = frozenset() if dated or by_measure \
        else _unplaced_columns(lines, i, j, [name for name, _ in found.columns], ctx)
    if skipped is None:
        return None, j  # "24-jan  24-feb": a month's column never takes the period above
    period = "" if dated or by_measure else _period_above(lines, i, j, ctx)  # each column its own: none
    if period is None:
        return None, j
    span = ctx.spans.span(lines[i].start, lines[j - 1].end)
    tables = []
    # a row's own time ("Krokusvakantie (20/02-24/02)": its days), not a postcode's digits ("2000 Antwerpen")
    timed = [None if _postcode(line.text, columns[0].name) else _label_time(label)
             for label, line in zip(found.labels, found.lines, strict=True)]
    reported: set[int] = set()
    for c, (name, figures) in enumerate(found.columns):
        if name in skipped or _planned(name):  # "Streefcijfer 2025": a target, see _planned
            continue
        own = by_measure[c] if by_measure else _heading_period(name)  # "Belbus (eerste helft van 2023)"
        if own == "":
            ctx.report(lines[i], lines[j - 1], DATED_HEADING, name)
            continue
        unit = _measure_unit(name)  # "aandeel (%)" over "68,0": shares, as gap counting reads them
        for k, (line, time) in enumerate(zip(found.lines, timed, strict=True)):
            if time not in (None, own or period) and k not in reported:  # as _without_periods reports it
                ctx.report(line, line, OWN_TIME_LABEL)
                reported.add(k)
        rows_of = tuple(TableRow(label, {own or period: _marked(figure, None, unit)},
                                 ctx.spans.span(line.start, line.end), is_total(label))
                        for label, line, figure, time in zip(found.labels, found.lines, figures, timed,
                                                             strict=True)
                        if figure is not None and time in (None, own or period))
        if rows_of:
            tables.append(Table((own or period,), rows_of, span, "aligned-columns", ctx.part, None, name))
    if not tables:
        return None, j
    return _one_per_measure(tables, j, ctx, _lead_sentence(lines, i) or "")


# A second header line that names times under headings of measures (``Regio  Belbus  Flex`` over ``1ste helft
# 2023  2de helft 2023``): the columns cover less than the sentence above says, and which time each covers
# is not read, so the table is reported, never published under that sentence's period.
DATED_COLUMNS = "a line under the column headings names times the columns' periods are not read from"


DATED_HEADING = "the column's heading names a time that is no one period: its figures are not read"


def _heading_period(heading: str) -> str | None:
    """The period a figure column's heading names of its own (``Belbus (eerste helft van 2023)``), which its
    figures take over the sentence above's; ``""`` when it names a time that is no one period (``Belbus
    (1ste helft 2023)``, ``Evolutie t.o.v. 1/1/2022``): the column is reported; None when it names none."""
    if not names_time(heading):
        return None
    return first_period_named(heading) or ""


# A figure column's heading that looks like a time of the column's own: a month's name or abbreviation
# ("jan", "mei-24", "24-jan"), a quarter, trimester or half ("Q1", "T1 2023", "S1 2024", "2de kwartaal"), a
# day in digits ("30/06", "1/1-30/6/2024"). When it is not read as one period (``_heading_period``), the
# columns are periods the reader could not place, so their figures never take the period of the lines above
# or the question (sample 1101: "jan-24  feb-24 ... Totaal" published each month under the half year asked)
_PERIOD_LIKE = re.compile(
    rf"(?<![^\W\d_])(?:{'|'.join(MONTHS)}|jan|feb|mrt|apr|jun|jul|aug|sept?|okt|nov|dec)\.?(?![^\W\d_])"
    r"|(?<![^\W_])[QKTS][1-4](?![^\W_])|\b(?:kwartaal|kw\.|trimester|semester|jaarhelft)"
    r"|(?<![\d.,/])\d{1,2}/\d{1,2}(?![\d.,])", re.IGNORECASE)
# what a printed part of a year holds beside its months or half ("eerste semester", "januari tot en met juni")
_PART_OF_YEAR_FILLER = re.compile(r"\b(?:eerste|tweede|derde|vierde|laatste|helft|tot|en|met|van)\b",
                                  re.IGNORECASE)


def _part_of_year_alone(text: str) -> bool:
    """Whether ``text`` prints parts of a year and nothing else (``januari-juni  juli-december``, ``eerste
    semester``): no year, no figure, every word a month's, a half's or a quarter's. Such a line under a
    header of measures, or among its rows, splits the columns or the rows into times the reader does not
    place, so the table is not read under the year of the lines above (half years published as whole
    years). ``Sint-Jan`` is a name (``Sint`` is left), ``2023`` or ``januari 2024`` a period a reader
    places (``DIGIT``)."""
    return bool(text.strip()) and not DIGIT.search(text) and _PERIOD_LIKE.search(text) is not None \
        and not _MEASURE_WORD.search(_PART_OF_YEAR_FILLER.sub(" ", _PERIOD_LIKE.sub(" ", text)))


UNPLACED_HEADINGS = ("a column's heading is a period that is not read ({names}): the table is not read "
                     "under the period of the lines above or the question")
UNPLACED_COLUMN = ("its heading names a part of a year that is not read as a period (or is a Totaal beside "
                   "such columns): its figures are not read")


def _unplaced_columns(lines: Sequence[Line], i: int, j: int, names: Sequence[str], ctx: Context
                      ) -> frozenset[str] | None:
    """The figure columns (``names``, header at ``i``, rows to ``j``) of a table without periods that must
    not take the period of the lines above or the question, each reported: a heading that looks like a time
    (``_PERIOD_LIKE``) but names no one period (``_heading_period``), and a Totaal beside such a column (over
    which times?). None when such a heading is a period cell alone, no measure's word left beside its time
    (``jan-24``, ``24-jan``, ``T1 2023``): a header of periods the reader could not read, so the whole table
    is reported."""
    unplaced = [name for name in names if _PERIOD_LIKE.search(name) and not _heading_period(name)]
    if not unplaced:
        return frozenset()
    if any(not _MEASURE_WORD.search(_PERIOD_LIKE.sub(" ", name)) for name in unplaced):
        ctx.report(lines[i], lines[j - 1], UNPLACED_HEADINGS.format(names=", ".join(map(repr, unplaced))),
                   "\n".join(line.text for line in lines[i:j]))
        return None
    skipped = frozenset(unplaced) | {name for name in names if is_total(name)}
    for name in names:
        if name in skipped:
            ctx.report(lines[i], lines[j - 1], UNPLACED_COLUMN, name)
    return skipped


# "Geboorten 2023", "Index 2022 (%)": a measure's name, then the one year its column is of (and its unit)
# "Index 2021 (%) (plaats)": then what the brackets in its cells hold, a rank (see table_notes._RANK_HEADING)
_NAME_YEAR = re.compile(r"[^\W\d][^\d]*?[ \t]+(?:19|20)\d\d(?:[ \t]+\((?:%|euro|€|k€|x[ \t]?1\.000)\))?"
                        r"(?:[ \t]+\((?:plaats|rang|rangorde|rangschikking|positie)\))?",
                        re.IGNORECASE)  # "Gepresteerde uren 2022 (x 1.000)": its scale, too
_NO_MEASUREMENT = re.compile(rf"{'|'.join(_OTHER_COLUMNS[:-2])}|gemiddeld|{_PLANNED.pattern}", re.IGNORECASE)


# "Streefcijfer 2025", "Doel", "Norm", "Raming 2024", "Begroot": a column headed as a target, norm or plan,
# whole words only ("Doelgroep", "Voorzieningen", "enorm" are measured)
_PLAN_HEADING = re.compile(r"\b(?:streef\w*|doel(?:stelling(?:en)?|en|waarde|cijfer)?|targets?|"
                           r"norm(?:en|cijfer)?|ramingen|raming|geraamd|prognoses?|begroting|begroot|beoogd\w*|"
                           r"gepland\w*)\b", re.IGNORECASE)


def _planned(heading: str) -> bool:
    """Whether a figure column's heading names a target, norm or plan (``Streefcijfer 2025`` beside
    ``Aandeel``): its figures are no measurement, never published (as a plan's column beside the years is
    not, ``Begroting 2025``), whatever year the heading names."""
    return _PLAN_HEADING.search(heading) is not None


def _own_year(heading: str) -> bool:
    """Whether a figure column's heading names its measure, then the one year it is of (``Geboorten 2023``,
    ``Index 2022 (%)``): with every heading so, the table needs no period from the lines above. Not a change
    (``Verschil 2023``), an average or a plan (``Doel 2025``), nor a year first (``2023 premies``: the
    layout of years over measures, read only when every year prints the same names)."""
    return _NAME_YEAR.fullmatch(heading) is not None and not _NO_MEASUREMENT.search(heading)


def _over_figures_only(header: Line, rows: Sequence[Line]) -> bool:
    """A header indented past the first word of every row (``                Leners   % van de inwoners``
    over ``Vlaanderen      1.912.440      28,4``) heads only the figure columns: its label column has no
    heading, so each heading is one column. (The caller asks only when no heading line stands above it:
    an indented second line of a wrapped header is no header of its own.)"""
    return all(line.column + len(line.text.split(None, 1)[0]) <= header.column for line in rows)


def _prose_under_gapped(text: str, first_row: str) -> bool:
    """A line of many words and no column gap under rows whose cells are set apart by gaps: a sentence
    wrapped right after a number (``... lag het aandeel hoger, met 51,3`` / ``per 1.000 keuringen.``), not
    a row."""
    return ("  " in first_row or "\t" in first_row) and _gapless(text)


OWN_TIME_LABEL = ("the row's label names a time of its own (``Lopende mandaten op 31/12/2023:``), not the "
                  "table's period: its figures are not read under the table's period")


# "23.00-24.00 u", "07:30-08:30", "van 22.00 tot 23.00 uur": a band of hours of the day, a row's dimension
# (the night's hours), no period: its cells are of the table's period. Hours 0-24 and minutes, and a unit, a
# colon or whole hours (".00": no month is 00), so "01.01-31.03" (days and months) is never one
_HOUR_BAND = re.compile(r"(?:van[ \t]+)?(?P<a>[01]?\d|2[0-4])(?P<s>[.:])(?P<m>[0-5]\d)"
                        r"(?:[ \t]*(?P<u>u|uur|h))?[ \t]*(?:-|\u2013|tot)"
                        r"[ \t]*(?P<b>[01]?\d|2[0-4])(?P=s)(?P<n>[0-5]\d)"
                        r"(?:[ \t]*(?P<v>u|uur|h)\.?)?", re.IGNORECASE)


def _hour_band(label: str) -> bool:
    """Whether a row label is a band of hours of the day and nothing else (``23.00-24.00 u``)."""
    if not (label[:1].isdigit() or label[:3].lower() == "van") or ("." not in label and ":" not in label):
        return False
    m = _HOUR_BAND.fullmatch(label.strip())
    return m is not None and bool(m["u"] or m["v"] or m["s"] == ":" or m["m"] == m["n"] == "00")


def _label_time(label: str) -> str | None:
    """The time a row label names of its own (``Nieuwe mandaten 2023:``: 2023; ``Lopende mandaten op
    31/12/2023:``: 2023-12-31; ``""`` for a time that is no one period), None for a label naming none (an
    hour band, ``23.00-24.00 u``, is a time of day: no period, see _HOUR_BAND)."""
    if not names_time(label) or _hour_band(label):
        return None
    return first_period_named(label) or ""


def _without_periods(lines: Sequence[Line], i: int, ctx: Context,
                     wrapped: tuple[list[str], int] | None = None) -> Found | None:
    """A table per province, municipality or rank: headings, then ``label v v`` rows; its period is the one
    year the lines above it or the question name. No such year: the rows are reported, not guessed.
    ``wrapped``: the joined headings of a header wrapped over lines and the line of its first row."""
    headings, top = wrapped or (_measure_header(lines[i]), i + 1)
    sub = None  # "aantal  %" under "Met inkomenstarief": the names of a group heading's columns
    if wrapped is None and headings is not None and len(headings) > 1 and _names_a_group(lines, top) \
            and _group_count(lines[i], lines[top]):
        sub, top = lines[top], top + 1
    if headings is None or top + 1 >= len(lines) or not ends_in_cell(lines[top].text):
        return None
    if _is_header(lines[top].text, ctx):
        return None  # a title over a header of periods (`Erkende ondernemingen` over `Provincie  2022`)
    j, breaks = top, set()
    header_texts = [line.text for line in lines[i:top]]
    header_again = header_texts[0].__eq__
    while j < len(lines):
        if j > top and (after := _after_page_number(lines, j, _aligned_row)) is not None:
            breaks.update(range(j, after))  # "Limburg  12.604" / "2" / "\fOost-Vlaanderen  22.318"
            j = after
        elif j > top and (after := _after_page_number(lines, j, header_again)) is not None \
                and [line.text for line in lines[after : after + top - i]] == header_texts:
            breaks.update(range(j, after + top - i))  # "... 79,1  2,4" / "2" / "\fLijn  Stiptheid (%)" /
            j = after + top - i  # "(min)" / "Bus 18 ...": the header printed again over the next page's rows
        if not ((text := lines[j].text) and ends_in_cell(text) and not _reads_as_sentence(text)
                and not (j > top and _prose_under_gapped(text, lines[top].text))
                and not PAGE_NUMBER.fullmatch(text)):  # a page's number under the last row: no row
            break
        j += 1
    records = _unranked([(line, 1) for k, line in enumerate(lines[top:j], top) if k not in breaks])
    if any(_PERIOD_START.match(line.text) for line, _ in records):  # periods as rows: that layout reads them
        return None
    counts, proven = _column_counts(headings)
    if "  " in lines[i].text and (i == 0 or lines[i - 1].text[-1:] in ("", *STOPS)) \
            and _over_figures_only(lines[i], [line for line, _ in records]):
        gapped = next((k for k, (line, _) in enumerate(records) if "  " not in line.text), len(records))
        records, j = records[:gapped], top + gapped  # a line without a column gap is prose after the rows
        counts, proven = [len(headings)], True
    elif sub is not None:  # a heading over names heads as many columns, any other heading one
        counts, proven = [_group_count(lines[i], sub)], True
    elif proven:  # the first heading names the label column (Provincie, Gemeente) unless it is one short
        counts = [len(headings) - 1, len(headings)]
    if len(records) < 2:
        return None
    read = _read_rows(records, counts, proven, headings=headings)
    if isinstance(read, RowError) and any(is_cell(line.text.split()[0]) or _STARTS.match(line.text)
                                          for line, _ in records):
        return None  # "2021" / "1.204", "2018: 17 956 299 euro": layouts read further on
    if isinstance(read, RowError) and proven and (fitting := _most_rows_fit(records, counts, headings)):
        read, short = fitting
        for line, why in short:  # "Limburg  64,9%      57,3%     55,6%": a cell left blank, placed nowhere
            ctx.report(line, line, str(why))
        records = [record for record in records if all(record[0] is not line for line, _ in short)]
    if isinstance(read, RowError):  # reported when every line starts with a label: rows, but unsure ones
        for line, _ in records:
            ctx.report(line, line, str(read))
        return None, j
    count, readings = read
    grouped = _group_columns(lines[i], sub, records[0][0], readings[0]) if sub is not None else None
    if sub is not None and grouped is None:
        return None  # a second heading line that names no group's columns: a wrapped header, read elsewhere
    names = grouped or (headings if len(headings) > 1 else _column_names(headings[0], count))
    upper = _measure_header(lines[i - 1]) if i else None
    if (names is None or len(names) not in (count, count + 1)) and upper:
        names = _column_names(" ".join(upper), count)  # a wrapped heading: its first line names the columns
    named = names is not None and len(names) in (count, count + 1)
    if named and all(_RELATIVE_YEAR.fullmatch(name) for name in names[len(names) - count:]):
        return _relative_years(lines, i, j, names[len(names) - count:], [
            (line, line.text[: r.label_end].strip(),
             [cell_figure(line, cell.start, cell.end, cell.marker) for cell in r.cells])
            for (line, _), r in zip(records, readings, strict=True)], ctx)
    by_measure = _measure_periods(lines, i, names[len(names) - count:]) if named else None
    figure_names = names[len(names) - count:] if named else names or []
    skipped = _unplaced_columns(lines, i, j, figure_names, ctx) if by_measure is None else frozenset()
    if skipped is None or (skipped and not named):
        return None, j  # "24-jan  24-feb": a month's column never takes the period above
    dated = named and all(_own_year(name) for name in figure_names)  # "Activiteit  VTE 2023": its own year
    year = _period_above(lines, i, j, ctx) if by_measure is None and not dated else ""
    if year is None:
        return None, j
    labels = [line.text[: r.label_end].strip() for (line, _), r in zip(records, readings, strict=True)]
    timed = [_label_time(label) for label in labels]
    tables = []
    if names is None or len(names) not in (count, count + 1):
        names = [f"kolom {k + 1}" for k in range(count)]
    for c, measure in enumerate(names[len(names) - count:]):
        if measure in skipped or _planned(measure):  # "Streefcijfer 2025": a target, see _planned
            continue
        unit = _measure_unit(measure)  # "aandeel (%)": shares, where the cells print no sign
        own = _own_year(measure) and _heading_period(measure)  # "Loonpremie 2022 (euro)": its own year
        year = by_measure[c] if by_measure else own or year
        rows = tuple(TableRow(label, {year: _marked(cell_figure(line, cell.start, cell.end, cell.marker),
                                                    None, unit)},
                              ctx.spans.span(line.start, line.end), is_total(label))
                     for label, (line, _), r, time in zip(labels, records, readings, timed, strict=True)
                     for cell in (r.cells[c],) if time in (None, year))
        for (line, _), time in zip(records, timed, strict=True):
            if time not in (None, year) and c == 0:
                ctx.report(line, line, OWN_TIME_LABEL)
        if not rows:
            continue
        span = ctx.spans.span(lines[i].start, lines[j - 1].end)
        tables.append(Table((year,), rows, span, "without-periods", ctx.part, None, join_wrapped([measure])))
    return _one_per_measure(tables, j, ctx) if tables else (None, j)


# "N-2  N-1  N": years counted back from a year N the text names (``N staat voor ... 2024``)
_RELATIVE_YEAR = re.compile(r"N(?:[ \t]?([-+\u2212])[ \t]?(\d{1,2}))?")
# "N voor het laatste volledige jaar, 2024", "N = 2024", "jaar N is 2024", "N-1 is dus 2023": a relative
# year's key, read only when every one the text prints agrees with the others
_RELATIVE_KEY = re.compile(r"(?<![\w-])N(?:[ \t]?([-+\u2212])[ \t]?(\d{1,2}))?(?![\w-])[ \t]*"
                           r"(?:=|:|\bis\b|\bstaat[ \t]+voor\b|\bvoor\b|\bverwijst[ \t]+naar\b)"
                           r"[^.;\n]{0,50}?(?<![\d.,])((?:19|20)\d\d)(?![\d]|[.,]\d)")
RELATIVE_UNKEYED = ("columns of years counted back from a year N (``N-2  N-1  N``), and the text names no "
                    "one year N is: the table is not read")


def _relative_key(text: str) -> int | None:
    """The year N of relative-year headings, when the text names it, and every other key it prints
    (``N-1 is dus 2023``) agrees; None when it names none or two."""
    years = set()
    for m in _RELATIVE_KEY.finditer(" ".join(text.split())):
        shift = int(m[2]) if m[2] else 0
        years.add(int(m[3]) + (shift if m[1] in ("-", "\u2212") else -shift))
    return years.pop() if len(years) == 1 else None


def _relative_years(lines: Sequence[Line], i: int, j: int, names: Sequence[str],
                    rows: Sequence[tuple[Line, str, Sequence[Figure | None]]], ctx: Context) -> Found:
    """A table whose columns are ``N-2  N-1  N`` is one of years as columns when the answer or the lines
    above it say which year N is (``N staat voor het laatste volledige jaar, 2024; N-1 is dus 2023``),
    each column the year it counts back to; without one certain year, its ``rows`` (line, label, a figure
    per column) are reported, never keyed by a year read elsewhere."""
    above = " ".join(line.text for line in lines[max(0, i - _MAX_HEADING_LINES) : i])
    key = _relative_key(f"{ctx.elsewhere}\n{above}") if "N" in ctx.elsewhere + above else None
    years = []
    for name in names:
        m = _RELATIVE_YEAR.fullmatch(name)
        shift = int(m[2]) if key is not None and m and m[2] else 0
        years.append(str(key - shift if m and m[1] in ("-", "\u2212") else key + shift) if key else "")
    if key is None or len(set(years)) != len(years):
        for line, _, _ in rows:
            ctx.report(line, line, RELATIVE_UNKEYED)
        return None, j
    table_rows = tuple(TableRow(label, {year: figure for year, figure in zip(years, figures, strict=True)
                                        if figure is not None},
                                ctx.spans.span(line.start, line.end), is_total(label))
                       for line, label, figures in rows)
    span = ctx.spans.span(lines[i].start, lines[j - 1].end)
    kept = tuple(r for r in table_rows if r.values)
    return Table(tuple(years), kept, span, "years-as-columns", ctx.part), j


# "Nieuwe mandaten 2023: 9.412", "Lopende mandaten op 31/12/2023: 14.806": a key naming its own time, a colon,
# one cell
_KEYED_LINE = re.compile(r"(?P<key>[^\W\d][^:]{0,80}?)[ \t]*:[ \t]*(?P<cell>\S(?:.*\S)?)")
_BLOCK_WORDS = 8  # a block's heading is a short name (``Arrondissement Brussel (Nederlandstalig``
# ``justitiehuis)``), no sentence


def _keyed_line(line: Line) -> tuple[str, str, Figure] | None:
    """``Lopende mandaten op 31/12/2023: 14.806`` -> its key, the one period the key names (a day: the stock
    on that day, 2023-12-31; a year: 2023) and its one figure; None for any other line (a key naming no
    time, or several, or a cell that is no one figure)."""
    m = _KEYED_LINE.fullmatch(line.text)
    if m is None or (read := cell_length(m["cell"])) is None or read[0] != len(m["cell"]):
        return None
    period = first_period_named(m["key"])
    if period is None:
        return None
    return m["key"], period, cell_figure(line, m.start("cell"), m.end("cell"), None)


def _block_heading(text: str) -> bool:
    """A block's heading line: a short name without a figure, no sentence's end nor a lead-in's colon."""
    return (bool(text) and text[0].isupper() and not DIGIT.search(text) and text[-1] not in (*STOPS, ":")
            and len(text.split()) <= _BLOCK_WORDS)


def _keyed_blocks(lines: Sequence[Line], i: int, ctx: Context) -> Found | None:
    """Blocks of a heading line, then ``key: value`` lines whose key names the figure's own time
    (``Arrondissement Antwerpen`` / ``Nieuwe mandaten 2023: 9.412`` / ``Lopende mandaten op 31/12/2023:
    14.806``, then the next district): each key a measure, each heading a row, each figure in the period
    its key names (a day's stock on that day, never the year; sample 1062 published ``op 31/12/2023`` under
    2023). Read only when at least two blocks print the very same keys in the same order, each key naming
    one period: the layout is then proven; the blocks end before the first that differs (left to the
    other readers)."""
    blocks: list[tuple[Line, list[tuple[str, str, Figure]]]] = []
    j = i
    while j + 1 < len(lines) and _block_heading(lines[j].text):
        keyed: list[tuple[str, str, Figure]] = []
        k = j + 1
        while k < len(lines) and (entry := _keyed_line(lines[k])) is not None:
            keyed.append(entry)
            k += 1
        if not keyed or (blocks and [key for key, _, _ in keyed] != [key for key, _, _ in blocks[0][1]]):
            break
        blocks.append((lines[j], keyed))
        j = k
    if len(blocks) < 2:
        return None
    span = ctx.spans.span(lines[i].start, lines[j - 1].end)
    tables = []
    for c, (key, period, _) in enumerate(blocks[0][1]):
        rows = tuple(TableRow(heading.text, {period: keyed[c][2]}, keyed[c][2].span, is_total(heading.text))
                     for heading, keyed in blocks)
        tables.append(Table((period,), rows, span, "without-periods", ctx.part, None, key))
    return _one_per_measure(tables, j, ctx)


def _most_rows_fit(records: Sequence[tuple[Line, int]], counts: Sequence[int], headings: Sequence[str]
                   ) -> tuple[tuple[int, list[Reading]], list[tuple[Line, RowError]]] | None:
    """Under headings that prove the column count, the rows that read as one cell under each column when
    a few do not (``Limburg  64,9%        57,3%        55,6%`` under four columns: a cell left blank, and
    which column each of the others is in, the gaps do not say): the first count most rows fit (more than
    half, two at least), with those rows' readings, and the others with why each is not read. None when a
    row that does not fit is the first, names a year or starts elsewhere than the first: a heading's second
    line, not a row."""
    for count in (c for c in dict.fromkeys(counts) if 0 < c <= _MAX_COLUMNS):
        amounts = _amount_columns(headings, count)
        readings, short = [], []
        for line, label in records:
            try:
                readings.append(read_row(line.text, count, label, amounts))
            except RowError as e:
                short.append((line, e))
        if len(readings) >= 2 and len(readings) > 2 * len(short):
            break
    else:
        return None
    if short and (short[0][0] is records[0][0] or any(YEAR_IN_LINE.search(line.text) or line.column
                                                       != records[0][0].column for line, _ in short)):
        return None  # "begroting 2023   begroting 2023   2023": a heading's second line, no row a cell short
    return (count, readings), short


def _names_a_group(lines: Sequence[Line], k: int) -> bool:
    """Whether line ``k``, under a heading line, may name a group's columns (``aantal  %``): two words or
    more set apart by gaps, no cell at its end, and a row right under it."""
    return k + 2 < len(lines) and not ends_in_cell(lines[k].text) \
        and len(_measure_header(lines[k]) or ()) > 1 and ends_in_cell(lines[k + 1].text)


def _words_under(cells: list[tuple[int, int, str]], line: Line, wanted: set[int]) -> dict[int, str]:
    """The word of ``line`` under each of the ``wanted`` heading cells (by index): a word under exactly one
    cell, the first such word for each."""
    under: dict[int, str] = {}
    for m in re.finditer(r"\S+", line.text):
        start, end = line.column + m.start(), line.column + m.end()
        hit = [k for k, (a, b, _) in enumerate(cells) if a < end and start < b]
        if len(hit) == 1 and hit[0] in wanted and hit[0] not in under:
            under[hit[0]] = m[0]
    return under


def _cells_at(line: Line) -> list[tuple[int, int, str]]:
    """The heading cells of ``line`` (words set apart by single spaces) and where each starts and ends on
    its printed line."""
    return [(line.column + m.start(), line.column + m.end(), m[0]) for m in _CELL.finditer(line.text)]


def _group_count(heading: Line, sub: Line) -> int:
    """How many figure columns a heading line heads over a line of names (``Met inkomenstarief`` over
    ``aantal  %``): each heading after the label's one column, or one per name printed under it; 0 (no
    count) when a name stands under no heading, under the label's, or no heading has two names under it."""
    tops, subs = _cells_at(heading), _cells_at(sub)
    under = [[u for u in subs if u[0] < end and u[1] > start] for start, end, _ in tops]
    if under[0] or sum(map(len, under)) != len(subs) or max(map(len, under)) < 2:
        return 0
    return sum(max(1, len(names)) for names in under[1:])


def _group_columns(heading: Line, sub: Line, row: Line, reading: Reading) -> list[str] | None:
    """The names of the figure columns of ``row`` under a heading line with a group (``Met inkomenstarief``
    printed over two columns) and a line naming that group's columns under it (``aantal  %``): each column
    is named by the heading over it and the sub-heading over it, if any (``Vergunde plaatsen``, ``Met
    inkomenstarief aantal``, ``Met inkomenstarief %``). None unless every column has one heading over it,
    one heading spans two columns or more, and every sub-heading stands over one column of its own."""
    tops, subs = _cells_at(heading), _cells_at(sub)
    columns = [(row.column + c.start, row.column + c.end) for c in reading.cells]
    over = [[t for t in tops if t[0] < end and t[1] > start] for start, end in columns]
    under = [[u for u in subs if u[0] < end and u[1] > start] for start, end in columns]
    if any(len(o) != 1 for o in over) or any(len(u) > 1 for u in under) \
            or sorted(u[0] for u in under if u) != sorted(subs) or len({o[0] for o in over}) == len(over):
        return None
    return [" ".join([o[0][2], *(u[0][2] for u in [n] if n)]) for o, n in zip(over, under, strict=True)]


_PROVINCES = frozenset({"antwerpen", "limburg", "oost-vlaanderen", "vlaams-brabant", "west-vlaanderen"})
_REGION = re.compile(r"(?:totaal[ \t]+)?(?:vlaams[ \t]+gewest|vlaanderen)", re.IGNORECASE)


# "Uitgedrukt per 1.000 inwoners was dat:", "Het gemiddelde aantal ... bedroeg:", "afval per inwoner in 2022
# (kg/inwoner)": the table's cells are rates; "Het aandeel uitgevallen ritten ten opzichte van het aantal
# geplande ritten (%):": shares
_RATE_ABOVE = re.compile(r"\bper[ \t]+(?:(?:1|10|100)\.?000|duizend|honderdduizend|inwoner)\b|\bgemiddeld|"
                         r"\baandeel\b|\(%\)|\bpercentage|\bprocent\b", re.IGNORECASE)


def _region_total(table: Table, above: str = "") -> Table:
    """``Vlaams Gewest`` under the five provinces is their total, so the sum rule checks it; not when it
    prints shares or rates (``87,1%`` is their average, no sum; a lead-in ``above`` saying ``per 1.000
    inwoners`` or ``aandeel ... (%)``: the region's rate) or the table already has a total row."""
    regions = [r for r in table.rows if _REGION.fullmatch(r.label)]
    others = {r.label.lower() for r in table.rows if r not in regions}
    if (others != _PROVINCES or len(regions) != 1 or any(r.total for r in table.rows)
            or _in_percent(regions[0]) or _RATE_MEASURE.search(table.measure or "")
            or _RATE_ABOVE.search(above)):
        return table
    return replace(table, rows=tuple(replace(r, total=True) if r is regions[0] else r for r in table.rows))


# "Rood per 1.000 keuringen", "Gemiddelde duur", "Bezettingsgraad", "Uren (gem.)": a column of rates or
# averages ("gem." and "gemidd." abbreviate "gemiddeld"), or medians ("Med.", "mediaan"): no sums either
_AVERAGE = r"gemiddeld|\bgem(?:idd)?\.|\bmedia(?:an|ne)\b|\bmed\."
_RATE_COLUMN = re.compile(rf"\bper\b|{_AVERAGE}|graad\b|ratio", re.IGNORECASE)


def _rate_total(table: Table) -> Table:
    """A Totaal row in a column of rates or averages (``Rood per 1.000 keuringen``: ``Totaal 44,1``) is the
    rate over all rows, no sum of them: it stays a row, but the sum rule does not check it."""
    if not _RATE_COLUMN.search(table.measure or "") or not any(r.total for r in table.rows):
        return table
    return replace(table, rows=tuple(replace(r, total=False) for r in table.rows))


# "Aandeel deeltijds werkende personeelsleden (%)", "Ziekteverzuim per niveau (in %)": a lead-in naming
# percent as the unit of the table's cells (printed bare: "21,4")
_PERCENT_ABOVE = re.compile(r"\((?:in[ \t]+)?(?:%|procent)\)", re.IGNORECASE)
_PERCENT_MEASURE = re.compile(r"%|\bpercentage\b|\bprocent\b", re.IGNORECASE)


def _distribution(row: TableRow) -> bool:
    """The row prints 100 in every cell (``100``, ``100,0%``): the total of a distribution in %."""
    return all(f.value == 100 for f in row.values.values() if f.value is not None)


def _percent_total(table: Table, above: str = "") -> Table:
    """A Totaal of figures in percent (cells printed in %, a ``%`` column, a lead-in ``... (%)``) is a sum
    only when it prints 100 (a distribution: ``Totaal 100,0``); any other (``Totaal 21,4`` under ``Mannen
    9,8`` and ``Vrouwen 31,6``, ``Totaal 88,3`` under each campus's occupancy) is the rate of the totals or
    an average, no sum of the rows: it stays a row, but the sum rule does not check it."""
    totals = [r for r in table.rows if r.total]
    if not totals or all(map(_distribution, totals)) or not (
            _in_percent(*table.rows) or _PERCENT_MEASURE.search(table.measure or "")
            or _PERCENT_ABOVE.search(above)):
        return table
    return replace(table, rows=tuple(replace(r, total=False) for r in table.rows))


# "de personeelsleden van de grootste entiteiten", "onder meer de volgende gemeenten", "de tien steden met
# de meeste aanvragen": a lead-in saying the rows are a selection of the whole
_SELECTION_ABOVE = re.compile(r"\b(?:grootste|belangrijkste|voornaamste|meeste|onder[ \t]+meer|"
                              r"een[ \t]+selectie|top[ \t]*\d+)\b", re.IGNORECASE)


# "Totaal Vlaamse overheid": a total that names its whole (a bare "Totaal" adds up the rows printed)
_NAMED_WHOLE = re.compile(r"tota(?:a)?l[ \t]+\S", re.IGNORECASE)


def _selected_rows(table: Table, above: str) -> Table:
    """Under a lead-in that calls the rows a selection (``van de grootste entiteiten``), a closing total
    that names its whole (``Totaal Vlaamse overheid``) counts the entities left out too: it stays a row,
    but the sum rule does not check it (the rows' 11.348 against its 26.318 is no contradiction). A bare
    ``Totaal`` under ``de vier grootste jeugdbewegingen`` is the total of the four, still checked."""
    if not _SELECTION_ABOVE.search(above) or not any(r.total and _NAMED_WHOLE.match(r.label)
                                                     for r in table.rows):
        return table
    return replace(table, rows=tuple(replace(r, total=False) for r in table.rows))


_SHARE = re.compile(r"(?:aandeel|%|percentage|procent)", re.IGNORECASE)
_NAMED_BASE = re.compile(r"\b(?:van|t\.o\.v\.|tov|ten opzichte|per)\b", re.IGNORECASE)
_RATE_MEASURE = re.compile(rf"\bper\b|{_AVERAGE}|aandeel|percentage|procent|%|graad|ratio", re.IGNORECASE)


def _shares(tables: list[Table]) -> list[Table]:
    """``Provincie  Aantal  Aandeel``: a column of shares in % is the share of each row in the total of
    the table's one column of counts, when that column has one total row; else it is left untied. A share
    whose heading names its base (``% van de inwoners``) is a share of that, not of the column; one whose
    Totaal prints no 100 (``plaatsen  bezetting  %`` closed by ``Totaal 206  182,0  88,3``) is a rate of
    each row's own figures, no share of the column's total."""
    counts = [t for t in tables if not _in_percent(*t.rows) and sum(r.total for r in t.rows) == 1]
    if len(counts) != 1:
        return tables
    return [replace(t, share_of=counts[0].measure) if t.measure and _SHARE.match(t.measure)
            and not _NAMED_BASE.search(t.measure) and _in_percent(*t.rows)
            and all(_distribution(r) for r in t.rows if r.total) else t for t in tables]


def _column_total(tables: list[Table]) -> list[Table]:
    """``Provincie  Bestandspleegzorg  Netwerkpleegzorg  Totaal``: a last column headed ``Totaal`` beside two
    or more columns of figures in the same unit, none a share, rate or average, adds them up row by row
    (``sum_of``), so ``vlaq:ColumnTotalIsSumShape`` checks each of its figures, its corner cell too, when a
    row lost to a glued cell leaves the column's own sum unchecked (sample 1034: 8.803 for 4.942 + 3.761).
    A row of rates among them (``Slaagpercentage (%)`` under ``M  V  Totaal``, its cells printing no sign)
    is no sum of its columns: then no row is tied."""
    *parts, total = tables if len(tables) >= 3 else (None,)
    if total is None or not is_total(total.measure or "") \
            or any(is_total(t.measure or "") or _RATE_MEASURE.search(t.measure or "") for t in parts):
        return tables
    units = {f.unit for t in tables for r in t.rows for f in r.values.values() if f.value is not None}
    if len(units) != 1 or units & {"percent"} or len({t.periods for t in tables}) != 1 \
            or any(_RATE_MEASURE.search(r.label) for r in total.rows):  # "Slaagpercentage (%)": no sum
        return tables
    return [*parts, replace(total, sum_of=tuple(t.measure or "" for t in parts))]


_DOT_GROUPS = re.compile(r"[+\-\u2212]?\d{1,3}(?:\.\d{3})+(?:,\d+)?")
_COMMA_THOUSAND = re.compile(r"[+\-\u2212]?\d{1,3},\d{3}")


_EVOLUTION = re.compile(r"(?:evolutie|groei|stijging|daling|toename|afname|wijziging)\b", re.IGNORECASE)


def _in_percent(*rows: TableRow) -> bool:
    """Every figure of the rows is printed in % (a "no value" aside)."""
    return all(f.unit == "percent" for row in rows for f in row.values.values() if f.value is not None)


def _evolutions(table: Table) -> Table:
    """Tie a row of year-on-year changes (``Evolutie t.o.v. vorig jaar``, in %) to the row it is the change
    of: the row it names (``Evolutie toegekend`` -> ``Toegekend``), else the table's one total row, else its
    one row that is not in %. Any other case is left untied."""
    changes = [r for r in table.rows if _EVOLUTION.match(r.label) and (_in_percent(r) or "%" in r.label)]
    if not changes:
        return table  # most tables print no evolution
    totals = [r for r in table.rows if r.total]
    counts = [r for r in table.rows if not _in_percent(r) and r not in changes]
    fallback = totals[0] if len(totals) == 1 else counts[0] if len(counts) == 1 else None

    def base_of(row: TableRow) -> TableRow | None:
        named = [r for r in counts if _label_key(r.label) == _label_key(row.label.split(" ", 1)[-1])]
        base = named[0] if len(named) == 1 else fallback
        if base is None:
            base = _proven_before(table.rows, row)
        return base if base is not None and not _in_percent(base) else None

    rows = tuple(replace(r, evolution_of=base.label)
                 if r in changes and (base := base_of(r)) is not None else r for r in table.rows)
    return table if rows == table.rows else replace(table, rows=rows)  # most tables print no evolution


def _proven_before(rows: Sequence[TableRow], change: TableRow) -> TableRow | None:
    """The row printed right before a row of changes that names no base (``Aanmeldingen  Evolutie (%)``,
    periods as rows, among other columns of counts), when most of the changes printed are its change from the
    year before, as rounded (``+7,7`` for 14.218 -> 15.306): the layout alone does not say it is the change
    of that column, the figures that agree do; a change that then disagrees is the source's contradiction."""
    at = rows.index(change)
    if at == 0 or rows[at - 1] in (r for r in rows if _EVOLUTION.match(r.label)):
        return None
    before = rows[at - 1]
    agree = compared = 0
    for key, figure in change.values.items():
        now, then = before.values.get(key), before.values.get(str(int(key) - 1)) if key.isdigit() else None
        if figure.value is None or now is None or then is None or now.value is None or not then.value:
            continue
        compared += 1
        agree += rounds_to(figure.printed, figure.value, now.value - then.value, then.value)
    return before if compared and agree * 2 > compared else None


_NO_KEY = re.compile(r"[^a-z0-9]")  # compiled once: every row label of every table is keyed


@lru_cache(maxsize=4096)  # pure; a table's labels are keyed again and again (``_distinct``, ``_evolutions``)
def _label_key(label: str) -> str:
    """What tells two labels apart once published: letters and digits, case and accents aside (a row's URI
    is made from its label, so ``e-mail`` and ``E-mail`` would be one row)."""
    plain = unicodedata.normalize("NFKD", label).encode("ascii", "ignore").decode().lower()
    return _NO_KEY.sub("", plain)


def _distinct(table: Table, ctx: Context) -> Table:
    """Rows (or, with periods as rows, columns) printed with one label are all reported: which one holds its
    figures is unclear (held-out 959 published the first of three rows labelled ``€``, a cell of another
    column). Labels printed apart that read alike once published (``A+`` and ``A``, one URI) are reported
    after the first. A total row is then no sum of the rows left (``A`` reported beside ``A+``: the Totaal
    counts it), so no row is checked as one."""
    printed = Counter(collapse(row.label) for row in table.rows)
    seen: set[str] = set()
    keep = []
    for row in table.rows:
        if printed[collapse(row.label)] > 1 or _label_key(row.label) in seen:
            reason = f"two rows or columns labelled {row.label!r}: which one holds its figures is unclear"
            ctx.unread.append(Unread(ctx.spans_text(row.span), reason, row.span, ctx.part))
            continue
        seen.add(_label_key(row.label))
        keep.append(row)
    if len(keep) == len(table.rows):
        return table
    return replace(table, rows=tuple(replace(row, total=False) for row in keep))


_NOTE_NUMBER = re.compile(r"\d{1,2}")


_LAST_BRACKET = re.compile(r"\([^()]*\)$")  # "(x 1.000)" ending "Dienstregelingsuren (x 1.000)"


def _holds_figure(label: str) -> bool:
    """A row label that ends in a figure set apart by a column gap (``Vlaanderen      1.912.440``) or printed
    as one (``Bebossing 412,5``, ``Netto (44,5)``, ``Limburg 10,0%``): the table's columns were not read as
    printed. ``Zone 1`` or ``Fase 2`` are labels."""
    last = _last_word(label)
    bare = last.strip("()")
    if not (any(c.isdigit() for c in bare) and is_cell(bare)):
        return False
    if last != bare and _NOTE_NUMBER.fullmatch(bare):
        return False  # "Hybride (1)": a footnote's number
    if (bracket := _LAST_BRACKET.search(label.rstrip())) and scale_in(bracket[0]) is not None:
        return False  # "Dienstregelingsuren (x 1.000)": the row's scale, its digits no figure
    return bool(_GAP_BEFORE_LAST.search(label.rstrip())) or any(c in last for c in ",.%€()")


# A column of a table without periods that holds numbers which are no measurements: identifiers (``Postcode``,
# ``NIS-code``, ``Ondernemingsnummer``) and times (``Sinds``, ``Erkend sinds``, ``Bouwjaar``, ``Jaar van
# oprichting``): their cells are read as a column's, but a postcode or a year is never a figure of the period.
_NO_MEASURE = re.compile(r"(?:post(?:code|nummer)|nis(?:[- ]?code)?|(?:kbo|ondernemings|telefoon|dossier|"
                         r"referentie|huis)[- ]?nummer|code|nummer|nr\.?|tel\.?|"
                         r"(?:start|bouw|oprichtings?|erkennings?|geboorte)jaar|jaar(?:[ \t]+van[ \t]+\w+)?|"
                         r"(?:[^\W\d]+[ \t]+)?(?:sinds|vanaf|in[ \t]+gebruik[ \t]+sinds))", re.IGNORECASE)


def _a_measure(table: Table) -> bool:
    """Whether a table's measure column holds measurements: not when its heading names an identifier or a
    time (``_NO_MEASURE``), whose numbers a careful reader never publishes as figures."""
    return table.measure is None or _NO_MEASURE.fullmatch(collapse(table.measure).strip()) is None


# "Meetplaats (VMM-nummer)", "Gemeente (NIS-code)": the labels' heading names an identifier each label ends in
_ID_HEADING = re.compile(r"[^\W\d][^\t]*?[ \t]\((?:[^\W\d][\w]*[- ])?(?:nummer|code|nr\.?)\)", re.IGNORECASE)
_BRACKETED_ID = re.compile(r"\(\d{3,}\)")  # "(160000)": digits alone, no separator nor decimals


def _identified_labels(table: Table, ctx: Context) -> bool:
    """Whether the labels' own heading (the first cell of the table's first line) names an identifier in
    brackets (``Meetplaats (VMM-nummer)``): then a label's last word ``(160000)`` is that number, no
    figure."""
    first = ctx.by_number.get(table.span.first_line)
    return first is not None and _ID_HEADING.fullmatch(_GAP.split(first.text)[0]) is not None


# "Opgericht:", "Sinds", "Startjaar", "Jaar van oprichting": a field whose cell is the year something began
_YEAR_FIELD = re.compile(r"(?:opgericht|opgestart|gestart|sinds|start(?:jaar|datum)?|oprichting(?:sjaar)?|"
                         r"jaar[ \t]+van[ \t]+(?:oprichting|start|ontstaan)|bouwjaar|"
                         r"erkend[ \t]+sinds|actief[ \t]+sinds)"
                         r"[ \t]*:?", re.IGNORECASE)
YEAR_FIELD = "a year something was founded or started (``Opgericht: 2018``), no figure of a period"


def _year_fields(table: Table, ctx: Context) -> Table | None:
    """The rows whose label says their cells are the year something began (``Opgericht: 2018``) are
    reported, never published: a year, not a count (sample 1280 published a founding year)."""
    founded = [row for row in table.rows if _YEAR_FIELD.fullmatch(row.label.strip())
               and all(f.value is None or YEARS_IN_KEY.fullmatch(f.printed.strip())
                       for f in row.values.values())]
    if not founded:
        return table
    for row in founded:
        for figure in row.values.values():
            ctx.unread.append(Unread(ctx.spans_text(figure.span), YEAR_FIELD, figure.span, ctx.part))
    rows = tuple(row for row in table.rows if all(row is not f for f in founded))
    return replace(table, rows=rows) if rows else None


def _labels_hold_no_figure(table: Table, ctx: Context) -> Table | None:
    """A table with a row label that holds a figure is reported whole, not published: its other figures
    may sit in the wrong columns, and a row may have been taken for a heading. A label that ends in the
    identifier its heading names (``Schelde, Zwijndrecht (160000)`` under ``Meetplaats (VMM-nummer)``)
    holds none."""
    held = [row.label for row in table.rows if _holds_figure(row.label)]
    if held and _identified_labels(table, ctx):
        held = [label for label in held if not _BRACKETED_ID.fullmatch(_last_word(label))]
    if not held:
        return table
    reason = f"a figure is left in a row label ({held[0]!r}): the table's columns are not read as printed"
    ctx.unread.append(Unread(ctx.spans_text(table.span), reason, table.span, ctx.part))
    return None


# A row label that is only a currency sign: "€" of "€ 2.418.306,12", a cell printed alone on its line
_SIGN_ONLY = re.compile(r"€|k€|EUR")
SIGN_LABEL = ("a row labelled only by the currency sign of its first figure ({printed!r}): a cell printed "
              "alone on its line, whose column the table does not prove")


def _sign_label(row: TableRow) -> bool:
    """Whether a row's label is only the currency sign its first figure prints before it (``€`` of ``€
    2.418.306,12``): the line is a cell alone (cells printed one per line under headings one per line),
    its sign taken for a label, and which column it stands under nothing shows."""
    if _SIGN_ONLY.fullmatch(row.label) is None or not row.values:
        return False
    first = min(row.values.values(), key=lambda f: f.span.start)
    return is_cell(f"{row.label} {first.printed}")


def _labels_no_sign(table: Table, ctx: Context) -> Table | None:
    """A table with a row labelled only by its figure's currency sign (``_sign_label``) is reported whole,
    not published: its rows are cells printed one per line, read as rows of one cell under a column (the
    cell under the last year a heading above named), which no reader proves."""
    signed = next((row for row in table.rows if _sign_label(row)), None)
    if signed is None:
        return table
    first = min(signed.values.values(), key=lambda f: f.span.start)
    reason = SIGN_LABEL.format(printed=f"{signed.label} {first.printed}")
    ctx.unread.append(Unread(ctx.spans_text(table.span), reason, table.span, ctx.part))
    return None


HEDGED_ROW = "its label ends in a bound or hedge ('minder dan 5'): the figure is no cell of its own"


def _hedged_rows(table: Table, ctx: Context) -> Table | None:
    """Rows whose label ends in a bound or hedge (``Brussel: minder dan 5``, ``Gent: ongeveer 1.200``) are
    reported: the figure is a bound, not a count (5 was published under the label ``Brussel: minder dan``).
    None when no row is left."""
    hedged = [row for row in table.rows if ends_in_hedge(row.label)]
    for row in hedged:
        ctx.unread.append(Unread(ctx.spans_text(row.span), HEDGED_ROW, row.span, ctx.part))
    if not hedged:
        return table
    rows = tuple(replace(row, total=False) for row in table.rows if row not in hedged)  # a Totaal over the
    # bound is no sum of the rows left
    return replace(table, rows=rows) if rows else None


PLANNED_ROW = "the row's label names a target, norm or plan, no measurement: its figures are not published"


def _planned_rows(table: Table, ctx: Context) -> Table | None:
    """Rows whose label opens with a target, norm or plan (``Streefcijfer  10  12  15`` under the years,
    ``Doelstelling 2025``) are reported: what was aimed at, not what was counted (see ``_planned``). None when
    no row is left."""
    planned = [row for row in table.rows if _PLAN_HEADING.match(row.label.strip())]
    for row in planned:
        ctx.unread.append(Unread(ctx.spans_text(row.span), PLANNED_ROW, row.span, ctx.part))
    if not planned:
        return table
    rows = tuple(replace(row, total=False) for row in table.rows if row not in planned)
    return replace(table, rows=rows) if rows else None


# A row (or column) of amounts in millions: "Bedrag (in miljoen euro)", "Uitgaven (mio euro)"
_IN_MILLIONS = re.compile(r"\b(?:miljoen|miljard|mio|mln|mld)\b", re.IGNORECASE)


_UNGROUPED = re.compile(r"[+\-\u2212]?\d{5,}(?:,\d+)?")  # "43739,1", "12345": five digits or more, no dot


# "4.218  6841" under "Aanmeldingen  Gemiddelde  Mediaan": four digits and no dot, in a table that groups
# thousands with dots, in a column that never reaches a thousand, are two cells run together (an average of
# 68 and a median of 41), no figure
_FOUR_DIGITS = re.compile(r"[+\-\u2212]?\d{4}(?:,\d+)?")
_A_THOUSAND = re.compile(r"[+\-\u2212]?\d(?:\d{3}|\d{0,2}\.\d{3})")  # "1204", "1.204", "12.345"
GLUED_ROW = ("{printed!r} prints four digits and no dot in a column under a thousand, where the table groups "
             "thousands with dots: two cells run together, so which column each of the row's figures is in "
             "cannot be read")


UNGROUPED_ROW = ("{printed!r} prints no dot where the table groups thousands with dots: two cells glued "
                 "('43739,1' may be 437 and 39,1), so which column each of the row's figures is in cannot be "
                 "read")


def _glued_cell(column: Sequence[str], at: int) -> bool:
    """Whether cell ``at`` of ``column`` is two cells run together: four digits and no dot, no year, in a
    column whose other cells all stay under a thousand (``6841`` among averages of ``58``, ``47``). Among
    counts of ``14.208`` and ``1.287``, ``1118`` is a count printed without its dot."""
    printed, others = column[at], [*column[:at], *column[at + 1:]]
    return _FOUR_DIGITS.fullmatch(printed) is not None \
        and _A_YEAR.fullmatch(printed.lstrip("+-\u2212")) is None \
        and bool(others) and not any(_A_THOUSAND.match(c) for c in others)


def _glued_rows(found: Sequence[Table | None], ctx: Context) -> list[Table | None]:
    """``found``, the tables read from one printed table (a table per measure when measures are its
    columns), without the rows that print two cells run together (``_glued_cell``) while the table groups
    thousands with dots (``4.218``): ``6841`` under the average, the median column empty; the whole row is
    reported, its other cells too (which column is which cannot be trusted). So is a row with a cell of five
    digits or more and no dot (``312204``) in a measure's table that groups with dots: the same glue, and
    none of its cells is published in any measure's table, nor left as a table of its own (sample 988
    published the row's first and last cells). A column of codes or years, four digits each, glues nothing;
    a table that never prints a dot groups nothing."""
    tables = [t for t in found if t is not None]
    if not _groups_by_dots(_printed_cells(row for t in tables for row in t.rows)):
        return list(found)
    glued: dict[Span, str] = {}
    for t in tables:
        dotted = _groups_by_dots(_printed_cells(t.rows))
        for p in t.periods:
            rows = [row for row in t.rows if p in row.values]
            column = [row.values[p].printed for row in rows]
            for at, row in enumerate(rows):
                if _glued_cell(column, at):
                    glued.setdefault(row.span, GLUED_ROW.format(printed=column[at]))
                elif dotted and _UNGROUPED.fullmatch(column[at]):
                    glued.setdefault(row.span, UNGROUPED_ROW.format(printed=column[at]))
    if not glued:
        return list(found)
    for span, reason in glued.items():
        ctx.unread.append(Unread(ctx.spans_text(span), reason, span, ctx.part))
    kept: list[Table | None] = []
    for t in found:
        rows = tuple(row for row in t.rows if row.span not in glued) if t is not None else ()
        kept.append(None if t is None or not rows
                    else t if len(rows) == len(t.rows) else replace(t, rows=rows))
    return kept


def _consistent(table: Table, ctx: Context) -> Table | None:
    """Separators must agree within a table: where thousands are grouped with dots, ``1,204`` may be a
    thousand and two hundred and four printed the English way, or 1,204; that cell is reported, not read.
    In a row or column whose label counts in millions (``Bedrag (in miljoen euro)``) it is 1,204 million:
    amounts in millions print their thousands as decimals, beside counts grouped by dots."""
    if not _groups_by_dots(_printed_cells(table.rows)):
        return table
    keep = []
    for row in table.rows:
        odd = {p: f for p, f in row.values.items()
               if "," in f.printed and _COMMA_THOUSAND.fullmatch(f.printed)
               and not _IN_MILLIONS.search(row.label)}
        ungrouped = {p: f for p, f in row.values.items() if _UNGROUPED.fullmatch(f.printed)}
        for figure in odd.values():
            reason = (f"{figure.printed!r} has a comma where the table groups thousands with dots: a decimal "
                      "or a thousands separator, the print does not say")
            ctx.unread.append(Unread(ctx.spans_text(figure.span), reason, figure.span, ctx.part))
        for figure in ungrouped.values():
            reason = (f"{figure.printed!r} prints no dot where the table groups thousands with dots: two "
                      "cells glued ('43739,1' may be 437 and 39,1), or a figure printed otherwise")
            ctx.unread.append(Unread(ctx.spans_text(figure.span), reason, figure.span, ctx.part))
        odd |= ungrouped
        if not odd:
            keep.append(row)  # most rows: kept as read, not copied
        elif len(odd) < len(row.values):
            keep.append(replace(row, values={p: f for p, f in row.values.items() if p not in odd}))
    if not keep:
        return None
    kept = tuple(keep)
    return table if kept == table.rows else replace(table, rows=kept)  # most rows print no comma thousand


def _periods_per_line(lines: Sequence[Line], i: int, ctx: Context) -> Found | None:
    """``2021`` / ``2022`` / ``Antwerpen`` / ``12.345`` / ``13.456`` / ``Limburg`` / ...: the periods one per
    line, then each row as its label and one cell per period."""
    periods: list[Period] = []
    j = i
    while j < len(lines) and (period := _lone_period(lines[j].text, ctx)):
        periods.append(period)
        j += 1
    size = len(periods)
    rows: list[TableRow] = []
    while (j + size < len(lines) and lines[j].text and not is_cell(lines[j].text)
           and all(_value_line(line) for line in lines[j + 1:j + size + 1])):
        values = {}
        for period, line in zip(periods, lines[j + 1:j + size + 1], strict=True):
            cell = read_row(line.text, 1, 0).cells[0]
            values[period.key] = cell_figure(line, cell.start, cell.end, cell.marker)
        label = join_wrapped([lines[j].text])
        span = ctx.spans.span(lines[j].start, lines[j + size].end)
        rows.append(TableRow(label, values, span, is_total(label)))
        j += size + 1
    keys = [p.key for p in periods]
    if not rows or len(set(keys)) != len(keys):
        return None
    if j < len(lines) and _value_line(lines[j]):  # a cell more after a row: a label lost, the rows after it
        ctx.report(lines[i], lines[j], CELLS_UNSURE, "\n".join(line.text for line in lines[i : j + 1]))
        return None, j + 1  # (or before it) a row off: no row is read
    span = ctx.spans.span(lines[i].start, lines[j - 1].end)
    return Table(tuple(keys), tuple(rows), span, "cell-per-line", ctx.part), j


_MAX_HEADING_WORDS = 6  # a heading or row label printed on a line of its own; a longer line is prose
SHORT_ROW = ("a row of {cells} cell(s) for {columns} columns, one cell per line: which column a cell is in "
             "cannot be read")


def _heading_line(line: Line) -> bool:
    """A heading cell or a row label on a line of its own: a few words or a period, not ending like a
    sentence, no figure."""
    text = line.text
    return bool(text) and text[-1] not in STOPS and len(text.split()) <= _MAX_HEADING_WORDS \
        and _CELL.fullmatch(text) is not None and not _value_line(line) \
        and not text.lower().startswith(("bron", "noot"))


# "(standaardprocedure)" under "Erfgoedpremie": a wrapped label's rest, not a note "(1)"
_BRACKETED_WORDS = re.compile(r"\([^\d()]+\)")
# a label's place in brackets wrapped over two lines: "(Beernem en" / "Ruiselede)", words only
_BRACKET_OPENS = re.compile(r"\([^\d()]+")
_BRACKET_CLOSES = re.compile(r"[^\d()]+\)")
_LabelledRow = tuple[list[Line], list[Line]]  # a row label's lines (one, or two when it wraps) and its cells


def _labelled_cells(lines: Sequence[Line], i: int) -> tuple[list[Line], list[_LabelledRow], int]:
    """``Provincie`` / ``Aanvragen`` / ``Weigeringen`` / ``Antwerpen`` / ``1.204`` / ``87`` / ``Limburg``:
    the heading lines, then each row as its label line and the cell lines under it (as many as printed),
    and the first line after them. The headings are the lines before the first cell but its label; a
    label's second line starting lower case continues it (``Bouw- en`` / ``sloopafval``), and so does one in
    brackets without digits (``Erfgoedpremie`` / ``(standaardprocedure)``), the first row's too, or two lines
    that open and close such a bracket (``Campus De Zande`` / ``(Beernem en`` / ``Ruiselede)``): a label is
    never a bracket alone."""
    k = i
    while k < len(lines) and k - i <= _MAX_CELL_HEADING_LINES and _heading_line(lines[k]):
        k += 1
    if k - i > _MAX_CELL_HEADING_LINES:
        return [], [], i
    label = k - 2 if k - 2 > i and _BRACKETED_WORDS.fullmatch(lines[k - 1].text.strip()) else k - 1
    if k - 3 > i and _BRACKET_CLOSES.fullmatch(lines[k - 1].text.strip()) \
            and _BRACKET_OPENS.fullmatch(lines[k - 2].text.strip()):
        label = k - 3  # the first row's label, its bracket wrapped: "Campus De Zande" / "(Beernem en" / ...
    printed = [line.text for line in lines[i:label]]
    headings = _bracketed_headings_joined(lines[i:label])
    rows: list[_LabelledRow] = []
    j = label
    while j < len(lines) and _heading_line(lines[j]):
        first = k = j + 1
        if k < len(lines) and _heading_line(lines[k]) and (lines[k].text[:1].islower() or (
                _BRACKETED_WORDS.fullmatch(lines[k].text.strip()))):
            first = k = j + 2
        elif k + 1 < len(lines) and _heading_line(lines[k]) and _heading_line(lines[k + 1]) \
                and _BRACKET_OPENS.fullmatch(lines[k].text.strip()) \
                and _BRACKET_CLOSES.fullmatch(lines[k + 1].text.strip()):
            first = k = j + 3  # "Campus De Zande" / "(Beernem en" / "Ruiselede)": the bracket wraps
        while k < len(lines) and _value_line(lines[k]) and _headings_again(lines, k, printed) is None:
            k += 1
        if k == first and not (k < len(lines) and _heading_line(lines[k])):
            break  # a line of words after the last row: the text goes on
        rows.append((list(lines[j:first]), list(lines[first:k])))
        j = _headings_again(lines, k, printed) or k
    return headings, rows, j


_PAGE_COLUMN = 40  # a page's number printed this far right, where rows printed one cell per line start a line


def _headings_again(lines: Sequence[Line], k: int, printed: Sequence[str]) -> int | None:
    """Where rows printed one cell per line go on after a page break at line ``k``: every heading line of the
    table again, as printed (a foot line, ``pagina 1 van 2``, is gone: ``without_page_footers``), after a
    page's number or not, or the next row's label after the page's number far right (``        1`` /
    ``\fVlaams-Brabant``); None otherwise (a lone ``3`` at the start of a line is a cell). A number right
    above a page's footer (dropped: the line numbers jump) is a row's last cell, no page's number: the
    footer numbers the page (``571`` / ``Vlaams Parlement - Schriftelijke vraag 5820 - pagina 2 van 3``)."""
    if k >= len(lines):
        return None
    number = PAGE_NUMBER.fullmatch(lines[k].text)
    if number and k + 1 < len(lines) and lines[k + 1].number > lines[k].number + 1:
        number = None  # "571" / "... pagina 2 van 3" (dropped): the footer numbers the page
    after = k + 1 if number else k
    if [line.text for line in lines[after : after + len(printed)]] == list(printed):
        return after + len(printed)
    far = number is not None and lines[k].column >= _PAGE_COLUMN
    return k + 1 if far and k + 1 < len(lines) and _heading_line(lines[k + 1]) else None


def _bracketed_headings_joined(headings: Sequence[Line]) -> list[Line]:
    """Heading lines one per line, a bracketed line joined to the heading above it when that heading is no
    period (``Verschil`` / ``(procentpunt)``): the rest of one column's name, wrapped, never a column of its
    own. Under a period (``2023`` / ``(%)``) it stays a line of its own, and the headings then count one
    column too many: the table is not read here."""
    joined: list[Line] = []
    for line in headings:
        if joined and line.text[:1] == "(" and line.text[-1:] == ")" \
                and not ONE_PERIOD.fullmatch(joined[-1].text):
            above = joined[-1]
            joined[-1] = Line(above.number, above.start, above.column, f"{above.text} {line.text}")
        else:
            joined.append(line)
    return joined


def _wrapped_heading_lines(headings: Sequence[Line]) -> list[Line]:
    """Column headings one cell per line, each wrapped over lines (``Goedgekeurde`` / ``aanvragen`` /
    ``2022``, ``Uitbetaald`` / ``bedrag (in`` / ``miljoen euro)``), grouped as ``_wrapped_headings`` groups
    them (a heading starts at a capital): one line per heading, its words joined."""
    groups: list[list[Line]] = []
    for line in headings:
        if line.text[:1].isupper() or not groups:
            groups.append([line])
        else:
            groups[-1].append(line)
    return [Line(g[0].number, g[0].start, g[0].column, join_wrapped([line.text for line in g]))
            for g in groups]


_BARE_NUMBER = re.compile(r"\d{1,3}")  # "2": a page's number as printed alone, no sign, dot or comma


def _page_numbers_dropped(rows: list[_LabelledRow], count: int) -> list[_LabelledRow]:
    """``rows`` without a page's number printed alone between one row's cells and the next row's label
    (``Vlaams-Brabant`` / ``90,2`` / ``76,8`` / ``2`` / ``\fWest-Vlaanderen``, sample 1083 reported the row):
    dropped only when it is certain to be no cell: a bare number of up to three digits, the one cell too many
    of a row that is not the last, every other row printing exactly one cell per column and no cell of the
    table printing a bare number like it (all of them decimals or grouped thousands). Otherwise ``rows``
    as they are: the row is reported."""
    extra = [n for n, (_, cells) in enumerate(rows) if len(cells) == count + 1
             and _BARE_NUMBER.fullmatch(cells[-1].text) and n + 1 < len(rows)]
    if len(extra) != 1 or any(len(cells) != count for n, (_, cells) in enumerate(rows) if n != extra[0]):
        return rows
    if any(_BARE_NUMBER.fullmatch(cell.text) for _, cells in rows for cell in cells[:count]):
        return rows
    label, cells = rows[extra[0]]
    return [*rows[: extra[0]], (label, cells[:count]), *rows[extra[0] + 1:]]


def _labels_and_cells(lines: Sequence[Line], i: int, ctx: Context) -> Found | None:
    """One cell per line with each row's label before its cells, under headings printed one per line
    (``Fractie`` / ``2021`` / ``2022`` / ``Grofvuil`` / ``98.412`` / ``97.208`` / ...): periods as columns,
    or measures (a table without periods, for the period the lines above name); a school year's heading may
    print the word before its two years (``Schooljaar`` / ``2021-2022``, wrapped: ``2021-2022``, as a row's
    school year may), never before one (``Schooljaar 2021``: which school year?). The first heading names
    the labels, so a table without it is not read here (reported). A row with fewer or more
    cells than columns is reported line by line and the other rows are read; a last column that is no
    period beside periods (``Verschil``) is reported. Periods as rows are read elsewhere."""
    headings, rows, j = _labelled_cells(lines, i)
    if rows and any(_part_of_year_alone(h.text) and _lone_period(h.text, ctx) is None for h in headings[1:]):
        # "Belbus" / "Flex" / "januari-juni" / "juli-december": halves under the measures, not read as periods
        # (never the year of the lines above): which column is which time is not read, the table is reported
        ctx.report(lines[i], lines[j - 1], DATED_COLUMNS, "\n".join(line.text for line in lines[i:j]))
        return None, j
    seasons = [season_in(label[0].text, _STAND_IN_YEAR) is not None for label, _ in rows]
    if not headings or len(rows) < 2 \
            or any(ONE_PERIOD.fullmatch(label[0].text) and not season
                   for (label, _), season in zip(rows, seasons, strict=True)):
        return None

    def fits(count: int) -> bool:  # most rows must fit the headings, or which is which column is not clear
        return count >= 1 and sum(len(cells) == count for _, cells in rows) * 2 > len(rows)

    if not fits(len(headings) - 1) and len(headings) > 2 \
            and fits(len(wrapped := _wrapped_heading_lines(headings[1:]))):
        headings = [headings[0], *wrapped]  # "Goedgekeurde" / "aanvragen" / "2022": one heading, wrapped
    count = len(headings) - 1  # the first heading names the labels (``Provincie``), the others the columns
    if not fits(count) or not all(h.text[:1].isupper() or h.text[:1].isdigit() for h in headings):
        return None
    columns = headings[1:]
    rows = _page_numbers_dropped(rows, count)
    marks = [m[0] if (m := MARKED_END.search(h.text)) else None for h in columns]  # "2023-2024(*)"
    bare = [h.text[: len(h.text) - len(mark or "")].rstrip() for h, mark in zip(columns, marks, strict=True)]
    periods = [_lone_period(_SCHOOL_YEAR_HEADING.sub("", text, count=1), ctx) for text in bare]
    if not any(periods):
        periods = _stock_day_headings(headings[0].text, [h.text for h in columns])
    keys = [p.key for p in periods if p is not None]
    if keys and (periods[0] is None or None in periods[: len(keys)] or len(set(keys)) != len(keys)):
        return None  # a column that is no period before or among the periods: not this layout
    good = [(label, cells) for label, cells in rows if len(cells) == count]
    for label, cells in rows:
        if len(cells) != count:
            for line in (*label, *cells):
                ctx.report(line, line, SHORT_ROW.format(cells=len(cells), columns=count))
    if not keys:
        return _measures_per_line(lines, i, j, [h.text for h in columns], good, ctx)
    if any(seasons) and not all(p is not None and p.kind == "year" for p in periods[: len(keys)]):
        return None  # months as rows under columns of other periods than years: not this layout
    table_rows = tuple(_labelled_row(label, cells, {key: _marked(_lone_cell(cell), mark) for key, cell, mark
                                                    in zip(keys, cells, marks, strict=False)}, ctx)
                       for label, cells in good)
    extra = columns[len(keys) :]
    if len(extra) == 1 and _EVOLUTION.match(extra[0].text):  # "Evolutie" / "(%)" after "2022" / "2023"
        changes = {row.label: _lone_cell(cells[-1]) for row, (_, cells) in zip(table_rows, good, strict=True)}
        table_rows += tuple(_change_column(extra[0].text, "", keys, changes, table_rows, extra[0], ctx))
    else:
        for heading in extra:
            ctx.report(heading, heading, f"the column {heading.text!r} is no period: its figures are not "
                                         "read")
    span = ctx.spans.span(lines[i].start, lines[j - 1].end)
    table = Table(tuple(keys), table_rows, span, "cell-per-line", ctx.part)
    if any(seasons):  # "januari" / "86,4" / "85,2" under "Maand" / "2023" / "2024": each month of each year
        return _seasons_as_rows(table, [p for p in periods if p is not None], ctx), j
    return table, j


_DAY_ALONE = re.compile(DAY, re.IGNORECASE)  # "1 januari 2024"


def _stock_day_headings(label: str, texts: Sequence[str]) -> list[Period | None]:
    """Headings one per line that are each a day (``Prioriteitengroep`` / ``1 januari 2023`` / ``1 januari
    2024``): stocks counted on the same day of different years, as ``_stock_days`` allows them in a header
    line; no period (None for each) when any heading is no day or the days are no such stocks."""
    none: list[Period | None] = [None] * len(texts)
    if not texts or not all(_DAY_ALONE.fullmatch(" ".join(t.split())) for t in texts):
        return none
    try:
        days = [read_period(t, lambda: None) for t in texts]
    except PeriodError:
        return none
    return list(days) if _stock_days(label, days) else none


def _lone_cell(line: Line) -> Figure:
    """The figure of a line holding one cell (``_value_line``)."""
    cell = read_row(line.text, 1, 0).cells[0]
    return cell_figure(line, cell.start, cell.end, cell.marker)


def _labelled_row(label: Sequence[Line], cells: Sequence[Line], values: dict[str, Figure],
                  ctx: Context) -> TableRow:
    text = join_wrapped([line.text for line in label])
    return TableRow(text, values, ctx.spans.span(label[0].start, cells[-1].end), is_total(text))


def _measures_per_line(lines: Sequence[Line], i: int, j: int, names: Sequence[str],
                       rows: Sequence[_LabelledRow], ctx: Context) -> Found:
    """The rows of a table without periods printed one cell per line: one table per measure column, each
    for the year its heading names when every heading names one after its measure (``Goedgekeurde
    aanvragen 2022``, as ``_aligned_columns`` reads them), else for the period the lines above name."""
    dated = all(_own_year(name) for name in names)
    by_measure = [_heading_period(name) or "" for name in names] if dated \
        else _measure_periods(lines, i, names)
    skipped = _unplaced_columns(lines, i, j, names, ctx) if by_measure is None else frozenset()
    if skipped is None:
        return None, j
    period = _period_above(lines, i, j, ctx) if by_measure is None else ""
    if period is None or not rows or (by_measure and "" in by_measure):
        return None, j
    span = ctx.spans.span(lines[i].start, lines[j - 1].end)
    tables = []
    for c, name in enumerate(names):
        if name in skipped:
            continue
        period = by_measure[c] if by_measure else period
        table_rows = tuple(_labelled_row(label, cells, {period: _lone_cell(cells[c])}, ctx)
                           for label, cells in rows)
        tables.append(Table((period,), table_rows, span, "cell-per-line", ctx.part, None, name))
    return _one_per_measure(tables, j, ctx, _lead_sentence(lines, i) or "") if tables else (None, j)


def _starts_with_period(lines: Sequence[Line], i: int, floor: int, ctx: Context) -> Found | None:
    return (_periods_as_rows(lines, i, floor, ctx) or _cell_per_line(lines, i, floor, ctx)
            or vertical_list(lines, i, ctx))


# "Indicator   Eenheid   2020   2021": a column of units between the row labels and the figures, one per row
_UNIT_HEADING = re.compile(r"(?:maat)?eenheid|eenheden|unit", re.IGNORECASE)
# what a unit cell may print, read into a unit (a scale of euro is read by ``scale_in``: "miljoen euro")
_UNIT_CELLS = {"%": "percent", "procent": "percent", "percentage": "percent", "aantal": "count",
               "euro": "EUR", "eur": "EUR", "€": "EUR"}
UNIT_CELL_UNREAD = ("the row's cell in the column of units ({printed!r}) is no unit this reader reads: its "
                    "figures are not published without their unit")
UNIT_COLUMN_UNPLACED = ("a column of units (``Eenheid``) that is not beside the row labels of periods as "
                        "columns: the table's figures are not published without their units")


def _unit_heading(header: Sequence[Line]) -> tuple[int, int] | None:
    """Where a column of units stands (``Eenheid`` among the header's cells set apart by two spaces or more):
    the printed columns from its heading's start to the next heading's; None without one."""
    for line in header:
        lowered = line.text.lower()
        if "eenhe" not in lowered and "unit" not in lowered:  # most headers: no cells to cut
            continue
        cells = [m for m in _CELL.finditer(line.text) if "  " in line.text or "\t" in line.text]
        for k, m in enumerate(cells):
            if k and _UNIT_HEADING.fullmatch(m[0]):
                end = cells[k + 1].start() if k + 1 < len(cells) else len(line.text)
                return line.column + m.start(), line.column + end
    return None


def _unit_of_cell(text: str) -> tuple[str | None, Scale | None] | None:
    """The unit and scale a unit cell prints (``%``, ``aantal``, ``euro``, ``miljoen euro``, ``k€``); None
    for any other text (``dagen``, ``index``): its row is reported, never published without its unit."""
    if (unit := _UNIT_CELLS.get(text.lower())) is not None:
        return unit, None
    scale = scale_in(f"({text})")
    if scale is not None and scale.unit == "EUR" and scale.printed == text:
        return "EUR", scale
    return None


def _unit_column(table: Table, ctx: Context) -> Table | None:
    """A table with a column of units (``Eenheid``: ``%``, ``aantal``, ``euro``, ``miljoen euro``) gives each
    row the unit and scale of its cell there, and the label loses the cell's words (they were read into it:
    ``Uitgaven sociale toeslag miljoen euro`` was published in plain euro, sample 1181). A row whose unit
    cell does not read (none, or no unit ``_unit_of_cell`` knows) is reported, as is a whole table whose
    unit column stands where its rows are no labelled lines (periods as rows): never a row without its
    unit. A table without a unit column is returned as it is."""
    where = _unit_heading(header_lines(table, ctx))
    if where is None:
        return table
    if table.layout == "years-as-rows":
        return report_periods(table, table.periods, UNIT_COLUMN_UNPLACED, ctx)
    start, end = where
    rows = []
    for row in table.rows:
        figures = [f for f in row.values.values()]
        line = ctx.by_number.get(figures[0].span.first_line) if figures else None
        cell = next((m for m in _CELL.finditer(line.text) if m.start() > 0
                     and start - 2 <= line.column + m.start() < end), None) if line is not None else None
        read = _unit_of_cell(cell[0]) if cell is not None else None
        before = " ".join(line.text[: cell.end()].split()) if line is not None and cell is not None else ""
        own = " ".join(line.text[: cell.start()].split()) if line is not None and cell is not None else ""
        if read is None or not own or before not in row.label \
                or any(f.unit not in (None, read[0]) for f in figures):
            printed = cell[0] if cell is not None else ""
            ctx.unread.append(Unread(ctx.spans_text(row.span), UNIT_CELL_UNREAD.format(printed=printed),
                                     row.span, ctx.part))
            continue
        unit, scale = read
        row = replace(row, label=row.label.replace(before, own, 1))
        rows.append(scaled_row(row, scale) if scale is not None else replace(row, values={
            key: replace(f, unit=unit) if f.value is not None and f.unit is None else f
            for key, f in row.values.items()}))
    return replace(table, rows=tuple(rows)) if rows else None


def _across_page_break(before: Table, after: Table, lines: Sequence[Line]) -> Table | None:
    """Periods as rows whose headings come again after a page break (only blank lines and a page number
    between): one table, its columns continued; None when ``after`` is a table of its own."""
    between = [line.text for line in lines if before.span.last_line < line.number < after.span.first_line]
    unlabelled = all(r.label == f"kolom {k}" for k, r in enumerate(after.rows, 1))
    if len(after.rows) == len(before.rows) and unlabelled:
        # the header not printed again after the break: the columns are the ones before it
        after = replace(after, rows=tuple(replace(a, label=b.label) for a, b in zip(after.rows, before.rows,
                                                                                    strict=True)))
    if (before.layout != "years-as-rows" or after.layout != before.layout
            or [r.label for r in before.rows] != [r.label for r in after.rows]
            or set(before.periods) & set(after.periods) or before.total_period
            or any(text and not PAGE_NUMBER.fullmatch(text) for text in between)):
        return None
    rows = tuple(replace(b, values={**b.values, **_as_before(a, b).values},
                         span=Span(b.span.start, a.span.end, b.span.first_line, a.span.last_line))
                 for b, a in zip(before.rows, after.rows, strict=True))
    span = Span(before.span.start, after.span.end, before.span.first_line, after.span.last_line)
    return _evolutions(replace(before, periods=before.periods + after.periods, rows=rows, span=span,
                               total_period=after.total_period))


def _as_before(after: TableRow, before: TableRow) -> TableRow:
    """A row continued after a page break, under the scale its column's heading states before the break."""
    scale = next((f.scale for f in before.values.values() if f.scale is not None), None)
    return scaled_row(after, scale) if scale is not None and not any(f.scale for f in after.values.values()) \
        else after


def _twin_start(line: Line) -> int | None:
    """The printed column where a header's second half starts, when it prints the same headings twice
    (``Provincie  2022  2023  Provincie  2022  2023``: two tables side by side); None otherwise."""
    if "  " not in line.text or line.text.count(line.text.split(None, 1)[0]) < 2:
        return None  # prose, or a first heading printed once (most rows): no second table
    cells = [(m.start(), m[0]) for m in _CELL.finditer(line.text)]
    half = len(cells) // 2
    gaps_apart = all(line.text[a[0] + len(a[1]):b[0]].startswith("  ") for a, b in zip(cells, cells[1:],
                                                                                         strict=False))
    if (half < 2 or len(cells) != 2 * half or not gaps_apart or not cells[0][1][:1].isalpha()
            or [t for _, t in cells[:half]] != [t for _, t in cells[half:]]):
        return None
    return line.column + cells[half][0]


def _halves(line: Line, at: int) -> tuple[Line, Line] | None:
    """A line cut at printed column ``at``, when a column gap ends there and both sides print something."""
    k = at - line.column
    if k < 2 or k >= len(line.text) or line.text[k - 2:k] != "  " or line.text[k] in " \t":
        return None
    return line.cut(0, k), line.cut(k)


def _side_by_side(lines: Sequence[Line]) -> Sequence[Line]:
    """Two tables printed side by side on the same lines, read one after the other: a header that repeats
    its headings (``Provincie 2022 2023`` twice) over rows that each start a second label where the second
    header starts, after a column gap; a title line above cut there too. Any row that does not split
    there (a label running into the second table) leaves the lines as printed."""
    if not _gapped(part_text(lines)) or not any(_twin_start(line) is not None for line in lines):
        return lines  # the common case, read as printed without copying
    out: list[Line] = []
    i = 0
    while i < len(lines):
        at = _twin_start(lines[i]) if lines[i].text else None
        j = i + 1
        while at is not None and j < len(lines) and lines[j].text and not _after_rows(lines[j].text):
            j += 1
        cut = [_halves(line, at) for line in lines[i:j]] if at is not None and j - i > 2 else [None]
        if any(pair is None for pair in cut):
            out.append(lines[i])
            i += 1
            continue
        title = _halves(out[-1], at) if out and out[-1].text else None
        if title is not None:
            out.pop()
        lefts, rights = [title[0]] if title else [], [title[1]] if title else []
        lefts += [pair[0] for pair in cut if pair]
        rights += [pair[1] for pair in cut if pair]
        blank = Line(lefts[-1].number, lefts[-1].end, lefts[-1].column, "")
        out += [*lefts, blank, *rights]
        i = j
    return out


# "Aalst   412      Kortrijk   287": two list entries on one line, the second starting after a wide gap
_SECOND_ENTRY = re.compile(r"(?<=\d)[ \t]{3,}(?=[^\W\d_])")


def _pair_at(line: Line) -> int | None:
    """The printed column where a line's second list entry starts, when the line holds two entries
    (``list_label`` reads each half) split by a wide gap after the first one's figure; None otherwise."""
    gap = _SECOND_ENTRY.search(line.text)
    if gap is None:
        return None
    at = line.column + gap.end()
    halves = _halves(line, at)
    if halves is None or not all(isinstance(list_label(half), ListEntry) for half in halves):
        return None
    return at


def _paired_lists(lines: Sequence[Line]) -> Sequence[Line]:
    """A list printed in two columns (``Aalst 412      Kortrijk 287``) under a lead-in ending in ``:``, read
    down the first column and then the second: every line holds two entries, the second starting at the same
    printed column, at least two lines; the line after them prints no second column that does not read so."""
    text = part_text(lines)
    if ":\n" not in text and not text.endswith(":"):
        return lines
    out: list[Line] = []
    i = 0
    while i < len(lines):
        out.append(lines[i])
        at = _pair_at(lines[i + 1]) if lines[i].text.endswith(":") and i + 1 < len(lines) else None
        j = i + 1
        while at is not None and j < len(lines) and _pair_at(lines[j]) == at:
            j += 1
        if at is None or j - i < 3 or (j < len(lines) and _SECOND_ENTRY.search(lines[j].text)):
            i += 1  # a line after the pairs that still prints two columns: its entries unsure, no list
            continue
        cut = [_halves(line, at) for line in lines[i + 1 : j]]
        out += [pair[0] for pair in cut if pair] + [pair[1] for pair in cut if pair]
        i = j
    return out


_CAPTION_REACH = 3  # a header of up to two lines between a table's first row and its caption


def _scale_restated(table: Table, header: Sequence[Line], above: str) -> bool:
    """Whether the scale the lead-in states (``(bedragen in k€)``) is one the other columns' headings print
    as their own (``Begunstigden  Huurpremie (k€)  Huursubsidie (k€)``) while this table's column prints
    none: the lead-in restates theirs, so it does not reach this column (its counts, ``15.412``
    beneficiaries, are no thousands of euro)."""
    if table.measure is None or scale_in(table.measure) is not None or (lead := scale_in(above)) is None:
        return False
    name = table.measure.split()[0] if table.measure.split() else ""
    line = next((line for line in header if name and name in line.text and line.text.strip() not in above),
                None)
    own = scale_in(line.text) if line is not None else None
    return own is not None and (own.power, own.unit) == (lead.power, lead.unit)


def _year_above(lines: Sequence[Line], i: int, floor: int, question: str = "") -> str | None:
    """The one year the nearest line above line ``i`` (after the table before, ``floor``, and at most
    ``_CAPTION_REACH`` lines up) that names a year names, when that line is a caption (``Tabel 1: ...
    (2023)``) or leads into the table (ends in a colon); None when it names several, is a sentence of its
    own (``Dat waren er minder dan in 2023``: a comparison, no table's year) or none names a year; ""
    when its one year dates a figure of its own sentence while the question asks about another year (the
    table's year is then open, not the question's either)."""
    for k in range(i - 1, max(floor, i - _CAPTION_REACH) - 1, -1):
        if YEAR_IN_LINE.search(lines[k].text):
            if not _CAPTION_OR_LEAD_IN.fullmatch(lines[k].text):
                return None
            return lead_year(lines[k].text, question) or ("" if context_year(lines[k].text) else None)
    return None


# a caption, a lead-in, or an Excel pivot table's report filter on the year ("Jaar   2023" over "Som van
# contacten   Kolomlabels", see _PIVOT_FIELD): every row of the pivot is of that year
_CAPTION_OR_LEAD_IN = re.compile(r"(?:tabel|figuur|grafiek|overzicht)\b.*|.*:"
                                 r"|jaar(?:[ \t]{2,}|\t)(?:19|20)\d\d[ \t]*", re.IGNORECASE | re.DOTALL)


# A cell of a count and its share in brackets, "1.284 (22,6%)", "48 (22,6%)", "5.688 (100%)": two measures.
_COUNT_SHARE = re.compile(r"(?<!\S)(?P<count>\d{1,3}(?:\.\d{3})+|\d+) ?\((?P<share>\d{1,3}(?:,\d{1,2})?) ?%\)"
                          r"(?=[ \t]|$)")
_SHARE_HEADING = re.compile(r"[ \t]*\((?:aandeel|%)\)", re.IGNORECASE)  # "Deelnemers (aandeel)": both cells
_ROUNDING = Decimal("0.1")  # how far a column's rounded shares may add up off 100%, per share
SHARES_UNTIED = ("a share in brackets beside each count (``1.284 (22,6%)``), but the shares of the column "
                 "are no share of its Totaal, nor add up to 100%: what they are a share of is not said")


def _pair_row(line: Line) -> list[re.Match[str]] | None:
    """The count-and-share cells of a row whose every figure is one (``Omgeving  1.284 (22,6%)  1.406
    (23,1%)``), after a label with no digit; None otherwise."""
    pairs = list(_COUNT_SHARE.finditer(line.text)) if "%)" in line.text else []
    if not pairs or DIGIT.search(line.text[: pairs[0].start()]) or line.text[pairs[-1].end():].strip():
        return None
    between = [line.text[a.end():b.start()] for a, b in zip(pairs, pairs[1:], strict=False)]
    return pairs if all(not gap.strip() for gap in between) else None


def _shares_tied(rows: Sequence[tuple[Line, list[re.Match[str]]]]) -> bool:
    """Whether the shares of every column are certain: each the share of its count in the column's one
    Totaal (``1.284 (22,6%)`` over ``Totaal 5.688 (100%)``: 1.284 of 5.688 is 22,6%), or, with no Totaal
    row, they add up to 100% (rounding aside): a distribution of the column. Else a share of what?"""
    totals = [pairs for line, pairs in rows if is_total(line.text[: pairs[0].start()].strip())]
    for k in range(len(rows[0][1])):
        cells = [(Decimal(p[k]["count"].replace(".", "")), p[k]["share"]) for _, p in rows]
        if len(totals) == 1:
            whole = Decimal(totals[0][k]["count"].replace(".", ""))
            if not whole or not all(rounds_to(s, Decimal(s.replace(",", ".")), c, whole) for c, s in cells):
                return False
        elif totals or abs(sum(Decimal(s.replace(",", ".")) for _, s in cells) - 100) > _ROUNDING * len(rows):
            return False
    return True


def _run_at(lines: Sequence[Line], i: int, cells_of: Callable[[Line], list[re.Match[str]] | None]
            ) -> list[tuple[Line, list[re.Match[str]]]]:
    """The rows from line ``i`` on whose cells ``cells_of`` reads, each with them, up to the first line it
    reads none of: a run of rows of counts with their shares, changes or second figures."""
    rows = []
    while i < len(lines) and (cells := cells_of(lines[i])):
        rows.append((lines[i], cells))
        i += 1
    return rows


def _blanked(line: Line, spans: Iterable[tuple[int, int]]) -> Line:
    """``line`` with the characters of ``spans`` turned to spaces: its offsets stay, so every figure read
    from the rest still quotes the printed text."""
    text = list(line.text)
    for start, end in spans:
        text[start:end] = " " * (end - start)
    return line._replace(text="".join(text).rstrip())


# A count and its change in brackets, signed: "84 (+6)", "2.906 (-212)", "12 (0)" beside signed ones.
_COUNT_CHANGE = re.compile(r"(?<!\S)(?P<count>\d{1,3}(?:\.\d{3})+|\d+) ?"
                           r"\((?P<change>[+\-\u2212]\d{1,3}(?:\.\d{3})*|0)\)(?=[ \t]|$)")
CHANGES_IN_BRACKETS = ("a change in brackets beside each count (``84 (+6)``): the counts are read, the "
                       "changes are not published as figures of their own")


def _change_cells(line: Line) -> list[re.Match[str]]:
    """The count-and-change cells of a row (``Antwerpen  84 (+6)  2.906 (-212)  2.412,6``)."""
    return list(_COUNT_CHANGE.finditer(line.text)) if ")" in line.text else []


# "(tussen haakjes het verschil" / "met 2023)": the lead-in's words on what the brackets hold
_BRACKETS_TOLD = re.compile(r"\(tussen haakjes\b[^()]*(?:\)|$)", re.IGNORECASE)
_LEAD_IN_REACH = 3  # lines of a lead-in above a header


def _told_blanked(out: list[Line]) -> None:
    """The lead-in's words on the brackets blanked out with them, in place (``... in 2024 (tussen haakjes het
    verschil`` / ``met 2023):``): its second year is the changes' base, not the table's period."""
    for k in range(max(0, len(out) - 1 - _LEAD_IN_REACH), len(out) - 1):
        if (m := _BRACKETS_TOLD.search(out[k].text)) is None:
            continue
        out[k] = _blanked(out[k], [m.span()])
        if not m[0].endswith(")") and k + 1 < len(out) - 1 and (close := out[k + 1].text.find(")")) >= 0 \
                and "(" not in out[k + 1].text[:close]:
            out[k + 1] = _blanked(out[k + 1], [(0, close + 1)])
        return


def _changes_blanked(lines: Sequence[Line], ctx: Context) -> Sequence[Line]:
    """Rows that print a count and its change in brackets (``84 (+6)``, ``2.906 (-212)``) in the same columns,
    two rows or more right under a header line, some change signed: the changes blanked out (offsets kept),
    so the counts are read as a table's cells; the changes are reported, since a change's base (the year
    before? the previous count?) is no figure of the table. A bracket with no sign (``18 (21)``) is no
    change: a footnote's marker or last year's figure, left to the readers as printed."""
    text = part_text(lines)
    if "(+" not in text and "(-" not in text:
        return lines  # the common case
    out: list[Line] = []
    i = 0
    while i < len(lines):
        rows = _run_at(lines, i, _change_cells)
        j = i + len(rows)
        header = out[-1] if out else None
        columns = {len(cells) for _, cells in rows}
        if len(rows) < 2 or len(columns) != 1 or header is None or not header.text[:1].isalpha() \
                or not any(c["change"] != "0" for _, cells in rows for c in cells):
            out.append(lines[i])
            i += 1
            continue
        _told_blanked(out)
        out += [_blanked(line, [(c.end("count"), c.end()) for c in cells]) for line, cells in rows]
        for line, _ in rows:
            ctx.report(line, line, CHANGES_IN_BRACKETS)
        i = j
    return out


# An estimate and its confidence interval in brackets, "96,2 (95,1-97,0)": one share (or rate), its bounds no
# figures of their own
_ESTIMATE_INTERVAL = re.compile(r"(?<!\S)(?P<estimate>\d{1,3}(?:,\d+)?) ?\((?P<low>\d{1,3}(?:,\d+)?) ?"
                                r"[-\u2013] ?(?P<high>\d{1,3}(?:,\d+)?)\)(?=[ \t]|$)")
# "met tussen haakjes het 95%-betrouwbaarheidsinterval", "(95%-BI)": the lead-in says what the brackets hold
_INTERVAL_TOLD = re.compile(r"betrouwbaarheidsinterval|\bBI\b")


def _interval_cells(line: Line) -> list[re.Match[str]]:
    """The estimate-and-interval cells of a row (``Hexavalent (3 dosissen)  96,2 (95,1-97,0)  95,7
    (94,6-96,6)``), each estimate inside its bounds; none when one is not (its brackets hold something
    else)."""
    if "-" not in line.text and "\u2013" not in line.text:
        return []
    cells = list(_ESTIMATE_INTERVAL.finditer(line.text))
    value = lambda printed: Decimal(printed.replace(",", "."))  # noqa: E731
    if any(not value(c["low"]) <= value(c["estimate"]) <= value(c["high"]) for c in cells):
        return []
    return cells


def _intervals_blanked(lines: Sequence[Line]) -> Sequence[Line]:
    """Rows whose cells each print an estimate and its confidence interval (``96,2 (95,1-97,0)``), the same
    number in each, two rows or more right under a header line, when the lines above the header say the
    brackets hold a confidence interval (``betrouwbaarheidsinterval``, ``95%-BI``): the intervals blanked out
    (offsets kept), so the estimates are read as a table's cells. Bounds that do not hold their estimate, or
    brackets the lead-in does not explain, are left as printed (no reader takes them for a row's cells)."""
    text = part_text(lines)
    if "interval" not in text and "BI" not in text \
            or not any(_INTERVAL_TOLD.search(line.text) for line in lines):
        return lines  # the common case: no interval is told of
    out: list[Line] = []
    i = 0
    while i < len(lines):
        rows = _run_at(lines, i, _interval_cells)
        header = out[-1] if out else None
        told = any(_INTERVAL_TOLD.search(line.text) for line in out[-1 - _LEAD_IN_REACH:-1])
        if len(rows) < 2 or len({len(cells) for _, cells in rows}) != 1 or header is None \
                or not header.text[:1].isalpha() or not told:
            out.append(lines[i])
            i += 1
            continue
        out += [_blanked(line, [(c.end("estimate"), c.end()) for c in cells]) for line, cells in rows]
        i += len(rows)
    return out


# "1.812,4 MWp", "6,75 kWp": a figure and a unit of measurement in one cell, set apart by column gaps. Units
# of power, energy, mass, area, volume and staff only: a word after a number in a cell may be a month
# ("12 mei"), a time of day ("9 uur") or a code, no unit of its column
_CELL_UNIT = r"[kMGT]?W[hpe]?|[kMG]VA|[kMGTP]J|kg|k?ton|km²?|m[²³]|FTE|VTE|TEU"
_FIGURE_UNIT_CELL = re.compile(rf"(?:(?<=[ \t]{{2}})|(?<=\t))(?P<figure>[+\-\u2212]?\d[\d.,]*) "
                               rf"(?P<unit>{_CELL_UNIT})(?=[ \t]{{2,}}|\t|[ \t]*$)")
_MAX_UNIT_ROWS = 60  # no table prints more rows of units in their cells; a longer run is left as printed
# the same without its look-behind, a first look that a line may hold such a cell (three times as fast)
_UNIT_AFTER_FIGURE = re.compile(rf"[\d.,] (?:{_CELL_UNIT})(?![^ \t])")


def _unit_cells(line: Line) -> list[re.Match[str]]:
    """The cells of a row that print a figure and a unit (``1.812,4 MWp``) which the figure reader does not
    read together (``12 ha`` it does: it is left to it)."""
    if not line.text[:1].isalpha():
        return []
    return [m for m in _FIGURE_UNIT_CELL.finditer(line.text)
            if (read := figure_or_none(m["figure"])) is not None and read[1] is None
            and figure_or_none(f"{m['figure']} {m['unit']}") is None]


def _units_blanked(lines: Sequence[Line]) -> tuple[Sequence[Line], dict[int, dict[str, str]]]:
    """Rows under a header that print the same unit word in each cell of a column (``Vermogen`` over
    ``1.812,4 MWp``, ``Gemiddeld`` over ``6,75 kWp``), two rows or more, every row the same units in the same
    order: the units blanked out (offsets kept), so the figures read as cells; and by the header's line
    number, each unit by the heading of the column it stands in (the header's cells counted as the row's,
    the first heading the label's), for the measure's name (``Vermogen (MWp)``). A run whose rows print other
    units, or whose header's cells do not count as its rows' cells, is left as printed: its cells read as
    no figures, and the table is not read."""
    if not _gapped(part_text(lines)) or not any(
            _UNIT_AFTER_FIGURE.search(line.text) and _FIGURE_UNIT_CELL.search(line.text) for line in lines):
        return lines, {}  # the common case
    out: list[Line] = []
    units: dict[int, dict[str, str]] = {}
    i = 0
    while i < len(lines):
        rows = _run_at(lines, i, _unit_cells)
        header = out[-1] if out else None
        fits = header is not None and 2 <= len(rows) <= _MAX_UNIT_ROWS
        named = _units_under(header, rows) if header is not None and fits else None
        if named is None:
            out.append(lines[i])
            i += 1
            continue
        out += [_blanked(line, [(c.end("figure"), c.end()) for c in cells]) for line, cells in rows]
        units[header.number] = named
        i += len(rows)
    return out, units


def _units_under(header: Line, rows: Sequence[tuple[Line, list[re.Match[str]]]]) -> dict[str, str] | None:
    """Each unit of ``rows`` (``_units_blanked``) by the heading it stands under, counted: the k-th gap-set
    cell of every row under the header's k-th cell. None when the rows do not print one list of units or
    do not count as the header does."""
    if len({tuple(c["unit"] for c in cells) for _, cells in rows}) != 1 or not header.text[:1].isalpha():
        return None
    headings = [m[0] for m in _CELL.finditer(header.text) if "  " in header.text or "\t" in header.text]
    named: dict[str, str] = {}
    for line, cells in rows:
        printed = [m for m in _CELL.finditer(line.text)]
        if len(printed) != len(headings):
            return None
        for c in cells:
            k = next((k for k, m in enumerate(printed) if m.start() <= c.start() < m.end()), None)
            if k is None or k == 0 or named.setdefault(headings[k], c["unit"]) != c["unit"]:
                return None
    return named


_PREFIXED = re.compile(r"(?P<prefix>[kMGT]?)(?P<base>W[hpe]?|VA|J)")  # "MWp": mega, the watt-peak
_PREFIX_POWER = {"": 0, "k": 3, "M": 6, "G": 9, "T": 12}


def _one_prefix(units: dict[str, str]) -> dict[str, tuple[str, Scale | None]]:
    """Each column's unit as published, with the scale its cells are multiplied by: columns of one table that
    print one unit with different metric prefixes (``Vermogen`` in ``MWp`` beside ``Gemiddeld`` in ``kWp``)
    are published in the smallest, so the table's figures compare as they stand (``1.812,4 MWp`` is 1.812.400
    kWp, ``MWp`` kept as the printed scale, as ``kton`` is read in ton). A unit alone in its table is
    published as printed: a prefix on the watt is a unit of its own (``scales``)."""
    found = {heading: m for heading, unit in units.items() if (m := _PREFIXED.fullmatch(unit))}
    smallest: dict[str, str] = {}
    for m in found.values():
        if m["base"] not in smallest or _PREFIX_POWER[m["prefix"]] < _PREFIX_POWER[smallest[m["base"]]]:
            smallest[m["base"]] = m["prefix"]
    out: dict[str, tuple[str, Scale | None]] = {}
    for heading, unit in units.items():
        m = found.get(heading)
        if m is None or m["prefix"] == smallest[m["base"]]:
            out[heading] = (unit, None)
            continue
        power = _PREFIX_POWER[m["prefix"]] - _PREFIX_POWER[smallest[m["base"]]]
        out[heading] = (smallest[m["base"]] + m["base"], Scale(power, None, unit))
    return out


def _units_named(tables: Sequence[Table], units: dict[int, dict[str, str]]) -> list[Table]:
    """Each table of one measure under a header whose column printed its unit in every cell (see
    ``_units_blanked``) with that unit in its measure's name (``Gemiddeld (kWp)``), its figures in the
    table's smallest prefix of that unit (``_one_prefix``: ``Vermogen (kWp)`` over ``1.812,4 MWp``)."""
    out = []
    for t in tables:
        published = _one_prefix(units.get(t.span.first_line, {}))
        if t.measure is None or t.measure not in published:
            out.append(t)
            continue
        unit, scale = published[t.measure]
        measure = t.measure if unit in t.measure else f"{t.measure} ({unit})"
        out.append(replace(t, measure=measure, rows=tuple(scaled_row(row, scale) for row in t.rows)))
    return out


def _counts_and_shares(lines: Sequence[Line], ctx: Context
                       ) -> tuple[Sequence[Line], Sequence[Line], set[int]]:
    """Rows whose every cell prints a count and its share in brackets (``48 (22,6%)``, ``17.806 (27,7%)``)
    right under a header line hold two tables: the lines with the shares blanked out (the counts), the lines
    with the counts blanked out (the shares), each read on its own; the offsets kept, so each figure quotes
    itself. The shares only when certain (``_shares_tied``), else reported. Also the numbers of the lines
    the shares are read from. The lines as they are, twice, when no such rows are printed."""
    if "%)" not in part_text(lines):
        return lines, lines, set()  # the common case
    counts: list[Line] = []
    shares: list[Line] = []
    shared: set[int] = set()
    i = 0
    while i < len(lines):
        rows = _run_at(lines, i, _pair_row)
        j = i + len(rows)
        header = counts[-1] if counts else None
        if len(rows) < 2 or len({len(p) for _, p in rows}) != 1 or header is None or not header.text \
                or not header.text[0].isalpha():
            counts.append(lines[i])
            shares.append(lines[i])
            i += 1
            continue
        counts[-1] = shares[-1] = _blanked(header, [m.span() for m in _SHARE_HEADING.finditer(header.text)])
        counts += [_blanked(line, [(p.end("count"), p.end()) for p in pairs]) for line, pairs in rows]
        if _shares_tied(rows):
            shares += [_blanked(line, [s for p in pairs for s in ((p.start(), p.start("share")),
                                                                    (p.end() - 1, p.end()))])
                       for line, pairs in rows]
            shared.update(line.number for line, _ in rows)
        else:
            shares += counts[len(shares):]
            for line, _ in rows:
                ctx.report(line, line, SHARES_UNTIED)
        i = j
    return counts, shares, shared


def _shares_named(tables: Sequence[Table], shared: set[int]) -> list[Table]:
    """The tables of shares read from the lines of ``_counts_and_shares`` (the other tables of the part, read
    with the counts, are dropped), named ``aandeel`` of their column's measure (``aandeel Projecten``), or
    ``aandeel (%)`` under periods as columns; a column's shares are tied to its counts (``share_of``)."""
    return [replace(t, measure=f"aandeel {t.measure}", share_of=t.measure) if t.measure
            else replace(t, measure="aandeel (%)")
            for t in tables
            if t.rows and all(r.span.first_line in shared for r in t.rows) and _in_percent(*t.rows)]


# Two figures in one cell, "412 / 388,6", "1.206 / 1.084,3": the two measures a header or lead-in names so,
# "koppen / VTE"; a cell "-" beside them prints neither.
_FIG = r"(?:\d{1,3}(?:\.\d{3})+|\d+)(?:,\d+)?"
# "8.530/7.412" too, the slash unspaced, under names in brackets "(opgevangen/herplaatst)"; never a day or a
# school year in digits ("30/6", "2023/2024")
_SLASH_PAIR = re.compile(rf"(?<!\S)(?!(?:19|20)\d\d/(?:19|20)?\d\d(?![\d.,])|\d{{1,2}}/\d{{1,2}}(?![\d.,]))"
                         rf"(?P<first>{_FIG})(?: / |/)(?P<second>{_FIG})(?=[ \t]|$)")
_SLASH_NAMES = re.compile(r"(?<![\w/])([^\W\d_]{2,20}) / ([^\W\d_]{2,20})(?![\w/])"
                          r"|\(([^\W\d_]{3,20})/([^\W\d_]{3,20})\)")
# "(euro/jaar)", "(personen/uur)": a unit per something, never two measures
_SLASH_UNIT = frozenset({"euro", "jaar", "maand", "week", "dag", "uur", "inwoner", "inwoners", "persoon",
                         "capita",
                         "km", "kg", "ton", "ha", "m2", "m3", "liter", "kwh", "mwh"})
_DASH_CELL = re.compile(r"(?:[ \t]{2,}|\t)[-\u2013](?=[ \t]|$)")  # a "no value" cell set apart
_LABEL_MARK = re.compile(r"\(\d{1,2}\)|\*+")  # "Informatie Vlaanderen(1)": a footnote's marker on a label


# "2022" on a line of its own: a section of a table; "2023 (tot en met 30 september)": the last section, the
# year so far
_YEAR_ALONE = re.compile(rf"(?:19|20)\d\d|{YEAR_SO_FAR}", re.IGNORECASE)


def _year_sections(lines: Sequence[Line]) -> Sequence[Line]:
    """A table whose years are section lines of their own under one header (``Provincie  Clubs  Leden``, then
    ``2022``, its rows, ``2023``, the same rows again): each section read as a table of its own, its year
    line moved above a copy of the header, where a year alone names the table's year (``_period_above``).
    Two sections or more, each of two rows or more ending in a figure, their years all different."""
    if sum(1 for line in lines if _YEAR_ALONE.fullmatch(line.text)) < 2:
        return lines  # the common case
    out: list[Line] = []
    i = 0
    while i < len(lines):
        header = lines[i]
        sections: list[tuple[Line, list[Line]]] = []
        j = i + 1
        while j < len(lines) and _YEAR_ALONE.fullmatch(lines[j].text):
            k = j + 1
            while k < len(lines) and lines[k].text and not _YEAR_ALONE.fullmatch(lines[k].text) \
                    and _ends_digit(lines[k].text) and "  " in lines[k].text:
                k += 1
            if k - j < 3:
                break
            sections.append((lines[j], list(lines[j + 1:k])))
            j = k
        years = [year.text[:4] for year, _ in sections]
        if len(sections) < 2 or not header.text[:1].isalpha() or "  " not in header.text \
                or DIGIT.search(header.text) or len(set(years)) != len(sections) \
                or any(len(year.text) > 4 for year, _ in sections[:-1]) \
                or (len(sections[-1][0].text) > 4 and years[-1] != max(years)):  # the year so far: the last
            out.append(lines[i])
            i += 1
            continue
        for year, rows in sections:
            if out and out[-1].text:
                out.append(Line(year.number, year.start, year.column, ""))
            out += [year, header, *rows]
        i = j
    return out


# "Jaar      Prioriteitengroep      Aantal      Aandeel": a long table whose first column is a year per group
_YEAR_GROUP_HEADER = re.compile(r"jaar(?:[ \t]{2,}|\t)(?=[^\W\d])", re.IGNORECASE)
_YEAR_GROUP_ROW = re.compile(r"((?:19|20)\d\d)(?:[ \t]{2,}|\t)(?=[^\W\d])")


def _year_groups(lines: Sequence[Line]) -> Sequence[Line]:
    """A long table under ``Jaar  Prioriteitengroep  Aantal ...`` whose years are merged cells, each printed
    once per group of rows, on its group's first row or (centred) its middle one, the other rows' first cell
    blank: written as the sections ``_year_sections`` reads (each year alone above the header without
    ``Jaar`` and its rows). Only when the grouping is certain: every group the same size (odd, when the
    year is on the middle row), the same labels in the same order in every group, each year once; else the
    lines as they are (the table is reported)."""
    if not _gapped(part_text(lines)) or not any(line.text[:4].lower() == "jaar"
                                                and _YEAR_GROUP_HEADER.match(line.text) for line in lines):
        return lines  # the common case
    out: list[Line] = []
    i = 0
    while i < len(lines):
        header = lines[i]
        m = _YEAR_GROUP_HEADER.match(header.text) if header.text[:4].lower() == "jaar" else None
        groups = _grouped_by_year(header, lines[i + 1:], m.end()) if m and not DIGIT.search(header.text) \
            else None
        if groups is None:
            out.append(header)
            i += 1
            continue
        out.append(header.cut(m.end()))  # the header without "Jaar", over sections ``_year_sections`` reads
        for year, rows in groups:
            out += [year, *rows]
            i += len(rows)
        i += 1
    return out


def _grouped_by_year(header: Line, below: Sequence[Line], label_at: int
                     ) -> list[tuple[Line, list[Line]]] | None:
    """The groups of ``_year_groups`` under ``header`` (labels starting at ``label_at`` in it), or None."""
    rows: list[tuple[str | None, Line]] = []
    label_column = header.column + label_at
    for line in below:
        if not line.text or not _ends_digit(line.text) or "  " not in line.text:
            break
        if (year := _YEAR_GROUP_ROW.match(line.text)) is not None:
            rows.append((year[1], line))
        elif abs(line.column - label_column) <= _UNDER_REACH:
            rows.append((None, line))
        else:
            break
    at = [k for k, (year, _) in enumerate(rows) if year]
    if len(at) < 2 or len({rows[k][0] for k in at}) != len(at) or len(rows) % len(at):
        return None
    size = len(rows) // len(at)
    offset = at[0] if at[0] in (0, size // 2) and (at[0] == 0 or size % 2) else -1
    if size < 2 or offset < 0 or at != [g * size + offset for g in range(len(at))]:
        return None
    labelled = [line.cut(len(year) + len(_GAP.match(line.text, 4)[0])) if year else line
                for year, line in rows]
    if any(abs(line.column - labelled[0].column) > _UNDER_REACH for line in labelled):
        return None
    names = [_GAP.split(line.text)[0] for line in labelled]
    if any(names[k] != names[k % size] for k in range(len(names))) or len(set(names[:size])) != size:
        return None  # the same labels in the same order in every group: the grouping is certain
    return [(rows[g * size + offset][1].cut(0, 4), labelled[g * size:(g + 1) * size]) for g in range(len(at))]


# "Jaar    Kwartaal    Schuttingen    Lading (ton)": a long table, a year and a bare quarter digit per row
_YEAR_QUARTER_HEADER = re.compile(r"(?P<year>jaar)(?:[ \t]{2,}|\t)(?P<quarter>kwartaal)(?:[ \t]{2,}|\t)"
                                  r"(?P<rest>\S.*)", re.IGNORECASE)
# "2022    1    2.412   3.106.204", or "        2    2.618   3.318.412" under it: the year printed only once
_YEAR_QUARTER_ROW = re.compile(r"(?:(?P<year>(?:19|20)\d\d)(?:[ \t]{2,}|\t))?(?P<quarter>[1-4])"
                               r"(?:[ \t]{2,}|\t)(?=\S)")
_UNDER_REACH = 2  # how far a year or quarter may start off its heading's column
QUARTERS_UNPLACED = ("a quarter digit under a year that does not follow the quarter before it (or a year not "
                     "after the one before): which quarter of which year it is cannot be told")


def _year_then_quarters(lines: Sequence[Line], i: int, ctx: Context) -> Found | None:
    """A long table of one row per quarter, under ``Jaar  Kwartaal`` and its measures: the year printed on
    a year's first row only, the quarter a bare digit (``2022  1  2.412``, then ``2  2.618``): the rows below
    a year's are its next quarters. Read only when every row's year and quarter stand under their headings,
    the quarters of a year follow one another and each year comes after the one before; one table with the
    measures as rows, quarters as periods (2022-Q1). Any other row ends the table."""
    header = lines[i]
    m = _YEAR_QUARTER_HEADER.fullmatch(header.text)
    if m is None:
        return None
    measures = [cell.strip() for cell in _GAP.split(m["rest"]) if cell.strip()]
    at_year, at_quarter = header.column + m.start("year"), header.column + m.start("quarter")
    year: str | None = None
    quarter = 0
    keys: list[str] = []
    values: list[dict[str, Figure]] = [{} for _ in measures]
    j = i + 1
    while j < len(lines) and (row := _YEAR_QUARTER_ROW.match(lines[j].text)) is not None:
        line = lines[j]
        at = line.column + row.start("quarter")
        if row["year"] is not None:
            if abs(line.column + row.start("year") - at_year) > _UNDER_REACH \
                    or (year is not None and int(row["year"]) <= int(year)):
                break
            year = row["year"]
        elif year is None or int(row["quarter"]) != quarter + 1:
            break
        if abs(at - at_quarter) > _UNDER_REACH:
            break
        quarter = int(row["quarter"])
        try:
            reading = read_row(line.text[row.end():], len(measures), label_tokens=0)
        except RowError as e:
            ctx.report(line, line, str(e))
            return None, j + 1
        key = read_period(f"Q{quarter} {year}", lambda: None).key
        keys.append(key)
        for k, cell in enumerate(reading.cells):
            values[k][key] = cell_figure(line, row.end() + cell.start, row.end() + cell.end, cell.marker)
        j += 1
    end = j
    while end < len(lines) and _YEAR_QUARTER_ROW.match(lines[end].text):
        end += 1  # rows of quarters no year places: reported, with the whole table when it keeps one row
    first = i + 1 if len(keys) < 2 else j
    if end > first:
        ctx.report(lines[first], lines[end - 1], QUARTERS_UNPLACED,
                   "\n".join(line.text for line in lines[first:end]))
    if len(keys) < 2:
        return None, end
    rows = tuple(TableRow(name, figures, ctx.spans.span(lines[i + 1].start, lines[j - 1].end))
                 for name, figures in zip(measures, values, strict=True))
    return Table(tuple(keys), rows, ctx.spans.span(header.start, lines[j - 1].end), "years-as-rows",
                 ctx.part), end


def _slash_row(line: Line) -> list[re.Match[str]] | None:
    """The two-figure cells of a row whose every cell is one or a dash, after a label with no figure (a
    footnote's marker aside); None otherwise."""
    pairs = list(_SLASH_PAIR.finditer(line.text)) if "/" in line.text else []
    if not pairs:
        return None
    rest = _DASH_CELL.sub("", _blanked(line, [p.span() for p in pairs]).text).rstrip()
    label = line.text[: min(pairs[0].start(), len(rest))]
    return None if rest != label.rstrip() or DIGIT.search(_LABEL_MARK.sub("", label)) else pairs


def _slash_names(lines: Sequence[Line]) -> tuple[str, str] | None:
    """The one pair of names ``koppen / VTE`` the header or the lead-in lines above it print."""
    names = {(m[1], m[2]) if m[1] else (m[3], m[4]) for line in lines if "/" in line.text
             for m in _SLASH_NAMES.finditer(line.text)}
    if names & {(a, b) for a, b in names if a.lower() in _SLASH_UNIT or b.lower() in _SLASH_UNIT}:
        return None
    return names.pop() if len(names) == 1 else None


def _slash_pairs(lines: Sequence[Line]) -> tuple[Sequence[Line], Sequence[Line], dict[int, tuple[str, str]]]:
    """Rows whose cells print two figures each (``412 / 388,6``), two rows or more under a header, where the
    header or its lead-in names the two (``koppen / VTE``): the lines with the second figures blanked out,
    and the lines with the first ones blanked out, each read on its own; also the names by row line. Rows
    whose two figures no line above names are left as printed (unread: which is which?)."""
    if "/" not in part_text(lines):
        return lines, lines, {}
    firsts: list[Line] = []
    seconds: list[Line] = []
    named: dict[int, tuple[str, str]] = {}
    i = 0
    while i < len(lines):
        rows = _run_at(lines, i, _slash_row)
        j = i + len(rows)
        header = firsts[-1] if firsts else None
        names = _slash_names(firsts[-1 - _LEAD_IN_REACH:]) if header and header.text[:1].isalpha() else None
        if len(rows) < 2 or names is None:
            firsts.append(lines[i])
            seconds.append(lines[i])
            i += 1
            continue
        firsts += [_blanked(line, [(p.end("first"), p.end()) for p in pairs]) for line, pairs in rows]
        seconds += [_blanked(line, [(p.start(), p.start("second")) for p in pairs]) for line, pairs in rows]
        named.update((line.number, names) for line, _ in rows)
        i = j
    return firsts, seconds, named


def _slash_named(tables: Sequence[Table], named: dict[int, tuple[str, str]], which: int) -> list[Table]:
    """The tables read from the lines of ``_slash_pairs`` named after their figure of the pair (``koppen``,
    ``VTE``; after the column's measure, if any); with ``which`` 1, the second figures' view, only those."""
    out = []
    for t in tables:
        names = {named.get(r.span.first_line) for r in t.rows}
        if len(names) != 1 or None in names:
            if not which:
                out.append(t)
            continue
        name = names.pop()[which]
        out.append(replace(t, measure=f"{t.measure}, {name}" if t.measure else name))
    return out


# A figure and a second one in brackets in one cell, "58 (12)", "€ 14.206.412,50 (518)", "412 (386)": what the
# brackets hold, the header or lead-in says (else the second is reported: see table_notes.bracketed_figures)
_BRACKET_PAIR = re.compile(rf"(?<!\S)(?P<first>(?:€ )?{_FIG}) \((?P<second>{_FIG})\)(?=[ \t]|$)")
_PLAIN_CELL = re.compile(rf"(?:[ \t]{{2,}}|\t)(?:€ )?{_FIG}(?=[ \t]|$)")
# "(tussen haakjes het aantal leningen)": the lead-in names the brackets' measure; "cijfers van 2023 met
# tussen haakjes die van 2022": their year, the figures before them the other year's
_BRACKETS_HOLD = re.compile(r"tussen haakjes (?:het|de) ((?:[^\W\d_]+ ?){1,3}?)(?=\)|[.,:;]|$)",
                            re.IGNORECASE)
_BRACKETS_YEAR = re.compile(r"(?P<own>(?:19|20)\d\d)[^()\d]{0,20}? met tussen haakjes (?:die|de cijfers) "
                            r"van (?P<other>(?:19|20)\d\d)", re.IGNORECASE)
# "Dossiers (waarvan" / "vrouwen)": a column heading that names its brackets a part of its figure
_BRACKETS_PART = re.compile(r"\((waarvan [^\W\d_]+(?: [^\W\d_]+)?)\)", re.IGNORECASE)
_BRACKETS_PART_CUT = re.compile(r"\((waarvan)(?=[ \t]{2,}|$)", re.IGNORECASE)
_WRAPPED_PART = re.compile(r"([^\W\d_]+(?: [^\W\d_]+)?)\)")  # the heading's cell under it, alone on its line


def _bracket_row(line: Line) -> list[re.Match[str]] | None:
    """The figure-and-bracket cells of a row whose other cells are plain figures, after a label with no
    figure; None otherwise."""
    pairs = list(_BRACKET_PAIR.finditer(line.text)) if ") " in line.text or line.text.endswith(")") else []
    if not pairs or not line.text[:1].isalpha():
        return None
    rest = _PLAIN_CELL.sub("", _blanked(line, [p.span() for p in pairs]).text).rstrip()
    label = line.text[: pairs[0].start()].rstrip()
    return None if not rest.startswith(label) or rest.strip() != label.strip() \
        or DIGIT.search(_LABEL_MARK.sub("", label)) else pairs


def _brackets_named(above: Sequence[Line], rows: Sequence[tuple[Line, list[re.Match[str]]]]
                    ) -> tuple[str, list[tuple[int, int, int]], list[tuple[int, int, int]]] | None:
    """What the brackets of ``rows`` hold, as the lead-in or header lines ``above`` say it, one way only: the
    name of their measure, and the spans to blank in those lines for the first figures' view and for the
    second's (a year named for each keeps each view to its own year). None when no line says, or more ways
    than one."""
    found: list[tuple[str, int, re.Match[str] | tuple[int, int] | None]] = []
    for k, line in enumerate(above):
        below = above[k + 1].text.strip() if k + 1 < len(above) else ""
        if (m := _BRACKETS_YEAR.search(line.text)) is not None:
            found.append((f"#year {m['other']}", k, m))
        elif "haakjes" in line.text and (m := _BRACKETS_HOLD.search(f"{line.text} {below}")) is not None:
            found.append((" ".join(m[1].split()), k, None))  # "(tussen haakjes het" / "aantal leningen)"
        elif (part := _BRACKETS_PART.search(line.text)) is not None:
            found.append((part[1], k, _heading_at(line, part.start())))
        elif (cut := _BRACKETS_PART_CUT.search(line.text)) is not None and (
                end := _WRAPPED_PART.fullmatch(below)) is not None:  # "Dossiers (waarvan" over "vrouwen)"
            found.append((f"{cut[1]} {end[1]}", k, _heading_at(line, cut.start())))
    if len({name for name, _, _ in found}) != 1:
        return None
    name, k, m = found[0]
    if isinstance(m, tuple):  # a part: the one cell with brackets of every row under the heading that says so
        lo, hi = m
        under = all(len(pairs) == 1 and lo < row.column + pairs[0].end()
                    and row.column + pairs[0].start() < hi for row, pairs in rows)
        return (name, [], []) if under else None
    if m is None:
        return name, [], []
    return name, [(k, m.end("own"), m.end())], [(k, m.start("own"), m.start("other"))]


def _heading_at(line: Line, at: int) -> tuple[int, int]:
    """The printed columns of the heading cell (words set apart by single spaces) around ``line.text[at]``."""
    cell = next(m for m in _CELL.finditer(line.text) if m.start() <= at < m.end())
    return line.column + cell.start(), line.column + cell.end()


def _bracket_pairs(lines: Sequence[Line]) -> tuple[Sequence[Line], Sequence[Line], dict[int, str]]:
    """Rows whose cells print a figure and a second one in brackets (``58 (12)``), the same cells in two rows
    or more under a header, where the header or lead-in says what the brackets hold (``Dossiers (waarvan``
    / ``vrouwen)``, ``(tussen haakjes het aantal leningen)``, ``cijfers van 2023 met tussen haakjes die van
    2022``): the lines with the brackets blanked out, and the lines with the figures before the brackets
    blanked out, each read on its own; also the brackets' measure by the offset of each second figure
    (``#year 2022`` when they hold another year's figures). A run goes on over a page's bare number.
    Brackets no line above explains are left as printed (reported)."""
    text = part_text(lines)
    if ") " not in text and ")\n" not in text and not text.endswith(")"):
        return lines, lines, {}
    firsts: list[Line] = []
    seconds: list[Line] = []
    named: dict[int, str] = {}
    i = 0
    last: str | None = None  # the name of the run of rows right above (a page's number between them aside)
    while i < len(lines):
        rows = _run_at(lines, i, _bracket_row)
        j = i + len(rows)
        at = max(0, len(firsts) - 1 - _LEAD_IN_REACH)
        told = _brackets_named(firsts[at:], rows) if len(rows) >= 2 and firsts else None
        if rows and told is None and last is not None:
            told = last, [], []  # the table goes on after a page's number
        if not rows or told is None or len({len(pairs) for _, pairs in rows}) != 1:
            firsts.append(lines[i])
            seconds.append(lines[i])
            if not PAGE_NUMBER.fullmatch(lines[i].text):
                last = None
            i += 1
            continue
        last, first_blanks, second_blanks = told
        for k, begin, end in first_blanks:
            firsts[at + k] = _blanked(firsts[at + k], [(begin, end)])
        for k, begin, end in second_blanks:
            seconds[at + k] = _blanked(seconds[at + k], [(begin, end)])
        for line, pairs in rows:
            firsts.append(_blanked(line, [(p.end("first"), p.end()) for p in pairs]))
            seconds.append(_blanked(line, [span for p in pairs for span in
                                           ((p.start(), p.start("second")), (p.end("second"), p.end()))]))
            named.update((line.start + p.start("second"), last) for p in pairs)
        i = j
    return firsts, seconds, named


def _bracket_named(tables: Sequence[Table], named: dict[int, str]) -> list[Table]:
    """The tables read from the brackets' view of ``_bracket_pairs``, their second figures only (the other
    cells were read from the first view), named after what the brackets hold (``Dossiers, waarvan
    vrouwen``, ``aantal leningen``) or of the other year they hold."""
    out = []
    for t in tables:
        rows = tuple(replace(r, values=kept) for r in t.rows
                     if (kept := {k: f for k, f in r.values.items() if f.span.start in named}))
        names = {named[f.span.start] for r in rows for f in r.values.values()}
        if len(names) != 1:
            continue
        name = names.pop()
        measure = _BRACKETS_PART.sub("", t.measure or "").strip()
        if name.startswith("waarvan"):
            measure = f"{measure}, {name}" if measure else name
        elif not name.startswith("#year "):
            measure = name
        out.append(replace(t, rows=rows, measure=measure or None))
    return out


# "met een punt als decimaalteken en een komma als scheidingsteken voor de duizendtallen", "in Engelse
# notatie": the lead-in says the table's numbers are printed the English way
_ENGLISH_TOLD = re.compile(r"punt als decimaal|komma als (?:scheidingsteken|duizendtal)"
                           r"|engelse (?:getal)?notatie", re.IGNORECASE)
_ENGLISH_REACH = 4  # lines of a lead-in above a table's first row that may say so
# a cell in English notation: "312,406.50", "1,046", "19.0", "287406"; a share's "%" after it
_ENGLISH_CELL = re.compile(r"(?:\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)%?")
# a cell only an English reading makes one number of: a point before one, two or four or more digits
# ("152.4", "0.25"), or after more than three ("1234.5"); "126.523" may be Dutch thousands
_NOT_DUTCH = re.compile(r"\d+\.(?:\d{1,2}|\d{4,})%?|\d{4,}\.\d+%?")
# a cell no Dutch table prints, English by itself: thousands by commas, then a decimal point ("312,406.50")
_ENGLISH_ONLY = re.compile(r"\d{1,3}(?:,\d{3})+\.\d+%?")
_DUTCH_THOUSANDS = re.compile(r"\d{1,3}(?:\.\d{3})+(?:,\d+)?%?")
ENGLISH_ROW = ("a row of a table in English number notation whose cells do not all read so (two cells glued, "
               "a Dutch separator): which numbers it prints is unsure, the row is not read")


def _english_cells(line: Line) -> list[str] | None:
    """The cells after the label of a row set out with column gaps (``Germany   4   312,406.50``), when
    every one is a number (a point or comma in it); None for any other line."""
    if not line.text[:1].isalpha() or not line.text[-1:].isdigit() and line.text[-1:] != "%":
        return None
    _, *cells = _GAP.split(line.text)
    return cells if cells and all(c[:1].isdigit() for c in cells) else None


def _english_numbers(lines: Sequence[Line], ctx: Context) -> tuple[Sequence[Line], set[int], set[int]]:
    """Runs of two rows or more whose numbers are printed the English way, a comma between thousands and a
    point before decimals, turned into the Dutch way in place (the points and commas swapped, so every
    offset stays), and the numbers of those lines: where the lead-in says the table is so printed
    (``_ENGLISH_TOLD``) or a cell can only be English (``312,406.50``; a run that also prints Dutch
    thousands, ``1.046``, is reported whole: ``1,046`` beside it was read as 1,046), or where no cell
    prints a comma, none could be Dutch
    thousands (``126.523``) and some cell reads as one number only the English way (``152.4``); also the
    numbers of the rows of such a run with a cell that reads neither way (``126.523.7``: two cells glued),
    reported and left as printed, none of their figures to be published. Any other table is left as
    printed: a figure is never guessed in either notation."""
    if not _gapped(part_text(lines)) or not any(  # a row's cells are set apart by gaps (``_english_cells``)
            line.text[-1:].isdigit() and ("." in line.text and _NOT_DUTCH.search(line.text)
                                          or "," in line.text and _ENGLISH_ONLY.search(line.text))
            for line in lines):
        return lines, set(), set()
    out = list(lines)
    swapped: set[int] = set()
    unread: set[int] = set()
    i = 0
    while i < len(out):
        rows = []
        j = i
        while j < len(out) and (cells := _english_cells(out[j])) is not None:
            rows.append((j, cells))
            j += 1
        if len(rows) < 2:
            i += 1
            continue
        above = " ".join(line.text for line in out[max(0, i - _ENGLISH_REACH):i])
        every = [c for _, cells in rows for c in cells]
        good = [all(_ENGLISH_CELL.fullmatch(c) for c in cells) for _, cells in rows]
        told = _ENGLISH_TOLD.search(above) is not None
        english = any(_ENGLISH_ONLY.fullmatch(c) for c in every)
        dutch_too = any(_DUTCH_THOUSANDS.fullmatch(c) for c in every)  # "1.046": 1046 the Dutch way
        proven = not any("," in c for c in every) and any(_NOT_DUTCH.fullmatch(c) for c in every) \
            and not dutch_too and sum(good) >= 2
        if english and dutch_too and not told:  # both notations in one table: none is proven
            for k, _ in rows:
                ctx.report(out[k], out[k], ENGLISH_ROW)
                unread.add(out[k].number)
        elif told or english or proven:
            for (k, _), fine in zip(rows, good, strict=True):
                line = out[k]
                if fine:  # the cells only: a label's "Limburg.net" stays
                    at = _GAP.search(line.text).start()  # type: ignore[union-attr]
                    out[k] = line._replace(text=line.text[:at] + line.text[at:].translate(_SWAP_SEPARATORS))
                    swapped.add(line.number)
                else:  # left as printed, so the rows after it still read, but never published
                    ctx.report(line, line, ENGLISH_ROW)
                    unread.add(line.number)
        i = j
    return out, swapped, unread


_SWAP_SEPARATORS = str.maketrans(",.", ".,")


def _printed_as_is(tables: Sequence[Table], swapped: set[int], unread: set[int], lines: Sequence[Line]
                   ) -> list[Table]:
    """The figures read from lines whose separators ``_english_numbers`` swapped, quoted as printed again
    (``312,406.50``), their values as read; none from the rows it reported."""
    if not swapped and not unread:
        return list(tables)
    if unread:
        tables = [replace(t, rows=kept) for t in tables
                  if (kept := tuple(r for r in t.rows if r.span.first_line not in unread))]
    by_number = {line.number: line for line in lines if line.number in swapped}

    def as_is(figure: Figure) -> Figure:
        line = by_number.get(figure.span.first_line)
        if line is None:
            return figure
        size = figure.span.end - figure.span.start
        own = line.text[figure.span.start - line.start : figure.span.end - line.start]
        return replace(figure, printed=own + figure.printed[size:])

    return [replace(t, rows=tuple(replace(r, values={k: as_is(f) for k, f in r.values.items()})
                                  for r in t.rows)) for t in tables]


def read_tables(lines: Sequence[Line], spans: Spans, part: str | None, question: str = "",
                preamble: str = "", elsewhere: str = "", sub_question: str = "") -> Tables:
    """Every table in the lines of one answer part (its label cut off), in document order, and the rows
    whose figures could not be read. ``question`` is the sub-question's text: a bare quarter or month
    takes the year it (or the part's first line) names. ``preamble`` is the answer's text before its
    first part ("De cijfers hieronder geven de toestand weer op 31 december 2021."): a table without
    periods whose heading names none takes the period it names, before the question's. ``elsewhere`` is
    the whole answer and the question: a heading that names only a range's end (``tot en met 30 september
    2023``) takes the one range it names in full that ends that day. ``sub_question`` is the numbered
    sub-question this part answers (same number), if any: its period, when the part stays inside it."""
    heading = lines[0].text if lines else ""
    lines, uneven = undelimited(lines)  # bordered tables and ';' exports as aligned lines
    ctx = Context(spans, part, heading, question, preamble, elsewhere, lines=lines,
                   sub_question=sub_question)
    for line, why in uneven:
        ctx.report(line, line, why)
    ctx.left_out = tuple(ctx.unread)
    lines_read = _year_sections(_year_groups(_paired_lists(_side_by_side(
        _without_column_numbers(without_page_footers(lines))))))
    lines_read, swapped, english_unread = _english_numbers(lines_read, ctx)
    unit_free, units = _units_blanked(_changes_blanked(_intervals_blanked(lines_read), ctx))
    unbracketed, bracketed, in_brackets = _bracket_pairs(unit_free)
    bracket_rows = {line.number for line, again in zip(unbracketed, bracketed, strict=True) if line != again}
    firsts, seconds, named = _slash_pairs(unbracketed)
    counted, shares, shared = _counts_and_shares(firsts, ctx)
    tables = _slash_named(_read_part(counted, ctx, question), named, 0)
    # the shares beside the counts, the second figures of pairs, each read on their own: only their tables
    # and reports are kept
    for again_lines, kept, keep in ((shares, shared, partial(_shares_named, shared=shared)),
                                    (seconds, set(named), partial(_slash_named, named=named, which=1)),
                                    (bracketed, bracket_rows, partial(_bracket_named, named=in_brackets))):
        if kept:
            again = Context(spans, part, heading, question, preamble, elsewhere, lines=lines,
                            sub_question=sub_question, left_out=ctx.left_out)
            tables = _with_shares(tables, keep(_read_part(again_lines, again, question)))
            ctx.unread += [u for u in again.unread if u.span.first_line in kept]
    tables = _printed_as_is(_units_named(tables, units), swapped, english_unread, lines)
    return Tables(tuple(tables), tuple(ctx.unread))


# "(1)   (2)   (3)   (4) = (3)/(2)": a column's number under its heading, maybe with the sum that makes it
_COLUMN_NUMBER = re.compile(r"\(([1-9]\d?)\)(?:[ \t]*=[ \t]*[()\d/*+x\u00d7:. \t-]*[()\d])?")


def _column_numbers(text: str) -> bool:
    """Whether a line holds the columns' numbers and nothing else, ``(1)``, ``(2)`` ... in order (``(4) =
    (3)/(2)``: a column computed from others): they name the columns, they are no figures."""
    numbers = [_COLUMN_NUMBER.fullmatch(cell) for cell in re.split(r"[ \t]{2,}", text.strip())]
    if len(numbers) < 2 or not all(numbers):
        return False
    first = int(numbers[0][1])  # type: ignore[index]
    return [int(m[1]) for m in numbers if m] == list(range(first, first + len(numbers)))


def _without_column_numbers(lines: Sequence[Line]) -> Sequence[Line]:
    """``lines`` without a line of column numbers right under a table's header (a line with cells apart, or
    the indented rest of a wrapped heading):
    the rows under it line up with the header as if it were not printed (sample 1442's table was read as
    prose, its numbers taken for figures)."""
    drop = {k for k in range(1, len(lines)) if lines[k].text.startswith("(")
            and ("  " in lines[k - 1].text or lines[k - 1].column) and _column_numbers(lines[k].text)}
    return [line for k, line in enumerate(lines) if k not in drop] if drop else lines


def _with_shares(tables: list[Table], shares: Sequence[Table]) -> list[Table]:
    """``tables`` with each table of shares after the last one that starts where it starts or above. The
    tables over those lines span the lines' counts and shares alike (the sentence reader leaves them), so a
    column of shares tied to a column of counts has the span of their table, by which the graph finds them;
    one whose counts were not read is tied to none."""
    out = [replace(t, span=_joined(t.span, s.span))
           if (s := next((s for s in shares if _same_rows(s, t)), None)) else t for t in tables]
    for table in shares:
        counts = next((t for t in out if table.share_of and t.measure == table.share_of
                       and _same_rows(t, table) and not _in_percent(*t.rows)), None)
        table = replace(table, span=counts.span) if counts else replace(table, share_of=None)
        at = max((k + 1 for k, t in enumerate(out) if t.span.start <= table.span.start), default=0)
        out.insert(at, table)
    return out


def _same_rows(a: Table, b: Table) -> bool:
    """Two tables read from the same printed lines (a count's and its share's)."""
    return (a.span.first_line, a.span.last_line) == (b.span.first_line, b.span.last_line)


def _joined(a: Span, b: Span) -> Span:
    return Span(min(a.start, b.start), max(a.end, b.end), a.first_line, a.last_line)


def _read_part(lines: Sequence[Line], ctx: Context, question: str) -> list[Table]:
    """The tables of a part's lines, as ``read_tables`` says; what is not read goes to ``ctx.unread``."""
    tables: list[Table] = []
    noted: dict[str, str] = {}  # the notes under the part's tables so far, by marker
    i = floor = floor_line = 0  # floor_line: the number of the last line of the table before
    while i < len(lines):
        text = lines[i].text
        if not text:
            i += 1
            continue
        # Cheap looks first, since most lines are prose: a period header ends in a period or Totaal,
        # the other period layouts start with one, and a table without periods has figures below it.
        before = len(ctx.unread)
        ctx.above = partial(_year_above, lines, i, floor, question)
        tail = _header_tail(text)
        found = _grouped_periods(lines, i, ctx) if "  " in text else None
        if found is None and text[:4].lower() == "jaar":
            found = _year_then_quarters(lines, i, ctx)
        if found is None and tail:
            found = (_years_over_seasons(lines, i, ctx) or _years_under_seasons(lines, i, ctx)
                     or _years_over_months(lines, i, ctx))
        if found is None and text.endswith("semester"):
            found = _semesters_over_school_years(lines, i, ctx)
        if found is None and tail:
            found = _periods_as_columns(lines, i, ctx)
        elif found is None and "  " in text:
            found = _text_column(lines, i, ctx)
        if found is None and text[-1] != ")" and "(" in text:
            found = _wrapped_period_header(lines, i, ctx)
        if found is None and text[-1] in "pPgG" and "  " in text:  # "Stand op", "telling"
            found = _days_under_stand_op(lines, i, ctx)
        if found is None and "  " in text and i + 2 < len(lines) and not DIGIT.search(text) \
                and DIGIT.search(lines[i + 1].text):  # "Voorschot  Saldo" / "sept. 2023  mei 2024"
            found = _names_over_periods(lines, i, ctx)
        if found is None and _STARTS.match(text):
            found = _starts_with_period(lines, i, floor, ctx)
        if found is None and "  " in text and text[-1].isdigit() and i + 1 < len(lines) \
                and _ends_digit(lines[i + 1].text):  # "Luchthaven  S22  W22/23": codes a legend keys
            found = _legend_columns(lines, i, ctx)
        if found is None and i + 1 < len(lines) and not _ends_digit(lines[i + 1].text):
            found = _figures_further_down(lines, i, ctx)
        if found is None and i + 1 < len(lines) and _ends_digit(lines[i + 1].text):
            found = (_keyed_blocks(lines, i, ctx) or _aligned_columns(lines, i, ctx)
                     or _without_periods(lines, i, ctx) or labelled_list(lines, i, ctx))
        elif found is None and i + 1 < len(lines) and "  " in text and DIGIT.search(lines[i + 1].text):
            found = _aligned_columns(lines, i, ctx)  # a last column of text: "35,0%   incl. tramhaltes"
        if found is None and text[-1] == ":" and i + 2 < len(lines) and not _ends_digit(lines[i + 1].text):
            found = _headed_bullets(lines, i, ctx)  # "CAW Antwerpen" / "- unieke cliënten: 21.406;"
        if found is None and _heading_line(lines[i]) and (i == 0 or not _heading_line(lines[i - 1])):
            found = _labels_and_cells(lines, i, ctx)  # headings, labels and cells one per line
        if found is None:
            i += 1
            continue
        table, i = found
        last = table.span.last_line if table is not None else lines[i - 1].number
        below = [ctx.by_number[n] for n in range(last + 1, last + 1 + MAX_FOOTNOTE_LINES)
                 if n in ctx.by_number]
        notes = footnotes(below)
        overlap = rows_overlap(below)
        # a marker printed again under a later table of the part ("2021(*)" over a second table, its note
        # "(*) tot en met 30 november 2021" under the first) means what its note said, unless noted anew
        noted = {**noted, **notes}
        notes = noted
        first = not tables  # the part's heading leads into its first table ("1. Ziekteverzuim (%)")
        # the rows the reader reported (or left glued), before any check of one measure's table reports its
        # own figures: a sibling's cells reported on the same lines lose no row of this one (sample 1274)
        found_tables = _glued_rows((table, *ctx.extra), ctx)
        lost = [*ctx.left_out, *ctx.unread[before:]]
        for found_table in found_tables:
            if found_table is not None and (overlap or _lost_rows(found_table, lost)
                                            or _rows_outside_the_sum(found_table)
                                            or _breakdowns(found_table)):
                found_table = replace(found_table, rows=tuple(replace(r, total=False)
                                                              for r in found_table.rows))
            if found_table is not None and not _a_measure(found_table):
                continue
            if found_table is not None:
                found_table = _year_fields(found_table, ctx)
            if found_table is not None:
                found_table = _labels_hold_no_figure(found_table, ctx)
            if found_table is not None:
                found_table = _labels_no_sign(found_table, ctx)
            if found_table is not None:
                found_table = _hedged_rows(found_table, ctx)
            if found_table is not None:
                found_table = _planned_rows(found_table, ctx)
            checked = _consistent(_distinct(found_table, ctx), ctx) if found_table is not None else None
            if checked is not None:
                checked = _season_labels(checked, ctx)
            if checked is not None:
                checked = _part_of_year_labels(checked, ctx)
            if checked is not None and notes:
                stock = text_above(checked, floor_line, ctx) + "\n" + ctx.heading  # a stock's measure?
                checked = footnoted_periods(footnoted_rows(checked, notes, ctx), notes, ctx, stock)
            if checked is not None:
                checked = defined_years(checked, text_above(checked, floor_line, ctx) + "\n"
                                        + "\n".join(notes.values()), ctx)
            if checked is not None and notes and checked.measure:
                checked = noted_measure(checked, notes, ctx)
            if checked is not None:
                checked = unnoted_letters(checked, notes, ctx)
            if checked is not None:
                checked = unnoted_marks(checked, notes, ctx)
            if checked is not None:
                checked = bracketed_figures(checked, notes, ctx)
            if checked is not None:
                checked = corrected_cells(checked, last, ctx)
            above = text_above(checked, floor_line, ctx) if checked is not None else ""
            if checked is not None and above:
                checked = narrowed_above(checked, above, ctx)
            if checked is not None and above:
                checked = each_years_day_above(checked, above)
            if checked is not None and above:
                checked = first_part_above(checked, above, ctx)
            if checked is not None:
                checked = _unit_column(checked, ctx)
            if checked is not None:
                header = header_lines(checked, ctx)
                read = scaled(checked, header, "" if _scale_restated(checked, header, above) else above)
                checked = read if not isinstance(read, str) \
                    else report_periods(checked, checked.periods, read, ctx)
            if checked is not None:
                if tables and (merged := _across_page_break(tables[-1], checked, lines)):
                    tables[-1] = merged
                else:
                    lead = above or (ctx.heading if first else "")
                    table_read = _percent_total(_region_total(checked, above), lead)
                    tables.append(_evolutions(_selected_rows(table_read, lead)))
        ctx.extra.clear()
        floor, floor_line = i, last
    return tables
