"""Harvester routes over the seed build: catalogue, VoID, vocabulary, shapes, report, dumps, LDES
(the sitemap: ``test_web_sitemap.py``).

The LDES terms are checked against the published LDES and TREE vocabularies in
shared/standards (a term we use must exist there).
"""

from __future__ import annotations

import gzip
import json

import lxml.etree
import pytest
import rdflib
from rdflib import RDF, URIRef

from standards import standard
from vlaq_lod.web.negotiate import RDF_FORMATS

BASE = "http://localhost:8000"
DCAT = rdflib.Namespace("http://www.w3.org/ns/dcat#")
LDES = rdflib.Namespace("https://w3id.org/ldes#")
TREE = rdflib.Namespace("https://w3id.org/tree#")
SH = rdflib.Namespace("http://www.w3.org/ns/shacl#")
VOID = rdflib.Namespace("http://rdfs.org/ns/void#")


def fetch(client, url: str, fmt) -> rdflib.Graph:
    response = client.get(url, headers={"Accept": fmt.media_type})
    assert response.status_code == 200 and response.mimetype == fmt.media_type, url
    if fmt.suffix != "jsonld":
        return rdflib.Graph().parse(data=response.data, format=fmt.rdflib)
    document = response.get_json()
    document["@context"] = client.get("/context.jsonld").get_json()["@context"]
    return rdflib.Graph().parse(data=json.dumps(document), format="json-ld")


@pytest.mark.parametrize("fmt", RDF_FORMATS, ids=lambda f: f.suffix)
def test_catalogue_is_negotiated_and_lists_every_dataset(client, seed_build, fmt):
    graph = fetch(client, "/catalog", fmt)
    catalogs = list(graph.subjects(RDF.type, DCAT.Catalog))
    assert len(catalogs) == 1
    datasets = {str(d) for d in graph.objects(catalogs[0], DCAT.dataset)}
    keys = json.loads((seed_build / "build.json").read_text())["datasets"]
    assert {f"{BASE}/id/dataset/{k}" for k in keys} <= datasets


@pytest.mark.parametrize(("url", "cls"), [("/.well-known/void", VOID.Dataset), ("/shapes", SH.NodeShape),
                                          ("/validation-report", SH.ValidationReport)])
def test_build_documents_are_served_in_every_format(client, url, cls):
    for fmt in RDF_FORMATS:
        assert any(fetch(client, url, fmt).subjects(RDF.type, cls)), (url, fmt.suffix)
    assert client.get(f"{url}.ttl").mimetype == "text/turtle"


def test_vocabulary_is_documented_in_html_with_an_anchor_per_term_and_served_as_rdf(client):
    html = client.get("/def/vlaq", headers={"Accept": "text/html"})
    tree = lxml.etree.HTML(html.data)
    assert tree.xpath("//section[@id='WrittenQuestion']/h3")
    assert tree.xpath("//section[@id='hedge']")
    graph = fetch(client, "/def/vlaq", RDF_FORMATS[0])
    assert (URIRef(f"{BASE}/def/vlaq#WrittenQuestion"), RDF.type, None) in graph


def test_dumps_listing_links_each_file_of_the_current_build(client, seed_build):
    listing = client.get("/dumps/").get_data(as_text=True)
    for path in (seed_build / "dumps").rglob("*"):
        if path.is_file():
            name = path.relative_to(seed_build / "dumps").as_posix()
            assert f'href="/dumps/{name}"' in listing
            assert client.get(f"/dumps/{name}").data == path.read_bytes()


def test_ntriples_dump_holds_every_published_triple(client, seed_build):
    response = client.get("/dumps/vlaq.nt.gz")
    assert response.mimetype == "application/gzip"
    graph = rdflib.Graph().parse(data=gzip.decompress(response.data), format="nt")
    assert len(graph) == json.loads((seed_build / "build.json").read_text())["counts"]["triples"]


def ldes_pages(client) -> list[rdflib.Graph]:
    """Follow the stream from its view through each ``tree:relation`` to the last page."""
    pages, url = [], "/ldes"
    while url:
        graph = fetch(client, url, RDF_FORMATS[0])
        pages.append(graph)
        nodes = [str(n) for n in graph.objects(None, TREE.node)]
        url = nodes[0].removeprefix(BASE) if nodes else None
    return pages


def test_event_stream_pages_hold_a_version_of_every_question_and_observation(client):
    pages = ldes_pages(client)
    assert len(pages) == 2  # 6 questions and 49 observations, 50 members a page
    stream = URIRef(f"{BASE}/ldes#stream")
    assert (stream, RDF.type, LDES.EventStream) in pages[0]
    assert (stream, TREE.view, URIRef(f"{BASE}/ldes")) in pages[0]
    versions = [m for g in pages for m in g.objects(stream, TREE.member)]
    assert len(versions) == len(set(versions)) == 55
    things = {g.value(v, rdflib.DCTERMS.isVersionOf) for g in pages for v in g.objects(stream, TREE.member)}
    assert URIRef(f"{BASE}/id/vraag/2021-2022-313-jan-jambon") in things
    assert URIRef(f"{BASE}/id/observatie/contacten-1700/2018/telefoon") in things
    assert all(g.value(v, rdflib.DCTERMS.created) for g in pages for v in g.objects(stream, TREE.member))


def test_every_member_conforms_to_the_streams_tree_shape(client):
    import pyshacl

    for graph in ldes_pages(client):
        shapes = rdflib.Graph()
        for shape in graph.objects(URIRef(f"{BASE}/ldes#stream"), TREE.shape):
            shapes += graph.cbd(shape)
            shapes.add((shape, SH.targetObjectsOf, TREE.member))
        assert len(shapes) > 5
        conforms, _, text = pyshacl.validate(graph, shacl_graph=shapes)
        assert conforms, text


def test_event_stream_uses_only_terms_the_ldes_and_tree_vocabularies_define(client):
    vocabulary = rdflib.Graph().parse(standard("ldes/vocabulary.ttl")).parse(standard("tree/tree.ttl"))
    defined = set(vocabulary.subjects())
    used = {term for g in ldes_pages(client) for triple in g for term in triple
            if isinstance(term, URIRef) and str(term).startswith(("https://w3id.org/ldes#", "https://w3id.org/tree#"))}
    assert used and used <= defined, used - defined


def test_every_download_and_access_url_in_the_catalogue_is_served(client):
    graph = fetch(client, "/catalog", RDF_FORMATS[0])
    urls = {str(o) for p in (DCAT.downloadURL, DCAT.accessURL, DCAT.landingPage, DCAT.endpointURL)
            for o in graph.objects(None, p) if str(o).startswith(BASE)}
    assert any(u.endswith("/dumps/vlaq.nt.gz") for u in urls)
    for url in sorted(urls):
        response = client.get(url.removeprefix(BASE), follow_redirects=True)
        assert response.status_code == 200, url
