"""The JSON shape ``vlaq-lod parse`` prints: plain data, figures as JSON numbers."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from ..model import Document, Numbered, Table


def _number(value: Decimal | None) -> int | float | None:
    """A JSON number that prints as the figure did: ``2462171.69``, never ``2462171.6899999``.

    ``float`` repr is the shortest string that reads back to the same float, so every printed
    figure with up to 15 significant digits comes out exactly as printed.
    """
    if value is None:
        return None
    return int(value) if value == value.to_integral_value() else float(value)


def _numbered(item: Numbered) -> dict[str, Any]:
    return {"label": item.label, "text": item.text,
            "parts": [{"label": p.label, "text": p.text} for p in item.parts]}


def _table(table: Table) -> dict[str, Any]:
    return {
        "layout": table.layout,
        "answer_part": table.answer_part,
        "periods": list(table.periods),
        "rows": [{"label": row.label, "values": {p: _number(f.value) for p, f in row.values.items()}}
                 for row in table.rows],
        "lines": [table.span.first_line, table.span.last_line],
    }


def to_json(doc: Document) -> dict[str, Any]:
    """The document as plain JSON data (figures as JSON numbers), the output of ``vlaq-lod parse``."""
    answer = doc.answer
    return {
        "source": doc.source,
        "number": doc.number,
        "date": doc.date.isoformat(),
        "parliamentary_year": doc.parliamentary_year,
        "author": doc.author,
        "addressees": [{"name": a.name, "title": a.title} for a in doc.addressees],
        "title": doc.title,
        "introduction": doc.introduction,
        "questions": [_numbered(q) for q in doc.questions],
        "answer": None if answer is None else {
            "responder": answer.responder,
            "responder_title": answer.responder_title,
            "preamble": answer.preamble,
            "parts": [_numbered(p) for p in answer.parts],
        },
        "tables": [_table(t) for t in doc.tables],
        "sentence_figures": [
            {"period": f.period, "value": _number(f.figure.value), "printed": f.figure.printed,
             "label": f.label, "hedge": f.hedge, "hedge_text": f.hedge_text, "line": f.figure.span.first_line}
            for f in doc.sentence_figures],
        "unread": [{"lines": [u.span.first_line, u.span.last_line], "printed": u.printed, "reason": u.reason}
                   for u in doc.unread],  # rows whose figures were not read, and why
    }
