"""The Oxigraph store of a build, on local disk: ``LocalStore`` and ``CurrentStore``.

``LocalStore(path)`` serves one build's ``store/`` folder. Trusted queries run
in-process on a read-only handle opened lazily in each process (gunicorn forks
after loading the app; a handle opened before the fork would be shared). Public
queries go to a ``QueryPool`` of worker processes (``store/workers.py``); their
relative IRIs resolve against ``base_iri`` (``open_store`` gives ``BASE_URI/``, so
``<id/vraag/...>`` names a published question, as the protocol's
"service-defined base IRI" allows).

``CurrentStore(out_dir)`` follows ``OUT/current``, the symlink a build swaps
atomically: it re-resolves the link at most once per ``recheck`` seconds and then
serves the new build, without a restart. So that one request sees one build from
start to end even when several store calls make up the request, ``snapshot()``
pins the build in a context variable for the duration of a ``with`` block; the
previous ``LocalStore`` stays open for as long as a pinned request holds it
(``web/sparql.py`` pins every request of the app it is registered on).
"""

from __future__ import annotations

import contextvars
import hashlib
import os
import threading
import time
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path

import pyoxigraph as ox
import rdflib

from vlaq_lod.build.folder import BuildFolder
from vlaq_lod.store import QueryError, QueryResult
from vlaq_lod.store.guard import plan
from vlaq_lod.store.results import to_graph, to_row
from vlaq_lod.store.workers import Job, Limits, QueryPool

DEFAULT_LIMITS = Limits(timeout=10.0, cap=10000, workers=2)


def describe_query(uri: str) -> str:
    """CONSTRUCT of ``uri``'s triples plus the blank nodes reached from it, up to two blank-node hops.

    One query rather than a walk, so a remote store needs one round trip and no
    blank-node labels have to survive between queries (they do not, over HTTP).
    """
    iri = ox.NamedNode(uri)  # raises ValueError for a malformed IRI, before any text is built
    return f"""CONSTRUCT {{ ?s ?p ?o }} WHERE {{
      {{ {iri} ?p ?o BIND({iri} AS ?s) }}
      UNION {{ {iri} ?a ?s FILTER isBlank(?s) ?s ?p ?o }}
      UNION {{ {iri} ?a ?b FILTER isBlank(?b) ?b ?c ?s FILTER isBlank(?s) ?s ?p ?o }}
    }}"""


def build_id(store_path: Path) -> str:
    """The build's id from ``build.json`` next to ``store/``; else a hash of the path and its mtime."""
    try:
        return BuildFolder.of_store(store_path).info().id
    except (OSError, ValueError, KeyError, TypeError):
        stamp = f"{store_path.resolve()}:{store_path.stat().st_mtime_ns}"
        return hashlib.sha256(stamp.encode()).hexdigest()[:16]


class LocalStore:
    """One build's on-disk Oxigraph store (see the module docstring)."""

    def __init__(self, path: str | os.PathLike[str], limits: Limits = DEFAULT_LIMITS,
                 pool: QueryPool | None = None, base_iri: str | None = None) -> None:
        self.path = Path(path)
        self.limits = limits
        self.base_iri = base_iri
        self.pool = pool or QueryPool(limits)
        self._version = build_id(self.path)
        self._handle: tuple[int, ox.Store] | None = None

    def version(self) -> str:
        return self._version

    def select(self, query: str) -> list[dict[str, rdflib.term.Node]]:
        solutions = self._store().query(query)
        return [to_row(s, solutions.variables) for s in solutions]

    def construct(self, query: str) -> rdflib.Graph:
        return to_graph(self._store().query(query))

    def describe(self, uri: str) -> rdflib.Graph:
        return self.construct(describe_query(uri))

    def public_query(self, query: str, accept: str | None, default_graph_uris: Sequence[str] = (),
                     named_graph_uris: Sequence[str] = ()) -> QueryResult:
        fmt = plan(query, accept, default_graph_uris, named_graph_uris)
        job = Job(str(self.path), query, fmt.name, tuple(default_graph_uris), tuple(named_graph_uris),
                  self.limits.cap, self.base_iri)
        return self.pool.run(job)

    def _store(self) -> ox.Store:
        if self._handle is None or self._handle[0] != os.getpid():
            self._handle = (os.getpid(), ox.Store.read_only(str(self.path)))
        return self._handle[1]


class CurrentStore:
    """The build ``OUT/current`` points to, followed across swaps (see the module docstring)."""

    def __init__(self, out_dir: str | os.PathLike[str], limits: Limits = DEFAULT_LIMITS,
                 recheck: float = 1.0, base_iri: str | None = None) -> None:
        self.link = Path(out_dir) / "current"
        self.limits = limits
        self.base_iri = base_iri
        self.recheck = recheck
        self.pool = QueryPool(limits)  # shared by all builds: a job names its store path
        self._lock = threading.Lock()
        self._latest: tuple[Path, LocalStore] | None = None
        self._checked = -float("inf")
        self._pinned: contextvars.ContextVar[LocalStore | None] = contextvars.ContextVar(
            f"vlaq_build_{id(self)}", default=None)

    @contextmanager
    def snapshot(self) -> Iterator[LocalStore]:
        """Pin the current build for every call made inside the ``with`` block (in this context)."""
        build = self.current()
        token = self._pinned.set(build)
        try:
            yield build
        finally:
            self._pinned.reset(token)

    def current(self) -> LocalStore:
        """The pinned build if any, else the one ``OUT/current`` points to (checked every ``recheck`` s)."""
        pinned = self._pinned.get()
        if pinned is not None:
            return pinned
        with self._lock:
            now = time.monotonic()
            if self._latest is None or now - self._checked >= self.recheck:
                self._checked = now
                self._latest = self._resolve(self._latest)
            return self._latest[1]

    def version(self) -> str:
        return self.current().version()

    def select(self, query: str) -> list[dict[str, rdflib.term.Node]]:
        return self.current().select(query)

    def construct(self, query: str) -> rdflib.Graph:
        return self.current().construct(query)

    def describe(self, uri: str) -> rdflib.Graph:
        return self.current().describe(uri)

    def public_query(self, query: str, accept: str | None, default_graph_uris: Sequence[str] = (),
                     named_graph_uris: Sequence[str] = ()) -> QueryResult:
        return self.current().public_query(query, accept, default_graph_uris, named_graph_uris)

    def _resolve(self, latest: tuple[Path, LocalStore] | None) -> tuple[Path, LocalStore]:
        target = Path(os.path.realpath(self.link))
        if latest is not None and latest[0] == target:
            return latest
        if not (target / "store").is_dir():
            if latest is not None:  # a half-removed link: keep serving what we had
                return latest
            raise QueryError(503, "No build has been published yet; run `vlaq-lod build` first.", 60)
        return target, LocalStore(target / "store", self.limits, self.pool, self.base_iri)
