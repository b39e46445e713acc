"""Read a SPARQL 1.1 Protocol request into an ``Operation``, framework-free.

The rules of the protocol (which parameters, which media types, one query only,
UTF-8 only) live here rather than in the Flask view, so they are unit-tested
without a server and the view stays a few lines. Updates are read only to be
refused: the endpoint is read-only (403), and an update over GET is a protocol
error (400), as the W3C protocol tests expect.
"""

from __future__ import annotations

import urllib.parse
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from werkzeug.http import parse_options_header

from vlaq_lod.store import QueryError

FORM = "application/x-www-form-urlencoded"
DIRECT_QUERY = "application/sparql-query"
DIRECT_UPDATE = "application/sparql-update"
# what clients name the result format with: Virtuoso and SPARQLWrapper `format`, Joseki and Fuseki
# `output`, Rasqal `results` (SPARQLWrapper sends all three)
FORMAT_PARAMETERS = ("format", "output", "results")
READ_ONLY = "This endpoint is read-only: SPARQL Update is not accepted."


@dataclass(frozen=True)
class Operation:
    query: str | None  # None: no query was sent (show the query editor or the service description)
    default_graph_uris: tuple[str, ...] = ()
    named_graph_uris: tuple[str, ...] = ()
    format_names: tuple[str, ...] = ()  # `format=`, `output=`, `results=` values: they override Accept


def read_request(method: str, args: Mapping[str, Sequence[str]], content_type: str | None,
                 body: bytes) -> Operation:
    """The operation in a GET or POST request; ``QueryError`` 400/403/415 when it breaks the protocol.

    ``args`` are the URL's parameters as lists (``request.args.to_dict(flat=False)``).
    """
    if method in ("GET", "HEAD"):  # HEAD: the GET's headers (the server drops the body)
        if "update" in args:
            raise QueryError(400, "An update cannot be sent with GET (and this endpoint is read-only).")
        return _operation(args, args)
    if method != "POST":
        raise QueryError(405, f"{method} is not a SPARQL protocol method; use GET or POST.")
    if not content_type:
        raise QueryError(400, f"A POST needs a Content-Type: {FORM} or {DIRECT_QUERY}.")
    media_type, options = parse_options_header(content_type)
    if media_type == DIRECT_UPDATE:
        raise QueryError(403, READ_ONLY)
    if media_type == FORM:
        form = urllib.parse.parse_qs(_utf8(body), keep_blank_values=True)
        if "update" in form:
            raise QueryError(403, READ_ONLY)
        if "query" not in form:
            raise QueryError(400, "The form has no query parameter.")
        return _operation(form, {**args, **form})
    if media_type == DIRECT_QUERY:
        if options.get("charset", "utf-8").lower() not in ("utf-8", "utf8"):
            raise QueryError(415, "The query must be encoded in UTF-8.")
        return _operation({"query": [_utf8(body)]}, args)
    raise QueryError(415, f"Unsupported Content-Type {media_type!r}; use {FORM} or {DIRECT_QUERY}.")


def _operation(source: Mapping[str, Sequence[str]], params: Mapping[str, Sequence[str]]) -> Operation:
    """Take the query from ``source`` and the dataset and format from ``params``."""
    queries = source.get("query", [])
    if len(queries) > 1:
        raise QueryError(400, "Send one query per request; this one has several query parameters.")
    formats = [value for name in FORMAT_PARAMETERS for value in params.get(name, ())]
    return Operation(
        queries[0] if queries else None,
        tuple(params.get("default-graph-uri", ())),
        tuple(params.get("named-graph-uri", ())),
        tuple(formats),
    )


def _utf8(body: bytes) -> str:
    try:
        return body.decode("utf-8")
    except UnicodeDecodeError:
        raise QueryError(400, "The request body is not valid UTF-8.") from None
