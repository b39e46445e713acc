"""The pages people read, over the seed build: what each kind of page must show, read from the
documents by hand (data/sources/), and the basics every page shares (language, landmarks, JSON-LD).
"""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import lxml.etree
import lxml.html
import pytest

QUESTION = "/doc/vraag/2021-2022-313-jan-jambon"
DATASET = "/doc/dataset/contacten-1700"
OBSERVATION = "/doc/observatie/contacten-1700/2018/telefoon"
HEDGED = "/doc/observatie/scriptgebruik-werk-sociale-economie/2014-2016"
PAGES = ["/", QUESTION, DATASET, OBSERVATION, HEDGED, "/doc/persoon/jan-jambon", "/catalog", "/def/vlaq",
         "/dumps/", "/.well-known/void", "/shapes", "/validation-report"]


def page(client, url: str, **params):
    response = client.get(url, query_string=params, headers={"Accept": "text/html"})
    assert response.status_code == 200, url
    assert response.mimetype == "text/html"
    return lxml.html.fromstring(response.data)


def texts(tree, xpath: str) -> list[str]:
    return [" ".join(e.text_content().split()) for e in tree.xpath(xpath)]


@pytest.mark.parametrize("url", PAGES)
def test_every_page_is_dutch_responsive_navigable_and_carries_valid_json_ld(client, url):
    tree = page(client, url)
    assert tree.get("lang") == "nl"
    assert tree.xpath("//meta[@name='viewport']")
    assert tree.xpath("//a[@class='skip']/@href") == ["#inhoud"] and tree.xpath("//main[@id='inhoud']")
    assert len(tree.xpath("//h1")) == 1
    levels = [int(h.tag[1]) for h in tree.xpath("//main//*[self::h1 or self::h2 or self::h3]")]
    assert all(b - a <= 1 for a, b in zip(levels, levels[1:], strict=False))  # no skipped heading level
    assert not tree.xpath("//script[not(@type='application/ld+json')]")  # no executable inline script
    [block] = tree.xpath("//script[@type='application/ld+json']")
    markup = json.loads(block.text)
    assert markup["@context"] == "https://schema.org/" and markup["@type"] and markup["name"]


def test_question_page_shows_question_and_answer_with_every_figure_marked_and_linked(client):
    tree = page(client, QUESTION)
    assert texts(tree, "//h1") == ["Informatienummer 1700 - Oproepen"]
    assert texts(tree, "//p[@class='meta']")[0] == (
        "Vraag nr. 313 (2021-2022) van Vera Jans aan Jan Jambon, gesteld op 26 april 2022. "
        "De datum van het antwoord staat niet in het document.")
    assert "28 cijfers uit dit antwoord" in texts(tree, "//p[@class='note']")[0]
    body = " ".join(tree.text_content().split())
    assert "Hoeveel oproepen ontving het nummer 1700 in 2021, in 2020, in 2019 en in 2018?" in body
    assert "Telefoon blijft het meest gebruikte medium in het contactcenter 1700." in body
    figures = tree.xpath("//a[@class='figure']")
    # answer 313 publishes contacts (16), their evolution (4), the budget (4) and the contributions (4)
    assert len(figures) == 28
    by_text = {f.text_content(): f.get("href") for f in figures}
    assert by_text["826.095"] == "/doc/observatie/contacten-1700/2018/telefoon"
    assert by_text["5.352.535"] == "/doc/observatie/budget-contactcenter-1700/2021"
    assert by_text["+5,63%"].startswith("/doc/observatie/evolutie-contacten-1700/2019")
    assert "1700" not in by_text  # the phone number in the prose is not a figure
    for figure in figures:
        assert client.get(figure.get("href")).status_code == 200


def test_figures_quoted_in_sentences_are_each_marked_on_their_own_number(client):
    """Seed 001 prints its six figures in sentences; three share one ("Tussen de 115 en de 125 voorlichters
    ... van 1700 en 11 sectorale infolijnen"): each is marked on its own number, linked to its own figure."""
    tree = page(client, "/doc/vraag/2016-2017-639-philippe-muyters")
    assert "6 cijfers uit dit antwoord" in texts(tree, "//p[@class='note']")[0]
    by_text = {f.text_content(): f.get("href") for f in tree.xpath("//a[@class='figure']")}
    assert by_text == {
        "70.000": "/doc/observatie/scriptgebruik-werk-sociale-economie/2014-2016",
        "115": "/doc/observatie/voorlichters-1700/vanaf-2017-06-08/ondergrens",
        "125": "/doc/observatie/voorlichters-1700/vanaf-2017-06-08/bovengrens",
        "11": "/doc/observatie/sectorale-infolijnen-1700/vanaf-2017-06-08",
        "36": "/doc/observatie/opgeleide-voorlichters-werk-sociale-economie/vanaf-2017-06-08",
        "87,07%": "/doc/observatie/tevredenheid-1700/2016",
    }


def test_observation_page_shows_value_unit_period_and_quote_linking_back_to_the_figure(client):
    tree = page(client, OBSERVATION)
    assert texts(tree, "//p[@class='value']") == ["826.095"]
    assert texts(tree, "//h1") == ["826.095 – Contacten met 1700 (telefoon) in 2018"]
    terms, values = texts(tree, "//dl[@class='facts']/dt"), texts(tree, "//dl[@class='facts']/dd")
    facts = dict(zip(terms, values, strict=True))
    assert facts["Eenheid"] == "contact" and facts["Periode"] == "2018"
    assert facts["Dataset"] == "Contacten met 1700 per kanaal en per jaar"
    assert texts(tree, "//blockquote[@class='quote']/mark") == ["826.095"]
    back = tree.xpath("//a[text()='bekijk het cijfer in de tekst']/@href")[0]
    path, anchor = back.split("#")
    assert path == QUESTION
    assert page(client, path).xpath(f"//a[@id='{anchor}']/@href") == [OBSERVATION]


def test_hedged_observation_shows_the_hedge_as_printed(client):
    tree = page(client, HEDGED)
    assert texts(tree, "//p[@class='value']") == ["iets minder dan 70.000"]
    assert "bovengrens" in texts(tree, "//dl[@class='facts']")[0]


def test_dataset_page_has_table_chart_filters_and_csv(client):
    tree = page(client, DATASET)
    header = texts(tree, "//table[@class='data']/thead//th")
    assert header == ["kanaal", "2018", "2019", "2020", "2021"]
    rows = {r[0]: r[1:] for r in ([" ".join(c.text_content().split()) for c in tr] for tr in
                                  tree.xpath("//table[@class='data']/tbody/tr"))}
    assert rows["telefoon"] == ["826.095", "869.341", "1.031.280", "1.179.602"]
    assert rows["totaal"] == ["901.473", "952.234", "1.161.752", "1.341.255"]
    big, small = tree.xpath("//figure[@class='chart']/svg")  # totals near a million, chat near 25,000
    assert big.get("role") == "img" and big.get("aria-labelledby")
    assert big.xpath("./title")[0].text == "Contacten met 1700 per kanaal en per jaar: totaal, telefoon"
    assert small.xpath("./title")[0].text == "Contacten met 1700 per kanaal en per jaar: e-mail, chat"
    assert len(big.xpath(".//circle")) == len(small.xpath(".//circle")) == 8  # two channels over four years
    assert texts(big, ".//g[@class='axis x']/text") == ["2018", "2019", "2020", "2021", "Referentieperiode"]
    assert texts(big, ".//text[@class='axis-title']")[0] == "aantal (contact)"
    assert not tree.xpath("//svg[@role='img']//a | //svg[@role='img']//*[@tabindex]")  # nothing to focus
    csv_href = tree.xpath("//a[text()='Download CSV']/@href")[0]
    download = client.get(csv_href)
    assert download.status_code == 200 and download.mimetype == "text/csv"
    assert len(list(csv.DictReader(io.StringIO(download.get_data(as_text=True))))) == 16


def test_dataset_table_shows_figures_as_printed(client):
    tree = page(client, "/doc/dataset/evolutie-contacten-1700")
    cells = texts(tree, "//table[@class='data']/tbody/tr/td")
    assert cells == ["-18%", "+5,63%", "+22%", "+15,45%"]
    bars = tree.xpath("//figure[@class='chart']//rect")
    assert len(bars) == 4 and all(float(bar.get("height")) > 0 for bar in bars)


def test_dataset_filter_on_a_dimension_is_applied_by_the_server(client):
    tree = page(client, DATASET)
    channel = tree.xpath("//select[@name='channel']")[0]
    phone = channel.xpath("./option[text()='telefoon']/@value")[0]
    filtered = page(client, DATASET, channel=phone)
    rows = filtered.xpath("//table[@class='data']/tbody/tr")
    assert len(rows) == 1 and "826.095" in rows[0].text_content()
    svg = filtered.xpath("//figure[@class='chart']/svg")[0]
    assert len(svg.xpath(".//rect")) == 4  # one series left: bars
    assert filtered.xpath("//select[@name='channel']/option[@selected]/text()") == ["telefoon"]


def test_dataset_page_embeds_schema_org_dataset_for_search_engines(client):
    tree = page(client, DATASET)
    data = json.loads(tree.xpath("//script[@type='application/ld+json']")[0].text)
    assert data["@type"] == "Dataset"
    assert data["name"] == "Contacten met 1700 per kanaal en per jaar"
    assert data["license"] == "http://publications.europa.eu/resource/authority/licence/CC0"
    assert data["temporalCoverage"] == "2018-01-01/2021-12-31"  # ISO 8601, from the catalogue
    assert data["creator"]["name"]
    assert data["distribution"][0]["encodingFormat"] == "text/csv"
    assert data["distribution"][0]["contentUrl"].endswith("/dumps/csv/contacten-1700.csv")
    assert data["description"]


def test_labels_carry_their_language(client):
    tree = page(client, DATASET)
    english = tree.xpath("//dd/span[@lang='en']/text()")
    assert "Contacts with 1700 by channel and year" in english


def test_landing_page_says_what_the_data_is_and_shows_the_headline_figures(client):
    tree = page(client, "/")
    stats = texts(tree, "//ul[@class='stats']/li")
    assert stats == ["6 vragen", "12 datasets", "49 cijfers"]
    assert "Contacten met 1700 per kanaal en per jaar" in texts(tree, "//h2")[0]
    assert tree.xpath("//section[@class='headline']//svg[@role='img']")
    links = set(tree.xpath("//main//a/@href"))
    assert {"/sparql", "/catalog", "/dumps/", "/def/vlaq", "/ldes"} <= links
    assert "/doc/vraag/2021-2022-313-jan-jambon" in links


def test_generic_page_lists_properties_and_backlinks_with_labels(client):
    tree = page(client, "/doc/persoon/jan-jambon")
    assert texts(tree, "//h1") == ["Jan Jambon"]
    assert "Informatienummer 1700 - Oproepen" in texts(tree, "//ul[@class='backlinks']/li/a")


def test_every_page_in_the_sitemap_renders_in_html_and_turtle(client):
    """A crawl of the whole site as a search engine sees it: no page may fail, whatever its type."""
    def locations(url: str) -> list[str]:
        document = lxml.etree.fromstring(client.get(url).data)
        return [loc.removeprefix("http://localhost:8000") for loc in
                document.xpath("//s:loc/text()", namespaces={"s": "http://www.sitemaps.org/schemas/sitemap/0.9"})]

    urls = [url for sitemap in locations("/sitemap.xml") for url in locations(sitemap)]  # index, then each
    assert len(urls) > 100
    for url in urls:
        html = client.get(url, headers={"Accept": "text/html"})
        assert html.status_code == 200, url
        assert len(lxml.html.fromstring(html.data).xpath("//h1")) == 1, url
        if url.startswith("/doc/"):
            assert client.get(f"{url}.ttl").status_code == 200, url


def test_a_long_series_is_laid_out_with_periods_as_rows(client):
    """1532 prints nine yearly amounts (2014-2022) of one statistic: nine rows, not nine columns."""
    tree = page(client, "/doc/dataset/2022-2023-1532-lydia-peeters-tabel-1")
    rows = [[" ".join(c.text_content().split()) for c in tr]
            for tr in tree.xpath("//table[@class='data']/tbody/tr")]
    assert [r[0] for r in rows] == [str(y) for y in range(2014, 2023)]
    assert rows[0][1] == "12 791 969 euro" and rows[-1][1] == "13 628 748 euro"


@pytest.mark.parametrize(("number", "digits", "scale", "value"), [
    ("174", "2.189.452", "in duizend euro", "2189452000"),
    ("766", "9.812,4", "in kton CO2-eq", "9812400"),  # a scale of the ton: the value in ton, no unit of mass
])
def test_a_figure_under_a_printed_scale_shows_the_scale_beside_the_digits(tmp_path, number, digits, scale,
                                                                           value):
    """A table under ``(in duizend euro)`` (174's) or ``(in kton CO2-eq)`` (766's), copied into a sources
    folder of its own and built as ``vlaq-lod build`` builds it: the observation's value is in euro or ton,
    its page prints the digits with the scale and says how the value follows, the dataset's table and its CSV
    keep the scale beside the digits."""
    from vlaq_lod.build.pipeline import BuildConfig, build
    from vlaq_lod.web import create_app

    sources = tmp_path / "data" / "sources"
    sources.mkdir(parents=True)
    document = next((Path(__file__).parent / "corpus").glob(f"{number}_*.txt"))
    (sources / document.name).write_text(document.read_text(encoding="utf-8"), encoding="utf-8")
    base = "http://example.org/scale"
    build(BuildConfig(tmp_path / "data", tmp_path / "out", base))
    client = create_app({"TESTING": True, "OUT": str(tmp_path / "out"), "BASE_URI": base}).test_client()
    rows = client.get("/sparql", query_string={"query": (
        "PREFIX vlaq: <http://example.org/scale/def/vlaq#> "
        "PREFIX sdmx-measure: <http://purl.org/linked-data/sdmx/2009/measure#> "
        f"SELECT ?obs ?v WHERE {{ ?obs vlaq:printedValue '{digits}' ; vlaq:printedScale ?s ; "
        "vlaq:scalePower 3 ; sdmx-measure:obsValue ?v }")}, headers={"Accept": "text/csv"})
    obs, read = rows.get_data(as_text=True).splitlines()[1].split(",")
    assert read == value
    page = client.get(obs.replace(base, ""), follow_redirects=True).get_data(as_text=True)
    assert f"{digits} ({scale})" in page and "10<sup>3</sup>" in page
    dataset = obs.replace(base, "").replace("/id/observatie/", "/id/dataset/").rsplit("/", 2)[0]
    assert f"{digits} ({scale})" in client.get(dataset, follow_redirects=True).get_data(as_text=True)
    table = next((tmp_path / "out" / "current" / "dumps" / "csv").glob("*tabel-1.csv")).read_text("utf-8")
    assert "schaal zoals gedrukt" in table.splitlines()[0] and scale in table
