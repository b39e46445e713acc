"""What every page view shares: the app's store, base and prefixes, the vocabularies' IRIs, and
small helpers (a subject's properties with labels, schema.org markup, the question a thing came from).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

import rdflib
from flask import current_app
from rdflib import RDF, Literal, URIRef
from rdflib.term import Node

# the graph's namespaces, re-exported for the views (one spelling of every IRI in the project)
from ..graph.namespaces import DCTERMS as DCTERMS
from ..graph.namespaces import OA as OA
from ..graph.namespaces import PROV as PROV
from ..graph.namespaces import QB as QB
from ..graph.namespaces import SCHEMA as SCHEMA
from ..graph.namespaces import SDMX_ATTRIBUTE, SDMX_DIMENSION, SDMX_MEASURE
from ..store import Store
from .labels import Term, local_href, term

OBS_VALUE = str(SDMX_MEASURE.obsValue)
UNIT_MEASURE = str(SDMX_ATTRIBUTE.unitMeasure)
REF_PERIOD = str(SDMX_DIMENSION.refPeriod)
PREDICATE_ORDER = (str(RDF.type), f"{SCHEMA}name", f"{DCTERMS}title", str(rdflib.RDFS.label))


# What every page says about itself to people and search engines (base.html): the licence the
# catalogue gives the data (CC0 1.0, graph/catalog.py), and the site's description where a page has none.
LICENCE = {"name": "CC0 1.0 Universeel (publiek domein)",
           "url": "https://creativecommons.org/publicdomain/zero/1.0/deed.nl"}
SITE_DESCRIPTION = ("De schriftelijke vragen van het Vlaams Parlement en elk cijfer uit de antwoorden van de "
                    "Vlaamse ministers, als linked open data, met de zin waaruit het gelezen is.")
DESCRIPTION_PROPERTIES = (f"{SCHEMA}description", f"{DCTERMS}description", f"{SCHEMA}text")


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


def best_literal(graph: rdflib.Graph, subject: URIRef, prop: str) -> str:
    values = [o for o in graph.objects(subject, URIRef(prop)) if isinstance(o, Literal)]
    ranked = sorted(values, key=lambda v: {"nl": 0, "en": 1}.get(v.language or "", 2))
    return str(ranked[0]) if ranked else ""


def page_description(graph: rdflib.Graph, subject: URIRef, title: str) -> str:
    """The meta description of a thing's page: its own description or text, else what it is called."""
    for prop in DESCRIPTION_PROPERTIES:
        text = best_literal(graph, subject, prop)
        if text:
            return text
    return f"{title}: uit de schriftelijke vragen aan de Vlaamse regering, als open data."


def question_of(ctx: Context, thing: str) -> str | None:
    """The written question a dataset or observation was read from (through its answer or answer part)."""
    rows = ctx.store.select(
        f"PREFIX prov: <{PROV}> PREFIX schema: <{SCHEMA}> SELECT ?q WHERE {{ "
        f"<{thing}> prov:wasDerivedFrom ?a . "
        f"?a schema:isPartOf* ?whole . ?whole schema:parentItem ?q }} LIMIT 1"
    )
    return str(rows[0]["q"]) if rows else None
