"""A data set as one CSV table, the form researchers open first (``dumps/csv/<key>.csv``).

Read from the graph the data set was built in, so the columns say what the observations say:
each dimension as label and URI, then value, unit, hedge, footnote marker, quote and the observation's URI.
"""

from __future__ import annotations

from dataclasses import dataclass

import rdflib

from ..uris import Uris
from .namespaces import OA, QB, RDFS, SDMX_ATTRIBUTE, SDMX_MEASURE, SKOS, vlaq


@dataclass(frozen=True)
class Table:
    """One CSV file: a header and its rows, all strings."""

    header: tuple[str, ...]
    rows: list[tuple[str, ...]]


def _label(graph: rdflib.Graph, node: rdflib.term.Node) -> str:
    """What a person reads for a node: a literal's text, else its Dutch (or any) label."""
    if isinstance(node, rdflib.Literal):
        return str(node)
    labels = [*graph.objects(node, SKOS.prefLabel), *graph.objects(node, RDFS.label)]
    dutch = [str(x) for x in labels if getattr(x, "language", None) in ("nl", None)]
    return (dutch or [str(x) for x in labels] or [""])[0]


def _dimensions(graph: rdflib.Graph, dataset: rdflib.URIRef) -> list[rdflib.URIRef]:
    """The data set's dimensions in ``qb:order`` (the DSD's reading order), each once."""
    structure = graph.value(dataset, QB.structure)
    order: dict[rdflib.URIRef, int] = {}
    for component in graph.objects(structure, QB.component):
        position = graph.value(component, QB.order)
        for dimension in graph.objects(component, QB.dimension):
            order[dimension] = min(order.get(dimension, 99), int(position) if position is not None else 99)
    return sorted(order, key=lambda d: (order[d], str(d)))


def _local(term: rdflib.URIRef) -> str:
    return str(term).rsplit("#", 1)[-1].rsplit("/", 1)[-1]


def _quote(graph: rdflib.Graph, quote: rdflib.term.Node | None) -> str:
    """The exact words of a quote (its TextQuoteSelector's ``oa:exact``)."""
    selectors = graph.objects(quote, OA.hasSelector) if quote is not None else ()
    return next((str(exact) for s in selectors if (exact := graph.value(s, OA.exact)) is not None), "")


def csv_table(graph: rdflib.Graph, dataset: rdflib.URIRef, uris: Uris) -> Table:
    """One row per observation: each dimension as label and URI, value, unit, hedge, footnote, quote, URI.

    The hedge column holds the words as printed (``iets minder dan``) when the graph has them.
    """
    v = vlaq(uris)
    dimensions = _dimensions(graph, dataset)
    header = [column for d in dimensions for column in (_local(d), f"{_local(d)}_uri")]
    header += ["value", "unit", "hedge", "footnote", "quote", "observation"]
    rows = []
    for obs in sorted(graph.subjects(QB.dataSet, dataset)):
        cells = []
        for dimension in dimensions:
            value = graph.value(obs, dimension)
            uri = str(value) if isinstance(value, rdflib.URIRef) else ""
            cells += [_label(graph, value) if value is not None else "", uri]
        hedge = graph.value(obs, v.hedgeText) or graph.value(obs, v.hedge)
        unit = graph.value(obs, SDMX_ATTRIBUTE.unitMeasure)
        cells += [
            str(graph.value(obs, SDMX_MEASURE.obsValue) or ""),
            _label(graph, unit) if unit is not None else "",
            _label(graph, hedge) if hedge is not None else "",
            str(graph.value(obs, v.footnote) or ""),
            _quote(graph, graph.value(obs, v.quote)),
            str(obs),
        ]
        rows.append(tuple(cells))
    return Table(tuple(header), rows)
