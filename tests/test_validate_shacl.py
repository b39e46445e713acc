"""The SHACL gate on the published seed graph: what a finding says, and what fails a build."""

from __future__ import annotations

from pathlib import Path

import pytest
import rdflib
from rdflib.namespace import SH

from seeds import UNREAD
from vlaq_lod.graph.corpus import load_turtle_dir
from vlaq_lod.settings import PROJECT_ROOT
from vlaq_lod.uris import Uris
from vlaq_lod.validate import check_cube, check_shapes, validate
from vlaq_lod.validate.shacl import Finding

BASE = "http://localhost:8000"
PREFIXES = """
@prefix sh: <http://www.w3.org/ns/shacl#> .
@prefix qb: <http://purl.org/linked-data/cube#> .
@prefix schema: <https://schema.org/> .
@prefix sdmx-measure: <http://purl.org/linked-data/sdmx/2009/measure#> .
@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
"""


@pytest.fixture(scope="module")
def published(seed_graph: rdflib.Graph) -> rdflib.Graph:
    return seed_graph


def shapes(turtle: str) -> rdflib.Graph:
    return rdflib.Graph().parse(data=PREFIXES + turtle, format="turtle", publicID=BASE + "/")


def test_seed_corpus_passes_the_project_shapes(published: rdflib.Graph) -> None:
    report = check_shapes(published, load_turtle_dir(PROJECT_ROOT / "shapes", Uris(BASE)))
    assert [f.render() for f in report.violations] == []
    assert report.conforms


def test_violation_names_source_line_focus_and_path(published: rdflib.Graph) -> None:
    """Seed 000's 2018 phone figure is printed on line 65 (data/sources/000_1f88426f64fa881f.txt)."""
    report = check_shapes(published, shapes("""
        <shapes/t#Small> a sh:NodeShape ; sh:targetClass qb:Observation ;
            sh:property [ sh:path sdmx-measure:obsValue ; sh:maxInclusive 826000 ;
                          sh:message "figure too large" ] .
    """))
    phone = f"<{BASE}/id/observatie/contacten-1700/2018/telefoon>"
    found = [f for f in report.violations if f.focus == phone]
    assert len(found) == 1
    assert found[0].render() == (
        "000_1f88426f64fa881f.txt:65: Violation: figure too large "
        f"[focus {phone}, path sdmx-measure:obsValue]")
    assert not report.conforms


def test_warnings_are_published_not_fatal(published: rdflib.Graph) -> None:
    report = validate(published, shapes("""
        <shapes/t#Named> a sh:NodeShape ; sh:targetClass schema:Question ;
            sh:property [ sh:path schema:about ; sh:minCount 1 ; sh:message "no topic" ;
                          sh:severity sh:Warning ] .
    """))
    assert report.shacl.findings and {f.severity for f in report.shacl.findings} == {"Warning"}
    assert report.ok
    assert "0 violation(s)" in report.text()
    assert (None, rdflib.RDF.type, SH.ValidationReport) in report.graph


def test_node_without_provenance_says_so() -> None:
    finding = Finding("Violation", "<urn:x>", "", "bad", None)
    assert finding.render() == "(no source): Violation: bad [focus <urn:x>]"


def test_cube_results_are_in_the_report_text(published: rdflib.Graph) -> None:
    results = check_cube(published)
    assert [r.ic for r in results][:3] == ["IC-1", "IC-2", "IC-3"] and len(results) == 22
    text = validate(published, shapes("")).text(verbose=True)
    assert "IC-12 No duplicate observations: holds" in text


def test_validation_leaves_the_data_graph_as_it_was(published: rdflib.Graph) -> None:
    """pySHACL runs in place (no copy) for speed; it must not write to the corpus."""
    before = set(published)
    check_shapes(published, load_turtle_dir(PROJECT_ROOT / "shapes", Uris(BASE)))
    assert set(published) == before


def test_lifted_property_shapes_find_what_the_shapes_as_written_find(published: rdflib.Graph) -> None:
    """``check_shapes`` runs the project shapes with each node shape's property shapes lifted to
    targeted shapes (pySHACL's per-focus-node cost) and each SPARQL constraint parsed once (the seeds'
    totals and evolutions run the consistency shapes); on a graph broken in many ways (a missing
    value, a second dataset, a property a closed shape does not allow, a code of another scheme,
    a selector without its text, a stray URI) it finds exactly what pySHACL finds on the shapes
    as written."""
    from pyshacl import validate as pyshacl_validate

    from vlaq_lod.validate.shacl import findings_of, lifted

    uris = Uris(BASE)
    project = load_turtle_dir(PROJECT_ROOT / "shapes", uris)
    broken = rdflib.Graph()
    broken += published
    qb = rdflib.Namespace("http://purl.org/linked-data/cube#")
    measure = rdflib.URIRef("http://purl.org/linked-data/sdmx/2009/measure#obsValue")
    oa = rdflib.Namespace("http://www.w3.org/ns/oa#")
    phone = rdflib.URIRef(uris.observation("contacten-1700", "2018", "telefoon"))
    chat = rdflib.URIRef(uris.observation("contacten-1700", "2019", "chat"))
    broken.remove((phone, measure, None))
    broken.add((chat, qb.dataSet, rdflib.URIRef(uris.dataset("other"))))
    broken.add((chat, rdflib.URIRef("https://schema.org/about"), rdflib.Literal("not allowed")))
    broken.set((chat, rdflib.URIRef(uris.vocab + "channel"), rdflib.URIRef(uris.concept("eenheid", "euro"))))
    selector = next(broken.subjects(rdflib.RDF.type, oa.TextQuoteSelector))
    broken.remove((selector, oa.exact, None))
    stray = rdflib.URIRef(BASE + "/id/observatie/BadKey")
    broken.add((stray, rdflib.RDF.type, qb.Observation))
    _, written, _ = pyshacl_validate(broken, shacl_graph=project, inference="none", advanced=True)
    expected = sorted(findings_of(written, broken), key=repr)  # ties of Finding.sort_key in any order
    assert len(expected) >= 8
    assert sorted(check_shapes(broken, project).findings, key=repr) == expected
    assert len(lifted(project)) > len(project)  # the rewrite happened
    from rdflib.plugins.sparql.processor import SPARQLProcessor
    assert SPARQLProcessor.query.__module__ == "rdflib.plugins.sparql.processor"  # rdflib's own again


INCONSISTENT = ("102", "108", "113", "140", "144", "176", "199")  # tests/corpus: each has a contradiction


def test_oxigraph_answers_the_consistency_shapes_as_pyshacl_does(tmp_path: Path) -> None:
    """``check_shapes`` has Oxigraph answer pySHACL's SPARQL (``_queries_answered``); on the corpus
    documents written with a wrong total, a wrong printed evolution or share, a wrong Totaal column, and
    two data sets of one statistic that disagree, it finds exactly what pySHACL finds on its own, with
    every consistency shape firing."""
    from pyshacl import validate as pyshacl_validate

    from vlaq_lod.graph.corpus import corpus_graph
    from vlaq_lod.parse import read_document
    from vlaq_lod.validate.shacl import findings_of

    uris = Uris(BASE)
    corpus = PROJECT_ROOT / "tests" / "corpus"
    documents = [read_document(path) for number in INCONSISTENT for path in corpus.glob(f"{number}_*.txt")]
    graph = corpus_graph(documents, tmp_path, uris)
    graph.parse(format="turtle", data=f"""
        @prefix qb: <http://purl.org/linked-data/cube#> .
        @prefix vlaq: <{uris.vocab}> .
        @prefix sdmxd: <http://purl.org/linked-data/sdmx/2009/dimension#> .
        @prefix sdmxm: <http://purl.org/linked-data/sdmx/2009/measure#> .
        <urn:ds:a> vlaq:statistic <urn:statistic> . <urn:ds:b> vlaq:statistic <urn:statistic> .
        <urn:obs:a> qb:dataSet <urn:ds:a> ; sdmxd:refPeriod <urn:period> ; sdmxm:obsValue 5 .
        <urn:obs:b> qb:dataSet <urn:ds:b> ; sdmxd:refPeriod <urn:period> ; sdmxm:obsValue 6 .
    """)
    project = load_turtle_dir(PROJECT_ROOT / "shapes", uris)
    _, alone, _ = pyshacl_validate(graph, shacl_graph=project, inference="none", advanced=True)
    expected = sorted(findings_of(alone, graph), key=repr)
    found = sorted(check_shapes(graph, project).findings, key=repr)
    assert found == expected
    messages = " ".join(f.message for f in found)
    for fired in ("is not the sum of its parts", "over the periods is not the sum", "Printed evolution 39.6%",
                  "Printed share 14.9% differs from the computed 12.94%", "disagrees with"):
        assert fired in messages


def test_the_catalogue_is_validated_with_the_corpus(published: rdflib.Graph) -> None:
    """The dump holds the catalogue, checked with the corpus: the concept shapes target our own
    concepts (IRIs under the base's /id/), so the EU data theme the catalogue types skos:Concept
    does not break them."""
    theme = rdflib.URIRef("http://publications.europa.eu/resource/authority/data-theme/GOVE")
    assert (theme, rdflib.RDF.type, rdflib.URIRef("http://www.w3.org/2004/02/skos/core#Concept")) in published
    report = check_shapes(published, load_turtle_dir(PROJECT_ROOT / "shapes", Uris(BASE)))
    assert [(f.where, f.severity) for f in report.findings] == [  # the seeds' unread sentence figures
        (f"{file}:{line}", "Warning") for file, line, _ in UNREAD]


def test_a_total_is_checked_only_when_every_part_is_published(tmp_path: Path) -> None:
    """Question 102 prints the 2022-2023 total of its five school forms 1.000 too high. With every part
    published the total is flagged; with one part of that year taken out it is not checked at all,
    because the sum of four parts says nothing about the printed total (``TotalIsSumShape`` counts the
    parts it found against the code's ``skos:narrower``)."""
    from vlaq_lod.graph.corpus import corpus_graph
    from vlaq_lod.parse import read_document

    uris = Uris(BASE)
    (path,) = (PROJECT_ROOT / "tests" / "corpus").glob("102_*.txt")
    graph = corpus_graph([read_document(path)], tmp_path, uris)
    project = load_turtle_dir(PROJECT_ROOT / "shapes", uris)
    printed = rdflib.URIRef(uris.vocab + "printedValue")

    def totals_flagged() -> list[str]:
        findings = check_shapes(graph, project).findings
        return sorted(str(graph.value(rdflib.URIRef(f.focus.strip("<>")), printed))
                      for f in findings if "not the sum of its parts" in f.message)

    assert totals_flagged() == ["461.629"]
    (part,) = graph.subjects(printed, rdflib.Literal("152.031"))  # Eerste graad, 2022-2023
    graph.remove((part, None, None))
    assert totals_flagged() == []


@pytest.mark.parametrize(("query", "expected"), [
    ("SELECT $this ?v WHERE { $this <urn:p> ?v . FILTER NOT EXISTS { $this <urn:q> ?v } }", True),
    ("SELECT $this (SUM(?v) AS ?s) WHERE {\n # a comment\n $this <urn:p> ?v } GROUP BY $this", True),
    ("PREFIX x: <urn:x#>\nSELECT DISTINCT $this WHERE { $this x:p ?o ; x:q ?r }", True),
    # the rows of one node may depend on another's, or on nothing the node binds
    ("SELECT $this ?v WHERE { ?v <urn:p> ?o . OPTIONAL { $this <urn:q> ?v } }", False),
    ("SELECT $this ?v WHERE { ?x <urn:p> ?v . $this <urn:q> ?x }", False),  # not the first pattern
    ("SELECT $this ?v WHERE { $this <urn:p> ?v } LIMIT 1", False),
    ("SELECT $this (SUM(?v) AS ?s) WHERE { $this <urn:p> ?v ; <urn:q> ?g } GROUP BY $this ?g", False),
    ("SELECT $this (COUNT(?v) AS ?n) WHERE { $this <urn:p> ?v }", False),  # an aggregate over all nodes
    ("SELECT $this ?v WHERE { $this <urn:p> ?v . { SELECT $this WHERE { $this <urn:q> ?x } } }", False),
    ("SELECT $this ?v WHERE { $this <urn:p> ?v . { SELECT ?v WHERE { ?v <urn:q> ?x } } }", True),
    ("SELECT ?v WHERE { $this <urn:p> ?v }", False),  # no ?this to group the rows by
    ("SELECT $this ?v WHERE { $this <urn:p> ?v { ?v <urn:a> 1 } UNION { ?v <urn:b> 2 } }", False),
])
def test_a_constraint_runs_once_for_all_focus_nodes_only_when_the_rows_are_the_same(query: str,
                                                                                    expected: bool) -> None:
    """pySHACL runs a SPARQL constraint per focus node with ``$this`` pre-bound; ``check_shapes`` runs it
    once with ``$this`` free and hands each node its rows, which is only the same when every row binds
    ``?this`` in a pattern that every row matches."""
    from vlaq_lod.validate.shacl import per_focus_node

    assert per_focus_node(query, {"this": rdflib.URIRef("urn:node")}) is expected
