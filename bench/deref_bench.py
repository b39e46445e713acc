"""Dereferencing at archive scale: ``/doc/...`` as Turtle and as HTML, against nginx serving files.

Three set-ups on 127.0.0.1, measured in the same run with ``wrk`` (``--seconds`` per case, 2
threads, ``--connections`` connections, ``--latency``), each case after a short warm-up:

* **nginx, static files**: the reference; the very bytes the app answered, as files;
* **vlaq-lod serve**: gunicorn (``WORKERS``, default 2) on the archive's on-disk store, no cache;
* **nginx proxy_cache -> vlaq-lod serve**: the production set-up of ``docs/scaling.md``, with the
  location block of ``docs/deploy/nginx-vlaq.conf`` as it is shipped (warm cache: the warm-up fills it).

One nginx (``nginx-light``, a non-daemon child with a temporary prefix) holds both the static and the
caching server. Targets: at least half of nginx's requests/s, p99 under 50 ms.

    .venv/bin/python bench/deref_bench.py --triples 1000000
"""

from __future__ import annotations

import argparse
import os
import re
import subprocess
import sys
import tempfile
import urllib.request
from collections.abc import Iterator
from contextlib import AbstractContextManager, contextmanager
from dataclasses import dataclass
from pathlib import Path

from archive import archive, machine, question_path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))
from servers import VENV_BIN, free_port, running  # noqa: E402  (tests/servers.py: loopback, stopped by PID)

NGINX_SNIPPET = Path(__file__).resolve().parents[1] / "docs" / "deploy" / "nginx-vlaq.conf"
FORMATS = {"Turtle": ("text/turtle", "ttl"), "HTML": ("text/html", "html")}
TARGET_SHARE, TARGET_P99_MS = 0.5, 50.0


@dataclass(frozen=True)
class Load:
    rps: float
    p99_ms: float
    failed: int  # timeouts (over wrk's --timeout), socket errors and non-2xx answers


def nginx_conf(root: Path, static_port: int, cache_port: int, app_port: int) -> str:
    """A whole nginx.conf under ``root``: static files on one port, the shipped cache snippet on another."""
    user = "user root;" if os.geteuid() == 0 else ""  # as root, workers must still read the temp files
    temp = " ".join(f"{kind}_temp_path {root}/tmp/{kind};" for kind in
                    ("client_body", "proxy", "fastcgi", "uwsgi", "scgi"))
    return f"""{user}
worker_processes {os.cpu_count()};
daemon off;
pid {root}/nginx.pid;
error_log stderr warn;
events {{ worker_connections 1024; }}
http {{
    access_log off;
    {temp}
    types {{ text/turtle ttl; text/html html; }}
    upstream vlaq_app {{ server 127.0.0.1:{app_port}; keepalive 32; }}
    proxy_cache_path {root}/cache levels=1:2 keys_zone=vlaq:20m max_size=1g inactive=1h use_temp_path=off;
    server {{ listen 127.0.0.1:{static_port}; root {root}/static; }}
    server {{ listen 127.0.0.1:{cache_port}; include {NGINX_SNIPPET}; }}
}}
"""


@contextmanager
def nginx(root: Path, app_port: int) -> Iterator[tuple[str, str]]:
    """nginx with the static and the caching server (one process, both ports opened before it serves);
    yields their base URLs."""
    static_port, cache_port = free_port(), free_port()
    (root / "tmp").mkdir()
    (root / "nginx.conf").write_text(nginx_conf(root, static_port, cache_port, app_port))
    with running(["nginx", "-p", str(root), "-c", str(root / "nginx.conf")], static_port) as static:
        yield static, f"http://127.0.0.1:{cache_port}"


def fetch(url: str, accept: str) -> bytes:
    request = urllib.request.Request(url, headers={"Accept": accept})
    with urllib.request.urlopen(request, timeout=60) as response:
        return response.read()


def wrk(url: str, accept: str, seconds: int, connections: int) -> Load:
    """Requests/s, p99 latency and failures of ``url`` (a request may take up to 10 s before it counts
    as failed: a saturated server's latency is a result, not an error)."""
    command = ["wrk", "-t2", f"-c{connections}", f"-d{seconds}s", "--timeout", "10s", "--latency",
               "-H", f"Accept: {accept}", url]
    report = subprocess.run(command, capture_output=True, text=True, timeout=seconds + 60, check=True).stdout
    rps = float(re.search(r"Requests/sec:\s+([\d.]+)", report).group(1))
    value, unit = re.search(r"99%\s+([\d.]+)(us|ms|s)\b", report).groups()
    errors = re.search(r"Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)", report)
    non_2xx = re.search(r"Non-2xx or 3xx responses: (\d+)", report)
    failed = sum(map(int, errors.groups())) if errors else 0
    return Load(rps, float(value) * {"us": 0.001, "ms": 1.0, "s": 1000.0}[unit],
                failed + (int(non_2xx.group(1)) if non_2xx else 0))


def app(out: Path) -> AbstractContextManager[str]:
    """``vlaq-lod serve`` on the archive, as the README runs it (its own settings, store on disk)."""
    port = free_port()
    env = {**os.environ, "VLAQ_SPARQL_ENDPOINT": ""}
    return running([str(VENV_BIN / "vlaq-lod"), "serve", "--out", str(out), "--port", str(port)], port, env)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--triples", type=int, default=1_000_000)
    parser.add_argument("--seconds", type=int, default=10)
    parser.add_argument("--connections", type=int, default=16)
    args = parser.parse_args()
    out = archive(args.triples)
    path = question_path(args.triples // 4000)  # a question from the middle of the archive
    print(f"{machine()}\narchive {out.name}, GET {path}, wrk 2 threads, {args.connections} connections, "
          f"{args.seconds} s per case", flush=True)
    rows = []
    with tempfile.TemporaryDirectory() as tmp, app(out) as direct:
        root = Path(tmp)
        os.chmod(root, 0o755)  # nginx workers run as another user unless root
        (root / "static").mkdir()
        for media_type, suffix in FORMATS.values():
            (root / "static" / f"doc.{suffix}").write_bytes(fetch(direct + path, media_type))
        with nginx(root, int(direct.rsplit(":", 1)[1])) as (static, cached):
            for name, (media_type, suffix) in FORMATS.items():
                targets = {"nginx, static file": f"{static}/doc.{suffix}",
                           "vlaq-lod serve": direct + path,
                           "nginx proxy_cache -> vlaq-lod": cached + path}
                assert fetch(targets["nginx proxy_cache -> vlaq-lod"], media_type) == \
                    (root / "static" / f"doc.{suffix}").read_bytes(), "the cache must answer the same bytes"
                results = {}
                for setup, url in targets.items():
                    wrk(url, media_type, 2, args.connections)  # warm-up: workers, page cache, nginx cache
                    load = results[setup] = wrk(url, media_type, args.seconds, args.connections)
                    print(f"  {name}, {setup}: {load.rps:,.0f} req/s, p99 {load.p99_ms:.1f} ms, "
                          f"{load.failed} failed", flush=True)
                rows += [(name, setup, load, load.rps / results["nginx, static file"].rps)
                         for setup, load in results.items()]
    print(f"\n| format | set-up | requests/s | share of nginx static | target >= {TARGET_SHARE:g} | p99 ms | "
          f"target < {TARGET_P99_MS:g} ms | failed |")
    print("|---|---|---:|---:|---|---:|---|---:|")
    for name, setup, load, share in rows:
        met_share = "met" if share >= TARGET_SHARE else "NOT met"
        met_p99 = "met" if load.p99_ms < TARGET_P99_MS else "NOT met"
        print(f"| {name} | {setup} | {load.rps:,.0f} | {share:.2f} | {met_share} | {load.p99_ms:.1f} "
              f"| {met_p99} | {load.failed} |")


if __name__ == "__main__":
    main()
