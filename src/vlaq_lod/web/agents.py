"""Pages for the people and organisations the questions name: who they are (a minister's titles as
printed and the dates the documents show them in office), what they asked or answered, and which
published figures come from answers that name an organisation.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

import rdflib
from rdflib import URIRef

from .context import OA, PROV, QB, SCHEMA, Context, schema_org
from .labels import dutch_date

ORG = "http://www.w3.org/ns/org#"


@dataclass(frozen=True)
class Role:
    title: str  # as printed in the documents' headers
    first: str  # the earliest and latest date a document shows the person with this title
    last: str


@dataclass(frozen=True)
class Listed:
    """A question in a person's or organisation's list: how they took part, its date, its title."""

    question: str
    part: str  # "gesteld", "gericht aan", "beantwoord"
    date: str
    sort_date: str


def roles(ctx: Context, person: str) -> list[Role]:
    rows = ctx.store.select(
        f"PREFIX org: <{ORG}> PREFIX vlaq: <{ctx.vocab}> "
        f"SELECT ?title (MIN(?d) AS ?first) (MAX(?d) AS ?last) WHERE {{ "
        f"?role org:member <{person}> ; vlaq:printedTitle ?title . "
        f"OPTIONAL {{ ?role vlaq:attestedOn ?d }} }} GROUP BY ?title ORDER BY DESC(?last)"
    )
    return [Role(str(r["title"]), dutch_date(r.get("first")), dutch_date(r.get("last"))) for r in rows]


def questions_of(ctx: Context, person: str) -> list[Listed]:
    """Questions the person asked, was asked, or answered, newest first."""
    rows = ctx.store.select(
        f"PREFIX schema: <{SCHEMA}> PREFIX vlaq: <{ctx.vocab}> SELECT DISTINCT ?q ?how ?date WHERE {{ "
        f"?q a vlaq:WrittenQuestion . OPTIONAL {{ ?q schema:dateCreated ?date }} "
        f"{{ ?q schema:author <{person}> BIND('gesteld' AS ?how) }} UNION "
        f"{{ ?q vlaq:addressee <{person}> BIND('gericht aan' AS ?how) }} UNION "
        f"{{ ?q schema:acceptedAnswer/schema:author <{person}> "
        f"BIND('beantwoord' AS ?how) }} }}"
    )
    listed = [Listed(str(r["q"]), str(r["how"]), dutch_date(r.get("date")), str(r.get("date", "")))
              for r in rows]
    by_question: dict[str, Listed] = {}
    for item in sorted(listed, key=lambda i: ("gesteld", "beantwoord", "gericht aan").index(i.part)):
        by_question.setdefault(item.question, item)  # answered says more than addressed
    return sorted(by_question.values(), key=lambda i: (i.sort_date, i.question), reverse=True)


def person_context(ctx: Context, iri: str, graph: rdflib.Graph, args: Mapping[str, str]) -> dict[str, Any]:
    listed = questions_of(ctx, iri)
    name = str(graph.value(URIRef(iri), URIRef(f"{SCHEMA}name")) or "")
    return {
        "roles": roles(ctx, iri),
        "listed": listed,
        "label_iris": [i.question for i in listed],
        "schema_org": schema_org("Person", iri, name, f"{ctx.base}{ctx.href(iri)}"),
    }


def organisation_context(
    ctx: Context, iri: str, graph: rdflib.Graph, args: Mapping[str, str]
) -> dict[str, Any]:
    """Its names, where the answers name it (the quotes), and the figures read from those answers."""
    subject = URIRef(iri)
    mentions = ctx.store.select(
        f"PREFIX schema: <{SCHEMA}> PREFIX vlaq: <{ctx.vocab}> SELECT DISTINCT ?where ?q WHERE {{ "
        f"?where schema:mentions <{iri}> . "
        f"{{ ?where a vlaq:WrittenQuestion BIND(?where AS ?q) }} UNION "
        f"{{ ?where schema:isPartOf* ?whole . ?whole schema:parentItem ?q }} UNION "
        f"{{ ?where schema:isPartOf+ ?q . ?q a vlaq:WrittenQuestion }} }}"
    )
    questions = sorted({str(r["q"]) for r in mentions})
    figures = ctx.store.select(
        f"PREFIX schema: <{SCHEMA}> PREFIX prov: <{PROV}> PREFIX qb: <{QB}> PREFIX vlaq: <{ctx.vocab}> "
        f"SELECT DISTINCT ?obs ?printed ?ds WHERE {{ ?m schema:mentions <{iri}> . "
        f"?obs a qb:Observation ; qb:dataSet ?ds ; prov:wasDerivedFrom ?p . "
        f"OPTIONAL {{ ?obs vlaq:printedValue ?printed }} "
        f"{{ ?p schema:isPartOf* ?m }} UNION {{ ?p schema:isPartOf* ?a . ?a schema:parentItem ?m }} }} "
        f"ORDER BY ?ds ?obs LIMIT 200"
    )
    quotes = [str(q) for q in graph.objects(subject, URIRef(f"{ctx.vocab}quote"))]
    exact = [
        str(o) for q in quotes for sel in graph.objects(URIRef(q), URIRef(f"{OA}hasSelector"))
        for o in graph.objects(sel, URIRef(f"{OA}exact"))
    ]
    name = str(graph.value(subject, URIRef(f"{SCHEMA}name")) or "")
    return {
        "alternate_names": sorted(str(o) for o in graph.objects(subject, URIRef(f"{SCHEMA}alternateName"))),
        "quotes": sorted(exact),
        "questions": questions,
        "figures": [(str(r["obs"]), str(r.get("printed", "")), str(r["ds"])) for r in figures],
        "label_iris": questions + [str(r["ds"]) for r in figures],
        "schema_org": schema_org("GovernmentOrganization", iri, name, f"{ctx.base}{ctx.href(iri)}"),
    }
