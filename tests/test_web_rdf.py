"""The machine twins of every page, driven by ``FORMATS``: a new format is tested here for free.

Each negotiated document must parse back with rdflib and with an independent parser
(``rapper`` for Turtle, N-Triples and RDF/XML; ``pyld`` for JSON-LD), and say the same
things about the resource. Values typed from data/sources/000_1f88426f64fa881f.txt.
"""

from __future__ import annotations

import json
import subprocess

import pytest
import rdflib
from pyld import jsonld
from rdflib import URIRef

from vlaq_lod.web.negotiate import FORMATS, RDF_FORMATS

BASE = "http://localhost:8000"
QUESTION = "vraag/2021-2022-313-jan-jambon"
OBSERVATION = "observatie/contacten-1700/2018/telefoon"
SCHEMA = rdflib.Namespace("https://schema.org/")
SDMX_MEASURE = rdflib.URIRef("http://purl.org/linked-data/sdmx/2009/measure#obsValue")
RAPPER_SYNTAX = {"ttl": "turtle", "nt": "ntriples", "rdf": "rdfxml"}


def parse(client, body: bytes, fmt) -> rdflib.Graph:
    """rdflib's reading of a body; the JSON-LD context is fetched from the app, as a client would."""
    if fmt.suffix != "jsonld":
        return rdflib.Graph().parse(data=body, format=fmt.rdflib, publicID=BASE + "/")
    document = json.loads(body)
    if "@context" in document:
        assert document["@context"] == f"{BASE}/context.jsonld"
        document["@context"] = client.get("/context.jsonld").get_json()["@context"]
    return rdflib.Graph().parse(data=json.dumps(document), format="json-ld")


def test_formats_table_lists_each_suffix_and_media_type_once():
    assert len({f.suffix for f in FORMATS}) == len({f.media_type for f in FORMATS}) == len(FORMATS)
    assert [f.suffix for f in FORMATS][0] == "html"  # browsers and */* get the page


@pytest.mark.parametrize("fmt", RDF_FORMATS, ids=lambda f: f.suffix)
def test_negotiated_description_parses_back_and_says_what_the_question_is(client, fmt):
    response = client.get(f"/doc/{QUESTION}", headers={"Accept": fmt.media_type})
    assert response.status_code == 200
    assert response.mimetype == fmt.media_type
    graph = parse(client, response.data, fmt)
    subject = URIRef(f"{BASE}/id/{QUESTION}")
    assert graph.value(subject, SCHEMA.name) == rdflib.Literal("Informatienummer 1700 - Oproepen", lang="nl")
    assert graph.value(subject, SCHEMA.author) == URIRef(f"{BASE}/id/persoon/vera-jans")
    assert str(graph.value(subject, SCHEMA.dateCreated)) == "2022-04-26"


@pytest.mark.parametrize("fmt", RDF_FORMATS, ids=lambda f: f.suffix)
def test_suffix_twin_equals_negotiated_document(client, fmt):
    by_suffix = client.get(f"/doc/{OBSERVATION}.{fmt.suffix}")
    negotiated = client.get(f"/doc/{OBSERVATION}", headers={"Accept": fmt.media_type})
    assert by_suffix.status_code == 200 and by_suffix.mimetype == fmt.media_type
    assert by_suffix.data == negotiated.data
    graph = parse(client, by_suffix.data, fmt)
    assert graph.value(URIRef(f"{BASE}/id/{OBSERVATION}"), SDMX_MEASURE).toPython() == 826095


@pytest.mark.parametrize("fmt", [f for f in RDF_FORMATS if f.suffix in RAPPER_SYNTAX], ids=lambda f: f.suffix)
def test_rapper_parses_every_rdf_twin(client, tmp_path, fmt):
    body = client.get(f"/doc/{OBSERVATION}.{fmt.suffix}").data
    path = tmp_path / f"doc.{fmt.suffix}"
    path.write_bytes(body)
    result = subprocess.run(["rapper", "-i", RAPPER_SYNTAX[fmt.suffix], "-c", str(path), f"{BASE}/"],
                            capture_output=True, text=True, check=False)
    assert result.returncode == 0, result.stderr
    triples = int(result.stderr.split("returned ")[1].split(" triple")[0])
    assert triples == len(parse(client, body, fmt))


def test_pyld_expands_the_jsonld_twin_to_the_same_triples(client):
    context = client.get("/context.jsonld")
    assert context.mimetype == "application/ld+json"

    def loader(url, options=None):
        assert url == f"{BASE}/context.jsonld"
        return {"contextUrl": None, "documentUrl": url, "document": context.get_json()}

    body = client.get(f"/doc/{OBSERVATION}.jsonld").get_json()
    nquads = jsonld.to_rdf(body, {"format": "application/n-quads", "documentLoader": loader})
    pyld_graph = rdflib.Graph().parse(data=nquads, format="nt")
    fmt = next(f for f in FORMATS if f.suffix == "jsonld")
    rdflib_graph = parse(client, json.dumps(body).encode(), fmt)
    assert len(pyld_graph) == len(rdflib_graph) > 10


def test_jsonld_is_compact_and_readable(client):
    body = client.get(f"/doc/{OBSERVATION}.jsonld").get_json()
    text = json.dumps(body)
    assert "sdmx-measure:obsValue" in text and "http://purl.org/linked-data/sdmx/2009/measure#" not in text


@pytest.mark.parametrize("fmt", RDF_FORMATS, ids=lambda f: f.suffix)
def test_unknown_resource_is_404_in_the_asked_format(client, fmt):
    response = client.get("/doc/vraag/bestaat-niet", headers={"Accept": fmt.media_type})
    assert response.status_code == 404
    assert response.mimetype == fmt.media_type
    assert len(parse(client, response.data, fmt)) == 0  # a valid, empty document
    assert b"bestaat-niet" in response.data
    assert b"Traceback" not in response.data and b"/work/" not in response.data
