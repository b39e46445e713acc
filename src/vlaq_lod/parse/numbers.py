"""Dutch numbers as printed in the answers: ``826.095``, ``2.462.171,69``, ``12 791 969``, ``+5,63%``.

Values are exact ``Decimal``: the figures are published as linked data and checked against
totals, so a float's ``2462171.6899999`` would be a wrong fact.
"""

from __future__ import annotations

import re
from decimal import Decimal

# A number may group thousands with dots, spaces or (narrow) no-break spaces, but one number uses
# one separator: "1.234 567" is two numbers glued, not one.
_NUMBER = re.compile(r"([+\-\u2212]?)"
                     r"(\d{1,3}(?P<sep>[. \u00a0\u202f])\d{3}(?:(?P=sep)\d{3})*(?:,\d+)?|\d+(?:,\d+)?)")
_SEPARATORS = str.maketrans("", "", ". \u00a0\u202f")
DASHES = frozenset({"-", "\u2013", "\u2014"})

# For scanning lines; a match is only a number once ``dutch_decimal`` accepts it.
NUMBER_PATTERN = r"[+\-\u2212]?\d{1,3}(?:[. \u00a0\u202f]\d{3})+(?:,\d+)?|[+\-\u2212]?\d+(?:,\d+)?"

_UNITS = (("%", "percent"), ("euro", "EUR"), ("EUR", "EUR"), ("\u20ac", "EUR"))


def dutch_decimal(printed: str) -> Decimal:
    """``"-2.462.171,69"`` -> ``Decimal("-2462171.69")``; ``ValueError`` if it is not a Dutch number."""
    m = _NUMBER.fullmatch(printed)
    if not m:
        raise ValueError(f"not a Dutch number: {printed!r}")
    value = Decimal(m[2].translate(_SEPARATORS).replace(",", "."))
    return value if m[1] in ("", "+") else -value


def split_unit(printed: str) -> tuple[str, str | None]:
    """``"87,2%"`` -> ``("87,2", "percent")``; ``"12 791 969 euro"`` -> ``("12 791 969", "EUR")``."""
    if printed[-1:].isdigit():  # the common case, decided without trying every unit
        return printed, None
    for suffix, unit in _UNITS:
        if printed.endswith(suffix):
            return printed[: -len(suffix)].rstrip(), unit
    return printed, None


def read_figure(printed: str) -> tuple[Decimal | None, str | None]:
    """Value and unit of one printed figure; a dash means "no figure" and gives ``None``."""
    number, unit = split_unit(printed)
    if number in DASHES:
        return None, None
    return dutch_decimal(number), unit


def is_figure(printed: str) -> bool:
    try:
        read_figure(printed)
    except ValueError:
        return False
    return True
