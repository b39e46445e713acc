"""The time one page of each type takes the app (in-process, warm, no HTTP), on a synthetic archive.

For the pages issue 15 added or changed (source text, person, organisation, validation report,
catalogue and event stream as pages) beside the question, dataset, observation and concept pages:
the median of ``--runs`` renders after one warm-up, and the slowest store query of the page, so a page
whose query grows with the archive shows up before a reader finds it.

    .venv/bin/python bench/pages_bench.py --triples 200000
"""

from __future__ import annotations

import argparse
import statistics
import time

from archive import BASE, archive, machine
from vlaq_lod.web import create_app

PAGES = (  # the seed's things in copy 7 of the archive, and the shared ones
    "/doc/vraag/k7-2021-2022-313-jan-jambon", "/doc/observatie/k7-contacten-1700/2021/chat",
    "/doc/dataset/k7-contacten-1700", "/doc/bron/k7-000-1f88426f64fa881f-txt", "/doc/persoon/jan-jambon",
    "/doc/organisatie/de-lijn", "/doc/begrip/kanaal/chat", "/validation-report", "/catalog", "/ldes",
)


def timed_store(store, log: list[float]):
    """``store`` with its ``select`` timed into ``log`` (milliseconds)."""
    select = store.select

    def timed(query: str):
        start = time.perf_counter()
        rows = select(query)
        log.append((time.perf_counter() - start) * 1000)
        return rows

    store.select = timed
    return store


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--triples", type=int, default=200_000)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    out = archive(args.triples)
    app = create_app({"TESTING": True, "OUT": str(out), "BASE_URI": BASE})
    log: list[float] = []
    timed_store(app.extensions["vlaq_store"], log)
    client = app.test_client()
    print(machine())
    print(f"| page ({args.triples:,} triples) | median ms | slowest query ms |")
    print("|---|---:|---:|")
    for path in PAGES:
        assert client.get(path, headers={"Accept": "text/html"}).status_code == 200, path
        times, slowest = [], 0.0
        for _ in range(args.runs):
            log.clear()
            start = time.perf_counter()
            client.get(path, headers={"Accept": "text/html"})
            times.append((time.perf_counter() - start) * 1000)
            slowest = max(slowest, max(log, default=0.0))
        print(f"| `{path}` | {statistics.median(times):.0f} | {slowest:.0f} |")


if __name__ == "__main__":
    main()
