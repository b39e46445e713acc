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
LIST_LIMIT = 100  # a page lists this many questions or places; the rest is one SPARQL query away


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
        f"{{ ?q schema:author <{person}> ; a vlaq:WrittenQuestion BIND('gesteld' AS ?how) }} UNION "
        f"{{ ?q vlaq:addressee <{person}> BIND('gericht aan' AS ?how) }} UNION "
        f"{{ ?answer schema:author <{person}> ; schema:parentItem ?q BIND('beantwoord' AS ?how) }} "
        f"OPTIONAL {{ ?q schema:dateCreated ?date }} "
        f"}} ORDER BY DESC(?date) LIMIT {3 * LIST_LIMIT}"
    )
    listed = [Listed(str(r["q"]), str(r["how"]), dutch_date(r.get("date")), str(r.get("date", "")))
              for r in rows]
    by_question: dict[str, Listed] = {}
    for item in sorted(listed, key=lambda i: ("gesteld", "beantwoord", "gericht aan").index(i.part)):
        by_question.setdefault(item.question, item)  # answered says more than addressed
    return sorted(by_question.values(), key=lambda i: (i.sort_date, i.question), reverse=True)[:LIST_LIMIT]


def person_context(ctx: Context, iri: str, graph: rdflib.Graph, args: Mapping[str, str]) -> dict[str, Any]:
    listed = questions_of(ctx, iri)
    name = str(graph.value(URIRef(iri), URIRef(f"{SCHEMA}name")) or "")
    return {
        "roles": roles(ctx, iri),
        "listed": listed,
        "list_limit": LIST_LIMIT,
        "label_iris": [i.question for i in listed],
        "schema_org": schema_org("Person", iri, name, f"{ctx.base}{ctx.href(iri)}"),
    }


def organisation_context(
    ctx: Context, iri: str, graph: rdflib.Graph, args: Mapping[str, str]
) -> dict[str, Any]:
    """Its names, where the answers name it (the quotes), and the figures read from those answers.

    The places that mention it are asked first (the organisation is bound), then the figures only under
    those places (bound by ``VALUES``): asking it in one query let the store join every observation with
    every part first, 50 s at 200,000 triples."""
    subject = URIRef(iri)
    places = [str(r["m"]) for r in ctx.store.select(
        f"PREFIX schema: <{SCHEMA}> SELECT DISTINCT ?m WHERE {{ ?m schema:mentions <{iri}> }} "
        f"LIMIT {LIST_LIMIT}"
    )]
    values = " ".join(f"<{m}>" for m in places)
    mentions = ctx.store.select(
        f"PREFIX schema: <{SCHEMA}> PREFIX vlaq: <{ctx.vocab}> SELECT DISTINCT ?q WHERE {{ "
        f"{{ VALUES ?where {{ {values} }} ?where a vlaq:WrittenQuestion BIND(?where AS ?q) }} UNION "
        f"{{ VALUES ?where {{ {values} }} ?where schema:isPartOf* ?whole . ?whole schema:parentItem ?q }} "
        f"UNION {{ VALUES ?where {{ {values} }} ?where schema:isPartOf+ ?q . ?q a vlaq:WrittenQuestion }} }}"
    ) if places else []
    questions = sorted({str(r["q"]) for r in mentions})
    figures = ctx.store.select(
        f"PREFIX schema: <{SCHEMA}> PREFIX prov: <{PROV}> PREFIX qb: <{QB}> PREFIX vlaq: <{ctx.vocab}> "
        f"SELECT DISTINCT ?obs ?printed ?ds WHERE {{ VALUES ?m {{ {values} }} "
        f"{{ ?p schema:isPartOf* ?m }} UNION {{ ?a schema:parentItem ?m . ?p schema:isPartOf* ?a }} "
        f"?obs prov:wasDerivedFrom ?p ; qb:dataSet ?ds . OPTIONAL {{ ?obs vlaq:printedValue ?printed }} }} "
        f"LIMIT 200"
    ) if places else []
    quotes = [str(q) for q in graph.objects(subject, URIRef(f"{ctx.vocab}quote"))]
    exact = [
        str(o) for q in quotes for sel in graph.objects(URIRef(q), URIRef(f"{OA}hasSelector"))
        for o in graph.objects(sel, URIRef(f"{OA}exact"))
    ]
    name = str(graph.value(subject, URIRef(f"{SCHEMA}name")) or "")
    return {
        "alternate_names": sorted(str(o) for o in graph.objects(subject, URIRef(f"{SCHEMA}alternateName"))),
        "quotes": sorted(exact)[:10],
        "questions": questions,
        "list_limit": LIST_LIMIT,
        "figures": sorted(((str(r["obs"]), str(r.get("printed", "")), str(r["ds"])) for r in figures),
                          key=lambda f: (f[2], f[0])),
        "label_iris": questions + [str(r["ds"]) for r in figures],
        "schema_org": schema_org("GovernmentOrganization", iri, name, f"{ctx.base}{ctx.href(iri)}"),
    }
