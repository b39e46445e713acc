"""Helpers the parse tests share: where the documents are, tables as plain values to compare, and short
answers written for a test under a real header."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from vlaq_lod.model import Document, Table
from vlaq_lod.parse import parse_text

SOURCES = Path(__file__).resolve().parents[1] / "data" / "sources"
FIXTURES = Path(__file__).resolve().parent / "fixtures" / "parse"


def grid(table: Table) -> dict[str, dict[str, Decimal | None]]:
    """``{row label: {period: value}}``, so a test states a whole table as it reads on paper."""
    return {row.label: {period: fig.value for period, fig in row.values.items()} for row in table.rows}


def printed_figures_quote_themselves(doc: Document) -> None:
    """Every figure's span must quote the number exactly as printed (the graph cites it)."""
    for table in doc.tables:
        for row in table.rows:
            for fig in row.values.values():
                quoted = doc.quote(fig.span)
                assert fig.printed.startswith(quoted) and quoted, (fig, quoted)
                assert doc.text.count("\n", 0, fig.span.start) + 1 == fig.span.first_line


HEAD = """SCHRIFTELIJKE VRAAG

nr. 501
van FREYA VAN DEN BOSSCHE
datum: 3 oktober 2022

aan HILDE CREVITS
VICEMINISTER-PRESIDENT VAN DE VLAAMSE REGERING, VLAAMS MINISTER VAN WELZIJN,
VOLKSGEZONDHEID EN GEZIN

Kinderopvang  -  Aanvragen en plaatsen

Ouders vragen elk jaar meer plaatsen aan in de kinderopvang.

1. {question}

2. Hoeveel aanvragen werden geweigerd?



HILDE CREVITS
VICEMINISTER-PRESIDENT VAN DE VLAAMSE REGERING, VLAAMS MINISTER VAN WELZIJN,
VOLKSGEZONDHEID EN GEZIN

ANTWOORD
op vraag nr. 501 van 3 oktober 2022
van FREYA VAN DEN BOSSCHE

"""


def answer(body: str, question: str = "Hoeveel aanvragen waren er?") -> Document:
    """A short answer written for a test, under the header of a real question (``HEAD``), checked to
    quote its printed figures."""
    doc = parse_text(HEAD.format(question=question) + body, "t.txt")
    printed_figures_quote_themselves(doc)
    return doc
