"""The seeds' graph conforms to shapes/ with pySHACL, and the shapes themselves conform to SHACL-SHACL."""

from __future__ import annotations

import pytest
from pyshacl import validate
from rdflib import Graph, Literal, URIRef
from rdflib.namespace import OWL, RDF, SH, XSD

from seeds import UNREAD, UNREAD_NODES
from standards import standard
from vlaq_lod.graph.corpus import ONTOLOGY_DIR, SHAPES_DIR, corpus_graph, load_turtle_dir
from vlaq_lod.graph.namespaces import ORG, QB, SCHEMA, TIME
from vlaq_lod.parse import read_document
from vlaq_lod.settings import PROJECT_ROOT
from vlaq_lod.uris import Uris

BASE = "https://data.example.be/vlaq"  # not the default base: the shapes' URI patterns must work for any


@pytest.fixture(scope="module")
def uris() -> Uris:
    return Uris(BASE)


@pytest.fixture(scope="module")
def shapes(uris) -> Graph:
    return load_turtle_dir(SHAPES_DIR, uris)


@pytest.fixture(scope="module")
def corpus(uris) -> Graph:
    docs = [read_document(p) for p in sorted((PROJECT_ROOT / "data" / "sources").iterdir())]
    return corpus_graph(docs, PROJECT_ROOT / "data" / "curated", uris)


def _results(data: Graph, shapes: Graph) -> list[tuple[str, str, str]]:
    _, report, _ = validate(data, shacl_graph=shapes, inference="none", advanced=True, allow_warnings=True)
    return sorted((str(report.value(r, SH.resultSeverity)), str(report.value(r, SH.focusNode)),
                   str(report.value(r, SH.resultMessage)))
                  for r in report.subjects(RDF.type, SH.ValidationResult))


def test_the_corpus_of_all_six_documents_conforms_with_a_warning_per_unread_sentence_figure(corpus, shapes):
    """No violation; the only warnings are the sentence figures the parser could not read
    (``seeds.UNREAD``): a figure that cannot be read is reported in the published validation report,
    from a sentence as from a table row, never guessed and never silently dropped."""
    results = _results(corpus, shapes)
    assert [(severity, focus.rsplit("/id/", 1)[1]) for severity, focus, _ in results] == [
        (str(SH.Warning), node) for node in UNREAD_NODES]
    messages = [message for _, _, message in results]
    assert [m.split(" — ")[0] for m in messages] == [f"Figures not read: {reason}" for _, _, reason in UNREAD]


def test_every_published_class_has_a_shape(corpus, shapes):
    targeted = set(shapes.objects(None, SH.targetClass))
    published = {t for s, t in corpus.subject_objects(RDF.type) if "/id/" in str(s)}
    # Asserted next to a subclass whose shape checks for them (sh:hasValue on rdf:type).
    alongside = {SCHEMA.Question, SCHEMA.Answer, SCHEMA.DigitalDocument, ORG.Membership, TIME.ProperInterval}
    assert published - alongside - targeted == set()
    assert TIME.ProperInterval in targeted


def test_the_shapes_conform_to_shacl_shacl(shapes):
    meta = Graph().parse(standard("vocab/shacl-shacl.ttl"))
    conforms, _, text = validate(shapes, shacl_graph=meta, inference="none")
    assert conforms, text


def test_a_broken_observation_is_a_violation(corpus, shapes, uris):
    """The shapes can fail: an observation without a value and with a bad URI breaks them."""
    broken = Graph()
    broken += corpus
    obs = URIRef(uris.observation("contacten-1700", "2018", "telefoon"))
    value = broken.value(obs, URIRef("http://purl.org/linked-data/sdmx/2009/measure#obsValue"))
    broken.remove((obs, None, value))
    stray = URIRef(uris.base + "/id/observatie/Bad Key")
    broken.add((stray, RDF.type, QB.Observation))
    broken.add((stray, QB.dataSet, URIRef(uris.dataset("contacten-1700"))))
    results = _results(broken, shapes)
    violations = {focus for severity, focus, _ in results if severity == str(SH.Violation)}
    assert str(obs) in violations and str(stray) in violations


def test_the_ontology_loads_against_the_base(uris):
    ontology = load_turtle_dir(ONTOLOGY_DIR, uris)
    assert (URIRef(uris.vocab + "WrittenQuestion"), RDF.type, OWL.Class) in ontology
    resolved = load_turtle_dir(SHAPES_DIR, uris)
    assert Literal(uris.vocab, datatype=XSD.anyURI) in set(resolved.objects(None, SH.namespace))


def test_a_code_outside_its_code_list_breaks_the_structure(corpus, shapes, uris):
    """QB IC-19: a channel value that is a concept of another scheme; IC-11: a missing channel."""
    broken = Graph()
    broken += corpus
    channel = URIRef(uris.vocab + "channel")
    wrong_code = URIRef(uris.observation("contacten-1700", "2019", "chat"))
    broken.set((wrong_code, channel, URIRef(uris.concept("eenheid", "euro"))))
    no_channel = URIRef(uris.observation("contacten-1700", "2020", "chat"))
    broken.remove((no_channel, channel, None))
    _, report, _ = validate(broken, shacl_graph=shapes, inference="none", advanced=True, allow_warnings=True)
    found = {(report.value(r, SH.focusNode), report.value(r, SH.resultPath))
             for r in report.objects(None, SH.result)  # top-level results, not their sh:detail
             if report.value(r, SH.resultSeverity) == SH.Violation}  # not the unread figures' warnings
    assert found == {(wrong_code, channel), (no_channel, channel)}
