"""Dutch numbers as printed in the answers: ``826.095``, ``2.462.171,69``, ``12 791 969 euro``, ``+5,63%``.

Values are exact ``Decimal``: the figures are published as linked data and checked against
totals, so a float's ``2462171.6899999`` would be a wrong fact.
"""

from __future__ import annotations

import re
from decimal import Decimal

# A number may group thousands with dots, spaces or (narrow) no-break spaces, but one number uses
# one separator: "1.234 567" is two numbers glued, not one.
_DIGITS = r"\d{1,3}(?P<sep>[. \u00a0\u202f])\d{3}(?:(?P=sep)\d{3})*(?:,\d+)?|\d+(?:,\d+)?"
_UNIT = r"(?:[ \t\u00a0]*(?P<unit>%|euro|EUR|€))?"
_FIGURE = re.compile(rf"(?P<sign>[+\-\u2212]?)(?P<digits>{_DIGITS}){_UNIT}")
_DASH = re.compile(rf"[-\u2013\u2014]{_UNIT}")  # a dash prints "no figure"
_SEPARATORS = str.maketrans("", "", ". \u00a0\u202f")
_UNITS = {None: None, "%": "percent", "euro": "EUR", "EUR": "EUR", "€": "EUR"}

# For scanning lines; a match is only a number once ``read_figure`` accepts it.
NUMBER_PATTERN = r"[+\-\u2212]?\d{1,3}(?:[. \u00a0\u202f]\d{3})+(?:,\d+)?|[+\-\u2212]?\d+(?:,\d+)?"


def read_figure(printed: str) -> tuple[Decimal | None, str | None]:
    """Value and unit of one printed figure (``"87,2%"`` -> ``(Decimal("87.2"), "percent")``).

    A dash means "no figure" and gives ``None``; anything else raises ``ValueError``. One regex
    does it all because this runs for every cell of every table.
    """
    m = _FIGURE.fullmatch(printed)
    if m is None:
        if _DASH.fullmatch(printed):
            return None, None
        raise ValueError(f"not a Dutch number: {printed!r}")
    value = Decimal(m["digits"].translate(_SEPARATORS).replace(",", "."))
    return (-value if m["sign"] in ("-", "\u2212") else value), _UNITS[m["unit"]]


def dutch_decimal(printed: str) -> Decimal:
    """``"-2.462.171,69"`` -> ``Decimal("-2462171.69")``: a bare number, no unit, no dash."""
    value, unit = read_figure(printed)
    if value is None or unit is not None:
        raise ValueError(f"not a bare Dutch number: {printed!r}")
    return value
