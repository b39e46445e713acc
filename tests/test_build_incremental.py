"""Incremental builds: a build takes the previous build's unchanged batches over, and publishes what a
full build of the same sources publishes (dumps, CSV files, catalogue, store, counts), compared after
canonicalisation (the build's own dates removed, blank nodes matched by ``rdflib.compare``)."""

from __future__ import annotations

import gzip
import hashlib
import os
import pickle
import shutil
import subprocess
import sys
from dataclasses import replace
from pathlib import Path

import pyoxigraph as ox
import pytest
import rdflib
from rdflib.compare import isomorphic
from rdflib.namespace import DCAT

from vlaq_lod.build import join, shared
from vlaq_lod.build.folder import BuildFolder, Out
from vlaq_lod.build.pipeline import BuildConfig, BuildFailed, build
from vlaq_lod.build.reuse import (
    CACHE,
    INDEX,
    NOT_IN_BATCHES,
    PACKAGE,
    SINGLE_CACHE,
    TICK,
    Cache,
    Hashed,
    content_hashes,
)
from vlaq_lod.graph.corpus import ONTOLOGY_DIR, SHAPES_DIR, load_turtle_dir
from vlaq_lod.settings import PROJECT_ROOT
from vlaq_lod.uris import Uris
from vlaq_lod.validate.shacl import without_class

sys.path.insert(0, str(PROJECT_ROOT / "bench"))  # bench/ scripts are not a package
import generate  # noqa: E402

BASE = "http://localhost:8000"
DATED = {rdflib.DCTERMS.issued, rdflib.DCTERMS.modified}  # the build's own date, not the data's


def canonical(path: Path, fmt: str) -> rdflib.Graph:
    graph = rdflib.Graph()
    if path.suffix == ".gz":
        with gzip.open(path, "rb") as stream:
            graph.parse(stream, format=fmt)
    else:
        graph.parse(path, format=fmt)
    for predicate in DATED:
        graph.remove((None, predicate, None))
    return graph


def files(folder: Path) -> dict[str, bytes]:
    return {str(p.relative_to(folder)): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


def same_publication(one: BuildFolder, other: BuildFolder) -> None:
    for name, fmt in (("vlaq.nt.gz", "nt"), ("vlaq.ttl", "turtle"), ("vlaq.jsonld", "json-ld")):
        assert isomorphic(canonical(one.dumps / name, fmt), canonical(other.dumps / name, fmt)), name
    for name in ("catalog.ttl", "validation-report.ttl"):
        assert isomorphic(*(canonical(folder.file(name), "turtle") for folder in (one, other))), name
    assert files(one.dumps / "csv") == files(other.dumps / "csv") and files(one.dumps / "csv")
    a, b = one.info(), other.info()
    assert (a.counts, a.datasets, a.integrity_constraints, a.rejected) == \
        (b.counts, b.datasets, b.integrity_constraints, b.rejected)
    stores = [stored(folder) for folder in (one, other)]
    assert len(stores[0]) > 1000 and isomorphic(*stores)


def stored(folder: BuildFolder) -> rdflib.Graph:
    """A build's store, every triple, without the build's own dates."""
    data = ox.Store.read_only(str(folder.store)).dump(format=ox.RdfFormat.N_TRIPLES,
                                                     from_graph=ox.DefaultGraph())
    graph = rdflib.Graph().parse(data=data, format="nt")
    for predicate in DATED:
        graph.remove((None, predicate, None))
    return graph


@pytest.fixture()
def corpus(tmp_path: Path) -> tuple[Path, list[Path]]:
    """data/ with twelve generated documents; two more generated ones kept aside."""
    sources = tmp_path / "data"
    shutil.copytree(PROJECT_ROOT / "data", sources)
    generate.generate_corpus(14, tmp_path / "generated", seed=7)
    generated = sorted((tmp_path / "generated").glob("*.txt"))
    for path in generated[:12]:
        shutil.copy(path, sources / "sources" / path.name)
    return sources, generated[12:]


def test_an_incremental_build_publishes_what_a_full_build_does(corpus: tuple[Path, list[Path]],
                                                               tmp_path: Path) -> None:
    sources, aside = corpus
    out = tmp_path / "out"
    config = BuildConfig(sources, out, BASE, workers=2, batch_size=4)
    first = build(config)
    assert first.info().reused == 0
    batches = len(first.info().dump_parts) - 1  # all but the shared part

    again = build(config)  # nothing changed: OUT holds what the build would publish, and keeps it
    assert again == first and Out(out).current() == first

    generated = sorted((sources / "sources").glob("0000*.txt"))
    generated[0].unlink()  # removed
    changed = generated[5]
    lines = changed.read_text(encoding="utf-8").splitlines(keepends=True)
    title = next(i for i, line in enumerate(lines) if "  -  " in line)
    lines[title] = lines[title].rstrip("\n") + " (bis)\n"
    changed.write_text("".join(lines), encoding="utf-8")
    for path in aside:  # added
        shutil.copy(path, sources / "sources" / path.name)
    shutil.copytree(out, tmp_path / "full", symlinks=True)  # the same previous build, for --full
    incremental = build(config)
    full = build(BuildConfig(sources, tmp_path / "full", BASE, workers=2, batch_size=4, full=True))
    assert 0 < incremental.info().reused < batches
    before, now = first.file(CACHE), incremental.file(CACHE)
    linked = [p.name for p in now.glob("*.pickle") if p.name != INDEX and (before / p.name).is_file()
              and os.path.samefile(p, before / p.name)]
    assert len(linked) == incremental.info().reused  # the batches taken over are not written again
    linked = [path for path in incremental.store.glob("*.sst") if path.stat().st_nlink > 1]
    assert linked  # the store was the previous one's, updated, not loaded again
    assert full.info().reused == 0
    same_publication(incremental, full)
    assert incremental.info().counts["documents"] == 6 + 12 - 1 + 2


def test_a_cache_in_one_file_as_older_versions_wrote_it_is_taken_over(corpus: tuple[Path, list[Path]],
                                                                        tmp_path: Path) -> None:
    """A publisher who upgrades keeps the incremental build: an older version's ``batches.pickle`` is read,
    and the build after it writes the cache folder, every batch's pickle its own file."""
    sources, _ = corpus
    config = BuildConfig(sources, tmp_path / "out", BASE, workers=2, batch_size=4)
    first = build(config)
    cache = Cache.load(first)
    with first.file(SINGLE_CACHE).open("wb") as stream:
        pickle.dump(replace(cache, batches=tuple(replace(c, stored=None) for c in cache.batches)), stream)
    shutil.rmtree(first.file(CACHE))
    min((sources / "sources").glob("0000*.txt")).unlink()
    upgraded = build(config)
    assert upgraded.info().reused > 0
    pickles = [p for p in upgraded.file(CACHE).glob("*.pickle") if p.name != INDEX]
    assert len(pickles) == len(upgraded.info().dump_parts) - 1
    assert all(p.stat().st_nlink == 1 for p in pickles)
    assert Cache.load(upgraded).key == cache.key


def test_the_code_left_out_of_the_inputs_key_is_code_no_batch_runs() -> None:
    """``inputs_key`` skips the parent's and the server's modules (``NOT_IN_BATCHES``): a batch's module,
    imported alone, must load none of them, or a change there would go unnoticed by the reuse."""
    loaded = subprocess.run(
        [sys.executable, "-c", "import sys, vlaq_lod.build.batches\n"
                               "print('\\n'.join(m.__file__ for m in list(sys.modules.values())\n"
                               "                 if m.__name__.startswith('vlaq_lod') and m.__file__))"],
        capture_output=True, text=True, check=True).stdout.split()
    names = [Path(path).resolve().relative_to(PACKAGE).as_posix() for path in loaded
             if Path(path).resolve().is_relative_to(PACKAGE)]  # ontology/, shapes/: hashed as data
    assert "graph/questions.py" in names and "build/publish.py" in names
    assert not [name for name in names if any(name == skip or name.startswith(skip + "/")
                                               for skip in NOT_IN_BATCHES)]


def test_a_store_whose_blank_nodes_are_not_the_dumps_is_not_updated(tmp_path: Path) -> None:
    """A store bulk-loaded whole (as builds did before ``join.load_store``) has renamed the shared part's
    blank nodes, so its lines cannot be taken out again: ``update_store`` declines, the build loads anew."""
    head = [b'_:n1 <http://example.org/p> "1" .', b"<http://example.org/s> <http://example.org/q> _:n1 ."]
    renamed = ox.Store(str(tmp_path / "renamed"))
    renamed.bulk_load(b"\n".join(head) + b"\n", format=ox.RdfFormat.N_TRIPLES)
    labelled = join.load_store(tmp_path / "labelled", _dump(tmp_path / "empty.nt.gz"), 0, head)
    for store in (renamed, labelled):
        join.finish_store(store)  # as a build leaves it
    del renamed, labelled, store  # RocksDB's locks go with the handles
    assert join.update_store(tmp_path / "renamed", tmp_path / "a", head, []) is None
    assert not (tmp_path / "a").exists()
    updated = join.update_store(tmp_path / "labelled", tmp_path / "b", head, [])
    assert updated is not None and len(updated) == 0


def test_a_document_is_read_again_unless_its_file_is_as_recorded_long_enough_before(tmp_path: Path) -> None:
    """A hash recorded by the previous build stands for a file with the status recorded then, changed a
    tick or more before that build read it; any other file is read. The recorded hash below is not the
    file's, so the answer shows which was taken."""
    document = tmp_path / "vraag.txt"
    document.write_text("nr. 1\nIn 2023 waren er 14 dossiers.\n", encoding="utf-8")
    name, sha256 = str(document), hashlib.sha256(document.read_bytes()).hexdigest()
    first = content_hashes([document])
    assert first.hashes == {name: sha256}
    record = tmp_path / "sources.tsv"
    Hashed({name: "recorded"}, first.status, first.taken + 2 * TICK).save(record)
    assert content_hashes([document], Hashed.load(record)).hashes == {name: "recorded"}

    read_within_a_tick = Hashed({name: "recorded"}, first.status, first.status[name][3] + TICK // 2)
    assert content_hashes([document], read_within_a_tick).hashes == {name: sha256}

    modified = document.stat().st_mtime_ns
    document.write_text("nr. 1\nIn 2023 waren er 41 dossiers.\n", encoding="utf-8")  # same size
    os.utime(document, ns=(modified, modified))  # and the time it had: only its change time tells
    rewritten = content_hashes([document], Hashed.load(record)).hashes
    assert rewritten == {name: hashlib.sha256(document.read_bytes()).hexdigest()} != {name: sha256}

    taken, row = record.read_text(encoding="utf-8").splitlines()
    record.write_text(f"{taken}\n{row.rsplit(' ', 1)[0]} x\n", encoding="utf-8")  # a status that is no number
    assert Hashed.load(record) is None  # every document read again, as without a record


def _dump(path: Path) -> Path:
    path.write_bytes(gzip.compress(b""))
    return path


CATALOG_LISTS_AT_MOST = """@prefix sh: <http://www.w3.org/ns/shacl#> .
@prefix dcat: <http://www.w3.org/ns/dcat#> .
<shapes/strict#SmallCatalog> a sh:NodeShape ; sh:targetClass dcat:Catalog ;
  sh:property [ sh:path dcat:dataset ; sh:maxCount {most} ; sh:message "too many data sets" ] .
"""


def test_a_hub_broken_by_an_incremental_build_fails_it_as_a_full_build(corpus: tuple[Path, list[Path]],
                                                                       tmp_path: Path, shapes_with) -> None:
    """The catalogue lists every data set, each batch its own: a shape allowing the first build's number
    of them passes every batch, and the first build; the documents added by the next build break it on
    the union alone. The incremental build checks the catalogue on what the shape reads (its list), as
    a full build does, and both fail; the check reads no list a shape does not read."""
    sources, aside = corpus
    probe = build(BuildConfig(sources, tmp_path / "probe", BASE, workers=2, batch_size=4))
    catalog = rdflib.Graph().parse(probe.file("catalog.ttl"))
    most = len(set(catalog.objects(None, DCAT.dataset)))
    shapes = shapes_with("strict.ttl", CATALOG_LISTS_AT_MOST.replace("{most}", str(most)))
    out = tmp_path / "out"
    config = BuildConfig(sources, out, BASE, shapes_dir=shapes, workers=2, batch_size=4)
    first = build(config)  # the shape holds: exactly ``most`` data sets

    uris = Uris(BASE)
    ontology, store = load_turtle_dir(ONTOLOGY_DIR, uris), ox.Store.read_only(str(first.store))
    hub = str(next(catalog.subjects(rdflib.RDF.type, DCAT.Catalog)))
    listed = {}
    for name, folder in (("strict", shapes), ("project", SHAPES_DIR)):
        readers = shared.readers(without_class(load_turtle_dir(folder, uris)))
        listed[name] = sum(t.predicate.value == str(DCAT.dataset)
                           for t in shared.description(store, [hub], readers, ontology))
    assert listed == {"strict": most, "project": 0}
    del store

    for path in aside:
        shutil.copy(path, sources / "sources" / path.name)
    with pytest.raises(BuildFailed) as incremental:
        build(config)
    assert "too many data sets" in str(incremental.value)
    assert Out(out).current() == first
    with pytest.raises(BuildFailed) as full:
        build(BuildConfig(sources, out, BASE, shapes_dir=shapes, workers=2, batch_size=4, full=True))
    assert "too many data sets" in str(full.value)
