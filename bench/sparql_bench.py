"""What does the public SPARQL path cost on top of Oxigraph itself?

A public query crosses a process boundary (so it can be killed at the timeout) and
is re-serialised under the cap; a trusted query converts every term to rdflib.
This measures, on a synthetic cube of ``--triples`` triples in an on-disk store:

* median latency of a light and an aggregate query, three ways: pyoxigraph
  directly (query + SPARQL JSON), ``LocalStore.select`` (trusted, rdflib terms),
  ``LocalStore.public_query`` (worker process, capped, SPARQL JSON);
* how long after a runaway query is killed the endpoint answers again (the kill,
  the worker that takes its place, its first query), over ``--kills`` kills;
* with ``--http`` and ``wrk`` installed: requests per second on ``/sparql`` for the
  light query, gunicorn with two workers on 127.0.0.1.

    python bench/sparql_bench.py --triples 300000 [--http]

Prints a Markdown table. The machine is shared: compare the rows of one run.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.parse
from collections.abc import Callable
from pathlib import Path

import pyoxigraph as ox

from vlaq_lod.store import QueryError
from vlaq_lod.store.local import LocalStore
from vlaq_lod.store.workers import Limits

EX = "http://bench.example/"
LIGHT = f"SELECT ?p ?o WHERE {{ <{EX}obs/4242> ?p ?o }}"
AGGREGATE = f"SELECT ?ch (SUM(?v) AS ?total) WHERE {{ ?o <{EX}channel> ?ch ; <{EX}value> ?v }} GROUP BY ?ch"
RUNAWAY = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }"


def write_build(out: Path, triples: int) -> Path:
    """``out/builds/bench/store`` with five triples per observation, and ``out/current`` -> it."""
    build = out / "builds" / "bench"
    build.mkdir(parents=True)
    (build / "build.json").write_text(json.dumps({"id": "bench"}))
    nt = out / "bench.nt"
    with nt.open("w", encoding="utf-8") as f:
        for i in range(triples // 5):
            s = f"<{EX}obs/{i}>"
            f.write(f"{s} <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <{EX}Observation> .\n")
            f.write(f"{s} <{EX}dataSet> <{EX}ds/{i % 97}> .\n")
            f.write(f"{s} <{EX}channel> <{EX}channel/{i % 13}> .\n")
            f.write(f'{s} <{EX}value> "{i * 7 % 100003}"^^<http://www.w3.org/2001/XMLSchema#integer> .\n')
            f.write(f'{s} <{EX}label> "waarneming {i}"@nl .\n')
    store = ox.Store(str(build / "store"))
    store.bulk_load(path=str(nt), format=ox.RdfFormat.N_TRIPLES)
    store.flush()
    del store
    (out / "current").symlink_to(Path("builds") / "bench")
    return build / "store"


def median_ms(run: Callable[[], object], repeat: int) -> float:
    run()  # warm caches and the worker
    times = []
    for _ in range(repeat):
        started = time.perf_counter()
        run()
        times.append(time.perf_counter() - started)
    return statistics.median(times) * 1000


def recovery_ms(path: Path, kills: int) -> list[float]:
    """From each runaway's 503 (2 s timeout) to the next light answer: the kill, the worker that takes
    the killed one's place, its first query; ``kills`` times, half a second apart."""
    store = LocalStore(path, Limits(timeout=2.0, cap=10_000, workers=1))
    store.public_query(LIGHT, None)
    times = []
    try:
        for _ in range(kills):
            try:
                store.public_query(RUNAWAY, None)
            except QueryError:
                started = time.perf_counter()
                store.public_query(LIGHT, None)
                times.append((time.perf_counter() - started) * 1000)
            else:
                raise RuntimeError("the runaway query finished: use more triples")
            time.sleep(0.5)
    finally:
        store.pool.close()
    return times


def http_rps(out: Path, seconds: int) -> float | None:
    """Requests per second for the light query on /sparql (gunicorn, 2 workers), or None without wrk."""
    if shutil.which("wrk") is None:
        return None
    sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))
    from servers import VENV_BIN, free_port, running

    port = free_port()
    env = {**os.environ, "VLAQ_OUT": str(out), "VLAQ_SPARQL_ENDPOINT": ""}
    command = [str(VENV_BIN / "gunicorn"), "--bind", f"127.0.0.1:{port}", "--workers", "2",
               "vlaq_lod.web:create_app()"]
    with running(command, port, env) as url:
        target = f"{url}/sparql?query={urllib.parse.quote(LIGHT)}"
        for _ in range(4):  # start each gunicorn worker's query processes
            subprocess.run(["curl", "-s", "-o", "/dev/null", target], check=False)
        done = subprocess.run(["wrk", "-t2", "-c8", f"-d{seconds}s", target], capture_output=True, text=True)
    line = next(x for x in done.stdout.splitlines() if x.startswith("Requests/sec:"))
    return float(line.split()[1])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--triples", type=int, default=300_000)
    parser.add_argument("--repeat", type=int, default=50)
    parser.add_argument("--kills", type=int, default=5, help="runaways killed to time the next answer")
    parser.add_argument("--http", action="store_true", help="also measure /sparql with wrk")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp)
        path = write_build(out, args.triples)
        direct = ox.Store.read_only(str(path))
        store = LocalStore(path, Limits(timeout=600.0, cap=10_000, workers=1))
        print(f"{args.triples:,} triples, Python {sys.version.split()[0]}, pyoxigraph {ox.__version__}\n")
        print("| query | pyoxigraph direct (ms) | trusted select (ms) | public_query, worker (ms) |")
        print("|---|---:|---:|---:|")
        as_json = ox.QueryResultsFormat.JSON
        for name, query, repeat in (("light", LIGHT, args.repeat), ("aggregate", AGGREGATE, 5)):
            cells = [
                median_ms(lambda q=query: direct.query(q).serialize(format=as_json), repeat),
                median_ms(lambda q=query: store.select(q), repeat),
                median_ms(lambda q=query: store.public_query(q, None), repeat),
            ]
            print(f"| {name} | " + " | ".join(f"{c:.2f}" for c in cells) + " |")
        store.pool.close()
        after_kill = recovery_ms(path, args.kills)
        print(f"\nAnswering again after a kill at the 2 s timeout: median "
              f"{statistics.median(after_kill):.0f} ms ({', '.join(f'{t:.0f}' for t in after_kill)})")
        if args.http:
            rps = http_rps(out, 8)
            print(f"\n/sparql, light query, gunicorn 2 workers, wrk 8 connections: "
                  f"{'wrk not installed' if rps is None else f'{rps:.0f} requests/s'}")


if __name__ == "__main__":
    main()
