"""CPU time of one build batch per document, step by step, in this process: what a build worker spends.

A cold build is its batches (on the workers) plus the parent's serial part, so the CPU a batch takes a
document bounds the cold build from below. The reference, in the same run on the same documents, is
parsing them. Each step is timed on its own (parse, graph, SHACL gate), then the whole ``build_batch``
(those again, the consistency flags, the catalogue's entries, the Data Cube checks, the CSV files and
the dump parts). Run it with another tree's ``src`` first on ``PYTHONPATH`` to compare code:

    .venv/bin/python bench/batch_bench.py [--count 250] [--seed 1] [--repeat 2]
"""

from __future__ import annotations

import argparse
import tempfile
import time
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import TypeVar

import rdflib

from generate import generate_corpus  # bench/generate.py, next to this file
from vlaq_lod.build.batches import Batch, Context, build_batch
from vlaq_lod.build.pipeline import dump_prefixes
from vlaq_lod.graph.corpus import ONTOLOGY_DIR, SHAPES_DIR, documents_graph, load_turtle_dir
from vlaq_lod.graph.curated import load_curated
from vlaq_lod.parse import read_document
from vlaq_lod.uris import Uris
from vlaq_lod.validate import check_shapes

T = TypeVar("T")


def cpu_ms(count: int, step: Callable[..., T], *args: object) -> tuple[float, T]:
    """``step(*args)``'s CPU time in milliseconds a document, and what it returned."""
    start = time.process_time()
    result = step(*args)
    return 1000 * (time.process_time() - start) / count, result


def once(paths: tuple[Path, ...], context: Context) -> str:
    """One line: each step's CPU a document, then the whole batch's."""
    count = len(paths)
    parse, documents = cpu_ms(count, lambda: [read_document(p) for p in paths])
    graph_ms, graph = cpu_ms(count, documents_graph, documents, context.curated, context.uris,
                             context.ontology)
    shacl_ms, _ = cpu_ms(count, check_shapes, graph, context.shapes)
    batch_ms, result = cpu_ms(count, build_batch, Batch(1, paths), context)
    assert result.failure is None, result.failure
    triples = list(graph)
    add_ms, _ = cpu_ms(count, added, triples, context)
    return (f"{count} documents, {result.lines} own lines: parse {parse:.1f} ms a document, graph "
            f"{graph_ms:.1f} (of which adding its {len(triples)} triples to an empty graph {add_ms:.1f}), "
            f"SHACL {shacl_ms:.1f}; the whole batch {batch_ms:.1f} ({batch_ms / parse:.1f}x the parse)")


def added(triples: list[tuple], context: Context) -> rdflib.Graph:
    """A graph in the store the build uses (that of an empty batch) with ``triples`` added one by one, as
    the build adds them: what a batch's graph costs beyond making its terms (issue 14's point 6)."""
    graph = documents_graph([], context.curated, context.uris, rdflib.Graph())
    for triple in triples:
        graph.add(triple)
    return graph


def main() -> None:
    args = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    args.add_argument("--count", type=int, default=250)
    args.add_argument("--seed", type=int, default=1)
    args.add_argument("--repeat", type=int, default=2)
    opts = args.parse_args()
    uris = Uris("http://example.org/bench")
    with tempfile.TemporaryDirectory() as folder:
        work = Path(folder)
        generate_corpus(opts.count, work / "sources", opts.seed)
        paths = tuple(sorted((work / "sources").glob("*.txt")))
        ontology, shapes = load_turtle_dir(ONTOLOGY_DIR, uris), load_turtle_dir(SHAPES_DIR, uris)
        context = Context(uris, load_curated(work / "no-curated"), ontology, shapes, work / "staged",
                          datetime(2026, 1, 1, tzinfo=UTC), dump_prefixes(uris))
        for sub in ("batches", "csv"):
            (work / "staged" / sub).mkdir(parents=True)
        build_batch(Batch(0, paths[:10]), context)  # warm: imports, compiled regexes, parsed queries
        for _ in range(opts.repeat):
            print(once(paths, context), flush=True)


if __name__ == "__main__":
    main()
