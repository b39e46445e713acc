"""An answer's text reflowed (``web/reflow.py``): paragraphs joined, printed tables as tables, every
character and figure mark kept. Texts are cut from data/sources/ as printed."""

from __future__ import annotations

from vlaq_lod.settings import PROJECT_ROOT
from vlaq_lod.web.highlight import Mark, Segment, segments
from vlaq_lod.web.reflow import reflow

SOURCES = PROJECT_ROOT / "data" / "sources"


def lines_of(file: str, first: int, last: int) -> str:
    return "\n".join((SOURCES / file).read_text(encoding="utf-8").splitlines()[first - 1 : last])


def cell_texts(block) -> list[list[str]]:
    return [[" ".join("".join(s.text for s in cell).split()) for cell in row] for row in block.rows]


def test_the_contacts_table_of_313_is_a_table_with_its_figures_still_marked():
    text = lines_of("000_1f88426f64fa881f.txt", 61, 70)
    marks = [Mark(n, "", "", f"/{n}", n, f"fig-{n}") for n in ("826.095", "49.531", "+15,45%")]
    segs, missing = segments(text, marks)
    assert missing == []
    intro, table = reflow(segs)
    assert intro.kind == "p" and "".join(s.text for s in intro.segments) == (
        "1. Het totale aantal contacten bij 1700 in 2021, in 2020, in 2019 en in 2018 vindt u in "
        "deze overzichtstabel:")
    assert table.kind == "table"
    assert cell_texts(table) == [
        ["", "2018", "2019", "2020", "2021"],
        ["oproepen", "826.095", "869.341", "1.031.280", "1.179.602"],
        ["e-mail", "49.717", "55.960", "87.987", "112.122"],
        ["chat", "25.661", "26.933", "42.485", "49.531"],
        ["TOTAAL", "901.473", "952.234", "1.161.752", "1.341.255"],
        ["Evolutie t.o.v. vorig jaar", "-18%", "+5,63%", "+22%", "+15,45%"],
    ]
    marked = [s.text for row in table.rows for cell in row for s in cell if s.mark]
    assert marked == ["826.095", "49.531", "+15,45%"]


def test_a_label_with_a_number_stays_one_label():
    text = lines_of("000_1f88426f64fa881f.txt", 129, 130)
    [table] = reflow([Segment(text)])
    assert cell_texts(table)[1] == ["Contactcenter 1700", "4.396.287", "4.713.451", "4.712.628", "5.352.535"]


def test_space_thousands_lists_keep_each_amount_whole():
    """1532 prints "2018: 17 956 299 euro": the spaces inside an amount are no column gaps."""
    text = lines_of("1532_de-lijn-kosten-ticketverkoop.txt", 35, 39)
    [table] = reflow([Segment(text)])
    assert cell_texts(table) == [[str(y), v] for y, v in zip(range(2018, 2023), [
        "17 956 299 euro", "16 191 206 euro", "16 020 736 euro", "17 709 048 euro", "19 002 565 euro"],
        strict=True)]


def test_hard_line_breaks_inside_a_paragraph_are_joined_and_blank_lines_kept():
    text = lines_of("000_1f88426f64fa881f.txt", 72, 86)
    paragraphs = ["".join(s.text for s in block.segments) for block in reflow([Segment(text)])]
    assert len(paragraphs) == 3
    assert paragraphs[0].startswith(
        "a) In 2019 was de stijging nog vooral een gevolg van nieuwe en intensere ondersteuningsvragen")
    assert "\n" not in "".join(paragraphs)
