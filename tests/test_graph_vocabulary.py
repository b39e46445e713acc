"""Every vlaq: term the graph and the shapes use is defined in ontology/, in Dutch and in English."""

from __future__ import annotations

import pytest
from rdflib import Graph, URIRef
from rdflib.namespace import RDFS, SKOS

from vlaq_lod.graph.corpus import ONTOLOGY_DIR, SHAPES_DIR, corpus_graph, load_turtle_dir
from vlaq_lod.parse import read_document
from vlaq_lod.settings import PROJECT_ROOT
from vlaq_lod.uris import Uris

URIS = Uris("http://localhost:8000")


@pytest.fixture(scope="module")
def ontology() -> Graph:
    return load_turtle_dir(ONTOLOGY_DIR, URIS)


def _vlaq_terms(graph: Graph, vocab: str = URIS.vocab) -> set[URIRef]:
    return {t for triple in graph for t in triple if isinstance(t, URIRef) and str(t).startswith(vocab)}


def test_every_used_vlaq_term_is_defined_in_both_languages(ontology):
    docs = [read_document(p) for p in sorted((PROJECT_ROOT / "data" / "sources").iterdir())]
    corpus = corpus_graph(docs, PROJECT_ROOT / "data" / "curated", URIS)
    shapes = load_turtle_dir(SHAPES_DIR, URIS)
    used = _vlaq_terms(corpus) | {t for t in _vlaq_terms(shapes) if not str(t).endswith("Shape")}
    assert len(used) > 25
    for term in sorted(used):
        labels = {label.language for label in ontology.objects(term, RDFS.label)}
        definitions = {d.language for d in ontology.objects(term, SKOS.definition)}
        assert {"nl", "en"} <= labels, term
        assert {"nl", "en"} <= definitions, term


def test_the_vocabulary_follows_the_base():
    other = Uris("https://data.example.be")
    terms = _vlaq_terms(load_turtle_dir(ONTOLOGY_DIR, other), other.vocab)
    assert URIRef("https://data.example.be/def/vlaq#WrittenQuestion") in terms


def test_the_example_in_docs_model_parses_and_uses_defined_terms(ontology):
    """docs/model.md is what the web and SPARQL work is written against: its example must stay true."""
    text = (PROJECT_ROOT / "docs" / "model.md").read_text(encoding="utf-8")
    example = text.split("```turtle", 1)[1].split("```", 1)[0]
    graph = Graph().parse(data=example.replace("...", ""), format="turtle")  # its @base is URIS.base
    used = _vlaq_terms(graph)
    assert len(used) > 15
    assert {t for t in used if (t, None, None) not in ontology} == set()
