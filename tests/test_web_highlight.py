"""Finding a figure's quote in an answer's text (``web/highlight.py``), on text from seed 000."""

from __future__ import annotations

from vlaq_lod.web.highlight import Mark, locate, segments

TABLE = "2018 2019 2020 2021\noproepen 826.095 869.341 1.031.280 1.179.602\ne-mail 49.717 55.960"
PROSE = "De voorlichters van 1700 vragen burgers alleen de gegevens. Het nummer 1700 is gratis."


def mark(exact: str, prefix: str = "", suffix: str = "", href: str = "/x") -> Mark:
    return Mark(exact, prefix, suffix, href, exact, "fig")


def test_the_context_chooses_between_repeated_numbers():
    second = mark("1700", prefix="Het nummer ", suffix=" is gratis")
    start, end = locate(PROSE, second)
    assert PROSE[start:end] == "1700" and PROSE[:start].endswith("Het nummer ")


def test_white_space_may_differ_between_quote_and_text():
    quoted = mark("826.095", prefix="2019 2020 2021 oproepen ", suffix=" 869.341")  # newline became a space
    start, end = locate(TABLE, quoted)
    assert TABLE[start:end] == "826.095"
    sentence = mark("oproepen  826.095\n869.341")
    start, end = locate(TABLE, sentence)
    assert TABLE[start:end] == "oproepen 826.095 869.341"


def test_segments_keep_the_text_whole_and_report_what_is_missing():
    marks = [mark("826.095", href="/a"), mark("49.717", href="/b"), mark("999.999")]
    parts, missing = segments(TABLE, marks)
    assert "".join(p.text for p in parts) == TABLE
    assert [(p.text, p.mark.href) for p in parts if p.mark] == [("826.095", "/a"), ("49.717", "/b")]
    assert [m.exact for m in missing] == ["999.999"]


def test_two_marks_never_claim_the_same_words():
    same = [mark("1700", href="/first"), mark("1700", href="/second")]
    parts, missing = segments(PROSE, same)
    assert missing == [] and [p.mark.href for p in parts if p.mark] == ["/first", "/second"]


SENTENCE = ("Tussen de 115 en de 125 voorlichters (afhankelijk van de periode)\n"
            "beantwoorden in het contactcenter vragen over de Vlaamse overheid op de kanalen\n"
            "van 1700 en 11 sectorale infolijnen.")  # seed 001, answer 2, as printed


def test_each_figure_of_a_quoted_sentence_gets_its_own_mark():
    """115, 125 and 11 share one quoted sentence: each is marked on its own number, 11 not inside 115."""
    marks = [Mark(SENTENCE, "", "", f"/{n}", n, f"fig-{n}", figure=n) for n in ("115", "125", "11")]
    parts, missing = segments(SENTENCE, marks)
    assert missing == []
    marked = [(p.text, p.mark.href) for p in parts if p.mark]
    assert marked == [("115", "/115"), ("125", "/125"), ("11", "/11")]
    assert "".join(p.text for p in parts) == SENTENCE
    before_eleven = "".join(p.text for p in parts[: [p.mark and p.mark.href for p in parts].index("/11")])
    assert before_eleven.endswith("van 1700 en ")  # the 11 of "11 sectorale infolijnen", not of 115


def test_a_printed_value_longer_than_its_quote_marks_the_quote():
    """Question 1532 prints "2014: 12 791 969 euro"; the figure's quote is the number, its printed value
    carries the unit. The quote is marked, not searched for the printed value (which is not in it)."""
    text = "1. 2014: 12 791 969 euro\n2015: 13 777 550 euro"  # data/sources/1532_…, answer 1
    marks = [Mark("12 791 969", "1. 2014: ", " euro\n2015", "/2014", "12 791 969 euro", "fig-2014",
                  figure="12 791 969 euro"),
             Mark("13 777 550", "2015: ", " euro", "/2015", "13 777 550 euro", "fig-2015",
                  figure="13 777 550 euro")]
    parts, missing = segments(text, marks)
    assert missing == []
    marked = [(p.text, p.mark.href) for p in parts if p.mark]
    assert marked == [("12 791 969", "/2014"), ("13 777 550", "/2015")]
