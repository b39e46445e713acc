"""Python's cyclic garbage collector during a build: paused where a step makes millions of objects.

A collection walks every tracked object of its generation, and a full one every object alive. A batch
makes ~600 rdflib terms and index entries a document that stay alive until the batch ends, so the
collector ran again and again over a graph that was still in use: two thirds of the time it took to
build a batch's graph, 10-17% of a batch in one process (``bench/batch_bench.py``); a build with one
worker runs its batches so, while forked workers, which inherit the parent's frozen heap, gain a few
per cent (``docs/benchmarks.md``, "The collector paused in a batch"). The memory a pause
can cost is the cyclic garbage made meanwhile (a discarded rdflib graph is a cycle through its
namespace manager); a batch makes little of it, and a forked batch worker exits with its heap.
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def paused() -> Iterator[None]:
    """No collection inside; also a decorator (``@paused()``). Leaves the collector as it found it,
    so pauses nest."""
    was_on = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_on:
            gc.enable()


@contextmanager
def frozen() -> Iterator[None]:
    """What is alive now, the previous build's cache above all (millions of objects at 100,000
    documents), left out of the collector's walks until the build ends, which they outlive anyway;
    forked workers then also share its pages (``gc.freeze``)."""
    gc.freeze()
    try:
        yield
    finally:
        gc.unfreeze()
