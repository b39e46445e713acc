"""bench/generate.py: its corpus parses back to the facts it wrote, and the same seed gives the same bytes.

The benchmarks of parse, build and SPARQL run on this corpus, so a document the parser misreads
would make them measure the wrong thing.
"""

from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path

from parse_expect import grid
from vlaq_lod.parse import read_document
from vlaq_lod.parse.names import normalise_name

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "bench"))  # bench/ scripts are not a package
import generate  # noqa: E402


def test_generated_documents_parse_to_what_was_written(tmp_path: Path) -> None:
    corpus = generate.generate_corpus(250, tmp_path, seed=5)
    layouts: Counter[str] = Counter()
    for made in corpus:
        doc = read_document(made.path)
        assert (doc.number, doc.date, doc.author) == (made.number, made.day, normalise_name(made.author))
        assert doc.addressees[0].name == normalise_name(made.minister)
        assert (doc.answer is not None) == made.answered
        assert [grid(t) for t in doc.tables] == made.tables
        layouts.update(t.layout for t in doc.tables)
    assert set(layouts) == {"years-as-columns", "years-as-rows", "vertical-list"}


def test_numbers_repeat_but_keys_are_unique(tmp_path: Path) -> None:
    corpus = generate.generate_corpus(400, tmp_path, seed=2)
    keys = [(generate.parliamentary_year(m.day), m.number, m.minister) for m in corpus]
    assert len(set(keys)) == len(keys)
    assert Counter(m.number for m in corpus).most_common(1)[0][1] > 5  # nr. 1 of many ministers and years
    assert len({m.minister for m in corpus}) == len(generate.MINISTERS)


def test_same_seed_same_bytes(tmp_path: Path) -> None:
    first = generate.generate_corpus(40, tmp_path / "a", seed=9)
    again = generate.generate_corpus(40, tmp_path / "b", seed=9)
    other = generate.generate_corpus(40, tmp_path / "c", seed=10)
    assert [m.path.read_bytes() for m in first] == [m.path.read_bytes() for m in again]
    assert [m.path.read_bytes() for m in first] != [m.path.read_bytes() for m in other]
