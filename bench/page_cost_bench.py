"""Page cost against archive size: the same pages, in process, at each size; and where a page's time goes.

The seed's own pages (copy 0 of ``bench/archive.py``'s archives, so the very same resources at every size)
of four kinds (questions, datasets, observations, persons; at most ``--pages`` each), as HTML and as
Turtle, through Flask's test client (no HTTP, no server: the app's own cost). One app per size in the same
process; the sizes take turns page by page, ``--rounds`` times, so a neighbour's burst of load falls on
all of them. Reported per kind and format, by the wall clock and in CPU time (which a neighbour holding
the core does not inflate: the verdict uses it): the median of the per-page medians, and its ratio to
the smallest size. Target (issue 18): at 1M triples within 1.3x of the same pages at 10,000.

``--profile`` then profiles (cProfile) ``--profile-rounds`` passes over each kind's pages on the largest
archive, per kind and format, in CPU time (so a neighbour's preemption is not charged to whatever ran):
milliseconds a page, store calls a page, our functions with the most cumulative time and any functions with
the most own time: what to make cheaper next.

    .venv/bin/python bench/page_cost_bench.py --sizes 10000 1000000 --profile
"""

from __future__ import annotations

import argparse
import cProfile
import json
import pstats
import re
import statistics
import time
from pathlib import Path

from flask import Flask

from archive import archive, machine
from crawl_bench import FORMATS, kind_paths

TARGET = 1.3  # page cost at 1M triples at most this many times the same page at 10,000
STORE_CALLS = ("select", "construct", "describe")  # LocalStore's methods a page calls
COPY = re.compile(r"k\d+-")  # the key prefix of archive.py's copies


def seed_pages(out: Path, per_kind: int) -> dict[str, list[str]]:
    """The seed's own ``/doc/`` pages per kind (no ``kN-`` copy prefix): the same resources at any size."""
    base = json.loads((out / "current" / "build.json").read_text())["base_uri"]
    found = kind_paths((out / "current" / "store").resolve(), base)
    return {kind: [p for p in paths if not COPY.match(p.split("/")[3])][:per_kind]
            for kind, paths in found.items()}


def make_app(out: Path) -> Flask:
    from vlaq_lod.web import create_app

    return create_app({"OUT": str(out), "SPARQL_ENDPOINT": ""})


def page_ms(app: Flask, path: str, accept: str) -> tuple[float, float]:
    """Milliseconds for one GET through the test client, by the wall clock and in this process's CPU time
    (which a neighbour holding the core does not inflate); anything but a 200 is an error."""
    client = app.test_client()
    start, cpu = time.perf_counter(), time.process_time()
    response = client.get(path, headers={"Accept": accept})
    elapsed = ((time.perf_counter() - start) * 1000, (time.process_time() - cpu) * 1000)
    if response.status_code != 200:
        raise RuntimeError(f"{path} ({accept}): {response.status_code}")
    return elapsed


Costs = dict[tuple[str, str], dict[int, tuple[float, float]]]


def compare(apps: dict[int, Flask], pages: dict[str, list[str]], rounds: int) -> Costs:
    """(kind, format) -> size -> (wall, CPU): the median over the pages of each page's median over
    ``rounds``."""
    samples: dict[tuple[str, str, str], dict[int, list[tuple[float, float]]]] = {}
    for round_ in range(rounds + 1):  # round 0 warms each app's templates and store handle: not counted
        for kind, paths in pages.items():
            for fmt, accept in FORMATS.items():
                for path in paths:
                    for size, app in apps.items():
                        ms = page_ms(app, path, accept)
                        if round_:
                            samples.setdefault((kind, fmt, path), {}).setdefault(size, []).append(ms)
    found: dict[tuple[str, str], dict[int, list[tuple[float, float]]]] = {}
    for (kind, fmt, _), by_size in samples.items():
        for size, values in by_size.items():
            per_page = (statistics.median(v[0] for v in values), statistics.median(v[1] for v in values))
            found.setdefault((kind, fmt), {}).setdefault(size, []).append(per_page)
    return {key: {size: (statistics.median(v[0] for v in values), statistics.median(v[1] for v in values))
                  for size, values in by_size.items()} for key, by_size in found.items()}


def profile(app: Flask, paths: list[str], accept: str, rounds: int, top: int) -> str:
    """A page's cost in ``app``: ms and store calls a page, then the top functions (cumulative, own)."""
    profiler = cProfile.Profile(time.process_time)  # CPU time: a neighbour's preemption is no one's cost
    for path in paths:  # warm: templates compiled, store open
        page_ms(app, path, accept)
    start = time.perf_counter()
    profiler.enable()
    for _ in range(rounds):
        for path in paths:
            page_ms(app, path, accept)
    profiler.disable()
    pages = rounds * len(paths)
    wall = (time.perf_counter() - start) * 1000 / pages
    stats = pstats.Stats(profiler)
    entries = stats.stats  # type: ignore[attr-defined]  # (file, line, name) -> (cc, nc, tt, ct, callers)
    calls = sum(nc for (file, _, name), (_, nc, *_) in entries.items()
                if name in STORE_CALLS and file.endswith("store/local.py"))
    total = sum(tt for (_, _, _), (_, _, tt, *_) in entries.items())

    def label(file: str, line: int, name: str) -> str:
        short = file.split("site-packages/")[-1].split("src/")[-1]
        return f"{short}:{line} {name}"

    cumulative = sorted(((ct, label(*key)) for key, (_, _, _, ct, _) in entries.items()
                         if "vlaq_lod" in key[0]), reverse=True)
    own = sorted(((tt, label(*key)) for key, (_, _, tt, _, _) in entries.items()), reverse=True)
    lines = [f"{wall:.1f} ms a page while profiled, {total * 1000 / pages:.1f} ms of CPU, "
             f"{calls / pages:.1f} store calls"]
    for title, ranked in (("cumulative", cumulative), ("own", own)):
        shown = (f"{name} {seconds * 1000 / pages:.1f}" for seconds, name in ranked[:top])
        lines.append(f"  {title}: " + "; ".join(shown))
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[10_000, 1_000_000])
    parser.add_argument("--pages", type=int, default=12, help="seed pages per kind")
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--profile", action="store_true", help="also profile each kind on the largest size")
    parser.add_argument("--profile-rounds", type=int, default=2)
    parser.add_argument("--top", type=int, default=12)
    args = parser.parse_args()
    outs = {size: archive(size) for size in sorted(args.sizes)}
    triples = {size: json.loads((out / "current" / "build.json").read_text())["counts"]["triples"]
               for size, out in outs.items()}
    pages = seed_pages(outs[min(outs)], args.pages)
    print(f"{machine()}\nsizes " + ", ".join(f"{n:,} triples" for n in triples.values()) + "; pages "
          + ", ".join(f"{len(p)} {kind}s" for kind, p in pages.items()) + f"; {args.rounds} rounds",
          flush=True)
    apps = {size: make_app(out) for size, out in outs.items()}
    smallest, largest = min(apps), max(apps)
    results = compare(apps, pages, args.rounds)
    print("\n| page | " + " | ".join(f"{triples[s]:,} triples: wall / CPU ms" for s in apps)
          + f" | {triples[largest]:,} / {triples[smallest]:,}: wall | CPU | target <= {TARGET} (CPU) |")
    print("|---|" + "---:|" * len(apps) + "---:|---:|---|")
    for (kind, fmt), by_size in results.items():
        wall, cpu = (by_size[largest][i] / by_size[smallest][i] for i in (0, 1))
        print(f"| {kind} {fmt} | " + " | ".join(f"{by_size[s][0]:,.1f} / {by_size[s][1]:,.1f}" for s in apps)
              + f" | {wall:.2f} | {cpu:.2f} | {'met' if cpu <= TARGET else 'NOT met'} |", flush=True)
    if args.profile:
        print(f"\nprofile on {triples[largest]:,} triples ({args.profile_rounds} passes; ms a page)")
        for kind, paths in pages.items():
            for fmt, accept in FORMATS.items():
                found = profile(apps[largest], paths, accept, args.profile_rounds, args.top)
                print(f"\n{kind} {fmt}: {found}", flush=True)


if __name__ == "__main__":
    main()
