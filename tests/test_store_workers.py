"""Query workers: how they start, and that they never outlive the process that started them.

* They start from any parent: a script without a main guard, a ``python -m`` CLI,
  gunicorn. Regression: multiprocessing's 'spawn' re-imported the parent's
  ``__main__`` in each worker, so a public query from an unguarded script failed
  with a 503, and under ``python -m vlaq_lod serve`` the CLI would have run again
  inside every worker.
* A worker imports neither rdflib nor Werkzeug (its start-up is paid after every kill).
* A gunicorn worker killed with SIGKILL takes its query processes with it, the one
  running a runaway query included.
* At light load one worker answers query after query (the idle ones are a stack).
* The largest query the guard accepts, of each shape that overflows Oxigraph's stack, does not crash a
  worker; a query that does crash one twice is refused with a 400 from then on.
"""

from __future__ import annotations

import contextlib
import os
import signal
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from servers import VENV_BIN, children, free_port, make_build, make_store, started
from vlaq_lod.store import QueryError
from vlaq_lod.store.guard import MAX_SIZE, plan
from vlaq_lod.store.local import LocalStore
from vlaq_lod.store.workers import Job, Limits

SCRIPT = """
from vlaq_lod.store.local import LocalStore
from vlaq_lod.store.workers import Limits

store = LocalStore({path!r}, Limits(timeout=10.0, cap=10, workers=1))
print(store.public_query("SELECT (COUNT(*) AS ?n) WHERE {{ ?s ?p ?o }}", "text/csv").body.decode())
store.pool.close()
"""


def test_a_public_query_from_an_unguarded_script(tmp_path: Path) -> None:
    path = make_store(tmp_path / "store", "<http://e/s> <http://e/p> 1 , 2 .")
    script = tmp_path / "script.py"
    script.write_text(SCRIPT.format(path=str(path)))
    done = subprocess.run([sys.executable, str(script)], capture_output=True, timeout=60)
    assert done.returncode == 0, done.stderr
    assert done.stdout == b"n\r\n2\r\n\n"


def test_a_worker_imports_neither_rdflib_nor_werkzeug() -> None:
    check = ("import sys, vlaq_lod.store.workers; "
             "print(sorted({'rdflib', 'werkzeug', 'flask'} & set(sys.modules)))")
    done = subprocess.run([sys.executable, "-c", check], capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    assert done.stdout == "[]\n"


RUNAWAY = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?p ?b . ?c ?q ?d . ?e ?r ?f }"
DATA = "\n".join(f"<http://example.org/s{i}> <http://example.org/p{i % 7}> {i} ." for i in range(3000))


def alive(pid: int) -> bool:
    """True while ``pid`` runs (a zombie, dead but not yet reaped by its new parent, counts as gone)."""
    try:
        return Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0] != "Z"
    except OSError:
        return False


def query_processes(pid: int) -> list[int]:
    return [c for c in children(pid) if b"vlaq_lod.store.workers" in Path(f"/proc/{c}/cmdline").read_bytes()]


def test_query_processes_die_with_their_gunicorn_worker(tmp_path: Path) -> None:
    make_build(tmp_path / "out", "b1", DATA)
    port = free_port()
    env = {**os.environ, "VLAQ_OUT": str(tmp_path / "out"), "VLAQ_QUERY_WORKERS": "1",
           "VLAQ_QUERY_TIMEOUT": "120", "VLAQ_SPARQL_ENDPOINT": ""}
    command = [str(VENV_BIN / "gunicorn"), "--bind", f"127.0.0.1:{port}", "--workers", "1", "--threads", "4",
               "vlaq_lod.web:create_app()"]
    url = f"http://127.0.0.1:{port}/sparql?" + urllib.parse.urlencode({"query": RUNAWAY})
    doomed: list[int] = []
    try:
        with started(command, port, env) as master:
            assert wait_until(lambda: len(children(master.pid)) == 1, 30)
            (worker,) = children(master.pid)
            threading.Thread(target=_ask, args=(url,), daemon=True).start()
            assert wait_until(lambda: len(query_processes(worker)) == 2, 30)  # the query worker and the spare
            doomed = query_processes(worker)
            time.sleep(1.0)  # the runaway is running in one of them
            assert all(alive(pid) for pid in doomed)
            os.kill(worker, signal.SIGKILL)
            assert wait_until(lambda: not any(alive(pid) for pid in doomed), 10)
    finally:
        for pid in doomed:  # a failed run must not leave a runaway behind
            if alive(pid):
                os.kill(pid, signal.SIGKILL)


def _ask(url: str) -> None:
    with contextlib.suppress(urllib.error.URLError, ConnectionError):  # the worker answering it is killed
        urllib.request.urlopen(url, timeout=150).read()


def wait_until(condition: Callable[[], bool], seconds: float) -> bool:
    """Poll ``condition`` every 0.1 s for up to ``seconds``; whether it became true."""
    deadline = time.monotonic() + seconds
    while not condition():
        if time.monotonic() > deadline:
            return False
        time.sleep(0.1)
    return True


def test_light_queries_one_after_another_go_to_the_same_worker(tmp_path: Path) -> None:
    """Last in, first out: at light load one worker stays hot instead of waking each in turn."""
    store = LocalStore(make_store(tmp_path / "store", DATA), Limits(timeout=10.0, cap=10, workers=2))
    try:
        answered_by = []
        for _ in range(4):
            store.public_query("ASK { ?s ?p ?o }", None)
            answered_by.append(store.pool._idle.queue[-1])  # the worker just put back: the one that answered
        assert len(store.pool._idle.queue) == 2 and len({id(w) for w in answered_by}) == 1
    finally:
        store.pool.close()


# --- nesting: what the guard lets through never crashes a worker; what crashes one is refused -------


def largest(shape: Callable[[int], str]) -> str:
    """The largest query of ``shape`` that the guard accepts (shapes grow with their argument)."""
    low, high = 1, 2 * MAX_SIZE
    while low < high:
        middle = (low + high + 1) // 2
        try:
            plan(shape(middle), None, [], [])
            low = middle
        except QueryError:
            high = middle - 1
    return shape(low)


# The shapes that crashed a worker's 8 MiB main thread: nested groups from ~2,500 levels, sub-selects and
# OPTIONALs from ~3,000, nested CONCAT from ~1,000; chains of BIND or MINUS from ~3,000, of triple
# patterns, UNION, `||`, `,`, `!` or property-path steps from 10,000-30,000 (scratch experiment in a
# worker, 2026-12-06).
CRASHERS = {
    "groups": lambda n: "SELECT * WHERE " + "{ " * n + "?s ?p ?o" + " }" * n,
    "sub-selects": lambda n: "SELECT * WHERE " + "{ SELECT * WHERE " * n + "{ ?s ?p ?o }" + " }" * n,
    "optionals": lambda n: "SELECT * { " + "OPTIONAL { ?s ?p ?o " * n + "}" * n + " }",
    "concat": lambda n: "SELECT (" + "CONCAT(" * n + "'a'" + ")" * n + " AS ?x) {}",
    "binds": lambda n: "ASK { ?s ?p ?o " + "".join(f"BIND(1 AS ?x{i}) " for i in range(n)) + "}",
    "minus": lambda n: "ASK { ?s ?p ?o " + "MINUS { ?s ?p ?o } " * n + "}",
    "union": lambda n: "ASK { " + " UNION ".join(["{ ?s ?p ?o }"] * n) + " }",
    "triples": lambda n: "ASK { " + "?s ?p ?o . " * n + "}",
    "or": lambda n: "ASK { FILTER(" + "||".join(["true"] * n) + ") }",
    "not": lambda n: "ASK { FILTER(" + "!" * n + "true) }",
    "path": lambda n: "ASK { ?s " + "/".join(["<http://e/p>"] * n) + " ?o }",
}


@pytest.fixture(scope="module")
def small_store(tmp_path_factory: pytest.TempPathFactory) -> Iterator[LocalStore]:
    path = make_store(tmp_path_factory.mktemp("nesting") / "store", "<http://e/s> <http://e/p> 1 .")
    store = LocalStore(path, Limits(timeout=5.0, cap=10, workers=1))
    yield store
    store.pool.close()


@pytest.mark.parametrize("shape", CRASHERS)
def test_the_largest_query_the_guard_accepts_does_not_crash_a_worker(small_store: LocalStore,
                                                                     shape: str) -> None:
    """The guard's limits sit below the crash: each shape at its largest accepted size is answered (or
    runs into the timeout), never 'the query worker failed'."""
    try:
        small_store.public_query(largest(CRASHERS[shape]), None)
    except QueryError as e:
        assert "failed" not in e.message and "crashed" not in e.message, e.message
        assert e.status == 503 and "longer than" in e.message  # a timeout, the only other answer


def test_a_query_that_crashed_a_worker_twice_is_refused_with_400(small_store: LocalStore) -> None:
    """Past the guard (a job given to the pool directly), 100,000 nested groups kill a worker (stack
    overflow): 503 once, then 400, and from then on 400 at once, without a worker; other queries are
    answered throughout."""
    pool = small_store.pool
    job = Job(str(small_store.path), CRASHERS["groups"](100_000), "json", (), (), 10)
    light = Job(str(small_store.path), "ASK { ?s ?p ?o }", "json", (), (), 10)
    statuses = []
    for _ in range(3):
        with pytest.raises(QueryError) as caught:
            pool.run(job)
        statuses.append(caught.value.status)
        assert b"true" in pool.run(light).body
    assert statuses == [503, 400, 400]
    assert "crashed the query engine twice" in caught.value.message


# --- memory ----------------------------------------------------------------------------------------

# 462 bytes that build a string of 2 GiB: each BIND concatenates eight copies of the one before.
_NAMES = "abcdefghij"
STRING_BOMB = ('SELECT (STRLEN(?j) AS ?n) WHERE { BIND("aaaaaaaaaaaaaaaa" AS ?a) ' + " ".join(
    f"BIND(CONCAT({','.join(['?' + _NAMES[i]] * 8)}) AS ?{_NAMES[i + 1]})" for i in range(9)) + " }")


def test_a_query_past_the_memory_limit_is_a_503_that_says_so_and_others_go_on(tmp_path: Path) -> None:
    """With 512 MiB per query process, the string bomb is stopped long before its timeout (unlimited, it
    took 35 s and 2+ GB), answered 503 naming the limit; a light query running beside it, and one
    after it, are answered."""
    store = LocalStore(make_store(tmp_path / "store", DATA),
                       Limits(timeout=60.0, cap=10, workers=2, memory=512 * 2**20))
    try:
        store.public_query("ASK {}", None)  # workers started: time the query, not their start
        beside: list[bytes] = []
        count = "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"
        light = threading.Thread(target=lambda: beside.append(store.public_query(count, None).body))
        started = time.monotonic()
        light.start()
        with pytest.raises(QueryError) as caught:
            store.public_query(STRING_BOMB, None)
        light.join(60)
        assert caught.value.status == 503 and caught.value.retry_after
        assert "more than 512 MiB of memory" in caught.value.message
        assert time.monotonic() - started < 30
        assert beside and b"n" in beside[0]
        assert b"true" in store.public_query("ASK { ?s ?p ?o }", None).body
    finally:
        store.pool.close()


def test_the_default_memory_shares_half_the_machine() -> None:
    total = os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES") // 2**20
    limits = Limits.from_config({"QUERY_TIMEOUT": 10, "RESULT_CAP": 10, "QUERY_WORKERS": 2, "WORKERS": 2,
                                 "QUERY_MEMORY": 0})
    assert limits.memory == max(256, total // 2 // 6) * 2**20
    assert Limits.from_config({"QUERY_TIMEOUT": 10, "RESULT_CAP": 10, "QUERY_WORKERS": 2,
                               "QUERY_MEMORY": 300}).memory == 300 * 2**20


# --- admission ---------------------------------------------------------------------------------------


def test_a_query_beyond_the_admitted_ones_is_a_503_at_once(tmp_path: Path) -> None:
    """One worker, one waiting place: with a runaway running and another waiting, a third query is
    refused at once with Retry-After (it does not wait for a worker, nor hold a thread meanwhile)."""
    store = LocalStore(make_store(tmp_path / "store", DATA),
                       Limits(timeout=6.0, cap=10, workers=1, waiting=1, wait=5.0))
    try:
        store.public_query("ASK {}", None)
        def run_away(query: str) -> None:
            with contextlib.suppress(QueryError):
                store.public_query(query, None)

        held = [threading.Thread(target=run_away, args=(q,)) for q in (RUNAWAY, RUNAWAY + " ")]
        for thread in held:
            thread.start()
            time.sleep(0.5)
        started = time.monotonic()
        with pytest.raises(QueryError) as caught:
            store.public_query("ASK {}", None)
        assert time.monotonic() - started < 0.5
        assert caught.value.status == 503 and caught.value.retry_after and "waiting" in caught.value.message
        for thread in held:
            thread.join(30)
        assert b"true" in store.public_query("ASK {}", None).body  # the places are given back
    finally:
        store.pool.close()
