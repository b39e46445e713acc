"""``vlaq-lod``: thin commands over the library; each one builds objects and calls one function.

Each command imports what it needs when it runs, so `serve` (whose process is gunicorn's master)
starts without the parser, pypdf or the pipeline.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import TYPE_CHECKING

import click
from tqdm import tqdm

from . import __version__, settings

if TYPE_CHECKING:
    from .build.folder import BuildFolder


@click.group()
@click.version_option(__version__)
def main() -> None:
    """Linked open data for the written questions of the Flemish Parliament."""


@main.command()
@click.argument("files", nargs=-1, required=True, type=click.Path(path_type=Path))
def parse(files: tuple[Path, ...]) -> None:
    """Parse written-question documents (text or PDF) and print them as a JSON array.

    A document that cannot be read is reported on stderr as FILE:LINE: message; the others are
    still printed, and the exit status is 1.
    """
    from .parse import ParseError, read_document, to_json

    documents, failed = [], False
    for path in files:
        try:
            documents.append(to_json(read_document(path)))
        except ParseError as error:
            click.echo(str(error), err=True)
            failed = True
    click.echo(json.dumps(documents, ensure_ascii=False, indent=2))
    sys.exit(1 if failed else 0)


PARTIAL = 3  # exit status of a build that published without its rejected documents
LARGE_CORPUS = 1000  # documents; above this a build shows progress even when stderr is not a terminal


class _ProgressBar:
    """A tqdm bar per pipeline step, on stderr, only on a terminal or for a large corpus."""

    def __init__(self) -> None:
        self.bar = None
        self.step = ""
        self.enabled: bool | None = None

    def __call__(self, step: str, done: int, total: int) -> None:
        if self.enabled is None:  # decided on the first report, which is the parse step's size
            self.enabled = sys.stderr.isatty() or total >= LARGE_CORPUS
        if not self.enabled:
            return
        if step != self.step:
            self.close()
            self.bar, self.step = tqdm(total=total, desc=step, file=sys.stderr, leave=False), step
        self.bar.update(done - self.bar.n)

    def close(self) -> None:
        if self.bar is not None:
            self.bar.close()


@main.command()
@click.option("--sources", type=click.Path(path_type=Path, file_okay=False), help="Default: SOURCES.")
@click.option("--out", type=click.Path(path_type=Path, file_okay=False), help="Default: OUT.")
@click.option("--base-uri", help="Default: BASE_URI.")
@click.option("--strict", is_flag=True, help="All or nothing: any rejected document fails the build.")
@click.option("--no-wait", is_flag=True, help="Fail at once when another build is writing into OUT.")
@click.option("--full", is_flag=True, help="Build every document again (default: reuse unchanged batches).")
def build(sources: Path | None, out: Path | None, base_uri: str | None, strict: bool, no_wait: bool,
          full: bool) -> None:
    """Parse, model, validate and publish the corpus as a new build in OUT (swapped in atomically).

    A document that fails is left out and the others are published; each rejection is reported on
    stderr as FILE:LINE: reason, and the exit status is 3 (0 when every document passed). On a problem
    no document can be blamed for, or with --strict on any rejection, nothing in OUT changes and the
    exit status is 1. A second build into the same OUT waits for the first (with --no-wait: status 1).
    """
    # imported here: pySHACL and the graph builder take a second to import, `parse` needs neither
    from .build.folder import BuildLocked
    from .build.pipeline import BuildConfig, BuildFailed
    from .build.pipeline import build as run_build
    from .store import open_remote

    config = settings.load({"SOURCES": sources, "OUT": out, "BASE_URI": base_uri})
    remote = open_remote(config) if config["SPARQL_ENDPOINT"] else None  # loaded after the swap
    bar = _ProgressBar()
    try:
        folder = run_build(BuildConfig(Path(config["SOURCES"]), Path(config["OUT"]), config["BASE_URI"],
                                       remote=remote, workers=config["BUILD_WORKERS"],
                                       batch_size=config["BUILD_BATCH"], strict=strict,
                                       wait=not no_wait, full=full), bar)
    except (BuildFailed, BuildLocked, OSError) as failure:  # OSError: an OUT that cannot be written
        bar.close()
        click.echo(f"build failed:\n{failure}", err=True)
        sys.exit(1)
    bar.close()
    info = folder.info()
    for rejection in info.rejected:
        click.echo(rejection.render(), err=True)
    click.echo(f"build {info.id}: " + ", ".join(f"{v} {k}" for k, v in info.counts.items())
               + (f"; {len(info.rejected)} rejected (see /afgewezen)" if info.rejected else ""))
    sys.exit(PARTIAL if info.rejected else 0)


@main.command("validate")
@click.option("--out", type=click.Path(path_type=Path, file_okay=False), help="Default: OUT.")
@click.option("--verbose", is_flag=True, help="Also list the integrity constraints that hold.")
def validate_command(out: Path | None, verbose: bool) -> None:
    """Re-run SHACL and the Data Cube integrity constraints on the current build; status 1 on violations."""
    from .build.folder import Out
    from .build.recheck import check_build

    config = settings.load({"OUT": out})
    folder = Out(Path(config["OUT"])).current()
    if folder is None:
        click.echo("no current build: run `vlaq-lod build` first", err=True)
        sys.exit(2)
    try:
        report = check_build(folder, config["BUILD_WORKERS"])
    except ValueError as error:
        click.echo(str(error), err=True)
        sys.exit(2)
    click.echo(report.text(verbose))
    sys.exit(0 if report.ok else 1)


def settings_table() -> str:
    """Every setting with its variable, default and meaning (``serve --help-settings``)."""
    rows = [f"{s.env:<28} {str(s.default)!s:<24} {s.help}" for s in settings.SETTINGS]
    return "\n".join([f"{'variable':<28} {'default':<24} meaning", *rows])


@main.command()
@click.option("--out", type=click.Path(path_type=Path, file_okay=False), help="Default: OUT.")
@click.option("--host", help="Default: HOST.")
@click.option("--port", type=int, help="Default: PORT.")
@click.option("--base-uri", help="Default: BASE_URI (also used to build when OUT holds no build).")
@click.option("--help-settings", is_flag=True, help="List every setting (VLAQ_* variables) and exit.")
def serve(out: Path | None, host: str | None, port: int | None, base_uri: str | None,
          help_settings: bool) -> None:
    """Serve the current build in OUT with gunicorn (building it first if OUT holds none)."""
    if help_settings:
        click.echo(settings_table())
        return
    from .build.folder import Out
    from .web.server import Server

    overrides = {"OUT": out, "HOST": host, "PORT": port, "BASE_URI": base_uri}
    config = settings.load(overrides)
    folder = Out(Path(config["OUT"])).current()
    if folder is None:
        build_in_child(Path(config["OUT"]), config["BASE_URI"])
    else:
        config["BASE_URI"] = served_base(folder, config["BASE_URI"], settings.is_set("BASE_URI", overrides))
    Server(config).run()


def served_base(folder: BuildFolder, base_uri: str, given: bool) -> str:
    """The base URI to serve a build at: the one it was built with. Its URIs were minted there, so a
    server at another base would answer 404 for every one of them; a base given that differs is an
    error that says how to fix it, not a silent switch."""
    built = folder.info().base_uri
    if given and base_uri != built:
        click.echo(f"{folder.path}: this build minted its URIs under {built}, not {base_uri}; serve it with "
                   f"--base-uri {built}, or rebuild it with `vlaq-lod build --base-uri {base_uri}`", err=True)
        sys.exit(2)
    return built


def build_in_child(out: Path, base_uri: str) -> None:
    """Build in a child process, never in the server that is about to fork its workers.

    Writing the store starts RocksDB's thread pool; a worker forked after that inherits the
    pool's lock but not its threads and hangs for ever in RocksDB's exit handler, so the
    server could not be stopped (a test left such workers behind)."""
    command = [sys.executable, "-m", "vlaq_lod", "build", "--out", str(out), "--base-uri", base_uri]
    if subprocess.run(command, check=False).returncode != 0:
        sys.exit(1)
