"""Documents from files: text (UTF-8) or PDF, refused with a clear error when they are neither."""

from __future__ import annotations

import os
from pathlib import Path
from typing import BinaryIO

from ..model import Document
from .errors import ParseError
from .pdf import pdf_text
from .text import parse_text, read_head

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
    text = _text(path)
    try:
        return parse_text(text, path.name)
    except ParseError as e:
        raise ParseError(str(path), e.line, e.message) from None


def read_document_head(path: Path) -> tuple[str, int, tuple[str, ...]]:
    """Parliamentary year, number and addressees of a document, from its header alone."""
    text = _text(path)
    try:
        return read_head(text, path.name)
    except ParseError as e:
        raise ParseError(str(path), e.line, e.message) from None


def _bounded_read(file: BinaryIO) -> bytes:
    """At most ``MAX_BYTES + 1`` bytes, so /dev/zero or a growing file cannot hang us. A file is read with
    a buffer of its own size, not one of ``MAX_BYTES``: a 20 MB buffer made and given back for every 2 kB
    document cost as much as the read itself (about 3 % of a parse). What the size did not tell (a device,
    a file that grew) is read on, still bounded."""
    size = min(os.fstat(file.fileno()).st_size, MAX_BYTES)
    data = file.read(size + 1)
    if len(data) > size:
        data += file.read(MAX_BYTES + 1 - len(data))
    return data


def _text(path: Path) -> str:
    """The decoded text and the file name; ``ParseError`` names the path as given."""
    try:
        with path.open("rb") as file:
            data = _bounded_read(file)
    except OSError as e:
        raise ParseError(str(path), 1, f"cannot read the file ({e.strerror})") from None
    if len(data) > MAX_BYTES:
        raise ParseError(str(path), 1, f"file too large (more than {MAX_BYTES} bytes)")
    try:
        is_pdf = data.startswith(b"%PDF-") or path.suffix.lower() == ".pdf"
        return pdf_text(data, path.name) if is_pdf else decode_text(data, path.name)
    except ParseError as e:
        raise ParseError(str(path), e.line, e.message) from None
