"""The nodes several batches describe (persons, roles, periods, concepts, the catalogue's frame), checked
once more on the union of what the batches said of them, read back from the store (step 4 of a build).
The parent runs this; no batch does.

Of each node the check reads only what a shape that may apply to one of them can read (``Reader``):
the hubs list every data set (the catalogue, the SPARQL service and the statistics scheme, ~13,000
lines each at 10,000 documents), and no shape reads those lists, so the check reads their types and
labels, not their lists, and costs the same whatever the archive holds. A shape whose reading cannot
be told (a SPARQL query with a variable predicate, a custom constraint component) makes the check read
everything, as it did before; a closed shape reads every statement of the nodes it targets.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass

import pyoxigraph as ox
import rdflib
from rdflib.namespace import OWL, RDFS, SH
from rdflib.paths import AlternativePath, InvPath, MulPath, SequencePath
from rdflib.plugins.sparql import prepareQuery
from rdflib.plugins.sparql.parserutils import CompValue

from ..graph.corpus import ONTOLOGY_DIR, load_turtle_dir
from ..graph.memory import memory_graph
from ..graph.namespaces import RDF, bind_prefixes
from ..uris import Uris
from ..validate import Report, check_shapes
from ..validate.shacl import without_class
from .batches import BatchResult

NT = ox.RdfFormat.N_TRIPLES
THIS = rdflib.Variable("this")
# what a shape may target by, and what it reads besides its paths
_TARGETS = (SH.targetClass, SH.targetNode, SH.targetSubjectsOf, SH.targetObjectsOf, SH.target)
_QUERIES = (SH.select, SH.ask)
_TYPE = ox.NamedNode(str(RDF.type))


def described_by_several(results: list[BatchResult], common: frozenset[bytes] = frozenset()) -> list[str]:
    """IRIs of the nodes more than one batch said something about: only they need a second look.
    ``common``: the lines every batch writes, which a reused batch's result leaves out."""
    counts = Counter(subject for r in results for subject in {line.split(b" ", 1)[0] for line in r.shared})
    counts.update({line.split(b" ", 1)[0]: len(results) for line in common})
    return sorted(s.decode()[1:-1] for s, n in counts.items() if n > 1 and s.startswith(b"<"))


@dataclass(frozen=True)
class Reader:
    """A shape with targets, as the shared nodes' check needs it: which nodes it may target, and which
    predicates it may read (its paths', its queries', any IRI written in it: more than it reads)."""

    classes: frozenset[rdflib.URIRef]  # instances (sh:targetClass, a SPARQL target's ``?this a C``)
    nodes: frozenset[rdflib.URIRef]  # sh:targetNode
    having: frozenset[rdflib.URIRef]  # subjects of (sh:targetSubjectsOf, a SPARQL target's ``?this p ?x``)
    anyone: bool  # may target any node (sh:targetObjectsOf, a target it cannot tell)
    reads: frozenset[rdflib.URIRef]
    closed: bool  # reads every statement of the nodes it targets
    unbounded: bool  # may read any statement of any node

    def targets(self, node: rdflib.URIRef, classes: set[rdflib.URIRef],
                has: Callable[[rdflib.URIRef], bool]) -> bool:
        return (self.anyone or node in self.nodes or bool(self.classes & classes)
                or any(has(predicate) for predicate in self.having))


def readers(shapes: rdflib.Graph) -> list[Reader]:
    """Every shape of ``shapes`` with targets (or an implicit class target), as a ``Reader``."""
    prefixes = {str(p): str(ns) for decl in shapes.objects(None, SH.declare)
                for p in shapes.objects(decl, SH.prefix) for ns in shapes.objects(decl, SH.namespace)}
    custom = (None, RDF.type, SH.ConstraintComponent) in shapes
    targeted = {s for t in _TARGETS for s in shapes.subjects(t, None)}
    targeted |= {s for c in (RDFS.Class, OWL.Class) for s in shapes.subjects(RDF.type, c)
                 if (s, RDF.type, SH.NodeShape) in shapes or (s, RDF.type, SH.PropertyShape) in shapes}
    found = []
    for shape in targeted:
        iris, queries, closed = _closure(shapes, shape)
        reads, unbounded = set(iris), custom
        for query in queries:
            read = _query_reads(query, prefixes)
            unbounded |= read is None
            reads |= read or set()
        classes, having, anyone = set(shapes.objects(shape, SH.targetClass)), set(), False
        if (shape, RDF.type, RDFS.Class) in shapes or (shape, RDF.type, OWL.Class) in shapes:
            classes.add(shape)
        having |= set(shapes.objects(shape, SH.targetSubjectsOf))
        anyone |= (shape, SH.targetObjectsOf, None) in shapes
        for target in shapes.objects(shape, SH.target):
            required = [_required(q, prefixes) for q in shapes.objects(target, SH.select)]
            if len(required) != 1 or required[0] is None or not any(required[0]):
                anyone = True
                continue
            classes |= required[0][0]
            having |= required[0][1]
        found.append(Reader(frozenset(classes), frozenset(shapes.objects(shape, SH.targetNode)),
                            frozenset(having), anyone, frozenset(reads), closed, unbounded))
    return found


def _closure(shapes: rdflib.Graph, shape: rdflib.term.Node) -> tuple[set[rdflib.URIRef], list[str], bool]:
    """The IRIs written in ``shape`` and everything it leads to (its property shapes, paths, lists, the
    shapes it names), the SPARQL it runs, and whether any of it is closed."""
    seen, todo, iris, queries, closed = set(), [shape], set(), [], False
    while todo:
        node = todo.pop()
        if node in seen:
            continue
        seen.add(node)
        for p, o in shapes.predicate_objects(node):
            iris |= {t for t in (p, o) if isinstance(t, rdflib.URIRef)}
            closed |= p == SH.closed and o.toPython() is True
            if p in _QUERIES:
                queries.append(str(o))
            elif p not in _TARGETS and (o, None, None) in shapes:
                todo.append(o)
    return iris, queries, closed


def _algebra(query: str, prefixes: dict[str, str]) -> CompValue | None:
    try:
        return prepareQuery(query, initNs=prefixes).algebra
    except Exception:  # noqa: BLE001 - any query rdflib cannot read is read as reading everything
        return None


def _query_reads(query: str, prefixes: dict[str, str]) -> set[rdflib.URIRef] | None:
    """The predicates a SPARQL query's patterns name (in EXISTS, OPTIONAL and subqueries too); None when
    a pattern's predicate is a variable or a negated path, or the query does not read."""
    algebra = _algebra(query, prefixes)
    if algebra is None:
        return None
    reads: set[rdflib.URIRef] = set()
    for _, predicate, _ in _patterns(algebra):
        named = _path_iris(predicate)
        if named is None:
            return None
        reads |= named
    return reads


def _patterns(node: object) -> Iterator[tuple]:
    if isinstance(node, CompValue):
        if node.name == "BGP":
            yield from node.triples
        for value in node.values():
            yield from _patterns(value)
    elif isinstance(node, list | tuple):
        for value in node:
            yield from _patterns(value)


def _path_iris(term: object) -> set[rdflib.URIRef] | None:
    if isinstance(term, rdflib.URIRef):
        return {term}
    if isinstance(term, SequencePath | AlternativePath | InvPath | MulPath):
        parts = term.args if isinstance(term, SequencePath | AlternativePath) else \
            [term.arg if isinstance(term, InvPath) else term.path]
        named = [_path_iris(part) for part in parts]
        return None if any(n is None for n in named) else set().union(*named)  # type: ignore[arg-type]
    return None  # a variable, a negated path


_REQUIRED = {"SelectQuery", "Project", "Distinct", "Reduced", "Filter", "Join", "ToMultiSet", "Slice",
             "OrderBy"}


def _required(query: str, prefixes: dict[str, str]) -> tuple[set, set] | None:
    """What a SPARQL target's ``?this`` must have, from the patterns every solution matches (not those in
    OPTIONAL, UNION, MINUS or EXISTS): its classes (``?this a C``) and predicates (``?this p ?x``)."""
    algebra = _algebra(query, prefixes)
    if algebra is None:
        return None
    classes, having, todo = set(), set(), [algebra]
    while todo:
        node = todo.pop()
        if not isinstance(node, CompValue) or node.name not in _REQUIRED | {"BGP"}:
            continue
        if node.name == "BGP":
            for s, p, o in node.triples:
                if s == THIS and p == RDF.type and isinstance(o, rdflib.URIRef):
                    classes.add(o)
                elif s == THIS and isinstance(p, rdflib.URIRef):
                    having.add(p)
        todo += [node.get(key) for key in ("p", "p1", "p2")]
    return classes, having


def description(store: ox.Store, nodes: list[str], found: list[Reader],
                ontology: rdflib.Graph) -> Iterator[ox.Triple]:
    """The statements of ``nodes`` a shape that may target one of them may read: those of the predicates
    they read (and every node's types); all of a node a closed shape targets; everything when a shape
    may read anything."""
    targeted: dict[str, list[Reader]] = {}
    for node in nodes:
        subject = ox.NamedNode(node)
        types = {rdflib.URIRef(q.object.value) for q in store.quads_for_pattern(subject, _TYPE, None)
                 if isinstance(q.object, ox.NamedNode)}
        classes = {c for t in types for c in ontology.transitive_objects(t, RDFS.subClassOf)}
        def has(predicate: rdflib.URIRef, subject: ox.NamedNode = subject) -> bool:
            return next(store.quads_for_pattern(subject, ox.NamedNode(predicate), None), None) is not None

        targeted[node] = [r for r in found if r.targets(rdflib.URIRef(node), classes, has)]
    everything = any(r.unbounded for readers in targeted.values() for r in readers)
    reads = sorted({str(RDF.type)} | {str(p) for rs in targeted.values() for r in rs for p in r.reads})
    for node in nodes:
        subject = ox.NamedNode(node)
        if everything or any(r.closed for r in targeted[node]):
            yield from (q.triple for q in store.quads_for_pattern(subject, None, None, ox.DefaultGraph()))
            continue
        for predicate in reads:
            yield from (q.triple for q in store.quads_for_pattern(subject, ox.NamedNode(predicate), None,
                                                                   ox.DefaultGraph()))



def check_shared(store: ox.Store, nodes: list[str], shapes: rdflib.Graph, uris: Uris) -> Report:
    """The SHACL gate on ``nodes`` as published: the union of what all batches said of them (as much of
    it as the shapes read: ``description``), with the ontology. (The Data Cube checks ran on each batch,
    which saw every observation of its data sets.)

    What the union can break and no batch could see are counts and combinations: two names, a
    second date, two labels in one language. A value's class cannot: it was checked in the batch
    that gave the value, where the node it names was described, and a union only adds types. So
    the union is checked without ``sh:class`` (``without_class``), and needs no description of
    the nodes the shared ones point at (a role names its person, a period its instants).
    """
    shapes = without_class(shapes)
    ontology = load_turtle_dir(ONTOLOGY_DIR, uris)
    data = bind_prefixes(memory_graph(), uris)  # so a finding reads like the batches' findings
    triples = description(store, nodes, readers(shapes), ontology)
    data.parse(data=ox.serialize(triples, format=NT), format="nt")
    data += ontology
    return Report(check_shapes(data, shapes), ())
