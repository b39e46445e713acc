"""Refuse what a public read-only endpoint must never run, before anything runs.

Oxigraph runs ``SERVICE`` clauses (outbound HTTP, with no switch to turn it off)
and a remote store behind ``RemoteStore`` might accept updates on its query URL,
so the decision cannot be left to the engine. A regular expression over the raw
text would be fooled both ways (``"SERVICE"`` in a string, ``?service``,
``ex:load``), hence a small lexer that drops strings, IRIs, comments, variables
and prefixed names and keeps only the bare keywords. The same keywords give the
query form, which decides the result formats before the query is run.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

import pyoxigraph as ox

from vlaq_lod.store import QueryError
from vlaq_lod.store.formats import KIND_OF_FORM, Format
from vlaq_lod.store.results import negotiate

UPDATE_KEYWORDS = frozenset(
    {"INSERT", "DELETE", "LOAD", "CLEAR", "CREATE", "DROP", "COPY", "MOVE", "ADD", "WITH", "USING"}
)
QUERY_FORMS = ("SELECT", "ASK", "CONSTRUCT", "DESCRIBE")

# Order matters: long strings before short ones; an IRI only when the text between
# < and > may really be an IRI (otherwise `<` is the less-than operator).
_TOKEN = re.compile(
    r"""
      (?P<skip>
          \s+
        | \#[^\n\r]*
        | '''(?:[^'\\]|\\.|'(?!''))*'''
        | \"\"\"(?:[^"\\]|\\.|"(?!""))*\"\"\"
        | '(?:[^'\\\n\r]|\\.)*'
        | "(?:[^"\\\n\r]|\\.)*"
        | <[^<>"{}|^`\\\x00-\x20]*>
        | [?$][\w\u00b7\u0300-\u036f\u203f-\u2040]+
        | @[A-Za-z]+(?:-[A-Za-z0-9]+)*
        | _:[\w.-]*
        | [\w.-]*:(?:[\w.:%-]|\\.)*
        | [\d.]+(?:[eE][+-]?\d+)?
      )
    | (?P<word>[A-Za-z_][\w-]*)
    | (?P<other>.)
    """,
    re.VERBOSE | re.DOTALL,
)


_CODEPOINT = re.compile(r"\\u([0-9A-Fa-f]{4})|\\U([0-9A-Fa-f]{8})")


def unescape(query: str) -> str:
    """Apply SPARQL's codepoint escapes, which the spec resolves before parsing, anywhere in the text.

    Oxigraph does not, but a remote store may: ``\\u0053ERVICE`` must be seen as SERVICE.
    """
    return _CODEPOINT.sub(lambda m: chr(int(m.group(1) or m.group(2), 16)), query)


def keywords(query: str) -> list[str]:
    """The bare words of ``query``, upper-cased, in order; everything quoted or named is dropped."""
    return [m.group("word").upper() for m in _TOKEN.finditer(unescape(query)) if m.group("word")]


def query_form(query: str) -> str:
    """SELECT, ASK, CONSTRUCT or DESCRIBE, after refusing updates and ``SERVICE``.

    Raises ``QueryError`` 403 for an update or a federated query, 400 when no query
    form is found (the parser would reject it anyway, but this saves a worker).
    """
    words = keywords(query)
    refused = sorted(UPDATE_KEYWORDS.intersection(words))
    if refused:
        raise QueryError(403, f"This endpoint is read-only: {refused[0]} and other updates are refused.")
    if "SERVICE" in words:
        raise QueryError(403, "SERVICE (federated query) is refused: this endpoint sends no requests out.")
    form = next((w for w in words if w in QUERY_FORMS), None)
    if form is None:
        raise QueryError(400, "Not a SPARQL query: expected SELECT, ASK, CONSTRUCT or DESCRIBE.")
    return form


def plan(query: str, accept: str | None, default_graph_uris: Sequence[str],
         named_graph_uris: Sequence[str]) -> Format:
    """Everything decided before a public query runs: refusals, result format, dataset IRIs.

    Returns the negotiated format; raises ``QueryError`` (400, 403, 406) otherwise.
    """
    fmt = negotiate(accept, KIND_OF_FORM[query_form(query)])
    for name, uris in (("default-graph-uri", default_graph_uris), ("named-graph-uri", named_graph_uris)):
        for uri in uris:
            try:
                ox.NamedNode(uri)
            except ValueError:
                raise QueryError(400, f"{name} {uri!r} is not an absolute IRI.") from None
    return fmt
