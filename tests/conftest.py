"""Shared fixtures: the seed corpus built once per session, the way ``vlaq-lod build`` builds it."""

from __future__ import annotations

from pathlib import Path

import pytest

from vlaq_lod.settings import PROJECT_ROOT

SEED_BASE = "http://localhost:8000"


@pytest.fixture(scope="session")
def seed_out(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """An OUT folder holding one build of ``data/`` (``OUT/current`` -> ``builds/<id>``)."""
    from vlaq_lod.pipeline import BuildConfig, build

    out = tmp_path_factory.mktemp("seed") / "build"
    build(BuildConfig(PROJECT_ROOT / "data", out, SEED_BASE))
    return out


@pytest.fixture(scope="session")
def seed_build(seed_out: Path) -> Path:
    """The seed build's folder (``build.json``, ``store/``, ``dumps/`` …)."""
    return (seed_out / "current").resolve()
