"""Where the official standards artifacts are, so a clone with nothing beside it still runs its tests.

A file is looked up, in order: in ``shared/standards`` beside the clone (every developer machine and CI;
``VLAQ_STANDARDS`` names another folder); in a cache (``VLAQ_STANDARDS_CACHE``, default
``~/.cache/vlaq-lod/standards``); else it is fetched once into that cache from the address pinned in
``standards.tsv`` (raw GitHub bytes at a fixed commit, from ``shared/standards/SOURCES.tsv``) and kept
only if its SHA-256 is the pinned one. When all three fail, the test that needs it skips with one line
naming the file and how to get it; collection never reads a standards file.
"""

from __future__ import annotations

import hashlib
import os
import urllib.request
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import pytest

PINS = Path(__file__).with_name("standards.tsv")
BESIDE = Path(__file__).resolve().parents[2] / "shared" / "standards"
SHARED = Path(os.environ.get("VLAQ_STANDARDS") or BESIDE)
CACHE = Path(os.environ.get("VLAQ_STANDARDS_CACHE") or Path.home() / ".cache" / "vlaq-lod" / "standards")


@dataclass(frozen=True)
class Pin:
    sha256: str
    url: str  # empty: published only as part of shared/standards (its README says why)


def read_pins(path: Path = PINS) -> dict[str, Pin]:
    rows = (line.split("\t") for line in path.read_text().splitlines() if not line.startswith("#"))
    return {name: Pin(sha, url) for name, sha, url in rows}


@dataclass(frozen=True)
class Standards:
    shared: Path
    cache: Path
    pins: dict[str, Pin]

    def find(self, name: str) -> Path | str:
        """The file's path, or one line saying why it is missing and how to get it."""
        for folder in (self.shared, self.cache):
            if (folder / name).is_file():
                return folder / name
        pin = self.pins.get(name)
        if pin is None or not pin.url:
            return f"{name} is missing: put shared/standards beside the clone ({self.shared})"
        try:
            with urllib.request.urlopen(pin.url, timeout=30) as response:
                body = response.read()
        except OSError as error:
            return (f"{name} is missing: put shared/standards beside the clone ({self.shared}) "
                    f"or let the tests fetch {pin.url} ({error})")
        if hashlib.sha256(body).hexdigest() != pin.sha256:
            return f"{name}: {pin.url} does not have the pinned SHA-256 {pin.sha256}"
        target = self.cache / name
        target.parent.mkdir(parents=True, exist_ok=True)
        partial = target.with_name(f".{target.name}.{os.getpid()}")
        partial.write_bytes(body)
        partial.replace(target)
        return target


DEFAULT = Standards(SHARED, CACHE, read_pins())


@cache
def find(name: str) -> Path | str:
    """``DEFAULT.find`` once per file and session, so an offline run asks the network once per file."""
    return DEFAULT.find(name)


def standard(name: str) -> Path:
    """The path of ``name`` (relative to shared/standards); skips the calling test when it is missing."""
    found = find(name)
    if isinstance(found, str):
        pytest.skip(found)
    return found
