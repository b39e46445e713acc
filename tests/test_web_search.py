"""Finding questions on the seed build: search (ranking, phrases, prefixes, accents), facets, paging, the
browse lists, their CSV and RDF twins, hostile input, and what every page tells search engines.

Expected questions come from the six source documents in ``data/sources/`` (numbers, names and words as
printed there), never from the index itself.
"""

from __future__ import annotations

import csv
import io
import json
import re

import pytest
import rdflib

from pages import html
from vlaq_lod.build.folder import SEARCH_INDEX
from vlaq_lod.search import SearchIndex, highlight
from vlaq_lod.settings import PROJECT_ROOT
from vlaq_lod.web.negotiate import RDF_FORMATS

SCHEMA = rdflib.Namespace("https://schema.org/")
HYDRA = rdflib.Namespace("http://www.w3.org/ns/hydra/core#")
BASE = "http://localhost:8000"
SOURCES = PROJECT_ROOT / "data" / "sources"
# every question of the seeds by number, newest first (dates as printed in the documents)
NEWEST_FIRST = [235, 606, 1037, 1532, 313, 639]


def rows(client, url: str) -> list[dict[str, str]]:
    response = client.get(url)
    assert response.status_code == 200, response.data[:300]
    assert response.mimetype == "text/csv"
    return list(csv.DictReader(io.StringIO(response.data.decode())))


def numbers(client, url: str) -> list[int]:
    """The question numbers a list shows, in its order (from its CSV twin)."""
    return [int(row["nummer"]) for row in rows(client, url)]



def source_with(word: str) -> set[str]:
    """The source files that print ``word`` (case-insensitive), the oracle for what a search must find."""
    return {p.name for p in SOURCES.glob("*.txt") if word.lower() in p.read_text(encoding="utf-8").lower()}


def test_the_build_writes_the_index_of_every_published_question(seed_build, seed_graph):
    vocab = rdflib.Namespace(f"{BASE}/def/vlaq#")
    questions = set(seed_graph.subjects(rdflib.RDF.type, vocab.WrittenQuestion))
    index = SearchIndex(seed_build / SEARCH_INDEX)
    try:
        assert index.counts()["questions"] == len(questions) == 6
    finally:
        index.close()


def test_without_words_the_list_is_every_question_newest_first(client):
    assert numbers(client, "/zoeken.csv") == NEWEST_FIRST


def test_a_word_finds_the_answers_that_print_it_best_first(client):
    # "1700" is printed in two documents: 27 times in question 313 (title "Informatienummer 1700"),
    # 12 times in 639 ("Gratis 1700-nummer"); ranking puts the one that says it most first
    assert source_with("1700") == {"000_1f88426f64fa881f.txt", "001_9f1beb652373d674.txt"}
    assert numbers(client, "/zoeken.csv?q=1700") == [313, 639]


def test_a_phrase_finds_only_the_words_side_by_side(client):
    # both print "gratis" and "1700"; only 639 prints "gratis 1700"
    assert sorted(numbers(client, "/zoeken.csv?q=gratis+1700")) == [313, 639]
    assert numbers(client, '/zoeken.csv?q="gratis+1700"') == [639]


def test_a_prefix_finds_every_word_that_starts_so(client):
    # 313 prints "vaccinaties" and "vaccinatiecertificaat", no document the word "vaccin" alone
    assert numbers(client, "/zoeken.csv?q=vaccin") == []
    assert numbers(client, "/zoeken.csv?q=vaccin*") == [313]


@pytest.mark.parametrize("query", ["noodplanningscoordinatoren", "NOODPLANNINGSCOÖRDINATOREN",
                                   "noodplanningscoördinatoren"])
def test_accents_and_case_do_not_matter(client, query):
    assert source_with("noodplanningscoördinatoren") == {"235_wateroverlast-demerbekken.txt"}
    assert numbers(client, f"/zoeken.csv?q={query}") == [235]


def test_the_fragment_marks_the_word_as_printed(client):
    page = html(client, "/zoeken?q=noodplanningscoordinatoren")
    marks = page.xpath("//ol[@class='hits']//p[@class='snippet']/mark/text()")
    assert marks and set(marks) == {"noodplanningscoördinatoren"}


def test_a_figure_is_found_as_printed(client):
    # the answer to 1532 prints "12 791 969 euro"; a reader types it with points
    page = html(client, "/zoeken?q=12.791.969")
    assert page.xpath("//ol[@class='hits']//p[@class='snippet']/mark/text()") == ["12 791 969"]
    assert numbers(client, "/zoeken.csv?q=12.791.969") == [1532]


def test_highlight_escapes_the_text_and_marks_only_the_hits():
    assert highlight("<b>a & \x02b\x03</b>") == "&lt;b&gt;a &amp; <mark>b</mark>&lt;/b&gt;"


@pytest.mark.parametrize("facet,value,expected", [
    ("minister", "zuhal-demir", [235, 1037]),          # the two answers Zuhal Demir signed
    ("lid", "vera-jans", [313]),                       # Vera Jans asked 313
    ("jaar", "2022-2023", [606, 1037, 1532]),           # parliamentary year printed in the headers
    ("onderwerp", "coronavaccinaties", [313]),          # topic of answer 4 of 313 (data/curated/topics.toml)
    ("cijfers", "ja", [606, 1532, 313, 639]),            # the answers with figures published as data (606:
                                                        # "Binnen de oproep van 2022 werden 27 projecten")
])
def test_a_facet_keeps_the_questions_that_have_its_value(client, facet, value, expected):
    assert numbers(client, f"/zoeken.csv?{facet}={value}") == expected


def test_facets_count_the_hits_and_a_second_click_clears_the_choice(client):
    page = html(client, "/zoeken")
    ministers = {a.text: a.getnext().text for a in page.xpath("//aside//h2[@id='facet-minister']/..//li/a")}
    assert ministers == {"Zuhal Demir": "2", "Jan Jambon": "1", "Lydia Peeters": "1",
                         "Matthias Diependaele": "1", "Philippe Muyters": "1"}
    page = html(client, "/zoeken?q=1700")
    ministers = {a.text: a.getnext().text for a in page.xpath("//aside//h2[@id='facet-minister']/..//li/a")}
    assert ministers == {"Jan Jambon": "1", "Philippe Muyters": "1"}
    chosen = html(client, "/zoeken?q=1700&minister=jan-jambon").xpath("//aside//a[@aria-current='true']")
    assert [a.text for a in chosen] == ["Jan Jambon"]
    assert chosen[0].get("href") == "/zoeken?q=1700"


def test_pages_of_a_filtered_list_keep_the_order(client):
    assert [numbers(client, f"/zoeken.csv?jaar=2022-2023&per=2&pagina={n}") for n in (1, 2)] == [
        [606, 1037], [1532]]
    assert [numbers(client, f"/zoeken.csv?cijfers=ja&per=1&pagina={n}") for n in (1, 2, 3)] == [
        [606], [1532], [313]]
    assert numbers(client, "/zoeken.csv?q=1700&cijfers=ja&per=1&pagina=2") == [639]


def test_pages_split_the_list_and_link_to_each_other(client):
    pages = [numbers(client, f"/zoeken.csv?per=2&pagina={n}") for n in (1, 2, 3)]
    assert pages == [NEWEST_FIRST[0:2], NEWEST_FIRST[2:4], NEWEST_FIRST[4:6]]
    assert client.get("/zoeken?per=2&pagina=4").status_code == 404
    first = html(client, "/zoeken?per=2")
    assert first.xpath("//nav[@class='pager']/a[@rel='next']/@href") == ["/zoeken?per=2&pagina=2"]
    assert first.xpath("//nav[@class='pager']/a[@rel='prev']") == []
    graph = rdflib.Graph().parse(data=client.get("/zoeken.ttl?per=2&pagina=2").data, format="turtle")
    view = rdflib.URIRef(f"{BASE}/zoeken?per=2&pagina=2")
    assert graph.value(view, HYDRA.next) == rdflib.URIRef(f"{BASE}/zoeken?per=2&pagina=3")
    assert graph.value(view, HYDRA.previous) == rdflib.URIRef(f"{BASE}/zoeken?per=2")
    assert graph.value(view, HYDRA.totalItems).toPython() == 6


@pytest.mark.parametrize("fmt", RDF_FORMATS, ids=lambda f: f.suffix)
def test_every_list_has_rdf_twins_with_the_items_in_order(client, fmt):
    response = client.get(f"/zoeken.{fmt.suffix}?q=1700")
    assert response.status_code == 200 and response.mimetype == fmt.media_type
    data = response.data
    if fmt.suffix == "jsonld":  # compacted against /context.jsonld: given inline, as a client would fetch it
        document = json.loads(data)
        assert document["@context"] == f"{BASE}/context.jsonld"
        document["@context"] = client.get("/context.jsonld").get_json()["@context"]
        data = json.dumps(document)
    graph = rdflib.Graph().parse(data=data, format=fmt.rdflib, publicID=BASE + "/")
    ranked = sorted((int(graph.value(e, SCHEMA.position)), str(graph.value(e, SCHEMA.item)))
                    for e in graph.subjects(rdflib.RDF.type, SCHEMA.ListItem))
    assert ranked == [(1, f"{BASE}/id/vraag/2021-2022-313-jan-jambon"),
                      (2, f"{BASE}/id/vraag/2016-2017-639-philippe-muyters")]


def test_twins_keep_the_query_and_are_negotiated(client):
    response = client.get("/zoeken?q=1700", headers={"Accept": "text/csv"})
    assert response.mimetype == "text/csv"
    assert response.headers["Content-Location"] == "/zoeken.csv?q=1700"
    assert '</zoeken.ttl?q=1700>; rel="alternate"; type="text/turtle"' in response.headers["Link"]
    page = html(client, "/zoeken?q=1700")
    assert "/zoeken.csv?q=1700" in page.xpath("//p[@class='downloads']/a/@href")


@pytest.mark.parametrize("query", [
    '"', '"1700', "1700\"", "AND", "OR OR", "NOT 1700", "NEAR(gratis 1700)", "title:1700", "*", "^1700",
    "1700 -", "'; DROP TABLE question; --", "\\", "()", "{a b}", "\u0000", "1700\x02", "%", "🙂",
])
def test_query_syntax_is_never_a_server_error(client, query):
    response = client.get("/zoeken", query_string={"q": query})
    assert response.status_code == 200
    assert b"<mark" not in response.data or b"<mark>" in response.data
    response = client.get("/zoeken.csv", query_string={"q": query})
    assert response.status_code == 200


def test_operators_are_searched_as_words(client):
    # "OR" would widen the search in FTS5's syntax; here it is a word no document prints alone
    assert numbers(client, "/zoeken.csv?q=1700+OR+noodplanningscoordinatoren") == []


def test_the_query_is_shown_escaped(client):
    response = client.get("/zoeken", query_string={"q": "<script>alert(1)</script>"})
    assert response.status_code == 200
    assert b"<script>alert" not in response.data


@pytest.mark.parametrize("url", [
    "/zoeken?q=" + "a" * 501, "/zoeken?q=" + "+".join(["a"] * 33), "/zoeken?pagina=0", "/zoeken?pagina=abc",
    "/zoeken?per=101", "/zoeken?per=-1", "/zoeken/minister?pagina=x", "/datasets?pagina=0",
])
def test_out_of_bounds_requests_are_400_saying_why(client, url):
    response = client.get(url, headers={"Accept": "text/html"})
    assert response.status_code == 400
    assert b"Traceback" not in response.data


def test_an_unknown_facet_value_is_an_empty_list(client):
    assert numbers(client, "/zoeken.csv?minister=' OR 1=1 --") == []


def test_browse_lists_every_minister_with_a_link_to_the_questions(client):
    listed = rows(client, "/zoeken/minister.csv")
    assert {(r["naam"], r["vragen"]) for r in listed} == {
        ("Zuhal Demir", "2"), ("Jan Jambon", "1"), ("Lydia Peeters", "1"), ("Matthias Diependaele", "1"),
        ("Philippe Muyters", "1")}
    page = html(client, "/zoeken/minister")
    assert "/zoeken?minister=zuhal-demir" in page.xpath("//ul[contains(@class, 'values')]//a/@href")
    assert [r["naam"] for r in rows(client, "/zoeken/jaar.csv")] == [
        "2023-2024", "2022-2023", "2021-2022", "2016-2017"]
    assert client.get("/zoeken/bestaatniet").status_code == 404


def test_datasets_list_every_dataset_with_its_figures(client, seed_build):
    info = json.loads((seed_build / "build.json").read_text())
    listed = rows(client, "/datasets.csv")
    assert {r["dataset"].rsplit("/", 1)[1] for r in listed} == set(info["datasets"])
    assert sum(int(r["cijfers"]) for r in listed) == info["counts"]["observations"]
    assert listed[0]["dataset"] == f"{BASE}/id/dataset/contacten-1700"  # 16 figures: the largest


def test_person_page_links_to_their_questions(client):
    page = html(client, "/doc/persoon/zuhal-demir")
    links = page.xpath("//a[@href='/zoeken?minister=zuhal-demir']/text()")
    assert links == ["2 vragen beantwoord als minister"]


def test_landing_page_shows_the_newest_questions_and_the_ways_in(client):
    page = html(client, "/")
    newest = page.xpath("//ul[contains(@class, 'newest')]/li/a/@href")
    assert len(newest) == 6 and newest[0] == "/doc/vraag/2023-2024-235-zuhal-demir"
    hrefs = set(page.xpath("//main//a/@href"))
    ways = {"/zoeken", "/datasets", "/zoeken/minister", "/zoeken/lid", "/zoeken/jaar", "/zoeken/onderwerp"}
    assert ways <= hrefs
    assert page.xpath("//form[@role='search']/@action") == ["/zoeken", "/zoeken"]  # header and landing


@pytest.mark.parametrize("url,canonical", [
    ("/", "/"),
    ("/doc/vraag/2021-2022-313-jan-jambon", "/doc/vraag/2021-2022-313-jan-jambon"),
    ("/doc/vraag/2021-2022-313-jan-jambon.html", "/doc/vraag/2021-2022-313-jan-jambon"),
    ("/doc/dataset/contacten-1700", "/doc/dataset/contacten-1700"),
    ("/doc/observatie/contacten-1700/2018/telefoon", "/doc/observatie/contacten-1700/2018/telefoon"),
    ("/doc/persoon/jan-jambon", "/doc/persoon/jan-jambon"),
    ("/catalog", "/catalog"),
    ("/zoeken?q=1700", "/zoeken?q=1700"),
    ("/zoeken/minister", "/zoeken/minister"),
    ("/datasets", "/datasets"),
])
def test_every_page_type_tells_search_engines_what_it_is(client, url, canonical):
    page = html(client, url)
    description = page.xpath("//meta[@name='description']/@content")
    assert len(description) == 1 and 30 <= len(description[0]) <= 201
    assert page.xpath("//link[@rel='canonical']/@href") == [BASE + canonical]
    assert page.xpath("//meta[@property='og:url']/@content") == [BASE + canonical]
    assert page.xpath("//meta[@property='og:title']/@content")[0].strip()
    assert page.xpath("//meta[@property='og:description']/@content") == description
    licence = page.xpath("//footer//a[@rel='license']")
    assert [a.get("href") for a in licence] == ["https://creativecommons.org/publicdomain/zero/1.0/deed.nl"]
    assert "CC0" in licence[0].text


def test_a_question_is_described_by_its_own_words(client):
    # the introduction of 313 as printed in its source document
    text = (SOURCES / "000_1f88426f64fa881f.txt").read_text(encoding="utf-8")
    assert "1700 is het gratis informatienummer van de Vlaamse overheid" in re.sub(r"\s+", " ", text)
    page = html(client, "/doc/vraag/2021-2022-313-jan-jambon")
    description = page.xpath("//meta[@name='description']/@content")
    assert description[0].startswith("1700 is het gratis informatienummer van de Vlaamse overheid")


def test_a_search_ranks_its_newest_hits_when_there_are_too_many(client, monkeypatch):
    # with a window of one, "1700" (313 of 2022 and 639 of 2017) ranks and pages through the newest hit
    # only, and says so; the total still counts both
    monkeypatch.setattr("vlaq_lod.search.RANK_WINDOW", 1)
    assert numbers(client, "/zoeken.csv?q=1700") == [313]
    page = html(client, "/zoeken?q=1700")
    assert page.xpath("//section[@class='hits']/h2/text()") == ["2 vragen met „1700”"]
    note = page.xpath("string(//section[@class='hits']/p[@class='note'])")
    assert "de 1 nieuwste zijn gerangschikt" in note
    assert client.get("/zoeken?q=1700&pagina=2").status_code == 400
