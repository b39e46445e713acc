"""``vlaq-lod``: thin commands over the library; each one builds objects and calls one function."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import click

from . import __version__


@click.group()
@click.version_option(__version__)
def main() -> None:
    """Linked open data for the written questions of the Flemish Parliament."""
