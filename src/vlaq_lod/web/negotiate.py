"""The one table of formats, and the one place that turns a view's ``Page`` into a response.

Routes, ``Link`` headers, the "download as" links and the tests all read ``FORMATS``,
so adding a format here makes it negotiable, advertised and tested everywhere at once.
Views never build a body by hand: they return a ``Page`` (subject, graph, template,
context) and ``respond`` renders it as HTML or serialises the graph.
"""

from __future__ import annotations

import hashlib
import io
import json
import re
import urllib.parse
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

import rdflib
from flask import Response, current_app, render_template, request
from rdflib.plugins.serializers.turtle import TurtleSerializer
from werkzeug.exceptions import NotAcceptable

from ..store.results import parse_accept

PAGE_MAX_AGE = 300


@dataclass(frozen=True)
class Format:
    suffix: str  # URL suffix without the dot
    media_type: str
    rdflib: str | None  # rdflib serializer name; None for the HTML page
    label: str
    # An error message as a valid, empty document in this syntax; None for HTML (a template).
    error: Callable[[str], str] | None = None
    aliases: tuple[str, ...] = ()  # other media types clients ask for it by


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
    Format("jsonld", "application/ld+json", "json-ld", "JSON-LD", _json_error, ("application/json",)),
    # text/plain: N-Triples' media type until 2014, still what rdflib and Jena ask it by
    Format("nt", "application/n-triples", "nt", "N-Triples", _hash_comment, ("text/plain",)),
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


class NotInXml(NoAcceptableFormat):
    """406 for RDF/XML of a graph holding a character XML 1.0 cannot carry (a PDF's form feed in a
    source text): the other formats hold it exactly, and RDF/XML would be malformed or altered."""

    def __init__(self, url: str, char: str, formats: tuple[Format, ...]) -> None:
        super().__init__(url, formats)
        others = ", ".join(f.media_type for f in formats if f.rdflib and f.suffix != "rdf")
        self.description = (f"This document holds U+{ord(char):04X}, which XML 1.0 cannot carry, so it has "
                            f"no RDF/XML form. Ask for {others}.")


_NOT_IN_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


def not_in_xml(graph: rdflib.Graph) -> str | None:
    """The first character of a literal in ``graph`` that XML 1.0 cannot hold, if any."""
    for term in graph.objects():
        if isinstance(term, rdflib.Literal) and (m := _NOT_IN_XML.search(term)):
            return m[0]
    return None


def choose(formats: tuple[Format, ...] = FORMATS) -> Format:
    """The best of ``formats`` for the request's ``Accept`` (q-values honoured); 406 when none fits."""
    if not request.accept_mimetypes:  # no Accept header: anything will do (RFC 9110 12.5.1)
        return formats[0]
    # the formats' own types first: the first of them is the answer to */*
    offered = [f.media_type for f in formats] + [t for f in formats for t in f.aliases]
    best = parse_accept(request.headers.get("Accept")).best_match(offered)
    if best is None:  # only ever asked without a suffix, so the path is the document's suffix-less URL
        raise NoAcceptableFormat(urllib.parse.quote(request.path), formats)  # a header takes no %00
    return next(f for f in formats if best in (f.media_type, *f.aliases))


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


class ExactTurtle(TurtleSerializer):
    """rdflib's Turtle, minus the one shorthand that changes a term: ``"49531"^^xsd:decimal`` written
    ``49531.0`` reads back as another literal (lexical form ``49531.0``), so the Turtle twin of a page
    would differ from its other formats and from the dumps. A literal whose shorthand does not spell
    its own lexical form is written in full."""

    def label(self, node: rdflib.term.Node, position: int) -> str:
        written = super().label(node, position)
        if isinstance(node, rdflib.Literal) and not written.startswith('"') and written != str(node):
            return node._literal_n3(qname_callback=lambda dt: self.get_pname(dt, False))
        return written


def serialize(graph: rdflib.Graph, fmt: Format) -> bytes:
    """Bytes of ``graph`` in ``fmt``; JSON-LD is compacted against the app's context and
    refers to it by URL."""
    prefixes = current_app.config["PREFIXES"]
    for prefix, namespace in prefixes.items():
        graph.bind(prefix, namespace, replace=True)
    if fmt.suffix == "ttl":
        out = io.BytesIO()
        ExactTurtle(graph).serialize(out, encoding="utf-8")
        return out.getvalue()
    if fmt.suffix != "jsonld":
        return graph.serialize(format=fmt.rdflib, encoding="utf-8")
    compact = json.loads(graph.serialize(format="json-ld", context=dict(prefixes), auto_compact=True))
    compact["@context"] = current_app.config["CONTEXT_URL"]
    return json.dumps(compact, ensure_ascii=False, indent=2).encode("utf-8")


def etag(url: str, fmt: Format) -> str:
    """Changes exactly when the data (build), the document (with its query, e.g. a dataset's filters)
    or its format changes. Sent weak: the same graph may be written with other blank node labels or
    in another order by another worker process, so equal ETags promise the same data, not the same
    bytes."""
    version = current_app.extensions["vlaq_store"].version()
    key = f"{version}\n{url}\n{request.query_string.decode('latin-1')}\n{fmt.suffix}"
    return hashlib.sha256(key.encode()).hexdigest()[:32]


def header_url(url: str, safe: str = "") -> str:
    """``url`` percent-encoded for a header: ASCII only, no ``<>"`` or spaces, so a request path such
    as ``/doc/x%3E;rel=x`` or ``/doc/x%00`` can neither break a ``Link`` nor add parameters to it.
    ``safe``: more characters to keep (``?%`` for a query string that is already encoded)."""
    return urllib.parse.quote(url, safe="/:@!$&'()*+,;=-._~" + safe)


def finish(
    response: Response, url: str, fmt: Format, max_age: int, formats: tuple[Format, ...] = FORMATS,
    query: str = "",
) -> Response:
    """The headers every negotiated document carries, then the conditional-GET check (304)."""
    response.headers["Vary"] = "Accept"
    query = header_url(query, safe="?%")  # a list's query string, raw as the client sent it for a 304
    response.headers["Content-Location"] = header_url(f"{url}.{fmt.suffix}") + query
    response.headers["Link"] = link_header(header_url(url), formats, query)
    response.cache_control.public = True
    response.cache_control.max_age = max_age
    response.set_etag(etag(url, fmt), weak=True)
    return response.make_conditional(request)


def not_modified(
    url: str, fmt: Format, max_age: int = PAGE_MAX_AGE, formats: tuple[Format, ...] = FORMATS, query: str = ""
) -> Response | None:
    """A 304 before any query runs when the client holds this document of this build (the ETag
    depends only on the build, the URL and the format, all known before the page is computed)."""
    if not request.if_none_match.contains_weak(etag(url, fmt)):
        return None
    return finish(Response(status=304), url, fmt, max_age, formats, query)


def render_html(page: Page) -> str:
    links = alternates(page.url, page.formats, page.query)
    return render_template(page.template, page=page, alternates=links, **page.context)


def respond(page: Page, fmt: Format, formats: tuple[Format, ...] | None = None) -> Response:
    """Render ``page`` in ``fmt`` with all negotiation headers (``formats``: the twins it has, by default
    the page's)."""
    formats = formats or page.formats
    if fmt.rdflib is None:
        response = Response(render_html(page), mimetype=fmt.media_type)
    else:
        if fmt.suffix == "rdf" and (char := not_in_xml(page.graph)):
            raise NotInXml(page.url, char, formats)
        response = Response(serialize(page.graph, fmt), mimetype=fmt.media_type)
    return finish(response, page.url, fmt, page.max_age, formats, page.query)
