"""SPARQL at archive scale: vlaq-lod's /sparql against the raw Oxigraph server and rdflib-endpoint.

On a synthetic archive in the real vocabulary (``bench/archive.py``: the seed build's questions,
answers, data sets and observations copied under new keys up to ``--triples``), five query classes
run through three servers on 127.0.0.1, all up at once and taking turns query by query (so a
neighbour's burst of load on this shared machine falls on all three), after unmeasured warm-ups:

* ``oxigraph serve-read-only`` on the archive's store: the reference;
* ``vlaq-lod serve`` (gunicorn) on the same store: /sparql, i.e. the refusals, a killable worker
  process, the result cap and re-serialisation on top of the same engine;
* ``rdflib-endpoint serve`` on the same triples (``archive.nt``, loaded into rdflib's memory store).

Reported per class: the median latency of ``--repeat`` runs (``--rdflib-repeat`` for rdflib, whose
heavy queries take seconds; ``--describe-repeat`` for the one light class, where a few ms of noise
is the whole difference) and both ratios to Oxigraph. Target: vlaq-lod at most 1.5x Oxigraph.

``--baseline SRC`` adds a fourth server: ``vlaq-lod serve`` run from another source tree (``SRC`` on
``PYTHONPATH``, e.g. ``git archive <commit>`` unpacked), taking turns with the others, to compare
two versions of the code in one run. ``--floor`` then times, in turn with Oxigraph's describe,
``/robots.txt``, ``ASK {}`` and the describe on each vlaq-lod server: what any answer of gunicorn and
Flask costs, what the query process adds, what the query adds.

    .venv/bin/python bench/sparql_scale_bench.py --triples 1000000
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
import time
import urllib.parse
import urllib.request
from collections.abc import Callable
from contextlib import AbstractContextManager, ExitStack
from pathlib import Path

from archive import BASE, archive, machine, question_path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))
from servers import VENV_BIN, free_port, running  # noqa: E402  (tests/servers.py: loopback, stopped by PID)

PREFIXES = """PREFIX qb: <http://purl.org/linked-data/cube#>
PREFIX sdmx-measure: <http://purl.org/linked-data/sdmx/2009/measure#>
PREFIX sdmx-attribute: <http://purl.org/linked-data/sdmx/2009/attribute#>
PREFIX dcterms: <http://purl.org/dc/terms/>
PREFIX schema: <https://schema.org/>
PREFIX prov: <http://www.w3.org/ns/prov#>
"""
TARGET = 1.5  # vlaq-lod's /sparql at most this many times the raw Oxigraph server
LIGHT = "describe one resource"


def queries(triples: int) -> dict[str, str]:
    """The five classes; the described question is one from the middle of the archive (~2,000 triples
    a copy), the OFFSET a tenth of the triples (about half of the rdf:type statements)."""
    question = f"{BASE}{question_path(triples // 4000)}".replace("/doc/", "/id/")
    return {
        "describe one resource": f"SELECT ?p ?o WHERE {{ <{question}> ?p ?o }}",
        "aggregate all observations": PREFIXES + (
            "SELECT ?unit (COUNT(?obs) AS ?n) (SUM(?v) AS ?total) WHERE { ?obs qb:dataSet ?ds ; "
            "sdmx-measure:obsValue ?v ; sdmx-attribute:unitMeasure ?unit } GROUP BY ?unit"),
        "text filter over all titles": PREFIXES + (
            'SELECT ?s ?t WHERE { ?s dcterms:title|schema:name ?t '
            'FILTER(CONTAINS(LCASE(STR(?t)), "oproepen")) }'),
        "two-hop join": PREFIXES + (  # observation -> answer part -> answer
            "SELECT ?answer (COUNT(?obs) AS ?n) WHERE { ?obs a qb:Observation ; prov:wasDerivedFrom ?part . "
            "?part schema:isPartOf ?answer } GROUP BY ?answer"),
        "ORDER BY, deep OFFSET": (
            f"SELECT ?s ?type WHERE {{ ?s a ?type }} ORDER BY ?s OFFSET {triples // 10} LIMIT 10"),
    }


def ask(endpoint: str, query: str) -> tuple[float, int]:
    """Milliseconds for one query over HTTP (GET, SPARQL JSON, body read to the end) and its row count."""
    elapsed, body = fetch(f"{endpoint}?{urllib.parse.urlencode({'query': query})}")
    return elapsed, len(json.loads(body)["results"]["bindings"])


def fetch(url: str) -> tuple[float, bytes]:
    """Milliseconds for one GET of ``url`` asking for SPARQL JSON (body read to the end), and the body."""
    request = urllib.request.Request(url, headers={"Accept": "application/sparql-results+json"})
    start = time.perf_counter()
    with urllib.request.urlopen(request, timeout=900) as response:
        body = response.read()
    return (time.perf_counter() - start) * 1000, body


def measure(endpoints: dict[str, str], texts: dict[str, str], repeats: dict[str, dict[str, int]]
            ) -> dict[str, dict[str, tuple[float, int]]]:
    """Per server and class: median ms and row count (``repeats[class][server]`` runs). The servers
    take turns query by query (one unmeasured warm-up each, then round after round), so a neighbour's
    burst of load on this shared machine falls on all of them rather than on whichever happened to run
    at the time."""
    samples: dict[str, dict[str, list[float]]] = {name: {} for name in endpoints}
    rows: dict[str, dict[str, int]] = {name: {} for name in endpoints}
    for query_name, query in texts.items():
        for name, endpoint in endpoints.items():
            rows[name][query_name] = ask(endpoint, query)[1]
        for round_ in range(max(repeats[query_name].values())):
            for name, endpoint in endpoints.items():
                if round_ < repeats[query_name][name]:
                    samples[name].setdefault(query_name, []).append(ask(endpoint, query)[0])
        print(f"  {query_name}: " + ", ".join(f"{name} {statistics.median(samples[name][query_name]):.1f} ms"
                                             for name in endpoints), flush=True)
    return {name: {q: (statistics.median(samples[name][q]), rows[name][q]) for q in texts}
            for name in endpoints}


def floors(endpoints: dict[str, str], describe: str, rounds: int) -> dict[str, float]:
    """Where a light answer's time goes, per vlaq-lod server: median ms of ``/robots.txt`` (gunicorn, Flask
    and this client: the floor of any answer), ``/sparql`` with ``ASK {}`` (plus the view, the guard and
    the round trip to a query process) and the describe query (plus the query and its rows), taking turns
    with Oxigraph's describe, ``rounds`` rounds."""
    urls = {"oxigraph: describe": f"{endpoints['oxigraph']}?{urllib.parse.urlencode({'query': describe})}"}
    for name, endpoint in endpoints.items():
        if name.startswith("vlaq-lod"):
            urls[f"{name}: /robots.txt"] = endpoint.removesuffix("/sparql") + "/robots.txt"
            urls[f"{name}: ASK {{}}"] = f"{endpoint}?{urllib.parse.urlencode({'query': 'ASK {}'})}"
            urls[f"{name}: describe"] = f"{endpoint}?{urllib.parse.urlencode({'query': describe})}"
    samples: dict[str, list[float]] = {label: [] for label in urls}
    for _ in range(rounds):
        for label, url in urls.items():
            samples[label].append(fetch(url)[0])
    return {label: statistics.median(times) for label, times in samples.items()}


Server = tuple[Callable[[], AbstractContextManager[str]], str]


def servers(out: Path, baseline: Path | None) -> dict[str, Server]:
    """Each server: (context giving its base URL, query path)."""
    store = str((out / "current" / "store").resolve())

    def oxigraph() -> AbstractContextManager[str]:
        port = free_port()
        return running([str(VENV_BIN / "oxigraph"), "serve-read-only", "--location", store,
                        "--bind", f"127.0.0.1:{port}"], port)

    def vlaq(source: Path | None = None) -> AbstractContextManager[str]:
        port = free_port()
        env = {**os.environ, "VLAQ_SPARQL_ENDPOINT": "", "VLAQ_QUERY_TIMEOUT": "900",
               **({"PYTHONPATH": str(source)} if source else {})}
        return running([str(VENV_BIN / "vlaq-lod"), "serve", "--out", str(out), "--port", str(port)],
                       port, env)

    def rdflib_endpoint() -> AbstractContextManager[str]:
        port = free_port()
        return running([str(VENV_BIN / "rdflib-endpoint"), "serve", str(out / "archive.nt"),
                        "--host", "127.0.0.1", "--port", str(port)], port, startup=1800)

    chosen = {"oxigraph": (oxigraph, "/query"), "vlaq-lod": (vlaq, "/sparql"),
              "rdflib-endpoint": (rdflib_endpoint, "/")}
    if baseline:
        chosen["vlaq-lod baseline"] = (lambda: vlaq(baseline), "/sparql")
    return chosen


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--triples", type=int, default=1_000_000)
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--rdflib-repeat", type=int, default=3)
    parser.add_argument("--describe-repeat", type=int, default=30, help="runs of the light class, per server")
    parser.add_argument("--skip-rdflib", action="store_true", help="only vlaq-lod and Oxigraph")
    parser.add_argument("--baseline", type=Path, help="also serve /sparql from this source tree (its src/)")
    parser.add_argument("--only", action="append", help="only this class (repeatable; a prefix)")
    parser.add_argument("--floor", action="store_true",
                        help="also time /robots.txt and ASK {} on vlaq-lod beside the describe class")
    args = parser.parse_args()
    out = archive(args.triples)
    triples = json.loads((out / "current" / "build.json").read_text())["counts"]["triples"]
    every = queries(triples)
    texts = {name: text for name, text in every.items()
             if not args.only or any(name.startswith(prefix) for prefix in args.only)}
    print(f"{machine()}\narchive: {triples} triples in {out}", flush=True)
    chosen = {name: server for name, server in servers(out, args.baseline and args.baseline / "src").items()
              if not (args.skip_rdflib and name == "rdflib-endpoint")}
    def runs(query: str, name: str) -> int:
        if query == LIGHT:
            return args.describe_repeat
        return args.rdflib_repeat if name == "rdflib-endpoint" else args.repeat

    repeats = {query: {name: runs(query, name) for name in chosen} for query in texts}
    with ExitStack() as stack:
        endpoints = {name: stack.enter_context(start()) + path for name, (start, path) in chosen.items()}
        for name in endpoints:
            for _ in range(4):  # each vlaq-lod's two gunicorn workers start their query processes
                ask(endpoints[name], every[LIGHT])
        results = measure(endpoints, texts, repeats)
        floor = floors(endpoints, every[LIGHT], args.describe_repeat) if args.floor else {}
    print(f"\n| query | Oxigraph ms | vlaq-lod ms | vlaq-lod / Oxigraph | target <= {TARGET} | "
          "rdflib-endpoint ms | rdflib / Oxigraph | rows |")
    print("|---|---:|---:|---:|---|---:|---:|---:|")
    for name in texts:
        ox_ms, rows = results["oxigraph"][name]
        vlaq_ms = results["vlaq-lod"][name][0]
        ratio = vlaq_ms / ox_ms
        rd = results.get("rdflib-endpoint", {}).get(name)
        rd_cells = f"{rd[0]:,.1f} | {rd[0] / ox_ms:.1f}" if rd else "not run | "
        same = all(r[name][1] == rows for r in results.values())
        verdict = "met" if ratio <= TARGET else "NOT met"
        print(f"| {name} | {ox_ms:,.1f} | {vlaq_ms:,.1f} | {ratio:.2f} | {verdict} | {rd_cells} | {rows}"
              f"{'' if same else ' (servers disagree!)'} |")
    if "vlaq-lod baseline" in results:
        print("\n| query | baseline ms | baseline / Oxigraph | vlaq-lod / baseline |\n|---|---:|---:|---:|")
        for name in texts:
            base_ms = results["vlaq-lod baseline"][name][0]
            print(f"| {name} | {base_ms:,.1f} | {base_ms / results['oxigraph'][name][0]:.2f} | "
                  f"{results['vlaq-lod'][name][0] / base_ms:.2f} |")

    if floor:
        print(f"\n| request ({args.describe_repeat} rounds, in turn) | median ms | / Oxigraph's describe |")
        print("|---|---:|---:|")
        for label, ms in floor.items():
            print(f"| {label} | {ms:.2f} | {ms / floor['oxigraph: describe']:.2f} |")


if __name__ == "__main__":
    main()
