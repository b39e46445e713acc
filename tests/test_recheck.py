"""The N-Triples line reading that ``vlaq-lod validate`` slices the shared part with (``recheck.py``)."""

from __future__ import annotations

from vlaq_lod.build.recheck import by_subject, objects

LINES = [
    b'<http://x/obs> <http://x/unit> <http://x/concept/eur> .',
    b'<http://x/obs> <http://x/label> "a <http://x/not-a-node> in text ."@nl .',
    b'<http://x/obs> <http://x/period> _:b0 .',
    b'<http://x/concept/eur> <http://x/scheme> <http://x/scheme/unit> .',
    b'',
]


def test_objects_are_the_nodes_a_line_names_never_words_inside_a_literal():
    assert objects(LINES[:-1]) == {b"<http://x/concept/eur>", b"_:b0", b"<http://x/scheme/unit>"}


def test_lines_are_grouped_by_subject_and_blank_lines_dropped():
    grouped = by_subject(LINES)
    assert sorted(grouped) == [b"<http://x/concept/eur>", b"<http://x/obs>"]
    assert grouped[b"<http://x/obs>"] == LINES[:3]
