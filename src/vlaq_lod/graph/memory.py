"""rdflib's in-memory store, with the contexts of a triple found only when somebody asks for them.

rdflib's ``Memory.triples`` yields every matching triple with the graphs it is in, and works those out
for each triple before yielding it, although ``Graph.triples`` (and so pySHACL, which reads the data
graph triple by triple) throws them away. On a batch that bookkeeping was about a fifth of the SHACL
gate's time. Asked lazily, the answers are the same and cost nothing unless read.
"""

from __future__ import annotations

from collections.abc import Iterator

from rdflib import Graph
from rdflib.plugins.stores.memory import Memory


class LazyContexts(Memory):
    """``Memory`` whose ``triples`` finds each triple's contexts when they are iterated, not before."""

    def _Memory__contexts(self, triple: tuple) -> Iterator[Graph]:  # noqa: N802 (the name Memory calls)
        yield from Memory._Memory__contexts(self, triple)  # type: ignore[attr-defined]


def memory_graph() -> Graph:
    """An empty graph in a ``LazyContexts`` store."""
    return Graph(store=LazyContexts())
