"""The SHACL gate's CPU time on one batch of generated documents, with pySHACL's SPARQL queries answered
by Oxigraph (``validate.shacl._queries_answered``) against pySHACL as it comes (rdflib's engine, each
query text parsed again per focus node), in the same run, with the findings compared.

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
    answered = shacl._queries_answered
    times, findings = {}, {}
    for name, answer in (("Oxigraph", answered), ("pySHACL as it comes", lambda _data: nullcontext())):
        shacl._queries_answered = answer
        start = time.process_time()
        findings[name] = shacl.check_shapes(graph, shapes).findings
        times[name] = time.process_time() - start
        print(f"{name:20} {times[name]:6.2f} s CPU, {len(findings[name])} findings, {len(graph)} triples")
    shacl._queries_answered = answered
    print(f"as it comes / Oxigraph = {times['pySHACL as it comes'] / times['Oxigraph']:.2f}, "
          f"same findings: {findings['Oxigraph'] == findings['pySHACL as it comes']}")


if __name__ == "__main__":
    main()
