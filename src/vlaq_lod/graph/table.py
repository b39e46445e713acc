"""A data set as one CSV table, the form researchers open first (``dumps/csv/<key>.csv``), with its
CSVW description (``<key>.csv-metadata.json``, W3C "Metadata Vocabulary for Tabular Data").

Read from the graph the data set was built in, so the columns say what the observations say:
each dimension as label and URI, then value, unit, the scale as printed, hedge, footnote marker, the quote
and the observation's URI. The header row gives each column's Dutch title (what a person reads in a
spreadsheet); the CSVW file gives its machine name, datatype and the property it stands for.
"""

from __future__ import annotations

from dataclasses import dataclass

import rdflib

from ..uris import Uris
from .namespaces import DCTERMS, OA, QB, RDFS, SDMX_ATTRIBUTE, SDMX_MEASURE, SKOS, vlaq


@dataclass(frozen=True)
class Column:
    """One column as CSVW describes it: ``name`` for programs, ``title`` (Dutch) for people."""

    name: str
    title: str
    datatype: str = "string"
    property: str | None = None  # the RDF property the column's value is of (CSVW propertyUrl)
    is_uri: bool = False  # the cell is the IRI of the value (CSVW valueUrl)


@dataclass(frozen=True)
class Table:
    """One CSV file: its columns and rows, all strings; the header row is the columns' titles."""

    columns: tuple[Column, ...]
    rows: list[tuple[str, ...]]
    title: str = ""  # the data set's Dutch title

    @property
    def header(self) -> tuple[str, ...]:
        return tuple(c.title for c in self.columns)

    def csvw(self, file_name: str) -> dict:
        """The CSVW metadata of this table as ``file_name``: each row is about its observation; a URI column
        gives its dimension's value, the value column the measure; label and text columns are for people
        and produce no triples (``suppressOutput``)."""
        def describe(column: Column) -> dict:
            out: dict = {"name": column.name, "titles": column.title, "datatype": column.datatype}
            if column.property is None:
                out["suppressOutput"] = True
            else:
                out["propertyUrl"] = column.property
            if column.is_uri:
                out["valueUrl"] = f"{{+{column.name}}}"
            return out

        return {
            "@context": ["http://www.w3.org/ns/csvw", {"@language": "nl"}],
            "url": file_name,
            "dc:title": self.title,
            "tableSchema": {
                "columns": [describe(c) for c in self.columns],
                "aboutUrl": "{+observation}",
                "primaryKey": "observation",
            },
        }


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


def _dutch(graph: rdflib.Graph, term: rdflib.URIRef) -> str:
    """A property's Dutch label from the ontology in the graph (``referentieperiode``), else its name."""
    labels = [x for x in graph.objects(term, RDFS.label) if getattr(x, "language", None) == "nl"]
    return str(labels[0]) if labels else _local(term)


def csv_table(graph: rdflib.Graph, dataset: rdflib.URIRef, uris: Uris) -> Table:
    """One row per observation: each dimension as label and URI, value, unit, scale as printed, hedge,
    footnote, quote, URI.

    The hedge column holds the words as printed (``iets minder dan``) when the graph has them.
    """
    v = vlaq(uris)
    dimensions = _dimensions(graph, dataset)
    columns = [column for d in dimensions for column in (
        Column(_local(d), _dutch(graph, d)),
        Column(f"{_local(d)}_uri", f"{_dutch(graph, d)} (URI)", "anyURI", str(d), is_uri=True))]
    columns += [
        Column("value", "waarde", "decimal", str(SDMX_MEASURE.obsValue)),
        Column("unit", "eenheid"),
        Column("scale", "schaal zoals gedrukt"),
        Column("hedge", "voorbehoud"),
        Column("footnote", "voetnoot"),
        Column("quote", "citaat"),
        Column("observation", "observatie (URI)", "anyURI"),
    ]
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
            str(graph.value(obs, v.printedScale) or ""),
            _label(graph, hedge) if hedge is not None else "",
            str(graph.value(obs, v.footnote) or ""),
            _quote(graph, graph.value(obs, v.quote)),
            str(obs),
        ]
        rows.append(tuple(cells))
    titles = [x for x in graph.objects(dataset, DCTERMS.title) if getattr(x, "language", None) == "nl"]
    return Table(tuple(columns), rows, str(titles[0]) if titles else "")
