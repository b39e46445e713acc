"""The namespaces the graph uses, in one place, so modules and tests spell terms alike.

``vlaq(uris)`` is a function because the project's vocabulary lives under the configured base.
"""

from __future__ import annotations

from rdflib import Graph, Namespace
from rdflib.namespace import DCTERMS, OWL, PROV, RDF, RDFS, SKOS, XSD

from ..uris import Uris

SCHEMA = Namespace("https://schema.org/")
QB = Namespace("http://purl.org/linked-data/cube#")
SDMX_DIMENSION = Namespace("http://purl.org/linked-data/sdmx/2009/dimension#")
SDMX_MEASURE = Namespace("http://purl.org/linked-data/sdmx/2009/measure#")
SDMX_ATTRIBUTE = Namespace("http://purl.org/linked-data/sdmx/2009/attribute#")
ORG = Namespace("http://www.w3.org/ns/org#")
OA = Namespace("http://www.w3.org/ns/oa#")
TIME = Namespace("http://www.w3.org/2006/time#")

__all__ = [
    "DCTERMS", "OA", "ORG", "OWL", "PROV", "QB", "RDF", "RDFS", "SCHEMA", "SDMX_ATTRIBUTE",
    "SDMX_DIMENSION", "SDMX_MEASURE", "SKOS", "TIME", "XSD", "bind_prefixes", "vlaq",
]


def vlaq(uris: Uris) -> Namespace:
    return Namespace(uris.vocab)


def bind_prefixes(graph: Graph, uris: Uris) -> Graph:
    """Bind the prefixes docs/model.md uses, so dumps and pages read like the documentation."""
    for prefix, ns in (("vlaq", vlaq(uris)), ("schema", SCHEMA), ("qb", QB), ("org", ORG), ("oa", OA),
                       ("sdmx-dimension", SDMX_DIMENSION), ("sdmx-measure", SDMX_MEASURE),
                       ("sdmx-attribute", SDMX_ATTRIBUTE), ("time", TIME), ("prov", PROV), ("skos", SKOS),
                       ("dcterms", DCTERMS)):
        graph.bind(prefix, ns, override=True)
    return graph
