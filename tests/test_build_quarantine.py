"""Quarantine: a build publishes every document that passes, names every one it rejects with FILE:LINE
and the reason, publishes the rejections, and exits 3; ``--strict`` keeps all or nothing (exit 1)."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pyoxigraph as ox
import pytest
import rdflib

from vlaq_lod.build.folder import Out
from vlaq_lod.build.pipeline import BuildConfig, build
from vlaq_lod.settings import PROJECT_ROOT
from vlaq_lod.web import create_app

VLAQ_LOD = str(Path(sys.executable).with_name("vlaq-lod"))
BASE = "http://localhost:8000"
DUPLICATED = "235_wateroverlast-demerbekken.txt"  # quoted by one curated mention (organisations.toml)
SH = rdflib.SH


@pytest.fixture()
def sources(tmp_path: Path) -> Path:
    """data/ with an unreadable document and a second copy of a real one (so one question key twice)."""
    folder = tmp_path / "data"
    shutil.copytree(PROJECT_ROOT / "data", folder)
    (folder / "sources" / "broken.txt").write_bytes(b"SCHRIFTELIJKE VRAAG\n\x00\x01 garbage\n")
    shutil.copy(folder / "sources" / DUPLICATED, folder / "sources" / "zz-copy.txt")
    return folder


def questions(out: Path) -> set[str]:
    store = ox.Store.read_only(str(Out(out).current().store))
    return {str(row["q"].value) for row in store.query(
        f"SELECT ?q WHERE {{ ?q a <{BASE}/def/vlaq#WrittenQuestion> }}")}


def test_bad_documents_are_left_out_named_published_and_exit_3(sources: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    done = subprocess.run([VLAQ_LOD, "build", "--sources", str(sources), "--out", str(out),
                           "--base-uri", BASE], capture_output=True, text=True, timeout=600)
    assert done.returncode == 3, done.stderr
    assert "Traceback" not in done.stderr
    original, copy = sources / "sources" / DUPLICATED, sources / "sources" / "zz-copy.txt"
    lines = done.stderr.splitlines()
    assert any(line.startswith(f"{sources / 'sources' / 'broken.txt'}:2: ") for line in lines)
    assert any(line.startswith(f"{original}:1: question ") and f"is also {copy}" in line for line in lines)
    assert any(line.startswith(f"{copy}:1: question ") and f"is also {original}" in line for line in lines)
    curated = [line for line in lines if "organisations.toml:" in line]
    assert len(curated) == 1 and "left out: the document it quotes was rejected" in curated[0]

    info = Out(out).current().info()
    assert info.counts["documents"] == 5  # the six real ones but the duplicated one
    assert {Path(r.file).name for r in info.rejected} == {"broken.txt", DUPLICATED, "zz-copy.txt",
                                                          "organisations.toml"}
    published = questions(out)
    assert len(published) == 5 and not any("wateroverlast" in q or "demer" in q for q in published)

    report = rdflib.Graph().parse(Out(out).current().file("validation-report.ttl"))
    messages = {str(m) for m in report.objects(None, SH.resultMessage)}
    assert {r.render() for r in info.rejected} <= messages
    assert (None, SH.conforms, rdflib.Literal(False)) in report

    client = create_app({"TESTING": True, "OUT": str(out), "BASE_URI": BASE}).test_client()
    assert 'href="/afgewezen"' in client.get("/").get_data(as_text=True)
    page = client.get("/afgewezen")
    assert page.status_code == 200
    text = page.get_data(as_text=True)
    assert all(r.file in text for r in info.rejected) and "zz-copy.txt" in text


def test_strict_publishes_nothing_and_names_every_bad_document(sources: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    done = subprocess.run([VLAQ_LOD, "build", "--strict", "--sources", str(sources), "--out", str(out),
                           "--base-uri", BASE], capture_output=True, text=True, timeout=600)
    assert done.returncode == 1
    assert "broken.txt:2: " in done.stderr and "zz-copy.txt:1: " in done.stderr
    assert f"{DUPLICATED}:1: " in done.stderr and "organisations.toml:" in done.stderr
    assert Out(out).current() is None


def test_a_document_breaking_a_shape_alone_is_rejected_at_its_line(tmp_path: Path, shapes_with) -> None:
    """A shape only one question breaks: that document is rejected with the line its question came
    from and the shape's message; the curated mention quoting it is reported; the rest is published."""
    target = f"{BASE}/id/vraag/2022-2023-1037-zuhal-demir"
    shapes = shapes_with(
        "one.ttl",
        "@prefix sh: <http://www.w3.org/ns/shacl#> .\n@prefix schema: <https://schema.org/> .\n"
        "<shapes/one#NoPermits> a sh:NodeShape ; sh:targetNode <id/vraag/2022-2023-1037-zuhal-demir> ;\n"
        "  sh:property [ sh:path schema:dateCreated ; sh:maxCount 0 ;\n"
        "                sh:message \"no permit questions\" ] .\n")
    out = tmp_path / "out"
    built = build(BuildConfig(PROJECT_ROOT / "data", out, BASE, shapes_dir=shapes))
    info = built.info()
    by_file = {Path(r.file).name: r for r in info.rejected}
    assert set(by_file) == {"1037_omgevingsvergunning-adviesverlening.txt", "organisations.toml"}
    rejection = by_file["1037_omgevingsvergunning-adviesverlening.txt"]
    assert "Violation: no permit questions" in rejection.reason and target in rejection.reason
    assert rejection.line > 0
    assert info.counts["documents"] == 5
    assert not any("1037" in q for q in questions(out))


def test_a_question_key_two_batches_hold_rejects_both_and_rebuilds_their_batches(tmp_path: Path) -> None:
    """The copy of a curated document lands in another batch than the original (the curated ones are all
    in the first): the parent finds the key twice, builds both batches again without the two documents,
    and the curated declaration quoting the original is left out and reported, as in one batch."""
    sources = tmp_path / "data"
    shutil.copytree(PROJECT_ROOT / "data", sources)
    shutil.copy(sources / "sources" / DUPLICATED, sources / "sources" / "zz-copy.txt")
    built = build(BuildConfig(sources, tmp_path / "out", BASE, workers=2, batch_size=1))
    info = built.info()
    assert sorted(Path(r.file).name for r in info.rejected) == [DUPLICATED, "organisations.toml",
                                                                "zz-copy.txt"]
    assert info.counts["documents"] == 5
    assert not any("235" in q for q in questions(tmp_path / "out"))
    assert not list((built.dumps / "csv").glob("*235*"))


def test_one_role_printed_with_its_functions_on_two_lines_or_after_a_comma_builds(tmp_path: Path) -> None:
    """The parliament's PDFs break a minister's title where the page does: 403 prints Ben Weyts's title
    with a comma between his two functions, the copy below with a line break there instead. Both are one
    role with one title; the build publishes both questions instead of failing on two labels."""
    folder = tmp_path / "sources"
    folder.mkdir()
    original = next((PROJECT_ROOT / "tests" / "corpus").glob("403_*.txt"))
    shutil.copy(original, folder / "403.txt")
    broken = original.read_text(encoding="utf-8").replace(
        "nr. 1764", "nr. 1766").replace(
        "VICEMINISTER-PRESIDENT VAN DE VLAAMSE REGERING, VLAAMS MINISTER VAN ONDERWIJS, \nSPORT, ",
        "VICEMINISTER-PRESIDENT VAN DE VLAAMSE REGERING\nVLAAMS MINISTER VAN ONDERWIJS, SPORT, ")
    assert broken.count("REGERING\nVLAAMS MINISTER") == 2  # the header and the block above ANTWOORD
    (folder / "403-broken.txt").write_text(broken, encoding="utf-8")
    built = build(BuildConfig(folder, tmp_path / "out", BASE))
    store = ox.Store.read_only(str(built.store))
    labels = {(str(row["role"].value), row["label"].value) for row in store.query(
        f"SELECT ?role ?label WHERE {{ ?role a <{BASE}/def/vlaq#MinisterialRole> ; "
        "<http://www.w3.org/2000/01/rdf-schema#label> ?label }")}
    assert labels == {(f"{BASE}/id/functie/ben-weyts/viceminister-president-van-de-vlaamse-regering-vlaams-"
                       "minister-van-onderwijs-sport-dierenwelzijn-en-vlaamse-rand",
                       "VICEMINISTER-PRESIDENT VAN DE VLAAMSE REGERING, VLAAMS MINISTER VAN ONDERWIJS, "
                       "SPORT, DIERENWELZIJN EN VLAAMSE RAND")}
    assert len(questions(tmp_path / "out")) == 2 and not built.info().rejected


def test_a_name_or_title_spelled_two_ways_is_published_both_ways_and_flagged(tmp_path: Path) -> None:
    """PDF extraction drops accents and apostrophes: a name printed GUY D'HAESELEER in one question and
    GUY DHAESELEER in another, a title with FINANCIËN and FINANCIEN, give one IRI (their slug) with two
    spellings. Neither document is to blame, so the build publishes both spellings and flags each node with
    a warning; before, the union of two batches broke a shape and no document was published at all."""
    folder = tmp_path / "sources"
    folder.mkdir()
    for name, number, old, new in (("001_9f1beb652373d674.txt", "639", "GUY D'HAESELEER", "GUY DHAESELEER"),
                                   ("606_co2-negatieve-gevelsteen.txt", "606", "FINANCIËN", "FINANCIEN")):
        text = (PROJECT_ROOT / "data" / "sources" / name).read_text(encoding="utf-8")
        (folder / name).write_text(text, encoding="utf-8")
        variant = text.replace(f"nr. {number}", f"nr. 9{number}").replace(old, new)
        assert variant.count(new) == 2  # the question's header and the answer's
        (folder / f"variant-{name}").write_text(variant, encoding="utf-8")
    out = tmp_path / "out"
    done = subprocess.run([VLAQ_LOD, "build", "--sources", str(folder), "--out", str(out),
                           "--base-uri", BASE], capture_output=True, text=True, timeout=600)
    assert done.returncode == 0, done.stderr
    assert len(questions(out)) == 4
    store = ox.Store.read_only(str(Out(out).current().store))
    names = {row["name"].value for row in store.query(
        f"SELECT ?name WHERE {{ <{BASE}/id/persoon/guy-dhaeseleer> <https://schema.org/name> ?name }}")}
    assert names == {"Guy D'Haeseleer", "Guy Dhaeseleer"}
    titles = {row["title"].value for row in store.query(
        f"SELECT ?title WHERE {{ ?role <{BASE}/def/vlaq#printedTitle> ?title ; "
        f"<http://www.w3.org/ns/org#member> <{BASE}/id/persoon/matthias-diependaele> }}")}
    printed = "MINISTER VAN FINANCI{}N EN BEGROTING, WONEN EN ONROEREND ERFGOED"  # the answer drops VLAAMS
    assert titles == {f"{vlaams}{printed.format(e)}" for vlaams in ("", "VLAAMS ") for e in ("Ë", "E")}
    report = rdflib.Graph().parse(Out(out).current().file("validation-report.ttl"))
    flagged = {(str(report.value(r, SH.focusNode)), str(report.value(r, SH.resultSeverity)))
               for r in report.subjects(rdflib.RDF.type, SH.ValidationResult)
               if "more than one spelling" in str(report.value(r, SH.resultMessage))}
    roles = {str(row["role"].value) for row in store.query(
        f"SELECT ?role WHERE {{ ?role <http://www.w3.org/ns/org#member> "
        f"<{BASE}/id/persoon/matthias-diependaele> }}")}
    assert len(roles) == 2 and {node for node, _ in flagged} == {f"{BASE}/id/persoon/guy-dhaeseleer"} | roles
    assert {severity for _, severity in flagged} == {str(SH.Warning)}
