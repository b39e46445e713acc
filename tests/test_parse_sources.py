"""The six real documents in data/sources: every header field, every count, every figure.

Expected values are typed from the documents (see ``cat -A data/sources/...``), never computed.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal as D

import pytest

from parse_expect import SOURCES, grid, printed_figures_quote_themselves
from vlaq_lod.model import Addressee
from vlaq_lod.parse import read_document

JAMBON_TITLE = ("MINISTER-PRESIDENT VAN DE VLAAMSE REGERING, VLAAMS MINISTER VAN BUITENLANDSE ZAKEN, "
                "CULTUUR, DIGITALISERING EN FACILITAIR MANAGEMENT")
DEMIR_TITLE = "VLAAMS MINISTER VAN JUSTITIE EN HANDHAVING, OMGEVING, ENERGIE EN TOERISME"
MUYTERS_TITLE = "VLAAMS MINISTER VAN WERK, ECONOMIE, INNOVATIE EN SPORT"
PEETERS_TITLE = "VLAAMS MINISTER VAN MOBILITEIT EN OPENBARE WERKEN"
NONE_3 = [("1", ""), ("2", ""), ("3", "")]

HEADERS = {
    "000_1f88426f64fa881f.txt": (313, date(2022, 4, 26), "2021-2022", "Vera Jans",
                                 Addressee("Jan Jambon", JAMBON_TITLE), "Informatienummer 1700 - Oproepen"),
    "001_9f1beb652373d674.txt": (639, date(2017, 6, 8), "2016-2017", "Guy D'Haeseleer",
                                 Addressee("Philippe Muyters", MUYTERS_TITLE),
                                 "Departement Werk en Sociale Economie - Gratis 1700-nummer"),
    "1532_de-lijn-kosten-ticketverkoop.txt": (1532, date(2023, 7, 7), "2022-2023", "Jos D'Haese",
                                              Addressee("Lydia Peeters", PEETERS_TITLE),
                                              "De Lijn - Kosten ticketverkoop"),
    "1037_omgevingsvergunning-adviesverlening.txt": (1037, date(2023, 9, 6), "2022-2023", "Bruno Tobback",
                                                     Addressee("Zuhal Demir", DEMIR_TITLE),
                                                     "Omgevingsvergunning - Adviesverlening bij "
                                                     "vergunningsaanvragen"),
    "606_co2-negatieve-gevelsteen.txt": (606, date(2023, 9, 20), "2022-2023", "Sarah Smeyers",
                                         Addressee("Matthias Diependaele", "VLAAMS MINISTER VAN FINANCIËN EN "
                                                   "BEGROTING, WONEN EN ONROEREND ERFGOED"),
                                         "CO2-negatieve gevelsteen - Toepassing"),
    "235_wateroverlast-demerbekken.txt": (235, date(2024, 1, 11), "2023-2024", "Suzy Wouters",
                                          Addressee("Zuhal Demir", DEMIR_TITLE),
                                          "Wateroverlast Demerbekken - Draaiboek voor lokale besturen"),
}

# (question label, its part labels) and (answer label, its part labels), as numbered in each document
STRUCTURE = {
    "000_1f88426f64fa881f.txt": (
        [("1", "ab"), ("2", "ab"), ("3", ""), ("4", ""), ("5", "abcd"), ("6", "")],
        [("1", "ab"), ("2", ""), ("3", ""), ("4", ""), ("5", ""), ("6", "")]),
    "001_9f1beb652373d674.txt": (NONE_3, NONE_3),
    "1532_de-lijn-kosten-ticketverkoop.txt": ([("1", ""), ("2", "")], [("1", ""), ("2", "")]),
    "1037_omgevingsvergunning-adviesverlening.txt": (
        [("1", "abc"), ("2", "abc"), ("3", "abcd"), ("4", "abcd")], [("1-2", ""), ("3-4", "")]),
    "606_co2-negatieve-gevelsteen.txt": (NONE_3, NONE_3),
    "235_wateroverlast-demerbekken.txt": (NONE_3, NONE_3),
}

RESPONDERS = {
    "000_1f88426f64fa881f.txt": ("Jan Jambon", JAMBON_TITLE),
    "001_9f1beb652373d674.txt": ("Philippe Muyters", MUYTERS_TITLE),
    "1532_de-lijn-kosten-ticketverkoop.txt": ("Lydia Peeters", PEETERS_TITLE),
    "1037_omgevingsvergunning-adviesverlening.txt": ("Zuhal Demir", DEMIR_TITLE),
    # the answer header drops VLAAMS here
    "606_co2-negatieve-gevelsteen.txt": ("Matthias Diependaele",
                                         "MINISTER VAN FINANCIËN EN BEGROTING, WONEN EN ONROEREND ERFGOED"),
    "235_wateroverlast-demerbekken.txt": ("Zuhal Demir", DEMIR_TITLE),
}


@pytest.mark.parametrize("name", sorted(HEADERS))
def test_header(name: str) -> None:
    doc = read_document(SOURCES / name)
    number, day, year, author, addressee, title = HEADERS[name]
    assert doc.source == name
    assert (doc.number, doc.date, doc.parliamentary_year, doc.author) == (number, day, year, author)
    assert doc.addressees == (addressee,)
    assert doc.title == title


@pytest.mark.parametrize("name", sorted(STRUCTURE))
def test_sub_questions_and_answer_parts(name: str) -> None:
    doc = read_document(SOURCES / name)
    questions, answers = STRUCTURE[name]
    assert [(q.label, "".join(p.label for p in q.parts)) for q in doc.questions] == questions
    assert doc.answer is not None
    assert [(a.label, "".join(p.label for p in a.parts)) for a in doc.answer.parts] == answers
    assert (doc.answer.responder, doc.answer.responder_title) == RESPONDERS[name]
    for item in (*doc.questions, *doc.answer.parts):
        assert doc.quote(item.span).startswith(item.label + ".")


@pytest.mark.parametrize("name", sorted(HEADERS))
def test_the_text_is_kept_byte_for_byte(name: str) -> None:
    path = SOURCES / name
    assert read_document(path).text == path.read_bytes().decode("utf-8")


def test_000_texts() -> None:
    doc = read_document(SOURCES / "000_1f88426f64fa881f.txt")
    assert doc.introduction == (
        "1700 is het gratis informatienummer van de Vlaamse overheid, voorheen bekend als de\n"
        "Vlaamse Infolijn. Het is voor burgers, bedrijven en organisaties het eerste aanspreekpunt\n"
        "voor vragen aan de Vlaamse overheid.")
    q2 = doc.questions[1]
    assert q2.text == ""  # "2. a) Hoeveel ..." : the number and the first part share a line
    assert q2.parts[0].text == ("Hoeveel oproepen waren er via de telefoon, via mail en via chat "
                                "in 2021, in\n2020, in 2019 en in 2018?")
    assert doc.questions[5].text == ("Hoeveel overheidsmiddelen (en in welke vorm) ontving het nummer "
                                     "1700 in 2021, in\n2020, in 2019 en in 2018?")


def test_000_tables_every_figure() -> None:
    doc = read_document(SOURCES / "000_1f88426f64fa881f.txt")
    years = ("2018", "2019", "2020", "2021")
    contacts, budget, contribution = doc.tables
    assert contacts.periods == years and contacts.layout == "years-as-columns" and contacts.answer_part == "1"
    assert grid(contacts) == {
        "oproepen": {"2018": D("826095"), "2019": D("869341"), "2020": D("1031280"), "2021": D("1179602")},
        "e-mail": {"2018": D("49717"), "2019": D("55960"), "2020": D("87987"), "2021": D("112122")},
        "chat": {"2018": D("25661"), "2019": D("26933"), "2020": D("42485"), "2021": D("49531")},
        "TOTAAL": {"2018": D("901473"), "2019": D("952234"), "2020": D("1161752"), "2021": D("1341255")},
        "Evolutie t.o.v. vorig jaar": {"2018": D("-18"), "2019": D("5.63"), "2020": D("22"),
                                       "2021": D("15.45")},
    }
    assert (contacts.span.first_line, contacts.span.last_line) == (64, 70)
    evolution = contacts.rows[4]
    assert [f.printed for f in evolution.values.values()] == ["-18%", "+5,63%", "+22%", "+15,45%"]
    assert {f.unit for f in evolution.values.values()} == {"percent"}
    assert contacts.rows[0].values["2020"].unit is None
    assert (evolution.span.first_line, evolution.span.last_line) == (69, 70)

    assert budget.answer_part == "6" and budget.periods == years
    assert grid(budget) == {"Contactcenter 1700": {"2018": D("4396287"), "2019": D("4713451"),
                                                   "2020": D("4712628"), "2021": D("5352535")}}
    assert (budget.span.first_line, budget.span.last_line) == (129, 130)

    assert contribution.answer_part == "6" and contribution.periods == years
    assert grid(contribution) == {"Bijdrage aan 1700 door bevoegde diensten": {
        "2018": D("2462171.69"), "2019": D("2254025.75"), "2020": D("2172914.56"), "2021": D("2261317.90")}}
    assert (contribution.span.first_line, contribution.span.last_line) == (146, 148)
    figure = contribution.rows[0].values["2018"]
    assert doc.quote(figure.span) == "2.462.171,69" and figure.span.first_line == 148
    printed_figures_quote_themselves(doc)


def test_1532_both_vertical_lists() -> None:
    doc = read_document(SOURCES / "1532_de-lijn-kosten-ticketverkoop.txt")
    costs, control = doc.tables
    assert (costs.layout, costs.answer_part, costs.span.first_line, costs.span.last_line) == (
        "vertical-list", "1", 21, 29)
    assert grid(costs) == {"antwoord 1": {
        "2014": D("12791969"), "2015": D("13777550"), "2016": D("12858136"), "2017": D("15366673"),
        "2018": D("14986297"), "2019": D("14597375"), "2020": D("12684251"), "2021": D("11941833"),
        "2022": D("13628748")}}
    assert (control.layout, control.answer_part, control.span.first_line, control.span.last_line) == (
        "vertical-list", "2", 35, 39)
    assert grid(control) == {"antwoord 2": {
        "2018": D("17956299"), "2019": D("16191206"), "2020": D("16020736"), "2021": D("17709048"),
        "2022": D("19002565")}}
    first = costs.rows[0].values["2014"]
    assert (first.printed, first.unit, doc.quote(first.span)) == ("12 791 969 euro", "EUR", "12 791 969")
    printed_figures_quote_themselves(doc)


@pytest.mark.parametrize("name", ["001_9f1beb652373d674.txt", "1037_omgevingsvergunning-adviesverlening.txt",
                                  "606_co2-negatieve-gevelsteen.txt", "235_wateroverlast-demerbekken.txt"])
def test_numbers_in_sentences_are_no_tables(name: str) -> None:
    assert read_document(SOURCES / name).tables == ()


def test_1037_glued_part_and_glued_minister_name() -> None:
    doc = read_document(SOURCES / "1037_omgevingsvergunning-adviesverlening.txt")
    q4 = doc.questions[3]
    assert q4.parts[1].text.endswith("(eerste aanleg dan wel administratief beroep).")
    assert q4.parts[2].text == ("Wat de dossiers betreft die behandeld worden op provinciaal niveau: "
                                "graag een\nonderverdeling per provincie.")
    assert doc.quote(q4.parts[2].span).startswith("c) Wat de dossiers betreft")
    assert (q4.parts[2].span.first_line, q4.parts[2].span.last_line) == (42, 43)
    assert q4.parts[3].text == ("Graag een onderscheid naargelang de adviesverlenende instantie, nl. "
                                "afdeling\nRuimte resp. afdeling Milieu.")
    assert doc.questions[0].text.startswith("Hoeveel aanvragen")  # "1.Hoeveel": no space after the number
    assert doc.introduction.startswith("In mijn schriftelijke vraag nr. 1133 van 6 september 2022")


def test_1532_and_606_glued_minister_names() -> None:
    peeters = read_document(SOURCES / "1532_de-lijn-kosten-ticketverkoop.txt")
    assert peeters.questions[1].text.endswith("ticketcontroleurs en de\nrespectieve personeelskosten.")
    assert peeters.quote(peeters.questions[1].span).endswith("\nrespectieve personeelskosten.")  # no name
    assert peeters.answer is not None and peeters.quote(peeters.answer.span).startswith("LYDIA PEETERS\n")
    diependaele = read_document(SOURCES / "606_co2-negatieve-gevelsteen.txt")
    assert diependaele.questions[2].text.endswith("hierbij het voortouw nemen?")


def test_235_form_feeds() -> None:
    doc = read_document(SOURCES / "235_wateroverlast-demerbekken.txt")
    assert doc.questions[2].text.startswith("Is er in de andere belangrijke bekkens")
    assert doc.quote(doc.questions[2].span).startswith("3. Is er")
    assert doc.answer is not None and doc.answer.parts[2].text.endswith("zal\nin een volgende fase een BNIP "
                                                                        "opgemaakt worden.")
