"""Where the official standards artifacts are: ``shared/standards`` beside the clone, as on every
developer machine and in CI (a fresh clone of main with ``shared/`` next to it)."""

from __future__ import annotations

from pathlib import Path

STANDARDS = Path(__file__).resolve().parents[2] / "shared" / "standards"
