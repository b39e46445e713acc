"""Public queries run in worker processes that are killed when they overrun.

pyoxigraph has no query timeout and a running query cannot be interrupted from
another thread, so the only hard limit is a process boundary: each worker opens
the build's store read-only and answers one ``Job`` at a time over a pipe; a worker
that has not answered within the timeout gets SIGKILL and is replaced, and the
caller gets a 503 with Retry-After.

The pool starts its processes lazily, on the first query, in the process that
asks: gunicorn forks its workers after loading the app, and a pool started before
the fork would be shared by accident. A worker is a fresh interpreter running
``python -m vlaq_lod.store.workers FD PARENT MEMORY [STORE]`` (a socket pair carries pickled
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

Oxigraph's parser and evaluator recurse once per level of nesting, and a deep query
overflows the stack: a segfault, not an error. A worker answers on a thread with a
``STACK`` of 64 MiB (eight times the main thread's), so the guard's limits
(``guard.MAX_DEPTH``, ``MAX_SIZE``) sit far below the crash; what still crashes a worker
is answered 503 once (it may have been the machine) and refused with a 400 from the
second crash on (``QueryPool.run``), so no client makes the pool restart workers forever.

A worker's memory is capped (``Limits.memory``, ``RLIMIT_DATA``): a few hundred bytes of
nested ``CONCAT`` build a string of gigabytes. Past the cap Oxigraph aborts the process
(SIGABRT); the caller gets a 503 that names the limit and the spare takes its place.
"""

from __future__ import annotations

import contextlib
import hashlib
import math
import multiprocessing
import os
import queue
import resource
import select
import signal
import subprocess
import sys
import threading
from collections import OrderedDict
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
    memory: int = 0  # bytes of data one query process may map (QUERY_MEMORY); 0: no limit
    waiting: int = 8  # most queries waiting up to ``wait`` s for a busy worker; one more: 503 at once

    @property
    def admitted(self) -> int:
        """Most queries a pool holds at once, running or waiting: what ``serve`` sizes its threads by."""
        return self.workers + self.waiting

    @classmethod
    def from_config(cls, config: Mapping[str, Any]) -> Limits:
        workers = int(config["QUERY_WORKERS"])
        mib = int(config.get("QUERY_MEMORY") or 0) or default_memory(int(config.get("WORKERS", 1)), workers)
        return cls(float(config["QUERY_TIMEOUT"]), int(config["RESULT_CAP"]), workers, memory=mib * 2**20,
                   waiting=int(config.get("QUERY_QUEUE", Limits.waiting)))


MIN_MEMORY = 256  # MiB: the floor of the default (a worker with its store open and its stack uses ~100)


def default_memory(app_workers: int, query_workers: int) -> int:
    """MiB per query process when QUERY_MEMORY is not set: half the machine's memory, shared by every
    query process ``serve`` may run (each app worker's query workers and its spare), so that all of
    them at their limit at once still leave the other half to pages and the system."""
    total = os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES") // 2**20
    return max(MIN_MEMORY, total // 2 // (app_workers * (query_workers + 1)))


def memory_error(limit: int, retry: int) -> QueryError:
    """The 503 for a query stopped at the memory limit of its process."""
    return QueryError(503, f"The query needed more than {limit // 2**20} MiB of memory and was stopped; "
                           "narrow it, add a LIMIT or aggregate.", retry)


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
        except MemoryError:  # Python's share of the limit; Oxigraph's own aborts the process (SIGABRT)
            conn.send(("memory",))
            return


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


STACK = 64 * 2**20  # bytes of stack for the thread that runs queries (see the module docstring)
CRASHES_REMEMBERED = 1024  # queries whose crashes a pool counts (the oldest forgotten first)


def query_key(job: Job) -> str:
    """What identifies a query for the crash count: its text and dataset, not its format."""
    text = "\n".join([job.query, *job.default_graph_uris, "", *job.named_graph_uris])
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()


def crash_error(crashes: int, retry: int) -> QueryError:
    """503 for a first crash on a query (it may have been the machine), 400 from the second on."""
    if crashes >= 2:
        return QueryError(400, "This query crashed the query engine twice and is refused; simplify it "
                               "(less nesting, fewer patterns or operators).")
    return QueryError(503, "The query worker failed; retry or simplify the query.", retry)


DEMOTED = 10  # nice value of a query past Limits.demote_after (with SCHED_IDLE: see demote)


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
        self._crashes: OrderedDict[str, int] = OrderedDict()  # query_key -> crashes, under _lock
        self._admission = threading.BoundedSemaphore(limits.admitted)

    def run(self, job: Job) -> QueryResult:
        """The job's result; 503 when no worker is free soon enough or the query overruns.

        At most ``limits.admitted`` queries are held at once (running, or waiting for a worker); one more
        gets a 503 at once, so that queries never take every thread of the app: pages have their own.
        The waiting places are what keeps clients that re-send a runaway query as soon as it is answered
        at one request per ``wait`` seconds: refused at once, each would re-send hundreds of times a
        second and take the cores from pages.

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
        key = query_key(job)
        with self._lock:
            crashes = self._crashes.get(key, 0)
        if crashes >= 2:
            raise crash_error(crashes, retry)
        admission = self._admission
        if not admission.acquire(blocking=False):
            raise QueryError(503, "Too many queries are running or waiting; try again shortly.", retry)
        try:
            return self._run(job, key, retry)
        finally:
            admission.release()

    def _run(self, job: Job, key: str, retry: int) -> QueryResult:
        """``run`` for an admitted job."""
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
            if reply[0] == "memory":  # the worker ends after saying so
                self._replace(worker)
                worker = None
        except (EOFError, OSError):  # the worker died (crash, out of memory)
            died = _end_of(worker)
            self._replace(worker)
            worker = None
            if died == -signal.SIGABRT and self.limits.memory:  # Rust's answer to a failed allocation
                raise memory_error(self.limits.memory, retry) from None
            raise crash_error(self._count_crash(key), retry) from None
        finally:
            if worker is not None and worker.demoted:
                self._replace(worker)
            elif worker is not None:
                self._idle.put(worker)
        if reply[0] == "ok":
            return reply[1]
        if reply[0] == "memory":
            raise memory_error(self.limits.memory, retry)
        raise QueryError(reply[1], reply[2])

    def _count_crash(self, key: str) -> int:
        """Count one more crash on the query ``key``; the number so far."""
        with self._lock:
            crashes = self._crashes.pop(key, 0) + 1
            self._crashes[key] = crashes
            if len(self._crashes) > CRASHES_REMEMBERED:
                self._crashes.popitem(last=False)
            return crashes

    def _answered_in_time(self, worker: _Worker) -> bool:
        """Wait for ``worker``'s answer until the timeout, lowering its priority after ``demote_after``."""
        first = min(self.limits.demote_after, self.limits.timeout)
        if worker.wait(first):
            return True
        with contextlib.suppress(OSError):  # it may have just ended: the poll below will say so
            demote(worker.process.pid)
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
            self._admission = threading.BoundedSemaphore(self.limits.admitted)
            started = [self._spawner.submit(_spawn, self._store_path, self.limits.memory)
                       for _ in range(self.limits.workers)]
            self._spare = self._spawner.submit(_spawn, self._store_path, self.limits.memory)
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
            self._spare = self._spawner.submit(_spawn, self._store_path, self.limits.memory)
        self._idle.put(spare.result())


def _spawn(store_path: str | None, memory: int = 0) -> _Worker:
    """Start a worker (in the pool's spawner thread: the worker dies with the thread that started it)."""
    parent, child = multiprocessing.Pipe()  # a socket pair: the child gets its end by number
    process = subprocess.Popen(
        [sys.executable, "-m", "vlaq_lod.store.workers", str(child.fileno()), str(os.getpid()), str(memory),
         *([store_path] if store_path else [])],
        pass_fds=[child.fileno()], stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL,
    )
    child.close()
    answered = select.poll()
    answered.register(parent.fileno(), select.POLLIN)
    return _Worker(process, parent, answered)


def _end_of(worker: _Worker, seconds: float = 1.0) -> int | None:
    """The exit status of a worker whose pipe closed (it is ending: give it ``seconds``), else None."""
    try:
        return worker.process.wait(seconds)
    except subprocess.TimeoutExpired:
        return None


def limit_memory(limit: int) -> None:
    """Cap this process's data (heap and private mappings, the query stack included) at ``limit``
    bytes: past it an allocation fails, and Oxigraph aborts the process rather than take the machine."""
    if limit:
        resource.setrlimit(resource.RLIMIT_DATA, (limit, limit))


def _threads(pid: int) -> list[int]:
    """The thread ids of process ``pid`` (Linux keeps priority and scheduling policy per thread)."""
    try:
        return [int(tid) for tid in os.listdir(f"/proc/{pid}/task")]
    except FileNotFoundError:  # no /proc (not Linux), or gone: the process's own id is all there is
        return [pid]


def demote(pid: int) -> None:
    """Lower every thread of process ``pid`` (a worker's query runs on a thread of its own, not the one
    whose id is the process's) to nice ``DEMOTED`` and to ``SCHED_IDLE``, which runs only on a core
    nothing else wants: beside pages a nice-10 runaway still took a tenth of a core's share each."""
    for tid in _threads(pid):
        os.setpriority(os.PRIO_PROCESS, tid, DEMOTED)
        with contextlib.suppress(OSError, AttributeError):  # SCHED_IDLE: Linux only
            os.sched_setscheduler(tid, os.SCHED_IDLE, os.sched_param(0))


def _kill(worker: _Worker) -> None:
    """Kill and reap ``worker``. A demoted one is first put back to the normal policy (allowed: its
    nice value stays): dying takes CPU too, and at SCHED_IDLE on a busy machine it waited seconds."""
    if worker.demoted:
        for tid in _threads(worker.process.pid):
            with contextlib.suppress(OSError, AttributeError):
                os.sched_setscheduler(tid, os.SCHED_OTHER, os.sched_param(0))
    worker.process.kill()
    worker.process.wait()
    worker.conn.close()


def main(argv: list[str]) -> None:
    """A worker process: ``python -m vlaq_lod.store.workers FD PARENT MEMORY [STORE]``; queries run on
    a thread with a ``STACK``-sized stack, in at most MEMORY bytes (0: no limit)."""
    die_with_parent(int(argv[2]))
    limit_memory(int(argv[3]))
    threading.stack_size(STACK)
    store_path = argv[4] if len(argv) > 4 else None
    server = threading.Thread(target=_serve, args=(Connection(int(argv[1])), store_path), name="vlaq-query")
    server.start()
    server.join()


if __name__ == "__main__":
    # Run under the module's own name: jobs arrive pickled as vlaq_lod.store.workers.Job, and unpickling
    # the first one would otherwise import this module a second time, while a request waits.
    from vlaq_lod.store.workers import main as worker_main

    worker_main(sys.argv)
