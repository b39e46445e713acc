"""A wheel holds everything the package reads at run time: installed on its own, it builds and serves.

The wheel is built from a copy of the files a source distribution holds (setuptools writes ``build/``
next to what it builds, the name of the build folder), installed with pip into a fresh virtual
environment (dependencies from the package index), and run from a folder outside the repository
holding only a copy of ``data/``.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
import tomllib
import urllib.request
from pathlib import Path

import pytest

from servers import free_port, running
from vlaq_lod.settings import PROJECT_ROOT

SHIPPED = ["pyproject.toml", "README.md", "src", "ontology", "shapes"]


def _run(command: list[str], cwd: Path, env: dict[str, str]) -> str:
    result = subprocess.run(command, cwd=cwd, env=env, capture_output=True, text=True, timeout=600)
    assert result.returncode == 0, f"{' '.join(command)}\n{result.stdout[-2000:]}\n{result.stderr[-4000:]}"
    return result.stdout


def test_every_package_under_src_and_the_two_mapped_folders_is_listed():
    config = tomllib.loads((PROJECT_ROOT / "pyproject.toml").read_text())["tool"]["setuptools"]
    found = {str(p.parent.relative_to(PROJECT_ROOT / "src")).replace("/", ".")
             for p in (PROJECT_ROOT / "src").rglob("__init__.py")}
    assert set(config["packages"]) == found | {"vlaq_lod.ontology", "vlaq_lod.shapes"}
    assert config["package-dir"] == {"": "src", "vlaq_lod.ontology": "ontology", "vlaq_lod.shapes": "shapes"}


def test_a_wheel_installed_in_a_fresh_environment_builds_and_serves_from_elsewhere(tmp_path):
    env = {k: v for k, v in os.environ.items() if not k.startswith("VLAQ_")}
    source = tmp_path / "source"
    source.mkdir()
    for name in SHIPPED:
        if (PROJECT_ROOT / name).is_dir():
            shutil.copytree(PROJECT_ROOT / name, source / name,
                            ignore=shutil.ignore_patterns("__pycache__", "*.egg-info"))
        else:
            shutil.copy2(PROJECT_ROOT / name, source / name)
    _run([sys.executable, "-m", "pip", "wheel", "-q", "--no-deps", "-w", str(tmp_path / "dist"), str(source)],
         tmp_path, env)
    wheel = next((tmp_path / "dist").glob("vlaq_lod-*.whl"))
    _run([sys.executable, "-m", "venv", str(tmp_path / "venv")], tmp_path, env)
    bin_ = tmp_path / "venv" / "bin"
    _run([str(bin_ / "pip"), "install", "-q", "--disable-pip-version-check", str(wheel)], tmp_path, env)

    work = tmp_path / "elsewhere"
    shutil.copytree(PROJECT_ROOT / "data", work / "data")
    where = _run([str(bin_ / "python"), "-c", "import vlaq_lod.ontology as o; print(o.__file__)"], work, env)
    assert where.startswith(str(tmp_path / "venv")), where
    _run([str(bin_ / "vlaq-lod"), "build"], work, env)  # the defaults: ./data into ./build
    assert (work / "build" / "current" / "ontology.ttl").stat().st_size > 1000

    port = free_port()
    serve = [str(bin_ / "vlaq-lod"), "serve", "--out", str(work / "build"), "--port", str(port)]
    with running(serve, port, env, startup=60.0) as url:
        landing = urllib.request.urlopen(f"{url}/", timeout=30).read().decode()
        page = re.search(r'href="(/doc/dataset/[^"]+)"', landing)
        assert page, landing[:2000]
        with urllib.request.urlopen(f"{url}{page.group(1)}", timeout=30) as response:
            assert response.status == 200 and response.headers.get_content_type() == "text/html"
        with urllib.request.urlopen(urllib.request.Request(
                f"{url}/def/vlaq", headers={"Accept": "text/turtle"}), timeout=30) as response:
            assert b"owl:Ontology" in response.read()


@pytest.fixture(autouse=True)
def _no_leftovers():
    """setuptools writes ``build/`` beside what it builds: the test builds a copy, never the checkout."""
    before = (PROJECT_ROOT / "build" / "lib").exists()
    yield
    assert (PROJECT_ROOT / "build" / "lib").exists() == before
