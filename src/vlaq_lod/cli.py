"""``vlaq-lod``: thin commands over the library; each one builds objects and calls one function."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import click

from . import __version__
from .parse import ParseError, read_document, to_json


@click.group()
@click.version_option(__version__)
def main() -> None:
    """Linked open data for the written questions of the Flemish Parliament."""


@main.command()
@click.argument("files", nargs=-1, required=True, type=click.Path(path_type=Path, dir_okay=False))
def parse(files: tuple[Path, ...]) -> None:
    """Parse written-question documents (text or PDF) and print them as a JSON array.

    A document that cannot be read is reported on stderr as FILE:LINE: message; the others are
    still printed, and the exit status is 1.
    """
    documents, failed = [], False
    for path in files:
        try:
            documents.append(to_json(read_document(path)))
        except ParseError as error:
            click.echo(str(error), err=True)
            failed = True
    click.echo(json.dumps(documents, ensure_ascii=False, indent=2))
    sys.exit(1 if failed else 0)
