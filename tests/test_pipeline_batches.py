"""A corpus built in batches (``batches.py``) publishes exactly what one batch would, and the checks
that span batches (question keys, the shared nodes) catch what a single graph would have caught.

The corpus is the six real documents with their curated files plus generated ones (bench/generate.py),
so the curated figures, mentions and consistency checks and the uncurated tables all take part.
"""

from __future__ import annotations

import gzip
import json
import shutil
import sys
from collections import Counter
from pathlib import Path

import pytest
import rdflib
from rdflib.compare import isomorphic

from vlaq_lod.parse import read_document
from vlaq_lod.pipeline import BuildConfig, BuildFailed, build
from vlaq_lod.settings import PROJECT_ROOT

sys.path.insert(0, str(PROJECT_ROOT / "bench"))  # bench/ scripts are not a package
import generate  # noqa: E402

BASE = "http://localhost:8000"
DATED = {rdflib.DCTERMS.issued, rdflib.DCTERMS.modified}  # the build's own date, not the data's


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("corpus")
    shutil.copytree(PROJECT_ROOT / "data" / "sources", folder / "sources")
    shutil.copytree(PROJECT_ROOT / "data" / "curated", folder / "curated")
    generate.generate_corpus(30, folder / "generated", seed=11)
    return folder


def published(build_folder: Path) -> rdflib.Graph:
    graph = rdflib.Graph()
    with gzip.open(build_folder / "dumps" / "vlaq.nt.gz", "rb") as stream:
        graph.parse(stream, format="nt")
    for predicate in DATED:
        graph.remove((None, predicate, None))
    return graph


def files(folder: Path) -> dict[str, bytes]:
    return {str(p.relative_to(folder)): p.read_bytes() for p in sorted(folder.rglob("*.csv"))}


def test_batches_in_parallel_publish_what_one_batch_publishes(corpus: Path, tmp_path: Path) -> None:
    steps: list[tuple[str, int, int]] = []
    whole = build(BuildConfig(corpus, tmp_path / "one", BASE, workers=1, batch_size=1000))
    parts = build(BuildConfig(corpus, tmp_path / "many", BASE, workers=2, batch_size=4),
                  lambda step, done, total: steps.append((step, done, total)))
    # 36 documents: the curated ones (all six real documents) in the first batch, then 30 in fours
    assert ("batches", 9, 9) in steps
    one, many = published(whole), published(parts)
    assert len(one) == len(many) > 20_000
    assert isomorphic(one, many)
    assert files(whole / "dumps") == files(parts / "dumps") and len(files(whole / "dumps")) > 30
    info = [json.loads((b / "build.json").read_text()) for b in (whole, parts)]
    assert info[0]["counts"] == info[1]["counts"]
    with gzip.open(parts / "dumps" / "vlaq.nt.gz", "rb") as dump:
        assert info[0]["counts"]["triples"] == sum(1 for _ in dump)
    joined_from_parts(parts)


def joined_from_parts(build_folder: Path) -> None:
    """Each batch wrote its part of every dump; joined, the Turtle and JSON-LD dumps hold what the
    N-Triples dump holds (read by rdflib's parsers), and the VoID counted from the batches' lines
    gives each class the number of instances the dump has."""
    dump = rdflib.Graph()
    with gzip.open(build_folder / "dumps" / "vlaq.nt.gz", "rb") as stream:
        dump.parse(stream, format="nt")
    assert isomorphic(dump, rdflib.Graph().parse(build_folder / "dumps" / "vlaq.ttl", format="turtle"))
    assert isomorphic(dump, rdflib.Graph().parse(build_folder / "dumps" / "vlaq.jsonld", format="json-ld"))
    void = rdflib.Graph().parse(build_folder / "void.ttl")  # in the dump too
    declared = {row.cls: row.n.toPython() for row in void.query(
        "SELECT ?cls ?n WHERE { ?d void:classPartition [ void:class ?cls ; void:entities ?n ] }",
        initNs={"void": rdflib.VOID})}
    counted = Counter(c for _, c in dump.subject_objects(rdflib.RDF.type))
    assert declared == counted and len(counted) > 30


@pytest.mark.parametrize("batch_size", [1, 1000])
def test_two_documents_with_one_question_key_fail_the_build_naming_both(corpus: Path, tmp_path: Path,
                                                                         batch_size: int) -> None:
    sources = tmp_path / "sources"
    shutil.copytree(corpus / "generated", sources)
    original = sorted(sources.glob("*.txt"))[3]
    copy = sources / "zz-copy.txt"
    shutil.copy(original, copy)
    out = tmp_path / "out"
    with pytest.raises(BuildFailed) as failure:
        build(BuildConfig(sources, out, BASE, workers=2, batch_size=batch_size))
    assert str(failure.value).startswith(f"{copy}:1: question ")
    assert f"is also {original}" in str(failure.value)
    assert not out.exists()


STRICT_ROLE = """@prefix sh: <http://www.w3.org/ns/shacl#> .
@prefix vlaq: <def/vlaq#> .
<shapes/strict#OneDate> a sh:NodeShape ; sh:targetClass vlaq:MinisterialRole ;
  sh:property [ sh:path vlaq:attestedOn ; sh:maxCount 1 ; sh:message "one date per title" ] .
"""


@pytest.mark.parametrize("batch_size", [1, 1000])
def test_a_shared_node_is_checked_on_what_all_batches_say_of_it(corpus: Path, tmp_path: Path, shapes_with,
                                                               batch_size: int) -> None:
    """Two documents answered by one minister under one title on two dates: each batch alone has
    one date for the role, the published role has two, which the (stricter) shape forbids."""
    documents = sorted(corpus.joinpath("generated").glob("*.txt"))
    by_role: dict[tuple[str, str], dict[object, Path]] = {}
    for path in documents:
        doc = read_document(path)
        if doc.answer is None:
            continue
        by_role.setdefault((doc.answer.responder, doc.answer.responder_title), {})[doc.date] = path
    pair = next(list(dates.values())[:2] for dates in by_role.values() if len(dates) >= 2)
    sources = tmp_path / "sources"
    sources.mkdir()
    for path in pair:
        shutil.copy(path, sources / path.name)
    shapes = shapes_with("strict.ttl", STRICT_ROLE)
    with pytest.raises(BuildFailed) as failure:
        build(BuildConfig(sources, tmp_path / "out", BASE, shapes_dir=shapes, workers=2,
                          batch_size=batch_size))
    assert "Violation: one date per title" in str(failure.value)
    assert "path vlaq:attestedOn" in str(failure.value)
