"""Ingest: written-question documents (text or PDF) into the typed model.

``read_document`` reads a file, ``parse_text`` the decoded text; both raise ``ParseError``
(``FILE:LINE: message``) and nothing else for bad input. ``to_json`` is the shape
``vlaq-lod parse`` prints.
"""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path
from typing import Any

from ..model import Document, Numbered, Table
from .errors import ParseError
from .pdf import pdf_text
from .text import parse_text

__all__ = ["ParseError", "parse_text", "read_document", "to_json", "MAX_BYTES"]

MAX_BYTES = 20_000_000  # a PDF of a question is well under 1 MB; refuse giants before reading them


def _line_at(data: bytes, offset: int) -> int:
    return data.count(b"\n", 0, offset) + 1


def decode_text(data: bytes, source: str) -> str:
    """UTF-8 (with or without BOM), refusing binary data instead of parsing garbage."""
    if (nul := data.find(b"\x00")) >= 0:
        raise ParseError(source, _line_at(data, nul), "binary data (NUL byte), not a text document")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as e:
        raise ParseError(source, _line_at(data, e.start),
                         f"not UTF-8 text (byte 0x{data[e.start]:02x} at offset {e.start})") from None


def read_document(path: Path) -> Document:
    """Read a text or PDF document (told apart by its ``%PDF-`` signature or ``.pdf`` name).

    ``Document.source`` is the file name; errors carry the path as given, so a person can open it.
    """
    try:
        with path.open("rb") as file:
            data = file.read(MAX_BYTES + 1)  # bounded, so /dev/zero or a growing file cannot hang us
    except OSError as e:
        raise ParseError(str(path), 1, f"cannot read the file ({e.strerror})") from None
    if len(data) > MAX_BYTES:
        raise ParseError(str(path), 1, f"file too large (more than {MAX_BYTES} bytes)")
    try:
        is_pdf = data.startswith(b"%PDF-") or path.suffix.lower() == ".pdf"
        text = pdf_text(data, path.name) if is_pdf else decode_text(data, path.name)
        return parse_text(text, path.name)
    except ParseError as e:
        raise ParseError(str(path), e.line, e.message) from None


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
            "parts": [_numbered(p) for p in answer.parts],
        },
        "tables": [_table(t) for t in doc.tables],
    }
