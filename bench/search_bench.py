"""Search and list pages at archive scale: p50/p95 of each kind of request against ``vlaq-lod serve``.

Input is a real build (``--out``, e.g. 10,000 documents of ``bench/generate.py`` built by ``vlaq-lod
build``). First the build's index is written again from its store and timed (what the build step costs
at that size). Then the pages are measured on that build, and on an index of ``--copies`` times as many
questions: the built index copied under new keys (``/id/vraag/k3-...``, as ``bench/archive.py`` copies
triples), so every term, facet value and text is one the pipeline really indexed, while each posting
list, facet count and page offset is ``--copies`` times longer. The pages' other data (the landing
page's chart) come from the build's store, which does not grow.

Each URL is fetched ``--repeats`` times after 3 warm-ups, one request at a time over one keep-alive
connection to gunicorn (``WORKERS`` 2). ``/robots.txt``, which reads nothing, is the reference measured
in the same run: ratios to it compare across machines. Target: p95 under 200 ms for every search and list.

    .venv/bin/python bench/search_bench.py --out bench/out/build-10000 --copies 10
"""

from __future__ import annotations

import argparse
import http.client
import json
import os
import sqlite3
import statistics
import sys
import tempfile
import time
import urllib.parse
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pyoxigraph as ox

from archive import machine
from vlaq_lod.build.folder import SEARCH_INDEX
from vlaq_lod.search import COUNTS_SQL, oxigraph_rows, write_index, write_term_hits
from vlaq_lod.uris import Uris

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))
from servers import VENV_BIN, free_port, running  # noqa: E402  (tests/servers.py: loopback, stopped by PID)

TARGET_MS = 200.0


def timed_index(build: Path, base: str, target: Path) -> tuple[float, int]:
    """Seconds to write the build's index from its store (as the build does), and the questions indexed."""
    store = ox.Store.read_only(str(build / "store"))
    start = time.perf_counter()
    questions = write_index(oxigraph_rows(store), target, Uris(base))
    return time.perf_counter() - start, questions


def replicate(index: Path, copies: int) -> None:
    """Grow ``index`` in place to ``copies`` times its questions and datasets, each copy under new keys."""
    with sqlite3.connect(index) as db:
        n = db.execute("SELECT max(id) FROM question").fetchone()[0]
        datasets = db.execute("SELECT max(id) FROM dataset").fetchone()[0]
        for k in range(1, copies):
            db.execute("INSERT INTO question SELECT id + ?, replace(iri, '/id/vraag/', ?), title, number, "
                       "year, date, figures, intro FROM question WHERE id <= ?",
                       (k * n, f"/id/vraag/k{k}-", n))
            db.execute("INSERT INTO facet SELECT question + ?, kind, value FROM facet WHERE question <= ?",
                       (k * n, n))
            db.execute("INSERT INTO text(rowid, title, question, answer) SELECT rowid + ?, title, question, "
                       "answer FROM text WHERE rowid <= ?", (k * n, n))
            db.execute("INSERT INTO dataset SELECT id + ?, replace(iri, '/id/dataset/', ?), title, "
                       "observations, replace(question, '/id/vraag/', ?) FROM dataset WHERE id <= ?",
                       (k * datasets, f"/id/dataset/k{k}-", f"/id/vraag/k{k}-", datasets))
        db.execute("UPDATE facet_value SET questions = questions * ?", (copies,))
        db.executescript(COUNTS_SQL)
        write_term_hits(db)  # the frequent words' hit sets, over the new ids
        db.execute("INSERT INTO text(text) VALUES ('optimize')")


@contextmanager
def served(build: Path, index: Path) -> Iterator[str]:
    """``vlaq-lod serve`` on an OUT folder whose one build is ``build``'s files (linked) with ``index``."""
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "builds" / build.name
        folder.mkdir(parents=True)
        for entry in build.iterdir():
            if entry.name != SEARCH_INDEX:
                (folder / entry.name).symlink_to(entry)
        (folder / SEARCH_INDEX).symlink_to(index)
        (Path(tmp) / "current").symlink_to(Path("builds") / build.name)
        port = free_port()
        env = {**os.environ, "VLAQ_SPARQL_ENDPOINT": "", "VLAQ_WORKERS": "2"}
        command = [str(VENV_BIN / "vlaq-lod"), "serve", "--out", tmp, "--port", str(port)]
        with running(command, port, env) as url:
            yield url


def urls(index: Path) -> dict[str, str]:
    """The requests measured, with search words chosen by their document frequency in the index."""
    with sqlite3.connect(f"file:{index}?mode=ro", uri=True) as db:
        db.execute("CREATE VIRTUAL TABLE temp.vocab USING fts5vocab(main, 'text', 'row')")
        terms = db.execute("SELECT term, doc FROM temp.vocab WHERE length(term) > 3 "
                           "AND term GLOB '[a-z]*' ORDER BY doc DESC").fetchall()
        total = db.execute("SELECT count(*) FROM question").fetchone()[0]
        dataset_pages = -(-db.execute("SELECT count(*) FROM dataset").fetchone()[0] // 50)
        minister = db.execute("SELECT value FROM facet_value WHERE kind = 'minister' "
                              "ORDER BY questions DESC").fetchone()[0]
        title = db.execute("SELECT title FROM question "
                           "WHERE id = (SELECT max(id) / 2 FROM question)").fetchone()[0]
    (common, hits), (middle, _), (rare, _) = terms[0], terms[len(terms) // 2], terms[-1]
    page = min(5, -(-hits // 20))
    q = urllib.parse.quote
    return {
        "reference: /robots.txt": "/robots.txt",
        "landing page": "/",
        "all questions, newest first": "/zoeken",
        "all questions, a deep page": f"/zoeken?pagina={max(1, total // 40)}",
        "questions of one minister": f"/zoeken?minister={minister}",
        f"search, most common word ({common})": f"/zoeken?q={q(common)}",
        f"search, median word ({middle})": f"/zoeken?q={q(middle)}",
        f"search, rarest word ({rare})": f"/zoeken?q={q(rare)}",
        "search, a title as phrase": f"/zoeken?q={q(chr(34) + title + chr(34))}",
        f"search, prefix ({common[:4]}*)": f"/zoeken?q={q(common[:4])}*",
        "search, common word + minister": f"/zoeken?q={q(common)}&minister={minister}",
        f"search, common word, page {page}": f"/zoeken?q={q(common)}&pagina={page}",
        "search as CSV": f"/zoeken.csv?q={q(common)}",
        "search as Turtle": f"/zoeken.ttl?q={q(common)}",
        "browse members": "/zoeken/lid",
        "browse ministers": "/zoeken/minister",
        "datasets, page 2": f"/datasets?pagina={min(2, dataset_pages)}",
    }


def measure(base: str, path: str, repeats: int) -> tuple[float, float, int]:
    """p50 and p95 in ms of ``repeats`` sequential GETs (after 3 warm-ups), and the body's size."""
    parsed = urllib.parse.urlsplit(base)
    connection = http.client.HTTPConnection(parsed.hostname, parsed.port, timeout=60)
    times, size = [], 0
    for i in range(repeats + 3):
        start = time.perf_counter()
        connection.request("GET", path, headers={"Accept": "text/html"})
        response = connection.getresponse()
        body = response.read()
        elapsed = (time.perf_counter() - start) * 1000
        assert response.status == 200, (path, response.status, body[:200])
        if i >= 3:
            times.append(elapsed)
        size = len(body)
    connection.close()
    times.sort()
    return statistics.median(times), times[max(0, int(len(times) * 0.95 + 0.5) - 1)], size


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, required=True, help="OUT folder of a real build")
    parser.add_argument("--copies", type=int, default=10)
    parser.add_argument("--repeats", type=int, default=40)
    args = parser.parse_args()
    build = (args.out / "current").resolve()
    base = json.loads((build / "build.json").read_text())["base_uri"]
    print(machine(), flush=True)
    with tempfile.TemporaryDirectory() as tmp:
        index = Path(tmp) / SEARCH_INDEX
        seconds, questions = timed_index(build, base, index)
        print(f"index of {build.name}: {questions} questions written from the store in {seconds:.1f} s, "
              f"{index.stat().st_size / 1e6:.1f} MB", flush=True)
        for copies in sorted({1, args.copies}):
            if copies > 1:
                start = time.perf_counter()
                replicate(index, copies)
                print(f"\nreplicated to {questions * copies} questions in "
                      f"{time.perf_counter() - start:.0f} s, {index.stat().st_size / 1e6:.1f} MB", flush=True)
            with served(build, index) as url:
                measured = {name: measure(url, path, args.repeats) for name, path in urls(index).items()}
            reference = measured["reference: /robots.txt"][1]
            print(f"\n{questions * copies} questions, {args.repeats} requests each, one at a time\n")
            print(f"| request | p50 ms | p95 ms | p95 / robots.txt | target p95 < {TARGET_MS:g} ms | bytes |")
            print("|---|---:|---:|---:|---|---:|")
            for name, (p50, p95, size) in measured.items():
                met = "" if name.startswith("reference") else ("met" if p95 < TARGET_MS else "NOT met")
                print(f"| {name} | {p50:.1f} | {p95:.1f} | {p95 / reference:.1f} | {met} | {size:,} |",
                      flush=True)


if __name__ == "__main__":
    main()
