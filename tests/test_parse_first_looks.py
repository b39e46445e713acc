"""The cheap first looks that keep slow header regexes off most lines never skip a line those regexes read.

``tables._may_end_header`` and ``tables._written`` decide, from a line's last characters or its words, that
``_HEADER``, ``_NAMED_LAST``, ``_BUDGET_BEFORE_PERIOD`` or ``_UNIT_BEFORE_PERIOD`` cannot match it, so the
parse reaches 1,000 documents per CPU-second. A period form added to those regexes that a first look does
not know would be skipped silently; every printed line of the corpus, fixtures and sources, and the headers
below, are therefore run through both.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from vlaq_lod.parse import tables

ROOT = Path(__file__).resolve().parents[1]
HEADERS = [
    "Provincie  2021  2022  2023", "Jaar  2019-2020  2020-21", "Kwartaal  Q1  Q2 2023",
    "kwartaal 1  kwartaal 2", "Maand  jan.  feb.  mrt.", "Provincie  1 januari 2023  1 januari 2024",
    "2021  2022  Totaal", "Regio  2022  2023  Evolutie t.o.v. 2022 (%)", "Type  2022  2023  %",
    "2023*  2024(1)", "Type logies  2022  2023  Slaapplaatsen 2023",
    "Realisatie 2021  Realisatie 2022  BA 2023", "VTE 2021  VTE 2022",
]


def printed_lines() -> list[str]:
    found = {line.strip() for folder in ("tests", "data") for path in (ROOT / folder).rglob("*.txt")
             for line in path.read_text(encoding="utf-8", errors="replace").splitlines()}
    return sorted(line for line in found | set(HEADERS) if line)


@pytest.fixture(scope="module")
def lines() -> list[str]:
    return printed_lines()


def header(line: str) -> bool:
    return tables._HEADER.fullmatch(line) is not None or tables._NAMED_LAST.fullmatch(line) is not None


def test_the_headers_here_are_headers() -> None:
    assert [h for h in HEADERS if not header(h)] == []


def test_no_header_ends_where_the_first_look_says_none_can(lines: list[str]) -> None:
    skipped = [line for line in lines if not tables._may_end_header(line)]
    assert len(skipped) > 1000  # rows of figures: the look does skip lines
    assert [line for line in skipped if header(line)] == []


@pytest.mark.parametrize(("words", "pattern"), [(tables._BUDGET_KINDS, tables._BUDGET_BEFORE_PERIOD),
                                                (tables._UNITS_BEFORE, tables._UNIT_BEFORE_PERIOD)])
def test_no_word_before_a_period_is_missed(lines: list[str], words: tuple[str, ...], pattern) -> None:
    read = [line for line in lines if pattern.search(line)]
    assert read  # the corpus and the headers above print some
    assert [line for line in read if not tables._written(line, words)] == []
