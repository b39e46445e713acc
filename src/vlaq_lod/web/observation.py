"""The observation page: the figure as printed, its unit, period and hedge, and the sentence it was read
from, linking back to the very spot in the question's answer.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any

import rdflib
from rdflib import URIRef
from rdflib.term import Node

from .cite import citation, question_facts
from .context import OA, OBS_VALUE, QB, REF_PERIOD, UNIT_MEASURE, Context, question_of, schema_org
from .labels import fetch_labels
from .question import anchor_of


def dimension_values(ctx: Context, observation: str) -> list[Node]:
    """The observation's dimension values in ``qb:order`` (``2018``, ``telefoon``)."""
    rows = ctx.store.select(
        f"PREFIX qb: <{QB}> SELECT ?v ?order WHERE {{ "
        f"<{observation}> qb:dataSet/qb:structure/qb:component ?c . "
        f"?c qb:dimension ?d . <{observation}> ?d ?v OPTIONAL {{ ?c qb:order ?order }} }}"
    )
    ordered = sorted(rows, key=lambda r: int(r["order"].toPython()) if "order" in r else 999)
    return list(dict.fromkeys(r["v"] for r in ordered))  # a DSD shared by datasets may repeat a component


def figure_title(
    ctx: Context, figure: str, dataset: Node | None, dims: list[Node], period: Node | None
) -> str:
    """What a person would call the figure: ``49.531 – Contacten met 1700 (chat) in 2021``: the number as
    printed (with its hedge and unit), what it counts (the dataset's subject without its "per ..." and
    without the table's "Tabel 1 uit ...:" preamble), the other dimensions, then the period."""
    labels = fetch_labels(ctx.store, [str(n) for n in [dataset, *dims] if isinstance(n, URIRef)])
    name = lambda node: ctx.term(node, labels).text  # noqa: E731 - a local shorthand
    subject = name(dataset).rsplit(": ", 1)[-1] if dataset is not None else ""
    subject = re.split(r" per | ten opzichte van ", subject, maxsplit=1)[0]
    others = [name(d) for d in dims if d != period]
    title = f"{figure} – {subject}" if subject else figure
    if others:
        title += f" ({', '.join(others)})"
    if period is not None:
        when = name(period)
        title += f" in {when}" if when[:1].isdigit() else f", {when}"
    return title


def printed_figure(ctx: Context, graph: rdflib.Graph, subject: URIRef) -> str:
    """``iets minder dan 70.000``, ``2.172.914,56 euro``, ``2.189.452 (in duizend euro)``: the figure as
    printed, with its hedge, the scale its table prints once, and its unit when the printed value does not
    carry one and the unit is money."""
    value = graph.value(subject, URIRef(f"{ctx.vocab}printedValue"))
    value = value if value is not None else graph.value(subject, URIRef(OBS_VALUE))
    hedge = graph.value(subject, URIRef(f"{ctx.vocab}hedgeText"))
    text = f"{hedge} {value}" if hedge else str(value or "")
    if (scale := graph.value(subject, URIRef(f"{ctx.vocab}printedScale"))) is not None:
        text += f" ({scale})"
    unit = graph.value(subject, URIRef(UNIT_MEASURE))
    if unit is not None and str(unit).endswith("/eenheid/euro") and "euro" not in text and "€" not in text:
        text += " euro"
    return text


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
    source = lit(quote, f"{OA}hasSource")
    facts = question_facts(ctx, question) if question else None
    title = figure_title(ctx, printed_figure(ctx, graph, subject), dataset, dims, lit(subject, REF_PERIOD))
    return {
        "figure_title": title,
        "citation": citation(ctx, iri, title, facts, "cijfer"),
        "source_href": f"{ctx.href(str(source))}#{anchor_of(iri)}" if source is not None else None,
        "value": lit(subject, OBS_VALUE),
        "printed": lit(subject, f"{vocab}printedValue"),
        "scale": lit(subject, f"{vocab}printedScale"),
        "scale_power": lit(subject, f"{vocab}scalePower"),
        "unit": lit(subject, UNIT_MEASURE),
        "period": lit(subject, REF_PERIOD),
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
        "terms": {"dimensions": dims},
        "label_iris": [question] if question else [],
        "schema_org": schema_org(
            "Observation",
            iri,
            f"Cijfer {lit(subject, f'{vocab}printedValue') or ''}".strip(),
            f"{ctx.base}{ctx.href(iri)}",
            {"value": str(lit(subject, OBS_VALUE) or ""),
             **({"observationAbout": {"@type": "Dataset", "@id": str(dataset)}} if dataset else {})},
        ),
    }
