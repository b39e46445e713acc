"""Verify and cite: the source text of every answer as a page with each published figure highlighted at
the offsets the build checked, the dates, the official record where known, and a "Bron" box to copy.
Expected values are read by hand from data/sources/."""

from __future__ import annotations

import re
import shutil

import pytest

from conftest import SEED_BASE
from pages import html, words
from vlaq_lod.settings import PROJECT_ROOT

SOURCES = PROJECT_ROOT / "data" / "sources"
S1532 = "/doc/bron/1532-de-lijn-kosten-ticketverkoop-txt"
Q1532 = "/doc/vraag/2022-2023-1532-lydia-peeters"
SOURCE_LINK = "//section[@aria-labelledby='bron']//a[starts-with(@href, '/doc/bron/')]/@href"




def test_the_source_page_serves_the_text_as_read_with_every_figure_marked(client):
    tree = html(client, S1532)
    [box] = tree.xpath("//div[@class='source-text']")
    for ref in box.xpath(".//a[@class='figref']"):  # the numbered links to the observations
        ref.drop_tree()
    text = (SOURCES / "1532_de-lijn-kosten-ticketverkoop.txt").read_text(encoding="utf-8")
    assert box.text_content() == text  # every character, line breaks and double spaces included
    assert [m.text for m in box.xpath(".//mark")] == [
        "12 791 969", "13 777 550", "12 858 136", "15 366 673", "14 986 297", "14 597 375", "12 684 251",
        "11 941 833", "13 628 748", "17 956 299", "16 191 206", "16 020 736", "17 709 048", "19 002 565"]
    assert "Vraag gesteld op 7 juli 2023." in words(tree.xpath("//p[@class='meta']")[0])


def test_figures_quoting_one_sentence_share_its_highlight_and_keep_their_own_anchor(client):
    """Seed 001, answer 2: 115, 125 and 11 are three figures read from one sentence."""
    tree = html(client, "/doc/bron/001-9f1beb652373d674-txt")
    [box] = tree.xpath("//div[@class='source-text']")
    marked = " ".join(" ".join(m.text_content().split()) for m in box.xpath(".//mark"))
    assert "Tussen de 115 en de 125 voorlichters" in marked and "11 sectorale infolijnen" in marked
    anchors = box.xpath(".//span[@class='anchor']/@id")
    assert len(anchors) == len(set(anchors)) == len(box.xpath(".//a[@class='figref']"))
    for bound in ("ondergrens", "bovengrens"):  # 115 and 125
        obs = f"/doc/observatie/voorlichters-1700/vanaf-2017-06-08/{bound}"
        [link] = html(client, obs).xpath(SOURCE_LINK)
        assert link.split("#")[1] in anchors


def test_every_observation_page_links_to_its_figure_in_the_source_text(client, seed_graph):
    from rdflib import URIRef
    observations = sorted(seed_graph.subjects(URIRef("http://purl.org/linked-data/cube#dataSet"), None))
    assert len(observations) == 49  # 48 from tables and curated sentences, 606's figure in a sentence
    for obs in observations[::7]:
        tree = html(client, str(obs).replace(f"{SEED_BASE}/id/", "/doc/"))
        [href] = tree.xpath(SOURCE_LINK)
        page, anchor = href.split("#")
        assert html(client, page).xpath(f"//span[@id='{anchor}']/following-sibling::mark")


@pytest.mark.parametrize("url, kind", [
    (Q1532, "vraag"),
    ("/doc/dataset/2022-2023-1532-lydia-peeters-tabel-1", "dataset"),
    ("/doc/observatie/2022-2023-1532-lydia-peeters-tabel-1/2014/antwoord-1", "observatie"),
])
def test_question_dataset_and_observation_pages_carry_a_citation_to_copy(client, url, kind):
    tree = html(client, url)
    [box] = tree.xpath("//section[@class='cite']")
    iri = SEED_BASE + url.replace("/doc/", "/id/", 1)
    assert box.xpath(".//dd/code/text()") == [iri]
    text = words(box.xpath(".//p[@class='copy']")[0])
    assert "chriftelijke vraag nr. 1532 (2022-2023) van Jos D'Haese aan Lydia Peeters, 7 juli 2023" in text
    assert "Vlaams Parlement" in text and text.endswith(iri)
    bibtex = box.xpath(".//pre[@class='copy']")[0].text_content()
    assert re.match(r"@misc\{vlaq-[a-z0-9-]+,\n", bibtex) and bibtex.endswith("\n}")
    assert f"  url = {{{iri}}}," in bibtex.splitlines()
    assert "  year = {2023}," in bibtex.splitlines()
    assert "Officiële vraag" not in words(box)  # no document gives its address: nothing is shown


def test_an_official_record_given_in_the_sources_metadata_is_linked(tmp_path):
    from vlaq_lod.build.pipeline import BuildConfig, build
    from vlaq_lod.web import create_app

    data = tmp_path / "data"
    shutil.copytree(PROJECT_ROOT / "data", data)
    record = "https://records.example/vraag/1532"  # a test input: the real address is in no document
    (data / "curated" / "sources.toml").write_text(
        f'[[source]]\nfile = "1532_de-lijn-kosten-ticketverkoop.txt"\nofficial_record = "{record}"\n'
        'answered = 2023-08-10\n', encoding="utf-8")
    build(BuildConfig(data, tmp_path / "out", SEED_BASE))
    client = create_app({"TESTING": True, "OUT": str(tmp_path / "out"), "BASE_URI": SEED_BASE}).test_client()
    tree = html(client, Q1532)
    assert tree.xpath(f"//p[@class='links']/a[@href='{record}']")
    assert "Beantwoord op 10 augustus 2023." in words(tree.xpath("//p[@class='meta']")[0])
    assert tree.xpath(f"//section[@class='cite']//a[@href='{record}']")
    other = html(client, "/doc/vraag/2021-2022-313-jan-jambon")
    assert not other.xpath("//a[@rel='external']")
