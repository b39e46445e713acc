"""Batch workers die with their build: a build killed with SIGKILL (no clean-up runs) leaves no worker
behind, each gets the kernel's SIGKILL when its parent goes (``PR_SET_PDEATHSIG``)."""

from __future__ import annotations

import contextlib
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

from vlaq_lod.settings import PROJECT_ROOT

sys.path.insert(0, str(PROJECT_ROOT / "bench"))  # bench/ scripts are not a package
import generate  # noqa: E402

BUILD = """
import sys
from pathlib import Path
from vlaq_lod.build.pipeline import BuildConfig, build
build(BuildConfig(Path(sys.argv[1]), Path(sys.argv[2]), "http://localhost:8000", workers=2, batch_size=2))
"""


def children(pid: int) -> set[int]:
    """The processes ``pid`` started (any of its threads), from /proc."""
    found: set[int] = set()
    for task in Path(f"/proc/{pid}/task").glob("*"):
        with contextlib.suppress(OSError):  # a thread that ended meanwhile
            found |= {int(c) for c in (task / "children").read_text().split()}
    return found


def running(pid: int) -> bool:
    """Alive and not a zombie (a dead child its new parent has not reaped yet has exited all the same)."""
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except OSError:
        return False
    return state != "Z"


def test_batch_workers_die_within_a_second_of_their_killed_build(tmp_path: Path) -> None:
    sources = tmp_path / "sources"
    generate.generate_corpus(40, sources, seed=5)
    build = subprocess.Popen([sys.executable, "-c", BUILD, str(sources), str(tmp_path / "out")])
    deadline = time.monotonic() + 120
    while len(workers := children(build.pid)) < 2 and time.monotonic() < deadline:
        time.sleep(0.05)
    assert len(workers) >= 2, "the build never ran two batch workers"
    os.kill(build.pid, signal.SIGKILL)
    build.wait()
    time.sleep(1.0)
    assert [pid for pid in workers if running(pid)] == []
