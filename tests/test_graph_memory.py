"""The data graph's store: rdflib's ``Memory`` with each triple's contexts found only when read."""

from __future__ import annotations

import rdflib
from rdflib.plugins.stores.memory import Memory

from vlaq_lod.graph.memory import LazyContexts, memory_graph
from vlaq_lod.settings import PROJECT_ROOT


def test_the_store_answers_as_rdflibs_memory() -> None:
    """Every pattern gives the same triples, each in the same graph, as rdflib's own store."""
    plain, lazy = rdflib.Graph(), memory_graph()
    for graph in (plain, lazy):
        graph.parse(PROJECT_ROOT / "ontology" / "vlaq.ttl", publicID="http://localhost:8000/")
    assert isinstance(lazy.store, LazyContexts) and len(lazy) == len(plain) > 100
    subject, predicate, _ = next(iter(plain))
    s, p = subject, predicate
    patterns = ((None, None, None), (s, None, None), (None, p, None), (s, p, None))
    for pattern in patterns:
        assert set(lazy.triples(pattern)) == set(plain.triples(pattern))
        assert [[c.identifier for c in contexts] for _, contexts in lazy.store.triples(pattern, lazy)] \
            == [[lazy.identifier]] * len(set(plain.triples(pattern)))


def test_contexts_are_not_worked_out_for_triples_whose_contexts_nobody_reads() -> None:
    """The method overridden is still the one rdflib's ``Memory.triples`` calls (a rename in rdflib would
    otherwise leave the override unused, and the gate slower), and it does no work until iterated."""
    assert callable(getattr(Memory, "_Memory__contexts", None))
    asked = []

    class Counting(LazyContexts):
        def _Memory__get_context_for_triple(self, triple, skipQuoted=False):  # noqa: N802, N803
            asked.append(triple)
            return Memory._Memory__get_context_for_triple(self, triple, skipQuoted)

    graph = rdflib.Graph(store=Counting())
    graph.add((rdflib.URIRef("urn:a"), rdflib.URIRef("urn:p"), rdflib.Literal(1)))
    asked.clear()
    assert len(list(graph.triples((None, None, None)))) == 1 and asked == []
    assert [len(list(contexts)) for _, contexts in graph.store.triples((None, None, None), graph)] == [1]
    assert len(asked) == 1
