"""The seed build's catalogue against SEMIC's DCAT-AP 3.0.0 shapes and the published vocabularies.

DCAT-AP 3.0.0 html-shacl is the set the EU Interoperability Test Bed validator runs
(standards README, section 2). The DCMI Terms vocabulary itself is not in the shared
standards collection, so ``dct:`` terms are checked against every term that DCAT 3
and the DCAT-AP shapes (both external) name.
"""

from __future__ import annotations

import json
from pathlib import Path

import pyshacl
import pytest
import rdflib
from rdflib.namespace import DCAT, DCTERMS, FOAF, RDF, VOID, XSD

from standards import standard

DCAT_AP = "dcat-ap/3.0.0/html-shacl"
DCAT_AP_VL = "dcat-ap-vl/dcatapvl.jsonld"  # the Flemish profile's shapes (dct:Agent is named there)
BASE = "http://localhost:8000"
QB = rdflib.Namespace("http://purl.org/linked-data/cube#")


@pytest.fixture(scope="module")
def catalog(seed_build: Path) -> rdflib.Graph:
    return rdflib.Graph().parse(seed_build / "catalog.ttl", format="turtle")


@pytest.fixture(scope="module")
def void(seed_build: Path) -> rdflib.Graph:
    return rdflib.Graph().parse(seed_build / "void.ttl", format="turtle")


def named_terms(*files: Path) -> set[str]:
    """Every IRI mentioned in the given files (any position)."""
    terms: set[str] = set()
    for path in files:
        graph = rdflib.Dataset() if path.suffix == ".nq" else rdflib.Graph()
        graph.parse(path)
        for quad in graph.quads() if path.suffix == ".nq" else graph:
            terms |= {str(t) for t in quad[:3] if isinstance(t, rdflib.URIRef)}
    return terms


def defined_terms(*files: Path) -> set[str]:
    """IRIs that the files describe (subjects of an rdf:type), i.e. the vocabulary's own terms."""
    terms: set[str] = set()
    for path in files:
        graph = rdflib.Dataset() if path.suffix == ".nq" else rdflib.Graph()
        graph.parse(path)
        terms |= {str(s) for s, _, _, *_ in (graph.quads((None, RDF.type, None)) if path.suffix == ".nq"
                                              else graph.triples((None, RDF.type, None)))}
    return terms


def used_terms(graph: rdflib.Graph, namespace: str) -> set[str]:
    terms = {*graph.predicates(unique=True), *graph.objects(None, RDF.type)}
    return {str(t) for t in terms if str(t).startswith(namespace)}


def assert_dcat_ap_3(catalog: rdflib.Graph) -> None:
    shapes = rdflib.Graph().parse(standard(f"{DCAT_AP}/shapes.ttl")).parse(standard(f"{DCAT_AP}/range.ttl"))
    conforms, report, text = pyshacl.validate(catalog, shacl_graph=shapes, inference="none")
    violations = list(report.subjects(rdflib.URIRef("http://www.w3.org/ns/shacl#resultSeverity"),
                                      rdflib.URIRef("http://www.w3.org/ns/shacl#Violation")))
    assert violations == [], text
    assert conforms


def test_catalog_passes_dcat_ap_3_shapes_and_ranges(catalog: rdflib.Graph) -> None:
    assert_dcat_ap_3(catalog)


def test_served_catalog_passes_dcat_ap_3_shapes_and_ranges(client) -> None:
    """What a harvester gets from ``/catalog`` (not only the build's file) is what is checked."""
    response = client.get("/catalog", headers={"Accept": "text/turtle"})
    assert response.status_code == 200 and response.mimetype == "text/turtle"
    served = rdflib.Graph().parse(data=response.data, format="turtle")
    # the 12 cubes of the seeds (9 curated, 2 tables of 1532, the sentence figures of 606) and the whole
    # corpus, which carries the dumps
    assert len(list(served.subjects(RDF.type, DCAT.Dataset))) == 13
    assert_dcat_ap_3(served)


def test_dcat_and_void_terms_are_defined_by_their_vocabularies(catalog: rdflib.Graph,
                                                               void: rdflib.Graph) -> None:
    dcat = defined_terms(standard("vocab/dcat3.ttl"))
    assert used_terms(catalog, str(DCAT)) - dcat == set()
    void_terms = defined_terms(standard("vocab/void.nq"))
    assert used_terms(void, str(VOID)) - void_terms == set()


def test_dcterms_terms_are_named_by_dcat_or_dcat_ap(catalog: rdflib.Graph) -> None:
    known = named_terms(standard("vocab/dcat3.ttl"), standard(f"{DCAT_AP}/shapes.ttl"),
                        standard(f"{DCAT_AP}/range.ttl"), standard(DCAT_AP_VL))
    assert used_terms(catalog, str(DCTERMS)) - known == set()


def test_every_cube_is_a_dataset_with_both_languages_and_a_csv(seed_build: Path,
                                                               catalog: rdflib.Graph) -> None:
    keys = json.loads((seed_build / "build.json").read_text())["datasets"]
    for key in keys:
        node = rdflib.URIRef(f"{BASE}/id/dataset/{key}")
        assert (node, RDF.type, DCAT.Dataset) in catalog, key
        assert {t.language for t in catalog.objects(node, DCTERMS.title)} == {"nl", "en"}
        assert {t.language for t in catalog.objects(node, DCTERMS.description)} == {"nl", "en"}
        assert catalog.value(node, DCAT.landingPage) == rdflib.URIRef(f"{BASE}/doc/dataset/{key}")
        downloads = {catalog.value(d, DCAT.downloadURL) for d in catalog.objects(node, DCAT.distribution)}
        assert rdflib.URIRef(f"{BASE}/dumps/csv/{key}.csv") in downloads
        assert (seed_build / "dumps" / "csv" / f"{key}.csv").is_file()


def test_titles_and_coverage_of_the_1700_contacts(catalog: rdflib.Graph) -> None:
    """Title as docs/model.md gives it; the table of seed 000 covers the years 2018 to 2021."""
    node = rdflib.URIRef(f"{BASE}/id/dataset/contacten-1700")
    assert rdflib.Literal("Contacten met 1700 per kanaal en per jaar", lang="nl") in set(
        catalog.objects(node, DCTERMS.title))
    period = catalog.value(node, DCTERMS.temporal)
    assert catalog.value(period, DCAT.startDate) == rdflib.Literal("2018-01-01", datatype=XSD.date)
    assert catalog.value(period, DCAT.endDate) == rdflib.Literal("2021-12-31", datatype=XSD.date)
    assert catalog.value(node, DCTERMS.license) == rdflib.URIRef(
        "http://publications.europa.eu/resource/authority/licence/CC0")
    assert catalog.value(catalog.value(node, DCTERMS.publisher), FOAF.name) is not None


def test_dumps_and_endpoint_are_offered(catalog: rdflib.Graph) -> None:
    service = next(catalog.subjects(RDF.type, DCAT.DataService))
    assert catalog.value(service, DCAT.endpointURL) == rdflib.URIRef(f"{BASE}/sparql")
    downloads = {str(u) for u in catalog.objects(None, DCAT.downloadURL)}
    assert {f"{BASE}/dumps/vlaq.nt.gz", f"{BASE}/dumps/vlaq.ttl", f"{BASE}/dumps/vlaq.jsonld"} <= downloads


def test_void_counts_what_the_build_holds(seed_build: Path, void: rdflib.Graph) -> None:
    info = json.loads((seed_build / "build.json").read_text())
    corpus = next(void.subjects(RDF.type, VOID.Dataset))
    assert int(void.value(corpus, VOID.triples)) == info["counts"]["triples"]
    assert void.value(corpus, VOID.sparqlEndpoint) == rdflib.URIRef(f"{BASE}/sparql")
    assert str(void.value(corpus, VOID.uriSpace)) == f"{BASE}/id/"
    assert rdflib.URIRef("http://purl.org/linked-data/cube#") in set(void.objects(corpus, VOID.vocabulary))
    partitions = {void.value(p, VOID["class"]): int(void.value(p, VOID.entities))
                  for p in void.objects(corpus, VOID.classPartition)}
    assert partitions[QB.Observation] == info["counts"]["observations"]
    assert partitions[QB.DataSet] == info["counts"]["datasets"]


def top_level_results(data: rdflib.Graph, shapes: rdflib.Graph) -> list[tuple[str, str, str]]:
    """(severity, focus node, path) of each result of the report (not the details nested in them)."""
    _, report, _ = pyshacl.validate(data, shacl_graph=shapes, inference="none")
    sh = rdflib.Namespace("http://www.w3.org/ns/shacl#")
    return sorted((str(report.value(r, sh.resultSeverity)).split("#")[-1], str(report.value(r, sh.focusNode)),
                   str(report.value(r, sh.resultPath))) for r in report.objects(None, sh.result))


def test_catalog_passes_dcat_ap_vl_and_its_usage_notes(catalog: rdflib.Graph) -> None:
    """DCAT-AP-VL 2.0: no violation; what is left are two warnings docs/catalogue.md explains (the EU
    data theme where the profile lists Belgif's, the SPARQL protocol's W3C URI where it lists its own)."""
    shapes = rdflib.Graph().parse(standard(DCAT_AP_VL), format="json-ld")
    results = top_level_results(catalog, shapes)
    assert [r for r in results if r[0] != "Warning"] == []
    assert {path for _, _, path in results} == {str(DCAT.theme), str(DCTERMS.conformsTo)}
    notes = rdflib.Graph().parse(standard("dcat-ap-vl/dcatapvl-usagenotes.jsonld"), format="json-ld")
    assert top_level_results(catalog, notes) == []


def test_at_most_five_recommended_properties_are_missing_each_explained_in_the_docs(catalog) -> None:
    shapes = rdflib.Graph().parse(standard(f"{DCAT_AP}/shapes_recommended.ttl"))
    missing = {path for _, _, path in top_level_results(catalog, shapes)}
    assert len(missing) <= 5, missing
    explained = (Path(__file__).parents[1] / "docs" / "catalogue.md").read_text()
    for path in missing:
        assert f"`{path}`" in explained, path
