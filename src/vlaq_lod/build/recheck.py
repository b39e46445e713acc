"""``vlaq-lod validate``: a published build checked again, a part at a time, at any size of the archive.

The N-Triples dump is the build's shared part (the ontology, the nodes that several batches describe,
the catalogue's frame, the VoID), then one part per batch; ``build.json`` lists the parts' sizes
(``dump_parts``), so each part is read on its own. The shared part grows with the archive (every
concept, period, person and data set link is in it: ~12 lines a document), so it is not checked with
every part, which would make the check quadratic; each *unit* (a batch's part, or a slice of the
shared part's nodes) is checked with only what its nodes point at:

* its own lines, the ontology, and from the shared part the description of every node its lines
  name (one hop) and of every node those name (two hops: an observation's unit concept and that
  concept's scheme, a role's person, a period's instants);
* the SHACL results about its own nodes and the one-hop shared nodes, which have every triple the
  whole graph has about them (the shared part holds the union of what all batches said) and the
  types of all the nodes they name; two-hop nodes are context, their results are dropped (a node
  they name may be missing), and they are checked in a unit of their own.

So every node is reported on by at least one unit, with each constraint seeing what it would see in
the whole graph: the shapes follow values at most two hops from a focus node (``shapes/``), and the
checks across observations (sums, evolutions, one statistic in two documents) see every observation
of a data set, which one batch holds (``batches.py``). The 21 Data Cube checks run on every unit. A
finding about a node checked in several units is reported once (``merged``).
``tests/test_pipeline_batches.py`` compares the result with a check of the whole graph.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from functools import partial
from pathlib import Path

import rdflib

from ..graph.catalog import bind_catalog_prefixes
from ..graph.memory import memory_graph
from ..graph.namespaces import bind_prefixes
from ..uris import Uris
from ..validate import Report, merged, validate
from . import join
from .batches import in_workers
from .folder import BuildFolder

SHARED_SLICE = 20_000  # shared nodes per unit: about the memory of one batch's part


@dataclass(frozen=True)
class Build:
    """What every unit's check reads, loaded once in the parent; forked workers share it."""

    dump: Path
    sizes: list[int]
    # The shared part's lines by subject, without blank nodes: those are the ontology's structures
    # (taken whole from ``ontology.ttl``, with its own labels) and the VoID's partitions (no shape's).
    shared: dict[bytes, list[bytes]]
    ontology: rdflib.Graph
    shapes: rdflib.Graph
    uris: Uris


def check_build(build: BuildFolder, workers: int = 1) -> Report:
    """SHACL and the Data Cube checks again, on what ``build`` published, in ``workers`` processes."""
    info = build.info()
    if not info.dump_parts:
        raise ValueError(f"{build.path}: built before build.json listed its dump parts; rebuild it to check")
    dump, sizes = build.nt_dump, info.dump_parts
    uris = Uris(info.base_uri)
    ontology = rdflib.Graph().parse(build.file("ontology.ttl"), format="turtle")
    in_ontology = {term.n3().encode() for term in ontology.subjects() if isinstance(term, rdflib.URIRef)}
    shared = by_subject(line for line in join.read_part(dump, sizes, 0).splitlines()
                        if not line.startswith(b"_:") and not _object(line).startswith(b"_:"))
    loaded = Build(dump, sizes, shared, ontology, rdflib.Graph().parse(build.file("shapes.ttl")), uris)
    subjects = sorted(set(shared) - in_ontology)
    units: list[int | list[bytes]] = [
        sorted(in_ontology),  # the ontology's nodes (concept schemes, structures), with what batches added
        *(subjects[i : i + SHARED_SLICE] for i in range(0, len(subjects), SHARED_SLICE)),
        *range(1, len(sizes)),  # each batch's part
    ]
    return merged(list(in_workers(partial(check_unit, build=loaded), units, workers)))


def check_unit(unit: int | list[bytes], build: Build) -> Report:
    """One unit: a batch's part (its index in the dump) or a list of shared nodes, with its context."""
    if isinstance(unit, int):
        own = [line for line in join.read_part(build.dump, build.sizes, unit).splitlines() if line]
        focus = set(by_subject(own))
    else:
        own = [line for node in unit for line in build.shared.get(node, ())]
        focus = set(unit)
    near = {node for node in objects(own) if node in build.shared} - focus
    far = {node for node in objects(line for node in near for line in build.shared[node])
           if node in build.shared} - focus - near
    lines = own + [line for node in near | far for line in build.shared[node]]
    data = bind_catalog_prefixes(bind_prefixes(memory_graph(), build.uris))  # findings read like the build's
    data.parse(data=b"\n".join(lines), format="nt")
    data += build.ontology
    about = {rdflib.URIRef(node.decode()[1:-1]) for node in focus | near}
    return validate(data, build.shapes, about)


def _object(line: bytes) -> bytes:
    """The object of an N-Triples line, with the closing `` .``."""
    return line.split(b" ", 2)[2]


def by_subject(lines: Iterable[bytes]) -> dict[bytes, list[bytes]]:
    """N-Triples lines grouped by their subject term."""
    grouped: dict[bytes, list[bytes]] = defaultdict(list)
    for line in lines:
        if line:
            grouped[line.split(b" ", 1)[0]].append(line)
    return grouped


def objects(lines: Iterable[bytes]) -> set[bytes]:
    """The IRI and blank-node objects of N-Triples lines (a literal may hold spaces; these cannot)."""
    found = set()
    for line in lines:
        term = _object(line)
        if term.startswith((b"<", b"_:")):
            found.add(term.split(b" ", 1)[0])
    return found
