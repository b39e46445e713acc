"""Start and stop the real server processes the store and SPARQL tests talk to.

Every server binds 127.0.0.1 on a port the kernel picked free, is awaited until
it accepts connections, and is stopped by its own PID (never by name).
"""

from __future__ import annotations

import json
import os
import re
import socket
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import IO

import pyoxigraph as ox

VENV_BIN = Path(sys.executable).parent


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@contextmanager
def running(command: Sequence[str], port: int, env: dict[str, str] | None = None,
            startup: float = 30.0) -> Iterator[str]:
    """Run ``command`` until the block ends; yields ``http://127.0.0.1:PORT``."""
    with started(command, port, env, startup):
        yield f"http://127.0.0.1:{port}"


@contextmanager
def started(command: Sequence[str], port: int, env: dict[str, str] | None = None,
            startup: float = 30.0) -> Iterator[subprocess.Popen]:
    """Run ``command`` until the block ends; yields the process (for callers that watch it, e.g. its memory).

    The server's log goes to a file, not a pipe: nobody reads a pipe while tests run,
    and a server blocked on a full pipe would look like a hung query.
    """
    with tempfile.TemporaryFile() as log:
        process = subprocess.Popen(list(command), env=env, stdout=subprocess.DEVNULL, stderr=log)
        try:
            _wait_for_port(process, port, startup, log)
            yield process
        finally:
            process.terminate()
            try:
                process.wait(10)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait()


def _wait_for_port(process: subprocess.Popen, port: int, startup: float, log: IO[bytes]) -> None:
    deadline = time.monotonic() + startup
    while True:
        if process.poll() is not None:
            log.seek(0)
            raise RuntimeError(f"{process.args[0]} exited: {log.read().decode()[-2000:]}")
        try:
            socket.create_connection(("127.0.0.1", port), timeout=0.2).close()
            return
        except OSError:
            if time.monotonic() > deadline:
                raise
            time.sleep(0.1)


@contextmanager
def oxigraph_server(location: Path) -> Iterator[str]:
    """``oxigraph serve`` (read-write) on ``location``; yields the base URL."""
    port = free_port()
    command = [str(VENV_BIN / "oxigraph"), "serve", "--location", str(location),
               "--bind", f"127.0.0.1:{port}"]
    with running(command, port) as url:
        yield url


def make_store(path: Path, default: str = "", named: dict[str, Path] | None = None) -> Path:
    """An on-disk Oxigraph store: Turtle ``default`` in the default graph, N-Triples files as named graphs."""
    store = ox.Store(str(path))
    if default:
        store.load(default.encode(), ox.RdfFormat.TURTLE)
    for name, file in (named or {}).items():
        store.load(path=str(file), format=ox.RdfFormat.N_TRIPLES, to_graph=ox.NamedNode(name))
    store.flush()
    del store  # release the lock so read-only handles and workers can open it
    return path


def make_build(out: Path, build_id: str, default: str = "", named: dict[str, Path] | None = None) -> Path:
    """``OUT/builds/<id>/`` with ``build.json`` and ``store/``, and ``OUT/current`` pointing to it."""
    build = out / "builds" / build_id
    build.mkdir(parents=True)
    (build / "build.json").write_text(json.dumps({"id": build_id}))
    make_store(build / "store", default, named)
    (out / "current").symlink_to(Path("builds") / build_id)
    return build


@contextmanager
def live_app(out: Path, **settings: str) -> Iterator[str]:
    """gunicorn serving ``create_app()`` on the build in ``out`` (VLAQ_* settings as keywords)."""
    port = free_port()
    env = {**os.environ, "VLAQ_OUT": str(out), "VLAQ_QUERY_WORKERS": "1", "VLAQ_SPARQL_ENDPOINT": "",
           **{f"VLAQ_{name}": value for name, value in settings.items()}}
    command = [str(VENV_BIN / "gunicorn"), "--bind", f"127.0.0.1:{port}", "--workers", "1",
               "vlaq_lod.web:create_app()"]
    with running(command, port, env) as url:
        yield url


def parents() -> dict[int, int]:
    """Every running process and its parent, from /proc (a process that ends meanwhile is skipped)."""
    found = {}
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                stat = Path(f"/proc/{entry}/stat").read_text()
            except OSError:
                continue
            found[int(entry)] = int(stat.rsplit(")", 1)[1].split()[1])  # the name may hold spaces and ")"
    return found


def children(pid: int) -> list[int]:
    """The processes whose parent is ``pid``."""
    return sorted(child for child, parent in parents().items() if parent == pid)


def process_tree(root: int) -> list[int]:
    """``root`` and every process below it."""
    below: dict[int, list[int]] = {}
    for child, parent in parents().items():
        below.setdefault(parent, []).append(child)
    tree, todo = [], [root]
    while todo:
        pid = todo.pop()
        tree.append(pid)
        todo += below.get(pid, [])
    return tree


def tree_rss_kib(root: int) -> int:
    """Resident memory (kiB) of ``root`` and every process below it (VmRSS, from /proc)."""
    total = 0
    for pid in process_tree(root):
        try:
            status = Path(f"/proc/{pid}/status").read_text()
        except OSError:
            continue
        found = re.search(r"^VmRSS:\s+(\d+) kB", status, re.MULTILINE)
        total += int(found.group(1)) if found else 0
    return total
