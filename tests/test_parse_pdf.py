"""A PDF made from a seed document reads back to the same facts as the text it was made from."""

from __future__ import annotations

from pathlib import Path

import pytest
from fpdf import FPDF

from parse_expect import SOURCES, grid
from vlaq_lod.parse import read_document

# Debian's fonts-dejavu-core (scripts/test installs it): a TTF with the accents and curly quotes in the texts.
FONT = Path("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf")


def make_pdf(text: str, path: Path) -> Path:
    """One PDF line per text line, over as many pages as it takes, as the parliament's PDFs print them."""
    assert FONT.exists(), f"{FONT} is missing: apt-get install fonts-dejavu-core"
    pdf = FPDF()
    pdf.add_font("DejaVu", fname=str(FONT))
    pdf.set_font("DejaVu", size=9)
    pdf.add_page()
    for line in text.split("\n"):
        pdf.cell(0, 4.5, line, new_x="LMARGIN", new_y="NEXT")
    pdf.output(str(path))
    return path


# tables in the document, and pages its PDF takes at 61 lines a page (000: 150 lines, 1532: 42)
EXPECTED = {"000_1f88426f64fa881f.txt": (3, 3), "1532_de-lijn-kosten-ticketverkoop.txt": (2, 1)}


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_pdf_reads_like_its_text(tmp_path: Path, name: str) -> None:
    source = SOURCES / name
    from_text = read_document(source)
    pdf = make_pdf(source.read_text(encoding="utf-8"), tmp_path / "vraag.pdf")
    from_pdf = read_document(pdf)
    assert from_pdf.source == "vraag.pdf"
    assert (from_pdf.number, from_pdf.date, from_pdf.author, from_pdf.addressees, from_pdf.title) == (
        from_text.number, from_text.date, from_text.author, from_text.addressees, from_text.title)
    assert [grid(t) for t in from_pdf.tables] == [grid(t) for t in from_text.tables]
    tables, pages = EXPECTED[name]
    assert len(from_pdf.tables) == tables
    assert from_pdf.text.count("\f") == pages - 1  # pages are joined by a form feed, as in the text exports
    for table in from_pdf.tables:
        for row in table.rows:
            for figure in row.values.values():
                assert figure.printed.startswith(from_pdf.quote(figure.span))


def test_pdf_detected_by_content_whatever_its_name(tmp_path: Path) -> None:
    pdf = make_pdf((SOURCES / "1532_de-lijn-kosten-ticketverkoop.txt").read_text(encoding="utf-8"),
                   tmp_path / "vraag.txt")
    assert read_document(pdf).number == 1532
