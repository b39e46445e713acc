"""An incremental build updates the previous build's search index instead of writing it whole
(``search.update_index``), and the index it gets answers every search, facet and list as the index of
a ``--full`` build of the same sources does.

The corpus is ``data/`` with generated documents (``bench/generate.py``, dated over ten years). Between
the two builds one document is removed (a gap in the ids), one changed, and three added: the two
newest (they go on top, moving nobody) and one dated between two published ones (the questions after
it move up to the next gap). Tables are compared by question IRI, since an updated index keeps gaps
in its ids; then the searches of ``tests/test_search_index.py`` and words read from the sources.
"""

from __future__ import annotations

import shutil
import sqlite3
import sys
from pathlib import Path

import pyoxigraph as ox
import pytest

from vlaq_lod.build.folder import BuildFolder
from vlaq_lod.build.pipeline import BuildConfig, build
from vlaq_lod.parse import read_document
from vlaq_lod.search import FACETS, Changed, Search, SearchIndex, oxigraph_rows, update_index, write_index
from vlaq_lod.settings import PROJECT_ROOT
from vlaq_lod.uris import Uris

sys.path.insert(0, str(PROJECT_ROOT / "bench"))  # bench/ scripts are not a package
import generate  # noqa: E402

BASE = "http://localhost:8000"
URIS = Uris(BASE)
SEARCHES = [
    Search(), Search(page=2, size=5), Search(size=7, page=3), Search(filters=(("cijfers", "ja"),)),
    Search("1700"), Search("de"), Search("de", page=2, size=3), Search("vaccin*"), Search('"gratis 1700"'),
    Search("de", (("jaar", "2021-2022"),)), Search("Herzien"), Search("zzzgeenwoord"),
]


def _question(path: Path) -> str:
    return URIS.question(read_document(path))


@pytest.fixture(scope="module")
def builds(tmp_path_factory: pytest.TempPathFactory) -> dict[str, object]:
    """The first build, the incremental and the full build after the changes, the previous build's index
    with every word's hit set stored, and the documents changed (removed, edited, added)."""
    tmp = tmp_path_factory.mktemp("update")
    sources = tmp / "data"
    shutil.copytree(PROJECT_ROOT / "data", sources)
    generated = sorted(p.path for p in generate.generate_corpus(14, tmp / "generated", seed=7))
    middle, newest = generated[6], generated[12:]
    for path in generated[:12]:
        if path != middle:
            shutil.copy(path, sources / "sources" / path.name)
    out = tmp / "out"
    config = BuildConfig(sources, out, BASE, workers=2, batch_size=4)
    first = build(config)
    every_word = tmp / "previous.sqlite"  # the stored hit sets need 2,000 questions a word in a build
    write_index(oxigraph_rows(ox.Store.read_only(str(first.store))), every_word, URIS, term_hits_min=1)

    removed, edited = sources / "sources" / generated[0].name, sources / "sources" / generated[5].name
    gone = {_question(removed), _question(edited)}
    removed_question = _question(removed)
    removed.unlink()
    edited.write_text(edited.read_text(encoding="utf-8").replace("  -  ", "  -  Herzien: ", 1),
                      encoding="utf-8")
    for path in (middle, *newest):
        shutil.copy(path, sources / "sources" / path.name)
    fresh = {_question(path) for path in (edited, middle, *newest)}
    shutil.copytree(out, tmp / "full", symlinks=True)
    incremental = build(config)
    full = build(BuildConfig(sources, tmp / "full", BASE, workers=2, batch_size=4, full=True))
    return {"first": first, "incremental": incremental, "full": full, "every_word": every_word,
            "gone": gone, "fresh": fresh, "removed": removed_question}


def content(path: Path) -> dict[str, object]:
    """Every table of an index, its question ids replaced by IRIs, with the questions' order."""
    db = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        iri = dict(db.execute("SELECT id, iri FROM question"))

        def iris(blob: bytes) -> list[str]:
            bits = int.from_bytes(blob, "little")
            return sorted(iri[i] for i in range(bits.bit_length()) if bits >> i & 1)

        return {
            "order": [q for (q,) in db.execute("SELECT iri FROM question ORDER BY id")],
            "question": sorted(db.execute("SELECT iri, title, number, year, date, figures, intro "
                                          "FROM question")),
            "facet": sorted((iri[q], k, v) for q, k, v in db.execute(
                "SELECT question, kind, value FROM facet")),
            "facet_value": sorted(db.execute("SELECT * FROM facet_value")),
            "dataset": sorted(db.execute("SELECT iri, title, observations, question FROM dataset")),
            "count": sorted(db.execute("SELECT * FROM count")),
            "text": sorted((iri[r], *rest) for r, *rest in db.execute(
                "SELECT rowid, title, question, answer FROM text")),
            "term_hits": {term: iris(bits) for term, bits in db.execute("SELECT term, bits FROM term_hits")},
        }
    finally:
        db.close()


def answers(path: Path, searches: list[Search]) -> list[object]:
    """What the web is told: each search's total, page, fragments and facets, every facet's values, the
    data sets and the headline counts."""
    index = SearchIndex(path)
    try:
        found: list[object] = []
        for search in searches:
            results = index.search(search)
            found.append((results.total, [(hit.iri, hit.snippet, hit.people) for hit in results.hits],
                          results.facets))
        found += [index.values(kind, size=100) for kind in FACETS]
        return [*found, index.datasets(size=100), index.counts()]
    finally:
        index.close()


def words(folder: BuildFolder) -> list[Search]:
    """A search for each of the first three words of every question's title (as published)."""
    with sqlite3.connect(folder.search_index) as db:
        titles = [title for (title,) in db.execute("SELECT title FROM question")]
    return [Search(word) for word in sorted({w for t in titles for w in t.split()[:3] if w.isalpha()})]


def test_an_updated_index_holds_and_answers_what_a_full_build_writes(builds) -> None:
    incremental, full = builds["incremental"].search_index, builds["full"].search_index
    updated, written = content(incremental), content(full)
    assert updated == written
    assert len(updated["order"]) == 6 + 11 - 1 + 3 and updated["dataset"] and updated["facet"]
    assert builds["fresh"] <= set(updated["order"]) and builds["removed"] not in updated["order"]
    with sqlite3.connect(incremental) as db:  # updated, not written again: the removed question's gap
        assert db.execute("SELECT max(id) > count(*) FROM question").fetchone()[0]
    with sqlite3.connect(full) as db:
        assert not db.execute("SELECT max(id) > count(*) FROM question").fetchone()[0]
    searches = [*SEARCHES, *words(builds["full"])]
    assert len(searches) > 20
    assert answers(incremental, searches) == answers(full, searches)


def test_stored_hit_sets_and_moved_questions_are_updated_exactly(builds, tmp_path: Path) -> None:
    """``update_index`` on the previous build's index with every word's hit set stored: each set it keeps
    holds the questions that a full index's set of the word holds, and the question put between two
    others moves those after it (their FTS rows and bits go with them)."""
    store = ox.Store.read_only(str(builds["incremental"].store))
    rows = oxigraph_rows(store)
    written = tmp_path / "written.sqlite"
    write_index(rows, written, URIS, term_hits_min=1)
    gone, fresh = builds["gone"], builds["fresh"]
    before, after = content(builds["every_word"])["dataset"], content(written)["dataset"]
    changed = Changed(frozenset(gone), frozenset(d for d, _, _, q in before if q in gone),
                      frozenset(fresh), frozenset(d for d, _, _, q in after if q in fresh))
    updated = tmp_path / "updated.sqlite"
    shutil.copyfile(builds["every_word"], updated)
    update_index(rows, updated, URIS, changed)
    mine, theirs = content(updated), content(written)
    assert [len(mine[k]) for k in ("question", "text")] == [len(theirs[k]) for k in ("question", "text")]
    kept = mine.pop("term_hits")
    whole = theirs.pop("term_hits")
    assert mine == theirs
    assert kept and all(kept[term] == whole.get(term, []) for term in kept)
    with sqlite3.connect(builds["every_word"]) as before, sqlite3.connect(updated) as after:
        ids = [dict(db.execute("SELECT iri, id FROM question")) for db in (before, after)]
    assert any(ids[1][q] != ids[0][q] for q in ids[0].keys() & ids[1].keys() - fresh)  # some moved
    searches = [*SEARCHES, *words(builds["full"])]
    assert answers(updated, searches) == answers(written, searches)
