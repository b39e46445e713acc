"""A runaway SPARQL query holds its query process, never the web server: pages keep being served.

``vlaq-lod serve`` with its defaults (2 gunicorn workers): two runaway queries run into the timeout
at once, and a page asked for while they run is answered before either of them. (With gunicorn's sync
workers each runaway held a whole worker, and the page waited the full timeout.) An ordering, not a
speed: the page has the whole timeout to spare.
"""

from __future__ import annotations

import http.client
import os
import sys
import threading
import time
import urllib.parse
from pathlib import Path

from servers import free_port, running

TIMEOUT = 8.0
RUNAWAY = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }"


def get(port: int, path: str) -> tuple[int, float]:
    """Status, and the time.monotonic() at which the whole answer had arrived."""
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=TIMEOUT + 30)
    try:
        connection.request("GET", path)
        response = connection.getresponse()
        response.read()
        return response.status, time.monotonic()
    finally:
        connection.close()


def test_pages_are_served_while_runaway_queries_run(seed_out: Path) -> None:
    port = free_port()
    command = [sys.executable, "-m", "vlaq_lod", "serve", "--out", str(seed_out), "--port", str(port)]
    env = {**os.environ, "VLAQ_WORKERS": "2", "VLAQ_QUERY_WORKERS": "2", "VLAQ_QUERY_TIMEOUT": str(TIMEOUT)}
    runaways: list[tuple[int, float]] = []
    with running(command, port, env=env):
        get(port, "/sparql?query=ASK%7B%7D")  # query processes started: time the runaways, not a start
        started = time.monotonic()
        path = "/sparql?" + urllib.parse.urlencode({"query": RUNAWAY})
        threads = [threading.Thread(target=lambda: runaways.append(get(port, path))) for _ in range(2)]
        for thread in threads:
            thread.start()
        time.sleep(1.0)
        page_status, page_done = get(port, "/doc/vraag/2021-2022-313-jan-jambon")
        for thread in threads:
            thread.join(TIMEOUT + 30)
    assert page_status == 200
    assert [status for status, _ in runaways] == [503, 503]
    assert all(page_done < done for _, done in runaways)  # the page did not wait for a runaway
    assert all(done - started <= TIMEOUT + 5 for _, done in runaways)  # and they were stopped in time
