"""A store behind the SPARQL 1.1 protocol: ``RemoteStore``.

Same contract as ``LocalStore``. The refusals run here, before a byte is sent, so
a remote store that would execute ``SERVICE`` or accept an update on its query
URL never sees one. Results are always fetched as SPARQL JSON (answers) or
N-Triples (graphs), read as a stream, cut at the cap, and re-serialised by
``store/results.py``: the client gets the same bytes as from ``LocalStore`` and the
cap holds whatever the remote store would have sent.

``QUERY_TIMEOUT`` bounds both every wait on the socket and the whole answer: a
store that trickles its result is cut off at the deadline too (checked between
reads, so the overrun is at most one socket wait).

``load`` puts an N-Triples file into the named graph ``DATA_GRAPH`` through the
SPARQL 1.1 Graph Store Protocol (SPARQL ``LOAD`` cannot read a local file), and the
build id into ``VERSION_GRAPH``. From then on every query names its dataset with
``default-graph-uri=DATA_GRAPH`` and no named graphs, unless the client's query brings a
dataset of its own: the app's pages and ``/sparql`` then see exactly what the build's own
store holds (its data in the default graph, no named graphs), and never the version
marker, which a ``GRAPH ?g`` query would otherwise list. A store that ``load`` never
filled (no marker) is queried as it is. The Graph Store endpoint defaults to Oxigraph's
layout, ``/store`` next to ``/query``.
"""

from __future__ import annotations

import gzip
import hashlib
import os
import shutil
import tempfile
import time
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from http.client import HTTPResponse
from pathlib import Path
from typing import BinaryIO

import pyoxigraph as ox
import rdflib

from vlaq_lod.store import QueryError, QueryResult
from vlaq_lod.store.guard import keywords, plan
from vlaq_lod.store.local import DEFAULT_LIMITS, describe_query
from vlaq_lod.store.results import GRAPH, encode, encode_triples, to_graph, to_row
from vlaq_lod.store.workers import Limits, timeout_error

_JSON = "application/sparql-results+json"
_NTRIPLES = "application/n-triples"
DATA_GRAPH = "urn:vlaq:data"  # load() puts the published triples in this named graph
VERSION_GRAPH = "urn:vlaq:store"  # and the build id in this one
_VERSION_QUERY = (f"SELECT ?v WHERE {{ GRAPH <{VERSION_GRAPH}> "
                  f"{{ <{VERSION_GRAPH}> <http://purl.org/dc/terms/identifier> ?v }} }}")


def _sibling(endpoint: str, name: str) -> str:
    return urllib.parse.urljoin(endpoint, name)


@dataclass(frozen=True)
class _Marker:
    """What ``VERSION_GRAPH`` said when it was last read."""

    read_at: float  # time.monotonic()
    version: str | None  # the build id ``load`` recorded; None: the store was filled some other way


class RemoteStore:
    """A SPARQL 1.1 endpoint as a ``Store`` (see the module docstring)."""

    def __init__(self, query_endpoint: str, store_endpoint: str | None = None,
                 limits: Limits = DEFAULT_LIMITS, recheck: float = 5.0, base_iri: str | None = None) -> None:
        self.query_endpoint = query_endpoint
        self.base_iri = base_iri
        self.store_endpoint = store_endpoint or _sibling(query_endpoint, "store")
        self.limits = limits
        self.recheck = recheck
        self._marker: _Marker | None = None

    def version(self) -> str:
        """The build id that ``load`` recorded, re-read every ``recheck`` s; else a per-minute stamp."""
        found = self._read_marker().version
        if found is None:  # loaded by someone else: no id, so let caches expire each minute
            stamp = f"{self.query_endpoint}:{int(time.time() // 60)}"
            found = hashlib.sha256(stamp.encode()).hexdigest()[:16]
        return found

    def select(self, query: str) -> list[dict[str, rdflib.term.Node]]:
        with self._post(query, _JSON, self._data_graphs()) as response:
            return _rows(response)

    def construct(self, query: str) -> rdflib.Graph:
        with self._post(query, _NTRIPLES, self._data_graphs()) as response:
            return to_graph(q.triple for q in ox.parse(response, ox.RdfFormat.N_TRIPLES))

    def describe(self, uri: str) -> rdflib.Graph:
        return self.construct(describe_query(uri))

    def public_query(self, query: str, accept: str | None, default_graph_uris: Sequence[str] = (),
                     named_graph_uris: Sequence[str] = ()) -> QueryResult:
        fmt = plan(query, accept, default_graph_uris, named_graph_uris)
        graph = GRAPH in fmt.kinds
        wire = _NTRIPLES if graph else _JSON
        deadline = time.monotonic() + self.limits.timeout  # for the marker's read too
        if not (default_graph_uris or named_graph_uris or "FROM" in keywords(query)):
            default_graph_uris = self._data_graphs(deadline)  # the client named no dataset: the published one
        if self.base_iri:
            # A remote store has a base of its own; a later BASE in the query still wins. On the same
            # line, so that the store's error messages give the user's line numbers.
            query = f"BASE <{self.base_iri}> {query}"
        with self._post(query, wire, default_graph_uris, named_graph_uris) as response:
            stream = _Deadline(response, deadline)
            try:
                if graph:
                    triples = (q.triple for q in ox.parse(stream, ox.RdfFormat.N_TRIPLES))
                    return QueryResult(encode_triples(triples, fmt, self.limits.cap), fmt.media_type)
                return encode(ox.parse_query_results(stream, ox.QueryResultsFormat.JSON), fmt,
                              self.limits.cap)
            except TimeoutError:
                raise timeout_error(self.limits.timeout) from None
            except OSError:
                raise QueryError(503, "The connection to the SPARQL store broke; try again.", 30) from None
            except SyntaxError:
                raise QueryError(503, "The remote store sent a malformed result.") from None

    def load(self, ntriples_path: str | os.PathLike[str], version: str | None = None) -> None:
        """Replace ``DATA_GRAPH`` with the N-Triples file, plain or ``.gz`` (Graph Store PUT), then
        record ``version`` (the build id) in ``VERSION_GRAPH`` for ``version()``.

        Without a version a fresh id is recorded all the same: the data changed, so must the ETags.
        The marker is written last, so a store whose data PUT failed keeps its previous id.
        """
        with _plain(Path(ntriples_path)) as body:
            self._put(_graph_target(DATA_GRAPH), body, os.fstat(body.fileno()).st_size)
        recorded = version if version is not None else f"load-{time.time_ns()}"
        line = f'<{VERSION_GRAPH}> <http://purl.org/dc/terms/identifier> "{recorded}" .\n'.encode()
        self._put(_graph_target(VERSION_GRAPH), line, len(line))
        self._marker = None  # read it again on the next call

    def _read_marker(self, deadline: float | None = None) -> _Marker:
        """``VERSION_GRAPH``'s build id, read at most every ``recheck`` s (each page asks for it), within
        ``deadline`` (a public query's; else ``QUERY_TIMEOUT`` from now) however slowly the store answers."""
        now = time.monotonic()
        if self._marker is None or now - self._marker.read_at >= self.recheck:
            with self._post(_VERSION_QUERY, _JSON) as response:  # the whole store: the marker is not data
                try:
                    rows = _rows(_Deadline(response, deadline or now + self.limits.timeout))
                except TimeoutError:
                    raise timeout_error(self.limits.timeout) from None
            found = rows[0].get("v") if rows else None
            self._marker = _Marker(now, None if found is None else str(found))
        return self._marker

    def _data_graphs(self, deadline: float | None = None) -> tuple[str, ...]:
        """The ``default-graph-uri`` of the published data: ``DATA_GRAPH`` once ``load`` filled it, else
        none (the store's own default dataset)."""
        return (DATA_GRAPH,) if self._read_marker(deadline).version is not None else ()

    def _put(self, target: str, body: object, length: int) -> None:
        request = urllib.request.Request(
            f"{self.store_endpoint}?{target}", data=body, method="PUT",
            headers={"Content-Type": _NTRIPLES, "Content-Length": str(length)},
        )
        with urllib.request.urlopen(request, timeout=max(60.0, self.limits.timeout)):
            pass

    def _post(self, query: str, accept: str, default_graph_uris: Sequence[str] = (),
              named_graph_uris: Sequence[str] = ()) -> HTTPResponse:
        """Send ``query`` (form-encoded POST, so long queries fit) and return the open response."""
        fields = [("query", query)]
        fields += [("default-graph-uri", u) for u in default_graph_uris]
        fields += [("named-graph-uri", u) for u in named_graph_uris]
        request = urllib.request.Request(
            self.query_endpoint, data=urllib.parse.urlencode(fields).encode(),
            headers={"Accept": accept, "Content-Type": "application/x-www-form-urlencoded"},
        )
        try:
            return urllib.request.urlopen(request, timeout=self.limits.timeout)
        except urllib.error.HTTPError as e:
            raise _remote_error(e) from None
        except TimeoutError:
            raise timeout_error(self.limits.timeout) from None
        except urllib.error.URLError:
            raise QueryError(503, "The SPARQL store is unreachable; try again shortly.", 30) from None


def _graph_target(graph: str) -> str:
    """The Graph Store Protocol's query string for a named graph."""
    return "graph=" + urllib.parse.quote(graph, safe="")


def _rows(response: HTTPResponse | _Deadline) -> list[dict[str, rdflib.term.Node]]:
    solutions = ox.parse_query_results(response, ox.QueryResultsFormat.JSON)
    return [to_row(s, solutions.variables) for s in solutions]


@contextmanager
def _plain(path: Path) -> Iterator[BinaryIO]:
    """``path`` opened for reading; a ``.gz`` is first gunzipped into a temporary file, because a PUT
    states its length up front and not every store accepts a compressed upload."""
    if path.suffix != ".gz":
        with path.open("rb") as body:
            yield body
        return
    with tempfile.TemporaryFile() as body, gzip.open(path, "rb") as packed:
        shutil.copyfileobj(packed, body)
        body.seek(0)
        yield body


class _Deadline:
    """A response body that raises ``TimeoutError`` once the query's deadline has passed."""

    def __init__(self, response: HTTPResponse, deadline: float) -> None:
        self.response = response
        self.deadline = deadline

    def read(self, size: int = -1) -> bytes:
        if time.monotonic() > self.deadline:
            raise TimeoutError("deadline passed")
        return self.response.read1(size)  # what has arrived: read() would wait to fill ``size``


def _remote_error(error: urllib.error.HTTPError) -> QueryError:
    """A 400 from the store is the client's mistake (its message passed on); anything else (a wrong
    endpoint, an overloaded or broken store) is ours: 503."""
    if error.code == 400:
        message = error.read(2000).decode("utf-8", "replace").strip()
        return QueryError(400, message or "The SPARQL store rejected the query.")
    return QueryError(503, "The SPARQL store failed to answer; try again shortly.", 30)
