"""The observation page: the figure as printed, its unit, period and hedge, and the sentence it was read
from, linking back to the very spot in the question's answer.
"""

from __future__ import annotations

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


def figure_title(ctx: Context, printed: Node | None, dataset: Node | None, dims: list[Node]) -> str:
    """What a person would call the figure: ``12 791 969 euro: Kosten ticketverkoop De Lijn, 2014``."""
    labels = fetch_labels(ctx.store, [str(n) for n in [dataset, *dims] if isinstance(n, URIRef)])
    names = [ctx.term(n, labels).text for n in [dataset, *dims] if n is not None]
    return f"{printed or ''}: {', '.join(names)}".strip(": ")


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
    printed = lit(subject, f"{vocab}printedValue") or lit(subject, OBS_VALUE)
    return {
        "citation": citation(ctx, iri, figure_title(ctx, printed, dataset, dims), facts, "cijfer"),
        "source_href": f"{ctx.href(str(source))}#{anchor_of(iri)}" if source is not None else None,
        "value": lit(subject, OBS_VALUE),
        "printed": lit(subject, f"{vocab}printedValue"),
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
            {"value": str(lit(subject, OBS_VALUE) or ""), "observationAbout": str(dataset or "")},
        ),
    }
