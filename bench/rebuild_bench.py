"""What a daily rebuild costs: a cold build of N generated documents, a rebuild with nothing changed
(every batch reused, ``build/reuse.py``), a rebuild after adding 1 % and changing 0.5 % of the
documents, and what the event stream adds in the build's parent (``stream.carry``, given the members'
hashes as the batches compute them: a stream that starts, and one carried over with nothing changed),
each in wall seconds on this machine.

    .venv/bin/python bench/rebuild_bench.py 1000 [--workers 2] [--batch 50]

At a size where one run does not fit in a sitting, ``--work DIR --step STEP`` keeps the corpus and
``OUT`` in ``DIR`` and runs one step per call, each build in a child process measured for wall time
and peak memory (``build_bench.measure``): ``cold`` (from nothing), ``unchanged``, ``changed``
(``--added`` new documents, ``--changed`` edited), ``removed`` (the added ones taken out again, so
that the next ``changed`` adds them anew), ``full`` (``--full`` over the same sources); ``carry``
times the event stream carried over from the current build with nothing changed (``--repeat`` runs).
``--shapes DIR`` builds with other shapes (an empty folder: no SHACL gate), for a previous build that
the current shapes would take hours to make; the step then reports the gate's cost apart. ``--profile
FILE`` writes the step's build's ``cProfile`` statistics (its parent: batches run in workers).

    nice -n 10 timeout 3h .venv/bin/python bench/rebuild_bench.py 100000 --work bench/out/r100k \
        --step cold --batch 50 --shapes bench/out/noshapes
"""

from __future__ import annotations

import argparse
import gzip
import json
import os
import platform
import shutil
import sys
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path

from vlaq_lod.build import stream
from vlaq_lod.build.folder import BuildFolder
from vlaq_lod.build.join import read_part
from vlaq_lod.build.pipeline import BuildConfig, build
from vlaq_lod.build.reuse import Cache
from vlaq_lod.uris import Uris

sys.path.insert(0, str(Path(__file__).parent))
from build_bench import measure  # noqa: E402
from generate import generate_corpus  # noqa: E402  (bench/generate.py, next to this file)

BASE = "http://localhost:8000"


def timed_build(config: BuildConfig) -> tuple[float, BuildFolder]:
    start = time.perf_counter()
    built = build(config)
    return time.perf_counter() - start, built


def timed_carry(previous: Path | None, folder: Path, built: BuildFolder, uris: Uris) -> tuple[float, int]:
    """``stream.carry`` as the build's parent runs it (with the pages carried over, which a build does
    while its batches run): the members' hashes come from the batches."""
    sizes, types = built.info().dump_parts, stream.member_types(uris.vocab)
    parts = [stream.digests(read_part(built.nt_dump, sizes, n).splitlines(), types)
             for n in range(len(sizes))]
    start = time.perf_counter()
    appended = stream.carry(stream.carried_over(previous, folder), folder, parts,
                            lambda n: read_part(built.nt_dump, sizes, n), types, "2026-01-01T00:00:00+00:00",
                            uris.event_stream(), lambda thing, page: uris.version(thing, page, "bench"))
    return time.perf_counter() - start, appended.members


def timed_carry_over(current: BuildFolder, folder: Path, uris: Uris) -> tuple[float, int]:
    """``stream.carry`` of ``current``'s stream with nothing changed, the members' hashes taken from its
    cache (``batches.pickle``: the batches' as a build has them), as at 100,000 documents the dump
    is too large to hash again."""
    cache = Cache.load(current)
    if cache is None:
        raise SystemExit(f"{current.path}: no batches.pickle to take the members from")
    parts = [(), *(cached.result.members for cached in cache.batches)]
    sizes, types = current.info().dump_parts, stream.member_types(uris.vocab)
    start = time.perf_counter()
    appended = stream.carry(stream.carried_over(current.stream, folder), folder, parts,
                            lambda n: read_part(current.nt_dump, sizes, n), types,
                            "2026-01-01T00:00:00+00:00", uris.event_stream(),
                            lambda thing, page: uris.version(thing, page, "bench"))
    return time.perf_counter() - start, appended.pages


STEP = """
import cProfile, json, sys, time
from pathlib import Path
from vlaq_lod.build.pipeline import BuildConfig, build
sources, out, base, workers, batch, full, shapes, profile = sys.argv[1:9]
config = BuildConfig(Path(sources), Path(out), base, workers=int(workers), batch_size=int(batch),
                     full=full == "full", **({"shapes_dir": Path(shapes)} if shapes else {}))
start, first = time.perf_counter(), {}
def progress(step, done, total):
    first.setdefault(step, round(time.perf_counter() - start, 1))
profiler = cProfile.Profile()
built = profiler.runcall(build, config, progress) if profile else build(config, progress)
if profile:
    profiler.dump_stats(profile)
first["end"] = round(time.perf_counter() - start, 1)
print(json.dumps({"steps": first, "reused": built.info().reused, "id": built.info().id}))
"""


def step(args: argparse.Namespace) -> None:
    """One step of a run kept in ``args.work`` (see the module docstring)."""
    work, added = args.work, args.added
    generated, sources = work / "generated", work / "sources"
    if not generated.is_dir():
        generate_corpus(args.documents + added, generated, seed=1)
    corpus = sorted(generated.glob("*.txt"))
    if args.step == "cold":
        shutil.rmtree(sources, ignore_errors=True)
        shutil.rmtree(work / "out", ignore_errors=True)
        sources.mkdir()
        for path in corpus[:args.documents]:
            shutil.copy(path, sources / path.name)
    if args.step == "changed":
        for path in corpus[args.documents:args.documents + added]:
            shutil.copy(path, sources / path.name)
        for path in sorted(sources.glob("*.txt"))[:: max(1, args.documents // args.changed)][:args.changed]:
            path.write_text(path.read_text(encoding="utf-8").replace("  -  ", "  -  Herzien: ", 1),
                            encoding="utf-8")
    if args.step == "removed":  # the documents ``changed`` added: so that ``changed`` can add them again
        for path in corpus[args.documents:args.documents + added]:
            (sources / path.name).unlink(missing_ok=True)
    if args.step == "carry":
        current = BuildFolder((work / "out" / "current").resolve())
        for _ in range(args.repeat):
            with tempfile.TemporaryDirectory(dir=work) as tmp:
                seconds, pages = timed_carry_over(current, Path(tmp), Uris(BASE))
            print(f"{datetime.now(UTC):%Y-%m-%d %H:%M} UTC, load {os.getloadavg()[0]:.1f}: stream carried "
                  f"over unchanged, {pages:,} pages: {seconds:.2f} s")
        return
    load = os.getloadavg()
    run = measure([sys.executable, "-c", STEP, str(sources), str(work / "out"), BASE, str(args.workers),
                   str(args.batch), "full" if args.step == "full" else "", str(args.shapes or ""),
                   str(args.profile or "")])
    result = json.loads(run.output)
    print(f"{datetime.now(UTC):%Y-%m-%d %H:%M} UTC, {platform.machine()}, {os.cpu_count()} cores, load "
          f"{load[0]:.1f}/{load[1]:.1f} before, {args.workers} workers, batches of {args.batch}, "
          f"{len(list(sources.glob('*.txt'))):,} documents, shapes {args.shapes or 'the default'}")
    print(f"{args.step}: {run.seconds:.1f} s ({run.cpu:.1f} s CPU), {result['reused']} batches reused, "
          f"largest process {run.peak_mb:,.0f} MB, process tree {run.tree_mb:,.0f} MB, "
          f"steps {result['steps']}, build {result['id']}")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("documents", type=int)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--batch", type=int, default=50, help="documents per batch (the unit of reuse)")
    parser.add_argument("--work", type=Path, help="keep the corpus and OUT here, one --step per call")
    parser.add_argument("--step", choices=("cold", "unchanged", "changed", "removed", "full", "carry"))
    parser.add_argument("--repeat", type=int, default=3, help="runs of --step carry")
    parser.add_argument("--added", type=int, default=100)
    parser.add_argument("--changed", type=int, default=10)
    parser.add_argument("--shapes", type=Path, help="the shapes folder (default: shapes/)")
    parser.add_argument("--profile", type=Path, help="write the step's cProfile statistics here")
    args = parser.parse_args()
    if args.work:
        step(args)
        return
    uris = Uris(BASE)
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        added = max(1, args.documents // 100)
        generate_corpus(args.documents + added, root / "generated", seed=1)
        corpus = sorted((root / "generated").glob("*.txt"))
        sources = root / "sources"
        sources.mkdir()
        for path in corpus[:args.documents]:
            shutil.copy(path, sources / path.name)
        config = BuildConfig(sources, root / "out", BASE, workers=args.workers, batch_size=args.batch)
        cold, _ = timed_build(config)
        unchanged, again = timed_build(config)
        for path in corpus[args.documents:]:
            shutil.copy(path, sources / path.name)
        for path in sorted(sources.glob("*.txt"))[: max(1, args.documents // 200)]:
            path.write_text(path.read_text(encoding="utf-8").replace("  -  ", "  -  Herzien: ", 1),
                            encoding="utf-8")
        changed, last = timed_build(config)
        with gzip.open(last.nt_dump, "rb") as dump:
            triples = sum(1 for _ in dump)
        new_stream, members = timed_carry(None, root / "s1", last, uris)
        carried, appended = timed_carry(root / "s1", root / "s2", last, uris)
        print(f"{datetime.now(UTC):%Y-%m-%d %H:%M} UTC, {platform.machine()}, {args.workers} workers, "
              f"{args.documents} documents, {triples:,} triples in the last dump")
        print(f"cold build: {cold:.1f} s")
        print(f"unchanged rebuild: {unchanged:.1f} s ({again.info().reused} batches reused)")
        print(f"+{added} documents, {max(1, args.documents // 200)} changed: {changed:.1f} s "
              f"({last.info().reused} batches reused)")
        print(f"event stream from nothing: {new_stream:.2f} s for {members:,} members "
              f"({new_stream / triples * 1e6:.1f} s per million triples); "
              f"carried unchanged: {carried:.2f} s, {appended} appended")


if __name__ == "__main__":
    main()
