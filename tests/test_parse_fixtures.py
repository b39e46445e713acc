"""Documents written for the tests (tests/fixtures/parse/): the table layouts and layout quirks
that the six real documents do not all show. Expected values are typed from the fixture files."""

from __future__ import annotations

from datetime import date
from decimal import Decimal as D

from parse_expect import FIXTURES, grid, printed_figures_quote_themselves
from vlaq_lod.model import Addressee
from vlaq_lod.parse import parse_text, read_document

WEYTS_TITLE = ("VICEMINISTER-PRESIDENT VAN DE VLAAMSE REGERING, VLAAMS MINISTER VAN ONDERWIJS, SPORT, "
               "DIERENWELZIJN EN VLAAMSE RAND")


def test_years_as_rows_with_wrapped_column_headings() -> None:
    doc = read_document(FIXTURES / "years_as_rows.txt")
    assert (doc.number, doc.date, doc.parliamentary_year) == (77, date(2022, 10, 3), "2022-2023")
    assert doc.author == "Freya Van den Bossche"
    requests, places = doc.tables
    assert (requests.layout, requests.answer_part, requests.periods) == (
        "years-as-rows", "1-2", ("2019", "2020", "2021"))
    assert grid(requests) == {
        "Aantal aanvragen": {"2019": D("869341"), "2020": D("901473"), "2021": D("1031280")},
        "Geweigerde aanvragen": {"2019": D("48"), "2020": None, "2021": D("1204")},
        "Aandeel goedgekeurd": {"2019": D("87.2"), "2020": D("88.9"), "2021": None},
    }
    assert (requests.span.first_line, requests.span.last_line) == (34, 38)
    share = requests.rows[2].values["2019"]
    assert (share.printed, share.unit, doc.quote(share.span), share.span.first_line) == (
        "87,2%", "percent", "87,2%", 36)
    assert (places.layout, places.answer_part, places.periods) == ("years-as-rows", "3", ("2022", "2023"))
    assert grid(places) == {"Plaatsen": {"2022": D("12500"), "2023": D("12750")},
                            "Bezetting": {"2022": D("91.5"), "2023": D("93")}}
    assert [p.label for p in doc.answer.parts] == ["1-2", "3"]
    printed_figures_quote_themselves(doc)


def test_extractor_quirks() -> None:
    """Form feeds, trailing and double spaces, no blank lines, a glued name, glued parts, a title
    over two lines that drops VLAAMS in the answer, a curly apostrophe and a cited question."""
    doc = read_document(FIXTURES / "quirks.txt")
    assert (doc.number, doc.date, doc.parliamentary_year, doc.author) == (
        1288, date(2024, 2, 14), "2023-2024", "Jos D'Haese")
    assert doc.addressees == (Addressee("Ben Weyts", WEYTS_TITLE),)
    assert doc.title == "Sportinfrastructuur - Subsidies voor clubs"
    assert doc.introduction == ("In mijn schriftelijke vraag nr. 412 van 9 januari 2023 vroeg ik naar de "
                                "subsidies.")
    assert [(q.label, q.text, [(p.label, p.text) for p in q.parts]) for q in doc.questions] == [
        ("1", "Hoeveel subsidies werden uitgekeerd sinds 2020?",
         [("a", "Graag per jaar."), ("b", "Graag per provincie.")]),
        ("2", "", [("a", "Hoeveel dossiers werden geweigerd?"), ("b", "Waarom?")]),
        ("3", "Welk budget is er voorzien voor 2024?", []),
    ]
    assert doc.answer is not None
    assert doc.answer.responder == "Ben Weyts"
    assert doc.answer.responder_title == ("VICEMINISTER-PRESIDENT VAN DE VLAAMSE REGERING, MINISTER VAN "
                                          "ONDERWIJS, SPORT, DIERENWELZIJN EN VLAAMSE RAND")
    assert [p.label for p in doc.answer.parts] == ["1", "2-3"]


def test_vertical_list_on_the_answer_number_line_and_columns_with_long_labels() -> None:
    doc = read_document(FIXTURES / "quirks.txt")
    subsidies, budget = doc.tables
    assert (subsidies.layout, subsidies.answer_part, subsidies.span.first_line, subsidies.span.last_line) == (
        "vertical-list", "1", 20, 23)
    assert grid(subsidies) == {"antwoord 1": {"2020": D("1250000"), "2021": D("1340500.50"), "2022": None,
                                              "2023": D("1512000")}}
    assert subsidies.rows[0].values["2021"].printed == "1 340 500,50 euro"
    assert (budget.layout, budget.answer_part, budget.span.first_line, budget.span.last_line) == (
        "years-as-columns", "2-3", 25, 32)
    assert grid(budget) == {
        "Geweigerde dossiers": {"2020": D("12"), "2021": None, "2022": D("9"), "2023": D("14")},
        "Budget voor sportinfrastructuur in euro": {"2020": D("1000000"), "2021": D("1250000"),
                                                    "2022": D("1500000"), "2023": D("1750000")},
        "TOTAAL": {"2020": D("1000012"), "2021": D("1250000"), "2022": D("1500009"), "2023": D("1750014")},
        "Evolutie t.o.v. vorig jaar": {"2020": D("-2.5"), "2021": D("25"), "2022": D("20"),
                                       "2023": D("16.67")},
    }
    assert (budget.rows[1].span.first_line, budget.rows[1].span.last_line) == (27, 29)
    printed_figures_quote_themselves(doc)


def test_a_question_without_answer() -> None:
    doc = read_document(FIXTURES / "no_answer.txt")
    assert doc.answer is None and doc.tables == ()
    assert (doc.number, doc.date, doc.parliamentary_year, doc.author) == (
        12, date(2023, 9, 25), "2023-2024", "Willem-Frederik Schiltz")
    # "12." at the start of a line is no sub-question: numbering starts at 1 and goes up by one
    assert doc.introduction == ("De OVAM saneert elk jaar verontreinigde gronden, zoals bepaald in "
                                "hoofdstuk\n12. van het Bodemdecreet.")
    assert [q.label for q in doc.questions] == ["1", "2"]
    assert doc.questions[1].text == "Wanneer is de sanering van de oude stortplaats klaar?"


def test_two_addressees_and_a_subject_in_capitals() -> None:
    """23 September 2019 is the fourth Monday of September itself: the first day of 2019-2020."""
    doc = read_document(FIXTURES / "two_addressees.txt")
    assert (doc.number, doc.date, doc.parliamentary_year, doc.author) == (
        45, date(2019, 9, 23), "2019-2020", "Hannes Anaf")
    assert doc.addressees == (
        Addressee("Jan Jambon", "MINISTER-PRESIDENT VAN DE VLAAMSE REGERING, VLAAMS MINISTER VAN "
                                "BUITENLANDSE ZAKEN, CULTUUR, ICT EN FACILITAIR MANAGEMENT"),
        Addressee("Bart Somers", "VICEMINISTER-PRESIDENT VAN DE VLAAMSE REGERING, VLAAMS MINISTER VAN "
                                 "BINNENLANDS BESTUUR, BESTUURSZAKEN, INBURGERING EN GELIJKE KANSEN"),
    )
    assert doc.title == "PERSONEELSBELEID - TELEWERK"
    assert doc.answer is not None and doc.answer.responder == "Bart Somers"
    assert doc.tables == ()  # "21.604" and "71,3%" sit in a sentence


BROKEN_TITLES = """SCHRIFTELIJKE VRAAG
nr. 412
van VERA JANS
datum: 3 mei 2023
aan BEN WEYTS
VICEMINISTER-PRESIDENT VAN DE VLAAMSE REGERING
VLAAMS MINISTER VAN ONDERWIJS, SPORT, DIERENWELZIJN EN VLAAMSE RAND
aan JAN JAMBON
MINISTER-PRESIDENT VAN DE VLAAMSE REGERING, VLAAMS
MINISTER VAN BUITENLANDSE ZAKEN, CULTUUR, DIGITALISERING EN FACILITAIR MANAGEMENT
Sportinfrastructuur  -  Subsidies
1. Hoeveel subsidies werden toegekend?
BEN WEYTS
VICEMINISTER-PRESIDENT VAN DE VLAAMSE REGERING
VLAAMS MINISTER VAN ONDERWIJS, SPORT, DIERENWELZIJN EN VLAAMSE RAND
ANTWOORD
op vraag nr. 412 van 3 mei 2023
van VERA JANS
1. Er werden 14 subsidies toegekend.
"""


def test_a_title_broken_before_a_function_reads_as_printed_with_its_comma() -> None:
    """A line break between two functions stands for the comma printed there on one line (the same role
    must read the same from every document); a break inside a function, after ``VLAAMS``, is a space."""
    doc = parse_text(BROKEN_TITLES, "412.txt")
    assert doc.addressees == (
        Addressee("Ben Weyts", WEYTS_TITLE),
        Addressee("Jan Jambon", "MINISTER-PRESIDENT VAN DE VLAAMSE REGERING, VLAAMS MINISTER VAN "
                                "BUITENLANDSE ZAKEN, CULTUUR, DIGITALISERING EN FACILITAIR MANAGEMENT"))
    assert doc.answer is not None and doc.answer.responder_title == WEYTS_TITLE
