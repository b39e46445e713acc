"""The example queries of the YASGUI page give the right answers on data shaped as docs/model.md says.

The data is a hand-written miniature of a build (two years of 1700 contacts, two
budgets, three questions, one quoted figure, one contradicted figure); the
expected rows are worked out by hand.
"""

from __future__ import annotations

from collections.abc import Iterator
from decimal import Decimal

import pytest

from servers import make_store
from vlaq_lod.store.local import LocalStore
from vlaq_lod.store.workers import Limits
from vlaq_lod.web.sparql import Example, examples

BASE = "http://localhost:8000"
DATA = """
@base <http://localhost:8000/> .
@prefix vlaq: <def/vlaq#> .
@prefix schema: <https://schema.org/> .
@prefix qb: <http://purl.org/linked-data/cube#> .
@prefix sdmx-dimension: <http://purl.org/linked-data/sdmx/2009/dimension#> .
@prefix sdmx-measure: <http://purl.org/linked-data/sdmx/2009/measure#> .
@prefix skos: <http://www.w3.org/2004/02/skos/core#> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
@prefix dcterms: <http://purl.org/dc/terms/> .
@prefix oa: <http://www.w3.org/ns/oa#> .

<id/begrip/kanaal/telefoon> skos:prefLabel "telefoon"@nl, "phone"@en .
<id/begrip/kanaal/totaal> skos:prefLabel "totaal"@nl, "total"@en .
<id/periode/2020> rdfs:label "2020" .
<id/periode/2021> rdfs:label "2021" .

<id/dataset/contacten-1700> a qb:DataSet ; dcterms:title "Contacten met 1700"@nl, "Contacts"@en .
<id/dataset/budget-contactcenter-1700> a qb:DataSet ; dcterms:title "Budget 1700"@nl .
<id/dataset/leeg> a qb:DataSet .

<id/observatie/contacten-1700/2020/telefoon> a qb:Observation ; qb:dataSet <id/dataset/contacten-1700> ;
    sdmx-dimension:refPeriod <id/periode/2020> ; vlaq:channel <id/begrip/kanaal/telefoon> ;
    sdmx-measure:obsValue 800000.0 ; vlaq:printedValue "800.000" ;
    vlaq:quote <id/observatie/contacten-1700/2020/telefoon#citaat> .
<id/observatie/contacten-1700/2020/telefoon#citaat> a oa:SpecificResource ;
    oa:hasSource <id/bron/000-x-txt> ; vlaq:firstLine 57 ;
    oa:hasSelector <id/observatie/contacten-1700/2020/telefoon#citaat-tekst>,
                   <id/observatie/contacten-1700/2020/telefoon#citaat-positie> .
<id/observatie/contacten-1700/2020/telefoon#citaat-tekst> a oa:TextQuoteSelector ; oa:exact "800.000" .
<id/observatie/contacten-1700/2020/telefoon#citaat-positie> a oa:TextPositionSelector ; oa:start 10 .
<id/bron/000-x-txt> schema:name "000_x.txt" .

<id/observatie/contacten-1700/2020/totaal> a qb:Observation ; qb:dataSet <id/dataset/contacten-1700> ;
    sdmx-dimension:refPeriod <id/periode/2020> ; vlaq:channel <id/begrip/kanaal/totaal> ;
    sdmx-measure:obsValue 1000000.0 ; vlaq:printedValue "1.000.000" .
<id/observatie/contacten-1700/2021/telefoon> a qb:Observation ; qb:dataSet <id/dataset/contacten-1700> ;
    sdmx-dimension:refPeriod <id/periode/2021> ; vlaq:channel <id/begrip/kanaal/telefoon> ;
    sdmx-measure:obsValue 900000.0 ; vlaq:printedValue "900.000" .
<id/observatie/contacten-1700/2021/totaal> a qb:Observation ; qb:dataSet <id/dataset/contacten-1700> ;
    sdmx-dimension:refPeriod <id/periode/2021> ; vlaq:channel <id/begrip/kanaal/totaal> ;
    sdmx-measure:obsValue 1234567.0 ; vlaq:printedValue "1.234.567" ;
    vlaq:consistency vlaq:contradicted ; vlaq:consistencyNote "totaal is niet de som van de kanalen" .

<id/observatie/budget-contactcenter-1700/2020> a qb:Observation ;
    qb:dataSet <id/dataset/budget-contactcenter-1700> ; sdmx-dimension:refPeriod <id/periode/2020> ;
    sdmx-measure:obsValue 2500000.0 ; vlaq:printedValue "2.500.000" .
<id/observatie/budget-contactcenter-1700/2021> a qb:Observation ;
    qb:dataSet <id/dataset/budget-contactcenter-1700> ; sdmx-dimension:refPeriod <id/periode/2021> ;
    sdmx-measure:obsValue 3000000.0 ; vlaq:printedValue "3.000.000" .

<id/persoon/jan-jambon> schema:name "Jan Jambon" .
<id/persoon/ben-weyts> schema:name "Ben Weyts" .
<id/persoon/vera-jans> schema:name "Vera Jans" .
<id/vraag/2021-2022-313-jan-jambon> a schema:Question, vlaq:WrittenQuestion ;
    vlaq:parliamentaryYear "2021-2022" ; schema:author <id/persoon/vera-jans> ;
    vlaq:addressee <id/persoon/jan-jambon> .
<id/vraag/2021-2022-314-jan-jambon> a schema:Question, vlaq:WrittenQuestion ;
    vlaq:parliamentaryYear "2021-2022" ; schema:author <id/persoon/vera-jans> ;
    vlaq:addressee <id/persoon/jan-jambon> .
<id/vraag/2020-2021-12-ben-weyts> a schema:Question, vlaq:WrittenQuestion ;
    vlaq:parliamentaryYear "2020-2021" ; schema:author <id/persoon/vera-jans> ;
    vlaq:addressee <id/persoon/ben-weyts> .
<id/vraag/2021-2022-313-jan-jambon/deelvraag/1> a schema:Question, vlaq:SubQuestion .
"""


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> Iterator[LocalStore]:
    store = LocalStore(make_store(tmp_path_factory.mktemp("ex") / "store", DATA),
                       Limits(timeout=10.0, cap=1000, workers=1))
    yield store
    store.pool.close()


@pytest.fixture(scope="module")
def by_title() -> dict[str, Example]:
    return {e.title: e for e in examples(BASE)}


def _rows(store: LocalStore, example: Example) -> list[tuple]:
    return [tuple(v.toPython() for v in row.values()) for row in store.select(example.query)]


def test_every_example_has_a_title_and_runs_on_the_public_path(store: LocalStore,
                                                              by_title: dict[str, Example]) -> None:
    assert len(by_title) >= 4
    for example in by_title.values():
        assert not example.title.endswith(".rq")
        assert store.public_query(example.query, "text/csv").body.count(b"\r\n") >= 2  # header and rows


def test_contacts_per_channel_per_year(store: LocalStore, by_title: dict[str, Example]) -> None:
    rows = _rows(store, by_title["Contacten met 1700 per kanaal en per jaar"])
    assert rows == [
        ("2020", "telefoon", Decimal("800000")), ("2020", "totaal", Decimal("1000000")),
        ("2021", "telefoon", Decimal("900000")), ("2021", "totaal", Decimal("1234567")),
    ]


def test_cost_per_contact(store: LocalStore, by_title: dict[str, Example]) -> None:
    rows = _rows(store, by_title["Kosten per contact met 1700 (budget / totaal aantal contacten)"])
    # 2,500,000 / 1,000,000 = 2.50; 3,000,000 / 1,234,567 = 2.430000... -> 2.43
    costs = [(year, cost) for year, _, _, cost in rows]
    assert costs == [("2020", Decimal("2.5")), ("2021", Decimal("2.43"))]


def test_questions_per_minister(store: LocalStore, by_title: dict[str, Example]) -> None:
    assert _rows(store, by_title["Vragen per minister"]) == [("Jan Jambon", 2), ("Ben Weyts", 1)]


def test_each_figure_with_its_quote(store: LocalStore, by_title: dict[str, Example]) -> None:
    rows = _rows(store, by_title["Elk cijfer met zijn citaat"])
    assert [row[:6] for row in rows] == [
        ("Contacten met 1700", Decimal("800000"), "800.000", "800.000", "000_x.txt", 57),
    ]


def test_datasets_and_their_figures(store: LocalStore, by_title: dict[str, Example]) -> None:
    rows = _rows(store, by_title["Datasets en hun aantal cijfers"])
    assert [(str(d).rsplit("/", 1)[1], *rest) for d, *rest in rows] == [
        ("budget-contactcenter-1700", "Budget 1700", 2),
        ("contacten-1700", "Contacten met 1700", 4),
        ("leeg", 0),
    ]


def test_contradicted_figures(store: LocalStore, by_title: dict[str, Example]) -> None:
    rows = _rows(store, by_title["Cijfers die elkaar tegenspreken"])
    assert [row[2:] for row in rows] == [("1.234.567", "totaal is niet de som van de kanalen")]


def test_questions_per_year_and_asker(store: LocalStore, by_title: dict[str, Example]) -> None:
    rows = _rows(store, by_title["Vragen per parlementair jaar en vraagsteller"])
    assert rows == [("2020-2021", "Vera Jans", 1), ("2021-2022", "Vera Jans", 2)]
