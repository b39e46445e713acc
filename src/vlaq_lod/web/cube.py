"""A Data Cube data set as a table and a chart that need no JavaScript.

Read through the QB vocabulary only (``qb:structure``/``qb:component``, ``qb:dataSet``),
so any well-formed cube renders, whatever dimensions the graph builder chose. The
chart is computed here as coordinates and drawn by a template as inline SVG, so it is
readable without scripts, by screen readers (``<title>``, ``aria-label``) and in print.
"""

from __future__ import annotations

import math
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from decimal import ROUND_CEILING, ROUND_FLOOR, Decimal, InvalidOperation

from rdflib import Literal
from rdflib.term import Node

from ..graph.namespaces import QB
from ..store import Store

COMPONENT_KINDS = {f"{QB}dimension": "dimension", f"{QB}measure": "measure", f"{QB}attribute": "attribute"}
YEARLIKE = re.compile(r"^\d{4}")


@dataclass
class Cube:
    dimensions: list[str]
    measures: list[str]
    attributes: list[str]
    rows: list[dict[str, Node]]  # one per observation; key "obs" holds its IRI

    def values(self, prop: str) -> list[Node]:
        """Distinct values of ``prop`` in first-seen order."""
        seen: dict[str, Node] = {}
        for row in self.rows:
            if prop in row:
                seen.setdefault(str(row[prop]), row[prop])
        return list(seen.values())


def load_cube(store: Store, dataset: str) -> Cube:
    """The components (in ``qb:order``) and observations of ``dataset``: two queries."""
    components = store.select(
        f"PREFIX qb: <{QB}> SELECT ?kind ?prop ?order WHERE {{ <{dataset}> qb:structure/qb:component ?c . "
        f"?c ?kind ?prop . VALUES ?kind {{ qb:dimension qb:measure qb:attribute }} "
        f"OPTIONAL {{ ?c qb:order ?order }} }}"
    )
    ordered = sorted(
        components, key=lambda r: (int(r["order"].toPython()) if "order" in r else 999, str(r["prop"]))
    )
    by_kind: dict[str, list[str]] = {"dimension": [], "measure": [], "attribute": []}
    for row in ordered:
        prop = str(row["prop"])
        bucket = by_kind[COMPONENT_KINDS[str(row["kind"])]]
        if prop not in bucket:
            bucket.append(prop)
    triples = store.select(
        f"PREFIX qb: <{QB}> SELECT ?obs ?p ?o WHERE {{ ?obs qb:dataSet <{dataset}> ; ?p ?o }}"
    )
    rows: dict[str, dict[str, Node]] = {}
    for t in triples:
        rows.setdefault(str(t["obs"]), {"obs": t["obs"]})[str(t["p"])] = t["o"]
    return Cube(by_kind["dimension"], by_kind["measure"], by_kind["attribute"], list(rows.values()))


def filter_rows(cube: Cube, chosen: Mapping[str, str]) -> list[dict[str, Node]]:
    """Rows whose dimension values equal every chosen one (``{dimension IRI: value}``)."""
    return [
        row
        for row in cube.rows
        if all(str(row.get(dim, "")) == value for dim, value in chosen.items() if value)
    ]


def number(node: Node | None) -> Decimal | None:
    if not isinstance(node, Literal):
        return None
    try:
        return Decimal(str(node))
    except InvalidOperation:
        return None


def format_number(value: Decimal) -> str:
    """Dutch notation, as the sources print it: ``1.179.602``, ``5,63``."""
    text = f"{value:,f}".replace(",", " ").replace(".", ",").replace(" ", ".")
    return text.rstrip("0").rstrip(",") if "," in text else text


def time_dimension(cube: Cube, labels: Mapping[str, str]) -> str | None:
    """The dimension whose values read as years (the chart's x axis); else the first dimension."""
    for dim in cube.dimensions:
        names = [labels.get(str(v), str(v)) for v in cube.values(dim)]
        if names and all(YEARLIKE.match(n) for n in names):
            return dim
    return cube.dimensions[0] if cube.dimensions else None


@dataclass
class Point:
    x: float
    y: float
    value: str
    label: str  # x label
    href: str  # the observation's page
    bar_top: float = 0.0  # a bar runs from the zero line to the value, up or down
    bar_height: float = 0.0


@dataclass
class Series:
    name: str
    colour: int  # index into the stylesheet's palette (no inline style under the CSP)
    points: list[Point] = field(default_factory=list)
    path: str = ""
    bar_width: float = 0.0


@dataclass
class Chart:
    title: str
    width: int
    height: int
    left: int
    bottom: int
    x_labels: list[tuple[float, str]]
    y_ticks: list[tuple[float, str]]
    series: list[Series]
    kind: str  # "bars" (one series) or "lines"
    y_label: str  # the axis title: what is counted, in which unit
    zero: float  # y of the zero line
    x_label: str = ""  # the x axis title (``Periode``)
    id: str = "grafiek"  # unique on the page: a page may show several charts
    shown_x: list[tuple[float, str]] = field(default_factory=list)  # the x labels drawn (thinned out)

    @property
    def table(self) -> tuple[list[str], list[tuple[str, list[str]]]]:
        """The chart as a table (its fallback): one row per x label, one column per series."""
        columns = [s.name for s in self.series]
        rows = [
            (label, [next((p.value for p in s.points if p.label == label), "–") for s in self.series])
            for _, label in self.x_labels
        ]
        return columns, rows


# Narrow on purpose: a chart is drawn at about its own width on a phone (390 px), so its 14 px text stays
# legible there; on a desktop the stylesheet caps its width.
WIDTH, HEIGHT, LEFT, RIGHT, TOP, BOTTOM = 420, 280, 78, 12, 28, 52
MAGNITUDE = 10  # series whose largest values differ this much or more get charts of their own


def nice_ceiling(value: Decimal) -> Decimal:
    """A round top for the y axis: 1, 2, 2.5 or 5 times a power of ten."""
    if value <= 0:
        return Decimal(1)
    exponent = math.floor(math.log10(float(value)))
    for step in (1, 2, Decimal("2.5"), 5, 10):
        top = Decimal(step) * Decimal(10) ** exponent
        if top >= value:
            return top
    return Decimal(10) ** (exponent + 1)


def axis(lowest: Decimal, highest: Decimal, steps: int = 4) -> tuple[Decimal, Decimal, Decimal]:
    """Round bounds and step of a y axis that holds zero and every value (evolutions go below zero)."""
    low, high = min(lowest, Decimal(0)), max(highest, Decimal(0))
    step = nice_ceiling((high - low) / steps) if high > low else Decimal(1)
    return (
        (low / step).to_integral_value(ROUND_FLOOR) * step,
        (high / step).to_integral_value(ROUND_CEILING) * step,
        step,
    )


def short_number(value: Decimal) -> str:
    """An axis tick short enough for a phone: ``1,2 mln`` and ``250.000`` (Dutch notation)."""
    if abs(value) >= 1_000_000:
        return f"{format_number((value / 1_000_000).normalize())} mln"
    return format_number(value)


def magnitude_groups(rows: list[tuple[str, Decimal]]) -> list[list[str]]:
    """Series names grouped so that no chart holds series whose largest values differ ``MAGNITUDE``-fold
    (a total of a million beside channels of 25,000 would draw the channels flat on zero)."""
    largest: dict[str, Decimal] = {}
    for name, value in rows:
        largest[name] = max(largest.get(name, Decimal(0)), abs(value))
    groups: list[list[str]] = []
    for name in sorted(largest, key=lambda n: (-largest[n], n)):
        if groups and largest[name] * MAGNITUDE > largest[groups[-1][0]]:
            groups[-1].append(name)
        else:
            groups.append([name])
    return groups


def printed(row: Mapping[str, Node]) -> str:
    """The figure as the answer printed it (``+5,63%``), for tooltips and the chart's table."""
    return next((str(v) for k, v in row.items() if k.endswith("/def/vlaq#printedValue")), "")


def series_name(
    row: Mapping[str, Node], series_dims: list[str], labels: Mapping[str, str], single: str
) -> str:
    """The series a row belongs to: its values on the series dimensions (``telefoon``), else ``single``."""
    return " – ".join(labels.get(str(row[d]), str(row[d])) for d in series_dims if d in row) or single


def build_charts(
    title: str,
    rows: list[dict[str, Node]],
    x_dim: str,
    series_dims: list[str],
    measure: str,
    labels: Mapping[str, str],
    href_of,
    y_label: str,
    x_label: str = "",
) -> list[Chart]:
    """One chart, or small multiples (each with its own axis) when the series' magnitudes differ tenfold."""
    values = [(series_name(row, series_dims, labels, y_label), v)
              for row in rows if x_dim in row and (v := number(row.get(measure))) is not None]
    groups = magnitude_groups(values)
    colours = {name: i % 6 for i, name in enumerate(sorted({n for n, _ in values}))}  # one per series
    charts = []
    for index, group in enumerate(groups):
        part = [row for row in rows if series_name(row, series_dims, labels, y_label) in group]
        heading = title if len(groups) == 1 else f"{title}: {', '.join(group)}"
        chart = build_chart(heading, part, x_dim, series_dims, measure, labels, href_of, y_label, x_label,
                            colours)
        if chart is not None:
            chart.id = f"grafiek-{index + 1}"
            charts.append(chart)
    return charts


def build_chart(
    title: str,
    rows: list[dict[str, Node]],
    x_dim: str,
    series_dims: list[str],
    measure: str,
    labels: Mapping[str, str],
    href_of,
    y_label: str,
    x_label: str = "",
    colours: Mapping[str, int] | None = None,
) -> Chart | None:
    """Coordinates of a bar chart (one series) or line chart (several) of ``measure`` over ``x_dim``."""
    points = [(row, number(row.get(measure))) for row in rows if x_dim in row]
    points = [(row, v) for row, v in points if v is not None]
    if not points:
        return None
    name = lambda node: labels.get(str(node), str(node))  # noqa: E731 - a local shorthand
    x_names = sorted({name(row[x_dim]) for row, _ in points})
    low, high, y_step = axis(min(v for _, v in points), max(v for _, v in points))
    plot_w, plot_h = WIDTH - LEFT - RIGHT, HEIGHT - TOP - BOTTOM
    step = plot_w / len(x_names)

    def y_of(value: Decimal) -> float:
        return round(TOP + plot_h * (1 - float((value - low) / (high - low))), 1)

    zero = y_of(Decimal(0))
    by_series: dict[str, Series] = {}
    for row, value in points:
        key = series_name(row, series_dims, labels, y_label)
        series = by_series.setdefault(key, Series(key, 0))
        x = LEFT + step * (x_names.index(name(row[x_dim])) + 0.5)
        y = y_of(value)
        series.points.append(
            Point(
                round(x, 1),
                y,
                printed(row) or format_number(value),
                name(row[x_dim]),
                href_of(str(row["obs"])),
                min(y, zero),
                round(abs(zero - y), 1),
            )
        )
    kind = "bars" if len(by_series) == 1 else "lines"
    ordered = [by_series[name] for name in sorted(by_series)]  # same colours and legend on every request
    for index, series in enumerate(ordered):
        series.colour = colours.get(series.name, index % 6) if colours else index % 6  # same across multiples
        series.points.sort(key=lambda p: p.x)
        series.path = "M" + " L".join(f"{p.x},{p.y}" for p in series.points)
        series.bar_width = round(step * 0.6, 1)
    ticks = [
        (y_of(low + y_step * i), short_number(low + y_step * i))
        for i in range(int((high - low) / y_step) + 1)
    ]
    every = max(1, math.ceil(len(x_names) * 40 / plot_w))  # a label needs ~40 px at 14 px: thin them out
    x_labels = [(round(LEFT + step * (i + 0.5), 1), n) for i, n in enumerate(x_names)]
    shown = [label for i, label in enumerate(x_labels) if i % every == 0]
    return Chart(title, WIDTH, HEIGHT, LEFT, HEIGHT - BOTTOM, x_labels, ticks, ordered, kind, y_label, zero,
                 x_label, shown_x=shown)
