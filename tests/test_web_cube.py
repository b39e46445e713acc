"""The pure parts of the dataset view (``web/cube.py``): Dutch numbers, axis tops, chart geometry."""

from __future__ import annotations

from decimal import Decimal

import pytest
from rdflib import Literal, URIRef

from vlaq_lod.web.cube import (
    Cube,
    build_chart,
    build_charts,
    format_number,
    magnitude_groups,
    nice_ceiling,
    time_dimension,
)

PERIOD = "http://purl.org/linked-data/sdmx/2009/dimension#refPeriod"
VALUE = "http://purl.org/linked-data/sdmx/2009/measure#obsValue"


@pytest.mark.parametrize(("value", "printed"), [
    (Decimal("1179602"), "1.179.602"), (Decimal("5.63"), "5,63"), (Decimal("2462171.69"), "2.462.171,69"),
    (Decimal("87.070"), "87,07"), (Decimal("-18"), "-18"), (Decimal("0"), "0"),
])
def test_numbers_are_written_the_dutch_way(value, printed):
    assert format_number(value) == printed


@pytest.mark.parametrize(("top", "ceiling"), [(Decimal("1341255"), Decimal("2000000")),
                                              (Decimal("5352535"), Decimal("1E+7")), (Decimal("87.07"), 100),
                                              (Decimal("22"), Decimal("25"))])
def test_axis_top_is_a_round_number_above_the_largest_value(top, ceiling):
    assert nice_ceiling(top) == ceiling


def budget_cube() -> Cube:
    """The budget of Digitaal Vlaanderen for 1700 (answer 313, part 6), one row per year."""
    values = {"2018": "4396287", "2019": "4713451", "2020": "4712628", "2021": "5352535"}
    rows = [{"obs": URIRef(f"http://x/id/observatie/b/{year}"), PERIOD: URIRef(f"http://x/id/periode/{year}"),
             VALUE: Literal(value)} for year, value in values.items()]
    return Cube([PERIOD], [VALUE], [], rows)


def test_one_series_is_drawn_as_bars_in_period_order():
    cube = budget_cube()
    labels = {f"http://x/id/periode/{y}": y for y in ("2018", "2019", "2020", "2021")}
    assert time_dimension(cube, labels) == PERIOD
    chart = build_chart("Budget", cube.rows, PERIOD, [], VALUE, labels, lambda iri: iri, "euro")
    assert chart.kind == "bars"
    [series] = chart.series
    assert [p.label for p in series.points] == ["2018", "2019", "2020", "2021"]
    assert [p.value for p in series.points] == ["4.396.287", "4.713.451", "4.712.628", "5.352.535"]
    tallest = min(series.points, key=lambda p: p.y)
    assert tallest.label == "2021" and chart.bottom > tallest.y
    assert [text for _, text in chart.y_ticks] == ["0", "2 mln", "4 mln", "6 mln"]


def test_negative_values_hang_below_the_zero_line():
    """The printed evolution of contacts with 1700 (answer 313): -18%, +5,63%, +22%, +15,45%."""
    values = {"2018": "-18", "2019": "5.63", "2020": "22", "2021": "15.45"}
    rows = [{"obs": URIRef(f"http://x/{year}"), PERIOD: Literal(year), VALUE: Literal(value)}
            for year, value in values.items()]
    chart = build_chart("Evolutie", rows, PERIOD, [], VALUE, {}, lambda iri: iri, "procent")
    assert [text for _, text in chart.y_ticks] == ["-20", "-10", "0", "10", "20", "30"]
    fall, *rises = chart.series[0].points
    assert fall.bar_top == chart.zero and fall.bar_top + fall.bar_height > chart.zero
    assert all(p.bar_top < chart.zero and round(p.bar_top + p.bar_height, 1) == chart.zero for p in rises)


CHANNEL = "http://x/def/kanaal"
CONTACTS = {  # answer 313, the table of contacts with 1700 (data/sources/000_…), 2018-2021
    "telefoon": ("826095", "869341", "1031280", "1179602"), "e-mail": ("49717", "55960", "87987", "112122"),
    "chat": ("25661", "26933", "42485", "49531"), "totaal": ("901473", "952234", "1161752", "1341255"),
}


def contact_rows() -> list[dict]:
    return [{"obs": URIRef(f"http://x/{channel}/{year}"), PERIOD: Literal(str(year)),
             CHANNEL: Literal(channel), VALUE: Literal(value)}
            for channel, values in CONTACTS.items()
            for year, value in zip(range(2018, 2022), values, strict=True)]


def test_series_tenfold_apart_get_charts_of_their_own():
    """Totals near a million beside chat near 25,000 would draw chat flat on zero: two charts, two axes."""
    charts = build_charts("Contacten", contact_rows(), PERIOD, [CHANNEL], VALUE, {}, str, "aantal (contact)")
    assert [sorted(s.name for s in c.series) for c in charts] == [["telefoon", "totaal"], ["chat", "e-mail"]]
    assert [c.y_ticks[-1][1] for c in charts] == ["1,5 mln", "150.000"]
    assert len({c.id for c in charts}) == 2
    colours = [s.colour for c in charts for s in c.series]
    assert len(set(colours)) == 4  # each channel keeps its own colour across the two charts
    chat = next(s for s in charts[1].series if s.name == "chat")
    assert min(p.y for p in chat.points) < charts[1].zero - 50  # drawn well above the zero line


def test_series_of_one_magnitude_share_a_chart():
    groups = magnitude_groups([("a", Decimal(100)), ("b", Decimal(11)), ("c", Decimal(9))])
    assert groups == [["a", "b"], ["c"]]
    [chart] = build_charts("Budget", budget_cube().rows, PERIOD, [], VALUE, {}, str, "in euro")
    assert chart.y_label == "in euro" and chart.table[1][0] == ("http://x/id/periode/2018", ["4.396.287"])
