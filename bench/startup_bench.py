"""From starting ``vlaq-lod serve`` to its first answered request, against archive size.

For each size (a synthetic archive in the real vocabulary, ``bench/archive.py``) the server is started
``--repeat`` times; the clock runs from spawning the process to the first 200 for a question's
Turtle description (which opens the store and runs the page's queries), polled every 10 ms. The
references in the same run: ``oxigraph serve-read-only`` on the same store answering its first
``ASK {}`` (the engine's own floor for opening that store), and the time Python takes to import what
``serve`` imports before gunicorn starts (``vlaq_lod.cli`` and ``vlaq_lod.web.server``): what no store
choice can remove. Target: under 2 s at 1M triples.

    .venv/bin/python bench/startup_bench.py --sizes 10000 100000 1000000
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path

from archive import archive, machine, question_path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))
from servers import VENV_BIN, free_port  # noqa: E402  (tests/servers.py)

TARGET_S = 2.0  # at 1M triples
GIVE_UP_S = 120.0


def first_answer_s(command: list[str], url: str, env: dict[str, str] | None = None) -> float:
    """Seconds from spawning ``command`` to the first 200 from ``url``; the process is then stopped."""
    start = time.perf_counter()
    process = subprocess.Popen(command, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        while time.perf_counter() - start < GIVE_UP_S:
            if process.poll() is not None:
                raise RuntimeError(f"{command[0]} exited with {process.returncode}")
            try:
                with urllib.request.urlopen(url, timeout=GIVE_UP_S) as response:
                    if response.status == 200:
                        return time.perf_counter() - start
            except (urllib.error.URLError, ConnectionError):
                time.sleep(0.01)
        raise TimeoutError(f"no answer from {url} within {GIVE_UP_S} s")
    finally:
        process.terminate()
        process.wait(30)


def vlaq_serve_s(out: Path) -> float:
    port = free_port()
    command = [str(VENV_BIN / "vlaq-lod"), "serve", "--out", str(out), "--port", str(port)]
    env = {**os.environ, "VLAQ_SPARQL_ENDPOINT": ""}
    return first_answer_s(command, f"http://127.0.0.1:{port}{question_path()}.ttl", env)


def oxigraph_s(out: Path) -> float:
    port = free_port()
    command = [str(VENV_BIN / "oxigraph"), "serve-read-only", "--location", str(out / "current" / "store"),
               "--bind", f"127.0.0.1:{port}"]
    return first_answer_s(command, f"http://127.0.0.1:{port}/query?query=ASK%7B%7D")


def import_s() -> float:
    """Seconds for a fresh interpreter to import what ``vlaq-lod serve`` imports before it forks."""
    start = time.perf_counter()
    subprocess.run([sys.executable, "-c", "import vlaq_lod.cli, vlaq_lod.web.server"], check=True)
    return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[10_000, 100_000, 1_000_000])
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    print(machine(), flush=True)
    print("\n| triples | vlaq-lod serve, first answer | oxigraph serve-read-only, first answer | ratio | "
          f"importing vlaq-lod | target < {TARGET_S:g} s at 1M |")
    print("|---:|---:|---:|---:|---:|---|")
    for size in args.sizes:
        out = archive(size)
        triples = json.loads((out / "current" / "build.json").read_text())["counts"]["triples"]
        vlaq = statistics.median(vlaq_serve_s(out) for _ in range(args.repeat))
        oxigraph = statistics.median(oxigraph_s(out) for _ in range(args.repeat))
        imports = statistics.median(import_s() for _ in range(args.repeat))
        verdict = ("met" if vlaq < TARGET_S else "NOT met") if triples >= 1_000_000 else ""
        print(f"| {triples:,} | {vlaq:.2f} s | {oxigraph:.2f} s | {vlaq / oxigraph:.1f} | {imports:.2f} s "
              f"| {verdict} |", flush=True)


if __name__ == "__main__":
    main()
