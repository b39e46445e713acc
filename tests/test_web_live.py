"""The app as deployed: ``vlaq-lod serve`` (gunicorn, two workers) on 127.0.0.1, spoken to over real HTTP.

Its build is minted for the server's own address, so rdflib can dereference an ``/id/``
IRI the way any linked-data client does: follow the 303, negotiate, fetch the JSON-LD
context by URL.
"""

from __future__ import annotations

import http.client
import json
import os
import signal
import subprocess
import sys
import time
import urllib.parse
from pathlib import Path

import pytest
import rdflib
from rdflib import URIRef

from vlaq_lod.web.negotiate import RDF_FORMATS

SCHEMA = rdflib.Namespace("https://schema.org/")
QUESTION = "/id/vraag/2021-2022-313-jan-jambon"


def request(base: str, method: str, path: str, headers: dict[str, str] | None = None):
    url = urllib.parse.urlsplit(base)
    connection = http.client.HTTPConnection(url.hostname, url.port, timeout=30)
    try:
        connection.request(method, path, headers=headers or {})
        response = connection.getresponse()
        return response.status, dict(response.getheaders()), response.read()
    finally:
        connection.close()


def test_served_by_gunicorn_and_303_over_the_wire(live_server):
    status, headers, _ = request(live_server, "GET", QUESTION, {"Accept": "text/turtle"})
    assert status == 303
    assert headers["Location"].endswith("/doc/vraag/2021-2022-313-jan-jambon")
    assert "gunicorn" in headers["Server"]


@pytest.mark.parametrize("fmt", RDF_FORMATS, ids=lambda f: f.suffix)  # N-Triples: rdflib asks text/plain
def test_rdflib_dereferences_a_thing_like_any_linked_data_client(live_server, fmt):
    """rdflib follows the 303, negotiates ``fmt`` and, for JSON-LD, fetches the context from the server."""
    graph = rdflib.Graph().parse(live_server + QUESTION, format=fmt.rdflib)
    subject = URIRef(live_server + QUESTION)
    assert graph.value(subject, SCHEMA.name) == rdflib.Literal("Informatienummer 1700 - Oproepen", lang="nl")
    assert graph.value(subject, SCHEMA.author) == URIRef(f"{live_server}/id/persoon/vera-jans")


@pytest.mark.parametrize("fmt", RDF_FORMATS, ids=lambda f: f.suffix)
def test_each_format_over_the_wire_by_accept_header(live_server, fmt):
    status, headers, _ = request(live_server, "GET", QUESTION, {"Accept": fmt.media_type})
    assert status == 303
    status, headers, body = request(live_server, "GET", headers["Location"], {"Accept": fmt.media_type})
    assert status == 200 and headers["Content-Type"].startswith(fmt.media_type)
    graph = rdflib.Graph().parse(data=body, format=fmt.rdflib)  # JSON-LD: context fetched over HTTP
    created = graph.value(URIRef(live_server + QUESTION), SCHEMA.dateCreated)
    assert created.toPython().isoformat() == "2022-04-26"


def test_conditional_get_and_head_over_the_wire(live_server):
    path = "/doc/dataset/contacten-1700"
    status, headers, body = request(live_server, "GET", path, {"Accept": "text/html"})
    assert status == 200 and b"826.095" in body
    conditional = {"Accept": "text/html", "If-None-Match": headers["ETag"]}
    status, _, body = request(live_server, "GET", path, conditional)
    assert status == 304 and body == b""
    status, head_headers, body = request(live_server, "HEAD", path, {"Accept": "text/html"})
    assert status == 200 and body == b"" and head_headers["ETag"] == headers["ETag"]


def test_unknown_resource_over_the_wire_is_a_clean_404(live_server):
    accept = {"Accept": "application/ld+json"}
    status, headers, body = request(live_server, "GET", "/doc/vraag/onbekend", accept)
    assert status == 404 and headers["Content-Type"].startswith("application/ld+json")
    assert b"Traceback" not in body and b"/tmp/" not in body


def test_serve_builds_first_when_out_holds_no_build(tmp_path):
    from servers import free_port, running

    port = free_port()
    out = tmp_path / "build"
    command = [sys.executable, "-m", "vlaq_lod", "serve", "--out", str(out), "--port", str(port)]
    env = {**os.environ, "VLAQ_WORKERS": "1", "VLAQ_BASE_URI": ""}
    with running(command, port, env=env, startup=180) as url:
        status, _, body = request(url, "GET", "/doc/dataset/contacten-1700", {"Accept": "text/html"})
        assert status == 200 and b"1.341.255" in body
    # with no base URI set, the build mints its URIs at the server's own port, so they resolve
    assert json.loads((out / "current" / "build.json").read_text())["base_uri"] == f"http://localhost:{port}"
    # Stopping the server stops its workers too: a build made in the server process itself left
    # forked workers hanging for ever in RocksDB's exit handler (issue found in CI runs).
    leftovers = processes_mentioning(str(out), within=15.0)
    for pid in leftovers:
        os.kill(pid, signal.SIGKILL)
    assert leftovers == []


def processes_mentioning(text: str, within: float) -> list[int]:
    """PIDs whose command line contains ``text`` once ``within`` seconds have passed (or none are left)."""
    deadline = time.monotonic() + within
    while True:
        found = []
        for cmdline in Path("/proc").glob("[0-9]*/cmdline"):
            try:
                if text in cmdline.read_bytes().replace(b"\0", b" ").decode(errors="replace"):
                    found.append(int(cmdline.parent.name))
            except OSError:  # the process ended while we looked
                continue
        if not found or time.monotonic() > deadline:
            return found
        time.sleep(0.5)


def test_serve_refuses_a_base_uri_the_build_was_not_minted_for(seed_out):
    """Served at another base, every URI of the build would be a 404: a clear error instead."""
    command = [sys.executable, "-m", "vlaq_lod", "serve", "--out", str(seed_out), "--port", "1",
               "--base-uri", "https://data.example.org/vlaq"]
    done = subprocess.run(command, capture_output=True, text=True, timeout=60)
    assert done.returncode == 2
    assert "minted its URIs under http://localhost:8000" in done.stderr
    assert "vlaq-lod build --base-uri https://data.example.org/vlaq" in done.stderr


def test_the_server_process_starts_without_the_parser_and_the_pipeline():
    """What `vlaq-lod serve` imports is start-up time in every gunicorn master (docs/benchmarks.md,
    start-up): the parser, pypdf and the pipeline are for `build`, not for serving."""
    probe = ("import sys, vlaq_lod.cli, vlaq_lod.build.folder, vlaq_lod.web.server; "
             "print(sorted(m for m in sys.modules if m.split('.')[0] == 'pypdf' "
             "or m.startswith(('vlaq_lod.parse', 'vlaq_lod.build.pipeline', 'vlaq_lod.build.batches', "
             "'pyshacl'))))")
    done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "[]"
