"""Dereferencing: ``/id/...`` names a thing and answers 303 to its ``/doc/...`` description.

``/doc/...`` is one ``Page`` rendered in the negotiated format (``negotiate.py``); which
template a person sees depends on what the thing is (``views.py``).
"""

from __future__ import annotations

import urllib.parse

from flask import Blueprint, Response, current_app, redirect, render_template, request
from werkzeug.exceptions import NotFound

from . import views
from .negotiate import PAGE_MAX_AGE, format_for, jsonld_context, not_modified, respond, split_suffix

bp = Blueprint("resources", __name__)


@bp.get("/")
def landing() -> Response:
    """What the data is, its headline figures, and the ways in (pages, SPARQL, catalogue, dumps)."""
    response = Response(render_template("landing.html", **views.landing_context()))
    response.cache_control.public = True
    response.cache_control.max_age = PAGE_MAX_AGE
    return response


@bp.get("/context.jsonld")
def context() -> Response:
    """The JSON-LD context every JSON-LD document of this site refers to by URL."""
    response = current_app.json.response(jsonld_context())
    response.mimetype = "application/ld+json"
    response.cache_control.public = True
    response.cache_control.max_age = 86400
    return response


@bp.get("/id/<path:key>")
def thing(key: str) -> Response:
    """303 See Other: a thing is not a document; its description is (httpRange-14). An IRI the data
    does not know is a 404 here, not a redirect to one."""
    if not views.known(key):
        raise NotFound(f"Er is geen /id/{key} in deze data.")
    response = redirect(urllib.parse.quote(f"/doc/{key}"), code=303)  # a header takes no CR, LF or NUL
    response.headers["Vary"] = "Accept"
    return response


@bp.get("/doc/<path:key>")
def document(key: str) -> Response:
    key, suffix_format = split_suffix(key)
    fmt = format_for(suffix_format)  # 406 before any work when nothing is acceptable
    if not views.known(key):  # before If-None-Match: `*` matches only a page that exists
        raise NotFound(f"Er is geen /id/{key} in deze data.")
    cached = not_modified(f"/doc/{key}", fmt)
    if cached is not None:
        return cached
    page = views.resource_page(key, request.args, for_people=fmt.rdflib is None)
    if page is None:
        raise NotFound(f"Er is geen /id/{key} in deze data.")
    return respond(page, fmt)
