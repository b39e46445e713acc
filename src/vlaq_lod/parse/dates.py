"""Dutch dates (``26 april 2022``) and the parliamentary year they fall in."""

from __future__ import annotations

import re
from datetime import date, timedelta

MONTHS = ("januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus",
          "september", "oktober", "november", "december")
DATE_PATTERN = r"(\d{1,2})\s+(" + "|".join(MONTHS) + r")\s+(\d{4})"
_DATE = re.compile(DATE_PATTERN, re.IGNORECASE)


def dutch_date(printed: str) -> date:
    """``"26 april 2022"`` -> ``date(2022, 4, 26)``; ``ValueError`` naming the text otherwise."""
    m = _DATE.fullmatch(printed.strip())
    if not m:
        raise ValueError(f"unreadable date {printed.strip()!r} (expected e.g. '26 april 2022')")
    try:
        return date(int(m[3]), MONTHS.index(m[2].lower()) + 1, int(m[1]))
    except ValueError:
        raise ValueError(f"impossible date {printed.strip()!r}") from None


def session_start(year: int) -> date:
    """The Flemish Parliament's year opens on the fourth Monday of September."""
    first = date(year, 9, 1)
    first_monday = first + timedelta(days=(7 - first.weekday()) % 7)
    return first_monday + timedelta(weeks=3)


def parliamentary_year(day: date) -> str:
    """``date(2023, 9, 20)`` -> ``"2022-2023"``: before the opening it still is last year's session."""
    start = day.year if day >= session_start(day.year) else day.year - 1
    return f"{start}-{start + 1}"
