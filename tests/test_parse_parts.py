"""The whole answer: every character after the answer header is in the preamble or in a part.

The answer text is cut from the source by the test itself (everything after the ``van AUTHOR`` line
under ``ANTWOORD``), so the check does not lean on the parser's own offsets.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from parse_expect import SOURCES, answer
from vlaq_lod.model import PROSE_LABEL, Document
from vlaq_lod.parse import ParseError, read_document

HERE = Path(__file__).resolve().parent
OWN = HERE / "fixtures" / "sentences"
SHARED = HERE.parents[1] / "shared" / "sources"
_BODY = re.compile(r"^[ \t\f]*ANTWOORD[ \t]*\n\s*op vraag nr\.[^\n]*\n\s*van [^\n]*\n", re.MULTILINE)


def _documents() -> list[Path]:
    found = sorted(SOURCES.glob("*.txt")) + sorted(OWN.glob("*.txt"))
    found += sorted((HERE / "fixtures" / "parse").glob("*.txt"))
    return found + (sorted(SHARED.glob("*/*.txt")) if SHARED.is_dir() else [])


def _answer_body(text: str) -> str:
    m = _BODY.search(text)
    assert m, "no answer header"
    return text[m.end() :]


def _joined(doc: Document) -> str:
    assert doc.answer is not None
    pieces = [doc.answer.preamble]
    for item in doc.answer.parts:
        pieces += [item.marker, item.text]
        pieces += [piece for part in item.parts for piece in (f"{part.label})", part.text)]
    return "".join(pieces)


def _bare(text: str) -> str:
    return re.sub(r"\s+", "", text)


@pytest.mark.parametrize("path", _documents(), ids=lambda p: f"{p.parent.name}/{p.name}")
def test_parts_joined_give_back_the_answer(path: Path) -> None:
    try:
        doc = read_document(path)
    except ParseError:
        pytest.skip("a fixture of a refused document")
    if doc.answer is None:
        pytest.skip("a question without an answer")
    assert _bare(_joined(doc)) == _bare(_answer_body(doc.text))


def test_the_shared_sources_are_there_to_check() -> None:
    if not SHARED.is_dir():
        pytest.skip(f"{SHARED} is absent: the shared layouts and seeds are not checked")
    assert len(list(SHARED.glob("*/*.txt"))) >= 18


def _labels(doc: Document) -> list[tuple[str, str]]:
    assert doc.answer is not None
    return [(p.label, p.marker) for p in doc.answer.parts]


def test_list_and_range_labels_with_a_preamble() -> None:
    doc = read_document(OWN / "1204_premies-renovatie.txt")
    assert _labels(doc) == [("1 en 2", "1 en 2."), ("3-4", "3-4."), ("5", "5.")]
    assert doc.answer is not None and doc.answer.preamble == (
        "De cijfers hieronder komen uit de databank van het Vlaams Energie- en Klimaatagentschap\n"
        "(stand op 28 februari 2023).")
    assert doc.answer.preamble_span is not None and doc.answer.preamble_span.first_line == 35


def test_a_range_label_written_out() -> None:
    """``1 tot en met 3.`` is one part's label, as ``1-3.`` is (blind sample 9's 265 lost its first part)."""
    doc = read_document(Path(__file__).parent / "corpus" / "265_jongerenwelzijn-crisisopvang.txt")
    assert _labels(doc) == [("1 tot en met 3", "1 tot en met 3."), ("4", "4.")]


def test_a_list_label_and_the_gaps_it_leaves() -> None:
    doc = read_document(OWN / "455_lijstlabels.txt")
    assert _labels(doc) == [("1, 3 en 5", "1, 3 en 5."), ("2 en 4", "2 en 4.")]
    assert doc.answer is not None and doc.answer.preamble == ""


def test_labels_written_out() -> None:
    doc = read_document(OWN / "77_antwoord-op-vraag.txt")
    assert _labels(doc) == [("1", "Antwoord op vraag 1"), ("2 en 3", "Antwoord op vraag 2 en 3:")]
    assert doc.answer is not None
    assert doc.answer.parts[0].text == ("In het schooljaar 2021-2022 werkten er 1.437 begeleiders in het "
                                        "leerlingenvervoer.")


def test_an_answer_lettered_without_numbers() -> None:
    doc = read_document(OWN / "318_lettered.txt")
    assert _labels(doc) == [("a", "a)"), ("b", "b)")]
    assert [q.label for q in doc.questions] == ["a", "b"]


def test_a_prose_answer_is_one_part() -> None:
    doc = read_document(OWN / "941_proza.txt")
    assert doc.answer is not None and doc.answer.preamble == ""
    [part] = doc.answer.parts
    assert (part.label, part.marker) == (PROSE_LABEL, "")
    assert part.text.startswith("De belbussen werden op 1 juli 2022 vervangen")
    assert part.text.endswith("vervoer op maat.")


def test_a_year_or_a_figure_at_a_line_start_is_no_label() -> None:
    doc = read_document(SOURCES / "1532_de-lijn-kosten-ticketverkoop.txt")
    assert [p.label for p in doc.answer.parts] == ["1", "2"]  # "2015: ..." and "2018: ..." lines stay inside


def test_a_figure_wrapped_onto_a_line_start_beyond_the_questions_asked_is_no_label() -> None:
    """Three sub-questions, and ``... waren dat er`` / ``4. Voor de Spelen ...``: the 4 ends the sentence
    above (sample 1117 published a fourth part). Near miss: the same line after a sentence that ended is
    a fourth part, answered beyond what was asked."""
    asked = "Hoeveel statuten?\n2. Hoeveel contracten?\n3. Hoeveel medailles?"  # under HEAD's "1. "
    wrapped = answer("1. Er waren 662 statuten.\n2. Er waren 186 contracten.\n3. In Tokio behaalden "
                     "Vlaamse atleten 5 medailles; op de Paralympische Spelen waren dat er\n4. Voor Parijs "
                     "2024 is de ambitie om minstens 8 medailles te halen.\n", asked)
    assert [p.label for p in wrapped.answer.parts] == ["1", "2", "3"]
    ended = answer("1. Er waren 662 statuten.\n2. Er waren 186 contracten.\n3. In Tokio behaalden "
                   "Vlaamse atleten 5 medailles.\n4. Voor Parijs 2024 is de ambitie om minstens 8 medailles "
                   "te halen.\n", asked)
    assert [p.label for p in ended.answer.parts] == ["1", "2", "3", "4"]
