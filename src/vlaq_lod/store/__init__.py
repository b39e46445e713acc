"""Where the published graph lives and how it is queried.

Two kinds of query reach a store:

* trusted ones that the app itself writes (a resource's description, its
  backlinks, a dataset's table): ``select``/``construct``/``describe``, fast,
  in-process, no limits;
* public ones from ``/sparql``: ``public_query``, with the refusals (updates,
  ``SERVICE``, ``LOAD``), the hard timeout and the result cap applied, returning
  the serialised bytes in the negotiated format.

``LocalStore`` (``store/local.py``) reads the Oxigraph store of a build, and
``CurrentStore`` follows ``OUT/current`` across rebuilds; ``RemoteStore``
(``store/remote.py``) speaks the SPARQL 1.1 protocol to any store. All satisfy
``Store``; ``open_store(config)`` picks one from the settings, and the web layer
sees nothing else. The parts of a public query, each testable alone:
``protocol.py`` (an HTTP request -> an operation), ``guard.py`` (refusals, query
form, format), ``workers.py`` (killable query processes), ``results.py`` (format
table, negotiation, capped serialisation), ``service.py`` (service description).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Protocol

if TYPE_CHECKING:  # only in annotations: query worker processes import this package and need no rdflib
    import rdflib

    from vlaq_lod.store.remote import RemoteStore


@dataclass(frozen=True)
class QueryResult:
    body: bytes
    media_type: str


class QueryError(Exception):
    """A public query that cannot be answered, with the HTTP status that says why.

    400 syntax error or bad protocol use, 403 refused operation (update, SERVICE,
    LOAD), 405 method, 406 no acceptable result format, 415 request media type or
    charset, 422 result larger than the cap,
    503 timeout or no query worker free; then ``retry_after`` (seconds) is what
    the response's Retry-After header says.
    """

    def __init__(self, status: int, message: str, retry_after: int | None = None) -> None:
        super().__init__(message)
        self.status = status
        self.message = message
        self.retry_after = retry_after


class Store(Protocol):
    def version(self) -> str:
        """Identifier of the data served (the build id); changes when the data changes. Used for ETags."""

    def select(self, query: str) -> list[dict[str, rdflib.term.Node]]:
        """Run a trusted SELECT; rows map variable names to rdflib terms (unbound ones absent)."""

    def construct(self, query: str) -> rdflib.Graph:
        """Run a trusted CONSTRUCT or DESCRIBE."""

    def describe(self, uri: str) -> rdflib.Graph:
        """Triples with ``uri`` as subject, plus the blank nodes they reach (concise bounded description)."""

    def public_query(
        self,
        query: str,
        accept: str | None,
        default_graph_uris: Sequence[str] = (),
        named_graph_uris: Sequence[str] = (),
    ) -> QueryResult:
        """Run an untrusted query under the refusals, the timeout and the cap; raise ``QueryError``."""


def open_store(config: Mapping[str, Any]) -> Store:
    """The store the app serves, from the settings (``settings.load()``).

    ``RemoteStore(SPARQL_ENDPOINT)`` when that setting is set, else a ``CurrentStore``
    following ``OUT/current``, so a new build is served without a restart. Nothing
    is opened here: each process opens its handles on first use (safe before a fork).
    Public-query limits come from ``QUERY_TIMEOUT``, ``RESULT_CAP``, ``QUERY_WORKERS``.
    """
    from vlaq_lod.store.local import CurrentStore
    from vlaq_lod.store.workers import Limits

    if config.get("SPARQL_ENDPOINT"):
        return open_remote(config)
    return CurrentStore(config["OUT"], Limits.from_config(config), base_iri=_base_iri(config))


def open_remote(config: Mapping[str, Any]) -> RemoteStore:
    """The remote store the settings name: ``open_store`` serves from it, ``vlaq-lod build`` loads into it
    (``SPARQL_STORE_ENDPOINT``, else ``/store`` next to ``SPARQL_ENDPOINT``)."""
    from vlaq_lod.store.remote import RemoteStore
    from vlaq_lod.store.workers import Limits

    return RemoteStore(config["SPARQL_ENDPOINT"], config.get("SPARQL_STORE_ENDPOINT") or None,
                       limits=Limits.from_config(config), base_iri=_base_iri(config))


def _base_iri(config: Mapping[str, Any]) -> str:
    """Where relative IRIs in public queries resolve: ``BASE_URI/``."""
    return f"{config['BASE_URI'].rstrip('/')}/"
