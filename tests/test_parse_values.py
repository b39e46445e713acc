"""Dutch numbers, dates, parliamentary years and names, each against values typed by hand."""

from __future__ import annotations

from datetime import date
from decimal import Decimal as D

import pytest

from vlaq_lod.parse.dates import dutch_date, parliamentary_year
from vlaq_lod.parse.names import normalise_name
from vlaq_lod.parse.numbers import dutch_decimal, read_figure


@pytest.mark.parametrize(("printed", "value", "unit"), [
    ("826.095", D("826095"), None),
    ("1.031.280", D("1031280"), None),
    ("2.462.171,69", D("2462171.69"), None),
    ("2.261.317,90", D("2261317.90"), None),
    ("12 791 969 euro", D("12791969"), "EUR"),
    ("1\u00a0340\u00a0500,50", D("1340500.50"), None),
    ("1\u202f204", D("1204"), None),
    ("87,2%", D("87.2"), "percent"),
    ("87,07%", D("87.07"), "percent"),
    ("+5,63%", D("5.63"), "percent"),
    ("-18%", D("-18"), "percent"),
    ("\u221218%", D("-18"), "percent"),
    ("48", D("48"), None),
    ("0,5", D("0.5"), None),
    ("-", None, None),
    ("\u2013", None, None),
    ("€ 1.234.567,89", D("1234567.89"), "EUR"),
    ("EUR 1.234,50", D("1234.50"), "EUR"),
    ("1,2 miljoen euro", D("1200000"), "EUR"),
    ("4,6 mln. euro", D("4600000"), "EUR"),  # the abbreviation with its stop, and without
    ("0,75 mln euro", D("750000"), "EUR"),
    ("350 k€", D("350000"), "EUR"),
    ("21.412 k euro", D("21412000"), "EUR"),  # thousands of euro, as budget answers print them
    ("5,12 mld. euro", D("5120000000"), "EUR"),
    ("12,5 %", D("12.5"), "percent"),
    ("1\u2009204", D("1204"), None),  # a thin space, as some PDF extractors give
    ("/", None, None),
    ("n.v.t.", None, None),
    ("n.b.", None, None),  # niet bekend
    ("N.B.", None, None),
    ("nvt", None, None),
    ("(*)", None, None),
    ("< 5", None, None),  # a cell left out for privacy: a bound, never the count
    ("<10", None, None),
    ("x", None, None),
    ("*", None, None),  # a lone star: a cell masked for privacy, its note under the table says why
])
def test_read_figure(printed: str, value: D | None, unit: str | None) -> None:
    assert read_figure(printed) == (value, unit)


@pytest.mark.parametrize("printed", ["1.5", "1.23", "12.3456", "1.234 567", "abc", "", "1,", "2,462.171",
                                     "€ 12 €", "350 k", "350 k ton", "1.204*",
                                     "nb", "n.b"])
def test_not_a_dutch_number(printed: str) -> None:
    with pytest.raises(ValueError):
        dutch_decimal(printed)


@pytest.mark.parametrize("printed", ["X", "<", "xx", "< 1.000", "<5%", "**", "*)"])
def test_no_privacy_cell(printed: str) -> None:
    """Near misses of a suppressed cell: a capital X (a Roman ten, a label's letter), a bare "<", a bound
    in thousands or in %, two stars or a star closing a bracket (markers): neither a figure nor a "no
    value"."""
    with pytest.raises(ValueError):
        read_figure(printed)


@pytest.mark.parametrize(("printed", "day"), [
    ("26 april 2022", date(2022, 4, 26)),
    ("8 juni 2017", date(2017, 6, 8)),
    ("6 September 2023", date(2023, 9, 6)),
    ("1 maart 2020", date(2020, 3, 1)),
])
def test_dutch_date(printed: str, day: date) -> None:
    assert dutch_date(printed) == day


@pytest.mark.parametrize(("printed", "message"), [
    ("31 februari 2022", "impossible date '31 februari 2022'"),
    ("29 februari 2023", "impossible date '29 februari 2023'"),
    ("26 avril 2022", "unreadable date '26 avril 2022'"),
    ("2022-04-26", "unreadable date '2022-04-26'"),
])
def test_bad_dates(printed: str, message: str) -> None:
    with pytest.raises(ValueError, match=message):
        dutch_date(printed)


@pytest.mark.parametrize(("day", "year"), [
    (date(2022, 4, 26), "2021-2022"),
    (date(2017, 6, 8), "2016-2017"),
    (date(2023, 9, 20), "2022-2023"),
    (date(2024, 1, 11), "2023-2024"),
    (date(2023, 9, 24), "2022-2023"),  # the Sunday before the fourth Monday of September 2023
    (date(2023, 9, 25), "2023-2024"),  # the fourth Monday itself opens the new year
    (date(2022, 9, 26), "2022-2023"),  # fourth Monday of September 2022
    (date(2022, 9, 25), "2021-2022"),
])
def test_parliamentary_year(day: date, year: str) -> None:
    assert parliamentary_year(day) == year


@pytest.mark.parametrize(("printed", "name"), [
    ("VERA JANS", "Vera Jans"),
    ("GUY D'HAESELEER", "Guy D'Haeseleer"),
    ("GUY D\u2019HAESELEER", "Guy D'Haeseleer"),
    ("JOS D\u2019HAESE", "Jos D'Haese"),
    ("WILLEM-FREDERIK SCHILTZ", "Willem-Frederik Schiltz"),
    ("FREYA VAN DEN BOSSCHE", "Freya Van den Bossche"),
    ("MATTHIAS  DIEPENDAELE ", "Matthias Diependaele"),
    ("ZUHAL DEMIR", "Zuhal Demir"),
])
def test_normalise_name(printed: str, name: str) -> None:
    assert normalise_name(printed) == name
