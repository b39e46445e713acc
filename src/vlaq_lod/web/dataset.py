"""The dataset page: the observations as the answer printed them (a pivot table), a chart, filters on
the dimensions (GET parameters, applied here), the CSV download and schema:Dataset markup.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

import rdflib
from flask import current_app
from rdflib import Literal, URIRef
from rdflib.term import Node

from . import cube as cubes
from .cite import citation, question_facts
from .context import (
    DCTERMS,
    OBS_VALUE,
    UNIT_MEASURE,
    Context,
    best_literal,
    question_of,
    schema_org,
)
from .labels import Term, fetch_labels, local_href


@dataclass
class PivotRow:
    label: list[Term]
    cells: list[tuple[str, str] | None]  # (value as printed, observation href) per column


def dimension_param(dim: str) -> str:
    """GET parameter naming a dimension: its local name (``channel``, ``refPeriod``)."""
    return re.split(r"[#/]", dim)[-1]


def dataset_context(ctx: Context, iri: str, graph: rdflib.Graph, args: Mapping[str, str]) -> dict[str, Any]:
    cube = cubes.load_cube(ctx.store, iri)
    question = question_of(ctx, iri)
    dim_values = {dim: cube.values(dim) for dim in cube.dimensions}
    value_iris = {str(v) for values in dim_values.values() for v in values if isinstance(v, URIRef)}
    value_iris |= {
        str(row[a]) for row in cube.rows for a in cube.attributes if isinstance(row.get(a), URIRef)
    }
    labels = fetch_labels(
        ctx.store, value_iris | set(cube.dimensions) | set(cube.measures) | set(cube.attributes)
    )
    names = {i: str(label) for i, label in labels.items()}
    chosen = {dim: args.get(dimension_param(dim), "") for dim in cube.dimensions}
    rows = cubes.filter_rows(cube, chosen)
    x_dim = cubes.time_dimension(cube, names)
    series_dims = [d for d in cube.dimensions if d != x_dim and len({str(r.get(d)) for r in rows}) > 1]
    measure = cube.measures[0] if cube.measures else OBS_VALUE
    unit = next((row[UNIT_MEASURE] for row in rows if UNIT_MEASURE in row), None)
    unit_name = names.get(str(unit), "") if unit is not None else ""
    subject = URIRef(iri)
    title = best_literal(graph, subject, f"{DCTERMS}title")
    charts = (
        cubes.build_charts(title, rows, x_dim, series_dims, measure, names, ctx.href, axis_title(unit_name),
                           names.get(x_dim, "").capitalize())
        if x_dim
        else []
    )
    facts = question_facts(ctx, question) if question else None
    return {
        "citation": citation(ctx, iri, title, facts, "dataset"),
        "filters": [
            (
                dimension_param(d),
                ctx.term(URIRef(d), labels),
                chosen[d],
                sorted(((str(v), names.get(str(v), str(v))) for v in dim_values[d]), key=lambda p: p[1]),
            )
            for d in cube.dimensions
        ],
        "pivot": pivot(ctx, rows, x_dim, [d for d in cube.dimensions if d != x_dim], measure, names, labels),
        "charts": charts,
        "unit": unit_name,
        "observation_count": len(cube.rows),
        "shown_count": len(rows),
        "csv_url": csv_url(ctx, iri, graph),
        "description": best_literal(graph, subject, f"{DCTERMS}description"),
        "question": question,
        "label_iris": [*labels, *([question] if question else [])],
        "schema_org": dataset_schema_org(ctx, iri, graph, cube, names),
    }


def axis_title(unit: str) -> str:
    """The y axis title with its unit: ``in euro``, ``in procent``, ``aantal (contact)``."""
    if not unit:
        return "waarde"
    return f"in {unit}" if unit in ("euro", "procent") else f"aantal ({unit})"


def pivot(
    ctx: Context,
    rows: list[dict[str, Node]],
    x_dim: str | None,
    row_dims: list[str],
    measure: str,
    names: Mapping[str, str],
    labels: Mapping[str, Literal],
) -> dict[str, Any]:
    """The observations laid out as the answers print them: periods as columns, other dimensions as rows."""
    name = lambda n: names.get(str(n), str(n))  # noqa: E731 - a local shorthand
    columns = sorted({name(r[x_dim]) for r in rows if x_dim in r}) if x_dim else [""]
    table: dict[tuple, PivotRow] = {}
    for row in sorted(rows, key=lambda r: [name(r.get(d, "")) for d in row_dims]):
        key = tuple(str(row.get(d, "")) for d in row_dims)
        line = table.setdefault(
            key, PivotRow([ctx.term(row[d], labels) for d in row_dims if d in row], [None] * len(columns))
        )
        value = row.get(measure)
        printed = str(row.get(f"{ctx.vocab}printedValue", "")) or (
            cubes.format_number(cubes.number(value)) if cubes.number(value) is not None else "–"
        )
        if (scale := row.get(f"{ctx.vocab}printedScale")) is not None:  # "2.189.452 (in duizend euro)"
            printed += f" ({scale})"
        column = columns.index(name(row[x_dim])) if x_dim and x_dim in row else 0
        line.cells[column] = (printed, ctx.href(str(row["obs"])))
    laid_out = {
        "row_headers": [ctx.term(URIRef(d), labels) for d in row_dims],
        "columns": columns,
        "x_label": ctx.term(URIRef(x_dim), labels) if x_dim else None,
        "rows": list(table.values()),
    }
    return transposed(laid_out) if len(columns) > max(5, len(table)) else laid_out


def transposed(laid_out: dict[str, Any]) -> dict[str, Any]:
    """Periods as rows when there are many of them and few series (1532: nine years of one amount), so
    the table fits the page's width instead of scrolling sideways."""
    rows: list[PivotRow] = laid_out["rows"]
    x_label = laid_out["x_label"]
    return {
        "row_headers": [x_label] if x_label is not None else [Term("")],
        "columns": [" – ".join(t.text for t in row.label) or "waarde" for row in rows],
        "x_label": None,
        "rows": [PivotRow([Term(column)], [row.cells[i] for row in rows])
                 for i, column in enumerate(laid_out["columns"])],
    }


def csv_url(ctx: Context, iri: str, graph: rdflib.Graph) -> str:
    """The CSV distribution of the dataset, as the catalogue lists it; else the dump's conventional path."""
    rows = ctx.store.select(
        f"PREFIX dcat: <http://www.w3.org/ns/dcat#> PREFIX dct: <{DCTERMS}> SELECT ?url WHERE {{ "
        f"?dataset dcat:distribution ?d . ?d dcat:downloadURL ?url . "
        f"FILTER(STRENDS(STR(?url), '.csv')) "
        f"FILTER(?dataset = <{iri}> || EXISTS {{ ?dataset dct:relation <{iri}> }})"
        f" }} LIMIT 1"
    )
    if rows:
        return local_href(str(rows[0]["url"]), ctx.base)
    return f"/dumps/csv/{iri.rsplit('/', 1)[-1]}.csv"


DCAT = rdflib.Namespace("http://www.w3.org/ns/dcat#")


def temporal_coverage(graph: rdflib.Graph, subject: URIRef) -> dict[str, str]:
    """The catalogue's coverage as an ISO 8601 interval (``2017-06-08/..`` while it is still open)."""
    period = graph.value(subject, DCTERMS.temporal)
    start = graph.value(period, DCAT.startDate) if period is not None else None
    if start is None:
        return {}
    return {"temporalCoverage": f"{start}/{graph.value(period, DCAT.endDate) or '..'}"}


def dataset_schema_org(
    ctx: Context, iri: str, graph: rdflib.Graph, cube: cubes.Cube, names: Mapping[str, str]
) -> dict[str, Any]:
    """schema:Dataset markup with what Google Dataset Search asks for, from the catalogue's entry (the
    page graph holds it) and the cube's components."""
    subject = URIRef(iri)
    places = sorted(str(p) for p in graph.objects(subject, DCTERMS.spatial))
    place_names = fetch_labels(ctx.store, places)
    uris = current_app.extensions["vlaq_uris"]
    return schema_org(
        "Dataset",
        iri,
        best_literal(graph, subject, f"{DCTERMS}title"),
        f"{ctx.base}{ctx.href(iri)}",
        {
            "description": best_literal(graph, subject, f"{DCTERMS}description")
            or best_literal(graph, subject, f"{DCTERMS}title"),
            **({"license": licence} if (licence := licence_of(ctx, iri)) else {}),
            "isAccessibleForFree": True,
            "inLanguage": "nl",
            "keywords": sorted({str(k) for k in graph.objects(subject, DCAT.keyword)}),
            "variableMeasured": [
                {"@type": "PropertyValue", "name": names.get(c, c), "propertyID": {"@id": c}}
                for c in [*cube.measures, *cube.dimensions]
            ],
            "spatialCoverage": [
                {"@type": "Place", "@id": p, "name": str(place_names.get(p, p))} for p in places
            ],
            "includedInDataCatalog": {
                "@type": "DataCatalog",
                "@id": uris.catalog(),
                "name": "vlaq-lod",
                "url": f"{ctx.base}/catalog",
            },
            "creator": {
                "@type": "GovernmentOrganization",
                "name": "Vlaams Parlement",
                "url": "https://www.vlaamsparlement.be/",
            },
            "distribution": [
                {
                    "@type": "DataDownload",
                    "encodingFormat": "text/csv",
                    "contentUrl": f"{ctx.base}{csv_url(ctx, iri, graph)}",
                }
            ],
            **temporal_coverage(graph, subject),
        },
    )


def licence_of(ctx: Context, iri: str) -> str | None:
    """The dataset's licence, else its distributions', else the catalogue's (DCAT-AP puts it in either)."""
    rows = ctx.store.select(
        f"PREFIX dct: <{DCTERMS}> PREFIX dcat: <http://www.w3.org/ns/dcat#> SELECT ?l ?rank WHERE {{ "
        f"{{ <{iri}> dct:license ?l BIND(0 AS ?rank) }} UNION "
        f"{{ <{iri}> dcat:distribution/dct:license ?l BIND(1 AS ?rank) }} UNION "
        f"{{ ?c a dcat:Catalog ; dct:license ?l BIND(2 AS ?rank) }} }} ORDER BY ?rank LIMIT 1"
    )
    return str(rows[0]["l"]) if rows else None


@dataclass
class Headline:
    title: Term
    charts: list[cubes.Chart]


def headline(ctx: Context, dataset: str, labels: Mapping[str, Literal]) -> Headline | None:
    cube = cubes.load_cube(ctx.store, dataset)
    names = {
        i: str(lab)
        for i, lab in fetch_labels(
            ctx.store, {str(v) for d in cube.dimensions for v in cube.values(d)} | set(cube.dimensions)
            | {str(r[UNIT_MEASURE]) for r in cube.rows if UNIT_MEASURE in r}
        ).items()
    }
    x_dim = cubes.time_dimension(cube, names)
    if x_dim is None or not cube.measures:
        return None
    series = [d for d in cube.dimensions if d != x_dim and len(cube.values(d)) > 1]
    title = ctx.term(URIRef(dataset), labels)
    unit = next((names.get(str(r[UNIT_MEASURE]), "") for r in cube.rows if UNIT_MEASURE in r), "")
    charts = cubes.build_charts(
        title.text, cube.rows, x_dim, series, cube.measures[0], names, ctx.href, axis_title(unit),
        names.get(x_dim, "").capitalize()
    )
    return Headline(title, charts) if charts else None
