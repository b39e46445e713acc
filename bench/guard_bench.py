"""How long the SPARQL guard takes to judge a 1 MB hostile query (the request size limit).

The guard (``store/guard.py``: refusals, query form, nesting) runs in the web process, outside any
query timeout, so its time is what one request can take of a thread and a core before any limit
applies. For each shape (the runs that made the old scan quadratic, quotes and escapes that open and
fail strings, brackets, bare words) a query of ``--size`` bytes is judged ``--repeat`` times; the
median and the slowest are reported, and the ratio to half the size (linear: about 2). Target: the
slowest shape well under a second at 1 MB.

    .venv/bin/python bench/guard_bench.py [--size 1000000] [--repeat 5] [--json out.json]
"""

from __future__ import annotations

import argparse
import contextlib
import json
import statistics
import sys
import time
from pathlib import Path

from archive import machine
from vlaq_lod.store import QueryError
from vlaq_lod.store.guard import plan

TARGET_S = 1.0
SHAPES = {
    "dashes": "-", "colons": ":", "dots": ".", "quotes": "'", "escaped quotes": "'\\",
    "open long strings": "'''\\", "less-than": "<", "less-than dash": "<-", "brackets": "{(",
    "bare words": "a ", "name dots": ".a", "variables": "?a", "at signs": "@", "mixed": "'<-:.\"",
    "escapes (read twice)": "'\\u000a",
}


def judge_s(query: str, repeat: int) -> list[float]:
    """Seconds ``plan`` takes on ``query`` (whatever its verdict), ``repeat`` times."""
    times = []
    for _ in range(repeat):
        started = time.perf_counter()
        with contextlib.suppress(QueryError):
            plan(query, None, [], [])
        times.append(time.perf_counter() - started)
    return times


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--size", type=int, default=1_000_000, help="bytes of each query")
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--json", type=Path, help="also write the rows here")
    args = parser.parse_args()
    print(machine())
    print(f"\n| shape ({args.size:,} bytes) | median (s) | slowest (s) | x half size |\n|---|---:|---:|---:|")
    rows = {}
    for name, unit in SHAPES.items():
        full = judge_s("ASK {} " + unit * (args.size // len(unit)), args.repeat)
        half = judge_s("ASK {} " + unit * (args.size // 2 // len(unit)), args.repeat)
        rows[name] = {"median_s": statistics.median(full), "max_s": max(full),
                      "ratio": statistics.median(full) / statistics.median(half)}
        print(f"| {name} | {rows[name]['median_s']:.3f} | {rows[name]['max_s']:.3f} | "
              f"{rows[name]['ratio']:.1f} |")
    slowest = max(row["max_s"] for row in rows.values())
    met = slowest < TARGET_S
    print(f"\nslowest: {slowest:.3f} s (target < {TARGET_S:g} s): {'met' if met else 'NOT met'}")
    if args.json:
        args.json.write_text(json.dumps({"machine": machine(), "size": args.size, "rows": rows}, indent=2))
    return 0 if met else 1


if __name__ == "__main__":
    sys.exit(main())
