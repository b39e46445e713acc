"""A corpus built in batches (``batches.py``) publishes exactly what one batch would, and the checks
that span batches (question keys, the shared nodes) catch what a single graph would have caught.

The corpus is the six real documents with their curated files plus generated ones (bench/generate.py),
so the curated figures, mentions and consistency checks and the uncurated tables all take part.
"""

from __future__ import annotations

import gzip
import json
import shutil
import subprocess
import sys
from collections import Counter
from pathlib import Path

import pytest
import rdflib
from rdflib.compare import isomorphic
from rdflib.namespace import SH

from vlaq_lod.build.folder import BuildFolder
from vlaq_lod.build.join import read_part
from vlaq_lod.build.pipeline import BuildConfig, BuildFailed, build
from vlaq_lod.build.recheck import check_build
from vlaq_lod.parse import read_document
from vlaq_lod.settings import PROJECT_ROOT
from vlaq_lod.validate import validate

sys.path.insert(0, str(PROJECT_ROOT / "bench"))  # bench/ scripts are not a package
import generate  # noqa: E402
from builds import dump_graph  # noqa: E402  (tests/builds.py)

BASE = "http://localhost:8000"
VLAQ_LOD = str(Path(sys.executable).parent / "vlaq-lod")
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


@pytest.fixture(scope="module")
def nine_batches(corpus: Path, tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, list]:
    """OUT of the corpus built in batches of four in two workers, and the steps it reported."""
    steps: list[tuple[str, int, int]] = []
    out = tmp_path_factory.mktemp("many") / "out"
    build(BuildConfig(corpus, out, BASE, workers=2, batch_size=4),
          lambda step, done, total: steps.append((step, done, total)))
    return out, steps


def test_batches_in_parallel_publish_what_one_batch_publishes(corpus: Path, tmp_path: Path,
                                                              nine_batches: tuple[Path, list]) -> None:
    whole = build(BuildConfig(corpus, tmp_path / "one", BASE, workers=1, batch_size=1000)).path
    parts, steps = (nine_batches[0] / "current").resolve(), nine_batches[1]
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
    reports = [one_report(rdflib.Graph().parse(b / "validation-report.ttl")) for b in (whole, parts)]
    assert reports[0] == reports[1] and len(reports[0]) >= 3  # the seeds' unread figures among them


def one_report(graph: rdflib.Graph) -> set[str]:
    """A validation report joined from the batches' (``join.validation_report``) is one
    ``sh:ValidationReport`` naming every result in it; returns the results' messages."""
    (report,) = graph.subjects(rdflib.RDF.type, SH.ValidationReport)
    results = set(graph.subjects(rdflib.RDF.type, SH.ValidationResult))
    assert set(graph.objects(report, SH.result)) == results and results
    return {str(m) for m in graph.objects(None, SH.resultMessage)}


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
def test_two_documents_with_one_question_key_fail_a_strict_build_naming_both(corpus: Path, tmp_path: Path,
                                                                         batch_size: int) -> None:
    sources = tmp_path / "sources"
    shutil.copytree(corpus / "generated", sources)
    original = sorted(sources.glob("*.txt"))[3]
    copy = sources / "zz-copy.txt"
    shutil.copy(original, copy)
    out = tmp_path / "out"
    with pytest.raises(BuildFailed) as failure:
        build(BuildConfig(sources, out, BASE, workers=2, batch_size=batch_size, strict=True))
    assert f"{copy}:1: question " in str(failure.value)
    assert f"{original}:1: question " in str(failure.value)
    assert f"is also {original}" in str(failure.value) and f"is also {copy}" in str(failure.value)
    assert not (out / "current").exists()


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
                          batch_size=batch_size, strict=True))
    assert "Violation: one date per title" in str(failure.value)
    assert "path vlaq:attestedOn" in str(failure.value)


WARN_EVERYWHERE = """@prefix sh: <http://www.w3.org/ns/shacl#> .
@prefix qb: <http://purl.org/linked-data/cube#> .
@prefix schema: <https://schema.org/> .
@prefix sdmx-measure: <http://purl.org/linked-data/sdmx/2009/measure#> .
<shapes/t#Small> a sh:NodeShape ; sh:targetClass qb:Observation ;
  sh:property [ sh:path sdmx-measure:obsValue ; sh:maxInclusive 1000 ; sh:severity sh:Warning ;
                sh:message "over 1000" ] .
<shapes/t#Mailed> a sh:NodeShape ; sh:targetClass schema:Person ; sh:property [ sh:path schema:email ;
  sh:minCount 1 ; sh:severity sh:Warning ; sh:message "no e-mail" ] .
"""


def test_a_build_is_checked_again_part_by_part_as_the_whole_graph_would_be(
        corpus: Path, nine_batches: tuple[Path, list], tmp_path: Path) -> None:
    """``vlaq-lod validate`` checks the dump one batch's part at a time beside the shared part
    (``check_build``). On the nine-batch build, with two warning shapes added (figures over 1,000 in
    every batch; persons, which are shared, without an e-mail address), it reports what pySHACL and the
    integrity constraints report on the whole dump as one graph, each finding once. An observation
    whose value is taken out of one batch's part is reported with the file and line its figure was
    printed on, and the command fails."""
    out = tmp_path / "out"
    shutil.copytree(nine_batches[0], out, symlinks=True)
    built = (out / "current").resolve()
    with (built / "shapes.ttl").open("a", encoding="utf-8") as shapes:
        shapes.write(WARN_EVERYWHERE.replace("<shapes/", f"<{BASE}/shapes/"))
    sizes = json.loads((built / "build.json").read_text())["dump_parts"]
    assert len(sizes) == 10  # the shared part, then nine batches
    whole = validate(dump_graph(built, BASE), rdflib.Graph().parse(built / "shapes.ttl"))
    by_part = check_build(BuildFolder(built), workers=2)
    assert whole.ok and by_part.ok
    messages = Counter(f.message for f in whole.shacl.findings)
    assert messages["over 1000"] > 100 and messages["no e-mail"] > 10
    assert [f.render() for f in by_part.shacl.findings] == [f.render() for f in whole.shacl.findings]
    assert [(r.ic, r.violated) for r in by_part.cube] == [(r.ic, r.violated) for r in whole.cube]
    assert len(by_part.cube) == 22

    dump = built / "dumps" / "vlaq.nt.gz"
    members = [read_part(dump, sizes, i) for i in range(len(sizes))]
    value = next(line for line in members[5].splitlines() if b"/sdmx/2009/measure#obsValue>" in line)
    focus = value.split(b" ", 1)[0].decode()
    printed = next(rdflib.Graph().parse(data=members[5], format="nt").objects(
        rdflib.URIRef(focus[1:-1]), rdflib.URIRef(f"{BASE}/def/vlaq#printedValue")))
    members[5] = members[5].replace(value + b"\n", b"")
    gzipped = [gzip.compress(m) for m in members]
    dump.write_bytes(b"".join(gzipped))
    info = json.loads((built / "build.json").read_text())
    (built / "build.json").write_text(json.dumps({**info, "dump_parts": [len(g) for g in gzipped]}))

    broken = [f for f in check_build(BuildFolder(built), workers=2).shacl.violations if f.focus == focus]
    assert [f.path for f in broken] == ["sdmx-measure:obsValue"]
    file, line = broken[0].source
    printed_on = next(corpus.rglob(file)).read_text(encoding="utf-8").splitlines()[line - 1]
    assert str(printed) in printed_on
    done = subprocess.run([VLAQ_LOD, "validate", "--out", str(out)], capture_output=True, text=True)
    assert done.returncode == 1
    assert f"{broken[0].where}: Violation:" in done.stdout and focus in done.stdout
