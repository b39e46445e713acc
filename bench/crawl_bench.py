"""Crawling at archive scale: every ``/doc/`` page of a kind requested once, caches empty, per page kind.

What crawlers and readers do, rather than one URL over and over (``deref_bench.py``, where nginx's cache
answers everything after the warm-up). On a synthetic archive in the real vocabulary (``bench/archive.py``)
the ``/doc/`` paths of four kinds (questions, datasets, observations, persons) are read from the store and
shuffled; every batch of requests ("cell") takes paths no earlier cell took, so no page is asked twice
while the archive has pages left (at 10,000 triples it has few: the bench then wraps and says how many
requests were repeats). Cells, each in HTML and in Turtle (``Accept``):

* one per kind (``--html`` / ``--turtle`` requests; every person, there are few), and ``mix``: the kinds
  in proportion to their numbers in the archive, HTML and Turtle alternating (a sitemap crawl);
* the ceilings and references: the same question page over and over (``hot``), ``/robots.txt``
  (gunicorn and Flask, no store) and, taking turns one request at a time on one connection each,
  ``/robots.txt``, ``/sparql`` with ``ASK {}`` and a raw ``oxigraph serve-read-only``'s ``ASK {}`` on
  the same store: the app's fixed cost above the engine's, measured in the same run.

Set-ups, all on 127.0.0.1 and up at once, started afresh for each ``--repeat`` (empty caches), taking turns
cell by cell in an order that rotates from repeat to repeat (so a neighbour's burst of load on this shared
machine falls on all of them):

* ``gthread``: ``vlaq-lod serve`` as shipped (gunicorn, 2 workers, gthread);
* ``sync`` / ``granian`` (``--servers``): the same app under gunicorn's sync workers, or under granian's
  WSGI interface (2 workers, as many threads as gthread), to choose the server by the numbers;
* ``nginx``: the production set-up of the README, ``docs/deploy/nginx-vlaq.conf`` as shipped in front of
  its own ``vlaq-lod serve``, its cache empty at the start (cold; the hot cell is its cache hits).

The client is Python (threads, one keep-alive connection each, ``--connections``), bounded in requests and
in ``--cell-seconds``; it runs on the same 2 cores, and its own CPU share is reported.

    .venv/bin/python bench/crawl_bench.py --triples 1000000 --repeat 3 --servers gthread sync granian
"""

from __future__ import annotations

import argparse
import http.client
import json
import math
import os
import random
import statistics
import sys
import tempfile
import threading
import time
import urllib.parse
from collections.abc import Iterator, Sequence
from contextlib import AbstractContextManager, ExitStack, contextmanager
from dataclasses import dataclass, field
from pathlib import Path

import pyoxigraph as ox

from archive import archive, machine
from deref_bench import nginx

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))
from servers import VENV_BIN, free_port, running  # noqa: E402  (tests/servers.py: loopback, stopped by PID)

QB = "http://purl.org/linked-data/cube#"
KINDS = {"question": "{base}/def/vlaq#WrittenQuestion", "dataset": f"{QB}DataSet",
         "observation": f"{QB}Observation", "person": "https://schema.org/Person"}
FORMATS = {"HTML": "text/html", "Turtle": "text/turtle"}
SPARQL_JSON = "application/sparql-results+json"
ASK = "/sparql?" + urllib.parse.urlencode({"query": "ASK {}"})
HTML_TARGET = {"p50": 10.0, "p99": 50.0, "rps": 200.0}
TURTLE_TARGET_RPS, CACHE_P99_MS, FIXED_COST_MS = 1000.0, 50.0, 0.5


@dataclass(frozen=True)
class Get:
    label: str  # what the cell reports it under (the kind, or the reference's name)
    path: str
    accept: str


@dataclass
class Cell:
    """One batch of requests: latencies per label (ms), wall time, what went wrong, what the client cost."""
    latencies: dict[str, list[float]] = field(default_factory=dict)
    seconds: float = 0.0
    failed: list[str] = field(default_factory=list)
    client_cpu_s: float = 0.0
    cache: dict[str, int] = field(default_factory=dict)  # X-Cache-Status -> count (nginx)
    repeats: int = 0  # requests for a path an earlier cell of this set-up already took

    @property
    def all(self) -> list[float]:
        return [ms for values in self.latencies.values() for ms in values]

    @property
    def rps(self) -> float:
        return len(self.all) / self.seconds if self.seconds else 0.0


def percentile(values: Sequence[float], p: float) -> float:
    """Nearest-rank percentile: a latency some request really had (with 11 samples p99 is the slowest)."""
    ordered = sorted(values)
    return ordered[max(0, math.ceil(p / 100 * len(ordered)) - 1)]


class Pool:
    """A kind's paths, shuffled once; ``take`` hands out paths never taken before, and wraps (counting the
    repeats) only when every path was taken."""

    def __init__(self, paths: Sequence[str], seed: int) -> None:
        self.paths = list(paths)
        random.Random(seed).shuffle(self.paths)
        self.next = 0

    def take(self, n: int) -> tuple[list[str], int]:
        taken = [self.paths[(self.next + i) % len(self.paths)] for i in range(n)]
        repeats = max(0, min(n, self.next + n - len(self.paths)))
        self.next += n
        return taken, repeats


def kind_paths(store: Path, base: str) -> dict[str, list[str]]:
    """``/doc/`` path of every thing of each kind (its IRI under ``base``/id/, no hash IRIs)."""
    handle = ox.Store.read_only(str(store))
    found = {}
    for kind, type_iri in KINDS.items():
        rows = handle.query(f"SELECT ?s WHERE {{ ?s a <{type_iri.format(base=base)}> }}")
        found[kind] = sorted(row["s"].value.replace(f"{base}/id/", "/doc/", 1) for row in rows
                             if row["s"].value.startswith(f"{base}/id/") and "#" not in row["s"].value)
    del handle
    return found


def get(conn: http.client.HTTPConnection, path: str, accept: str) -> tuple[http.client.HTTPResponse, float]:
    """The answer to one GET, body read, and its milliseconds. A keep-alive connection the server closed
    while idle (gunicorn after 2 s) fails on first use: it is reopened and the request sent again, once."""
    for attempt in (1, 2):
        start = time.perf_counter()
        try:
            conn.request("GET", path, headers={"Accept": accept})
            response = conn.getresponse()
            response.read()
            return response, (time.perf_counter() - start) * 1000
        except (http.client.RemoteDisconnected, ConnectionResetError, BrokenPipeError):
            conn.close()
            if attempt == 2:
                raise
    raise AssertionError("unreachable")


def run_cell(base: str, gets: Sequence[Get], connections: int, limit_s: float) -> Cell:
    """GET every request once, ``connections`` at a time (keep-alive, reconnecting when the server closes),
    until done or ``limit_s``; an answer other than 200 with the asked media type counts as failed."""
    cell, lock = Cell(), threading.Lock()
    queue = iter(list(gets))
    host, port = base.removeprefix("http://").split(":")
    deadline = time.monotonic() + limit_s

    def client() -> None:
        conn = http.client.HTTPConnection(host, int(port), timeout=60)
        while time.monotonic() < deadline:
            with lock:
                request = next(queue, None)
            if request is None:
                break
            try:
                response, ms = get(conn, request.path, request.accept)
            except (OSError, http.client.HTTPException) as error:
                conn.close()
                with lock:
                    cell.failed.append(f"{request.path}: {error!r}")
                continue
            kind = (response.getheader("Content-Type") or "").split(";")[0]
            with lock:
                if response.status != 200 or kind != request.accept:
                    cell.failed.append(f"{request.path}: {response.status} {kind}")
                else:
                    cell.latencies.setdefault(request.label, []).append(ms)
                status = response.getheader("X-Cache-Status")
                if status:
                    cell.cache[status] = cell.cache.get(status, 0) + 1
        conn.close()

    threads = [threading.Thread(target=client) for _ in range(connections)]
    cpu, start = time.process_time(), time.perf_counter()
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    cell.seconds, cell.client_cpu_s = time.perf_counter() - start, time.process_time() - cpu
    return cell


def taking_turns(targets: dict[str, tuple[str, str, str]], rounds: int) -> dict[str, list[float]]:
    """Latency (ms) of each target, one request at a time, target after target, ``rounds`` times; one
    keep-alive connection per target. ``targets``: name -> (base URL, path, media type)."""
    conns = {name: http.client.HTTPConnection(*base.removeprefix("http://").split(":"), timeout=60)
             for name, (base, _, _) in targets.items()}
    samples: dict[str, list[float]] = {name: [] for name in targets}
    for round_ in range(rounds + 1):  # round 0 opens the connections and warms up: not counted
        for name, (_, path, accept) in targets.items():
            response, ms = get(conns[name], path, accept)
            if response.status != 200:
                raise RuntimeError(f"{name} {path}: {response.status}")
            if round_:
                samples[name].append(ms)
    for conn in conns.values():
        conn.close()
    return samples


def app_command(server: str, out: Path, port: int, base: str) -> tuple[list[str], dict[str, str]]:
    """Command and environment of the app under ``server``; all have 2 workers, as ``serve`` ships, and
    log every request (gthread and granian with 4 threads a worker: ``serve``'s QUERY_WORKERS + 2)."""
    env = {**os.environ, "VLAQ_SPARQL_ENDPOINT": "", "VLAQ_OUT": str(out), "VLAQ_BASE_URI": base}
    if server == "gthread":
        return [str(VENV_BIN / "vlaq-lod"), "serve", "--out", str(out), "--port", str(port)], env
    if server == "sync":
        return [str(VENV_BIN / "gunicorn"), "--bind", f"127.0.0.1:{port}", "--workers", "2",
                "--worker-class", "sync", "--timeout", "40", "--access-logfile", "-",
                "vlaq_lod.web:create_app()"], env
    if server == "granian":
        return [str(VENV_BIN / "granian"), "--interface", "wsgi", "--host", "127.0.0.1", "--port", str(port),
                "--workers", "2", "--blocking-threads", "4", "--access-log", "--factory",
                "vlaq_lod.web:create_app"], env
    raise ValueError(f"unknown server {server!r}: gthread, sync or granian")


def app(server: str, out: Path, base: str) -> AbstractContextManager[str]:
    port = free_port()
    command, env = app_command(server, out, port, base)
    return running(command, port, env, startup=120)


@contextmanager
def production(out: Path, base: str) -> Iterator[str]:
    """nginx with the shipped cache snippet, in front of its own ``vlaq-lod serve``; empty cache."""
    with app("gthread", out, base) as upstream, tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        os.chmod(root, 0o755)  # nginx workers run as another user unless root
        (root / "static").mkdir()
        with nginx(root, int(upstream.rsplit(":", 1)[1])) as (_, cached):
            yield cached


def oxigraph(store: Path) -> AbstractContextManager[str]:
    port = free_port()
    return running([str(VENV_BIN / "oxigraph"), "serve-read-only", "--location", str(store),
                    "--bind", f"127.0.0.1:{port}"], port)


@dataclass(frozen=True)
class Plan:
    html: int
    turtle: int
    mix: int
    hot: int
    connections: int
    cell_seconds: float


def cells(setup: str, pools: dict[str, Pool], counts: dict[str, int], plan: Plan, hot_path: str,
          seed: int) -> dict[str, tuple[list[Get], int]]:
    """Every cell of one set-up: name -> (requests, repeats). The crawl cells take fresh paths."""
    found: dict[str, tuple[list[Get], int]] = {}
    for kind, pool in pools.items():
        for fmt, accept in FORMATS.items():
            n = len(pool.paths) if kind == "person" else (plan.html if fmt == "HTML" else plan.turtle)
            paths, repeats = pool.take(n)  # every person: there are few
            found[f"{kind} {fmt}"] = ([Get(kind, path, accept) for path in paths], repeats)
    rng = random.Random(seed)
    kinds = rng.choices(list(counts), weights=list(counts.values()), k=plan.mix)
    mix, repeats = [], 0
    for i, kind in enumerate(kinds):
        (path,), repeated = pools[kind].take(1)
        fmt = "HTML" if i % 2 == 0 else "Turtle"
        mix.append(Get(f"{kind} {fmt}", path, FORMATS[fmt]))
        repeats += repeated
    found["mix"] = (mix, repeats)
    for fmt, accept in FORMATS.items():
        n = plan.hot if fmt == "Turtle" or setup == "nginx" else plan.html
        found[f"hot question {fmt}"] = ([Get("hot", hot_path, accept)] * n, 0)
    if setup != "nginx":
        found["/robots.txt"] = ([Get("robots", "/robots.txt", "text/plain")] * plan.hot, 0)
    return found


def summary(values: list[float], digits: int = 1) -> str:
    """Median of the repeats, with their range."""
    if len(values) == 1:
        return f"{values[0]:,.{digits}f}"
    return f"{statistics.median(values):,.{digits}f} ({min(values):,.{digits}f}-{max(values):,.{digits}f})"


def verdict(setup: str, name: str, stats: dict[str, list[float]]) -> str:
    """Issue 18's targets for the app alone (gthread, as shipped) and behind the cold nginx cache."""
    kind, _, fmt = name.partition(" ")
    if kind not in KINDS:
        return ""
    p50, p99, rps = (statistics.median(stats[k]) for k in ("p50", "p99", "rps"))
    if setup == "nginx":
        return "met" if p99 < CACHE_P99_MS else "NOT met"
    if setup != "gthread":
        return ""
    if fmt == "HTML":
        met = p50 <= HTML_TARGET["p50"] and p99 <= HTML_TARGET["p99"] and rps >= HTML_TARGET["rps"]
    else:
        met = rps >= TURTLE_TARGET_RPS
    return "met" if met else "NOT met"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--triples", type=int, default=1_000_000)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--servers", nargs="+", default=["gthread"], choices=["gthread", "sync", "granian"])
    parser.add_argument("--no-nginx", action="store_true", help="leave out the production set-up")
    parser.add_argument("--html", type=int, default=40, help="HTML pages per kind and cell")
    parser.add_argument("--turtle", type=int, default=200, help="Turtle pages per kind and cell")
    parser.add_argument("--mix", type=int, default=100, help="requests in the mixed cell")
    parser.add_argument("--hot", type=int, default=500, help="requests in the hot cells (Turtle, robots)")
    parser.add_argument("--rounds", type=int, default=200, help="rounds of the fixed-cost references")
    parser.add_argument("--connections", type=int, default=4)
    parser.add_argument("--cell-seconds", type=float, default=60.0, help="a cell stops taking requests then")
    parser.add_argument("--only", nargs="+", help="only the cells whose name starts with one of these")
    parser.add_argument("--json", type=Path, help="write every cell's figures here")
    args = parser.parse_args()
    out = archive(args.triples)
    build = json.loads((out / "current" / "build.json").read_text())
    base, store = build["base_uri"], (out / "current" / "store").resolve()
    paths = kind_paths(store, base)
    counts = {kind: len(found) for kind, found in paths.items()}
    plan = Plan(args.html, args.turtle, args.mix, args.hot, args.connections, args.cell_seconds)
    setups = [*args.servers, *([] if args.no_nginx else ["nginx"])]
    # every set-up crawls its own shuffle; the pools of one set-up never hand out a path twice
    pools = {setup: {kind: Pool(found, seed=10 * i + j) for j, (kind, found) in enumerate(paths.items())}
             for i, setup in enumerate(setups)}
    hot_path = paths["question"][len(paths["question"]) // 2]
    print(f"{machine()}\narchive {out.name}: {build['counts']['triples']:,} triples; "
          + ", ".join(f"{n:,} {kind}s" for kind, n in counts.items())
          + f"\nset-ups {', '.join(setups)}; {args.connections} connections; per cell HTML {args.html}, "
          f"Turtle {args.turtle}, mix {args.mix}, hot {args.hot}; {args.repeat} repeats", flush=True)
    results: dict[str, dict[str, dict[str, list[float]]]] = {}
    fixed: dict[str, list[float]] = {}
    notes: list[str] = []
    for repeat in range(args.repeat):
        print(f"\nrepeat {repeat + 1}: {machine()}", flush=True)
        with ExitStack() as stack:
            bases = {setup: stack.enter_context(production(out, base) if setup == "nginx"
                                                else app(setup, out, base)) for setup in setups}
            raw = stack.enter_context(oxigraph(store))
            targets = {"oxigraph ASK {}": (raw, "/query?query=ASK%7B%7D", SPARQL_JSON)}
            for setup in args.servers:
                targets[f"{setup} /robots.txt"] = (bases[setup], "/robots.txt", "text/plain")
                targets[f"{setup} ASK {{}}"] = (bases[setup], ASK, SPARQL_JSON)
            # fixed cost first, while every set-up is idle
            for name, samples in taking_turns(targets, args.rounds).items():
                fixed.setdefault(name, []).append(statistics.median(samples))
            print("  fixed cost (p50 ms): " + ", ".join(f"{n} {fixed[n][-1]:.2f}" for n in targets),
                  flush=True)
            planned = {setup: cells(setup, pools[setup], counts, plan, hot_path, seed=repeat)
                       for setup in setups}
            order = setups[repeat % len(setups):] + setups[:repeat % len(setups)]
            for name in dict.fromkeys(name for setup in setups for name in planned[setup]):
                if args.only and not any(name.startswith(prefix) for prefix in args.only):
                    continue
                for setup in order:
                    if name not in planned[setup]:
                        continue
                    gets, repeats = planned[setup][name]
                    if name.startswith("hot"):  # one unmeasured request fills nginx's cache: the cell
                        run_cell(bases[setup], gets[:1], 1, plan.cell_seconds)  # measures hits, not its lock
                    cell = run_cell(bases[setup], gets, plan.connections, plan.cell_seconds)
                    done = cell.all
                    if not done:
                        notes.append(f"{setup} {name}: nothing answered ({cell.failed[:3]})")
                        continue
                    stats = results.setdefault(setup, {}).setdefault(name, {})
                    figures = {"p50": percentile(done, 50), "p95": percentile(done, 95),
                               "p99": percentile(done, 99), "rps": cell.rps, "n": len(done),
                               "failed": len(cell.failed), "client_cpu": cell.client_cpu_s / cell.seconds,
                               "repeats": repeats, "hits": cell.cache.get("HIT", 0),
                               "misses": cell.cache.get("MISS", 0)}
                    for key, value in figures.items():
                        stats.setdefault(key, []).append(value)
                    for label, values in cell.latencies.items():
                        if name == "mix":
                            stats.setdefault(f"p50 {label}", []).append(percentile(values, 50))
                    if cell.failed:
                        notes.append(f"{setup} {name}: {len(cell.failed)} failed, e.g. {cell.failed[0]}")
                    if len(done) < len(gets):
                        notes.append(f"{setup} {name}: {len(done)} of {len(gets)} in {plan.cell_seconds:g} s")
                    cache = f", cache {cell.cache}" if cell.cache else ""
                    print(f"  {setup:8} {name:22} n {len(done):4}  {cell.rps:8,.1f} req/s  p50 "
                          f"{figures['p50']:7.1f}  p95 {figures['p95']:7.1f}  p99 {figures['p99']:7.1f} ms  "
                          f"client CPU {figures['client_cpu']:.0%}{cache}", flush=True)
    report(results, fixed, setups, notes)
    if args.json:
        args.json.write_text(json.dumps({"results": results, "fixed": fixed, "notes": notes}, indent=1))


def report(results: dict[str, dict[str, dict[str, list[float]]]], fixed: dict[str, list[float]],
           setups: list[str], notes: list[str]) -> None:
    """The tables docs/benchmarks.md shows: per cell, the median of the repeats and their range."""
    print("\n| set-up | cell | requests | requests/s | p50 ms | p95 ms | p99 ms | target | repeats | "
          "failed |")
    print("|---|---|---:|---:|---:|---:|---:|---|---:|---:|")
    for setup in setups:
        for name, stats in results.get(setup, {}).items():
            print(f"| {setup} | {name} | {int(sum(stats['n'])):,} | {summary(stats['rps'])} | "
                  f"{summary(stats['p50'])} | {summary(stats['p95'])} | {summary(stats['p99'])} | "
                  f"{verdict(setup, name, stats)} | {int(sum(stats['repeats']))} | "
                  f"{int(sum(stats['failed']))} |")
    mixed = [(setup, key, values) for setup in setups
             for key, values in results.get(setup, {}).get("mix", {}).items() if key.startswith("p50 ")]
    if mixed:
        print("\n| set-up | in the mix | p50 ms |\n|---|---|---:|")
        for setup, key, values in mixed:
            print(f"| {setup} | {key.removeprefix('p50 ')} | {summary(values)} |")
    reference = fixed["oxigraph ASK {}"]
    print(f"\n| one request at a time, p50 ms | median (range) | above raw Oxigraph ASK {{}} | "
          f"target <= {FIXED_COST_MS} ms |\n|---|---:|---:|---|")
    for name, values in fixed.items():
        above = [v - r for v, r in zip(values, reference, strict=True)]
        met = "" if name.startswith("oxigraph") else ("met" if statistics.median(above) <= FIXED_COST_MS
                                                       else "NOT met")
        print(f"| {name} | {summary(values, 2)} | {summary(above, 2) if met else ''} | {met} |")
    for note in dict.fromkeys(notes):
        print(f"note: {note}")


if __name__ == "__main__":
    main()
