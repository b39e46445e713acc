"""``OUT`` and the build folders in it: the only code that knows their layout and reads ``build.json``.

A build is written into a staging folder *next to* ``OUT`` (same file system, not inside it), so a
failed or killed build leaves ``OUT`` as it was. A finished folder is renamed to ``OUT/builds/<id>``
and the ``OUT/current`` symlink is replaced by ``os.replace`` of a fresh symlink, which is atomic on
POSIX: a reader sees the old build or the new one, never a mix. The previous build is kept for readers
still on it. One build at a time writes into an ``OUT``: ``Out.lock`` holds an ``flock`` on
``OUT/.lock``, which the kernel releases when the holder dies, so a crashed build blocks nobody.

The CLI, the store and the web layer read a build through ``BuildFolder`` and its ``BuildInfo``
(``build.json``, typed); this module imports nothing heavy, since the server imports it.
"""

from __future__ import annotations

import fcntl
import json
import os
import secrets
import shutil
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import asdict, dataclass, field, fields
from datetime import datetime
from pathlib import Path

KEEP_BUILDS = 2  # the current build and the one before it
# Seconds after which no reader is on a build that is no longer current: the web layer looks at
# ``current`` every second and a pinned request's query runs 10 s at most (``store/local.py``).
RETIRED_AFTER = 30.0
CURRENT = "current"
BUILDS = "builds"
LOCK = ".lock"
INFO = "build.json"
SEARCH_INDEX = "search.sqlite"  # the build's search index (``search.py``)


class BuildLocked(Exception):
    """Another build holds ``OUT``'s lock and the caller chose not to wait; ``str()`` says so."""



@dataclass(frozen=True)
class Rejection:
    """A source document a build left out (quarantine), with where and why, as ``FILE:LINE: reason``."""

    file: str
    line: int
    reason: str

    def render(self) -> str:
        return f"{self.file}:{self.line}: {self.reason}"


@dataclass(frozen=True)
class BuildInfo:
    """``build.json``: what the web layer and a person need to know about a build without its store.

    Every field but ``id`` has a default, so a folder written by hand (tests, benchmarks) or by an
    older version still loads; ``dump_parts`` is empty for builds made before it was recorded."""

    id: str
    base_uri: str = ""
    created: str = ""  # ISO 8601, seconds, UTC
    counts: dict[str, int] = field(default_factory=dict)
    datasets: list[str] = field(default_factory=list)
    integrity_constraints: dict[str, str] = field(default_factory=dict)
    # vlaq.nt.gz's gzip members in bytes: the shared nodes' lines and the VoID, then each batch's
    dump_parts: list[int] = field(default_factory=list)
    rejected: list[Rejection] = field(default_factory=list)  # documents left out, in source order
    reused: int = 0  # batches taken over from the previous build (``reuse.py``)

    @classmethod
    def load(cls, path: Path) -> BuildInfo:
        """Raises ``OSError`` (no file), ``ValueError`` (not JSON) or ``KeyError`` (no id)."""
        data = json.loads(path.read_text(encoding="utf-8"))
        if not isinstance(data, dict):
            raise ValueError(f"{path}: not a JSON object")
        known = {f.name for f in fields(cls)}
        values = {k: v for k, v in data.items() if k in known}
        values["rejected"] = [Rejection(**r) for r in data.get("rejected", [])]
        return cls(**{"id": data["id"], **values})

    def save(self, path: Path) -> None:
        write_json(asdict(self), path)


def write_json(data: dict, path: Path) -> None:
    """A build's JSON files (``build.json``, CSVW metadata): indented, UTF-8, for people to read too."""
    path.write_text(json.dumps(data, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")


@dataclass(frozen=True)
class BuildFolder:
    """One build's folder (staged or published) and the paths of its parts."""

    path: Path

    @property
    def store(self) -> Path:
        return self.path / "store"

    @property
    def dumps(self) -> Path:
        return self.path / "dumps"

    @property
    def nt_dump(self) -> Path:
        return self.dumps / "vlaq.nt.gz"

    @property
    def stream(self) -> Path:
        """The event stream's pages and state (``stream.py``), carried from build to build."""
        return self.path / "stream"

    @property
    def info_file(self) -> Path:
        return self.path / INFO

    @property
    def search_index(self) -> Path:
        """The search index (SQLite FTS5, ``search.py``), written from the build's store."""
        return self.path / SEARCH_INDEX

    def file(self, name: str) -> Path:
        """A file at the build's top level (``catalog.ttl``, ``validation-report.ttl`` …)."""
        return self.path / name

    def info(self) -> BuildInfo:
        return BuildInfo.load(self.info_file)

    @classmethod
    def of_store(cls, store: Path) -> BuildFolder:
        """The build whose ``store/`` folder this is."""
        return cls(store.parent)


def new_build_id(created: datetime) -> str:
    """Sorts by creation time (``prune`` relies on it); the random tail keeps same-second builds apart."""
    return f"{created:%Y%m%dT%H%M%SZ}-{secrets.token_hex(3)}"


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


@dataclass(frozen=True)
class Out:
    """The ``OUT`` folder: ``current`` (a symlink), ``builds/<id>/``, the lock, and staging beside it."""

    path: Path

    def current(self) -> BuildFolder | None:
        """The build ``OUT/current`` points at, or None before the first build."""
        link = self.path / CURRENT
        return BuildFolder(link.resolve()) if link.exists() else None

    @contextmanager
    def lock(self, wait: bool = True) -> Iterator[None]:
        """Hold ``OUT``'s build lock for the ``with`` block; waits for another build to finish, or
        with ``wait=False`` raises ``BuildLocked``. An ``flock`` dies with its process, so the lock of
        a killed build is free at once; the file stays (it is empty and never served)."""
        self.path.mkdir(parents=True, exist_ok=True)
        with (self.path / LOCK).open("a") as handle:
            try:
                fcntl.flock(handle, fcntl.LOCK_EX | (0 if wait else fcntl.LOCK_NB))
            except BlockingIOError:
                raise BuildLocked(f"{self.path}: another build is writing into this folder; "
                                  "wait for it to finish, or run without --no-wait to queue") from None
            try:
                yield
            finally:
                fcntl.flock(handle, fcntl.LOCK_UN)

    def _staging_prefix(self) -> str:
        return f".{self.path.name}.staging-"

    def remove_stale_staging(self) -> None:
        """Staging folders of builds that were killed: their pid (in the name) no longer runs."""
        for folder in self.path.parent.glob(self._staging_prefix() + "*"):
            pid = folder.name.removeprefix(self._staging_prefix()).split("-", 1)[0]
            if pid.isdigit() and not _alive(int(pid)):
                shutil.rmtree(folder, ignore_errors=True)

    @contextmanager
    def staging(self) -> Iterator[BuildFolder]:
        """A fresh folder next to ``OUT``; removed again unless the caller moved it away."""
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self.remove_stale_staging()
        folder = self.path.parent / f"{self._staging_prefix()}{os.getpid()}-{secrets.token_hex(4)}"
        folder.mkdir()
        try:
            yield BuildFolder(folder)
        finally:
            if folder.exists():
                shutil.rmtree(folder, ignore_errors=True)

    def swap_in(self, staged: BuildFolder, build_id: str) -> BuildFolder:
        """Move a finished staging folder to ``OUT/builds/<id>`` and point ``OUT/current`` at it."""
        builds = self.path / BUILDS
        builds.mkdir(parents=True, exist_ok=True)
        target = builds / build_id
        staged.path.rename(target)
        link = self.path / f".{CURRENT}.{secrets.token_hex(4)}"
        link.symlink_to(Path(BUILDS) / build_id)
        os.replace(link, self.path / CURRENT)
        self.prune()
        return BuildFolder(target)

    @contextmanager
    def retiring(self) -> Iterator[None]:
        """While the block (a build) runs, a thread deletes the builds older than the current one, once
        the current one has been current for ``RETIRED_AFTER`` seconds (dated by the ``current`` link's
        own time, which the swap sets; a link made by hand dates it too). A build so ends with two builds
        on disk without deleting one on its way out, and needs room for one build less while it runs.
        Leaving the block stops the thread first, so it never deletes a build that the block's swap
        has just retired (``swap_in``'s ``prune`` deletes what it left)."""
        stop = threading.Event()
        retire = threading.Thread(target=self._retire_older, args=(stop,), name="retire")
        retire.start()
        try:
            yield
        finally:
            stop.set()
            retire.join()

    def _retire_older(self, stop: threading.Event) -> None:
        link = self.path / CURRENT
        if not link.is_symlink() or stop.wait(link.lstat().st_mtime + RETIRED_AFTER - time.time()):
            return
        current = link.resolve()
        for folder in self._builds():
            if folder.name >= current.name or stop.is_set():
                return
            shutil.rmtree(folder, ignore_errors=True)

    def _builds(self) -> list[Path]:
        """``OUT/builds/*``, oldest first (ids sort by creation time)."""
        return sorted(p for p in (self.path / BUILDS).iterdir() if p.is_dir())

    def prune(self, keep: int = KEEP_BUILDS) -> None:
        """Delete all but the newest ``keep`` builds (ids sort by creation time); never the current one."""
        current = (self.path / CURRENT).resolve()
        folders = self._builds()
        for folder in folders[:-keep]:
            if folder.resolve() != current:
                shutil.rmtree(folder, ignore_errors=True)
