"""The SHACL gate's CPU time on one batch of generated documents, with each SPARQL constraint parsed once
(``validate.shacl._queries_parsed_once``) against pySHACL's parse per focus node, in the same run.

    .venv/bin/python bench/shacl_bench.py [--count 50] [--seed 1]
"""

from __future__ import annotations

import argparse
import tempfile
import time
from contextlib import nullcontext
from pathlib import Path

import vlaq_lod.validate.shacl as shacl
from generate import generate_corpus  # bench/generate.py, next to this file
from vlaq_lod.graph.corpus import SHAPES_DIR, corpus_graph, load_turtle_dir
from vlaq_lod.parse import read_document
from vlaq_lod.uris import Uris


def main() -> None:
    args = argparse.ArgumentParser(description=__doc__)
    args.add_argument("--count", type=int, default=50)
    args.add_argument("--seed", type=int, default=1)
    opts = args.parse_args()
    uris = Uris("http://example.org/bench")
    with tempfile.TemporaryDirectory() as folder:
        generate_corpus(opts.count, Path(folder), opts.seed)
        docs = [read_document(path) for path in sorted(Path(folder).glob("*.txt"))]
        graph = corpus_graph(docs, Path(folder) / "no-curated", uris)
    shapes = load_turtle_dir(SHAPES_DIR, uris)
    once = shacl._queries_parsed_once
    times = {}
    for name, cache in (("parsed once", once), ("parsed per focus node", nullcontext)):
        shacl._queries_parsed_once = cache
        start = time.process_time()
        findings = shacl.check_shapes(graph, shapes).findings
        times[name] = time.process_time() - start
        print(f"{name:24} {times[name]:6.2f} s CPU, {len(findings)} findings, {len(graph)} triples")
    shacl._queries_parsed_once = once
    print(f"per focus node / once = {times['parsed per focus node'] / times['parsed once']:.2f}")


if __name__ == "__main__":
    main()
