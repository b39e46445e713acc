"""How ``vlaq-lod build`` grows with the corpus: wall time and peak memory per size, as ratios to parsing.

The build runs ``pipeline.build`` (what ``vlaq-lod build`` calls) with the settings' workers and
batch size, and reports when each step began. Each measurement runs in its own child process, so
sizes do not share a heap. A build runs its batches in worker processes, so its memory is the
resident set of the whole process tree (the build and its workers, summed from /proc every 0.2 s);
``os.wait4``'s ru_maxrss, the largest single process, is reported beside it. Absolute numbers
depend on the machine; the reference measured in the same run (parsing the same documents,
nothing else) turns them into ratios that can be compared across machines. With ``--validate``
each build is then checked again as ``vlaq-lod validate`` checks it (part by part), measured the same way.

    .venv/bin/python bench/build_bench.py [--validate] [--workers N] 1000 10000

The build's CPU time (the process tree's) is printed beside its steps. To compare code, run it with the
other tree's ``src`` first on ``PYTHONPATH`` (the children inherit it).
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
sys.path.insert(0, str(Path(__file__).parents[1] / "tests"))
from generate import generate_corpus  # noqa: E402  (bench/generate.py, next to this file)
from servers import tree_rss_kib  # noqa: E402  (tests/servers.py: processes, ports, stores)

BUILD = """
import json, sys, time
from pathlib import Path
from vlaq_lod import settings
from vlaq_lod.build.pipeline import BuildConfig, build
config = settings.load({"SOURCES": sys.argv[1], "OUT": sys.argv[2]})
start, first = time.perf_counter(), {}
def progress(step, done, total):
    first.setdefault(step, round(time.perf_counter() - start, 1))
build(BuildConfig(Path(config["SOURCES"]), Path(config["OUT"]), config["BASE_URI"],
                  workers=config["BUILD_WORKERS"], batch_size=config["BUILD_BATCH"]), progress)
first["end"] = round(time.perf_counter() - start, 1)
print(json.dumps(first))
"""

VALIDATE = """
import sys
from pathlib import Path
from vlaq_lod import settings
from vlaq_lod.build.recheck import check_build
from vlaq_lod.build.folder import Out
config = settings.load({"OUT": sys.argv[1]})
print(check_build(Out(Path(config["OUT"])).current(), config["BUILD_WORKERS"]).text().splitlines()[-1])
"""

PARSE_ONLY = """
import sys
from pathlib import Path
from vlaq_lod.parse import read_document
from vlaq_lod.build.pipeline import source_files
for path in source_files(Path(sys.argv[1])):
    read_document(path)
"""


@dataclass(frozen=True)
class Run:
    seconds: float
    peak_mb: float  # the largest single process (ru_maxrss)
    tree_mb: float  # the process tree's summed resident set, sampled
    output: str  # what the child printed (the build's step times)
    cpu: float = 0.0  # user and system seconds of the child and every descendant it waited for (workers)


def measure(command: list[str]) -> Run:
    """Wall time, peak resident set of the largest process (Linux reports ru_maxrss in KiB) and of
    the whole process tree, and the tree's CPU time: on a shared machine the wall time follows the load,
    the CPU time much less."""
    start = time.perf_counter()
    child = subprocess.Popen(command, stdout=subprocess.PIPE)  # a line or two: the pipe never fills
    peak = 0
    stop = threading.Event()

    def sample() -> None:
        nonlocal peak
        while not stop.wait(0.2):
            peak = max(peak, tree_rss_kib(child.pid) * 1024)

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    _, status, usage = os.wait4(child.pid, 0)
    seconds = time.perf_counter() - start
    stop.set()
    sampler.join()
    if os.waitstatus_to_exitcode(status) != 0:
        raise SystemExit(f"{' '.join(command)} failed with status {os.waitstatus_to_exitcode(status)}")
    output = child.stdout.read().decode()
    return Run(seconds, usage.ru_maxrss / 1024, max(peak, usage.ru_maxrss * 1024) / 2**20, output,
               usage.ru_utime + usage.ru_stime)


def bench(count: int, work: Path) -> tuple[Run, Run]:
    sources = work / f"corpus-{count}"
    generate_corpus(count, sources, seed=count)
    parse = measure([sys.executable, "-c", PARSE_ONLY, str(sources)])
    build = measure([sys.executable, "-c", BUILD, str(sources), str(work / f"out-{count}")])
    return parse, build


def report(count: int, parse: Run, build: Run) -> None:
    ratio = build.seconds / parse.seconds
    print(f"| {count} | {parse.seconds:.1f} | {build.seconds:.1f} | {ratio:.1f} | "
          f"{1000 * build.seconds / count:.1f} | {parse.peak_mb:.0f} | {build.peak_mb:.0f} | "
          f"{build.tree_mb:.0f} | {build.tree_mb / parse.peak_mb:.1f} |", flush=True)
    steps = json.loads(build.output)
    print(f"<!-- {count} documents, {build.cpu:.1f} s of CPU; seconds from the start to each step's first "
          f"report: {steps} -->", flush=True)


def report_validate(count: int, parse: Run, out: Path) -> None:
    check = measure([sys.executable, "-c", VALIDATE, str(out)])
    print(f"<!-- validate {count} documents: {check.seconds:.1f} s ({check.seconds / parse.seconds:.1f}x "
          f"parse), {check.peak_mb:.0f} MB largest process, {check.tree_mb:.0f} MB process tree; "
          f"{check.output.strip()} -->", flush=True)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("sizes", nargs="+", type=int, help="corpus sizes in documents")
    parser.add_argument("--validate", action="store_true", help="also time `vlaq-lod validate` on each build")
    parser.add_argument("--workers", type=int, help="build worker processes (default: the settings')")
    args = parser.parse_args()
    if args.workers is not None:  # the child builds read it (settings.load), as `vlaq-lod build` would
        os.environ["VLAQ_BUILD_WORKERS"] = str(args.workers)
    cpu = platform.processor() or platform.machine()
    print(f"# {datetime.now(UTC):%Y-%m-%d %H:%M} UTC, {platform.node()}, {cpu}, "
          f"{os.cpu_count()} cores, Python {platform.python_version()}")
    print("| documents | parse s | build s | build/parse time | build/doc ms "
          "| parse MB | build MB (largest process) | build MB (process tree) | tree/parse RSS |")
    print("|---:|---:|---:|---:|---:|---:|---:|---:|---:|")
    with tempfile.TemporaryDirectory(prefix="vlaq-build-bench-") as work:
        for count in args.sizes:
            parse, build = bench(count, Path(work))
            report(count, parse, build)
            if args.validate:
                report_validate(count, parse, Path(work) / f"out-{count}")


if __name__ == "__main__":
    main()
