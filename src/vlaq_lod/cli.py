"""``vlaq-lod``: thin commands over the library; each one builds objects and calls one function.

Each command imports what it needs when it runs, so `serve` (whose process is gunicorn's master)
starts without the parser, pypdf or the pipeline.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import click
from tqdm import tqdm

from . import __version__, settings


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
def build(sources: Path | None, out: Path | None, base_uri: str | None) -> None:
    """Parse, model, validate and publish the corpus as a new build in OUT (swapped in atomically).

    On any problem nothing in OUT changes; the report goes to stderr and the exit status is 1.
    """
    # imported here: pySHACL and the graph builder take a second to import, `parse` needs neither
    from .pipeline import BuildConfig, BuildFailed
    from .pipeline import build as run_build
    from .store import open_remote

    config = settings.load({"SOURCES": sources, "OUT": out, "BASE_URI": base_uri})
    remote = open_remote(config) if config["SPARQL_ENDPOINT"] else None  # loaded after the swap
    bar = _ProgressBar()
    try:
        folder = run_build(BuildConfig(Path(config["SOURCES"]), Path(config["OUT"]), config["BASE_URI"],
                                       remote=remote, workers=config["BUILD_WORKERS"],
                                       batch_size=config["BUILD_BATCH"]), bar)
    except (BuildFailed, OSError) as failure:  # OSError: an OUT that cannot be written (full, read-only)
        bar.close()
        click.echo(f"build failed:\n{failure}", err=True)
        sys.exit(1)
    bar.close()
    info = json.loads((folder / "build.json").read_text(encoding="utf-8"))
    click.echo(f"build {info['id']}: " + ", ".join(f"{v} {k}" for k, v in info["counts"].items()))


@main.command("validate")
@click.option("--out", type=click.Path(path_type=Path, file_okay=False), help="Default: OUT.")
@click.option("--verbose", is_flag=True, help="Also list the integrity constraints that hold.")
def validate_command(out: Path | None, verbose: bool) -> None:
    """Re-run SHACL and the Data Cube integrity constraints on the current build; status 1 on violations."""
    from .publish import current_build
    from .recheck import check_build

    config = settings.load({"OUT": out})
    folder = current_build(Path(config["OUT"]))
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
    from .publish import current_build
    from .web.server import Server

    overrides = {"OUT": out, "HOST": host, "PORT": port, "BASE_URI": base_uri}
    config = settings.load(overrides)
    folder = current_build(Path(config["OUT"]))
    if folder is None:
        build_in_child(Path(config["OUT"]), config["BASE_URI"])
    else:
        config["BASE_URI"] = served_base(folder, config["BASE_URI"], settings.is_set("BASE_URI", overrides))
    Server(config).run()


def served_base(folder: Path, base_uri: str, given: bool) -> str:
    """The base URI to serve a build at: the one it was built with. Its URIs were minted there, so a
    server at another base would answer 404 for every one of them; a base given that differs is an
    error that says how to fix it, not a silent switch."""
    built = json.loads((folder / "build.json").read_text(encoding="utf-8"))["base_uri"]
    if given and base_uri != built:
        click.echo(f"{folder}: this build minted its URIs under {built}, not {base_uri}; serve it with "
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
