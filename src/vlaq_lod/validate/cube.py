"""The 21 integrity constraints of the W3C RDF Data Cube Recommendation (section 11.1).

The queries and the normalisation updates in ``datacube/`` are the Recommendation's
own text, copied byte for byte from the shared standards collection (a test checks
they still match), so what we call "well-formed" is what the spec calls it. They run
in an in-memory Oxigraph store holding a copy of the graph: normalisation adds
triples, and the published graph must not grow them.

Three deliberate deviations, each because the verbatim text cannot be used as is:

* IC-17 says ``HAVING (?count != ?numMeasures)`` where ``?count`` is a SELECT alias.
  SPARQL 1.1 evaluates HAVING before the SELECT expressions, so on a conformant
  engine (Oxigraph, rdflib) the alias is unbound and the check never fires, not even
  on the editor's negative fixture. We run the portable form
  ``HAVING (COUNT(?obs2) != ?numMeasures)``, which is what the editor's tests expect.
* IC-12 compares every pair of observations of a data set: quadratic, unusable on a
  real corpus. We group observations by their set of (dimension, value) pairs
  instead, which is linear. On a cube where every observation has one value per
  dimension (IC-11 plus our shapes) both say "two observations share all dimension
  values"; a test runs both on the fixtures and on the seed cube and compares.
* IC-19 is kept verbatim, including its demand that code values be typed
  ``skos:Concept``; so the editor's ``collection-complete.ttl``, whose members are
  untyped, fails IC-19b here as it does under the Recommendation's text.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from functools import cache
from importlib import resources

import pyoxigraph as ox
import rdflib

QUERIES = resources.files(__package__) / "datacube"

IC17_VERBATIM = "HAVING (?count != ?numMeasures)"
IC17_PORTABLE = "HAVING (COUNT(?obs2) != ?numMeasures)"

TITLES = {
    "IC-1": "Unique DataSet",
    "IC-2": "Unique DSD",
    "IC-3": "DSD includes measure",
    "IC-4": "Dimensions have range",
    "IC-5": "Concept dimensions have code lists",
    "IC-6": "Only attributes may be optional",
    "IC-7": "Slice Keys must be declared",
    "IC-8": "Slice Keys consistent with DSD",
    "IC-9": "Unique slice structure",
    "IC-10": "Slice dimensions complete",
    "IC-11": "All dimensions required",
    "IC-12": "No duplicate observations",
    "IC-13": "Required attributes",
    "IC-14": "All measures present",
    "IC-15": "Measure dimension consistent",
    "IC-16": "Single measure on measure dimension observation",
    "IC-17": "All measures present in measures dimension cube",
    "IC-18": "Consistent data set links",
    "IC-19a": "Codes from code list (concept scheme)",
    "IC-19b": "Codes from code list (collection)",
    "IC-20": "Codes from hierarchy",
    "IC-21": "Codes from hierarchy (inverse)",
}

# The dimension values of every observation, for the linear IC-12.
DIMENSION_VALUES = """
SELECT ?dataset ?obs ?dim ?value WHERE {
    ?obs qb:dataSet ?dataset .
    ?dataset qb:structure/qb:component/qb:componentProperty ?dim .
    ?dim a qb:DimensionProperty .
    ?obs ?dim ?value .
}
"""


@dataclass(frozen=True)
class IcResult:
    """One integrity constraint and whether the cube breaks it."""

    ic: str  # "IC-1" … "IC-21", IC-19 split in "IC-19a"/"IC-19b" as the Rec prints two queries
    title: str
    violated: bool
    detail: str = ""  # e.g. the duplicate observations, or the hierarchy property

    def render(self) -> str:
        state = "VIOLATED" if self.violated else "holds"
        extra = f" ({self.detail})" if self.detail else ""
        return f"{self.ic} {self.title}: {state}{extra}"


@cache
def _text(name: str) -> str:
    return (QUERIES / name).read_text(encoding="utf-8")


def _ask(store: ox.Store, body: str) -> bool:
    return bool(store.query(_text("prefixes.rq") + body))


def query_text(ic: str) -> str:
    """The body of an IC's ASK as we run it (IC-17 in its portable form)."""
    number = ic.removeprefix("IC-")
    body = _text(f"ic-{int(number):02d}.rq" if number.isdigit() else f"ic-{number}.rq")
    if ic == "IC-17":
        if IC17_VERBATIM not in body:
            raise RuntimeError("ic-17.rq no longer holds the HAVING clause this module rewrites")
        body = body.replace(IC17_VERBATIM, IC17_PORTABLE)
    return body


def normalised_copy(ntriples: bytes) -> ox.Store:
    """An in-memory Oxigraph store with the graph after the spec's normalisation (10.2)."""
    store = ox.Store()
    store.load(ntriples, format=ox.RdfFormat.N_TRIPLES)
    store.update(_text("normalize-phase1.ru"))
    store.update(_text("normalize-phase2.ru"))
    return store


def duplicate_observations(store: ox.Store) -> list[tuple[str, str]]:
    """IC-12 in linear time: pairs of observations of one data set with the same dimension values."""
    keys: dict[tuple[str, str], set[tuple[str, str]]] = defaultdict(set)
    for row in store.query(_text("prefixes.rq") + DIMENSION_VALUES):
        keys[(str(row["dataset"]), str(row["obs"]))].add((str(row["dim"]), str(row["value"])))
    seen: dict[tuple[str, frozenset[tuple[str, str]]], str] = {}
    duplicates = []
    for (dataset, obs), values in sorted(keys.items()):
        first = seen.setdefault((dataset, frozenset(values)), obs)
        if first != obs:
            duplicates.append((first, obs))
    return duplicates


def _templated(store: ox.Store, ic: str) -> IcResult:
    """IC-20/21: instantiate the template once per hierarchy property the data declares."""
    number = ic.removeprefix("IC-")
    properties = sorted(
        str(row["p"].value)
        for row in store.query(_text("prefixes.rq") + _text(f"ic-{number}-instantiation.rq"))
    )
    broken = [p for p in properties if _ask(store, _text(f"ic-{number}.rq").replace("$p", p))]
    return IcResult(ic, TITLES[ic], bool(broken), ", ".join(broken))


def _single(store: ox.Store, ic: str) -> IcResult:
    if ic == "IC-12":
        pairs = duplicate_observations(store)
        return IcResult(ic, TITLES[ic], bool(pairs), "; ".join(f"{a} = {b}" for a, b in pairs[:5]))
    if ic in ("IC-20", "IC-21"):
        return _templated(store, ic)
    return IcResult(ic, TITLES[ic], _ask(store, query_text(ic)))


def check_cube(graph: rdflib.Graph) -> tuple[IcResult, ...]:
    """Every integrity constraint, in the Recommendation's order, on a normalised copy of ``graph``."""
    return check_ntriples(graph.serialize(format="nt", encoding="utf-8"))


def check_ntriples(ntriples: bytes) -> tuple[IcResult, ...]:
    """``check_cube`` for a graph already written as N-Triples (a build batch writes it anyway)."""
    store = normalised_copy(ntriples)
    return tuple(_single(store, ic) for ic in TITLES)
