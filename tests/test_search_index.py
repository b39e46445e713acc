"""The stored hit sets of frequent words (``term_hits``) answer exactly as FTS5 does.

Two indexes of the seed build's store: one that stores the hit set of every word (``term_hits_min=1``)
and one that stores none, so every search goes through FTS5. Each search must give the same total, the
same page and the same facet counts in both; the expected questions of some are read from the sources.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pyoxigraph as ox
import pytest

from vlaq_lod.search import Search, SearchIndex, oxigraph_rows, write_index
from vlaq_lod.settings import PROJECT_ROOT
from vlaq_lod.uris import Uris

BASE = "http://localhost:8000"
SOURCES = PROJECT_ROOT / "data" / "sources"
SEARCHES = [
    Search("1700"), Search("Informatienummer"), Search("de"), Search("de 1700"), Search("DE Lijn"),
    Search('"gratis 1700"'), Search("vaccin*"), Search("reële"), Search("de", page=2, size=2),
    Search("de", (("jaar", "2021-2022"),)), Search("zzzgeenwoord"), Search("de zzzgeenwoord"),
]


@pytest.fixture(scope="module")
def indexes(seed_build: Path, tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    folder = tmp_path_factory.mktemp("indexes")
    store = ox.Store.read_only(str(seed_build / "store"))
    stored, plain = folder / "stored.sqlite", folder / "plain.sqlite"
    write_index(oxigraph_rows(store), stored, Uris(BASE), term_hits_min=1)
    write_index(oxigraph_rows(store), plain, Uris(BASE), term_hits_min=10**9)
    return stored, plain


def _answer(path: Path, search: Search) -> tuple:
    index = SearchIndex(path)
    try:
        results = index.search(search)
        return (results.total, [hit.iri for hit in results.hits], [hit.snippet for hit in results.hits],
                {kind: [(v.value, v.count) for v in values] for kind, values in results.facets.items()})
    finally:
        index.close()


def test_every_word_is_stored_in_one_index_and_none_in_the_other(indexes):
    stored, plain = indexes
    with sqlite3.connect(stored) as db:
        terms = dict(db.execute("SELECT term, bits FROM term_hits"))
    with sqlite3.connect(plain) as db:
        assert db.execute("SELECT count(*) FROM term_hits").fetchone()[0] == 0
    # "1700" is printed in two of the six documents (test_web_search), so its set has two bits
    assert sum(1 for p in SOURCES.glob("*.txt") if "1700" in p.read_text(encoding="utf-8")) == 2
    assert int.from_bytes(terms["1700"], "little").bit_count() == 2
    assert "informatienummer" in terms and "reele" not in terms  # folded by FTS5; not ASCII as typed


@pytest.mark.parametrize("search", SEARCHES, ids=lambda s: f"{s.text}|{s.filters}|{s.page}")
def test_stored_sets_answer_as_fts5_does(indexes, search):
    stored, plain = indexes
    assert _answer(stored, search) == _answer(plain, search)


def test_a_stored_word_and_a_phrase_still_find_what_the_sources_print(indexes):
    stored, _ = indexes
    # of the two documents printing "1700", only one prints "gratis 1700" (test_web_search)
    assert _answer(stored, Search('1700 "gratis 1700"'))[0] == 1
    assert _answer(stored, Search("1700"))[0] == 2
