"""How fast does the ingest stage parse? Documents per second on one core.

The machine is shared, so absolute docs/s drift with the neighbours' load. The run therefore also
times two references over the same files, in the same process, on the same core: reading and
decoding them, and reading, decoding and one regex pass for Dutch numbers. Parse time is reported
as a multiple of each; those ratios drift much less than docs/s. Both wall-clock time and the
CPU time of this process are reported: on a busy machine the process waits for its core, which
the wall clock counts and the CPU time does not. Each time is the best of ``--repeat`` runs, after
one untimed pass that warms the page cache.

    python bench/parse_bench.py --count 10000 [--corpus bench/out/corpus] [--seed 1] [--repeat 3]

Without ``--corpus`` the documents are generated (bench/generate.py) into a temporary folder.
"""

from __future__ import annotations

import argparse
import os
import platform
import re
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from generate import generate_corpus
from vlaq_lod.parse import ParseError, read_document
from vlaq_lod.parse.numbers import NUMBER_PATTERN

_NUMBER = re.compile(NUMBER_PATTERN)


def pin_to_one_core() -> int:
    """Run on one CPU only, so the number means "per core" even where the machine has more."""
    cpu = min(os.sched_getaffinity(0))
    os.sched_setaffinity(0, {cpu})
    return cpu


def machine() -> str:
    model = next((line.split(":", 1)[1].strip() for line in Path("/proc/cpuinfo").read_text().splitlines()
                  if line.startswith("model name")), "unknown CPU")
    return f"nproc {len(os.sched_getaffinity(0))}, {platform.machine()}, {model}"


def read_decode(files: list[Path]) -> int:
    return sum(len(f.read_bytes().decode("utf-8")) for f in files)


def read_decode_regex(files: list[Path]) -> int:
    return sum(len(_NUMBER.findall(f.read_bytes().decode("utf-8"))) for f in files)


def parse(files: list[Path]) -> int:
    """Parse every file; the result counts failures, which must be 0 on a generated corpus."""
    failures = 0
    for f in files:
        try:
            read_document(f)
        except ParseError:
            failures += 1
    return failures


@dataclass(frozen=True)
class Timing:
    wall: float  # seconds on the clock
    cpu: float  # seconds this process ran: what neighbours on a shared machine cannot steal
    result: int


def best_of(repeat: int, run: Callable[[list[Path]], int], files: list[Path]) -> Timing:
    timings = []
    for _ in range(repeat):
        wall, cpu = time.perf_counter(), time.process_time()
        result = run(files)
        timings.append(Timing(time.perf_counter() - wall, time.process_time() - cpu, result))
    return min(timings, key=lambda t: t.wall)


def report(name: str, timing: Timing, count: int) -> str:
    return (f"{name:24} {timing.wall:7.2f} s wall {count / timing.wall:8,.0f} docs/s;"
            f" {timing.cpu:7.2f} s CPU {count / timing.cpu:8,.0f} docs per CPU-second")


def corpus_files(count: int, folder: Path, seed: int) -> list[Path]:
    files = sorted(folder.glob("*.txt"))[:count] if folder.is_dir() else []
    if len(files) < count:
        generate_corpus(count, folder, seed)
        files = sorted(folder.glob("*.txt"))[:count]
    return files


def run(count: int, folder: Path, seed: int, repeat: int) -> None:
    host = machine()
    cpu = pin_to_one_core()
    files = corpus_files(count, folder, seed)
    megabytes = sum(f.stat().st_size for f in files) / 1e6
    read_decode(files)  # warm the page cache: the references must not pay for the disk
    reference = best_of(repeat, read_decode, files)
    regex = best_of(repeat, read_decode_regex, files)
    parsing = best_of(repeat, parse, files)
    print(f"date: {time.strftime('%Y-%m-%d %H:%M UTC', time.gmtime())}; machine: {host}; pinned to cpu {cpu};"
          f" load average {os.getloadavg()[0]:.2f}")
    print(f"corpus: {len(files)} generated documents ({megabytes:.1f} MB), seed {seed}; best of {repeat}")
    print(report("read + decode", reference, len(files)))
    print(report("read + decode + regex", regex, len(files)))
    print(report("parse (read_document)", parsing, len(files)))
    print(f"parse / (read + decode) = {parsing.wall / reference.wall:.1f} (wall), "
          f"{parsing.cpu / reference.cpu:.1f} (CPU); parse / (read + decode + regex) = "
          f"{parsing.wall / regex.wall:.2f} (wall), {parsing.cpu / regex.cpu:.2f} (CPU); "
          f"{parsing.result} documents failed to parse")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--count", type=int, default=10_000)
    parser.add_argument("--corpus", type=Path, help="folder of documents; generated into it if short")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    if args.corpus:
        run(args.count, args.corpus, args.seed, args.repeat)
        return
    with tempfile.TemporaryDirectory(prefix="vlaq-parse-bench-") as tmp:
        run(args.count, Path(tmp), args.seed, args.repeat)


if __name__ == "__main__":
    main()
