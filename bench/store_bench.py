"""Which embedded store should a build ship? Measure, don't guess.

Compares rdflib's Memory store, Oxigraph in memory and Oxigraph on disk on the
same synthetic cube (shaped like ours: observations with a dataset, a period, a
channel, a value and a quote), each in its own process so that peak memory is
that store's alone. Reported per store: time to make it ready to query (load,
or open for the on-disk store that a build has already written), peak RSS, and
the median latency of four query classes the web layer and researchers run.

    python bench/store_bench.py --triples 1000000

Times are also given as ratios to Oxigraph-in-memory measured in the same run,
because this machine is shared and absolute numbers drift.
"""

from __future__ import annotations

import argparse
import json
import platform
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

EX = "http://bench.example/"
QUERIES = {
    "describe one resource": f"SELECT ?p ?o WHERE {{ <{EX}obs/4242> ?p ?o }}",
    "aggregate all observations": (
        f"SELECT ?ch (SUM(?v) AS ?total) WHERE {{ ?o <{EX}channel> ?ch ; <{EX}value> ?v }} GROUP BY ?ch"
    ),
    "text filter over labels": (
        f'SELECT ?o WHERE {{ ?o <{EX}label> ?l FILTER(CONTAINS(?l, "kanaal 7 jaar 2019")) }}'
    ),
    "order by with deep offset": (
        f"SELECT ?o ?v WHERE {{ ?o <{EX}value> ?v }} ORDER BY ?o OFFSET 50000 LIMIT 10"
    ),
}
STORES = ("rdflib-memory", "oxigraph-memory", "oxigraph-disk")


def write_ntriples(path: Path, triples: int) -> int:
    """Six triples per observation; returns the number written."""
    observations = triples // 6
    with path.open("w", encoding="utf-8") as out:
        for i in range(observations):
            s = f"<{EX}obs/{i}>"
            out.write(f"{s} <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <{EX}Observation> .\n")
            out.write(f"{s} <{EX}dataSet> <{EX}ds/{i % 97}> .\n")
            out.write(f'{s} <{EX}period> "{2000 + i % 25}"^^<http://www.w3.org/2001/XMLSchema#gYear> .\n')
            out.write(f"{s} <{EX}channel> <{EX}channel/{i % 13}> .\n")
            out.write(f'{s} <{EX}value> "{i * 7 % 100003}"^^<http://www.w3.org/2001/XMLSchema#integer> .\n')
            out.write(f'{s} <{EX}label> "waarneming {i} kanaal {i % 13} jaar {2000 + i % 25}"@nl .\n')
    return observations * 6


def prepare_disk_store(nt: Path, location: Path) -> None:
    """What a build does once: bulk-load the dump into an on-disk store."""
    import pyoxigraph

    store = pyoxigraph.Store(str(location))
    store.bulk_load(path=str(nt), format=pyoxigraph.RdfFormat.N_TRIPLES)
    store.flush()
    store.optimize()


def open_store(kind: str, nt: Path, location: Path):
    """Return a function that runs a SELECT and materialises its rows."""
    if kind == "rdflib-memory":
        import rdflib

        graph = rdflib.Graph()
        graph.parse(nt, format="nt")
        return lambda q: list(graph.query(q))
    import pyoxigraph

    if kind == "oxigraph-memory":
        store = pyoxigraph.Store()
        store.bulk_load(path=str(nt), format=pyoxigraph.RdfFormat.N_TRIPLES)
    else:
        store = pyoxigraph.Store.read_only(str(location))
    return lambda q: list(store.query(q))


def measure_one(kind: str, nt: Path, location: Path, repeats: int) -> dict:
    started = time.perf_counter()
    run = open_store(kind, nt, location)
    ready = time.perf_counter() - started
    latencies = {}
    for name, query in QUERIES.items():
        samples = []
        for _ in range(repeats):
            t0 = time.perf_counter()
            run(query)
            samples.append(time.perf_counter() - t0)
        latencies[name] = statistics.median(samples)
    peak_kib = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return {"store": kind, "ready_s": ready, "peak_rss_mib": peak_kib / 1024, "latency_s": latencies}


def machine() -> str:
    model = next(
        (line.split(":", 1)[1].strip() for line in Path("/proc/cpuinfo").read_text().splitlines()
         if line.startswith("model name")),
        platform.processor() or "unknown CPU",
    )
    import os

    return f"{os.cpu_count()} cores, {platform.machine()}, {model}"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--triples", type=int, default=1_000_000)
    parser.add_argument("--repeats", type=int, default=5)
    parser.add_argument("--only", choices=STORES, help=argparse.SUPPRESS)  # child process mode
    parser.add_argument("--nt", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--location", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()

    if args.only:
        print(json.dumps(measure_one(args.only, args.nt, args.location, args.repeats)))
        return

    with tempfile.TemporaryDirectory() as tmp:
        nt, location = Path(tmp) / "data.nt", Path(tmp) / "store"
        count = write_ntriples(nt, args.triples)
        prepare_disk_store(nt, location)
        results = []
        for kind in STORES:
            out = subprocess.run(
                [sys.executable, __file__, "--only", kind, "--nt", str(nt), "--location", str(location),
                 "--repeats", str(args.repeats)],
                check=True, capture_output=True, text=True,
            )
            results.append(json.loads(out.stdout))
    reference = next(r for r in results if r["store"] == "oxigraph-memory")
    print(f"## Store choice, {count:,} triples, {time.strftime('%Y-%m-%d')}, {machine()}\n")
    print("| store | ready (s) | ratio | peak RSS (MiB) | " + " | ".join(QUERIES) + " |")
    print("|---|---|---|---|" + "---|" * len(QUERIES))
    for r in results:
        cells = [
            f"{r['latency_s'][q] * 1000:.1f} ms ({r['latency_s'][q] / reference['latency_s'][q]:.1f}x)"
            for q in QUERIES
        ]
        print(f"| {r['store']} | {r['ready_s']:.2f} | {r['ready_s'] / reference['ready_s']:.2f}x "
              f"| {r['peak_rss_mib']:.0f} | " + " | ".join(cells) + " |")


if __name__ == "__main__":
    main()
