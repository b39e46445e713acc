"""Every tunable of vlaq-lod in one table; the only module that reads the environment.

The CLI, the app factory and the docs all read ``SETTINGS``, so a setting cannot
exist in one place and be missing from another (``tests/test_docs.py`` checks the
README lists each one).
"""

from __future__ import annotations

import os
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

PROJECT_ROOT = Path(__file__).resolve().parents[2]
"""A checkout's root, where tests and benchmarks find data/ and docs/. The package reads nothing through it:
ontology/ and shapes/ are package data, and the build and source folders default to the working directory."""


@dataclass(frozen=True)
class Setting:
    name: str  # key in the config mapping, e.g. "BASE_URI"
    default: Any
    help: str
    parse: Callable[[str], Any] = str

    @property
    def env(self) -> str:
        return f"VLAQ_{self.name}"


SETTINGS: tuple[Setting, ...] = (
    Setting("BASE_URI", "",
            "Base of every minted URI (/id/, /doc/, /def/). Empty: `http://localhost:PORT` for a new build, "
            "so URIs resolve on a fresh clone, and the build's own base for `serve`; set it to the public "
            "address in production."),
    Setting("OUT", "build",
            "Build folder: `build` writes it, `serve` reads it."),
    Setting("SOURCES", "data", "Folder of source documents and curated files."),
    Setting("HOST", "127.0.0.1", "Address `serve` listens on."),
    Setting("PORT", 8000, "Port `serve` listens on.", int),
    Setting("WORKERS", 2, "WSGI worker processes for `serve`.", int),
    Setting("QUERY_TIMEOUT", 10.0, "Hard limit in seconds for one SPARQL query.", float),
    Setting("RESULT_CAP", 10000, "Most result rows (or triples) one SPARQL query may return.", int),
    Setting("QUERY_WORKERS", 2, "Query processes per app worker; a query past its timeout is killed.", int),
    Setting("QUERY_QUEUE", 8,
            "SPARQL requests per app worker that may wait (up to 2 s) for a busy query process; one more is "
            "answered 503 at once.", int),
    Setting("QUERY_MEMORY", 0,
            "Most memory (MiB) one query process may use; a query past it is stopped with a 503. 0: half the "
            "machine's memory shared by all query processes of `serve` (at least 256).", int),
    Setting("BUILD_WORKERS", 2,
            "Processes a build runs its batches of documents in, and `validate` checks the build's parts in.",
            int),
    Setting("BUILD_BATCH", 250,
            "Documents per batch of a build: a worker holds one batch's graph (~1 MB per document).", int),
    Setting("MAX_REQUEST_BYTES", 1_000_000, "Largest request body accepted (bytes).", int),
    Setting("SPARQL_ENDPOINT", "",
            "Query endpoint of a remote SPARQL 1.1 store; empty means the embedded store of the build."),
    Setting("SPARQL_STORE_ENDPOINT", "",
            "Graph Store Protocol endpoint of the remote store, where `build` loads each new build; "
            "empty means `store` next to SPARQL_ENDPOINT (Oxigraph's layout)."),
)

BY_NAME = {s.name: s for s in SETTINGS}


def load(overrides: dict[str, Any] | None = None, environ: dict[str, str] | None = None) -> dict[str, Any]:
    """Defaults, then ``VLAQ_*`` environment variables, then explicit overrides (CLI options, tests)."""
    environ = os.environ if environ is None else environ
    config: dict[str, Any] = {}
    for s in SETTINGS:
        raw = environ.get(s.env)
        config[s.name] = s.default if raw in (None, "") else s.parse(raw)
    for key, value in (overrides or {}).items():
        if value is not None:
            config[key] = value
    config["BASE_URI"] = str(config["BASE_URI"] or f"http://localhost:{config['PORT']}").rstrip("/")
    return config


def is_set(name: str, overrides: dict[str, Any] | None = None, environ: dict[str, str] | None = None) -> bool:
    """Whether setting ``name`` was given (an override or its ``VLAQ_*`` variable) rather than defaulted."""
    environ = os.environ if environ is None else environ
    return (overrides or {}).get(name) is not None or environ.get(BY_NAME[name].env) not in (None, "")
