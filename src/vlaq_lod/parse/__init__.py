"""Ingest: written-question documents (text or PDF) into the typed model.

``read_document`` reads a file, ``parse_text`` the decoded text; both raise ``ParseError``
(``FILE:LINE: message``) and nothing else for bad input. ``to_json`` is the shape
``vlaq-lod parse`` prints.
"""

from __future__ import annotations

from .as_json import to_json
from .errors import ParseError
from .reading import MAX_BYTES, read_document, read_document_head
from .text import parse_text

__all__ = ["MAX_BYTES", "ParseError", "parse_text", "read_document", "read_document_head", "to_json"]
