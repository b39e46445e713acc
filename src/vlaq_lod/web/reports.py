"""Pages that speak for the build's own documents: the validation report (conforms or not, counts, every
result with its focus node as a link), the catalogue (the datasets first, each distribution named by what it
holds) and the event stream (its members as a list), each computed from the RDF the route serves.
"""

from __future__ import annotations

from collections import Counter
from typing import Any

import rdflib
from flask import current_app
from rdflib import RDF, Literal, URIRef
from rdflib.term import Node

from .context import DCTERMS, Context, app_context, best_literal
from .labels import fetch_labels
from .negotiate import Page

SH = rdflib.SH
DCAT = rdflib.Namespace("http://www.w3.org/ns/dcat#")
TREE = rdflib.Namespace("https://w3id.org/tree#")
QB = rdflib.Namespace("http://purl.org/linked-data/cube#")
SEVERITY_NL = {str(SH.Violation): "overtreding", str(SH.Warning): "waarschuwing", str(SH.Info): "opmerking"}


def markup(ctx: Context, url: str, title: str, intro: str, kind: str) -> dict[str, Any]:
    return {"@context": "https://schema.org/", "@type": kind, "name": title, "description": intro,
            "url": f"{ctx.base}{url}", "inLanguage": "nl"}


def validation_page(url: str, graph: rdflib.Graph, title: str, intro: str, kind: str = "WebPage") -> Page:
    """The SHACL report: whether the build conforms, how many results of each severity, and each result
    (focus node linked to its page, path, value, message)."""
    ctx = app_context()
    report = next(graph.subjects(RDF.type, SH.ValidationReport), None)
    conforms = graph.value(report, SH.conforms) if report is not None else None
    results = list(graph.objects(report, SH.result)) if report is not None else []
    nodes = {str(n) for r in results for p in (SH.focusNode, SH.resultPath)
             if isinstance(n := graph.value(r, p), URIRef)}
    labels = fetch_labels(ctx.store, nodes)
    rows = sorted(
        (
            {
                "severity": SEVERITY_NL.get(str(graph.value(r, SH.resultSeverity)), "resultaat"),
                "focus": term_or_text(ctx, graph.value(r, SH.focusNode), labels),
                "path": term_or_text(ctx, graph.value(r, SH.resultPath), labels),
                "value": str(graph.value(r, SH.value) or ""),
                "message": best_message(graph, r),
            }
            for r in results
        ),
        key=lambda row: (row["severity"], row["focus"].text),
    )
    return Page(url, graph, "validation.html", {
        "title": title, "intro": intro, "conforms": bool(conforms.toPython()) if isinstance(conforms, Literal)
        else None, "counts": sorted(Counter(r["severity"] for r in rows).items()), "results": rows,
        "schema_org": markup(ctx, url, title, intro, kind),
    })


def term_or_text(ctx: Context, node: Node | None, labels):
    return ctx.term(node, labels) if node is not None else ctx.term(Literal("–"), labels)


def best_message(graph: rdflib.Graph, result: Node) -> str:
    messages = [m for m in graph.objects(result, SH.resultMessage) if isinstance(m, Literal)]
    ranked = sorted(messages, key=lambda m: {"nl": 0, "en": 1}.get(m.language or "", 2))
    return str(ranked[0]) if ranked else ""


def catalog_page(url: str, graph: rdflib.Graph, title: str, intro: str, kind: str = "DataCatalog") -> Page:
    """The catalogue as a reader needs it: each dataset with its description and its files, a file named by
    what it holds ("CSV: Contacten met 1700 …"), then the whole corpus's dumps and the SPARQL service."""
    ctx = app_context()
    corpus = current_app.extensions["vlaq_uris"].catalog("corpus")  # the whole archive, with the dumps

    def files(dataset: Node, name: str) -> list[dict[str, str]]:
        out = []
        for dist in sorted(graph.objects(dataset, DCAT.distribution)):
            label = best_literal(graph, dist, str(DCTERMS.title)) or "bestand"
            target = graph.value(dist, DCAT.downloadURL) or graph.value(dist, DCAT.accessURL)
            out.append({"name": f"{label}: {name}", "format": label,
                        "href": ctx.href(str(target)) if target is not None else ctx.href(str(dist)),
                        "iri": str(dist)})
        return out

    datasets = []
    for ds in graph.subjects(RDF.type, DCAT.Dataset):
        name = best_literal(graph, ds, str(DCTERMS.title))
        datasets.append({"name": name, "href": ctx.href(str(ds)),
                         "description": best_literal(graph, ds, str(DCTERMS.description)),
                         "files": files(ds, name), "whole": str(ds) == corpus})
    parts = sorted((d for d in datasets if not d["whole"]), key=lambda d: d["name"])
    whole = [d for d in datasets if d["whole"]]
    services = [{"name": best_literal(graph, s, str(DCTERMS.title)),
                 "href": ctx.href(str(graph.value(s, DCAT.endpointURL) or s))}
                for s in graph.subjects(RDF.type, DCAT.DataService)]
    return Page(url, graph, "catalog.html", {
        "title": title, "intro": intro, "datasets": parts, "whole": whole, "services": services,
        "schema_org": markup(ctx, url, title, intro, kind),
    })


def ldes_view(page: Page) -> Page:
    """The event stream page for a browser: which things it holds, of which build, and the next page."""
    ctx = app_context()
    graph = page.graph
    stream = next(graph.subjects(RDF.type, URIRef("https://w3id.org/ldes#EventStream")), None)
    versions = sorted(graph.objects(stream, TREE.member)) if stream is not None else []
    things = [(graph.value(v, DCTERMS.isVersionOf), graph.value(v, QB.dataSet)) for v in versions]
    labels = fetch_labels(ctx.store, [str(n) for pair in things for n in pair if n is not None])
    members = [(ctx.term(thing, labels), ctx.term(dataset, labels) if dataset is not None else None)
               for thing, dataset in things if thing is not None]
    created = str(graph.value(versions[0], DCTERMS.created) or "") if versions else ""
    following = [str(n) for n in graph.objects(None, TREE.node)]
    title = "Event stream (LDES)"
    intro = ("Elke build publiceert een nieuwe versie van elke vraag en elk cijfer; een LDES-client volgt "
             "deze stroom. Deze pagina toont wat de stroom bevat; de data staat in de formaten hieronder.")
    return Page(page.url, graph, "ldes.html", {
        "title": title, "intro": intro, "members": members, "created": created[:10],
        "next": ctx.href(following[0]) if following else None,
        "schema_org": markup(ctx, page.url, title, intro, "WebPage"),
    }, page.max_age)


HTML_VIEWS = {"/validation-report": validation_page, "/catalog": catalog_page}
