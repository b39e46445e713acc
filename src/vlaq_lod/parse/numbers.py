"""Dutch numbers as printed in the answers: ``826.095``, ``2.462.171,69``, ``12 791 969 euro``, ``+5,63%``,
``€ 1.234.567,89``, ``1,2 miljoen euro`` (``1,2 mio euro``, ``1,2 mln. euro``; ``5,1 mld. euro`` in billions),
``350 k€``.

Values are exact ``Decimal``: the figures are published as linked data and checked against
totals, so a float's ``2462171.6899999`` would be a wrong fact. A scale word (``miljoen``, ``k€``)
multiplies the value: "1,2 miljoen euro" is the amount 1200000 euro, as a reader understands it.
"""

from __future__ import annotations

import re
from decimal import Decimal
from functools import lru_cache

# A number may group thousands with dots, spaces or (narrow) no-break spaces, but one number uses
# one separator: "1.234 567" is two numbers glued, not one. "3.104.412,-": a whole amount in euro, its cents
# written as a dash (the Dutch tail on a round price), the same value as "3.104.412".
_CENTS = r"(?:,\d+|,-(?![\d-]))?"
_DIGITS = rf"\d{{1,3}}(?P<sep>[. \u00a0\u202f\u2009])\d{{3}}(?:(?P=sep)\d{{3}})*{_CENTS}|\d+{_CENTS}"
_GAP = r"[ \t\u00a0\u202f\u2009]*"
_UNIT = (rf"(?:{_GAP}(?P<scale>miljoen|miljard|mio\.?|mln\.?|mld\.?|k(?=€|[ \t\u00a0]euro\b))?{_GAP}"
         r"(?P<unit>%|procent|euro|EUR|€|ha|km)?)?")
# The sign: "+", "-", a minus sign, or an en dash set right against the digits ("–23,6%", how PDF typesetting
# prints a minus); a lone "–" is still "no value" (NO_VALUE), and "– 23,6" with a space is no figure.
_FIGURE = re.compile(rf"(?P<euro>(?:€|EUR){_GAP})?(?P<sign>[+\-\u2212\u2013]?)(?P<digits>{_DIGITS}){_UNIT}")
# "nog niet beschikbaar": no figure yet; words, so a table reads them as a cell only set apart by a column gap
NOT_YET = r"(?:nog[ \t]+)?niet[ \t]+beschikbaar"
# A cell left out for privacy: "< 5", "<10" (a bound, never the count), a lone "x" or a lone "*" (its note
# under the table says why: "* Niet vermeld om de herkenbaarheid te vermijden"). A count is hidden there, so
# a Totaal over it is no sum of the cells printed. "<0,002": a concentration under what can be measured, a
# bound and no measurement.
_MASK = rf"<{_GAP}\d{{1,3}}(?:,\d+)?|(?-i:x)|\*"
MASKED = re.compile(_MASK, re.IGNORECASE)
# What a table prints for "no figure": a dash, a slash, "n.v.t.", "n.b." (niet bekend), "(*)" alone, "niet
# beschikbaar", "n.m." (niet gemeten), "nihil" (nothing there: a form that did not exist yet), a mask. "n.b."
# and "n.m." only with both dots: "nb" is no abbreviation a table prints for it, "nm" a nanometre. "(leeg)":
# an Excel pivot table's empty cell ("(blank)" in English), nothing counted there.
NIHIL = r"nihil"
# "↘", "→", "↗": a trend column's arrow (down, level, up), a direction and never a figure
ARROW = r"[\u2190-\u2199]"
NO_VALUE = re.compile(rf"[-\u2013\u2014/]|n\.?v\.?t\.?|n\.[bm]\.|(?:\(\*\))|\(leeg\)|{NOT_YET}|{NIHIL}"
                      rf"|{_MASK}|{ARROW}", re.IGNORECASE)
_DASH = re.compile(rf"[-\u2013\u2014]{_GAP}(?:%|euro|EUR|€)?")
_SEPARATORS = str.maketrans("", "", ". \u00a0\u202f\u2009")  # a thin space too, as PDF extractors give
# Hectares and kilometres are read (a table prints "4.318,6 ha" in a cell) but have no unit concept yet.
_UNITS = {None: None, "%": "percent", "procent": "percent", "euro": "EUR", "EUR": "EUR", "€": "EUR",
          "ha": None, "km": None}
_SCALES = {None: 1, "k": 1000, "miljoen": 10**6, "mio": 10**6, "mio.": 10**6, "mln": 10**6, "mln.": 10**6,
           "miljard": 10**9, "mld": 10**9, "mld.": 10**9}

# For scanning lines; a match is only a number once ``read_figure`` accepts it.
NUMBER_PATTERN = r"[+\-\u2212]?\d{1,3}(?:[. \u00a0\u202f]\d{3})+(?:,\d+)?|[+\-\u2212]?\d+(?:,\d+)?"


# A negative printed the accountants' way, ``(44,5)`` or ``(1.338)``: decimals or grouped thousands, so never
# a footnote's ``(1)``. A table reads it only in a column of balances (``Netto``, ``Saldo``); see cells.py.
BRACKETED_NEGATIVE = re.compile(r"\((\d{1,3}(?:\.\d{3})*,\d+|\d{1,3}(?:\.\d{3})+)\)")


# "212:45": a duration printed as hours and minutes (212 hours and 45 minutes), a figure only in a column
# whose heading says so (``Duur (uu:mm)``, see ``aligned``); elsewhere it may be an hour of the day or a ratio
HOURS_MINUTES = re.compile(r"(\d{1,5}):([0-5]\d)")


def hours_of(printed: str) -> Decimal | None:
    """``212:45`` in hours, 212.75, when its minutes are an exact decimal of an hour (a multiple of three
    minutes: 45 minutes are 0,75 hours, 10 minutes 0,1666... hours, which no decimal prints); None
    otherwise, or when ``printed`` is no duration."""
    m = HOURS_MINUTES.fullmatch(printed)
    if m is None or int(m[2]) % 3:
        return None
    return Decimal(m[1]) + Decimal(m[2]) / 60


def read_figure(printed: str) -> tuple[Decimal | None, str | None]:
    """Value and unit of one printed figure (``"87,2%"`` -> ``(Decimal("87.2"), "percent")``; a bracketed
    negative ``(44,5)`` -> ``Decimal("-44.5")``, read where a table reader accepted it as a cell).

    A dash, ``/`` or ``n.v.t.`` means "no figure" and gives ``None``; anything else raises
    ``ValueError``. One regex does it all because this runs for every cell of every table.
    """
    if printed[:1] == "(" and (negative := BRACKETED_NEGATIVE.fullmatch(printed)):
        return -Decimal(negative[1].replace(".", "").replace(",", ".")), None
    read = figure_or_none(printed)
    if read is None:
        raise ValueError(f"not a Dutch number: {printed!r}")
    return read


@lru_cache(maxsize=8192)  # pure, and a table's cells are read more than once (is it a row? which reading?)
def figure_or_none(printed: str) -> tuple[Decimal | None, str | None] | None:
    """``read_figure`` without the exception, for scanning: None when ``printed`` is no figure."""
    m = _FIGURE.fullmatch(printed)
    if m is None:
        return (None, None) if _DASH.fullmatch(printed) or NO_VALUE.fullmatch(printed) else None
    euro, sign, digits, scale, printed_unit = m.group("euro", "sign", "digits", "scale", "unit")  # one call
    unit = "EUR" if euro else _UNITS[printed_unit]
    if digits[-1] == "-":  # "3.104.412,-": no cents
        digits = digits[:-2]
    if (euro and (printed_unit or scale == "k")) or (scale == "k" and unit != "EUR") or (
            scale and printed_unit in ("ha", "km")):
        return None  # "€ 12 €" is two cells, not one; "k" only scales euro
    value = Decimal(digits.translate(_SEPARATORS).replace(",", ".")) * _SCALES[scale]
    return (-value if sign in ("-", "\u2212", "\u2013") else value), unit


def dutch_decimal(printed: str) -> Decimal:
    """``"-2.462.171,69"`` -> ``Decimal("-2462171.69")``: a bare number, no unit, no dash."""
    value, unit = read_figure(printed)
    if value is None or unit is not None or not re.fullmatch(rf"[+\-\u2212]?(?:{_DIGITS})", printed):
        raise ValueError(f"not a bare Dutch number: {printed!r}")
    return value


def rounds_to(printed: str, share: Decimal, part: Decimal, whole: Decimal) -> bool:
    """Whether ``share`` (printed as ``printed``: ``26,1``, ``65,8%``) is ``part`` of a non-zero ``whole``
    in %, as rounded to its printed decimals: ``26,1`` for 3.905.118 of 14.964.545. A share proven so
    says which count it is of."""
    decimals = len(printed.rstrip("%").strip().partition(",")[2])
    return abs(part * 100 / whole - share) * 10 ** decimals <= Decimal("0.5")
