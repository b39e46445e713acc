"""A runaway public query is lowered in priority, killed at the timeout, and the endpoint keeps answering.

The store holds 3,000 triples, so a three-way cartesian product has 2.7e10 rows:
it would run for hours. Timings allow a margin for a shared 2-core machine.
"""

from __future__ import annotations

import http.server
import os
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from servers import VENV_BIN, free_port, make_store, running
from vlaq_lod.store import QueryError
from vlaq_lod.store.local import LocalStore
from vlaq_lod.store.remote import RemoteStore
from vlaq_lod.store.workers import DEMOTED, Limits

TIMEOUT = 2.0
MARGIN = 3.0
RUNAWAY = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?p ?b . ?c ?q ?d . ?e ?r ?f }"
LIGHT = "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"
DATA = "\n".join(f"<http://example.org/s{i}> <http://example.org/p{i % 7}> {i} ." for i in range(3000))


@pytest.fixture(scope="module")
def store_path(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return make_store(tmp_path_factory.mktemp("big") / "store", DATA)


@pytest.fixture
def store(store_path: Path) -> Iterator[LocalStore]:
    store = LocalStore(store_path, Limits(timeout=TIMEOUT, cap=100, workers=1, wait=0.5))
    yield store
    store.pool.close()


def _runaway(store: LocalStore | RemoteStore) -> tuple[QueryError, float]:
    started = time.monotonic()
    with pytest.raises(QueryError) as caught:
        store.public_query(RUNAWAY, None)
    return caught.value, time.monotonic() - started


def test_a_runaway_query_is_killed_and_the_next_light_query_works(store: LocalStore) -> None:
    store.public_query("ASK {}", None)  # the worker is up: time the query, not the start
    (worker,) = list(store.pool._idle.queue)
    error, elapsed = _runaway(store)
    assert error.status == 503
    assert error.retry_after == 2
    assert "longer than 2 s" in error.message
    assert TIMEOUT <= elapsed < TIMEOUT + MARGIN
    assert worker.process.poll() == -9  # killed (SIGKILL), not left running
    assert b'"3000"' in store.public_query(LIGHT, None).body


def test_no_free_worker_is_a_503_after_a_short_wait(store: LocalStore) -> None:
    store.public_query("ASK {}", None)
    busy = threading.Thread(target=_runaway, args=(store,))
    busy.start()
    time.sleep(0.3)
    started = time.monotonic()
    with pytest.raises(QueryError) as caught:
        store.public_query(LIGHT, None)
    assert caught.value.status == 503
    assert "busy" in caught.value.message
    assert time.monotonic() - started < 0.5 + MARGIN
    busy.join()


def test_a_runaway_on_a_remote_store_is_a_503(tmp_path: Path) -> None:
    location = make_store(tmp_path / "remote", DATA)
    port = free_port()
    command = [str(VENV_BIN / "oxigraph"), "serve", "--location", str(location),
               "--bind", f"127.0.0.1:{port}", "--timeout-s", str(int(TIMEOUT))]
    with running(command, port) as url:
        remote = RemoteStore(f"{url}/query", limits=Limits(timeout=TIMEOUT, cap=100, workers=1))
        error, elapsed = _runaway(remote)
        assert error.status == 503
        assert elapsed < TIMEOUT + MARGIN
        assert b'"3000"' in remote.public_query(LIGHT, None).body


class _Trickle(http.server.BaseHTTPRequestHandler):
    """A SPARQL endpoint that sends a valid JSON result one binding every 0.3 s (6 s in all)."""

    def do_POST(self) -> None:
        self.rfile.read(int(self.headers["Content-Length"]))
        self.send_response(200)
        self.send_header("Content-Type", "application/sparql-results+json")
        self.end_headers()
        self.wfile.write(b'{"head":{"vars":["n"]},"results":{"bindings":[')
        for i in range(20):
            time.sleep(0.3)
            self.wfile.write(b"," * (i > 0) + b'{"n":{"type":"literal","value":"%d"}}' % i)
            self.wfile.flush()
        self.wfile.write(b"]}}")

    def log_message(self, *args: object) -> None:
        pass


def test_a_remote_store_that_trickles_is_cut_off_at_the_deadline() -> None:
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), _Trickle)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        remote = RemoteStore(f"http://127.0.0.1:{server.server_port}/query",
                             limits=Limits(timeout=1.5, cap=100, workers=1))
        started = time.monotonic()
        with pytest.raises(QueryError) as caught:
            remote.public_query("SELECT ?n WHERE { ?s ?p ?n }", None)
        elapsed = time.monotonic() - started
    finally:
        server.shutdown()
        server.server_close()
    assert caught.value.status == 503
    assert 1.5 <= elapsed < 1.5 + 0.3 + MARGIN  # each wait is short: only the deadline can stop it


def test_a_spare_started_ahead_takes_a_killed_workers_place(store: LocalStore) -> None:
    store.public_query("ASK {}", None)  # the worker and the spare are up
    (worker,) = list(store.pool._idle.queue)
    spare = store.pool._spare.result()
    error, _ = _runaway(store)
    assert error.status == 503
    assert worker.process.poll() == -9
    (answering,) = list(store.pool._idle.queue)
    assert answering is spare  # started before the kill: the next query waits for no start-up
    assert b'"3000"' in store.public_query(LIGHT, None).body
    new_spare = store.pool._spare.result()
    assert new_spare.process.poll() is None and new_spare is not spare  # and a new spare is on its way


def test_a_query_past_the_demotion_time_yields_its_core_and_a_light_one_does_not(store_path: Path) -> None:
    store = LocalStore(store_path, Limits(timeout=TIMEOUT, cap=100, workers=1, demote_after=0.5))
    try:
        assert b'"3000"' in store.public_query(LIGHT, None).body
        (worker,) = list(store.pool._idle.queue)
        assert os.getpriority(os.PRIO_PROCESS, worker.process.pid) == 0  # a light query keeps its priority
        assert os.sched_getscheduler(worker.process.pid) == os.SCHED_OTHER
        runaway = threading.Thread(target=_runaway, args=(store,))
        runaway.start()
        time.sleep(1.0)
        threads = [int(tid) for tid in os.listdir(f"/proc/{worker.process.pid}/task")]
        assert len(threads) > 1  # the query runs on a thread of its own (workers.STACK) ...
        assert {os.getpriority(os.PRIO_PROCESS, tid) for tid in threads} == {DEMOTED}  # ... demoted too
        assert {os.sched_getscheduler(tid) for tid in threads} == {os.SCHED_IDLE}
        runaway.join()
        (spare,) = list(store.pool._idle.queue)
        assert os.getpriority(os.PRIO_PROCESS, spare.process.pid) == 0  # the next query runs at full speed
    finally:
        store.pool.close()


# ~0.2 s here: every triple beside each of the 429 objects of p0 (i = 0, 7, ..., 2996), so the pool's
# first look for an answer (after demote_after = 0) cannot find one already there, as a light query's
# answer sometimes was on a busy machine
MEDIUM = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?p ?b . ?c <http://example.org/p0> ?d }"


def test_a_demoted_worker_answers_and_is_retired(store_path: Path) -> None:
    store = LocalStore(store_path, Limits(timeout=TIMEOUT, cap=100, workers=1, demote_after=0.0))
    try:
        store.public_query("ASK {}", None)
        (worker,) = list(store.pool._idle.queue)
        assert b'"1287000"' in store.public_query(MEDIUM, None).body  # demoted at once, and still answered
        assert worker.process.poll() == -9  # retired: it could not be given its priority back
        (spare,) = list(store.pool._idle.queue)
        assert os.getpriority(os.PRIO_PROCESS, spare.process.pid) == 0
    finally:
        store.pool.close()


def test_a_query_running_when_the_pool_closes_gets_its_503_and_starts_nothing(store: LocalStore) -> None:
    store.public_query("ASK {}", None)
    errors: list[QueryError] = []
    runaway = threading.Thread(target=lambda: errors.append(_runaway(store)[0]))
    runaway.start()
    time.sleep(0.5)
    store.pool.close()  # shutdown while the runaway runs
    runaway.join()
    assert [e.status for e in errors] == [503]
    assert list(store.pool._idle.queue) == [] and store.pool._spare is None
