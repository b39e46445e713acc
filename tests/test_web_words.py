"""Pages in people's words: titles a person would write, labels instead of slugs and CURIEs, the raw
properties folded away, persons and organisations described by what they did and where they come up.
Expected texts are read by hand from data/sources/ and data/curated/."""

from __future__ import annotations

import re

import lxml.html
import pytest
from rdflib import RDF, URIRef

from conftest import SEED_BASE
from pages import html, words

SLUG = re.compile(r"\b\d{4}-\d{4}-\d+-[a-z]+(-[a-z]+)*\b|/ deel /|/ deelvraag /")
CURIE = re.compile(r"\b(schema|qb|dcat|skos|org|oa|rdf|foaf|time|vlaq):[A-Za-z]")




def every_page(seed_graph) -> list[str]:
    things = {s for s in seed_graph.subjects(RDF.type, None)
              if isinstance(s, URIRef) and str(s).startswith(f"{SEED_BASE}/id/") and "#" not in str(s)}
    return sorted(str(s).replace(f"{SEED_BASE}/id/", "/doc/", 1) for s in things)


def test_no_page_shows_a_slug_or_a_curie_outside_its_technical_details(client, seed_graph):
    pages = every_page(seed_graph)
    assert len(pages) > 150
    offenders = []
    for url in pages:
        tree = html(client, url)
        for details in tree.xpath("//details[@class='technical']"):
            details.drop_tree()
        for box in tree.xpath("//section[@class='cite']"):  # the permanent URI and BibTeX key are meant
            box.drop_tree()
        shown = words(tree.xpath("//main")[0])
        if found := SLUG.search(shown) or CURIE.search(shown):
            offenders.append(f"{url}: {found.group()}")
    assert offenders == []


@pytest.mark.parametrize("url, title", [
    ("/doc/observatie/contacten-1700/2021/chat", "49.531 – Contacten met 1700 (chat) in 2021"),
    ("/doc/observatie/scriptgebruik-werk-sociale-economie/2014-2016",
     "iets minder dan 70.000 – Gebruik van scripts en artikels van het Departement Werk en Sociale Economie "
     "door 1700 in 2014-2016"),
    ("/doc/observatie/budget-contactcenter-1700/2018",
     "4.396.287 euro – Budget van Digitaal Vlaanderen voor het contactcenter 1700 in 2018"),
    ("/doc/antwoord/2021-2022-313-jan-jambon/deel/1-a", "Antwoord 1-a op vraag nr. 313 (2021-2022)"),
    ("/doc/vraag/2021-2022-313-jan-jambon/deelvraag/1", "Deelvraag 1 van vraag nr. 313 (2021-2022)"),
])
def test_titles_a_person_would_write(client, url, title):
    tree = html(client, url)
    assert words(tree.xpath("//h1")[0]) == title
    assert tree.xpath("string(//title)").startswith(title)


@pytest.mark.parametrize("url, kind", [
    ("/doc/vraag/2021-2022-313-jan-jambon", "Schriftelijke vraag"),
    ("/doc/observatie/contacten-1700/2021/chat", "Cijfer"),
    ("/doc/persoon/vera-jans", "Persoon"),
    ("/doc/organisatie/de-lijn", "Overheidsorganisatie"),
])
def test_the_word_above_a_title_is_dutch_not_a_class_name(client, url, kind):
    assert words(html(client, url).xpath("//p[@class='kind']")[0]) == kind


def test_raw_properties_are_folded_under_technical_details(client):
    tree = html(client, "/doc/observatie/contacten-1700/2021/chat")
    [details] = tree.xpath("//details[@class='technical']")
    assert details.getparent().xpath("h2/text()") == ["Technische details"]
    assert details.xpath(".//dl[@class='props']") and not tree.xpath("//main/section/dl[@class='props']")


def test_a_ministers_page_gives_function_term_and_answers(client):
    tree = html(client, "/doc/persoon/lydia-peeters")
    [role] = tree.xpath("//section[@aria-labelledby='functie']//li")
    assert words(role).startswith("VLAAMS MINISTER VAN MOBILITEIT EN OPENBARE WERKEN")
    assert "op 7 juli 2023" in words(role)
    assert [words(li) for li in tree.xpath("//section[@aria-labelledby='vragen']//li")] == [
        "De Lijn - Kosten ticketverkoop beantwoord, 7 juli 2023"]


def test_a_members_page_lists_the_questions_asked(client):
    tree = html(client, "/doc/persoon/vera-jans")
    assert [words(li) for li in tree.xpath("//section[@aria-labelledby='vragen']//li")] == [
        "Informatienummer 1700 - Oproepen gesteld, 26 april 2022"]


def test_an_organisation_page_says_what_it_is_and_which_figures_name_it(client):
    tree = html(client, "/doc/organisatie/de-lijn")
    assert words(tree.xpath("//p[@class='lead']")[0]) == "Een overheidsorganisatie, vermeld in 1 vraag."
    assert words(tree.xpath("//blockquote")[0]) == (
        "De Lijn maakt jaarlijks kosten die gepaard gaan met de ticketverkoop.")
    figures = tree.xpath("//section[@aria-labelledby='cijfers']//li/a/text()")
    assert len(figures) == 14 and "12 791 969 euro" in figures and "19 002 565 euro" in figures


def test_the_404_page_is_dutch(client):
    response = client.get("/doc/vraag/bestaat-niet", headers={"Accept": "text/html"})
    assert response.status_code == 404
    tree = lxml.html.fromstring(response.data)
    assert words(tree.xpath("//h1")[0]) == "404 · Niet gevonden"
    assert "Er is geen /id/vraag/bestaat-niet in deze data." in words(tree.xpath("//main")[0])
    assert tree.get("lang") == "nl"


def test_catalogue_codes_show_in_dutch(client):
    """The EU codes of the catalogue (theme GOVE, language NLD, Flanders BEL_REG_VLG) read as words."""
    shown = words(html(client, "/doc/catalogus/vlaq/corpus").xpath("//main")[0])
    for code in ("Government and public sector", "GOVE", "BEL_REG_VLG"):
        assert code not in shown.replace("Technische details", "")
