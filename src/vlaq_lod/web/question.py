"""The question page: the question and the answer as printed, each published figure marked in the
answer's text and linked to its observation (``highlight.py`` finds the quotes).
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any, TypeVar

import rdflib
from rdflib import URIRef
from rdflib.term import Node

from ..store import Store
from .cite import citation, question_facts
from .context import OA, PROV, QB, SCHEMA, Context, schema_org
from .highlight import Mark, Segment, segments
from .labels import dutch_date
from .reflow import Block, reflow

T = TypeVar("T")


@dataclass(frozen=True)
class UnreadNote:
    """Figures of a part that were not read (a row two readings fit, a table without a period)."""

    printed: str
    reason: str


@dataclass
class TextPart:
    """A numbered or lettered part of a question or answer, its text cut into marked segments."""

    iri: str
    position: str
    segments: list[Segment]
    parts: list[TextPart]
    unread: list[UnreadNote] = field(default_factory=list)

    @property
    def blocks(self) -> list[Block]:
        """The text reflowed: paragraphs joined, printed tables as tables (``reflow.py``)."""
        return reflow(self.segments)


def unread_notes(ctx: Context, answer: str) -> dict[str, list[UnreadNote]]:
    """The rows of ``answer`` whose figures were not read, keyed by the part they were printed in."""
    pattern = ("?u a vlaq:UnreadFigures ; prov:wasDerivedFrom ?part ; vlaq:printedText ?p ; "
               "vlaq:unreadReason ?r")
    return per_part(ctx, answer, pattern, "u", lambda row: UnreadNote(str(row["p"]), str(row["r"])))


def per_part(ctx: Context, answer: str, pattern: str, key: str,
             item: Callable[[Mapping[str, Node]], T]) -> dict[str, list[T]]:
    """``item(row)`` for each solution of ``pattern`` in a part of ``answer`` (``?part``), keyed by the
    part, in the order of ``?{key}``."""
    rows = ctx.store.select(
        f"PREFIX schema: <{SCHEMA}> PREFIX prov: <{PROV}> PREFIX oa: <{OA}> PREFIX vlaq: <{ctx.vocab}> "
        f"PREFIX qb: <{QB}> SELECT * WHERE {{ ?part schema:isPartOf* <{answer}> . {pattern} }}"
    )
    out: dict[str, list[T]] = defaultdict(list)
    for row in sorted(rows, key=lambda r: str(r[key])):
        out[str(row["part"])].append(item(row))
    return out


def attach_unread(parts: list[TextPart], notes: Mapping[str, list[UnreadNote]]) -> None:
    """Give each part (and lettered part) the notes of the rows printed in it."""
    for part in parts:
        part.unread = list(notes.get(part.iri, []))
        attach_unread(part.parts, notes)


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
    pattern = ("?obs prov:wasDerivedFrom ?part ; qb:dataSet ?ds ; vlaq:quote ?q . "
               "?q oa:hasSelector ?sel . ?sel oa:exact ?exact . OPTIONAL { ?sel oa:prefix ?prefix } "
               "OPTIONAL { ?sel oa:suffix ?suffix } OPTIONAL { ?obs vlaq:printedValue ?printed }")
    return per_part(ctx, answer, pattern, "obs", lambda row: Mark(
        exact=str(row["exact"]),
        prefix=str(row.get("prefix", "")),
        suffix=str(row.get("suffix", "")),
        href=ctx.href(str(row["obs"])),
        title=str(row.get("printed", row["exact"])),
        anchor=anchor_of(str(row["obs"])),
        figure=str(row.get("printed", "")),
    ))


def anchor_of(observation: str) -> str:
    """The id of a figure on its question's page: the observation's key, readable and unique."""
    return "fig-" + re.sub(r"[^a-z0-9]+", "-", observation.split("/id/observatie/", 1)[-1].lower()).strip("-")


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
    attach_unread(answer_parts, unread_notes(ctx, str(answer)) if answer else {})
    answer_graph = ctx.store.describe(str(answer)) if answer else rdflib.Graph()
    preamble = str(answer_graph.value(URIRef(str(answer)), URIRef(f"{SCHEMA}text")) or "") if answer else ""
    preamble_segments, _ = segments(preamble, marks.get(str(answer), []))
    datasets = derived_datasets(ctx.store, [str(answer), *part_iris(answer_parts)]) if answer else []
    facts = question_facts(ctx, iri)
    return {
        "citation": citation(ctx, iri, facts.title, facts, "vraag") if facts else None,
        "facts": facts,
        "answered": dutch_date(facts.answered) if facts and facts.answered is not None else "",
        "source": value(str(PROV.wasDerivedFrom)),
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
        "figure_count": sum(len(m) for m in marks.values()),
        "unplaced_count": sum(len(m) for m in marks.values()) - placed(answer_parts)
        - sum(1 for seg in preamble_segments if seg.mark),
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
