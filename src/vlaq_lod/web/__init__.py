"""The Flask app that serves a build: pages, RDF twins, the catalogue for harvesters, SPARQL.

``create_app`` does everything at call time (nothing at import), so tests can hand
it their own store and settings, and ``serve`` can hand it the real ones.
"""

from __future__ import annotations

import logging
from collections.abc import Mapping
from typing import Any

import rdflib
from flask import Flask, Response, render_template, request
from werkzeug.exceptions import HTTPException, InternalServerError, NotAcceptable, default_exceptions

from .. import settings
from ..graph.namespaces import bind_prefixes
from ..store import QueryError
from ..store.results import parse_accept
from ..uris import Uris
from .context import LICENCE, SITE_DESCRIPTION
from .negotiate import BY_SUFFIX, PLAIN_TEXT, Format, choose, split_suffix

log = logging.getLogger(__name__)

# A page may load its own script, style and images and nothing else; the JSON-LD data
# blocks are never executed, so they need no 'unsafe-inline'. A blueprint that needs
# more (YASGUI on /sparql) sets its own policy, which is then kept.
CONTENT_SECURITY_POLICY = (
    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
    "object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'"
)
DEFAULT_HEADERS = {
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "strict-origin-when-cross-origin",
    "X-Frame-Options": "DENY",
    # public read-only data, no cookies: apps on other sites (JSON-LD playground, LDES clients) may read it,
    # and the headers a cache or a crawler of linked data needs
    "Access-Control-Allow-Origin": "*",
    "Access-Control-Expose-Headers": "ETag, Link, Content-Location",
}
CORS_METHODS = ("GET", "HEAD", "POST")  # what a read-only client may be granted, where the route has it

# Prefixes for Turtle output, the JSON-LD context and the CURIEs on pages: the graph's own (the ones
# docs/model.md uses, from graph/namespaces.py) plus the vocabularies of the catalogue, shapes and LDES.
EXTRA_PREFIXES = {
    "rdf": "http://www.w3.org/1999/02/22-rdf-syntax-ns#",
    "rdfs": "http://www.w3.org/2000/01/rdf-schema#",
    "xsd": "http://www.w3.org/2001/XMLSchema#",
    "owl": "http://www.w3.org/2002/07/owl#",
    "dcat": "http://www.w3.org/ns/dcat#",
    "foaf": "http://xmlns.com/foaf/0.1/",
    "vcard": "http://www.w3.org/2006/vcard/ns#",
    "adms": "http://www.w3.org/ns/adms#",
    "void": "http://rdfs.org/ns/void#",
    "sh": "http://www.w3.org/ns/shacl#",
    "ldes": "https://w3id.org/ldes#",
    "tree": "https://w3id.org/tree#",
}


# The error page in Dutch: what went wrong in a reader's words (the response's message adds the details).
STATUS_NL = {
    400: ("Ongeldig verzoek", "Dit verzoek kan de server niet lezen."),
    403: ("Niet toegestaan", "Dit mag hier niet."),
    404: ("Niet gevonden", "Deze pagina bestaat niet in deze data. Misschien is het adres verkeerd getypt."),
    405: ("Methode niet toegestaan", "Dit adres aanvaardt deze HTTP-methode niet."),
    406: ("Geen passend formaat", "De pagina bestaat, maar niet in het gevraagde formaat."),
    413: ("Verzoek te groot", "Het verzoek is groter dan de server aanvaardt."),
    415: ("Formaat niet ondersteund", "De server leest het formaat van dit verzoek niet."),
    422: ("Resultaat te groot", "Het antwoord zou te groot worden; vraag minder op."),
    429: ("Te veel verzoeken", "Wacht even en probeer het dan opnieuw."),
    500: ("Interne fout", "Er ging iets mis aan onze kant."),
    503: ("Tijdelijk niet beschikbaar", "Probeer het straks opnieuw."),
}


def prefixes(uris: Uris) -> dict[str, str]:
    graph = bind_prefixes(rdflib.Graph(bind_namespaces="none"), uris)
    return {**EXTRA_PREFIXES, **{prefix: str(namespace) for prefix, namespace in graph.namespaces()}}


def create_app(config: Mapping[str, Any] | None = None) -> Flask:
    """Defaults, then ``VLAQ_*`` variables, then ``config``; ``config["STORE"]``
    replaces the store (tests)."""
    overrides = dict(config or {})
    store = overrides.pop("STORE", None)
    app = Flask(__name__)
    app.config.update(settings.load(overrides))
    app.config["MAX_CONTENT_LENGTH"] = app.config["MAX_REQUEST_BYTES"]
    uris = Uris(app.config["BASE_URI"])
    app.config["PREFIXES"] = prefixes(uris)
    app.config["CONTEXT_URL"] = f"{uris.base}/context.jsonld"
    app.extensions["vlaq_uris"] = uris
    app.extensions["vlaq_store"] = store if store is not None else _open_store(app.config)
    _register_blueprints(app)
    app.context_processor(
        lambda: {"site_base": uris.base, "licence": LICENCE, "site_description": SITE_DESCRIPTION})
    app.after_request(_security_headers)
    app.after_request(_preflight)
    app.register_error_handler(HTTPException, http_error)
    app.register_error_handler(QueryError, _store_error)
    app.register_error_handler(Exception, _unexpected_error)
    return app


def _open_store(config: Mapping[str, Any]) -> Any:
    from ..store import open_store  # the store package chooses local or remote from the settings

    return open_store(config)


def _register_blueprints(app: Flask) -> None:
    from . import catalog, resources, search, sitemap, sparql

    app.register_blueprint(resources.bp)
    app.register_blueprint(catalog.bp)
    app.register_blueprint(sitemap.bp)
    app.register_blueprint(sparql.bp)
    app.register_blueprint(search.bp)


def _security_headers(response: Response) -> Response:
    response.headers.setdefault("Content-Security-Policy", CONTENT_SECURITY_POLICY)
    for name, value in DEFAULT_HEADERS.items():
        response.headers.setdefault(name, value)
    return response


def _preflight(response: Response) -> Response:
    """A CORS preflight on any route: its reading methods, and whatever request headers the client
    names (``If-None-Match``, a tracing header): nothing here depends on a header being absent, and
    no credentials are ever allowed."""
    if request.method != "OPTIONS" or "Access-Control-Request-Method" not in request.headers:
        return response
    methods = request.url_rule.methods if request.url_rule is not None else ()
    response.headers["Access-Control-Allow-Methods"] = ", ".join(
        [m for m in CORS_METHODS if m in methods] + ["OPTIONS"])
    if "Access-Control-Request-Headers" in request.headers:
        response.headers["Access-Control-Allow-Headers"] = request.headers["Access-Control-Request-Headers"]
    response.headers["Access-Control-Max-Age"] = "86400"
    response.vary.add("Access-Control-Request-Headers")
    return response


def _error_format() -> Format:
    """The format asked for by suffix, else by ``Accept``. When nothing fits (a 406 must still say why):
    HTML for a client that takes it (a browser), else plain text, which a script can show."""
    _, suffix_format = split_suffix(request.path)
    if suffix_format is not None:
        return suffix_format
    try:
        return choose()
    except NotAcceptable:
        browser = parse_accept(request.headers.get("Accept")).quality("text/html")
        return BY_SUFFIX["html"] if browser else PLAIN_TEXT


def http_error(error: HTTPException) -> Response:
    """Every error in the asked format, with a message and never a traceback or a path."""
    if error.code is None or error.code < 400:
        return error.get_response()
    fmt = _error_format()
    message = error.description or error.name
    if fmt.error is None:
        name, explanation = STATUS_NL.get(error.code, (error.name, ""))
        body = render_template("error.html", code=error.code, name=name, explanation=explanation,
                               message=message)
    else:
        body = fmt.error(f"{error.code} {error.name}: {message}")
    response = Response(body, status=error.code, mimetype=fmt.media_type)
    response.headers["Vary"] = "Accept"
    for name, value in error.get_headers():
        if name.lower() not in ("content-type", "content-length"):
            response.headers[name] = value
    return response


def _store_error(error: QueryError) -> Response:
    """The store's own refusals (no build yet: 503) keep their status and message."""
    response = http_error(default_exceptions.get(error.status, InternalServerError)(error.message))
    if error.retry_after is not None:
        response.headers["Retry-After"] = str(error.retry_after)
    return response


def _unexpected_error(error: Exception) -> Response:
    log.exception("unhandled error on %s", request.path)
    return http_error(InternalServerError("De server kon dit verzoek niet beantwoorden."))
