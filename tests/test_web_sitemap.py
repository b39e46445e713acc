"""The sitemap at archive scale, over the seed build's real store with the page size lowered to 50, so
the ~120 listed things need three sitemaps: the index, each sitemap's structure (sitemaps.org's
schemas), the split (no sitemap over the size, none overlapping, together every page a person should
find) and what is left out. The expected pages come from the dump, not from the app.
"""

from __future__ import annotations

import gzip
import math

import lxml.etree
import pytest
import rdflib
from rdflib import RDF, URIRef

from vlaq_lod.web import sitemap

BASE = "http://localhost:8000"
SIZE = 50
NS = {"s": "http://www.sitemaps.org/schemas/sitemap/0.9"}
LISTED = [f"{BASE}/def/vlaq#WrittenQuestion", f"{BASE}/def/vlaq#SourceText", "http://purl.org/linked-data/cube#DataSet",
          "http://purl.org/linked-data/cube#Observation", "https://schema.org/Person",
          "https://schema.org/GovernmentOrganization", "https://schema.org/GovernmentService",
          "http://www.w3.org/2004/02/skos/core#Concept", "http://www.w3.org/2004/02/skos/core#ConceptScheme"]

# The structure of sitemaps.org's sitemap.xsd and siteindex.xsd (protocol 0.9), reduced to the elements
# this site writes: a <loc> is an absolute URL of 12 to 2048 characters, a file lists 1 to 50,000.
_SCHEMA = """<xsd:schema xmlns:xsd="http://www.w3.org/2001/XMLSchema"
    targetNamespace="http://www.sitemaps.org/schemas/sitemap/0.9"
    xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" elementFormDefault="qualified">
  <xsd:simpleType name="tLoc"><xsd:restriction base="xsd:anyURI">
    <xsd:minLength value="12"/><xsd:maxLength value="2048"/><xsd:pattern value="https?://.+"/>
  </xsd:restriction></xsd:simpleType>
  <xsd:complexType name="tEntry"><xsd:all><xsd:element name="loc" type="tLoc"/></xsd:all></xsd:complexType>
  <xsd:element name="ROOT"><xsd:complexType><xsd:sequence>
    <xsd:element name="ENTRY" type="tEntry" minOccurs="1" maxOccurs="50000"/>
  </xsd:sequence></xsd:complexType></xsd:element>
</xsd:schema>"""


def schema(root: str, entry: str) -> lxml.etree.XMLSchema:
    return lxml.etree.XMLSchema(lxml.etree.fromstring(_SCHEMA.replace("ROOT", root).replace("ENTRY", entry)))


URLSET, INDEX = schema("urlset", "url"), schema("sitemapindex", "sitemap")


@pytest.fixture(scope="module")
def client(seed_out):
    from vlaq_lod.web import create_app

    app = create_app({"TESTING": True, "OUT": str(seed_out), "BASE_URI": BASE, "SITEMAP_PAGE_SIZE": SIZE})
    return app.test_client()


@pytest.fixture(scope="module")
def expected(seed_build) -> set[str]:
    """Every /doc/ page of a listed class, read from the build's N-Triples dump."""
    graph = rdflib.Graph().parse(data=gzip.decompress((seed_build / "dumps" / "vlaq.nt.gz").read_bytes()),
                                 format="nt")
    things = {str(s) for t in LISTED for s in graph.subjects(RDF.type, URIRef(t))}
    return {t.replace(f"{BASE}/id/", f"{BASE}/doc/", 1) for t in things
            if t.startswith(f"{BASE}/id/") and "#" not in t}


def read(client, url: str, schema: lxml.etree.XMLSchema) -> list[str]:
    """The <loc>s of an XML sitemap or index, after checking it against its schema and the 50 MB cap."""
    response = client.get(url.removeprefix(BASE))
    assert response.status_code == 200, url
    assert response.mimetype == "application/xml"
    assert len(response.data) < 50 * 1024 * 1024
    document = lxml.etree.fromstring(response.data)
    schema.assertValid(document)
    return document.xpath("//s:loc/text()", namespaces=NS)


def test_index_lists_the_site_then_one_sitemap_per_page_of_things(client, expected):
    pages = math.ceil(len(expected) / SIZE)
    assert pages >= 3  # the seeds need more than one page at this size, or the split is untested
    assert read(client, "/sitemap.xml", INDEX) == [
        f"{BASE}/sitemap/site.xml", *(f"{BASE}/sitemap/{n}.xml" for n in range(1, pages + 1))]


def test_sitemaps_split_every_page_once_without_exceeding_the_size(client, expected):
    sitemaps = read(client, "/sitemap.xml", INDEX)[1:]
    listed = [read(client, url, URLSET) for url in sitemaps]
    assert all(len(urls) == SIZE for urls in listed[:-1]) and 0 < len(listed[-1]) <= SIZE
    flat = [url for urls in listed for url in urls]
    assert len(flat) == len(set(flat))  # no page in two sitemaps, nor twice in one
    assert set(flat) == expected
    assert f"{BASE}/doc/vraag/2021-2022-313-jan-jambon" in flat
    assert f"{BASE}/doc/observatie/contacten-1700/2018/telefoon" in flat


def test_parts_shown_on_other_pages_are_left_out(client):
    flat = {url for sitemap_url in read(client, "/sitemap.xml", INDEX)
            for url in read(client, sitemap_url, URLSET)}
    for left_out in ("/doc/vraag/2021-2022-313-jan-jambon/deelvraag/1", "/doc/structuur/bereik",
                     "/doc/antwoord/2021-2022-313-jan-jambon", "/doc/periode/2015"):
        assert client.get(left_out).status_code == 200  # a page of its own, but not one to land on
        assert BASE + left_out not in flat
    assert not any("#" in url for url in flat)


def test_site_sitemap_holds_the_ways_in(client):
    assert read(client, "/sitemap/site.xml", URLSET) == [
        f"{BASE}/", f"{BASE}/zoeken", f"{BASE}/zoeken/minister", f"{BASE}/zoeken/lid",
        f"{BASE}/zoeken/jaar", f"{BASE}/zoeken/onderwerp", f"{BASE}/datasets", f"{BASE}/catalog",
        f"{BASE}/def/vlaq", f"{BASE}/dumps/"]


@pytest.mark.parametrize("number", [0, 4, 99])
def test_a_sitemap_past_the_last_is_not_found(client, number):
    assert client.get(f"/sitemap/{number}.xml").status_code == 404


def test_the_default_page_size_is_the_protocols_cap(seed_out, expected):
    from vlaq_lod.web import create_app

    assert sitemap.PAGE_SIZE == 50_000
    client = create_app({"TESTING": True, "OUT": str(seed_out), "BASE_URI": BASE}).test_client()
    assert read(client, "/sitemap.xml", INDEX) == [f"{BASE}/sitemap/site.xml", f"{BASE}/sitemap/1.xml"]
    assert set(read(client, "/sitemap/1.xml", URLSET)) == expected


def test_robots_points_to_the_index(client):
    assert f"Sitemap: {BASE}/sitemap.xml\n" in client.get("/robots.txt").get_data(as_text=True)
