"""The build of the seed corpus: its files, read back by independent tools, and the all-or-nothing swap."""

from __future__ import annotations

import csv
import gzip
import hashlib
import json
import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pyoxigraph as ox
import pytest
import rdflib
from pyld import jsonld

from seeds import UNREAD
from vlaq_lod.build.pipeline import source_files
from vlaq_lod.settings import PROJECT_ROOT
from vlaq_lod.validate import check_cube

VLAQ_LOD = str(Path(sys.executable).with_name("vlaq-lod"))
SEED_FILES = {"000_1f88426f64fa881f.txt", "001_9f1beb652373d674.txt",
              "1037_omgevingsvergunning-adviesverlening.txt", "1532_de-lijn-kosten-ticketverkoop.txt",
              "235_wateroverlast-demerbekken.txt", "606_co2-negatieve-gevelsteen.txt"}


def rapper_count(path: Path, syntax: str) -> int:
    """Triples counted by raptor (an independent parser); it reports on stderr."""
    done = subprocess.run(["rapper", "-i", syntax, "-c", str(path)], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    return int(done.stderr.split("returned ")[1].split(" triples")[0])


def test_build_json_counts(seed_build: Path) -> None:
    info = json.loads((seed_build / "build.json").read_text())
    assert info["id"] == seed_build.name
    assert info["base_uri"] == "http://localhost:8000"
    assert info["counts"]["documents"] == len(SEED_FILES)
    assert {"contacten-1700", "evolutie-contacten-1700", "tevredenheid-1700"} <= set(info["datasets"])
    assert info["counts"]["datasets"] == len(info["datasets"])
    assert set(info["integrity_constraints"].values()) == {"holds"}
    for name in ("catalog.ttl", "void.ttl", "ontology.ttl", "shapes.ttl", "validation-report.ttl"):
        assert (seed_build / name).stat().st_size > 0, name


def test_every_dump_is_accepted_by_an_independent_toolchain(seed_build: Path, tmp_path: Path) -> None:
    triples = json.loads((seed_build / "build.json").read_text())["counts"]["triples"]
    nt = tmp_path / "vlaq.nt"
    with gzip.open(seed_build / "dumps" / "vlaq.nt.gz", "rb") as packed:
        nt.write_bytes(packed.read())
    assert rapper_count(nt, "ntriples") == triples
    assert rapper_count(seed_build / "dumps" / "vlaq.ttl", "turtle") == triples
    document = json.loads((seed_build / "dumps" / "vlaq.jsonld").read_text(encoding="utf-8"))
    assert "@context" in document and document["@context"]["qb"] == "http://purl.org/linked-data/cube#"
    quads = jsonld.to_rdf(document, {"format": "application/n-quads"})
    # N-Quads lines end in \n; splitlines() would also cut at the form feeds a source text holds
    assert len({line for line in quads.split("\n") if line.strip()}) == triples


def canonical(quads) -> set[ox.Quad]:
    """The quads with their blank nodes named by RDFC-1.0, so two copies of one graph compare equal."""
    dataset = ox.Dataset(quads)
    dataset.canonicalize(ox.CanonicalizationAlgorithm.RDFC_1_0)
    return set(dataset)


def test_store_holds_the_dump_term_for_term_in_the_default_graph(seed_build: Path) -> None:
    """What is served (from the store) is what is dumped, literal forms included: a store keeps a
    literal's value, so "2261317.90" or an xsd:nonNegativeInteger would come back changed."""
    triples = json.loads((seed_build / "build.json").read_text())["counts"]["triples"]
    store = ox.Store.read_only(str(seed_build / "store"))
    assert list(store.named_graphs()) == []
    with gzip.open(seed_build / "dumps" / "vlaq.nt.gz") as dump:
        dumped = canonical(ox.parse(dump, format=ox.RdfFormat.N_TRIPLES))
    stored = canonical(store.quads_for_pattern(None, None, None, ox.DefaultGraph()))
    assert len(stored) == len(dumped) == triples
    assert stored == dumped


def csvw_columns(csv_file: Path) -> list[dict]:
    metadata = json.loads(csv_file.with_name(f"{csv_file.name}-metadata.json").read_text(encoding="utf-8"))
    assert metadata["url"] == csv_file.name
    return metadata["tableSchema"]["columns"]


def test_every_csv_has_csvw_metadata_whose_titles_are_its_header(seed_build: Path) -> None:
    """CSVW (W3C Tabular Data): a column's titles match the header row, names are unique, the value column
    is a decimal of sdmx-measure:obsValue, each URI column an absolute IRI of its dimension."""
    files = sorted((seed_build / "dumps" / "csv").glob("*.csv"))
    assert len(files) == 12  # 9 curated datasets, two tables of 1532, the figures in sentences of 606
    for csv_file in files:
        columns = csvw_columns(csv_file)
        with csv_file.open(newline="", encoding="utf-8") as stream:
            header, *rows = list(csv.reader(stream))
        assert [c["titles"] for c in columns] == header
        assert len({c["name"] for c in columns}) == len(columns)
        value = next(c for c in columns if c["name"] == "value")
        assert value["datatype"] == "decimal"
        assert value["propertyUrl"] == "http://purl.org/linked-data/sdmx/2009/measure#obsValue"
        for row in rows:
            cells = dict(zip([c["name"] for c in columns], row, strict=True))
            float(cells["value"])
            for column in (c for c in columns if c["datatype"] == "anyURI" and cells[c["name"]]):
                assert cells[column["name"]].startswith("http://localhost:8000/id/")


def test_csv_of_the_1700_contacts_as_printed_in_seed_000(seed_build: Path) -> None:
    """Values typed from data/sources/000_1f88426f64fa881f.txt, lines 62-66."""
    with (seed_build / "dumps" / "csv" / "contacten-1700.csv").open(newline="", encoding="utf-8") as stream:
        reader = csv.reader(stream)
        header = next(reader)
        # the Dutch titles people read, renamed to the CSVW column names programs use
        names = [c["name"] for c in csvw_columns(seed_build / "dumps" / "csv" / "contacten-1700.csv")]
        rows = [dict(zip(names, row, strict=True)) for row in reader]
    assert header == ["referentieperiode", "referentieperiode (URI)", "kanaal", "kanaal (URI)", "waarde",
                      "eenheid", "schaal zoals gedrukt", "voorbehoud", "voetnoot", "citaat",
                      "observatie (URI)"]
    assert len(rows) == 16
    assert {"value", "unit", "hedge", "quote", "observation", "refPeriod", "refPeriod_uri"} <= set(rows[0])
    by_cell = {(r["refPeriod"], r["channel"]): r for r in rows}
    assert {period for period, _ in by_cell} == {"2018", "2019", "2020", "2021"}
    printed = {("2018", "telefoon"): ("826095", "826.095"), ("2021", "e-mail"): ("112122", "112.122"),
               ("2020", "chat"): ("42485", "42.485"), ("2019", "totaal"): ("952234", "952.234")}
    for (period, channel), (value, quote) in printed.items():
        row = next(r for (p, c), r in by_cell.items() if p == period and c.lower() == channel)
        assert float(row["value"]) == float(value)
        assert quote in row["quote"]
        assert row["observation"].startswith("http://localhost:8000/id/observatie/contacten-1700/")
        assert row["refPeriod_uri"] == f"http://localhost:8000/id/periode/{period}"


def test_all_integrity_constraints_hold_on_the_published_cube(seed_graph: rdflib.Graph) -> None:
    assert [r.render() for r in check_cube(seed_graph) if r.violated] == []


def test_validate_command_on_the_current_build(seed_out: Path) -> None:
    done = subprocess.run([VLAQ_LOD, "validate", "--out", str(seed_out)], capture_output=True, text=True)
    assert done.returncode == 0, done.stdout + done.stderr
    assert "0 violation(s)" in done.stdout
    assert "0 of 22 integrity constraints violated" in done.stdout


# --- all or nothing ------------------------------------------------------------------------------


def checksums(out: Path) -> dict[str, str]:
    """Every entry under OUT: file contents, and symlinks by their target text."""
    sums = {}
    for path in sorted(out.rglob("*")):
        key = str(path.relative_to(out))
        if path.is_symlink():
            sums[key] = "-> " + os.readlink(path)
        elif path.is_file():
            sums[key] = hashlib.sha256(path.read_bytes()).hexdigest()
        else:
            sums[key] = "dir"
    return sums


@pytest.fixture()
def sources(tmp_path: Path) -> Path:
    """A private copy of data/ that a test may break."""
    folder = tmp_path / "data"
    shutil.copytree(PROJECT_ROOT / "data", folder)
    return folder


@pytest.fixture()
def out(tmp_path: Path, seed_out: Path) -> Path:
    """A private OUT with one good build in it."""
    folder = tmp_path / "build"
    shutil.copytree(seed_out, folder, symlinks=True)
    return folder


def test_unreadable_document_fails_a_strict_build_and_leaves_out_untouched(sources: Path, out: Path) -> None:
    (sources / "sources" / "broken.txt").write_bytes(b"SCHRIFTELIJKE VRAAG\n\x00\x01 garbage\n")
    before = checksums(out)
    done = subprocess.run([VLAQ_LOD, "build", "--strict", "--sources", str(sources), "--out", str(out)],
                          capture_output=True, text=True)
    assert done.returncode == 1
    assert "broken.txt:2: " in done.stderr
    assert "Traceback" not in done.stderr
    assert checksums(out) == before
    assert [p.name for p in out.parent.iterdir() if p.name.startswith(".build.staging")] == []


def test_shacl_violation_fails_a_strict_build_with_focus_path_and_source_line(sources: Path, out: Path,
                                                                         shapes_with) -> None:
    from vlaq_lod.build.pipeline import BuildConfig, BuildFailed, build

    shapes = shapes_with(
        "strict.ttl",
        "@prefix sh: <http://www.w3.org/ns/shacl#> .\n@prefix schema: <https://schema.org/> .\n"
        "@prefix vlaq: <def/vlaq#> .\n"
        "<shapes/strict#QuestionNeedsAbout> a sh:NodeShape ; sh:targetClass vlaq:WrittenQuestion ;\n"
        "  sh:property [ sh:path schema:about ; sh:minCount 1 ;\n"
        "                sh:message \"a question needs a topic\" ] .\n")
    before = checksums(out)
    with pytest.raises(BuildFailed) as failure:
        build(BuildConfig(sources, out, "http://localhost:8000", shapes_dir=shapes, strict=True))
    report = str(failure.value)
    assert ("000_1f88426f64fa881f.txt:1: Violation: a question needs a topic "
            "[focus <http://localhost:8000/id/vraag/2021-2022-313-jan-jambon>, path schema:about]") in report
    assert checksums(out) == before


KILLED_BUILD = """
import sys, time
from pathlib import Path
from vlaq_lod.build.pipeline import BuildConfig, build

def stop_in_store(step, done, total):
    if step == "store":
        Path(sys.argv[3]).write_text("writing the store")
        time.sleep(600)

build(BuildConfig(Path(sys.argv[1]), Path(sys.argv[2]), "http://localhost:8000"), stop_in_store)
"""


def test_build_killed_while_writing_the_store_leaves_out_untouched(sources: Path, out: Path,
                                                                   tmp_path: Path) -> None:
    marker = tmp_path / "marker"
    before = checksums(out)
    child = subprocess.Popen([sys.executable, "-c", KILLED_BUILD, str(sources), str(out), str(marker)])
    deadline = time.monotonic() + 120
    while not marker.exists() and child.poll() is None and time.monotonic() < deadline:
        time.sleep(0.05)
    assert marker.exists(), "the build never reached the store step"
    child.send_signal(signal.SIGKILL)
    child.wait()
    assert checksums(out) == before
    staged = [p for p in out.parent.iterdir() if p.name.startswith(".build.staging")]
    assert len(staged) == 1 and any((staged[0] / "batches").glob("*.nt.gz"))  # it was half-way

    done = subprocess.run([VLAQ_LOD, "build", "--sources", str(sources), "--out", str(out)],
                          capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    assert not staged[0].exists()  # the next build clears what the killed one left
    assert len(list((out / "builds").iterdir())) == 2


def test_warnings_are_published_and_flag_their_observations(sources: Path, out: Path, shapes_with) -> None:
    from vlaq_lod.build.pipeline import BuildConfig, build

    shapes = shapes_with(
        "doubt.ttl",
        "@prefix sh: <http://www.w3.org/ns/shacl#> .\n@prefix qb: <http://purl.org/linked-data/cube#> .\n"
        "@prefix sdmx-measure: <http://purl.org/linked-data/sdmx/2009/measure#> .\n"
        "<shapes/doubt#Small> a sh:NodeShape ; sh:targetNode <id/observatie/contacten-1700/2021/totaal> ;\n"
        "  sh:property [ sh:path sdmx-measure:obsValue ; sh:maxInclusive 1300000 ; sh:severity sh:Warning ;\n"
        "                sh:message \"suspiciously large\" ] .\n")
    folder = build(BuildConfig(sources, out, "http://localhost:8000", shapes_dir=shapes)).path
    info = json.loads((folder / "build.json").read_text())
    # seed 000, line 68: the 2021 total is 1.341.255; and the seeds' unread sentence figures (tests/seeds.py)
    assert info["counts"]["warnings"] == 1 + len(UNREAD)
    report = (folder / "validation-report.ttl").read_text()
    assert "suspiciously large" in report
    store = ox.Store.read_only(str(folder / "store"))
    flagged = [str(row["obs"].value) for row in store.query(
        "SELECT ?obs WHERE { ?obs <http://localhost:8000/def/vlaq#consistency> ?flag }")]
    assert flagged == ["http://localhost:8000/id/observatie/contacten-1700/2021/totaal"]


def test_a_sources_folder_without_documents_publishes_nothing(out: Path, tmp_path: Path) -> None:
    before = checksums(out)
    done = subprocess.run([VLAQ_LOD, "build", "--sources", str(tmp_path / "typo"), "--out", str(out)],
                          capture_output=True, text=True)
    assert done.returncode == 1
    assert f"{tmp_path / 'typo'}: no *.txt or *.pdf documents here" in done.stderr
    assert checksums(out) == before


def test_the_documents_of_a_sources_folder_in_the_order_of_their_name_segments(tmp_path: Path) -> None:
    """Every .txt and .pdf below the folder (suffix in any case), ``curated/`` at the top left out but not
    a deeper folder of that name, a linked folder not followed, in ``Path`` order: by name segment, so
    ``a/`` comes before ``a-b/`` although '-' sorts before '/' in a string."""
    for name in ("curated/639.txt", "a-b/2.txt", "a/1.TXT", "a/curated/3.txt", "4.Pdf", "a/notes.toml",
                 "z.txt.d/5.txt"):
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text("x", encoding="utf-8")
    (tmp_path / "linked").symlink_to(tmp_path / "a", target_is_directory=True)
    assert source_files(tmp_path) == [tmp_path / name for name in
                                      ("4.Pdf", "a/1.TXT", "a/curated/3.txt", "a-b/2.txt", "z.txt.d/5.txt")]
