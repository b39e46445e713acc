"""The question page: the question and the answer as printed, each published figure marked in the
answer's text and linked to its observation (``highlight.py`` finds the quotes).
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from typing import Any

import rdflib
from rdflib import Literal, URIRef
from rdflib.term import Node

from ..store import Store
from .context import OA, PROV, QB, SCHEMA, Context, schema_org
from .highlight import Mark, Segment, segments


@dataclass
class TextPart:
    """A numbered or lettered part of a question or answer, its text cut into marked segments."""

    iri: str
    position: str
    segments: list[Segment]
    parts: list[TextPart]


def _position_key(position: str) -> tuple[int, str]:
    """``1-2``, ``1 en 2`` and ``10`` sort as printed (by their first number, as a number); letters
    (``a``, ``b``) and an unnumbered answer (``geheel``) by their label."""
    first = re.search(r"\d+", position)
    return (int(first[0]) if first else 0, position)


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


def _remark(segs: list[Segment], marks: list[Mark]) -> tuple[list[Segment], list[Mark]]:
    """``segs`` marked again with the figures not found in the parent part's text."""
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
                figure=str(row.get("printed", "")),
            )
        )
    return marks


def anchor_of(observation: str) -> str:
    """The id of a figure on its question's page: the observation's key, readable and unique."""
    return "fig-" + re.sub(r"[^a-z0-9]+", "-", observation.split("/id/observatie/", 1)[-1].lower()).strip("-")


MONTHS = (
    "januari",
    "februari",
    "maart",
    "april",
    "mei",
    "juni",
    "juli",
    "augustus",
    "september",
    "oktober",
    "november",
    "december",
)


def dutch_date(value: Node | None) -> str:
    """``2022-04-26`` -> ``26 april 2022``, as the documents print dates."""
    day = value.toPython() if isinstance(value, Literal) else None
    return f"{day.day} {MONTHS[day.month - 1]} {day.year}" if isinstance(day, date) else str(value or "")


def part_iris(parts: list[TextPart]) -> list[str]:
    """Every part and lettered part of a tree, depth first."""
    return [iri for p in parts for iri in (p.iri, *part_iris(p.parts))]


def derived_datasets(store: Store, sources: list[str]) -> list[Mapping[str, Node]]:
    """The datasets derived from any of ``sources``.

    The answer's parts are already known, so they are given as ``VALUES``: matching
    ``schema:isPartOf*`` from every dataset instead took ~90 ms at 1M triples, against
    under 1 ms this way (measured on the 1M-triple archive of bench/archive.py)."""
    values = " ".join(f"<{iri}>" for iri in sources)
    return store.select(
        f"PREFIX prov: <{PROV}> PREFIX qb: <{QB}> SELECT DISTINCT ?ds WHERE {{ "
        f"VALUES ?a {{ {values} }} ?ds prov:wasDerivedFrom ?a ; a qb:DataSet }} ORDER BY ?ds"
    )


def placed(parts: list[TextPart]) -> int:
    """How many figures were found and marked in ``parts`` (and their lettered parts)."""
    return sum(sum(1 for seg in p.segments if seg.mark) + placed(p.parts) for p in parts)


def question_context(ctx: Context, iri: str, graph: rdflib.Graph, args: Mapping[str, str]) -> dict[str, Any]:
    subject = URIRef(iri)
    value = lambda prop: graph.value(subject, URIRef(prop))  # noqa: E731 - a local shorthand
    answer = value(f"{SCHEMA}acceptedAnswer")
    marks = figure_marks(ctx, str(answer)) if answer else {}
    answer_parts = text_parts(ctx.store, str(answer), marks) if answer else []
    answer_graph = ctx.store.describe(str(answer)) if answer else rdflib.Graph()
    preamble = str(answer_graph.value(URIRef(str(answer)), URIRef(f"{SCHEMA}text")) or "") if answer else ""
    preamble_segments, _ = segments(preamble, marks.get(str(answer), []))
    datasets = derived_datasets(ctx.store, [str(answer), *part_iris(answer_parts)]) if answer else []
    return {
        "number": value(f"{ctx.vocab}questionNumber"),
        "year": value(f"{ctx.vocab}parliamentaryYear"),
        "date": dutch_date(value(f"{SCHEMA}dateCreated")),
        "terms": {
            "askers": list(graph.objects(subject, URIRef(f"{SCHEMA}author"))),
            "addressees": list(graph.objects(subject, URIRef(f"{ctx.vocab}addressee"))),
        },
        "question_parts": text_parts(ctx.store, iri, {}),
        "introduction": str(value(f"{SCHEMA}text") or ""),
        "answer": str(answer) if answer else None,
        "answer_author": answer_graph.value(URIRef(str(answer)), URIRef(f"{SCHEMA}author"))
        if answer
        else None,
        "answer_preamble": preamble_segments if preamble else [],
        "answer_parts": answer_parts,
        "figure_count": placed(answer_parts) + sum(1 for seg in preamble_segments if seg.mark),
        "datasets": [str(r["ds"]) for r in datasets],
        "label_iris": [str(r["ds"]) for r in datasets]
        + [str(o) for o in answer_graph.objects() if isinstance(o, URIRef)],
        "schema_org": schema_org(
            "Question",
            iri,
            str(value(f"{SCHEMA}name") or iri),
            f"{ctx.base}{ctx.href(iri)}",
            {
                "text": str(value(f"{SCHEMA}text") or ""),
                "dateCreated": str(value(f"{SCHEMA}dateCreated") or ""),
                "inLanguage": "nl",
            },
        ),
    }
