"""``vlaq-lod serve``: the app under gunicorn, a real pre-forking WSGI server.

Each worker builds its own app (``load`` runs after the fork), so no store handle or
query pool is shared across processes.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from flask import Flask, Response
from gunicorn.app.base import BaseApplication
from gunicorn.http.errors import ParseException
from werkzeug.exceptions import BadRequest

from ..store.workers import Limits
from . import create_app, http_error

PAGE_THREADS = 4  # threads of each app worker that no SPARQL query can take


class Server(BaseApplication):
    """gunicorn configured from the settings instead of its command line."""

    def __init__(self, config: Mapping[str, Any]) -> None:
        self.settings = dict(config)
        super().__init__()

    def load_config(self) -> None:
        self.cfg.set("bind", f"{self.settings['HOST']}:{self.settings['PORT']}")
        self.cfg.set("workers", self.settings["WORKERS"])
        # threads (gthread): as many as the query pool admits (running or waiting, the rest get a 503 at
        # once) plus PAGE_THREADS, so runaway queries never hold the threads pages need (a sync worker
        # stalled the whole site for QUERY_TIMEOUT; QUERY_WORKERS + 2 threads, shared, stalled pages
        # behind ten runaway clients)
        self.cfg.set("threads", Limits.from_config(self.settings).admitted + PAGE_THREADS)
        # a public query may run QUERY_TIMEOUT seconds; the worker must outlive it to answer 503
        self.cfg.set("timeout", int(self.settings["QUERY_TIMEOUT"]) + 30)
        self.cfg.set("accesslog", "-")

    def load(self) -> Flask:
        app = create_app(self.settings)
        app.register_error_handler(ParseException, bad_framing)
        return app


def bad_framing(error: ParseException) -> Response:
    """400 for a body gunicorn cannot unframe (a chunk size ``zz`` or ``-5``): the error surfaces while
    the app reads the body, so it reaches the app, which would otherwise answer 500."""
    return http_error(BadRequest(f"The request body's framing is invalid ({type(error).__name__})."))
