"""The SHACL gate: run pySHACL and turn its report graph into findings a person can act on.

A SHACL report names a focus node and a path; the person fixing the data needs the
source file and line the node came from, so every finding carries the provenance the
graph recorded (``graph.provenance.source_of``). Violations fail a build, warnings and
infos are published with it (``validation-report.ttl``).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from functools import cache

import pyoxigraph as ox
import rdflib
import rdflib.collection
from pyshacl import validate
from rdflib.namespace import RDF, SH, XSD
from rdflib.plugins.sparql.algebra import translateQuery
from rdflib.plugins.sparql.parser import parseQuery
from rdflib.plugins.sparql.processor import SPARQLProcessor
from rdflib.plugins.sparql.sparql import Query

from ..graph.provenance import source_of

SEVERITY_ORDER = {"Violation": 0, "Warning": 1, "Info": 2}


@dataclass(frozen=True)
class Finding:
    """One SHACL result, with the source location of its focus node when the graph knows it."""

    severity: str  # "Violation", "Warning" or "Info" (the local name of sh:resultSeverity)
    focus: str
    path: str  # the property, "" when the shape is a node shape, the path's Turtle when complex
    message: str
    source: tuple[str, int] | None

    @property
    def where(self) -> str:
        return f"{self.source[0]}:{self.source[1]}" if self.source else "(no source)"

    def render(self) -> str:
        path = f", path {self.path}" if self.path else ""
        return f"{self.where}: {self.severity}: {self.message} [focus {self.focus}{path}]"

    def sort_key(self) -> tuple[int, str, int, str, str, str]:
        """Where first; path and message last, so two findings on one node (a sum and a bound) keep one
        order whether found in one graph or gathered from a build's parts."""
        file, line = self.source or ("~", 0)
        return (SEVERITY_ORDER.get(self.severity, 3), file, line, self.focus, self.path, self.message)


@dataclass(frozen=True)
class ShaclReport:
    findings: tuple[Finding, ...]
    graph: rdflib.Graph  # the sh:ValidationReport, published as validation-report.ttl

    @property
    def violations(self) -> tuple[Finding, ...]:
        return tuple(f for f in self.findings if f.severity == "Violation")

    @property
    def conforms(self) -> bool:
        """No result of severity Violation; read from the results, not from pySHACL's verdict,
        which with ``allow_warnings`` follows a node shape's severity even when its property
        shapes report violations."""
        return not self.violations


def _term(graph: rdflib.Graph, node: rdflib.term.Node | None) -> str:
    """A readable term: a CURIE or <IRI> for IRIs, the literal's Turtle, "[]" for blank nodes."""
    if node is None:
        return ""
    if isinstance(node, rdflib.BNode):
        return "[]"
    return node.n3(graph.namespace_manager)


def _path(report: rdflib.Graph, data: rdflib.Graph, node: rdflib.term.Node | None) -> str:
    if isinstance(node, rdflib.BNode):
        inverse = report.value(node, SH.inversePath)
        return f"^{_term(data, inverse)}" if inverse is not None else "(complex path)"
    return _term(data, node)


def findings_of(report: rdflib.Graph, data: rdflib.Graph) -> tuple[Finding, ...]:
    """Read a pySHACL report graph; ``data`` supplies prefixes and provenance."""
    found = []
    for result in report.subjects(rdflib.RDF.type, SH.ValidationResult):
        focus = report.value(result, SH.focusNode)
        severity = report.value(result, SH.resultSeverity)
        messages = sorted(str(m) for m in report.objects(result, SH.resultMessage))
        found.append(Finding(
            severity=str(severity).rsplit("#", 1)[-1],
            focus=_term(data, focus),
            path=_path(report, data, report.value(result, SH.resultPath)),
            message="; ".join(messages) or f"breaks {_term(report, report.value(result, SH.sourceShape))}",
            source=source_of(data, focus) if focus is not None else None,
        ))
    return tuple(sorted(found, key=Finding.sort_key))


TARGETS = (SH.targetClass, SH.targetNode, SH.targetSubjectsOf, SH.targetObjectsOf, SH.target)


def copied(shapes: rdflib.Graph, leave_out: frozenset[rdflib.URIRef] = frozenset()) -> rdflib.Graph:
    """A copy of ``shapes`` with its prefixes, without the triples whose predicate is in ``leave_out``."""
    out = rdflib.Graph()
    for prefix, namespace in shapes.namespaces():
        out.bind(prefix, namespace)
    for triple in shapes:
        if triple[1] not in leave_out:
            out.add(triple)
    return out


def without_class(shapes: rdflib.Graph) -> rdflib.Graph:
    """A copy of ``shapes`` without its ``sh:class`` constraints."""
    return copied(shapes, frozenset({SH["class"]}))


def lifted(shapes: rdflib.Graph) -> rdflib.Graph:
    """A copy of ``shapes`` where each ``sh:property`` of a targeted node shape is a targeted shape itself.

    pySHACL evaluates a nested property shape once per focus node (building its constraint
    components each time), but a targeted property shape once for all its focus nodes; on a
    corpus this is most of the gate's time. SHACL gives both the same results: a property
    shape's results carry its own severity, message, path and ``sh:sourceShape`` either way,
    and the node shape reports nothing of its own for them. So a property shape moves up when
    its node shape is not referenced from elsewhere (``sh:node``, ``sh:and`` ...), not
    deactivated and the property shape has no targets of its own; a closed node shape keeps
    the moved paths allowed by listing them in ``sh:ignoredProperties``.
    """
    out = copied(shapes)
    for node in {s for t in TARGETS for s in shapes.subjects(t, None)}:
        if (None, None, node) in shapes or (node, SH.deactivated, None) in shapes:
            continue
        targets = [(t, o) for t in TARGETS for o in shapes.objects(node, t)]
        moved = [prop for prop in shapes.objects(node, SH.property)
                 if not any((prop, t, None) in shapes for t in TARGETS)
                 and (prop, SH.deactivated, None) not in shapes]
        for prop in moved:
            out.remove((node, SH.property, prop))
            out.add((prop, RDF.type, SH.PropertyShape))
            for t, o in targets:
                out.add((prop, t, o))
        if moved and (node, SH.closed, rdflib.Literal(True)) in shapes:
            listed = shapes.value(node, SH.ignoredProperties) or RDF.nil
            ignored = [*rdflib.collection.Collection(shapes, listed)]
            paths = [path for prop in moved if isinstance(path := shapes.value(prop, SH.path), rdflib.URIRef)]
            head = rdflib.BNode()
            rdflib.collection.Collection(out, head, [*ignored, *paths])
            out.remove((node, SH.ignoredProperties, None))
            out.add((node, SH.ignoredProperties, head))
    return out


def merged_graph(parts: list[tuple[bool, rdflib.Graph]]) -> rdflib.Graph:
    """One ``sh:ValidationReport`` with every group's results, as a single pySHACL run writes it."""
    merged = parts[0][1]
    for _, graph in parts[1:]:
        for triple in graph:
            merged.add(triple)
    for node in list(merged.subjects(RDF.type, SH.ValidationReport)):
        merged.remove((node, None, None))
    report = rdflib.BNode()
    merged.add((report, RDF.type, SH.ValidationReport))
    merged.add((report, SH.conforms, rdflib.Literal(all(conforms for conforms, _ in parts))))
    for result in list(merged.subjects(RDF.type, SH.ValidationResult)):
        merged.add((report, SH.result, result))
    return merged


def check_shapes(data: rdflib.Graph, shapes: rdflib.Graph, about: set[rdflib.term.Node] | None = None,
                 ntriples: bytes | None = None) -> ShaclReport:
    """Validate ``data`` (corpus plus ontology, so class checks see the vocabulary) against ``shapes``;
    with ``about``, report only the results whose focus node is one of those (the rest of ``data`` is
    context, which may be incomplete). pySHACL's own ``focus_nodes`` would do this before validating,
    but it filters through a list, which takes minutes at thousands of nodes.

    No inference: the graph states every type it relies on, and RDFS inference over a
    whole corpus costs more than the checks themselves. Without inference and without
    SHACL rules nothing writes to the data graph, so pySHACL may skip copying it
    (``inplace``), which halves the time; ``advanced`` is on for SPARQL-based targets.
    A large corpus is checked in parts, each in its own process (``build/batches.py``). A caller that has
    ``data`` as N-Triples already passes them as ``ntriples``: Oxigraph parses them faster than the copy
    for its SPARQL queries is made term by term (``_Copy``).
    """
    has_rules = (None, SH.rule, None) in shapes
    if not has_rules:  # rules may read the shapes as written
        shapes = lifted(shapes)
    with _queries_answered(data, ntriples):
        _, report, _ = validate(data, shacl_graph=shapes, inference="none", advanced=True,
                                inplace=not has_rules)
    if about is not None:
        report = results_about(report, about)
    return ShaclReport(findings_of(report, data), report)


@contextmanager
def _queries_answered(data: rdflib.Graph, ntriples: bytes | None) -> Iterator[None]:
    """While pySHACL validates ``data``, its SPARQL queries on it (SPARQL targets, SPARQL constraints)
    are answered by Oxigraph on a copy, the others by rdflib with each text parsed once.

    pySHACL runs a SPARQL constraint once per focus node with the node bound to ``$this``, and rdflib's
    engine took tens of milliseconds a query on a batch (the joins of ``shapes/consistency.ttl``), most of
    the gate's time; Oxigraph takes a fraction of that and binds ``$this`` the way SHACL pre-binds it
    (``substitutions``, SPARQL SEP-0007). rdflib keeps the queries on other graphs, those given as parsed
    queries or with a base, and those binding a blank node (the copy has blank nodes of its own). The
    copy's terms map back one to one, blank nodes included (``_Copy``)."""
    original = SPARQLProcessor.query
    parsed: dict[tuple[str, str | None, tuple], Query] = {}
    copy: list[_Copy] = []

    def query(self, query_text, initBindings=None, initNs=None, base=None, DEBUG=False):  # noqa: N803
        bindings = initBindings or {}
        if (self.graph is data and isinstance(query_text, str) and base is None
                and not any(isinstance(v, rdflib.BNode) for v in bindings.values())):
            if not copy:
                copy.append(_Copy(data, ntriples))
            if per_focus_node(query_text, bindings):
                return copy[0].select_for_focus(query_text, bindings, initNs or {})
            return copy[0].select(query_text, bindings, initNs or {})
        if isinstance(query_text, str):  # rdflib would parse and translate the same text for every node
            key = (query_text, base, tuple(sorted((initNs or {}).items())))
            if key not in parsed:
                parsed[key] = translateQuery(parseQuery(query_text), base, initNs)
            query_text = parsed[key]
        return original(self, query_text, initBindings, initNs, base, DEBUG)

    SPARQLProcessor.query = query  # type: ignore[method-assign]
    try:
        yield
    finally:
        SPARQLProcessor.query = original  # type: ignore[method-assign]


THIS = rdflib.Variable("this")
# what may change a query's rows when ``$this`` is joined instead of pre-bound: a pattern that binds it
# optionally or in another scope, a sub-select, a group it is not the key of
_SCOPES = re.compile(r"\b(OPTIONAL|MINUS|UNION|VALUES|SERVICE|GRAPH|LIMIT|OFFSET)\b|AS\s+[$?]this\b",
                     re.IGNORECASE)
_SELECT = re.compile(r"\bSELECT\b", re.IGNORECASE)
_SUBSELECT = re.compile(r"\{\s*SELECT\b", re.IGNORECASE)
_THIS = re.compile(r"[$?]this\b")
_GROUP = re.compile(r"\bGROUP\s+BY\s+(.*?)(\bHAVING\b|\bORDER\b|$)", re.IGNORECASE | re.DOTALL)
_AGGREGATE = re.compile(r"\b(COUNT|SUM|MIN|MAX|AVG|SAMPLE|GROUP_CONCAT)\s*\(", re.IGNORECASE)
_PROLOGUE = re.compile(r"\s*(PREFIX|BASE)\s", re.IGNORECASE)
# ``$this`` projected, then the where clause opening on a triple pattern about it (comments aside)
_OPENS_ON_THIS = re.compile(r"^\s*SELECT\s+(DISTINCT\s+)?\$this\b.*?\bWHERE\s*\{\s*(#[^\n]*\n\s*)*\$this\s",
                            re.IGNORECASE | re.DOTALL)


def per_focus_node(text: str, bindings: dict) -> bool:
    """Whether the rows of ``text`` with ``$this`` pre-bound to a node are the rows of ``text`` with
    ``$this`` free whose ``?this`` is that node, so one run answers every focus node.

    They are when ``$this`` is projected and bound by the where clause's first triple pattern, which
    every row must match (nothing optional, no union, no other scope, a sub-select only without
    ``$this``) and a filter's ``EXISTS`` sees the row's ``?this`` as the pre-bound value; a ``GROUP
    BY`` must group by ``$this`` alone (and an aggregate needs one); no ``LIMIT`` or ``OFFSET`` may cut
    the rows of all nodes at once. Read from the query text, conservatively: any doubt answers no."""
    return "this" in {str(name) for name in bindings} and _joinable_on_this(text)


@cache  # pySHACL asks the same text for every focus node
def _joinable_on_this(text: str) -> bool:
    body = "\n".join(line for line in text.splitlines() if not _PROLOGUE.match(line))
    blocks = _subselects(body)
    outer = body
    for block in blocks:
        outer = outer.replace(block, "{}")
    group = _GROUP.search(outer)
    grouped = group.group(1).split() == ["$this"] if group else not _AGGREGATE.search(outer)
    return (len(_SELECT.findall(outer)) == 1 and not any(_THIS.search(block) for block in blocks)
            and not _SCOPES.search(body) and _OPENS_ON_THIS.match(outer) is not None and grouped)


def _subselects(body: str) -> list[str]:
    """The text of each ``{ SELECT ... }`` in ``body``, braces matched."""
    blocks = []
    for start in (m.start() for m in _SUBSELECT.finditer(body)):
        depth = 0
        for end, char in enumerate(body[start:], start):
            depth += {"{": 1, "}": -1}.get(char, 0)
            if depth == 0:
                blocks.append(body[start:end + 1])
                break
    return blocks


class _Copy:
    """An Oxigraph copy of an rdflib graph that answers SELECT and ASK queries as rdflib's processor does
    (the mapping ``rdflib.query.Result`` is made from), in rdflib's terms."""

    def __init__(self, graph: rdflib.Graph, ntriples: bytes | None = None) -> None:
        """``ntriples``, when given, is ``graph`` as N-Triples: the parser keeps their blank node labels,
        which ``rdflib_term`` turns back into the graph's own blank nodes."""
        self.to_ox: dict[rdflib.term.Node, object] = {}
        self.to_rdflib: dict[object, rdflib.term.Node] = {}
        self.store = ox.Store()
        self.by_focus: dict[tuple, tuple[list[rdflib.Variable], dict[rdflib.term.Node, list[dict]]]] = {}
        if ntriples is None:
            self.store.extend(ox.Quad(*map(self.ox_term, triple)) for triple in graph)
        else:
            self.store.extend(ox.parse(ntriples, format=ox.RdfFormat.N_TRIPLES))

    def ox_term(self, term: rdflib.term.Node) -> object:
        if term not in self.to_ox:
            if isinstance(term, rdflib.URIRef):
                found = ox.NamedNode(term)
            elif isinstance(term, rdflib.BNode):
                found = ox.BlankNode()
            else:
                found = ox.Literal(term, language=term.language,
                                   datatype=ox.NamedNode(term.datatype) if term.datatype else None)
            self.to_ox[term] = found
            self.to_rdflib[found] = term
        return self.to_ox[term]

    def rdflib_term(self, term: object) -> rdflib.term.Node:
        if term in self.to_rdflib:
            return self.to_rdflib[term]
        if isinstance(term, ox.NamedNode):
            return rdflib.URIRef(term.value)
        if isinstance(term, ox.BlankNode):
            return rdflib.BNode(term.value)
        datatype = term.datatype.value
        return rdflib.Literal(term.value, lang=term.language,
                              datatype=None if term.language or datatype == str(XSD.string) else datatype)

    def select_for_focus(self, text: str, bindings: dict, prefixes: dict) -> dict:
        """``select`` with ``$this`` bound, answered from one run of ``text`` with ``$this`` free.

        pySHACL runs a SPARQL constraint once per focus node (hundreds a batch, a few milliseconds
        each); run once for all nodes and grouped by ``?this``, the rows are the same (``per_focus_node``
        says when) at the cost of about one of those runs."""
        others = {name: term for name, term in bindings.items() if str(name) != "this"}
        key = (text, tuple(sorted((str(k), v) for k, v in others.items())), tuple(sorted(prefixes.items())))
        if key not in self.by_focus:
            answer = self.select(text, others, prefixes)
            rows: dict[rdflib.term.Node, list[dict]] = {}
            for row in answer["bindings"]:
                rows.setdefault(row[THIS], []).append(row)
            self.by_focus[key] = (answer["vars_"], rows)
        variables, rows = self.by_focus[key]
        this = next(term for name, term in bindings.items() if str(name) == "this")
        return {"type_": "SELECT", "vars_": variables, "bindings": rows.get(this, [])}

    def select(self, text: str, bindings: dict, prefixes: dict) -> dict:
        substitutions = {ox.Variable(str(name)): self.ox_term(term) for name, term in bindings.items()}
        answer = self.store.query(text, prefixes={k: str(v) for k, v in prefixes.items()},
                                  substitutions=substitutions)
        if isinstance(answer, ox.QueryBoolean):
            return {"type_": "ASK", "askAnswer": bool(answer)}
        variables = [rdflib.Variable(v.value) for v in answer.variables]
        rows = [{name: self.rdflib_term(value) for name, value in zip(variables, solution, strict=True)
                 if value is not None} for solution in answer]
        return {"type_": "SELECT", "vars_": variables, "bindings": rows}


def results_about(report: rdflib.Graph, nodes: set[rdflib.term.Node]) -> rdflib.Graph:
    """``report`` without the results whose focus node is not in ``nodes``."""
    for result in list(report.subjects(rdflib.RDF.type, SH.ValidationResult)):
        if report.value(result, SH.focusNode) not in nodes:
            report.remove((None, SH.result, result))
            report.remove((result, None, None))
    return report
