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
    y_label: str
    zero: float  # y of the zero line


WIDTH, HEIGHT, LEFT, RIGHT, TOP, BOTTOM = 720, 340, 96, 16, 16, 44


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


def axis(lowest: Decimal, highest: Decimal, steps: int = 5) -> tuple[Decimal, Decimal, Decimal]:
    """Round bounds and step of a y axis that holds zero and every value (evolutions go below zero)."""
    low, high = min(lowest, Decimal(0)), max(highest, Decimal(0))
    step = nice_ceiling((high - low) / steps) if high > low else Decimal(1)
    return (
        (low / step).to_integral_value(ROUND_FLOOR) * step,
        (high / step).to_integral_value(ROUND_CEILING) * step,
        step,
    )


def build_chart(
    title: str,
    rows: list[dict[str, Node]],
    x_dim: str,
    series_dims: list[str],
    measure: str,
    labels: Mapping[str, str],
    href_of,
    y_label: str,
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
        key = " – ".join(name(row[d]) for d in series_dims if d in row) or y_label
        series = by_series.setdefault(key, Series(key, 0))
        x = LEFT + step * (x_names.index(name(row[x_dim])) + 0.5)
        y = y_of(value)
        series.points.append(
            Point(
                round(x, 1),
                y,
                format_number(value),
                name(row[x_dim]),
                href_of(str(row["obs"])),
                min(y, zero),
                round(abs(zero - y), 1),
            )
        )
    kind = "bars" if len(by_series) == 1 else "lines"
    ordered = [by_series[name] for name in sorted(by_series)]  # same colours and legend on every request
    for index, series in enumerate(ordered):
        series.colour = index % 6
        series.points.sort(key=lambda p: p.x)
        series.path = "M" + " L".join(f"{p.x},{p.y}" for p in series.points)
        series.bar_width = round(step * 0.6, 1)
    ticks = [
        (y_of(low + y_step * i), format_number(low + y_step * i))
        for i in range(int((high - low) / y_step) + 1)
    ]
    x_labels = [(round(LEFT + step * (i + 0.5), 1), n) for i, n in enumerate(x_names)]
    return Chart(title, WIDTH, HEIGHT, LEFT, HEIGHT - BOTTOM, x_labels, ticks, ordered, kind, y_label, zero)
