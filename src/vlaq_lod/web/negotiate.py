"""The one table of formats, and the one place that turns a view's ``Page`` into a response.

Routes, ``Link`` headers, the "download as" links and the tests all read ``FORMATS``,
so adding a format here makes it negotiable, advertised and tested everywhere at once.
Views never build a body by hand: they return a ``Page`` (subject, graph, template,
context) and ``respond`` renders it as HTML or serialises the graph.
"""

from __future__ import annotations

import hashlib
import json
import urllib.parse
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

import rdflib
from flask import Response, current_app, render_template, request
from werkzeug.exceptions import NotAcceptable

PAGE_MAX_AGE = 300


@dataclass(frozen=True)
class Format:
    suffix: str  # URL suffix without the dot
    media_type: str
    rdflib: str | None  # rdflib serializer name; None for the HTML page
    label: str
    # An error message as a valid, empty document in this syntax; None for HTML (a template).
    error: Callable[[str], str] | None = None


def _hash_comment(message: str) -> str:
    return "".join(f"# {line}\n" for line in message.splitlines())


def _rdfxml_error(message: str) -> str:
    return (
        f'<?xml version="1.0" encoding="utf-8"?>\n<!-- {message.replace("--", "- -")} -->\n'
        '<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"/>\n'
    )


def _json_error(message: str) -> str:
    # JSON-LD ignores keys that map to nothing, so an error object is still a valid, empty document.
    return json.dumps({"error": message}, ensure_ascii=False)


FORMATS: tuple[Format, ...] = (
    Format("html", "text/html", None, "HTML"),
    Format("ttl", "text/turtle", "turtle", "Turtle", _hash_comment),
    Format("jsonld", "application/ld+json", "json-ld", "JSON-LD", _json_error),
    Format("nt", "application/n-triples", "nt", "N-Triples", _hash_comment),
    Format("rdf", "application/rdf+xml", "xml", "RDF/XML", _rdfxml_error),
)
# An error for a client that accepts none of FORMATS (a 406 to a script asking for image/png): the
# message, readable by anything. Never negotiated for a document.
PLAIN_TEXT = Format("txt", "text/plain", None, "text", lambda message: f"{message}\n")
BY_SUFFIX = {f.suffix: f for f in FORMATS}
RDF_FORMATS = tuple(f for f in FORMATS if f.rdflib)


@dataclass
class Page:
    """What a view computed: the graph for machines, the template and context for people.

    ``url`` is the suffix-less path of the document (``/doc/vraag/...``); the suffixed
    twins and the ``Link`` headers are derived from it. A list (``/zoeken?q=...``) keeps its
    ``query`` (``?q=...``) on every twin, and may offer more ``formats`` (CSV).
    """

    url: str
    graph: rdflib.Graph
    template: str = "resource.html"
    context: dict[str, Any] = field(default_factory=dict)
    max_age: int = PAGE_MAX_AGE
    query: str = ""
    formats: tuple[Format, ...] = FORMATS


def split_suffix(path: str) -> tuple[str, Format | None]:
    """``"vraag/x.ttl"`` -> ``("vraag/x", turtle)``; a path without a known suffix keeps its name."""
    stem, dot, suffix = path.rpartition(".")
    if dot and suffix in BY_SUFFIX and "/" not in suffix:
        return stem, BY_SUFFIX[suffix]
    return path, None


class NoAcceptableFormat(NotAcceptable):
    """406 for a document: its formats in the message and, as on a 200, one ``Link`` per format, so a
    client can follow the one it reads."""

    def __init__(self, url: str, formats: tuple[Format, ...]) -> None:
        offered = ", ".join(f.media_type for f in formats)
        super().__init__(f"None of the requested media types can be served here. Available: {offered}.")
        self.link = link_header(url, formats)

    def get_headers(self, *args: Any, **kwargs: Any) -> list[tuple[str, str]]:
        return [*super().get_headers(*args, **kwargs), ("Link", self.link)]


def choose(formats: tuple[Format, ...] = FORMATS) -> Format:
    """The best of ``formats`` for the request's ``Accept`` (q-values honoured); 406 when none fits."""
    if not request.accept_mimetypes:  # no Accept header: anything will do (RFC 9110 12.5.1)
        return formats[0]
    best = request.accept_mimetypes.best_match([f.media_type for f in formats])
    if best is None:  # only ever asked without a suffix, so the path is the document's suffix-less URL
        raise NoAcceptableFormat(urllib.parse.quote(request.path), formats)  # a header takes no %00
    return next(f for f in formats if f.media_type == best)


def format_for(suffix_format: Format | None, formats: tuple[Format, ...] = FORMATS) -> Format:
    """A suffix decides outright; without one the ``Accept`` header does."""
    return suffix_format if suffix_format is not None else choose(formats)


def alternates(url: str, formats: tuple[Format, ...] = FORMATS, query: str = "") -> list[tuple[Format, str]]:
    return [(f, f"{url}.{f.suffix}{query}") for f in formats]


def link_header(url: str, formats: tuple[Format, ...] = FORMATS, query: str = "") -> str:
    return ", ".join(
        f'<{href}>; rel="alternate"; type="{f.media_type}"' for f, href in alternates(url, formats, query)
    )


def jsonld_context() -> dict[str, Any]:
    """The JSON-LD context the app serves at ``/context.jsonld``: the prefixes of the published graph."""
    return {"@context": dict(current_app.config["PREFIXES"])}


def serialize(graph: rdflib.Graph, fmt: Format) -> bytes:
    """Bytes of ``graph`` in ``fmt``; JSON-LD is compacted against the app's context and
    refers to it by URL."""
    prefixes = current_app.config["PREFIXES"]
    for prefix, namespace in prefixes.items():
        graph.bind(prefix, namespace, replace=True)
    if fmt.suffix != "jsonld":
        return graph.serialize(format=fmt.rdflib, encoding="utf-8")
    compact = json.loads(graph.serialize(format="json-ld", context=dict(prefixes), auto_compact=True))
    compact["@context"] = current_app.config["CONTEXT_URL"]
    return json.dumps(compact, ensure_ascii=False, indent=2).encode("utf-8")


def etag(url: str, fmt: Format) -> str:
    """Changes exactly when the data (build), the document (with its query, e.g. a dataset's filters)
    or its format changes."""
    version = current_app.extensions["vlaq_store"].version()
    key = f"{version}\n{url}\n{request.query_string.decode('latin-1')}\n{fmt.suffix}"
    return hashlib.sha256(key.encode()).hexdigest()[:32]


def finish(
    response: Response, url: str, fmt: Format, max_age: int, formats: tuple[Format, ...] = FORMATS,
    query: str = "",
) -> Response:
    """The headers every negotiated document carries, then the conditional-GET check (304)."""
    response.headers["Vary"] = "Accept"
    response.headers["Content-Location"] = f"{url}.{fmt.suffix}{query}"
    response.headers["Link"] = link_header(url, formats, query)
    response.cache_control.public = True
    response.cache_control.max_age = max_age
    response.set_etag(etag(url, fmt))
    return response.make_conditional(request)


def not_modified(
    url: str, fmt: Format, max_age: int = PAGE_MAX_AGE, formats: tuple[Format, ...] = FORMATS, query: str = ""
) -> Response | None:
    """A 304 before any query runs when the client holds this document of this build (the ETag
    depends only on the build, the URL and the format, all known before the page is computed)."""
    if not request.if_none_match.contains(etag(url, fmt)):
        return None
    return finish(Response(status=304), url, fmt, max_age, formats, query)


def render_html(page: Page) -> str:
    links = alternates(page.url, page.formats, page.query)
    return render_template(page.template, page=page, alternates=links, **page.context)


def respond(page: Page, fmt: Format, formats: tuple[Format, ...] | None = None) -> Response:
    """Render ``page`` in ``fmt`` with all negotiation headers (``formats``: the twins it has, by default
    the page's)."""
    if fmt.rdflib is None:
        response = Response(render_html(page), mimetype=fmt.media_type)
    else:
        response = Response(serialize(page.graph, fmt), mimetype=fmt.media_type)
    return finish(response, page.url, fmt, page.max_age, formats or page.formats, page.query)
