"""What each page shows, computed once per request as a ``Page`` (graph + template + context).

Every resource gets the generic description (its properties and backlinks, with labels);
questions, datasets and observations add what a reader of those needs (the text with its
figures marked, the table and chart, the quote). The template follows the resource's
``rdf:type``, falling back to ``resource.html``.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from typing import Any

import rdflib
from rdflib import RDF, Literal, URIRef
from rdflib.term import Node

from ..store import Store
from .agents import organisation_context, person_context
from .context import LICENCE, QB, SCHEMA, Context, app_context, page_description, property_rows, schema_org
from .dataset import dataset_context, headline
from .labels import fetch_labels
from .negotiate import Page
from .observation import observation_context
from .question import question_context
from .search import VALUE_PAGES, landing_lists, search_links
from .source import source_context

KEY = re.compile(r"^[A-Za-z0-9._~/-]+$")  # what uris.py mints; anything else cannot be ours
BACKLINK_LIMIT = 300
# things that head a list of questions (/zoeken?minister=...): their pages link to it
LISTED_TYPES = {f"{SCHEMA}Person", "http://www.w3.org/2004/02/skos/core#Concept"}


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


def owners(rows: list[Mapping[str, Node]]) -> list[Mapping[str, Node]]:
    """Backlinks from a node described on another thing's page (an observation's ``#citaat``) are
    shown as links from that thing, once: a reader knows the figure, not its quote's node."""
    seen: dict[tuple[str, str], Mapping[str, Node]] = {}
    for row in rows:
        subject = row["s"]
        if isinstance(subject, URIRef) and "#" in subject and "/id/" in subject:
            row = {**row, "s": URIRef(str(subject).split("#", 1)[0])}
        seen.setdefault((str(row["s"]), str(row["p"])), row)
    return list(seen.values())


def all_iris(graph: rdflib.Graph, rows: list[Mapping[str, Node]]) -> set[str]:
    found = {str(n) for triple in graph for n in triple if isinstance(n, URIRef)}
    found |= {str(n) for row in rows for n in row.values() if isinstance(n, URIRef)}
    return found


def known(key: str) -> bool:
    """Whether the data says anything of ``/id/{key}`` (what ``resource_page`` shows): one indexed
    lookup, so an unknown IRI is a 404 before any redirect or conditional answer."""
    if not KEY.match(key) or ".." in key:
        return False
    ctx = app_context()
    iri = f"<{ctx.base}/id/{key}>"
    return bool(ctx.store.select(f"SELECT ?x WHERE {{ {{ {iri} ?x ?o }} UNION {{ ?x ?p {iri} }} }} LIMIT 1"))


def resource_page(key: str, args: Mapping[str, str], for_people: bool = True) -> Page | None:
    """The page of ``/id/{key}``, a key ``known`` accepted; None when the data says nothing about it
    (a 404). Machines (``for_people=False``) get the description only: no labels, backlinks or
    figures to compute."""
    ctx = app_context()
    iri = f"{ctx.base}/id/{key}"
    url = f"/doc/{key}"
    graph = describe_page_graph(ctx.store, iri)
    backlinks = owners(ctx.store.select(f"SELECT ?s ?p WHERE {{ ?s ?p <{iri}> }} LIMIT {BACKLINK_LIMIT}"))
    if not len(graph) and not backlinks:
        return None
    if not for_people:
        return Page(url, graph)
    subject = URIRef(iri)
    types = {str(t) for t in graph.objects(subject, RDF.type)}
    specific = specific_views(ctx.vocab)
    template, view = next((specific[t] for t in specific if t in types), ("resource.html", None))
    extra = view(ctx, iri, graph, args) if view else {}
    # a view names the IRIs it shows ("label_iris") and the nodes to show as labelled terms ("terms")
    terms = extra.pop("terms", {})
    hidden = set(extra.pop("hidden_properties", ()))  # shown by the view itself (a source's whole text)
    wanted = {*extra.pop("label_iris", ()), *(str(n) for nodes in terms.values() for n in nodes)}
    labels = fetch_labels(ctx.store, all_iris(graph, backlinks) | wanted)
    title = ctx.term(subject, labels)
    fragments = sorted(
        {s for s in graph.subjects() if isinstance(s, URIRef) and str(s).startswith(iri + "#")}
    )
    context = {
        "iri": iri,
        "title": title,
        "types": sorted((ctx.term(URIRef(t), labels) for t in types), key=lambda t: t.text),
        "kind": kind_name(ctx, types, labels),
        "properties": [row for row in property_rows(ctx, graph, subject, labels) if row[0].iri not in hidden],
        "fragments": [(str(f).split("#", 1)[1], property_rows(ctx, graph, f, labels)) for f in fragments],
        "backlinks": sorted(
            ((ctx.term(r["s"], labels), ctx.term(r["p"], labels)) for r in backlinks),
            key=lambda b: (b[1].text, b[0].text),
        ),
        "backlink_limit": BACKLINK_LIMIT,
        "schema_org": schema_org(schema_kind(types), iri, title.text, f"{ctx.base}{url}"),
        "labels_term": lambda node: ctx.term(URIRef(str(node)), labels),
        "meta_description": page_description(graph, subject, title.text),
        "search_links": search_links(iri) if types & LISTED_TYPES else [],
        **extra,
        **{name: [ctx.term(node, labels) for node in nodes] for name, nodes in terms.items()},
    }
    return Page(url, graph, template, context)


def schema_kind(types: set[str]) -> str:
    """The schema.org type a page's markup gives its thing: its own schema.org type (``Person``,
    ``GovernmentOrganization`` ...), the first by name when it has several, else ``Thing``."""
    own = sorted(t.removeprefix(SCHEMA) for t in types if t.startswith(SCHEMA))
    return own[0] if own else "Thing"


def kind_name(ctx: Context, types: set[str], labels: Mapping[str, Literal]) -> str:
    """What the thing is, in a word a reader knows (``antwoorddeel``, ``persoon``): the Dutch label of its
    type in our vocabulary, else of the other types; never a CURIE such as ``schema:Question``."""
    dutch = [(t.startswith(ctx.vocab), str(labels[t])) for t in sorted(types)
             if t in labels and labels[t].language == "nl"]
    own = [name for is_own, name in dutch if is_own]
    names = own or [name for _, name in dutch]
    return " · ".join(dict.fromkeys(names)).capitalize()


def landing_context() -> dict[str, Any]:
    """The headline counts, the largest dataset as headline chart, the newest questions and the ways in:
    a fixed number of rows from the build's search index, so the page is the same size at six questions
    and at 100,000 (it listed every question and dataset before: 2.9 MB at 1M triples)."""
    ctx = app_context()
    counts, newest, largest = landing_lists()
    labels = fetch_labels(ctx.store, [d.iri for d in largest[:1]])
    described = {str(r["ds"]): str(r["d"]) for r in ctx.store.select(
        "PREFIX dct: <http://purl.org/dc/terms/> SELECT ?ds ?d WHERE { VALUES ?ds { "
        + " ".join(f"<{d.iri}>" for d in largest)
        + " } ?ds dct:description ?d FILTER(LANGMATCHES(LANG(?d), 'nl')) }") if largest}
    return {
        "counts": counts,
        "headline": headline(ctx, largest[0].iri, labels) if largest else None,
        "newest": [(hit, ctx.href(hit.iri)) for hit in newest],
        "browse": VALUE_PAGES,
        "schema_org": {
            "@context": "https://schema.org/",
            "@type": "DataCatalog",
            "name": "vlaq-lod",
            "url": f"{ctx.base}/",
            "inLanguage": "nl",
            "license": LICENCE["url"],
            "dataset": [
                {"@type": "Dataset", "@id": d.iri, "name": d.title,
                 "description": described.get(d.iri, d.title), "url": f"{ctx.base}{ctx.href(d.iri)}"}
                for d in largest
            ],
        },
    }


SpecificView = Callable[[Context, str, rdflib.Graph, Mapping[str, str]], dict[str, Any]]


def specific_views(vocab: str) -> dict[str, tuple[str, SpecificView]]:
    """``rdf:type`` -> (template, view adding its context); the first type that matches wins."""
    return {
        f"{vocab}WrittenQuestion": ("question.html", question_context),
        f"{QB}DataSet": ("dataset.html", dataset_context),
        f"{QB}Observation": ("observation.html", observation_context),
        f"{vocab}SourceText": ("source.html", source_context),
        f"{SCHEMA}Person": ("person.html", person_context),
        f"{SCHEMA}GovernmentOrganization": ("organisation.html", organisation_context),
    }
