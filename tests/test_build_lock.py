"""One build at a time per OUT: a second build waits for the first, or with ``--no-wait`` exits at once
saying why; the lock of a build that was killed is free at once (the kernel drops a dead process's flock)."""

from __future__ import annotations

import subprocess
import sys
import time
from pathlib import Path

from vlaq_lod.build.folder import Out
from vlaq_lod.settings import PROJECT_ROOT

VLAQ_LOD = str(Path(sys.executable).with_name("vlaq-lod"))

# a build that holds OUT's lock (as a running build does) until it is killed
HOLDER = """
import sys, time
from pathlib import Path
from vlaq_lod.build.folder import Out
with Out(Path(sys.argv[1])).lock():
    print("locked", flush=True)
    time.sleep(600)
"""


def staging(out: Path) -> list[Path]:
    return list(out.parent.glob(f".{out.name}.staging-*"))


def test_a_second_build_waits_and_a_killed_builds_lock_blocks_nothing(tmp_path: Path) -> None:
    out = tmp_path / "out"
    command = [VLAQ_LOD, "build", "--sources", str(PROJECT_ROOT / "data"), "--out", str(out)]
    holder = subprocess.Popen([sys.executable, "-c", HOLDER, str(out)], stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout.readline().strip() == "locked"
        refused = subprocess.run([*command, "--no-wait"], capture_output=True, text=True, timeout=120)
        assert refused.returncode == 1
        assert f"{out}: another build is writing into this folder" in refused.stderr
        assert "Traceback" not in refused.stderr
        waiting = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        time.sleep(6)  # imports take ~2 s; a build that did not wait would have staged by now
        assert waiting.poll() is None and staging(out) == [] and Out(out).current() is None
    finally:
        holder.kill()  # SIGKILL: no clean-up runs, only the kernel releases the lock
        holder.wait()
    _, errors = waiting.communicate(timeout=600)
    assert waiting.returncode == 0, errors
    assert Out(out).current() is not None
    again = subprocess.run([*command, "--no-wait"], capture_output=True, text=True, timeout=600)
    assert again.returncode == 0, again.stderr  # the finished build released it too
