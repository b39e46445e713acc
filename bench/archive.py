"""A synthetic archive of any size in the real vocabulary, served like a build: for the scale benchmarks.

Building 100,000+ generated documents through the whole pipeline (pySHACL on every build) takes longer
than a benchmark run may, so the archive is made from the seed build's own published triples instead:
the questions, answers, sources, data sets and observations (and the blank nodes of their quotes) are
copied N times under new keys (``/id/vraag/k17-2021-2022-313-jan-jambon``), while persons, roles,
organisations, code lists, periods and the vocabulary stay shared, as they would in a real archive.
Every triple therefore uses a term, shape and IRI pattern the pipeline really publishes, and the app
serves a copy's pages like the original's.

The result is an OUT folder (``current`` -> ``builds/archive-N``) with the seed build's files, a
``build.json`` with the archive's counts, ``store/`` (Oxigraph, bulk-loaded) and ``archive.nt`` (the
same triples, for stores that load a file). Archives are cached under ``bench/out/``.
"""

from __future__ import annotations

import gzip
import json
import os
import platform
import re
import shutil
import time
from pathlib import Path

import pyoxigraph as ox

from vlaq_lod.build.pipeline import BuildConfig, build
from vlaq_lod.settings import PROJECT_ROOT

BASE = "http://localhost:8000"
CACHE = Path(__file__).parent / "out"
COPIED = ("vraag", "antwoord", "bron", "dataset", "observatie")  # what grows with the archive
_COPIED_IRI = re.compile(rf"(<{re.escape(BASE)}/(?:id|doc)/(?:{'|'.join(COPIED)})/)")
_BLANK = re.compile(r"(_:[A-Za-z0-9]+)")
SEED_QUESTION = "2021-2022-313-jan-jambon"


def seed_build() -> Path:
    """The seed corpus built once by the real pipeline (cached)."""
    out = CACHE / "seed-build"
    if not (out / "current").exists():
        build(BuildConfig(PROJECT_ROOT / "data", out, BASE))
    return (out / "current").resolve()


def grows(line: str) -> bool:
    """A triple about a copied thing or a blank node (the quotes' selectors)."""
    return line.startswith("_:") or _COPIED_IRI.match(line) is not None


def copy_line(line: str, n: int) -> str:
    """The triple for copy ``n``: copied IRIs get the key prefix ``kN-``, blank nodes a suffix."""
    line = _COPIED_IRI.sub(lambda m: f"{m.group(1)}k{n}-", line)
    return _BLANK.sub(lambda m: f"{m.group(1)}k{n}", line)


def write_archive_nt(seed_lines: list[str], target: int, path: Path) -> int:
    """Copy 0 is the seed as published; copies follow until ``target`` triples. Returns the count."""
    growing = [line for line in seed_lines if grows(line)]
    written = len(seed_lines)
    with path.open("w", encoding="utf-8") as out:
        out.writelines(seed_lines)
        n = 1
        while written < target:
            out.writelines(copy_line(line, n) for line in growing)
            written += len(growing)
            n += 1
    return written


def question_path(copy: int = 0) -> str:
    """``/doc/`` path of the seed's question 313 in copy ``copy`` (0: the original)."""
    return f"/doc/vraag/{f'k{copy}-' if copy else ''}{SEED_QUESTION}"


def archive(triples: int) -> Path:
    """OUT folder of an archive of at least ``triples`` triples (cached; see the module docstring)."""
    out = CACHE / f"archive-{triples}"
    if (out / "current").exists():
        return out
    seed = seed_build()
    with gzip.open(seed / "dumps" / "vlaq.nt.gz", "rt", encoding="utf-8") as f:
        seed_lines = [line for line in f if line.strip()]
    folder = out / "builds" / f"archive-{triples}"
    shutil.copytree(seed, folder, ignore=shutil.ignore_patterns("store"))
    written = write_archive_nt(seed_lines, triples, out / "archive.nt")
    store = ox.Store(str(folder / "store"))
    store.bulk_load(path=str(out / "archive.nt"), format=ox.RdfFormat.N_TRIPLES)
    store.flush()
    store.optimize()
    del store  # release the lock: servers open it read-only
    info = json.loads((folder / "build.json").read_text(encoding="utf-8"))
    info["id"] = folder.name
    info["counts"]["triples"] = written
    (folder / "build.json").write_text(json.dumps(info, indent=2), encoding="utf-8")
    (out / "current").symlink_to(Path("builds") / folder.name)
    return out


def machine() -> str:
    """The line every scale benchmark prints first: the machine is shared, so the load matters too."""
    cpu = next((line.split(":", 1)[1].strip() for line in Path("/proc/cpuinfo").read_text().splitlines()
                if line.startswith("model name")), "unknown CPU")
    load = ", ".join(f"{x:.1f}" for x in os.getloadavg())
    return (f"{time.strftime('%Y-%m-%d %H:%M UTC', time.gmtime())}; nproc {os.cpu_count()}, "
            f"{platform.machine()}, {cpu}; load average {load}")
