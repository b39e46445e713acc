"""The schema.org markup of the HTML pages (the ``<script type="application/ld+json">`` block) against
schema.org's own shapes and vocabulary (release 30.0), and what Google Dataset Search asks of a Dataset.

The block says ``"@context": "https://schema.org/"``; it is read with schema.org's published context
(a local copy), so the terms land in ``http://schema.org/``, the namespace of the shapes.
"""

from __future__ import annotations

import json
import re

import lxml.html
import pytest
import rdflib
from pyshacl import validate
from rdflib.namespace import RDF, RDFS, SH

from standards import standard

SCHEMA = rdflib.Namespace("http://schema.org/")
ISO_INTERVAL = re.compile(r"^\d{4}-\d{2}-\d{2}/(\d{4}-\d{2}-\d{2}|\.\.)$")
PAGES = ["/", "/doc/vraag/2021-2022-313-jan-jambon", "/doc/persoon/vera-jans",
         "/doc/organisatie/digitaal-vlaanderen", "/doc/observatie/contacten-1700/2018/e-mail", "/catalog"]


@pytest.fixture(scope="module")
def schema_context() -> dict:
    return json.loads(standard("schemaorg/30.0/schemaorgcontext.jsonld").read_text())["@context"]


@pytest.fixture(scope="module")
def shapes() -> rdflib.Graph:
    return (rdflib.Graph().parse(standard("schemaorg/30.0/schemaorg-shapes.shacl"), format="turtle")
            .parse(standard("schemaorg/30.0/schemaorg-subclasses.shacl"), format="turtle"))


@pytest.fixture(scope="module")
def vocabulary() -> rdflib.Graph:
    return rdflib.Graph().parse(standard("schemaorg/30.0/schemaorg-current-https.ttl"))


def markup(client, url: str) -> dict:
    tree = lxml.html.fromstring(client.get(url, headers={"Accept": "text/html"}).data)
    [block] = tree.xpath("//script[@type='application/ld+json']")
    return json.loads(block.text)


def as_rdf(document: dict, context: dict) -> rdflib.Graph:
    assert document["@context"] == "https://schema.org/"
    return rdflib.Graph().parse(data=json.dumps({**document, "@context": context}), format="json-ld")


def dataset_pages(client) -> list[str]:
    return [d["url"].removeprefix("http://localhost:8000") for d in markup(client, "/")["dataset"]]


def test_every_pages_markup_conforms_to_schema_orgs_shapes(client, schema_context, shapes):
    for url in PAGES + dataset_pages(client):
        graph = as_rdf(markup(client, url), schema_context)
        conforms, report, text = validate(graph, shacl_graph=shapes, inference="none")
        assert conforms, (url, text)
        assert not list(report.objects(None, SH.result)), url


def test_every_type_and_property_is_in_the_schema_org_vocabulary(client, schema_context, vocabulary):
    https = rdflib.Namespace("https://schema.org/")
    defined = {str(s).replace(str(https), str(SCHEMA)) for s in vocabulary.subjects(RDF.type, None)}
    for url in PAGES + dataset_pages(client):
        graph = as_rdf(markup(client, url), schema_context)
        used = {str(p) for p in graph.predicates() if p != RDF.type}
        used |= {str(t) for t in graph.objects(None, RDF.type)}
        assert used <= defined, (url, used - defined)


def test_persons_and_organisations_are_typed_as_such(client, vocabulary):
    assert markup(client, "/doc/persoon/vera-jans")["@type"] == "Person"
    kind = markup(client, "/doc/organisatie/digitaal-vlaanderen")["@type"]
    https = rdflib.Namespace("https://schema.org/")
    ancestors = set(vocabulary.transitive_objects(https[kind], RDFS.subClassOf))
    assert https.Organization in ancestors, kind


def test_every_dataset_has_what_dataset_search_asks_for(client):
    landing = markup(client, "/")
    listed = client.get("/datasets.csv").get_data(as_text=True).splitlines()[1:]
    assert len(landing["dataset"]) == len(listed) <= 20  # the seed has fewer than the landing page names
    for entry in landing["dataset"]:
        assert entry["description"] and entry["name"] and entry["url"], entry
        data = markup(client, entry["url"].removeprefix("http://localhost:8000"))
        assert data["@type"] == "Dataset" and data["description"], entry["url"]
        assert ISO_INTERVAL.match(data["temporalCoverage"]), data["temporalCoverage"]
        assert {v["name"] for v in data["variableMeasured"]} and data["keywords"]
        assert data["spatialCoverage"][0]["@type"] == "Place" and data["spatialCoverage"][0]["name"]
        assert data["includedInDataCatalog"]["@type"] == "DataCatalog"
        assert data["includedInDataCatalog"]["url"].endswith("/catalog")


def test_an_open_ended_coverage_stays_open(client):
    """Seed 001 speaks of "at this moment" (8 June 2017): the coverage starts then and has no end."""
    assert markup(client, "/doc/dataset/voorlichters-1700")["temporalCoverage"] == "2017-06-08/.."
    assert markup(client, "/doc/dataset/contacten-1700")["temporalCoverage"] == "2018-01-01/2021-12-31"
