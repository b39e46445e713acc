"""Questions, answers, persons, titles as printed, organisations, services, topics and generic tables.

Expected values are typed from the documents in data/sources/.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest
from rdflib import Graph, Literal, URIRef

from vlaq_lod.graph.corpus import corpus_graph
from vlaq_lod.graph.namespaces import (
    OA,
    ORG,
    PROV,
    QB,
    RDF,
    RDFS,
    SCHEMA,
    SDMX_ATTRIBUTE,
    SDMX_DIMENSION,
    SDMX_MEASURE,
    SKOS,
    vlaq,
)
from vlaq_lod.graph.provenance import source_of
from vlaq_lod.parse import read_document
from vlaq_lod.settings import PROJECT_ROOT
from vlaq_lod.uris import Uris

SOURCES = PROJECT_ROOT / "data" / "sources"
S001 = "001_9f1beb652373d674.txt"
DIEPENDAELE = "MINISTER VAN FINANCIËN EN BEGROTING, WONEN EN ONROEREND ERFGOED"


@pytest.fixture(scope="module")
def uris() -> Uris:
    return Uris("http://localhost:8000")


@pytest.fixture(scope="module")
def graph(uris) -> Graph:
    docs = [read_document(p) for p in sorted(SOURCES.iterdir())]
    return corpus_graph(docs, PROJECT_ROOT / "data" / "curated", uris)


def _id(uris: Uris, *path: str) -> URIRef:
    return URIRef(uris.thing(*path))


def test_question_313_with_both_types_and_its_facts(graph, uris):
    v = vlaq(uris)
    q = _id(uris, "vraag", "2021-2022-313-jan-jambon")
    assert {SCHEMA.Question, v.WrittenQuestion} <= set(graph.objects(q, RDF.type))
    assert graph.value(q, v.questionNumber).toPython() == 313
    assert str(graph.value(q, v.parliamentaryYear)) == "2021-2022"
    assert graph.value(q, SCHEMA.dateCreated).toPython() == date(2022, 4, 26)
    assert graph.value(q, SCHEMA.name) == Literal("Informatienummer 1700 - Oproepen", lang="nl")
    assert graph.value(q, SCHEMA.author) == _id(uris, "persoon", "vera-jans")
    assert graph.value(q, v.addressee) == _id(uris, "persoon", "jan-jambon")
    assert str(graph.value(q, SCHEMA.text)).startswith("1700 is het gratis informatienummer")
    # six numbered sub-questions with a), b) under 1 and 2 and a) to d) under 5: 6 + 8 parts
    parts = list(graph.subjects(SCHEMA.isPartOf, q)) + [
        p for n in graph.subjects(SCHEMA.isPartOf, q) for p in graph.subjects(SCHEMA.isPartOf, n)]
    assert len(parts) == 14
    assert all((p, RDF.type, SCHEMA.Question) in graph for p in parts)
    answer = graph.value(q, SCHEMA.acceptedAnswer)
    assert answer == _id(uris, "antwoord", "2021-2022-313-jan-jambon")
    assert {SCHEMA.Answer, v.MinisterialAnswer} <= set(graph.objects(answer, RDF.type))
    assert graph.value(answer, SCHEMA.author) == _id(uris, "persoon", "jan-jambon")
    assert graph.value(answer, SCHEMA.parentItem) == q
    assert len(list(graph.subjects(SCHEMA.isPartOf, answer))) == 6


def test_persons_are_typed_and_named(graph, uris):
    person = _id(uris, "persoon", "guy-dhaeseleer")
    assert (person, RDF.type, SCHEMA.Person) in graph
    assert graph.value(person, SCHEMA.name) == Literal("Guy D'Haeseleer")


def test_titles_are_kept_as_printed_in_question_and_answer(graph, uris):
    """Question 606 prints VLAAMS in the question header and drops it in the answer header."""
    v = vlaq(uris)
    q = _id(uris, "vraag", "2022-2023-606-matthias-diependaele")
    asked = graph.value(q, v.addresseeRole)
    answered = graph.value(graph.value(q, SCHEMA.acceptedAnswer), v.responderRole)
    assert str(graph.value(asked, v.printedTitle)) == "VLAAMS " + DIEPENDAELE
    assert str(graph.value(answered, v.printedTitle)) == DIEPENDAELE
    for role in (asked, answered):
        assert {ORG.Membership, v.MinisterialRole} <= set(graph.objects(role, RDF.type))
        assert graph.value(role, ORG.member) == _id(uris, "persoon", "matthias-diependaele")
        assert graph.value(role, v.attestedOn).toPython() == date(2023, 9, 20)


def test_a_title_printed_on_two_dates_is_attested_twice(graph, uris):
    """Zuhal Demir's title is printed in 1037 (6 September 2023) and 235 (11 January 2024)."""
    v = vlaq(uris)
    role = graph.value(_id(uris, "vraag", "2022-2023-1037-zuhal-demir"), v.addresseeRole)
    assert {d.toPython() for d in graph.objects(role, v.attestedOn)} == {date(2023, 9, 6), date(2024, 1, 11)}


def test_a_role_reaches_its_sources_through_the_questions_that_print_it(graph, uris):
    """The role itself holds no source per document (that would grow with every question of a term):
    the two documents that print Zuhal Demir's title are found through their questions."""
    v = vlaq(uris)
    role = graph.value(_id(uris, "vraag", "2022-2023-1037-zuhal-demir"), v.addresseeRole)
    assert list(graph.objects(role, PROV.wasDerivedFrom)) == []
    sources = {str(graph.value(graph.value(q, PROV.wasDerivedFrom), SCHEMA.name))
               for q in graph.subjects(v.addresseeRole, role)}
    assert len(sources) == 2 and all(name.endswith(".txt") for name in sources)


def test_organisations_with_the_quote_that_names_them(graph, uris):
    v = vlaq(uris)
    ahovoks = _id(uris, "organisatie",
                  "agentschap-voor-hoger-onderwijs-volwassenenonderwijs-kwalificaties-en-studietoelagen")
    assert (ahovoks, RDF.type, SCHEMA.GovernmentOrganization) in graph
    assert graph.value(ahovoks, SCHEMA.alternateName) == Literal("AHOVOKS", lang="nl")
    quote = graph.value(ahovoks, v.quote)
    exact = {str(graph.value(s, OA.exact)) for s in graph.objects(quote, OA.hasSelector)} - {"None"}
    assert exact == {"Agentschap voor Hoger Onderwijs, Volwassenenonderwijs, Kwalificaties en "
                     "Studie-\ntoelagen"}
    assert source_of(graph, ahovoks) == ("000_1f88426f64fa881f.txt", 141)
    part6 = _id(uris, "antwoord", "2021-2022-313-jan-jambon", "deel", "6")
    assert (part6, SCHEMA.mentions, ahovoks) in graph
    organisations = graph.subjects(RDF.type, SCHEMA.GovernmentOrganization)
    names = {str(graph.value(o, SCHEMA.name)) for o in organisations}
    assert {"Digitaal Vlaanderen", "Vlaamse Belastingdienst", "Departement Werk en Sociale Economie",
            "Vlaams Agentschap Innoveren en Ondernemen", "Agentschap Zorg en Gezondheid", "De Lijn",
            "Departement Omgeving", "Vlaamse Milieumaatschappij"} <= names


def test_the_1700_service_its_channels_and_numbers(graph, uris):
    v = vlaq(uris)
    service = _id(uris, "dienst", "1700")
    assert (service, RDF.type, SCHEMA.GovernmentService) in graph
    assert graph.value(service, SCHEMA.alternateName) == Literal("Vlaamse Infolijn", lang="nl")
    channels = set(graph.objects(service, SCHEMA.availableChannel))
    assert len(channels) == 4
    phones = {str(graph.value(graph.value(c, SCHEMA.servicePhone), SCHEMA.telephone)) for c in channels}
    assert phones == {"1700", "+32 2 553 1700", "None"}
    kinds = {graph.value(c, v.channelType) for c in channels} - {None}
    assert kinds == {URIRef(uris.concept("kanaal", k)) for k in ("telefoon", "e-mail", "chat")}
    assert _id(uris, "organisatie", "digitaal-vlaanderen") in set(graph.objects(service, SCHEMA.funder))
    covid = _id(uris, "dienst", "covid-certificaten")
    line = graph.value(graph.value(covid, SCHEMA.availableChannel), SCHEMA.servicePhone)
    assert (line, RDF.type, SCHEMA.ContactPoint) in graph
    assert graph.value(line, SCHEMA.telephone) == Literal("078 78 78 50")


def test_the_most_frequent_topics_of_2021(graph, uris):
    scheme = URIRef(uris.concept_scheme("onderwerp"))
    topics = {str(graph.value(t, SKOS.prefLabel)) for t in graph.subjects(SKOS.inScheme, scheme)}
    assert topics == {"verkeersbelastingen", "coronavaccinaties", "onroerende voorheffing",
                      "coronamaatregelen", "studietoelagen hoger onderwijs"}
    part4 = _id(uris, "antwoord", "2021-2022-313-jan-jambon", "deel", "4")
    assert (part4, SCHEMA.mentions, URIRef(uris.concept("onderwerp", "coronamaatregelen"))) in graph


# 1532: two yearly lists in euro, printed as "YEAR: 12 791 969 euro"
TICKET_SALES = {"2014": "12791969", "2015": "13777550", "2016": "12858136", "2017": "15366673",
                "2018": "14986297", "2019": "14597375", "2020": "12684251", "2021": "11941833",
                "2022": "13628748"}
LINE_CONTROL = {"2018": "17956299", "2019": "16191206", "2020": "16020736", "2021": "17709048",
                "2022": "19002565"}


@pytest.mark.parametrize(("table", "expected"), [(1, TICKET_SALES), (2, LINE_CONTROL)])
def test_the_1532_lists_are_observations_in_generic_datasets(graph, uris, table, expected):
    dataset = URIRef(uris.dataset(f"2022-2023-1532-lydia-peeters-tabel-{table}"))
    assert graph.value(dataset, QB.structure) == URIRef(uris.structure("tabel"))
    found = {}
    for obs in graph.subjects(QB.dataSet, dataset):
        period = str(graph.value(graph.value(obs, SDMX_DIMENSION.refPeriod), RDFS.label))
        found[period] = graph.value(obs, SDMX_MEASURE.obsValue).toPython()
        assert graph.value(obs, SDMX_ATTRIBUTE.unitMeasure) == URIRef(uris.concept("eenheid", "euro"))
        assert source_of(graph, obs)[0] == "1532_de-lijn-kosten-ticketverkoop.txt"
    assert found == {year: Decimal(value) for year, value in expected.items()}


def test_source_of_names_file_and_line(graph, uris):
    phone_2018 = URIRef(uris.observation("contacten-1700", "2018", "telefoon"))
    assert source_of(graph, phone_2018) == ("000_1f88426f64fa881f.txt", 65)
    satisfaction = URIRef(uris.observation("tevredenheid-1700", "2016"))
    assert source_of(graph, satisfaction) == ("001_9f1beb652373d674.txt", 59)
    assert source_of(graph, _id(uris, "vraag", "2016-2017-639-philippe-muyters")) == (S001, 1)
    answer = _id(uris, "antwoord", "2016-2017-639-philippe-muyters")
    assert source_of(graph, answer) == (S001, 26)  # the answer header starts with the minister's name
    assert source_of(graph, URIRef(uris.concept("kanaal", "chat"))) is None
