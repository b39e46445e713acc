"""``vlaq-lod serve``: the app under gunicorn, a real pre-forking WSGI server.

Each worker builds its own app (``load`` runs after the fork), so no store handle or
query pool is shared across processes.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from flask import Flask
from gunicorn.app.base import BaseApplication

from . import create_app


class Server(BaseApplication):
    """gunicorn configured from the settings instead of its command line."""

    def __init__(self, config: Mapping[str, Any]) -> None:
        self.settings = dict(config)
        super().__init__()

    def load_config(self) -> None:
        self.cfg.set("bind", f"{self.settings['HOST']}:{self.settings['PORT']}")
        self.cfg.set("workers", self.settings["WORKERS"])
        # threads (gthread), so a worker waiting on runaway queries in all its query processes still has
        # two threads for pages: a sync worker would stall the whole site for QUERY_TIMEOUT
        self.cfg.set("threads", self.settings["QUERY_WORKERS"] + 2)
        # a public query may run QUERY_TIMEOUT seconds; the worker must outlive it to answer 503
        self.cfg.set("timeout", int(self.settings["QUERY_TIMEOUT"]) + 30)
        self.cfg.set("accesslog", "-")

    def load(self) -> Flask:
        return create_app(self.settings)
