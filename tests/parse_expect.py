"""Helpers the parse tests share: where the documents are, and tables as plain values to compare."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from vlaq_lod.model import Document, Table

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
