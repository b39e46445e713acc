"""Validation of a corpus graph: the SHACL gate and the Data Cube integrity constraints.

Findings are values, never exceptions: the pipeline and the ``validate`` command
decide what a finding means (a violation or a broken constraint fails a build; a
warning is published with it).
"""

from __future__ import annotations

from dataclasses import dataclass

import rdflib

from .cube import IcResult, check_cube
from .shacl import Finding, ShaclReport, check_shapes, merged_graph

__all__ = ["Finding", "IcResult", "Report", "ShaclReport", "check_cube", "check_shapes", "merged", "validate"]


@dataclass(frozen=True)
class Report:
    shacl: ShaclReport
    cube: tuple[IcResult, ...]

    @property
    def ok(self) -> bool:
        return not self.shacl.violations and not any(r.violated for r in self.cube)

    @property
    def graph(self) -> rdflib.Graph:
        return self.shacl.graph

    def text(self, verbose: bool = False) -> str:
        """Problems first, one per line; with ``verbose`` also the constraints that hold."""
        lines = [f.render() for f in self.shacl.findings]
        lines += [r.render() for r in self.cube if r.violated or verbose]
        counts = {s: sum(f.severity == s for f in self.shacl.findings) for s in ("Violation", "Warning")}
        broken = sum(r.violated for r in self.cube)
        lines.append(f"SHACL: {counts['Violation']} violation(s), {counts['Warning']} warning(s); "
                     f"Data Cube: {broken} of {len(self.cube)} integrity constraints violated")
        return "\n".join(lines)


def merged(reports: list[Report]) -> Report:
    """One report for a build checked in parts (batches): every finding once (parts that share nodes
    may report the same), every part's results in one ``sh:ValidationReport``, and each integrity
    constraint violated when any part violates it."""
    findings = tuple(sorted({f for r in reports for f in r.shacl.findings}, key=Finding.sort_key))
    graph = merged_graph([(r.shacl.conforms, r.graph) for r in reports])
    cube = {}
    for result in (c for r in reports for c in r.cube):
        before = cube.get(result.ic)
        if before is None or (result.violated and not before.violated):
            cube[result.ic] = result
    return Report(ShaclReport(findings, graph), tuple(cube.values()))


def validate(data: rdflib.Graph, shapes: rdflib.Graph, about: set[rdflib.term.Node] | None = None) -> Report:
    """Both checks on one graph (corpus plus ontology); neither changes ``data``. With ``about``, only
    the SHACL results about those nodes are kept (``check_shapes``)."""
    return Report(check_shapes(data, shapes, about), check_cube(data))
