"""Staging and swapping builds on a real file system (no graph needed)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from vlaq_lod import publish


def finished(out: Path, name: str) -> Path:
    """A staged build holding one file, swapped in as ``name``."""
    with publish.staging(out) as folder:
        (folder / "build.json").write_text(f'{{"id": "{name}"}}\n')
        return publish.swap_in(folder, out, name)


def test_staging_folder_lives_next_to_out_and_disappears_on_error(tmp_path: Path) -> None:
    out = tmp_path / "build"
    with pytest.raises(RuntimeError), publish.staging(out) as folder:
        assert folder.parent == tmp_path
        assert folder.name.startswith(".build.staging-")
        (folder / "half-written").write_text("x")
        raise RuntimeError("stop")
    assert list(tmp_path.iterdir()) == []


def test_swap_points_current_at_the_new_build(tmp_path: Path) -> None:
    out = tmp_path / "build"
    first = finished(out, "20260101T000000Z-aaaaaa")
    assert os.readlink(out / "current") == "builds/20260101T000000Z-aaaaaa"
    assert publish.current_build(out) == first
    second = finished(out, "20260101T000001Z-bbbbbb")
    assert publish.current_build(out) == second
    assert [p.name for p in tmp_path.iterdir()] == ["build"]  # no staging left behind
    assert sorted(p.name for p in out.iterdir()) == ["builds", "current"]


def test_keeps_the_current_and_the_previous_build_only(tmp_path: Path) -> None:
    out = tmp_path / "build"
    names = [f"20260101T00000{i}Z-00000{i}" for i in range(4)]
    for name in names:
        finished(out, name)
    assert sorted(p.name for p in (out / "builds").iterdir()) == names[-2:]
    assert publish.current_build(out).name == names[-1]


def test_no_current_build_before_the_first(tmp_path: Path) -> None:
    assert publish.current_build(tmp_path / "build") is None


def test_staging_of_a_dead_build_is_removed_and_of_a_live_one_kept(tmp_path: Path) -> None:
    out = tmp_path / "build"
    dead = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"],
                          capture_output=True, text=True, check=True).stdout.strip()
    stale = tmp_path / f".build.staging-{dead}-deadbeef"
    live = tmp_path / f".build.staging-{os.getpid()}-cafebabe"
    stale.mkdir()
    live.mkdir()
    publish.remove_stale_staging(out)
    assert not stale.exists()
    assert live.exists()
