"""Refuse what a public read-only endpoint must never run, before anything runs.

Oxigraph runs ``SERVICE`` clauses (outbound HTTP, with no switch to turn it off)
and a remote store behind ``RemoteStore`` might accept updates on its query URL,
so the decision cannot be left to the engine. A regular expression over the raw
text would be fooled both ways (``"SERVICE"`` in a string, ``?service``,
``ex:load``), hence a small lexer that drops strings, IRIs, comments, variables
and prefixed names and keeps only the bare keywords. The same keywords give the
query form, which decides the result formats before the query is run.

The lexer runs in the web process on up to ``MAX_REQUEST_BYTES`` of hostile text,
outside any query timeout, so it is **linear** in the query's length: every token
is found by one forward scan, and a scan that can fail after reading far (an
unterminated string) is remembered, so the next opener of the same kind does not
read the same stretch again (a regex alternation retried at every position was
quadratic: 100,000 ``-`` took 13 s). The same pass measures the query's nesting:
Oxigraph's parser and evaluator recurse once per level of nesting and per element
of a chain (``UNION``, ``BIND``, ``.``, ``||`` ...), and overflow their stack
(segfault) at a few thousand, so too deep or too large a query is refused here
with a 400 that names the limit.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from itertools import accumulate

import pyoxigraph as ox

from vlaq_lod.store import QueryError
from vlaq_lod.store.formats import KIND_OF_FORM, Format
from vlaq_lod.store.results import negotiate

UPDATE_KEYWORDS = frozenset(
    {"INSERT", "DELETE", "LOAD", "CLEAR", "CREATE", "DROP", "COPY", "MOVE", "ADD", "WITH", "USING"}
)
QUERY_FORMS = ("SELECT", "ASK", "CONSTRUCT", "DESCRIBE")
# Far above any real query (a few dozen levels, a few hundred elements) and below what crashes a query
# worker: its 8 MiB main thread overflowed at ~1,000 nested CONCAT, ~2,500 nested groups, ~3,000 BINDs in
# a row; queries run on a 64 MiB stack (workers.py), and tests/test_store_workers.py runs the largest
# query these limits accept of each such shape.
MAX_DEPTH = 500  # brackets { ( [ open at once (a sub-select or an OPTIONAL opens one)
MAX_SIZE = 20_000  # structural marks: keywords, brackets, separators . , ; and operators

# One token per match, every part possessive, so that each either matches or fails within characters
# that the token found in its place consumes anyway: the scan is linear. What needs care:
# - a prefixed name is tried where a stretch of code would end before its colon, not at each position
#   of a run of name characters (retried there, it was quadratic);
# - an unterminated string is a quote taken as code; a backslash outside a string or a name is taken
#   with the character after it, so the escaped quotes that a failed scan crossed never open a string
#   themselves (nothing is scanned twice). That backslash is a syntax error for any SPARQL parser, so
#   it hides nothing a parser would run;
# - an IRI only when the text between < and > may really be an IRI: otherwise ``<`` is less-than.
# Everything else that is neither quoted nor named is ``code``: words, numbers, punctuation, spaces,
# taken as long stretches (a token per character made a 1 MB query cost seconds).
_IRI_BODY = r"[^<>\"{}|^`\\\x00-\x20]*+>"
_NAME = r"[\w\u00b7\u0300-\u036f\u203f-\u2040]"
_LONG = [rf"{q * 3}(?:[^{q}\\]|\\.|{q}(?!{q}{q}))*+{q * 3}" for q in "'\""]
_SHORT_BODY = {q: rf"(?:[^{q}\\\n\r]|\\.)*+{q}" for q in "'\""}
_PLAIN = r"[^'\"<?$@#:\\]"  # characters that begin no token of their own
_CODE = "|".join([
    # a stretch of them, whole unless a colon follows: then it ends before the prefix of that name
    rf"{_PLAIN}++(?!:)", rf"{_PLAIN}+(?<![\w.-])", r"\\.", rf"[?$](?!{_NAME})", r"@(?![A-Za-z])",
    rf"<(?!{_IRI_BODY})", *(rf"{q}(?!{body})" for q, body in _SHORT_BODY.items()),
])
_TOKEN = re.compile(
    "|".join([
        r"\#[^\n\r]*", *_LONG, *(q + body for q, body in _SHORT_BODY.items()), "<" + _IRI_BODY,
        rf"[?$]{_NAME}+", r"@[A-Za-z]+(?:-[A-Za-z0-9]+)*", r"_:[\w.-]*", r"[\w.-]*+:(?:[\w.:%-]|\\.)*+",
        rf"((?:{_CODE})++)", ".",
    ]),
    re.DOTALL,
)
# Inside code: numbers (skipped) and bare words; what is neither is passed over.
_CODE_PART = re.compile(r"[\d.]+(?:[eE][+-]?\d+)?|([A-Za-z_][\w-]*)")
_NOT_BRACKET = re.compile(r"[^{}()\[\]]+")
_MARKS = "{([.,;|&+*/=!<>^-"
_DEPTH = {"{": 1, "(": 1, "[": 1, "}": -1, ")": -1, "]": -1}


_CODEPOINT = re.compile(r"\\u([0-9A-Fa-f]{4})|\\U([0-9A-Fa-f]{8})")


def unescape(query: str) -> str:
    """Apply SPARQL's codepoint escapes, which the spec resolves before parsing, anywhere in the text.

    Oxigraph does not, but a remote store may: ``\\u0053ERVICE`` must be seen as SERVICE.
    """
    return _CODEPOINT.sub(lambda m: chr(int(m.group(1) or m.group(2), 16)), query)


@dataclass(frozen=True)
class Lexed:
    """What the guard needs of a query: its bare words, upper-cased, in order, and its nesting."""

    words: list[str]
    depth: int  # most brackets open at once
    size: int  # structural marks (see MAX_SIZE)


def lex(query: str) -> Lexed:
    """``query`` read as the spec reads it (codepoint escapes applied first) and, when it has any, as
    Oxigraph reads it (escapes resolved inside strings only): the words of both, the larger nesting.

    Either reading alone can be fooled: ``'a\u000a'`` is a whole string to Oxigraph but an unterminated
    one once the escape is applied, and what follows it would then be read as quoted (a SERVICE there
    reached the network); ``\u0053ERVICE`` is SERVICE only once applied. Each pass is linear.
    """
    spec = _lex(unescape(query))
    if "\\u" not in query and "\\U" not in query:
        return spec
    oxigraph = _lex(query)
    return Lexed(spec.words + oxigraph.words, max(spec.depth, oxigraph.depth), max(spec.size, oxigraph.size))


def _lex(text: str) -> Lexed:
    """One forward pass over ``text``, linear in its length."""
    code = " ".join(filter(None, _TOKEN.findall(text)))  # outside strings, IRIs, names, comments
    words = " ".join(_CODE_PART.findall(code)).upper().split()
    depth = max(accumulate(map(_DEPTH.__getitem__, _NOT_BRACKET.sub("", code))), default=0)
    return Lexed(words, max(depth, 0), sum(map(code.count, _MARKS)) + len(words))


def keywords(query: str) -> list[str]:
    """The bare words of ``query``, upper-cased, in order; everything quoted or named is dropped."""
    return lex(query).words


def query_form(query: str, lexed: Lexed | None = None) -> str:
    """SELECT, ASK, CONSTRUCT or DESCRIBE, after refusing updates and ``SERVICE``.

    Raises ``QueryError`` 403 for an update or a federated query, 400 when no query
    form is found (the parser would reject it anyway, but this saves a worker).
    """
    words = (lexed or lex(query)).words
    refused = sorted(UPDATE_KEYWORDS.intersection(words))
    if refused:
        raise QueryError(403, f"This endpoint is read-only: {refused[0]} and other updates are refused.")
    if "SERVICE" in words:
        raise QueryError(403, "SERVICE (federated query) is refused: this endpoint sends no requests out.")
    form = next((w for w in words if w in QUERY_FORMS), None)
    if form is None:
        raise QueryError(400, "Not a SPARQL query: expected SELECT, ASK, CONSTRUCT or DESCRIBE.")
    return form


def check_nesting(lexed: Lexed) -> None:
    """400 for a query nested deeper or built larger than the limits, before any engine parses it."""
    if lexed.depth > MAX_DEPTH:
        raise QueryError(400, f"The query nests {lexed.depth} levels of brackets; at most {MAX_DEPTH} "
                              "are accepted.")
    if lexed.size > MAX_SIZE:
        raise QueryError(400, f"The query has {lexed.size} keywords, brackets, separators and operators; "
                              f"at most {MAX_SIZE} are accepted.")


def plan(query: str, accept: str | None, default_graph_uris: Sequence[str],
         named_graph_uris: Sequence[str]) -> Format:
    """Everything decided before a public query runs: refusals, nesting, result format, dataset IRIs.

    Returns the negotiated format; raises ``QueryError`` (400, 403, 406) otherwise.
    """
    lexed = lex(query)
    form = query_form(query, lexed)
    check_nesting(lexed)
    fmt = negotiate(accept, KIND_OF_FORM[form])
    for name, uris in (("default-graph-uri", default_graph_uris), ("named-graph-uri", named_graph_uris)):
        for uri in uris:
            try:
                ox.NamedNode(uri)
            except ValueError:
                raise QueryError(400, f"{name} {uri!r} is not an absolute IRI.") from None
    return fmt
