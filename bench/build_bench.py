"""How ``vlaq-lod build`` grows with the corpus: wall time and peak RSS per size, as ratios to parsing.

Each measurement runs in its own child process and reads that child's resource usage
(``os.wait4``), so sizes do not share a heap. Absolute numbers depend on the machine;
the reference measured in the same run (parsing the same documents, nothing else)
turns them into ratios that can be compared across machines.

    .venv/bin/python bench/build_bench.py 1000 10000
"""

from __future__ import annotations

import argparse
import os
import platform
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from generate import generate_corpus  # noqa: E402  (bench/generate.py, next to this file)

PARSE_ONLY = """
import sys
from pathlib import Path
from vlaq_lod.parse import read_document
from vlaq_lod.pipeline import source_files
for path in source_files(Path(sys.argv[1])):
    read_document(path)
"""


@dataclass(frozen=True)
class Run:
    seconds: float
    peak_mb: float


def measure(command: list[str]) -> Run:
    """Wall time and peak resident set of one child process (Linux reports ru_maxrss in KiB)."""
    start = time.perf_counter()
    child = subprocess.Popen(command, stdout=subprocess.DEVNULL)
    _, status, usage = os.wait4(child.pid, 0)
    seconds = time.perf_counter() - start
    if os.waitstatus_to_exitcode(status) != 0:
        raise SystemExit(f"{' '.join(command)} failed with status {os.waitstatus_to_exitcode(status)}")
    return Run(seconds, usage.ru_maxrss / 1024)


def bench(count: int, work: Path) -> tuple[Run, Run]:
    sources = work / f"corpus-{count}"
    generate_corpus(count, sources, seed=count)
    parse = measure([sys.executable, "-c", PARSE_ONLY, str(sources)])
    vlaq_lod = str(Path(sys.executable).with_name("vlaq-lod"))
    build = measure([vlaq_lod, "build", "--sources", str(sources), "--out", str(work / f"out-{count}")])
    return parse, build


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("sizes", nargs="+", type=int, help="corpus sizes in documents")
    args = parser.parse_args()
    cpu = platform.processor() or platform.machine()
    print(f"# {datetime.now(UTC):%Y-%m-%d %H:%M} UTC, {platform.node()}, {cpu}, "
          f"{os.cpu_count()} cores, Python {platform.python_version()}")
    print("| documents | parse s | build s | build/parse time | build/doc ms "
          "| parse MB | build MB | build/parse RSS |")
    print("|---:|---:|---:|---:|---:|---:|---:|---:|")
    with tempfile.TemporaryDirectory(prefix="vlaq-build-bench-") as work:
        for count in args.sizes:
            parse, build = bench(count, Path(work))
            ratio = build.seconds / parse.seconds
            print(f"| {count} | {parse.seconds:.1f} | {build.seconds:.1f} | {ratio:.1f} | "
                  f"{1000 * build.seconds / count:.1f} | {parse.peak_mb:.0f} | {build.peak_mb:.0f} | "
                  f"{build.peak_mb / parse.peak_mb:.1f} |", flush=True)


if __name__ == "__main__":
    main()
