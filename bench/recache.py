"""Let two versions of the code take turns on one ``rebuild_bench.py --work DIR`` without a cold build.

    PYTHONPATH=src python bench/recache.py --work DIR OTHER_TREE

gives the cache of ``DIR/out/current`` the inputs key ``OTHER_TREE`` computes (``reuse.inputs_key`` run with
``OTHER_TREE/src``) and writes it in both formats: ``batches.pickle`` (builds before the cache folder) and
``cache/``. Only for trees whose batch-side code gives the same results: the key hashes whole modules, so
a parent-side change in a module the batches import (``build/stream.py``, ``build/folder.py``) changes it
though no batch's result does. Run it outside the timed step; ``docs/benchmarks.md`` says when it was used.
"""

from __future__ import annotations

import argparse
import os
import pickle
import shutil
import subprocess
import sys
from dataclasses import replace
from pathlib import Path

from vlaq_lod.build import reuse
from vlaq_lod.build.folder import Out

KEY = """
import sys
from pathlib import Path
from vlaq_lod.build import reuse
from vlaq_lod.build.pipeline import BuildConfig, dump_prefixes
from vlaq_lod.uris import Uris
config = BuildConfig(Path(sys.argv[1]), Path(sys.argv[2]), sys.argv[3])
uris = Uris(config.base_uri)
print(reuse.inputs_key(config.curated, config.shapes_dir, uris.base, dump_prefixes(uris)))
"""


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("tree", type=Path, help="the checkout whose inputs key the cache gets")
    parser.add_argument("--work", type=Path, required=True, help="rebuild_bench.py's --work folder")
    parser.add_argument("--base", default="http://localhost:8000")
    args = parser.parse_args()
    command = [sys.executable, "-c", KEY, str(args.work / "sources"), str(args.work / "out"), args.base]
    key = subprocess.run(command, env={**os.environ, "PYTHONPATH": str(args.tree.resolve() / "src")},
                         capture_output=True, text=True, check=True).stdout.strip()
    current = Out(args.work / "out").current()
    cache = reuse.Cache.load(current)
    if current is None or cache is None:
        raise SystemExit(f"{args.work / 'out'}: no build with a cache to re-key")
    cache = replace(cache, key=key, batches=tuple(replace(c, stored=None) for c in cache.batches))
    with current.file(reuse.SINGLE_CACHE).open("wb") as stream:
        pickle.dump(cache, stream, protocol=pickle.HIGHEST_PROTOCOL)
    shutil.rmtree(current.file(reuse.CACHE), ignore_errors=True)
    cache.save(current)
    print(f"{current.path}: cache keyed {key[:12]} for {args.tree}, in both formats")


if __name__ == "__main__":
    main()
