"""What each page shows, computed once per request as a ``Page`` (graph + template + context).

Every resource gets the generic description (its properties and backlinks, with labels);
questions, datasets and observations add what a reader of those needs (the text with its
figures marked, the table and chart, the quote). The template follows the resource's
``rdf:type``, falling back to ``resource.html``.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

import rdflib
from flask import current_app
from rdflib import RDF, Literal, URIRef
from rdflib.term import Node

from ..store import Store
from . import cube as cubes
from .highlight import Mark, segments
from .labels import Term, fetch_labels, local_href, term
from .negotiate import Page

KEY = re.compile(r"^[A-Za-z0-9._~/-]+$")  # what uris.py mints; anything else cannot be ours
SCHEMA = "https://schema.org/"
QB = cubes.QB
DCT = "http://purl.org/dc/terms/"
PROV = "http://www.w3.org/ns/prov#"
OA = "http://www.w3.org/ns/oa#"
SDMX_MEASURE = "http://purl.org/linked-data/sdmx/2009/measure#obsValue"
SDMX_UNIT = "http://purl.org/linked-data/sdmx/2009/attribute#unitMeasure"
SDMX_PERIOD = "http://purl.org/linked-data/sdmx/2009/dimension#refPeriod"
BACKLINK_LIMIT = 300
PREDICATE_ORDER = (
    str(RDF.type),
    f"{SCHEMA}name",
    f"{DCT}title",
    "http://www.w3.org/2000/01/rdf-schema#label",
)


@dataclass(frozen=True)
class Context:
    """What every view needs from the app: the store, the URI factory and the prefixes."""

    store: Store
    base: str
    vocab: str
    prefixes: Mapping[str, str]

    def href(self, iri: str) -> str:
        return local_href(current_app.extensions["vlaq_uris"].doc(iri), self.base)

    def term(self, node: Node, labels: Mapping[str, Literal]) -> Term:
        return term(node, labels, self.prefixes, self.base, current_app.extensions["vlaq_uris"].doc)


def app_context() -> Context:
    uris = current_app.extensions["vlaq_uris"]
    return Context(
        current_app.extensions["vlaq_store"], uris.base, uris.vocab, current_app.config["PREFIXES"]
    )


def describe_page_graph(store: Store, iri: str) -> rdflib.Graph:
    """The resource's description plus its hash-fragment nodes (``#citaat``), which live on the same page."""
    graph = store.describe(iri)
    pending = {o for o in graph.objects() if isinstance(o, URIRef) and str(o).startswith(iri + "#")}
    seen: set[Node] = set()
    while pending:
        node = pending.pop()
        seen.add(node)
        part = store.describe(str(node))
        graph += part
        pending |= {
            o
            for o in part.objects()
            if isinstance(o, URIRef) and str(o).startswith(iri + "#") and o not in seen
        }
    return graph


def property_rows(
    ctx: Context, graph: rdflib.Graph, subject: URIRef, labels: Mapping[str, Literal]
) -> list[tuple[Term, list[Term]]]:
    """``(predicate, values)`` of ``subject`` for the properties table, well-known predicates first."""
    grouped: dict[Node, list[Node]] = defaultdict(list)
    for p, o in graph.predicate_objects(subject):
        grouped[p].append(o)
    rows = [
        (
            ctx.term(p, labels),
            sorted((ctx.term(o, labels) for o in objs), key=lambda t: (t.lang or "", t.text)),
        )
        for p, objs in grouped.items()
    ]
    order = {p: i for i, p in enumerate(PREDICATE_ORDER)}
    return sorted(rows, key=lambda r: (order.get(r[0].iri or "", len(order)), r[0].text.lower()))


def all_iris(graph: rdflib.Graph, rows: list[Mapping[str, Node]]) -> set[str]:
    found = {str(n) for triple in graph for n in triple if isinstance(n, URIRef)}
    found |= {str(n) for row in rows for n in row.values() if isinstance(n, URIRef)}
    return found


def schema_org(kind: str, iri: str, name: str, url: str, extra: Mapping[str, Any] = ()) -> dict[str, Any]:
    """The schema.org JSON-LD a page embeds for search engines (``<script type="application/ld+json">``)."""
    return {
        "@context": "https://schema.org/",
        "@type": kind,
        "@id": iri,
        "name": name,
        "url": url,
        **dict(extra),
    }


def resource_page(key: str, args: Mapping[str, str]) -> Page | None:
    """The page of ``/id/{key}``; None when the data says nothing about it (a 404)."""
    if not KEY.match(key) or ".." in key:
        return None
    ctx = app_context()
    iri = f"{ctx.base}/id/{key}"
    url = f"/doc/{key}"
    graph = describe_page_graph(ctx.store, iri)
    backlinks = ctx.store.select(f"SELECT ?s ?p WHERE {{ ?s ?p <{iri}> }} LIMIT {BACKLINK_LIMIT}")
    if not len(graph) and not backlinks:
        return None
    subject = URIRef(iri)
    types = {str(t) for t in graph.objects(subject, RDF.type)}
    specific = specific_views(ctx.vocab)
    template, view = next((specific[t] for t in specific if t in types), ("resource.html", None))
    extra = view(ctx, iri, graph, args) if view else {}
    labels = fetch_labels(ctx.store, all_iris(graph, backlinks) | set(extra.pop("label_iris", ())))
    title = ctx.term(subject, labels)
    fragments = sorted(
        {s for s in graph.subjects() if isinstance(s, URIRef) and str(s).startswith(iri + "#")}
    )
    context = {
        "iri": iri,
        "title": title,
        "types": sorted((ctx.term(URIRef(t), labels) for t in types), key=lambda t: t.text),
        "properties": property_rows(ctx, graph, subject, labels),
        "fragments": [(str(f).split("#", 1)[1], property_rows(ctx, graph, f, labels)) for f in fragments],
        "backlinks": sorted(
            ((ctx.term(r["s"], labels), ctx.term(r["p"], labels)) for r in backlinks),
            key=lambda b: (b[1].text, b[0].text),
        ),
        "backlink_limit": BACKLINK_LIMIT,
        "schema_org": schema_org("Thing", iri, title.text, f"{ctx.base}{url}"),
        "labels_term": lambda node: ctx.term(URIRef(str(node)), labels),
        **extra,
    }
    if "dimension_iris" in extra:
        context["dimensions"] = [ctx.term(v, labels) for v in extra["dimension_iris"]]
    return Page(url, graph, template, context)


def landing_context() -> dict[str, Any]:
    """The counts, the largest dataset as headline chart, and every dataset and question, newest first."""
    ctx = app_context()
    datasets = ctx.store.select(
        f"PREFIX qb: <{QB}> SELECT ?ds (COUNT(?obs) AS ?n) WHERE {{ ?ds a qb:DataSet . "
        f"OPTIONAL {{ ?obs qb:dataSet ?ds }} }} GROUP BY ?ds"
    )
    questions = ctx.store.select(
        f"PREFIX schema: <{SCHEMA}> PREFIX vlaq: <{ctx.vocab}> SELECT ?q ?date WHERE {{ "
        f"?q a vlaq:WrittenQuestion . OPTIONAL {{ ?q schema:dateCreated ?date }} }}"
    )
    labels = fetch_labels(ctx.store, [str(r["ds"]) for r in datasets] + [str(r["q"]) for r in questions])
    counted = sorted(((str(r["ds"]), int(r["n"].toPython())) for r in datasets), key=lambda d: (-d[1], d[0]))
    return {
        "counts": {
            "questions": len(questions),
            "datasets": len(datasets),
            "observations": sum(n for _, n in counted),
        },
        "headline": headline(ctx, counted[0][0], labels) if counted else None,
        "datasets": [(ctx.term(URIRef(ds), labels), n) for ds, n in counted],
        "questions": [
            (ctx.term(r["q"], labels), str(r.get("date", "")))
            for r in sorted(questions, key=lambda r: str(r.get("date", "")), reverse=True)
        ],
        "schema_org": {
            "@context": "https://schema.org/",
            "@type": "DataCatalog",
            "name": "vlaq-lod",
            "url": f"{ctx.base}/",
            "inLanguage": "nl",
            "dataset": [
                {"@type": "Dataset", "@id": ds, "name": str(labels.get(ds, ds))} for ds, _ in counted
            ],
        },
    }


@dataclass
class Headline:
    title: Term
    chart: cubes.Chart


def headline(ctx: Context, dataset: str, labels: Mapping[str, Literal]) -> Headline | None:
    cube = cubes.load_cube(ctx.store, dataset)
    names = {
        i: str(lab)
        for i, lab in fetch_labels(
            ctx.store, {str(v) for d in cube.dimensions for v in cube.values(d)}
        ).items()
    }
    x_dim = cubes.time_dimension(cube, names)
    if x_dim is None or not cube.measures:
        return None
    series = [d for d in cube.dimensions if d != x_dim and len(cube.values(d)) > 1]
    title = ctx.term(URIRef(dataset), labels)
    chart = cubes.build_chart(
        title.text, cube.rows, x_dim, series, cube.measures[0], names, ctx.href, "waarde"
    )
    return Headline(title, chart) if chart else None


# ---- questions ---------------------------------------------------------------------------------


@dataclass
class TextPart:
    """A numbered or lettered part of a question or answer, its text cut into marked segments."""

    iri: str
    position: str
    segments: list
    parts: list[TextPart]


def _position_key(position: str) -> tuple:
    return tuple(int(p) if p.isdigit() else p for p in re.split(r"[-.]", position))


def text_parts(store: Store, whole: str, marks_by_part: Mapping[str, list[Mark]]) -> list[TextPart]:
    """The parts of ``whole`` (``schema:isPartOf``, nested), in printed order, with figures marked."""
    rows = store.select(
        f"PREFIX schema: <{SCHEMA}> SELECT ?part ?parent ?pos ?text WHERE {{ "
        f"?part schema:isPartOf+ <{whole}> ; schema:isPartOf ?parent ; schema:position ?pos . "
        f"OPTIONAL {{ ?part schema:text ?text }} }}"
    )
    children: dict[str, list[Mapping[str, Node]]] = defaultdict(list)
    for row in rows:
        children[str(row["parent"])].append(row)

    def build(parent: str) -> list[TextPart]:
        out = []
        for row in sorted(children.get(parent, []), key=lambda r: _position_key(str(r["pos"]))):
            part = str(row["part"])
            text = str(row.get("text", ""))
            segs, missing = segments(text, marks_by_part.get(part, []))
            nested = build(part)
            if missing and nested:  # a figure read from a part may sit in one of its lettered parts
                for child in nested:
                    child.segments, missing = _remark(child.segments, missing)
            out.append(TextPart(part, str(row["pos"]), segs, nested))
        return out

    return build(whole)


def _remark(segs: list, marks: list[Mark]) -> tuple[list, list[Mark]]:
    text = "".join(s.text for s in segs)
    already = [s.mark for s in segs if s.mark]
    new, missing = segments(text, already + marks)
    return new, missing


def figure_marks(ctx: Context, answer: str) -> dict[str, list[Mark]]:
    """Every figure read from ``answer`` (or its parts), as marks keyed by the part it was read from."""
    rows = ctx.store.select(
        f"PREFIX schema: <{SCHEMA}> PREFIX prov: <{PROV}> PREFIX oa: <{OA}> PREFIX vlaq: <{ctx.vocab}> "
        f"PREFIX qb: <{QB}> SELECT ?obs ?part ?exact ?prefix ?suffix ?printed ?ds WHERE {{ "
        f"?part schema:isPartOf* <{answer}> . ?obs prov:wasDerivedFrom ?part ; "
        f"qb:dataSet ?ds ; vlaq:quote ?q . "
        f"?q oa:hasSelector ?sel . ?sel oa:exact ?exact . OPTIONAL {{ ?sel oa:prefix ?prefix }} "
        f"OPTIONAL {{ ?sel oa:suffix ?suffix }} OPTIONAL {{ ?obs vlaq:printedValue ?printed }} }}"
    )
    marks: dict[str, list[Mark]] = defaultdict(list)
    for row in sorted(rows, key=lambda r: str(r["obs"])):
        obs = str(row["obs"])
        marks[str(row["part"])].append(
            Mark(
                exact=str(row["exact"]),
                prefix=str(row.get("prefix", "")),
                suffix=str(row.get("suffix", "")),
                href=ctx.href(obs),
                title=str(row.get("printed", row["exact"])),
                anchor=anchor_of(obs),
            )
        )
    return marks


def anchor_of(observation: str) -> str:
    """The id of a figure on its question's page: the observation's key, readable and unique."""
    return "fig-" + re.sub(r"[^a-z0-9]+", "-", observation.split("/id/observatie/", 1)[-1].lower()).strip("-")


def question_context(ctx: Context, iri: str, graph: rdflib.Graph, args: Mapping[str, str]) -> dict[str, Any]:
    answer = graph.value(URIRef(iri), URIRef(f"{SCHEMA}acceptedAnswer"))
    marks = figure_marks(ctx, str(answer)) if answer else {}
    answer_parts = text_parts(ctx.store, str(answer), marks) if answer else []
    answer_graph = ctx.store.describe(str(answer)) if answer else rdflib.Graph()
    datasets = (
        ctx.store.select(
            f"PREFIX prov: <{PROV}> PREFIX schema: <{SCHEMA}> PREFIX qb: <{QB}> SELECT DISTINCT ?ds WHERE {{ "
            f"?ds a qb:DataSet ; prov:wasDerivedFrom ?a . ?a schema:isPartOf* <{answer}> }}"
        )
        if answer
        else []
    )
    subject = URIRef(iri)
    figures = sum(len(v) for v in marks.values())
    return {
        "question_parts": text_parts(ctx.store, iri, {}),
        "introduction": str(graph.value(subject, URIRef(f"{SCHEMA}text")) or ""),
        "answer": str(answer) if answer else None,
        "answer_author": answer_graph.value(URIRef(str(answer)), URIRef(f"{SCHEMA}author"))
        if answer
        else None,
        "answer_parts": answer_parts,
        "figure_count": figures,
        "datasets": [str(r["ds"]) for r in datasets],
        "label_iris": [str(r["ds"]) for r in datasets]
        + [str(o) for o in answer_graph.objects() if isinstance(o, URIRef)],
        "schema_org": schema_org(
            "Question",
            iri,
            str(graph.value(subject, URIRef(f"{SCHEMA}name")) or iri),
            f"{ctx.base}{ctx.href(iri)}",
            {
                "text": str(graph.value(subject, URIRef(f"{SCHEMA}text")) or ""),
                "dateCreated": str(graph.value(subject, URIRef(f"{SCHEMA}dateCreated")) or ""),
                "inLanguage": "nl",
            },
        ),
    }


# ---- datasets ----------------------------------------------------------------------------------


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
    measure = cube.measures[0] if cube.measures else SDMX_MEASURE
    unit = next((row[SDMX_UNIT] for row in rows if SDMX_UNIT in row), None)
    unit_name = names.get(str(unit), "") if unit is not None else ""
    subject = URIRef(iri)
    title = _best_literal(graph, subject, f"{DCT}title")
    chart = (
        cubes.build_chart(title, rows, x_dim, series_dims, measure, names, ctx.href, unit_name or "waarde")
        if x_dim
        else None
    )
    return {
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
        "chart": chart,
        "unit": unit_name,
        "observation_count": len(cube.rows),
        "shown_count": len(rows),
        "csv_url": csv_url(ctx, iri, graph),
        "description": _best_literal(graph, subject, f"{DCT}description"),
        "question": question,
        "label_iris": [*labels, *([question] if question else [])],
        "schema_org": dataset_schema_org(ctx, iri, graph, cube, names),
    }


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
        printed = str(row.get(URIRef(f"{ctx.vocab}printedValue"), "")) or (
            cubes.format_number(cubes.number(value)) if cubes.number(value) is not None else "–"
        )
        column = columns.index(name(row[x_dim])) if x_dim and x_dim in row else 0
        line.cells[column] = (printed, ctx.href(str(row["obs"])))
    return {
        "row_headers": [ctx.term(URIRef(d), labels) for d in row_dims],
        "columns": columns,
        "x_label": ctx.term(URIRef(x_dim), labels) if x_dim else None,
        "rows": list(table.values()),
    }


def _best_literal(graph: rdflib.Graph, subject: URIRef, prop: str) -> str:
    values = [o for o in graph.objects(subject, URIRef(prop)) if isinstance(o, Literal)]
    ranked = sorted(values, key=lambda v: {"nl": 0, "en": 1}.get(v.language or "", 2))
    return str(ranked[0]) if ranked else ""


def question_of(ctx: Context, thing: str) -> str | None:
    """The written question a dataset or observation was read from (through its answer or answer part)."""
    rows = ctx.store.select(
        f"PREFIX prov: <{PROV}> PREFIX schema: <{SCHEMA}> SELECT ?q WHERE {{ "
        f"<{thing}> prov:wasDerivedFrom ?a . "
        f"?a schema:isPartOf* ?whole . ?whole schema:parentItem ?q }} LIMIT 1"
    )
    return str(rows[0]["q"]) if rows else None


def csv_url(ctx: Context, iri: str, graph: rdflib.Graph) -> str:
    """The CSV distribution of the dataset, as the catalogue lists it; else the dump's conventional path."""
    rows = ctx.store.select(
        f"PREFIX dcat: <http://www.w3.org/ns/dcat#> PREFIX dct: <{DCT}> SELECT ?url WHERE {{ "
        f"?dataset dcat:distribution ?d . ?d dcat:downloadURL ?url . "
        f"FILTER(STRENDS(STR(?url), '.csv')) "
        f"FILTER(?dataset = <{iri}> || EXISTS {{ ?dataset dct:relation <{iri}> }})"
        f" }} LIMIT 1"
    )
    if rows:
        return local_href(str(rows[0]["url"]), ctx.base)
    return f"/dumps/csv/{iri.rsplit('/', 1)[-1]}.csv"


def dataset_schema_org(
    ctx: Context, iri: str, graph: rdflib.Graph, cube: cubes.Cube, names: Mapping[str, str]
) -> dict[str, Any]:
    """schema:Dataset markup with what Google Dataset Search asks for."""
    subject = URIRef(iri)
    periods = sorted(names.get(str(r.get(SDMX_PERIOD)), "") for r in cube.rows if SDMX_PERIOD in r)
    periods = [p for p in periods if p]
    return schema_org(
        "Dataset",
        iri,
        _best_literal(graph, subject, f"{DCT}title"),
        f"{ctx.base}{ctx.href(iri)}",
        {
            "description": _best_literal(graph, subject, f"{DCT}description")
            or _best_literal(graph, subject, f"{DCT}title"),
            **({"license": licence} if (licence := licence_of(ctx, iri)) else {}),
            "isAccessibleForFree": True,
            "inLanguage": "nl",
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
            **(
                {
                    "temporalCoverage": periods[0]
                    if periods[0] == periods[-1]
                    else f"{periods[0][:4]}/{periods[-1][-4:]}"
                }
                if periods
                else {}
            ),
        },
    )


def licence_of(ctx: Context, iri: str) -> str | None:
    """The dataset's licence, else its distributions', else the catalogue's (DCAT-AP puts it in either)."""
    rows = ctx.store.select(
        f"PREFIX dct: <{DCT}> PREFIX dcat: <http://www.w3.org/ns/dcat#> SELECT ?l ?rank WHERE {{ "
        f"{{ <{iri}> dct:license ?l BIND(0 AS ?rank) }} UNION "
        f"{{ <{iri}> dcat:distribution/dct:license ?l BIND(1 AS ?rank) }} UNION "
        f"{{ ?c a dcat:Catalog ; dct:license ?l BIND(2 AS ?rank) }} }} ORDER BY ?rank LIMIT 1"
    )
    return str(rows[0]["l"]) if rows else None


# ---- observations ------------------------------------------------------------------------------


def dimension_values(ctx: Context, observation: str) -> list[Node]:
    """The observation's dimension values in ``qb:order`` (``2018``, ``telefoon``)."""
    rows = ctx.store.select(
        f"PREFIX qb: <{QB}> SELECT ?v ?order WHERE {{ "
        f"<{observation}> qb:dataSet/qb:structure/qb:component ?c . "
        f"?c qb:dimension ?d . <{observation}> ?d ?v OPTIONAL {{ ?c qb:order ?order }} }}"
    )
    return [r["v"] for r in sorted(rows, key=lambda r: int(r["order"].toPython()) if "order" in r else 999)]


def observation_context(
    ctx: Context, iri: str, graph: rdflib.Graph, args: Mapping[str, str]
) -> dict[str, Any]:
    subject = URIRef(iri)
    vocab = ctx.vocab
    quote = graph.value(subject, URIRef(f"{vocab}quote"))
    selectors = list(graph.objects(quote, URIRef(f"{OA}hasSelector"))) if quote else []
    text_selector = next((s for s in selectors if graph.value(s, URIRef(f"{OA}exact")) is not None), None)
    position = next((s for s in selectors if graph.value(s, URIRef(f"{OA}start")) is not None), None)
    lit = lambda node, prop: graph.value(node, URIRef(prop)) if node is not None else None  # noqa: E731
    question = question_of(ctx, iri)
    dataset = graph.value(subject, URIRef(f"{QB}dataSet"))
    dims = dimension_values(ctx, iri)
    return {
        "value": lit(subject, SDMX_MEASURE),
        "printed": lit(subject, f"{vocab}printedValue"),
        "unit": lit(subject, SDMX_UNIT),
        "period": lit(subject, SDMX_PERIOD),
        "hedge": lit(subject, f"{vocab}hedge"),
        "hedge_text": lit(subject, f"{vocab}hedgeText"),
        "consistency_note": lit(subject, f"{vocab}consistencyNote"),
        "dataset": dataset,
        "exact": lit(text_selector, f"{OA}exact"),
        "prefix": lit(text_selector, f"{OA}prefix"),
        "suffix": lit(text_selector, f"{OA}suffix"),
        "start": lit(position, f"{OA}start"),
        "end": lit(position, f"{OA}end"),
        "source": lit(quote, f"{OA}hasSource"),
        "line": lit(quote, f"{vocab}firstLine"),
        "question": question,
        "figure_href": f"{ctx.href(question)}#{anchor_of(iri)}" if question else None,
        "dimensions": [],  # filled in once labels are known (see resource_page)
        "dimension_iris": dims,
        "label_iris": ([question] if question else []) + [str(d) for d in dims],
        "schema_org": schema_org(
            "Observation",
            iri,
            f"Cijfer {lit(subject, f'{vocab}printedValue') or ''}".strip(),
            f"{ctx.base}{ctx.href(iri)}",
            {"value": str(lit(subject, SDMX_MEASURE) or ""), "observationAbout": str(dataset or "")},
        ),
    }


SpecificView = Callable[[Context, str, rdflib.Graph, Mapping[str, str]], dict[str, Any]]


def specific_views(vocab: str) -> dict[str, tuple[str, SpecificView]]:
    """``rdf:type`` -> (template, view adding its context); the first type that matches wins."""
    return {
        f"{vocab}WrittenQuestion": ("question.html", question_context),
        f"{QB}DataSet": ("dataset.html", dataset_context),
        f"{QB}Observation": ("observation.html", observation_context),
    }
