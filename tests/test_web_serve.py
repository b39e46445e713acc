"""``vlaq-lod serve``'s gunicorn settings, on a real server over loopback."""

from __future__ import annotations

import os
import urllib.request
from pathlib import Path

import pytest

from servers import VENV_BIN, free_port, make_build, running


@pytest.mark.parametrize("logged", [True, False], ids=["to a file", "off"])
def test_the_access_log_goes_where_access_log_says(tmp_path: Path, logged: bool) -> None:
    make_build(tmp_path / "out", "b1", "<http://example.org/s> <http://example.org/p> 1 .")
    log = tmp_path / "access.log"
    port = free_port()
    env = {**os.environ, "VLAQ_SPARQL_ENDPOINT": "", "VLAQ_ACCESS_LOG": str(log) if logged else ""}
    command = [str(VENV_BIN / "vlaq-lod"), "serve", "--out", str(tmp_path / "out"), "--port", str(port)]
    with running(command, port, env) as url, urllib.request.urlopen(f"{url}/robots.txt", timeout=9) as got:
        assert got.status == 200
    assert ("GET /robots.txt" in log.read_text()) if logged else not log.exists()
