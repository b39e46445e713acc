"""SPARQL at archive scale: vlaq-lod's /sparql against the raw Oxigraph server and rdflib-endpoint.

On a synthetic archive in the real vocabulary (``bench/archive.py``: the seed build's questions,
answers, data sets and observations copied under new keys up to ``--triples``), five query classes
run through three servers on 127.0.0.1, one server at a time, each after unmeasured warm-ups:

* ``oxigraph serve-read-only`` on the archive's store: the reference;
* ``vlaq-lod serve`` (gunicorn) on the same store: /sparql, i.e. the refusals, a killable worker
  process, the result cap and re-serialisation on top of the same engine;
* ``rdflib-endpoint serve`` on the same triples (``archive.nt``, loaded into rdflib's memory store).

Reported per class: the median latency of ``--repeat`` runs (``--rdflib-repeat`` for rdflib, whose
heavy queries take seconds) and both ratios to Oxigraph. Target: vlaq-lod at most 1.5x Oxigraph.

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
from collections.abc import Callable, Iterator
from contextlib import AbstractContextManager
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
    url = f"{endpoint}?{urllib.parse.urlencode({'query': query})}"
    request = urllib.request.Request(url, headers={"Accept": "application/sparql-results+json"})
    start = time.perf_counter()
    with urllib.request.urlopen(request, timeout=900) as response:
        body = response.read()
    elapsed = (time.perf_counter() - start) * 1000
    return elapsed, len(json.loads(body)["results"]["bindings"])


def measure(endpoint: str, texts: dict[str, str], repeat: int, warmup: int) -> dict[str, tuple[float, int]]:
    """Per class: median ms of ``repeat`` runs after ``warmup`` unmeasured ones, and the row count."""
    found = {}
    for name, query in texts.items():
        rows = [ask(endpoint, query)[1] for _ in range(warmup)][-1]
        found[name] = (statistics.median(ask(endpoint, query)[0] for _ in range(repeat)), rows)
        print(f"  {name}: {found[name][0]:.1f} ms, {rows} rows", flush=True)
    return found


def servers(out: Path) -> Iterator[tuple[str, Callable[[], AbstractContextManager[str]], str, int]]:
    """(name, server context giving its base URL, query path, warm-up runs) for the three servers, in
    run order. vlaq-lod warms up four times: each of its two gunicorn workers starts its query
    processes on its first public query, and the requests are spread over both."""
    store = str((out / "current" / "store").resolve())

    def oxigraph() -> AbstractContextManager[str]:
        port = free_port()
        return running([str(VENV_BIN / "oxigraph"), "serve-read-only", "--location", store,
                        "--bind", f"127.0.0.1:{port}"], port)

    def vlaq() -> AbstractContextManager[str]:
        port = free_port()
        env = {**os.environ, "VLAQ_SPARQL_ENDPOINT": "", "VLAQ_QUERY_TIMEOUT": "900"}
        return running([str(VENV_BIN / "vlaq-lod"), "serve", "--out", str(out), "--port", str(port)],
                       port, env)

    def rdflib_endpoint() -> AbstractContextManager[str]:
        port = free_port()
        return running([str(VENV_BIN / "rdflib-endpoint"), "serve", str(out / "archive.nt"),
                        "--host", "127.0.0.1", "--port", str(port)], port, startup=1800)

    yield "oxigraph", oxigraph, "/query", 1
    yield "vlaq-lod", vlaq, "/sparql", 4
    yield "rdflib-endpoint", rdflib_endpoint, "/", 1


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--triples", type=int, default=1_000_000)
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--rdflib-repeat", type=int, default=3)
    parser.add_argument("--skip-rdflib", action="store_true", help="only vlaq-lod and Oxigraph")
    args = parser.parse_args()
    out = archive(args.triples)
    triples = json.loads((out / "current" / "build.json").read_text())["counts"]["triples"]
    texts = queries(triples)
    print(f"{machine()}\narchive: {triples} triples in {out}", flush=True)
    results: dict[str, dict[str, tuple[float, int]]] = {}
    for name, server, path, warmup in servers(out):
        if name == "rdflib-endpoint" and args.skip_rdflib:
            continue
        print(f"{name}:", flush=True)
        with server() as url:
            repeat = args.rdflib_repeat if name == "rdflib-endpoint" else args.repeat
            results[name] = measure(url + path, texts, repeat, warmup)
    print(f"\n| query | Oxigraph ms | vlaq-lod ms | vlaq-lod / Oxigraph | target <= {TARGET} | "
          "rdflib-endpoint ms | rdflib / Oxigraph | rows |")
    print("|---|---:|---:|---:|---|---:|---:|---:|")
    for name in texts:
        ox_ms, rows = results["oxigraph"][name]
        vlaq_ms, vlaq_rows = results["vlaq-lod"][name]
        ratio = vlaq_ms / ox_ms
        rd = results.get("rdflib-endpoint", {}).get(name)
        rd_cells = f"{rd[0]:,.1f} | {rd[0] / ox_ms:.1f}" if rd else "not run | "
        same = all(r[name][1] == rows for r in results.values())
        verdict = "met" if ratio <= TARGET else "NOT met"
        print(f"| {name} | {ox_ms:,.1f} | {vlaq_ms:,.1f} | {ratio:.2f} | {verdict} | {rd_cells} | {rows}"
              f"{'' if same else ' (servers disagree!)'} |")


if __name__ == "__main__":
    main()
