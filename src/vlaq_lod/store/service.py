"""The SPARQL 1.1 Service Description of the endpoint (what a GET without a query returns as RDF).

Generated from the format table, so the description cannot promise a format the
endpoint does not serve. It states plain SPARQL 1.1 Query and no federation:
``SERVICE`` is refused (see ``store/guard.py``).
"""

from __future__ import annotations

import pyoxigraph as ox

from vlaq_lod.store.formats import FORMATS

SD = "http://www.w3.org/ns/sparql-service-description#"
RDF_TYPE = ox.NamedNode("http://www.w3.org/1999/02/22-rdf-syntax-ns#type")


def service_description(endpoint: str) -> list[ox.Triple]:
    """Triples describing the read-only endpoint at ``endpoint`` (its absolute URL)."""
    service = ox.NamedNode(endpoint)
    dataset, graph = ox.BlankNode(), ox.BlankNode()

    def sd(name: str) -> ox.NamedNode:
        return ox.NamedNode(SD + name)

    return [
        ox.Triple(service, RDF_TYPE, sd("Service")),
        ox.Triple(service, sd("endpoint"), service),
        ox.Triple(service, sd("supportedLanguage"), sd("SPARQL11Query")),
        *(ox.Triple(service, sd("resultFormat"), ox.NamedNode(f.w3c)) for f in FORMATS),
        ox.Triple(service, sd("defaultDataset"), dataset),
        ox.Triple(dataset, RDF_TYPE, sd("Dataset")),
        ox.Triple(dataset, sd("defaultGraph"), graph),
        ox.Triple(graph, RDF_TYPE, sd("Graph")),
    ]
