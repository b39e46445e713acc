"""The load bench, short: ``bench/load_bench.py`` for 30 s against ``vlaq-lod serve`` answers every request.

Marked ``slow`` (deselected by default; ``pytest -m slow`` runs it). Only what does not depend on how
busy the shared machine is gets asserted: no failed request, no runaway left unanswered, memory that
does not grow; latencies are the bench's to report (docs/benchmarks.md).
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from vlaq_lod.settings import PROJECT_ROOT

pytestmark = pytest.mark.slow


def test_thirty_seconds_of_load_without_a_single_error(tmp_path: Path) -> None:
    report_file = tmp_path / "load.json"
    command = [sys.executable, str(PROJECT_ROOT / "bench" / "load_bench.py"), "--minutes", "0.5",
               "--bucket", "10", "--warmup", "5", "--window", "12", "--query-timeout", "4",
               "--json", str(report_file)]
    done = subprocess.run(command, capture_output=True, text=True, timeout=300)
    assert report_file.is_file(), done.stderr[-2000:]
    report = json.loads(report_file.read_text())
    assert report["requests"] > 100
    assert report["errors"] == 0, report["error_examples"]
    assert report["runaways"] >= 1 and report["runaway_max_s"] <= 4 + 5
    assert report["rss_end_kib"] < 1.10 * report["rss_start_kib"]
