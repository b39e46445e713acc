"""Pages that speak: the validation report, the catalogue and the event stream as pages for people."""

from __future__ import annotations

import shutil

import pytest
import rdflib

from conftest import SEED_BASE
from pages import html, words
from vlaq_lod.settings import PROJECT_ROOT

SH = rdflib.SH




def test_a_conforming_build_says_so_in_words(client):
    tree = html(client, "/validation-report")
    verdict = words(tree.xpath("//p[contains(@class, 'verdict')]")[0])
    assert verdict.startswith("De data voldoet aan alle regels.")
    # the seeds' three figures in sentences that were not read (tests/seeds.py) are warnings, no violation
    assert words(tree.xpath("//ul[@class='stats']")[0]) == "3 resultaten 3 waarschuwingen"


@pytest.fixture(scope="module")
def warned(tmp_path_factory):
    """A build with two contradicting documents (test_shapes_consistency.py): published, with warnings."""
    from test_shapes_consistency import CURATED, OTHER_DOCUMENT, WRONG_TOTAL
    from vlaq_lod.build.pipeline import BuildConfig, build
    from vlaq_lod.web import create_app

    root = tmp_path_factory.mktemp("warned")
    shutil.copytree(PROJECT_ROOT / "data", root / "data")
    (root / "data" / "curated" / "consistency-test.toml").write_text(CURATED, encoding="utf-8")
    (root / "data" / "sources" / "q12.txt").write_text(WRONG_TOTAL, encoding="utf-8")
    (root / "data" / "sources" / "q13.txt").write_text(OTHER_DOCUMENT, encoding="utf-8")
    build(BuildConfig(root / "data", root / "out", SEED_BASE))
    report = rdflib.Graph().parse(root / "out" / "current" / "validation-report.ttl")
    app = create_app({"TESTING": True, "OUT": str(root / "out"), "BASE_URI": SEED_BASE})
    return app.test_client(), report


def test_every_warning_is_listed_with_its_focus_node_as_a_link(warned):
    client, report = warned
    results = list(report.objects(None, SH.result))
    assert len(results) >= 2
    tree = html(client, "/validation-report")
    assert "De data voldoet aan alle regels." in words(tree.xpath("//p[contains(@class, 'verdict')]")[0])
    assert words(tree.xpath("//ul[@class='stats']")[0]) == (
        f"{len(results)} resultaten {len(results)} waarschuwingen")
    rows = tree.xpath("//section[@aria-labelledby='resultaten']//tbody/tr")
    assert len(rows) == len(results)
    focus = {str(report.value(r, SH.focusNode)).replace(f"{SEED_BASE}/id/", "/doc/", 1) for r in results}
    links = {row.xpath("./td[2]/a/@href")[0] for row in rows}
    assert links == focus
    for href in links:
        assert client.get(href, headers={"Accept": "text/html"}).status_code == 200


def test_the_catalogue_starts_with_the_datasets_and_names_each_file_by_what_it_holds(client):
    tree = html(client, "/catalog")
    assert tree.xpath("(//main//h2)[1]/text()") == ["Datasets"]
    items = tree.xpath("//ul[@class='catalog']/li")
    assert len(items) == 12  # the twelve datasets of the seed build (606's sentence figure is the 12th)
    names = [words(a) for a in tree.xpath("//ul[@class='catalog']//a[@class='button']")]
    assert "Download CSV van Contacten met 1700 per kanaal en per jaar" in names
    assert len(set(names)) == len(names)  # no two identical "CSV" links


def test_the_event_stream_has_a_page_for_browsers_and_stays_rdf_for_clients(client):
    tree = html(client, "/ldes")
    assert words(tree.xpath("//h1")[0]) == "Event stream (LDES)"
    members = tree.xpath("//main/ul[@class='list']/li")
    assert len(members) == 50
    assert tree.xpath("//a[text()='Volgende pagina']/@href") == ["/ldes/pagina/1"]
    assert client.get("/ldes").mimetype == "text/turtle"  # no Accept: the stream's own format
    assert client.get("/ldes", headers={"Accept": "text/turtle"}).mimetype == "text/turtle"
    assert client.get("/ldes/pagina/1.html").mimetype == "text/html"
