"""The Data Cube checker against the spec editor's fixtures and the Recommendation's own text.

The table below is typed from shared/standards/README.md (section 1, "good/bad
example cubes"): the files loaded together, the constraint the editor's test names,
and whether it must be violated. Two rows differ from the editor's column, as the
README documents: IC-17 on ``mt-cube-with-missing-points.ttl`` fails here too because
we run the portable HAVING (the editor expects fail; the verbatim text would pass it),
and IC-19b on ``collection-complete.ttl`` fails because the Recommendation's IC-19b
demands ``skos:Concept`` members, which that fixture lacks.
"""

from __future__ import annotations

import pytest
import rdflib

from standards import read_pins, standard
from vlaq_lod.validate import cube

PASS, FAIL = False, True
TABLE = [
    ("IC-1", ["abbrv-cube.ttl"], PASS),
    ("IC-1", ["abbrv-cube.ttl", "missing-ds.ttl"], FAIL),
    ("IC-1", ["abbrv-cube.ttl", "extra-ds.ttl"], FAIL),
    ("IC-2", ["abbrv-cube.ttl"], PASS),
    ("IC-2", ["abbrv-cube.ttl", "missing-dsd.ttl"], FAIL),
    ("IC-2", ["abbrv-cube.ttl", "extra-dsd.ttl"], FAIL),
    ("IC-3", ["abbrv-cube.ttl"], PASS),
    ("IC-3", ["missing-measure.ttl"], FAIL),
    ("IC-4", ["abbrv-cube.ttl"], PASS),
    ("IC-4", ["missing-range.ttl"], FAIL),
    ("IC-5", ["abbrv-cube.ttl"], PASS),
    ("IC-5", ["missing-codelist.ttl"], FAIL),
    ("IC-6", ["abbrv-cube.ttl"], PASS),
    ("IC-6", ["bad-component-required.ttl"], FAIL),
    ("IC-7", ["abbrv-cube.ttl"], PASS),
    ("IC-7", ["bad-slicekey.ttl"], FAIL),
    ("IC-8", ["abbrv-cube.ttl"], PASS),
    ("IC-8", ["bad-slicekey2.ttl"], FAIL),
    ("IC-9", ["abbrv-cube.ttl"], PASS),
    ("IC-9", ["missing-slicekey.ttl"], FAIL),
    ("IC-9", ["duplicate-slicekey.ttl"], FAIL),
    ("IC-10", ["abbrv-cube.ttl"], PASS),
    ("IC-10", ["abbrv-cube.ttl", "missing-slicedim.ttl"], FAIL),
    ("IC-11", ["abbrv-cube.ttl"], PASS),
    ("IC-11", ["abbrv-cube.ttl", "missing-obs-dim-value.ttl"], FAIL),
    ("IC-12", ["abbrv-cube.ttl"], PASS),
    ("IC-12", ["abbrv-cube.ttl", "duplicate-observation.ttl"], FAIL),
    ("IC-13", ["abbrv-cube.ttl"], PASS),
    ("IC-13", ["abbrv-cube.ttl", "missing-required-attr.ttl"], FAIL),
    ("IC-14", ["abbrv-cube.ttl"], PASS),
    ("IC-14", ["abbrv-cube.ttl", "missing-measure-on-obs.ttl"], FAIL),
    ("IC-14", ["mt-cube.ttl"], PASS),
    ("IC-15", ["mt-cube.ttl"], PASS),
    ("IC-15", ["mt-cube.ttl", "mt-missing-measure.ttl"], FAIL),
    ("IC-16", ["mt-cube.ttl"], PASS),
    ("IC-16", ["mt-cube.ttl", "mt-extra-measure.ttl"], FAIL),
    ("IC-17", ["mt-cube.ttl"], PASS),
    ("IC-17", ["mt-cube-3-measures.ttl"], PASS),
    ("IC-17", ["mt-cube-with-missing-points.ttl"], FAIL),
    ("IC-18", ["abbrv-cube.ttl"], PASS),
    ("IC-18", ["abbrv-cube.ttl", "observation-bad-dataset.ttl"], FAIL),
    ("IC-19a", ["abbrv-cube.ttl", "codelist-complete.ttl"], PASS),
    ("IC-19a", ["abbrv-cube.ttl", "codelist-partial.ttl"], FAIL),
    ("IC-19b", ["abbrv-cube.ttl", "collection-complete.ttl"], FAIL),  # Rec demands skos:Concept
    ("IC-19b", ["abbrv-cube.ttl", "collection-partial.ttl"], FAIL),
    ("IC-20", ["abbrv-cube.ttl", "hierarchy-good.ttl"], PASS),
    ("IC-20", ["abbrv-cube.ttl", "hierarchy-good-multiroot.ttl"], PASS),
    ("IC-20", ["abbrv-cube.ttl", "hierarchy-bad.ttl"], FAIL),
    ("IC-21", ["abbrv-cube.ttl", "hierarchy-good-inverse.ttl"], PASS),
    ("IC-21", ["abbrv-cube.ttl", "hierarchy-bad-inverse.ttl"], FAIL),
]


def load(files: list[str]) -> rdflib.Graph:
    graph = rdflib.Graph()
    for name in files:
        graph.parse(standard(f"datacube/fixtures/{name}"), format="turtle")
    return graph


@pytest.mark.parametrize(("ic", "files", "violated"), TABLE, ids=[f"{r[0]}-{'+'.join(r[1])}" for r in TABLE])
def test_fixture_is_classified_as_the_editor_table_says(ic: str, files: list[str], violated: bool) -> None:
    results = {r.ic: r for r in cube.check_cube(load(files))}
    assert results[ic].violated is violated, results[ic].render()


def test_every_fixture_file_is_in_the_table() -> None:
    used = {name for _, files, _ in TABLE for name in files}
    published = {name.removeprefix("datacube/fixtures/") for name in read_pins()  # the collection's index
                 if name.startswith("datacube/fixtures/") and name.endswith(".ttl")}
    assert used == published
    assert len(used) == 33


def test_all_constraints_hold_on_the_base_cube() -> None:
    """The mt-cube files are partial (their qb:measureType has no range without cube.ttl), so only abbrv."""
    assert [r.render() for r in cube.check_cube(load(["abbrv-cube.ttl"])) if r.violated] == []


def test_queries_are_the_standards_text_byte_for_byte() -> None:
    shipped = sorted(cube.QUERIES.iterdir(), key=lambda p: p.name)
    assert len(shipped) == 27
    for item in shipped:
        original = standard(f"datacube/{'ic/' if item.name.endswith('.rq') else ''}{item.name}")
        assert item.read_bytes() == original.read_bytes(), item.name


@pytest.mark.parametrize(
    ("files", "duplicated"),
    [(["abbrv-cube.ttl"], False), (["abbrv-cube.ttl", "duplicate-observation.ttl"], True),
     (["mt-cube.ttl"], False), (["mt-cube-3-measures.ttl"], False)],
)
def test_linear_ic12_agrees_with_the_recommendation_query(files: list[str], duplicated: bool) -> None:
    store = cube.normalised_copy(load(files).serialize(format="nt", encoding="utf-8"))
    verbatim = bool(store.query(cube._text("prefixes.rq") + cube._text("ic-12.rq")))
    assert verbatim is duplicated
    assert bool(cube.duplicate_observations(store)) is duplicated


def test_verbatim_ic17_misses_the_negative_fixture_on_a_conformant_engine() -> None:
    """Why we rewrite: the Rec's HAVING alias is unbound under SPARQL 1.1 algebra (README caveat)."""
    store = cube.normalised_copy(
        load(["mt-cube-with-missing-points.ttl"]).serialize(format="nt", encoding="utf-8"))
    assert not store.query(cube._text("prefixes.rq") + cube._text("ic-17.rq"))
    assert store.query(cube._text("prefixes.rq") + cube.query_text("IC-17"))


def test_normalisation_does_not_touch_the_callers_graph() -> None:
    graph = load(["abbrv-cube.ttl"])
    before = len(graph)
    cube.check_cube(graph)
    assert len(graph) == before


def test_linear_ic12_agrees_with_the_recommendation_query_on_the_seed_cube(seed_graph: rdflib.Graph) -> None:
    graph = rdflib.Graph()
    graph += seed_graph  # the twin below goes into a copy
    store = cube.normalised_copy(graph.serialize(format="nt", encoding="utf-8"))
    assert not store.query(cube._text("prefixes.rq") + cube._text("ic-12.rq"))
    assert cube.duplicate_observations(store) == []

    # the same figure published twice under another URI: both must see the duplicate
    phone = rdflib.URIRef("http://localhost:8000/id/observatie/contacten-1700/2018/telefoon")
    twin = rdflib.URIRef(f"{phone}-twin")
    for _, p, o in list(graph.triples((phone, None, None))):
        graph.add((twin, p, o))
    store = cube.normalised_copy(graph.serialize(format="nt", encoding="utf-8"))
    assert store.query(cube._text("prefixes.rq") + cube._text("ic-12.rq"))
    assert [set(pair) for pair in cube.duplicate_observations(store)] == [{phone.n3(), twin.n3()}]
