"""Does ``vlaq-lod serve`` stay correct, lean and responsive under sustained load, and is one runaway
SPARQL query kept from slowing everyone else down?

One command builds ``data/`` for a free 127.0.0.1 port, starts ``vlaq-lod serve`` (gunicorn) on it and:

1. **load**: ``--minutes`` (default 10) at ``--concurrency`` (default 32) clients, a mix of dereferencing
   (``/id/`` -> 303 -> ``/doc/`` as HTML and as Turtle) and light SPARQL queries; every answer is checked
   (status, media type, non-empty body). Reports errors, p50/p99 per ``--bucket`` seconds (default 60),
   and the resident memory of the server's process tree (gunicorn master, workers, query workers) after
   a warm-up and at the end.
2. **isolation**: a paced light load (``--light-clients`` clients, ``--pause`` s between requests) for
   ``--window`` seconds alone, then again while ``--runaway-clients`` clients (default 1) send runaway
   queries (a three-way cartesian product) one after another, each running into ``QUERY_TIMEOUT`` or
   refused at once by the query pool's admission; ``--rounds`` times, alternating, so that a neighbour's
   burst of load on the shared machine falls on both sides alike; compares the light load's p99.

    python bench/load_bench.py [--minutes 10] [--concurrency 32] [--json out.json]
    python bench/load_bench.py --minutes 0 --rounds 3   # the isolation phase alone
    python bench/load_bench.py --minutes 0 --rounds 3 --runaway-clients 20 --pages-only

Checks (exit status 1 when one fails): zero errors; memory growth < 10 %; every bucket's p99 within
``--stable`` times the median bucket's p99; light p99 during runaways <= 2 x its p99 alone; every
runaway answered 503 within the timeout + 5 s.

The client is Python threads over ``http.client`` rather than wrk: it follows each 303 to the document
it names, checks every answer by kind, and keeps each latency for the per-bucket percentiles and the
isolation windows, with no Lua and nothing to install. It shares the 2 cores with the server, so
throughput here is a floor, not gunicorn's ceiling (see docs/benchmarks.md for wrk against the same
server). Loopback only; every phase stops at its deadline.
"""

from __future__ import annotations

import argparse
import functools
import http.client
import json
import multiprocessing
import os
import random
import re
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import urllib.parse
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import asdict, dataclass
from pathlib import Path

from vlaq_lod.build.pipeline import BuildConfig, build
from vlaq_lod.settings import PROJECT_ROOT

sys.path.insert(0, str(PROJECT_ROOT / "tests"))
from servers import free_port, started, tree_rss_kib  # noqa: E402  (tests/servers.py: loopback, stopped by PID)

HOST = "127.0.0.1"
LIGHT_QUERIES = (
    "ASK { ?s ?p ?o }",
    "PREFIX schema: <https://schema.org/> SELECT ?q ?name WHERE { ?q schema:name ?name } LIMIT 10",
    "PREFIX qb: <http://purl.org/linked-data/cube#> SELECT (COUNT(?o) AS ?n) WHERE { ?o a qb:Observation }",
    "SELECT ?p ?o WHERE { <id/vraag/2021-2022-313-jan-jambon> ?p ?o }",
)
RUNAWAY = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }"


@dataclass(frozen=True)
class Sample:
    at: float  # time.monotonic() when the answer was complete
    kind: str  # id, doc.html, doc.ttl, sparql, runaway
    seconds: float
    ok: bool
    detail: str = ""


@dataclass(frozen=True)
class Expect:
    status: int
    media_type: str  # prefix of Content-Type; "" for none


EXPECT = {
    "id": Expect(303, ""),
    "doc.html": Expect(200, "text/html"),
    "doc.ttl": Expect(200, "text/turtle"),
    "sparql": Expect(200, "application/sparql-results+json"),
    "runaway": Expect(503, "text/plain"),
}


# --- the server ---------------------------------------------------------------------------------------


@contextmanager
def serving(out: Path, port: int, env: dict[str, str]) -> Iterator[subprocess.Popen]:
    """``vlaq-lod serve`` on 127.0.0.1:port until the block ends; stopped by its own PID."""
    command = [sys.executable, "-m", "vlaq_lod", "serve", "--out", str(out), "--host", HOST,
               "--port", str(port), "--base-uri", f"http://{HOST}:{port}"]
    with started(command, port, {**os.environ, **env}, startup=60.0) as process:
        yield process


# --- the client ---------------------------------------------------------------------------------------


def request(port: int, method: str, path: str, headers: dict[str, str],
            timeout: float = 60.0) -> tuple[int, str, bytes]:
    """One request on its own connection: each answer is timed from the connect, as a new visitor's is."""
    connection = http.client.HTTPConnection(HOST, port, timeout=timeout)
    try:
        connection.request(method, path, headers=headers)
        response = connection.getresponse()
        body = response.read()
        location = response.getheader("Location", "")
        media_type = response.getheader("Content-Type", "")
        return response.status, location or media_type, body
    finally:
        connection.close()


def timed(port: int, kind: str, path: str, accept: str) -> tuple[Sample, str]:
    """Send one request and judge it against ``EXPECT[kind]``; returns the sample and the Location."""
    begin = time.monotonic()
    try:
        status, header, body = request(port, "GET", path, {"Accept": accept})
    except OSError as error:
        end = time.monotonic()
        return Sample(end, kind, end - begin, False, f"{type(error).__name__}: {error}"), ""
    end = time.monotonic()
    expect = EXPECT[kind]
    ok = status == expect.status and (expect.status == 303 or (header.startswith(expect.media_type) and body))
    detail = "" if ok else f"{status} {header} {path[:80]}"
    return Sample(end, kind, end - begin, ok, detail), header if status == 303 else ""


def dereference(port: int, thing: str, accept: str, kind: str) -> list[Sample]:
    """``/id/...`` -> 303 -> the ``/doc/`` document in ``accept``: two requests, two samples."""
    first, location = timed(port, "id", thing, accept)
    if not first.ok:
        return [first]
    return [first, timed(port, kind, urllib.parse.urlsplit(location).path, accept)[0]]


def sparql(port: int, query: str, kind: str) -> list[Sample]:
    path = "/sparql?" + urllib.parse.urlencode({"query": query})
    return [timed(port, kind, path, "application/sparql-results+json")[0]]


def mixed_step(port: int, things: list[str], rng: random.Random) -> list[Sample]:
    """One step of the load: 40 % dereferenced as HTML (people), 30 % as Turtle (linked-data
    clients), 30 % light SPARQL."""
    roll = rng.random()
    if roll < 0.4:
        return dereference(port, rng.choice(things), "text/html", "doc.html")
    if roll < 0.7:
        return dereference(port, rng.choice(things), "text/turtle", "doc.ttl")
    return sparql(port, rng.choice(LIGHT_QUERIES), "sparql")


def light_step(port: int, things: list[str], rng: random.Random, pages_only: bool = False) -> list[Sample]:
    """The light load of the isolation phase: Turtle documents and light SPARQL, half and half; only
    documents (Turtle and HTML) with ``pages_only`` (beside many runaway clients, the query pool's
    admission rightly refuses light queries too)."""
    if pages_only:
        kind, accept = rng.choice([("doc.ttl", "text/turtle"), ("doc.html", "text/html")])
        return dereference(port, rng.choice(things), accept, kind)
    if rng.random() < 0.5:
        return dereference(port, rng.choice(things), "text/turtle", "doc.ttl")
    return sparql(port, rng.choice(LIGHT_QUERIES), "sparql")


def run_clients(clients: int, seconds: float, step: Callable[[random.Random], list[Sample]],
                pause: float = 0.0) -> list[Sample]:
    """``clients`` threads calling ``step`` until ``seconds`` have passed; every sample they made."""
    deadline = time.monotonic() + seconds
    samples: list[Sample] = []
    lock = threading.Lock()

    def client(seed: int) -> None:
        rng = random.Random(seed)
        mine = []
        while time.monotonic() < deadline:
            mine += step(rng)
            if pause:
                time.sleep(pause)
        with lock:
            samples.extend(mine)

    threads = [threading.Thread(target=client, args=(i,)) for i in range(clients)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return samples


def things_of(port: int) -> list[str]:
    """Every ``/id/`` IRI the server's sitemaps list, as paths (``/sitemap.xml`` is an index of sitemaps)."""
    _, _, index = request(port, "GET", "/sitemap.xml", {})
    pages = []
    for sitemap in re.findall(r"<loc>[^<]*?(/sitemap/[^<]+)</loc>", index.decode()):
        _, _, body = request(port, "GET", sitemap, {})
        pages += re.findall(r"<loc>[^<]*?(/doc/[^<]+)</loc>", body.decode())
    if not pages:
        raise SystemExit("the sitemaps list no /doc/ page: nothing to load the server with")
    return ["/id/" + page.removeprefix("/doc/") for page in pages]


# --- numbers ------------------------------------------------------------------------------------------


def percentile(values: list[float], q: float) -> float:
    """Nearest-rank percentile; 0 for no values."""
    if not values:
        return 0.0
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, max(0, round(q / 100 * len(ordered) + 0.5) - 1))]


@dataclass(frozen=True)
class Bucket:
    start: float
    requests: int
    errors: int
    p50_ms: float
    p99_ms: float


def buckets(samples: list[Sample], width: float) -> list[Bucket]:
    """Samples grouped by completion time into ``width``-second buckets from the first request (a last
    partial one dropped when it is under half a bucket: too few answers for a p99)."""
    start = min((s.at - s.seconds for s in samples), default=0.0)
    groups: dict[int, list[Sample]] = {}
    for sample in samples:
        groups.setdefault(int((sample.at - start) // width), []).append(sample)
    end = max((s.at - start for s in samples), default=0.0)
    rows = []
    for index in sorted(groups):
        if (index + 1) * width > end + width / 2 and index > 0:
            continue
        group = groups[index]
        times = [s.seconds * 1000 for s in group]
        rows.append(Bucket(index * width, len(group), sum(not s.ok for s in group),
                           percentile(times, 50), percentile(times, 99)))
    return rows


@dataclass(frozen=True)
class Report:
    minutes: float
    concurrency: int
    requests: int
    errors: int
    error_examples: list[str]
    rss_start_kib: int
    rss_end_kib: int
    per_bucket: list[Bucket]
    light_alone_p99_ms: float
    light_alone_requests: int
    light_with_runaway_p99_ms: float
    light_with_runaway_requests: int
    runaways: int
    runaway_max_s: float
    query_timeout: float

    light_by_kind: dict[str, dict[str, float]]  # "doc.ttl alone" -> {"n", "p50_ms", "p99_ms"}

    @property
    def growth(self) -> float:
        """Memory growth over the load phase; 0 when there was none (``--minutes 0``)."""
        return (self.rss_end_kib - self.rss_start_kib) / self.rss_start_kib if self.rss_start_kib else 0.0

    def failures(self, stable: float) -> list[str]:
        """Each check that failed, in words."""
        found = []
        if self.errors:
            found.append(f"{self.errors} errors, e.g. {self.error_examples[:3]}")
        if self.growth >= 0.10:
            found.append(f"resident memory grew {self.growth:.1%}")
        p99s = [b.p99_ms for b in self.per_bucket]
        if p99s and max(p99s) > stable * statistics.median(p99s):
            found.append(f"p99 per bucket not stable: {p99s}")
        if self.light_with_runaway_p99_ms > 2 * self.light_alone_p99_ms:
            found.append(f"light p99 {self.light_with_runaway_p99_ms:.0f} ms during runaways, "
                         f"over twice {self.light_alone_p99_ms:.0f} ms alone")
        if not self.runaways or self.runaway_max_s > self.query_timeout + 5:
            found.append(f"runaways: {self.runaways}, slowest answer {self.runaway_max_s:.1f} s")
        return found

    def markdown(self) -> str:
        lines = [
            f"- load: {self.minutes:g} min at {self.concurrency} clients: {self.requests} requests, "
            f"{self.errors} errors ({self.requests / (self.minutes * 60):.0f} req/s)",
            f"- resident memory of the server tree: {self.rss_start_kib / 1024:.0f} MiB after warm-up, "
            f"{self.rss_end_kib / 1024:.0f} MiB at the end ({self.growth:+.1%})",
            "",
            "| from (s) | requests | errors | p50 (ms) | p99 (ms) |",
            "|---:|---:|---:|---:|---:|",
            *(f"| {b.start:.0f} | {b.requests} | {b.errors} | {b.p50_ms:.0f} | {b.p99_ms:.0f} |"
              for b in self.per_bucket),
            "",
        ] if self.minutes else [f"- load: not run; {self.errors} errors in the isolation phase"]
        lines += [
            f"- isolation: light load p99 {self.light_alone_p99_ms:.0f} ms alone "
            f"({self.light_alone_requests} requests), {self.light_with_runaway_p99_ms:.0f} ms while "
            f"{self.runaways} runaway queries ran into the {self.query_timeout:g} s timeout "
            f"({self.light_with_runaway_requests} requests; slowest runaway answer "
            f"{self.runaway_max_s:.1f} s)",
            *(f"  - {name}: {row['n']:.0f} requests, p50 {row['p50_ms']:.0f} ms, p99 {row['p99_ms']:.0f} ms"
              for name, row in self.light_by_kind.items()),
        ]
        return "\n".join(lines)


# --- phases -------------------------------------------------------------------------------------------


def load_phase(port: int, server: subprocess.Popen, things: list[str], minutes: float, concurrency: int,
               warmup: float) -> tuple[list[Sample], int, int]:
    """The mixed load; resident memory after ``warmup`` seconds of the same load, and at the end."""
    step = functools.partial(mixed_step, port, things)
    run_clients(concurrency, warmup, step)
    rss_start = tree_rss_kib(server.pid)
    samples = run_clients(concurrency, minutes * 60, step)
    return samples, rss_start, tree_rss_kib(server.pid)


def runaway_clients(port: int, clients: int, seconds: float, answers: multiprocessing.Queue) -> None:
    """``clients`` threads each sending runaway queries back to back for ``seconds`` (each the next as
    soon as the last is answered, 503s included); their samples go to ``answers``. Run in a process of
    its own, so that these threads do not take the interpreter from the light clients being timed."""
    samples = run_clients(clients, seconds, lambda _: sparql(port, RUNAWAY, "runaway"))
    answers.put(samples)


def isolation_phase(port: int, things: list[str], clients: int, pause: float, window: float,
                    rounds: int = 1, runaways_at_once: int = 1,
                    pages_only: bool = False) -> tuple[list[Sample], list[Sample], list[Sample]]:
    """Light load alone for ``window`` s, then as long again beside ``runaways_at_once`` clients sending
    runaway queries back to back; ``rounds`` times (a round's last runaway is answered before the next
    window alone starts).

    Returns (light alone, light beside the runaways, the runaways)."""
    light = functools.partial(light_step, port, things, pages_only=pages_only)
    alone: list[Sample] = []
    beside: list[Sample] = []
    runaways: list[Sample] = []
    fork = multiprocessing.get_context("fork")
    for _ in range(rounds):
        alone += run_clients(clients, window, light, pause)
        answers = fork.Queue()
        runner = fork.Process(target=runaway_clients, args=(port, runaways_at_once, window + 1.0, answers))
        runner.start()
        time.sleep(1.0)  # the first runaways are in their workers
        beside += run_clients(clients, window, light, pause)
        runaways += answers.get()
        runner.join()
    return alone, beside, runaways


def by_kind(windows: dict[str, list[Sample]]) -> dict[str, dict[str, float]]:
    """Count, p50 and p99 (ms) per kind of request in each named window ("doc.ttl alone", ...)."""
    rows = {}
    for window, samples in windows.items():
        for kind in sorted({s.kind for s in samples}):
            times = [s.seconds * 1000 for s in samples if s.kind == kind]
            rows[f"{kind} {window}"] = {"n": len(times), "p50_ms": percentile(times, 50),
                                        "p99_ms": percentile(times, 99)}
    return rows


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--minutes", type=float, default=10.0, help="length of the load phase (0: skip it)")
    parser.add_argument("--concurrency", type=int, default=32)
    parser.add_argument("--bucket", type=float, default=60.0, help="seconds per p50/p99 row")
    parser.add_argument("--warmup", type=float, default=10.0, help="seconds of load before memory is read")
    parser.add_argument("--workers", type=int, default=2, help="gunicorn workers (VLAQ_WORKERS)")
    parser.add_argument("--query-timeout", type=float, default=10.0, help="VLAQ_QUERY_TIMEOUT")
    parser.add_argument("--light-clients", type=int, default=4)
    parser.add_argument("--pause", type=float, default=0.05, help="seconds each light client waits")
    parser.add_argument("--window", type=float, default=25.0, help="seconds of each isolation window")
    parser.add_argument("--rounds", type=int, default=1, help="isolation rounds (alone, then beside)")
    parser.add_argument("--runaway-clients", type=int, default=1,
                        help="clients sending runaway queries back to back in each isolation window")
    parser.add_argument("--pages-only", action="store_true",
                        help="light load of documents only (with many runaway clients, light queries are "
                             "rightly refused by admission)")
    parser.add_argument("--stable", type=float, default=2.0, help="most a bucket's p99 may exceed the median")
    parser.add_argument("--json", type=Path, help="also write the report here")
    args = parser.parse_args()

    port = free_port()
    with tempfile.TemporaryDirectory(prefix="load-bench-") as tmp:
        out = Path(tmp) / "build"
        build(BuildConfig(PROJECT_ROOT / "data", out, f"http://{HOST}:{port}"))
        env = {"VLAQ_WORKERS": str(args.workers), "VLAQ_QUERY_TIMEOUT": str(args.query_timeout),
               "VLAQ_SPARQL_ENDPOINT": ""}
        with serving(out, port, env) as server:
            things = things_of(port)
            samples, rss_start, rss_end = (
                load_phase(port, server, things, args.minutes, args.concurrency, args.warmup)
                if args.minutes else ([], 0, 0))
            alone, beside, runaways = isolation_phase(port, things, args.light_clients, args.pause,
                                                      args.window, args.rounds, args.runaway_clients,
                                                      args.pages_only)

    in_flight = [(r.at - r.seconds, r.at) for r in runaways]
    during = [s for s in beside if any(a <= s.at - s.seconds and s.at <= b for a, b in in_flight)]
    failed = [s for s in samples + alone + beside + runaways if not s.ok]
    report = Report(
        args.minutes, args.concurrency, len(samples), len(failed), [s.detail for s in failed[:10]],
        rss_start, rss_end, buckets(samples, args.bucket),
        percentile([s.seconds * 1000 for s in alone], 99), len(alone),
        percentile([s.seconds * 1000 for s in during], 99), len(during),
        len(runaways), max((r.seconds for r in runaways), default=0.0), args.query_timeout,
        by_kind({"alone": alone, "beside runaways": during}),
    )
    print(report.markdown())
    failures = report.failures(args.stable)
    print("\nchecks: " + ("all passed" if not failures else "FAILED: " + "; ".join(failures)))
    if args.json:
        args.json.write_text(json.dumps({**asdict(report), "failures": failures}, indent=2))
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
