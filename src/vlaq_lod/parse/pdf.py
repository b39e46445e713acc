"""Text out of a written question's PDF, laid out like the parliament's text exports.

Pages are joined with a line break and a form feed, as the real text files show them, so a
document reads the same whether it came as text or as PDF.
"""

from __future__ import annotations

import io
import logging

from pypdf import PdfReader
from pypdf.errors import PyPdfError

from .errors import ParseError

# pypdf reports malformed input through these as well as its own errors; anything else is a bug.
_UNREADABLE = (PyPdfError, ValueError, KeyError, IndexError, TypeError, AttributeError, OSError,
               RecursionError, AssertionError)


def pdf_text(data: bytes, source: str) -> str:
    """The text of every page; ``ParseError`` when the PDF cannot be read or holds no text."""
    logging.getLogger("pypdf").setLevel(logging.ERROR)  # its warnings on odd PDFs are not ours to print
    try:
        pages = [page.extract_text() or "" for page in PdfReader(io.BytesIO(data), strict=False).pages]
    except _UNREADABLE as e:
        raise ParseError(source, 1, f"unreadable PDF ({type(e).__name__}: {e})") from None
    text = "\n\f".join(page.rstrip("\n") for page in pages)
    if not text.strip():
        raise ParseError(source, 1, "the PDF holds no text (a scan without text layer?)")
    return text
