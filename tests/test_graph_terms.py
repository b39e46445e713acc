"""Every standard term the graph, the ontology and the shapes use exists in the published vocabulary.

A misspelt ``schema:GovernmentOrganisation`` or ``qb:dataset`` would silently mint a new term;
the files under shared/standards/ are the published vocabularies, kept byte for byte.
"""

from __future__ import annotations

import pytest
from rdflib import Dataset, Graph, URIRef

from standards import standard
from vlaq_lod.graph.corpus import ONTOLOGY_DIR, SHAPES_DIR, corpus_graph, load_turtle_dir
from vlaq_lod.parse import read_document
from vlaq_lod.settings import PROJECT_ROOT
from vlaq_lod.uris import Uris

VOCABULARIES = {
    "https://schema.org/": ["schemaorg/30.0/schemaorg-current-https.ttl"],
    "http://purl.org/linked-data/cube#": ["datacube/vocab/cube.ttl"],
    "http://purl.org/linked-data/sdmx/2009/dimension#": ["datacube/vocab/sdmx-dimension.ttl"],
    "http://purl.org/linked-data/sdmx/2009/measure#": ["datacube/vocab/sdmx-measure.ttl"],
    "http://purl.org/linked-data/sdmx/2009/attribute#": ["datacube/vocab/sdmx-attribute.ttl"],
    "http://purl.org/linked-data/sdmx/2009/concept#": ["datacube/vocab/sdmx-concept.ttl"],
    "http://www.w3.org/ns/prov#": ["vocab/prov-o.ttl"],
    "http://www.w3.org/ns/org#": ["vocab/org.ttl"],
    "http://www.w3.org/2004/02/skos/core#": ["vocab/skos.nq"],
    "http://www.w3.org/ns/shacl#": ["vocab/shacl.ttl"],
    "http://www.w3.org/ns/dcat#": ["vocab/dcat3.ttl"],
}


def _defined(files: list[str]) -> set[str]:
    terms: set[str] = set()
    for name in files:
        path = standard(name)
        if path.suffix == ".nq":
            data = Dataset()
            data.parse(path, format="nquads")
            terms |= {str(s) for s, _, _, _ in data.quads()}
        else:
            terms |= {str(s) for s in Graph().parse(path).subjects()}
    return terms


@pytest.fixture(scope="module")
def used() -> set[str]:
    uris = Uris("http://localhost:8000")
    docs = [read_document(p) for p in sorted((PROJECT_ROOT / "data" / "sources").iterdir())]
    graphs = [corpus_graph(docs, PROJECT_ROOT / "data" / "curated", uris),
              load_turtle_dir(ONTOLOGY_DIR, uris), load_turtle_dir(SHAPES_DIR, uris)]
    return {str(term) for g in graphs for triple in g for term in triple if isinstance(term, URIRef)}


@pytest.mark.parametrize("namespace", sorted(VOCABULARIES))
def test_every_used_term_exists(used, namespace):
    ours = {t for t in used if t.startswith(namespace) and t != namespace}
    missing = ours - _defined(VOCABULARIES[namespace])
    assert missing == set()


def test_the_check_sees_the_terms_that_matter(used):
    """Guards the test above against passing vacuously (a namespace spelt differently uses nothing)."""
    for term in ("https://schema.org/Question", "https://schema.org/GovernmentService",
                 "http://purl.org/linked-data/cube#Observation", "http://www.w3.org/ns/prov#wasDerivedFrom",
                 "http://www.w3.org/ns/org#Membership", "http://www.w3.org/2004/02/skos/core#inScheme",
                 "http://purl.org/linked-data/sdmx/2009/dimension#refPeriod"):
        assert term in used


def test_a_misspelt_term_would_be_caught():
    assert "https://schema.org/GovernmentOrganisation" not in _defined(VOCABULARIES["https://schema.org/"])
