"""Shared fixtures: the seed corpus built once per session, the way ``vlaq-lod build`` builds it."""

from __future__ import annotations

import os
import shutil
import sys
from pathlib import Path

import pytest

from vlaq_lod.settings import PROJECT_ROOT

SEED_BASE = "http://localhost:8000"


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption("--screenshots", action="store_true",
                     help="browser tests save their screenshots into docs/screenshots/ (else a temp folder)")


@pytest.fixture(scope="session")
def seed_out(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """An OUT folder holding one build of ``data/`` (``OUT/current`` -> ``builds/<id>``)."""
    from vlaq_lod.build.pipeline import BuildConfig, build

    out = tmp_path_factory.mktemp("seed") / "build"
    build(BuildConfig(PROJECT_ROOT / "data", out, SEED_BASE))
    return out


@pytest.fixture(scope="session")
def seed_build(seed_out: Path) -> Path:
    """The seed build's folder (``build.json``, ``store/``, ``dumps/`` …)."""
    return (seed_out / "current").resolve()


@pytest.fixture(scope="session")
def seed_graph(seed_build: Path):
    """The seed build's dump as one rdflib graph (``builds.dump_graph``). Shared: copy it to change it."""
    from builds import dump_graph

    return dump_graph(seed_build, SEED_BASE)


# --- the web app over the seed build: a Flask client, and gunicorn serving its own build over HTTP ---


@pytest.fixture(scope="session")
def web_app(seed_out: Path):
    """The app as ``serve`` makes it, over the seed build (real ``CurrentStore``)."""
    from vlaq_lod.web import create_app

    return create_app({"TESTING": True, "OUT": str(seed_out), "BASE_URI": SEED_BASE})


@pytest.fixture
def client(web_app):
    return web_app.test_client()


@pytest.fixture(scope="session")
def live_server(tmp_path_factory: pytest.TempPathFactory):
    """``vlaq-lod serve`` (gunicorn, 2 workers) on a free 127.0.0.1 port, serving a build minted for that
    address, so every IRI, link and the JSON-LD context resolve over real HTTP. Yields the base URL."""
    from servers import free_port, running
    from vlaq_lod.build.pipeline import BuildConfig, build

    port = free_port()
    base = f"http://127.0.0.1:{port}"
    out = tmp_path_factory.mktemp("live") / "build"
    build(BuildConfig(PROJECT_ROOT / "data", out, base))
    command = [sys.executable, "-m", "vlaq_lod", "serve", "--out", str(out), "--port", str(port),
               "--base-uri", base]
    with running(command, port, env={**os.environ, "VLAQ_WORKERS": "2"}) as url:
        yield url


@pytest.fixture
def shapes_with(tmp_path: Path):
    """The project's shapes plus one more file (name, Turtle): stricter or extra checks for a test build."""
    def make(name: str, turtle: str) -> Path:
        shapes = tmp_path / "shapes"
        shutil.copytree(PROJECT_ROOT / "shapes", shapes)
        (shapes / name).write_text(turtle)
        return shapes
    return make
