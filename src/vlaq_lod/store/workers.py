"""Public queries run in worker processes that are killed when they overrun.

pyoxigraph has no query timeout and a running query cannot be interrupted from
another thread, so the only hard limit is a process boundary: each worker opens
the build's store read-only and answers one ``Job`` at a time over a pipe; a worker
that has not answered within the timeout gets SIGKILL and is replaced, and the
caller gets a 503 with Retry-After.

The pool starts its processes lazily, on the first query, in the process that
asks: gunicorn forks its workers after loading the app, and a pool started before
the fork would be shared by accident. A worker is a fresh interpreter running
``python -m vlaq_lod.store.workers FD PARENT [STORE]`` (a socket pair carries pickled
jobs and answers), not a multiprocessing 'spawn' child: that would inherit no
threads or locks either, but it re-imports the parent's ``__main__``, and under
``python -m vlaq_lod serve`` that would start the CLI again in every worker.

Starting a worker costs an interpreter, its imports and opening the store (about
0.1 s of a core, several times that on a busy machine), so no request waits for
one: the pool keeps one **spare** started ahead, with the latest build's store
already open, that takes a killed worker's place at once while a new spare starts
in the background. A worker imports only pyoxigraph and the standard library
(``formats.py``), which keeps that background start cheap.

Workers **die with their parent**: a gunicorn worker killed with SIGKILL (by its
master's timeout, or the out-of-memory killer) cannot kill its query processes, and
one running a runaway query would run on for hours. Each worker asks Linux for
SIGKILL when its parent goes (``PR_SET_PDEATHSIG``). Linux means the parent
*thread*, so every worker is started by one long-lived thread of the pool, never by
a request's thread, which may end while its worker is still wanted.
"""

from __future__ import annotations

import contextlib
import math
import multiprocessing
import os
import queue
import select
import subprocess
import sys
import threading
from collections.abc import Mapping
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass
from multiprocessing.connection import Connection
from typing import Any

import pyoxigraph as ox

from vlaq_lod.processes import die_with_parent
from vlaq_lod.store import QueryError, QueryResult
from vlaq_lod.store.formats import BY_NAME, NATIVE_BUDGET, OverBudget, encode, encode_natively


@dataclass(frozen=True)
class Job:
    store_path: str
    query: str
    format_name: str
    default_graph_uris: tuple[str, ...]
    named_graph_uris: tuple[str, ...]
    cap: int
    base_iri: str | None = None  # relative IRIs in the query resolve against it


@dataclass(frozen=True)
class Limits:
    timeout: float  # seconds one query may run (QUERY_TIMEOUT)
    cap: int  # most rows or triples in one result (RESULT_CAP)
    workers: int  # query processes (QUERY_WORKERS)
    wait: float = 2.0  # seconds to wait for a free worker before answering 503
    demote_after: float = 1.0  # seconds after which a query runs at DEMOTED priority (see QueryPool.run)

    @classmethod
    def from_config(cls, config: Mapping[str, Any]) -> Limits:
        return cls(float(config["QUERY_TIMEOUT"]), int(config["RESULT_CAP"]), int(config["QUERY_WORKERS"]))


def timeout_error(seconds: float) -> QueryError:
    """The 503 for a query stopped at the timeout (here, or by a remote store's client timeout)."""
    return QueryError(503, f"The query ran longer than {seconds:g} s and was stopped; narrow it, "
                           "add a LIMIT or aggregate.", max(1, math.ceil(seconds)))


def answer(store: ox.Store, job: Job, budget: int = NATIVE_BUDGET) -> QueryResult:
    """Run ``job`` on ``store`` and serialise the result; raise ``QueryError`` for the client's mistakes.

    Solutions are written by Oxigraph (``encode_natively``); a result that outgrows ``budget`` bytes is
    run again and counted row by row, so that only results of several MB pay for a second run.
    """
    fmt = BY_NAME[job.format_name]
    result = _query(store, job)
    if isinstance(result, ox.QuerySolutions):
        with contextlib.suppress(OverBudget):
            return QueryResult(encode_natively(result, fmt, job.cap, budget), fmt.media_type)
        result = _query(store, job)
    return encode(result, fmt, job.cap)


def _query(store: ox.Store, job: Job) -> ox.QuerySolutions | ox.QueryBoolean | ox.QueryTriples:
    try:
        return store.query(
            job.query,
            base_iri=job.base_iri,
            default_graph=[ox.NamedNode(u) for u in job.default_graph_uris] or None,
            named_graphs=[ox.NamedNode(u) for u in job.named_graph_uris] or None,
        )
    except SyntaxError as e:
        raise QueryError(400, f"SPARQL syntax error: {e}") from e


def _serve(conn: Connection, store_path: str | None) -> None:
    """Worker main loop: keep the store of the latest build open (``store_path`` from the start, so a
    spare is ready before its first job), answer jobs until the pipe closes."""
    stores: dict[str, ox.Store] = {}
    if store_path:
        with contextlib.suppress(OSError):  # the build went away meanwhile: the first job names the next
            stores = {store_path: ox.Store.read_only(store_path)}
    while True:
        try:
            job: Job = conn.recv()
        except EOFError:
            return
        try:
            if job.store_path not in stores:
                stores = {job.store_path: ox.Store.read_only(job.store_path)}  # drops the previous build
            conn.send(("ok", answer(stores[job.store_path], job)))
        except QueryError as e:
            conn.send(("error", e.status, e.message))
        except OSError as e:  # the store could not be read (a build removed under us)
            conn.send(("error", 503, f"The store could not be read: {e.strerror or 'I/O error'}"))


@dataclass
class _Worker:
    process: subprocess.Popen
    conn: Connection
    # the conn's fd, registered once: Connection.poll builds and tears down a selector on every call,
    # ~0.05 ms of a light query's round trip (more with cold caches, as between requests)
    answered: select.poll
    demoted: bool = False  # runs at DEMOTED priority; never back in the pool (it could not be raised again)

    def wait(self, seconds: float) -> bool:
        """Whether the worker's answer (or its end) is there within ``seconds``."""
        return bool(self.answered.poll(seconds * 1000))


DEMOTED = 10  # nice value of a query past Limits.demote_after: a tenth of a core's share beside a nice-0 task


class QueryPool:
    """A few worker processes and a spare; ``run`` gives a job to a free one and enforces the timeout."""

    def __init__(self, limits: Limits) -> None:
        self.limits = limits
        self._pid: int | None = None
        # last in, first out: at light load one worker answers everything and stays hot (its caches, its
        # core), where taking turns would wake a cold process for each query
        self._idle: queue.LifoQueue[_Worker] = queue.LifoQueue()
        self._lock = threading.Lock()
        self._spawner: ThreadPoolExecutor | None = None  # the one thread that starts workers
        self._spare: Future[_Worker] | None = None
        self._store_path: str | None = None  # the latest job's store, opened by spares ahead of need

    def run(self, job: Job) -> QueryResult:
        """The job's result; 503 when no worker is free soon enough or the query overruns.

        A query still running after ``demote_after`` seconds is lowered to ``DEMOTED`` priority for the
        rest of its time: on a machine with few cores, a runaway would otherwise take a whole core from
        pages and light queries until its timeout. Light queries, done well within the second, are never
        slowed; a heavy one only yields when something else wants its core. A demoted worker is retired
        after its answer (an unprivileged process cannot raise its priority again), and the spare takes
        its place.
        """
        self._store_path = job.store_path
        self._start_if_needed()
        retry = max(1, math.ceil(self.limits.timeout))
        try:
            worker = self._idle.get(timeout=self.limits.wait)
        except queue.Empty:
            raise QueryError(503, "All query workers are busy; try again shortly.", retry) from None
        try:
            worker.conn.send(job)
            if not self._answered_in_time(worker):
                self._replace(worker)
                worker = None
                raise timeout_error(self.limits.timeout)
            reply = worker.conn.recv()
        except (EOFError, OSError):  # the worker died (crash, out of memory)
            self._replace(worker)
            worker = None
            raise QueryError(503, "The query worker failed; retry or simplify the query.", retry) from None
        finally:
            if worker is not None and worker.demoted:
                self._replace(worker)
            elif worker is not None:
                self._idle.put(worker)
        if reply[0] == "ok":
            return reply[1]
        raise QueryError(reply[1], reply[2])

    def _answered_in_time(self, worker: _Worker) -> bool:
        """Wait for ``worker``'s answer until the timeout, lowering its priority after ``demote_after``."""
        first = min(self.limits.demote_after, self.limits.timeout)
        if worker.wait(first):
            return True
        with contextlib.suppress(OSError):  # it may have just ended: the poll below will say so
            os.setpriority(os.PRIO_PROCESS, worker.process.pid, DEMOTED)
            worker.demoted = True
        return worker.wait(self.limits.timeout - first)

    def close(self) -> None:
        """Stop every idle worker and the spare (tests and shutdown); busy ones end with their pipes."""
        with self._lock:
            spare, self._spare = self._spare, None
        if spare is not None:
            _kill(spare.result())
        while True:
            try:
                worker = self._idle.get_nowait()
            except queue.Empty:
                return
            _kill(worker)

    def _start_if_needed(self) -> None:
        with self._lock:
            if self._pid == os.getpid():
                return
            self._pid = os.getpid()  # threads do not survive a fork: a new spawner in each process
            self._spawner = ThreadPoolExecutor(1, thread_name_prefix="vlaq-query-spawner")
            self._idle = queue.LifoQueue()
            started = [self._spawner.submit(_spawn, self._store_path) for _ in range(self.limits.workers)]
            self._spare = self._spawner.submit(_spawn, self._store_path)
            for worker in started:
                self._idle.put(worker.result())

    def _replace(self, worker: _Worker) -> None:
        """Kill ``worker``; the spare takes its place now, and a new spare starts in the background
        (unless the pool was closed meanwhile: then nothing replaces it)."""
        _kill(worker)
        with self._lock:
            spare = self._spare
            if spare is None:
                return
            self._spare = self._spawner.submit(_spawn, self._store_path)
        self._idle.put(spare.result())


def _spawn(store_path: str | None) -> _Worker:
    """Start a worker (in the pool's spawner thread: the worker dies with the thread that started it)."""
    parent, child = multiprocessing.Pipe()  # a socket pair: the child gets its end by number
    process = subprocess.Popen(
        [sys.executable, "-m", "vlaq_lod.store.workers", str(child.fileno()), str(os.getpid()),
         *([store_path] if store_path else [])],
        pass_fds=[child.fileno()], stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL,
    )
    child.close()
    answered = select.poll()
    answered.register(parent.fileno(), select.POLLIN)
    return _Worker(process, parent, answered)


def _kill(worker: _Worker) -> None:
    worker.process.kill()
    worker.process.wait()
    worker.conn.close()


def main(argv: list[str]) -> None:
    """A worker process: ``python -m vlaq_lod.store.workers FD PARENT [STORE]``."""
    die_with_parent(int(argv[2]))
    _serve(Connection(int(argv[1])), argv[3] if len(argv) > 3 else None)


if __name__ == "__main__":
    # Run under the module's own name: jobs arrive pickled as vlaq_lod.store.workers.Job, and unpickling
    # the first one would otherwise import this module a second time, while a request waits.
    from vlaq_lod.store.workers import main as worker_main

    worker_main(sys.argv)
