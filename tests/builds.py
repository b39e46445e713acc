"""Reading a build the way a consumer of its dumps would, for tests that compare with the whole graph."""

from __future__ import annotations

import gzip
from pathlib import Path

import rdflib

from vlaq_lod.graph.catalog import bind_catalog_prefixes
from vlaq_lod.graph.namespaces import bind_prefixes
from vlaq_lod.uris import Uris


def dump_graph(build: Path, base: str) -> rdflib.Graph:
    """The build's N-Triples dump as one rdflib graph (corpus, ontology, catalogue, VoID), with the
    project's prefixes bound so findings read as in a build report."""
    graph = bind_catalog_prefixes(bind_prefixes(rdflib.Graph(), Uris(base)))
    with gzip.open(build / "dumps" / "vlaq.nt.gz", "rb") as stream:
        return graph.parse(stream, format="nt")
