"""Blueprint ``sparql``: the SPARQL 1.1 Protocol endpoint at ``/sparql``, and YASGUI for people.

Register with ``app.register_blueprint(sparql.bp)`` (it mounts itself at
``/sparql``; ``url_prefix="/sparql"`` gives the same). The store is
``app.extensions["vlaq_store"]`` (set by ``create_app``; tests put theirs there).

* ``GET ?query=``, ``POST`` form (``query=``) and ``POST application/sparql-query``;
  ``default-graph-uri``/``named-graph-uri`` set the dataset; ``format=``, ``output=`` or
  ``results=`` (json, xml, csv, tsv, ttl/turtle/n3, nt, rdf/rdf+xml, jsonld/json-ld, or a media type)
  overrides ``Accept``. Updates get 403 (400 over GET).
* Without a query: YASGUI (vendored in ``static/yasgui/``, tabs preloaded from
  ``web/queries/*.rq``) when the client prefers HTML, else the Service Description.
* CORS as everywhere in the app (``create_app``): any origin, any request header, no credentials.
* Errors are ``text/plain`` with the status that says why (``QueryError``); a 503
  carries Retry-After.

Registering this blueprint also pins one build for the whole of every request of
the app (``CurrentStore.snapshot``), so a page made of several store calls never
mixes two builds when a new one is swapped in mid-request.

The view is thin on purpose: protocol rules are in ``store/protocol.py``; refusals,
timeouts, caps and formats in ``store/``.
"""

from __future__ import annotations

import functools
import re
from dataclasses import asdict, dataclass
from importlib import resources

from flask import Blueprint, Response, current_app, g, render_template, request, url_for
from werkzeug.exceptions import RequestEntityTooLarge

from vlaq_lod.store import QueryError, Store
from vlaq_lod.store.formats import GRAPH, encode_triples
from vlaq_lod.store.protocol import read_request
from vlaq_lod.store.results import accept_for, negotiate, parse_accept
from vlaq_lod.store.service import service_description

bp = Blueprint(
    "sparql",
    __name__,
    url_prefix="/sparql",
    template_folder="templates",
    static_folder="static/yasgui",
    static_url_path="/yasgui",
)

# YASGUI's editor (CodeMirror) sets inline styles; its scripts and requests stay on this origin.
YASGUI_POLICY = (
    "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; "
    "connect-src 'self'; object-src 'none'; base-uri 'self'; frame-ancestors 'none'"
)


@dataclass(frozen=True)
class Example:
    title: str
    query: str


@functools.lru_cache(maxsize=8)
def examples(base: str) -> tuple[Example, ...]:
    """The example queries (``web/queries/*.rq``), their ``BASE`` set to this server's base URI.

    Each file starts with ``# title: ...`` and is written with ``BASE
    <http://localhost:8000/>`` and relative IRIs, so it also runs as it stands
    against a default local build. The files ship with the package and cannot change
    while it runs, so they are read once per base, not on every view of the editor.
    """
    found = []
    for file in sorted(resources.files("vlaq_lod.web").joinpath("queries").iterdir(), key=lambda f: f.name):
        if file.name.endswith(".rq"):
            text = file.read_text(encoding="utf-8")
            title = re.match(r"#\s*title:\s*(.+)", text)
            query = re.sub(r"^BASE <[^>]*>", f"BASE <{base}/>", text, count=1, flags=re.MULTILINE)
            found.append(Example(title.group(1).strip() if title else file.name, query))
    return tuple(found)


def _store() -> Store:
    return current_app.extensions["vlaq_store"]


@bp.before_app_request
def _pin_build() -> None:
    snapshot = getattr(current_app.extensions.get("vlaq_store"), "snapshot", None)
    if snapshot is None:
        return
    pinned = snapshot()
    try:
        pinned.__enter__()
    except QueryError:  # no build yet: nothing to pin; the request's own store call will say so
        return
    g.vlaq_build = pinned


@bp.teardown_app_request
def _unpin_build(_: BaseException | None) -> None:
    pinned = g.pop("vlaq_build", None)
    if pinned is not None:
        pinned.__exit__(None, None, None)


@bp.after_request
def _vary(response: Response) -> Response:
    response.vary.add("Accept")
    return response


@bp.route("/", methods=["GET", "POST", "OPTIONS"])
@bp.route("", methods=["GET", "POST", "OPTIONS"])  # registered first: url_for gives /sparql
def endpoint() -> Response:
    if request.method == "OPTIONS":
        return Response(status=204)
    op = read_request(
        request.method,
        request.args.to_dict(flat=False),
        request.content_type,
        _body(),
    )
    accept = accept_for(op.format_names) if op.format_names else request.headers.get("Accept")
    if op.query is None:
        return _without_query(accept)
    result = _store().public_query(op.query, accept, op.default_graph_uris, op.named_graph_uris)
    return Response(result.body, mimetype=result.media_type)


def _body() -> bytes:
    """The whole request body. Werkzeug stops a chunked body (no Content-Length) at MAX_CONTENT_LENGTH
    and returns what it read: a query cut short would run as if sent. One byte more means 413."""
    data = request.get_data(cache=True)
    limit = request.max_content_length
    if limit is not None and len(data) >= limit and request.environ["wsgi.input"].read(1):
        raise RequestEntityTooLarge()
    return data


def _without_query(accept: str | None) -> Response:
    """YASGUI for a browser, the Service Description (Turtle unless asked otherwise) for anyone else."""
    wanted = parse_accept(accept)
    if wanted.quality("text/html") > wanted.quality("text/turtle"):
        return _yasgui()
    fmt = negotiate(accept, GRAPH)
    endpoint_url = url_for("sparql.endpoint", _external=True)
    return Response(encode_triples(service_description(endpoint_url), fmt, cap=1000), mimetype=fmt.media_type)


def _yasgui() -> Response:
    config = current_app.config
    page = render_template(
        "sparql/yasgui.html",
        endpoint=url_for("sparql.endpoint", _external=True),
        examples=[asdict(e) for e in examples(config["BASE_URI"])],
        timeout=config["QUERY_TIMEOUT"],
        cap=config["RESULT_CAP"],
    )
    response = Response(page, mimetype="text/html")
    response.headers["Content-Security-Policy"] = YASGUI_POLICY
    return response


@bp.errorhandler(QueryError)
def _error(error: QueryError) -> Response:
    """Plain text on /sparql whatever the Accept: a SPARQL client or YASGUI shows the body as it is.
    (Elsewhere in the app ``create_app``'s own handler renders a ``QueryError`` as a page.)"""
    response = Response(f"{error.status} {error.message}\n", status=error.status, mimetype="text/plain")
    if error.retry_after is not None:
        response.headers["Retry-After"] = str(error.retry_after)
    return response
