"""The crawl bench: ``bench/crawl_bench.py`` hands out every page once, and really crawls cold.

The short run is marked ``slow`` (deselected by default; ``pytest -m slow`` runs it). What the bench's
figures rest on,
and what does not depend on how busy the shared machine is: every page of every kind is answered (200,
the asked media type) under each WSGI server (gunicorn gthread and sync, granian); behind the shipped
nginx cache every crawl request is a miss (the cache starts empty and no page is asked twice) and every
hot request a hit. Latencies are the bench's to report (docs/benchmarks.md).
"""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from vlaq_lod.settings import PROJECT_ROOT

KINDS = ("question", "dataset", "observation", "person")
sys.path.insert(0, str(PROJECT_ROOT / "bench"))
from crawl_bench import Pool  # noqa: E402  (bench/ is scripts, not a package)


def test_a_pool_hands_out_every_path_once_before_it_wraps_and_counts_the_repeats() -> None:
    paths = [f"/doc/vraag/{n}" for n in range(10)]
    pool = Pool(paths, seed=1)
    first, repeats_first = pool.take(4)
    second, repeats_second = pool.take(4)
    assert len(set(first + second)) == 8 and repeats_first == repeats_second == 0
    third, repeats_third = pool.take(4)  # 2 left, then the shuffle again from its start
    assert set(first + second + third) == set(paths) and repeats_third == 2
    assert third[2:] == first[:2]
    assert Pool(paths, seed=1).take(10)[0] == first + second + third[:2]  # the same shuffle for a seed


@pytest.mark.slow
@pytest.mark.skipif(shutil.which("nginx") is None, reason="needs Debian's nginx-light (apt-get install)")
@pytest.mark.skipif(not (Path(sys.executable).parent / "granian").exists(),
                    reason="needs granian (pip install -e '.[bench]')")
def test_a_short_crawl_answers_every_page_and_misses_the_cold_cache(tmp_path: Path) -> None:
    report_file = tmp_path / "crawl.json"
    command = [sys.executable, str(PROJECT_ROOT / "bench" / "crawl_bench.py"), "--triples", "10000",
               "--repeat", "1", "--servers", "gthread", "sync", "granian", "--html", "3", "--turtle", "5",
               "--mix", "4", "--hot", "10", "--rounds", "5", "--json", str(report_file)]
    done = subprocess.run(command, capture_output=True, text=True, timeout=600)
    assert report_file.is_file(), done.stderr[-2000:]
    results = json.loads(report_file.read_text())["results"]
    for setup in ("gthread", "sync", "granian", "nginx"):
        for name, figures in results[setup].items():
            assert figures["failed"] == [0], f"{setup} {name}"
    for kind in KINDS:
        for fmt in ("HTML", "Turtle"):
            cell = results["nginx"][f"{kind} {fmt}"]
            assert cell["misses"] == cell["n"], f"{kind} {fmt}: the cold cache must miss every page"
    for fmt in ("HTML", "Turtle"):
        hot = results["nginx"][f"hot question {fmt}"]
        assert hot["hits"] == hot["n"] == [10]
    assert results["gthread"]["question HTML"]["n"] == [3]
    assert results["gthread"]["person Turtle"]["n"] == [11]  # every person of the seed
