"""SPARQL at archive scale: vlaq-lod's /sparql against the raw Oxigraph server and rdflib-endpoint.

On a synthetic archive in the real vocabulary (``bench/archive.py``: the seed build's questions,
answers, data sets and observations copied under new keys up to ``--triples``), five query classes
run through three servers on 127.0.0.1, all up at once and taking turns query by query (so a
neighbour's burst of load on this shared machine falls on all three), after unmeasured warm-ups:

* ``oxigraph serve-read-only`` on the archive's store: the reference;
* ``vlaq-lod serve`` (gunicorn) on the same store, as configured by default (``QUERY_TIMEOUT`` 10 s):
  /sparql, i.e. the refusals, a killable worker process, the result cap and re-serialisation on top of
  the same engine. A class it refuses (503 at its timeout) is reported "refused at the default timeout";
  a second ``vlaq-lod serve`` with the timeout raised (``--raised-timeout``) then answers that class,
  taking turns with the others, and its time is reported beside the refusal;
* ``rdflib-endpoint serve`` on the same triples (``archive.nt``, loaded into rdflib's memory store).

Reported per class: the median latency, and the range, of ``--repeat`` runs (``--rdflib-repeat`` for
rdflib, whose heavy queries take seconds; ``--describe-repeat`` for the one light class, where a few ms
of noise is the whole difference) and both ratios to Oxigraph. Target: vlaq-lod at most 1.5x Oxigraph.

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
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Callable
from contextlib import AbstractContextManager, ExitStack
from dataclasses import dataclass
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
RAISED = "vlaq-lod, raised timeout"


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


@dataclass(frozen=True)
class Answer:
    """One server's answers to one class: latencies (ms) and row count, or its refusal (503) and when."""
    samples: tuple[float, ...] = ()
    rows: int | None = None
    refused_after_ms: float | None = None

    @property
    def median(self) -> float:
        return statistics.median(self.samples)

    def cell(self) -> str:
        """Median (min-max) of the samples in ms, or the refusal."""
        if self.refused_after_ms is not None:
            return f"refused at the default timeout (after {self.refused_after_ms / 1000:.1f} s)"
        return f"{self.median:,.1f} ({min(self.samples):,.1f}-{max(self.samples):,.1f})"


def ask(endpoint: str, query: str) -> tuple[float, int | None]:
    """Milliseconds for one query over HTTP (GET, SPARQL JSON, body read to the end) and its row count;
    None rows when the server refused it with 503 (its query timeout)."""
    elapsed, status, body = fetch(f"{endpoint}?{urllib.parse.urlencode({'query': query})}")
    return elapsed, None if status == 503 else len(json.loads(body)["results"]["bindings"])


def fetch(url: str) -> tuple[float, int, bytes]:
    """Milliseconds for one GET of ``url`` asking for SPARQL JSON (body read to the end), the status
    (200, or the 503 of a refusal; any other error is raised) and the body."""
    request = urllib.request.Request(url, headers={"Accept": "application/sparql-results+json"})
    start = time.perf_counter()
    try:
        with urllib.request.urlopen(request, timeout=900) as response:
            status, body = response.status, response.read()
    except urllib.error.HTTPError as error:
        if error.code != 503:
            raise
        status, body = error.code, error.read()
    return (time.perf_counter() - start) * 1000, status, body


def measure(endpoints: dict[str, str], texts: dict[str, str], repeats: dict[str, dict[str, int]]
            ) -> dict[str, dict[str, Answer]]:
    """Per server and class, its ``Answer`` (``repeats[class][server]`` runs). The servers take turns
    query by query (one unmeasured warm-up each, then round after round), so that a neighbour's burst of
    load on this shared machine falls on all of them rather than on whichever happened to run at the
    time. A server that refuses a class at its warm-up is not asked it again (it would wait out its
    timeout every time); the server with the raised timeout is asked only what vlaq-lod refused."""
    found: dict[str, dict[str, Answer]] = {name: {} for name in endpoints}
    for query_name, query in texts.items():
        rows: dict[str, int] = {}
        for name, endpoint in endpoints.items():
            if name == RAISED and query_name not in found["vlaq-lod"]:  # not refused
                continue
            elapsed, answered = ask(endpoint, query)
            if answered is None:
                found[name][query_name] = Answer(refused_after_ms=elapsed)
            else:
                rows[name] = answered
        samples: dict[str, list[float]] = {name: [] for name in rows}
        for round_ in range(max(repeats[query_name].values())):
            for name in rows:
                if round_ < repeats[query_name][name]:
                    samples[name].append(ask(endpoints[name], query)[0])
        for name in rows:
            found[name][query_name] = Answer(tuple(samples[name]), rows[name])
        print(f"  {query_name}: " + ", ".join(f"{name} {found[name][query_name].cell()}"
                                             for name in endpoints if query_name in found[name]), flush=True)
    return found


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


def servers(out: Path, baseline: Path | None, raised_timeout: float) -> dict[str, Server]:
    """Each server: (context giving its base URL, query path)."""
    store = str((out / "current" / "store").resolve())

    def oxigraph() -> AbstractContextManager[str]:
        port = free_port()
        return running([str(VENV_BIN / "oxigraph"), "serve-read-only", "--location", store,
                        "--bind", f"127.0.0.1:{port}"], port)

    def vlaq(source: Path | None = None, timeout: float | None = None) -> AbstractContextManager[str]:
        """``vlaq-lod serve`` as configured by default, but for the query timeout when one is given."""
        port = free_port()
        env = {**os.environ, "VLAQ_SPARQL_ENDPOINT": "",
               **({"VLAQ_QUERY_TIMEOUT": str(timeout)} if timeout else {}),
               **({"PYTHONPATH": str(source)} if source else {})}
        return running([str(VENV_BIN / "vlaq-lod"), "serve", "--out", str(out), "--port", str(port)],
                       port, env)

    def rdflib_endpoint() -> AbstractContextManager[str]:
        port = free_port()
        return running([str(VENV_BIN / "rdflib-endpoint"), "serve", str(out / "archive.nt"),
                        "--host", "127.0.0.1", "--port", str(port)], port, startup=1800)

    chosen = {"oxigraph": (oxigraph, "/query"), "vlaq-lod": (vlaq, "/sparql"),
              RAISED: (lambda: vlaq(timeout=raised_timeout), "/sparql"),
              "rdflib-endpoint": (rdflib_endpoint, "/")}
    if baseline:
        chosen["vlaq-lod baseline"] = (lambda: vlaq(baseline), "/sparql")
    return chosen


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--triples", type=int, default=1_000_000)
    parser.add_argument("--repeat", type=int, default=7, help="runs of each heavy class, per server")
    parser.add_argument("--rdflib-repeat", type=int, default=3)
    parser.add_argument("--describe-repeat", type=int, default=30, help="runs of the light class, per server")
    parser.add_argument("--raised-timeout", type=float, default=900.0,
                        help="QUERY_TIMEOUT (s) of the server that answers what the default refuses")
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
    chosen = {name: server for name, server
              in servers(out, args.baseline and args.baseline / "src", args.raised_timeout).items()
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
    report(results, texts, args.raised_timeout)
    if floor:
        print(f"\n| request ({args.describe_repeat} rounds, in turn) | median ms | / Oxigraph's describe |")
        print("|---|---:|---:|")
        for label, ms in floor.items():
            print(f"| {label} | {ms:.2f} | {ms / floor['oxigraph: describe']:.2f} |")


def ratio(answer: Answer | None, reference: Answer) -> str:
    return f"{answer.median / reference.median:.2f}" if answer and answer.samples else ""


def report(results: dict[str, dict[str, Answer]], texts: dict[str, str], raised_timeout: float) -> None:
    """The table docs/benchmarks.md shows: median (range) per class and server, ratios to Oxigraph."""
    print(f"\n| query | samples | Oxigraph ms | vlaq-lod ms, as configured | vlaq-lod / Oxigraph | "
          f"target <= {TARGET} | vlaq-lod ms, timeout {raised_timeout:g} s | its ratio | "
          "rdflib-endpoint ms | rdflib / Oxigraph | rows |")
    print("|---|---:|---:|---:|---:|---|---:|---:|---:|---:|---:|")
    for name in texts:
        reference = results["oxigraph"][name]
        vlaq, raised = results["vlaq-lod"][name], results.get(RAISED, {}).get(name)
        shown = vlaq if vlaq.samples else raised
        verdict = ("met" if shown and shown.samples and shown.median / reference.median <= TARGET
                   else "NOT met")
        if not vlaq.samples:
            verdict = f"refused; {verdict} at {raised_timeout:g} s"
        rd = results.get("rdflib-endpoint", {}).get(name)
        rd_cells = f"{rd.cell()} | {ratio(rd, reference)}" if rd else "not run | "
        rows = {answer.rows for server in results.values() if (answer := server.get(name)) and answer.samples}
        print(f"| {name} | {len(reference.samples)} | {reference.cell()} | {vlaq.cell()} "
              f"| {ratio(vlaq, reference)} "
              f"| {verdict} | {raised.cell() if raised else ''} | {ratio(raised, reference)} | {rd_cells} "
              f"| {reference.rows}{'' if len(rows) == 1 else ' (servers disagree!)'} |")
    if "vlaq-lod baseline" in results:
        print("\n| query | baseline ms | baseline / Oxigraph | vlaq-lod / baseline |\n|---|---:|---:|---:|")
        for name in texts:
            base, vlaq = results["vlaq-lod baseline"][name], results["vlaq-lod"][name]
            print(f"| {name} | {base.cell()} | {ratio(base, results['oxigraph'][name])} "
                  f"| {ratio(vlaq, base)} |")


if __name__ == "__main__":
    main()
