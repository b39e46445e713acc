"""The SHACL gate: run pySHACL and turn its report graph into findings a person can act on.

A SHACL report names a focus node and a path; the person fixing the data needs the
source file and line the node came from, so every finding carries the provenance the
graph recorded (``graph.provenance.source_of``). Violations fail a build, warnings and
infos are published with it (``validation-report.ttl``).
"""

from __future__ import annotations

from dataclasses import dataclass

import rdflib
from pyshacl import validate
from rdflib.namespace import SH

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

    def sort_key(self) -> tuple[int, str, int, str]:
        file, line = self.source or ("~", 0)
        return (SEVERITY_ORDER.get(self.severity, 3), file, line, self.focus)


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


def check_shapes(data: rdflib.Graph, shapes: rdflib.Graph) -> ShaclReport:
    """Validate ``data`` (corpus plus ontology, so class checks see the vocabulary) against ``shapes``.

    No inference: the graph states every type it relies on, and RDFS inference over a
    whole corpus costs more than the checks themselves. Without inference and without
    SHACL rules nothing writes to the data graph, so pySHACL may skip copying it
    (``inplace``), which halves the time; ``advanced`` is on for SPARQL-based targets.
    """
    has_rules = (None, SH.rule, None) in shapes
    _, report, _ = validate(data, shacl_graph=shapes, inference="none", advanced=True, inplace=not has_rules)
    return ShaclReport(findings_of(report, data), report)
