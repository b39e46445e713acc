"""The source page (``/doc/bron/{file}``): the text an answer was read from, exactly as the build read it,
with every published figure highlighted at the offsets the build checked its quote at (not found again
by searching), so a reader can verify each figure against the words it came from.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import rdflib
from rdflib import URIRef

from .cite import citation, question_facts
from .context import OA, PROV, QB, SCHEMA, Context, schema_org
from .highlight import Mark, Placed, pieces
from .labels import dutch_date
from .question import anchor_of


def placed_figures(ctx: Context, source: str) -> list[tuple[Placed, int]]:
    """Every observation quoting ``source``, at its checked offsets, with the line its quote starts on."""
    rows = ctx.store.select(
        f"PREFIX oa: <{OA}> PREFIX qb: <{QB}> PREFIX vlaq: <{ctx.vocab}> "
        f"SELECT ?obs ?start ?end ?line ?printed WHERE {{ "
        f"?obs a qb:Observation ; vlaq:quote ?q . ?q oa:hasSource <{source}> ; oa:hasSelector ?pos . "
        f"?pos oa:start ?start ; oa:end ?end . OPTIONAL {{ ?q vlaq:firstLine ?line }} "
        f"OPTIONAL {{ ?obs vlaq:printedValue ?printed }} }}"
    )
    found = []
    for row in rows:
        obs = str(row["obs"])
        printed = str(row.get("printed", ""))
        mark = Mark("", "", "", ctx.href(obs), printed, anchor_of(obs), printed)
        line = int(row["line"].toPython()) if "line" in row else 0
        found.append((Placed(int(row["start"].toPython()), int(row["end"].toPython()), mark), line))
    return sorted(found, key=lambda f: (f[0].start, f[0].end, f[0].mark.anchor))


def source_context(ctx: Context, iri: str, graph: rdflib.Graph, args: Mapping[str, str]) -> dict[str, Any]:
    subject = URIRef(iri)
    text = str(graph.value(subject, URIRef(f"{SCHEMA}text")) or "")
    figures = placed_figures(ctx, iri)
    numbers = {p.mark.anchor: i for i, (p, _) in enumerate(figures, 1)}
    questions = ctx.store.select(
        f"PREFIX prov: <{PROV}> PREFIX vlaq: <{ctx.vocab}> SELECT ?q WHERE {{ "
        f"?q a vlaq:WrittenQuestion ; prov:wasDerivedFrom <{iri}> }} LIMIT 1"
    )
    question = str(questions[0]["q"]) if questions else None
    facts = question_facts(ctx, question) if question else None
    name = str(graph.value(subject, URIRef(f"{SCHEMA}name")) or iri)
    return {
        "source_text": pieces(text, [p for p, _ in figures]),
        "figure_numbers": numbers,
        "figures": [(numbers[p.mark.anchor], p, line) for p, line in figures],
        "question": question,
        "facts": facts,
        "asked": dutch_date(facts.asked) if facts else "",
        "answered": dutch_date(facts.answered) if facts and facts.answered is not None else "",
        "citation": citation(ctx, iri, f"Brontekst {name}", facts, "bron") if facts else None,
        "hidden_properties": [f"{SCHEMA}text"],
        "label_iris": [question] if question else [],
        "schema_org": schema_org("DigitalDocument", iri, name, f"{ctx.base}{ctx.href(iri)}",
                                 {"encodingFormat": "text/plain", "inLanguage": "nl"}),
    }
