"""How fast does the ingest stage parse? Documents per second on one core.

The machine is shared, so absolute docs/s drift with the neighbours' load. The run therefore also
times two references over the same files, in the same process, on the same core: reading and
decoding them, and reading, decoding and one regex pass for Dutch numbers. Parse time is reported
as a multiple of each; those ratios drift much less than docs/s. Each time is the best of
``--repeat`` runs, after one untimed pass that warms the page cache.

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


def best_of(repeat: int, run: Callable[[list[Path]], int], files: list[Path]) -> tuple[float, int]:
    times, result = [], 0
    for _ in range(repeat):
        started = time.perf_counter()
        result = run(files)
        times.append(time.perf_counter() - started)
    return min(times), result


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
    reference, _ = best_of(repeat, read_decode, files)
    regex, _ = best_of(repeat, read_decode_regex, files)
    parsing, failures = best_of(repeat, parse, files)
    print(f"date: {time.strftime('%Y-%m-%d %H:%M UTC', time.gmtime())}; machine: {host}; pinned to cpu {cpu}")
    print(f"corpus: {len(files)} generated documents ({megabytes:.1f} MB), seed {seed}; best of {repeat}")
    print(f"read + decode:          {reference:7.2f} s {len(files) / reference:10,.0f} docs/s")
    print(f"read + decode + regex:  {regex:7.2f} s {len(files) / regex:10,.0f} docs/s")
    print(f"parse (read_document):  {parsing:7.2f} s {len(files) / parsing:10,.0f} docs/s"
          f"  = {parsing / reference:.1f}x read+decode, {parsing / regex:.1f}x read+decode+regex;"
          f" {failures} failures")


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
