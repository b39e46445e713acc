"""``Out`` and ``BuildFolder``: staging, swapping, pruning, ``build.json``, on a real file system."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

from vlaq_lod.build.folder import RETIRED_AFTER, BuildFolder, BuildInfo, Out, Rejection


def finished(out: Path, name: str) -> BuildFolder:
    """A staged build holding one file, swapped in as ``name``."""
    with Out(out).staging() as folder:
        BuildInfo(id=name).save(folder.info_file)
        return Out(out).swap_in(folder, name)


def test_staging_folder_lives_next_to_out_and_disappears_on_error(tmp_path: Path) -> None:
    out = tmp_path / "build"
    with pytest.raises(RuntimeError), Out(out).staging() as folder:
        assert folder.path.parent == tmp_path
        assert folder.path.name.startswith(".build.staging-")
        folder.file("half-written").write_text("x")
        raise RuntimeError("stop")
    assert list(tmp_path.iterdir()) == []


def test_swap_points_current_at_the_new_build(tmp_path: Path) -> None:
    out = tmp_path / "build"
    first = finished(out, "20260101T000000Z-aaaaaa")
    assert os.readlink(out / "current") == "builds/20260101T000000Z-aaaaaa"
    assert Out(out).current() == first
    second = finished(out, "20260101T000001Z-bbbbbb")
    assert Out(out).current() == second
    assert [p.name for p in tmp_path.iterdir()] == ["build"]  # no staging left behind
    assert sorted(p.name for p in out.iterdir()) == ["builds", "current"]


def test_keeps_the_current_and_the_previous_build_only(tmp_path: Path) -> None:
    out = tmp_path / "build"
    names = [f"20260101T00000{i}Z-00000{i}" for i in range(4)]
    for name in names:
        finished(out, name)
    assert sorted(p.name for p in (out / "builds").iterdir()) == names[-2:]
    assert Out(out).current().path.name == names[-1]


def current_since(out: Path, seconds: float) -> None:
    """``OUT/current`` made the current link ``seconds`` ago (a symlink's own time: the swap's)."""
    then = time.time() - seconds
    os.utime(out / "current", (then, then), follow_symlinks=False)


def gone_within(path: Path, seconds: float) -> None:
    """Wait until ``path`` is gone (a thread deletes it), for ``seconds`` at most; the caller asserts."""
    deadline = time.monotonic() + seconds
    while path.exists() and time.monotonic() < deadline:
        time.sleep(0.01)


def test_a_build_deletes_the_retired_builds_while_it_runs(tmp_path: Path) -> None:
    """The build before the current one goes while the next build runs, not when it ends: it ends with
    two builds on disk and never needs room for three."""
    out = tmp_path / "build"
    names = ["20260101T000000Z-aaaaaa", "20260101T000001Z-bbbbbb"]
    for name in names:
        finished(out, name)
    current_since(out, 60)
    with Out(out).retiring():
        gone_within(out / "builds" / names[0], 10)
        assert sorted(p.name for p in (out / "builds").iterdir()) == names[1:]
    finished(out, "20260101T000002Z-cccccc")
    assert sorted(p.name for p in (out / "builds").iterdir()) == [names[1], "20260101T000002Z-cccccc"]


def test_a_build_just_retired_is_kept_for_its_readers(tmp_path: Path) -> None:
    """Readers leave a build within seconds of the swap (the web layer looks every second): a build
    that ended a moment ago is left for the next swap's prune, and the thread never outlives the block."""
    out = tmp_path / "build"
    names = ["20260101T000000Z-aaaaaa", "20260101T000001Z-bbbbbb"]
    for name in names:
        finished(out, name)
    started = time.monotonic()
    with Out(out).retiring():
        time.sleep(0.2)
    assert time.monotonic() - started < RETIRED_AFTER / 2
    assert sorted(p.name for p in (out / "builds").iterdir()) == names


def test_a_rolled_back_current_keeps_the_newer_builds(tmp_path: Path) -> None:
    """``current`` pointed back at an older build by hand: only builds older than it are retired."""
    out = tmp_path / "build"
    names = ["20260101T000000Z-aaaaaa", "20260101T000001Z-bbbbbb", "20260101T000002Z-cccccc"]
    for name in names[:2]:
        finished(out, name)
    (out / "builds" / names[2]).mkdir()
    (out / "current").unlink()
    (out / "current").symlink_to(Path("builds") / names[1])
    current_since(out, 60)
    with Out(out).retiring():
        gone_within(out / "builds" / names[0], 10)
    assert sorted(p.name for p in (out / "builds").iterdir()) == names[1:]


def test_no_current_build_before_the_first(tmp_path: Path) -> None:
    assert Out(tmp_path / "build").current() is None


def test_staging_of_a_dead_build_is_removed_and_of_a_live_one_kept(tmp_path: Path) -> None:
    out = tmp_path / "build"
    dead = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"],
                          capture_output=True, text=True, check=True).stdout.strip()
    stale = tmp_path / f".build.staging-{dead}-deadbeef"
    live = tmp_path / f".build.staging-{os.getpid()}-cafebabe"
    stale.mkdir()
    live.mkdir()
    Out(out).remove_stale_staging()
    assert not stale.exists()
    assert live.exists()


def test_build_json_round_trips_and_reads_hand_written_folders(tmp_path: Path) -> None:
    """A build's ``build.json`` loads as it was saved; one holding only an id (a folder made by hand, or
    by a version before a field existed) loads with the defaults, and one without an id is refused."""
    info = BuildInfo(id="20260101T000000Z-aaaaaa", base_uri="http://localhost:8000",
                     created="2026-01-01T00:00:00+00:00", counts={"documents": 6}, datasets=["a"],
                     dump_parts=[10, 20],
                     rejected=[Rejection("data/x.txt", 12, "no answer")])
    info.save(tmp_path / "build.json")
    assert BuildInfo.load(tmp_path / "build.json") == info
    (tmp_path / "build.json").write_text('{"id": "b1", "later_field": 1}')
    assert BuildInfo.load(tmp_path / "build.json") == BuildInfo(id="b1")
    (tmp_path / "build.json").write_text('{"base_uri": "x"}')
    with pytest.raises(KeyError):
        BuildInfo.load(tmp_path / "build.json")
