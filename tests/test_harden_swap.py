"""A rebuild while ``vlaq-lod serve`` runs: readers see the old build or the new one, never a mix, and
not one request fails; and a build killed in any step before the store leaves OUT as it was.

(``test_pipeline_build.py`` already proves a bad document, a SHACL violation and a SIGKILL while the
store is written leave OUT byte-identical; the kills here cover the steps before that one.)
"""

from __future__ import annotations

import hashlib
import http.client
import os
import shutil
import signal
import subprocess
import sys
import threading
import time
import urllib.parse
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pyoxigraph as ox
import pytest
import rdflib

from servers import free_port, running
from test_pipeline_build import checksums
from vlaq_lod.build.pipeline import BuildConfig, build
from vlaq_lod.settings import PROJECT_ROOT

HARDEN = Path(__file__).parent / "fixtures" / "harden"
VLAQ_LOD = str(Path(sys.executable).parent / "vlaq-lod")
DCT = rdflib.DCTERMS
COUNT = "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"
VOID_TRIPLES = rdflib.URIRef("http://rdfs.org/ns/void#triples")


@dataclass(frozen=True)
class Seen:
    """What one response says about the build it came from (``None``: the request failed)."""

    route: str
    fingerprint: tuple | None
    detail: str = ""


def get(base: str, path: str, accept: str) -> tuple[int, bytes]:
    url = urllib.parse.urlsplit(base)
    connection = http.client.HTTPConnection(url.hostname, url.port, timeout=60)
    try:
        connection.request("GET", path, headers={"Accept": accept})
        response = connection.getresponse()
        return response.status, response.read()
    finally:
        connection.close()


def ldes_fingerprint(body: bytes) -> tuple:
    """The builds that published the page's members, and how many members it has."""
    graph = rdflib.Graph().parse(data=body, format="turtle")
    return versions_fingerprint({str(v) for v in graph.subjects(DCT.isVersionOf, None)})


def versions_fingerprint(versions: set[str]) -> tuple:
    """Version IRIs name their page and build: ``/ldes/pagina/{page}/{build}/{type}/{key}``."""
    return (frozenset(v.split("/ldes/pagina/", 1)[1].split("/")[1] for v in versions), len(versions))


READS: dict[str, tuple[str, str, Callable[[bytes], tuple]]] = {
    "ldes": ("/ldes/pagina/1", "text/turtle", ldes_fingerprint),  # the page a rebuild appends to
    "dump": ("/dumps/vlaq.nt.gz", "*/*", lambda body: (hashlib.sha256(body).hexdigest(),)),
    "sparql": ("/sparql?" + urllib.parse.urlencode({"query": COUNT}), "text/csv",
               lambda body: (int(body.decode().split()[1]),)),
    "void": ("/.well-known/void", "text/turtle",
             lambda body: tuple(sorted(int(o) for o in rdflib.Graph().parse(data=body, format="turtle")
                                       .objects(None, VOID_TRIPLES)))),
}


def read(base: str, route: str) -> Seen:
    path, accept, fingerprint = READS[route]
    try:
        status, body = get(base, path, accept)
    except OSError as error:
        return Seen(route, None, f"{type(error).__name__}: {error}")
    if status != 200:
        return Seen(route, None, f"{status} {body[:200]!r}")
    return Seen(route, fingerprint(body))


def expected(build_folder: Path, base: str) -> dict[str, tuple]:
    """Each route's fingerprint for one build, computed from its files, not from the server."""
    store = ox.Store.read_only(str(build_folder / "store"))
    triples = int(next(iter(store.query(COUNT)))["n"].value)
    del store
    page = (build_folder / "stream" / "pages" / "000001.nt").read_text(encoding="utf-8").splitlines()
    versions = {line.split(" ", 1)[0][1:-1] for line in page if f" <{DCT.isVersionOf}> " in line}
    void = rdflib.Graph().parse(build_folder / "void.ttl", format="turtle")
    return {
        "ldes": versions_fingerprint(versions),
        "dump": (hashlib.sha256((build_folder / "dumps" / "vlaq.nt.gz").read_bytes()).hexdigest(),),
        "sparql": (triples,),
        "void": tuple(sorted(int(o) for o in void.objects(None, VOID_TRIPLES))),
    }


def test_a_rebuild_under_load_is_seen_whole_and_drops_no_request(tmp_path: Path) -> None:
    port = free_port()
    base = f"http://127.0.0.1:{port}"
    out = tmp_path / "build"
    old = build(BuildConfig(PROJECT_ROOT / "data", out, base)).path  # six documents
    command = [sys.executable, "-m", "vlaq_lod", "serve", "--out", str(out), "--port", str(port),
               "--base-uri", base]
    seen: list[Seen] = []
    stop = threading.Event()

    def reader(route: str) -> None:
        while not stop.is_set():
            seen.append(read(base, route))

    with running(command, port, env={**os.environ, "VLAQ_WORKERS": "2"}) as url:  # never restarted
        readers = [route for route in READS for _ in range(4 if route == "ldes" else 2)]  # /ldes mixes most
        threads = [threading.Thread(target=reader, args=(route,)) for route in readers]
        for thread in threads:
            thread.start()
        time.sleep(2)
        rebuilt = subprocess.run([VLAQ_LOD, "build", "--sources", str(HARDEN / "xss"), "--out", str(out),
                                  "--base-uri", base], capture_output=True, text=True, timeout=300)
        new = (out / "current").resolve()
        by_build = [expected(old, base), expected(new, base)]
        deadline = time.monotonic() + 20
        while time.monotonic() < deadline and read(url, "ldes").fingerprint != by_build[1]["ldes"]:
            time.sleep(0.2)  # the server follows OUT/current within its recheck interval
        time.sleep(2)
        stop.set()
        for thread in threads:
            thread.join(60)

    assert rebuilt.returncode == 0, rebuilt.stderr
    assert new != old
    assert all(by_build[0][route] != by_build[1][route] for route in READS)  # a mix would show
    failed = [s for s in seen if s.fingerprint is None]
    assert failed == [], failed[:5]
    mixed = [s for s in seen if s.fingerprint not in (by_build[0][s.route], by_build[1][s.route])]
    assert mixed == [], mixed[:5]
    for route in READS:  # each route was read on both sides of the swap
        assert {s.fingerprint for s in seen if s.route == route} == {b[route] for b in by_build}, route


# --- killed builds, any step before the store --------------------------------------------------------

STOP_AT = """
import os, signal, sys
from pathlib import Path
from vlaq_lod.build.pipeline import BuildConfig, build

def stop(step, done, total):
    if step == sys.argv[3]:
        os.kill(os.getpid(), signal.SIGKILL)

build(BuildConfig(Path(sys.argv[1]), Path(sys.argv[2]), "http://localhost:8000"), stop)
"""


@pytest.fixture(scope="module")
def small_out(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("small") / "build"
    build(BuildConfig(PROJECT_ROOT / "data", out, "http://localhost:8000"))
    return out


@pytest.mark.parametrize("step", ["parse", "graph", "validate", "write"])
def test_a_build_killed_at_any_step_leaves_out_and_its_dumps_unchanged(small_out: Path, tmp_path: Path,
                                                                       step: str) -> None:
    out = tmp_path / "build"
    shutil.copytree(small_out, out, symlinks=True)
    before = checksums(out)  # every file, the dumps included, and where OUT/current points
    done = subprocess.run([sys.executable, "-c", STOP_AT, str(HARDEN / "xss"), str(out), step], timeout=300)
    assert done.returncode == -signal.SIGKILL  # it really died there, not before or after
    assert checksums(out) == before
