"""Bad input gets ``FILE:LINE: what is wrong``, fast, and nothing else: no traceback, no hang."""

from __future__ import annotations

import time
from pathlib import Path

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from parse_expect import FIXTURES, SOURCES
from vlaq_lod.parse import MAX_BYTES, ParseError, parse_text, read_document

ANSWERED = """SCHRIFTELIJKE VRAAG
nr. 313
van VERA JANS
datum: 26 april 2022
aan JAN JAMBON
MINISTER-PRESIDENT VAN DE VLAAMSE REGERING
Informatienummer 1700  -  Oproepen
1. Hoeveel oproepen waren er?
JAN JAMBON
MINISTER-PRESIDENT VAN DE VLAAMSE REGERING
ANTWOORD
op vraag nr. {number} van {day}
van VERA JANS
1. Er waren 1.179.602 oproepen.
"""


def error_of(path: Path) -> str:
    with pytest.raises(ParseError) as caught:
        read_document(path)
    return str(caught.value)


@pytest.mark.parametrize(("name", "line", "message"), [
    ("missing_nr.txt", 2, "expected the question number ('nr. 313'), found 'van VERA JANS'"),
    ("impossible_date.txt", 4, "impossible date '31 februari 2022'"),
    ("author_mismatch.txt", 13,
     "the answer names the author 'Vera Janssens', but the question header names 'Vera Jans'"),
])
def test_malformed_fixtures(name: str, line: int, message: str) -> None:
    path = FIXTURES / name
    assert error_of(path) == f"{path}:{line}: {message}"


def test_parse_error_shape() -> None:
    error = ParseError("a.txt", 7, "what is wrong")
    assert (str(error), error.source, error.line, error.message) == ("a.txt:7: what is wrong", "a.txt", 7,
                                                                     "what is wrong")


@pytest.mark.parametrize(("content", "line", "message"), [
    (b"", 1, "empty document"),
    (b"  \n\f\n\t \n", 1, "empty document"),
    (b"SCHRIFTELIJKE VRAAG\n\x00\x01\x02\xff", 2, "binary data (NUL byte), not a text document"),
    (b"SCHRIFTELIJKE VRAAG\nnr. 3\n\xff\xfe\xfa garbage", 3, "not UTF-8 text (byte 0xff at offset 26)"),
    (b"Beste collega,\nhierbij de cijfers.\n", 1, "expected 'SCHRIFTELIJKE VRAAG', found 'Beste collega,'"),
    (b"SCHRIFTELIJKE VRAAG\nnr. 5\n", 3, "missing the author ('van NAME'): the document ends here"),
    (b"%PDF-1.7\n%garbage that is no PDF at all\n", 1, "unreadable PDF"),
])
def test_unreadable_files(tmp_path: Path, content: bytes, line: int, message: str) -> None:
    path = tmp_path / "doc.txt"
    path.write_bytes(content)
    assert error_of(path).startswith(f"{path}:{line}: {message}")


def test_missing_file(tmp_path: Path) -> None:
    path = tmp_path / "absent.txt"
    assert error_of(path) == f"{path}:1: cannot read the file (No such file or directory)"


def test_a_50_mb_file_is_refused_fast(tmp_path: Path) -> None:
    path = tmp_path / "huge.txt"
    text = (SOURCES / "000_1f88426f64fa881f.txt").read_bytes()
    with path.open("wb") as out:
        for _ in range(50_000_000 // len(text) + 1):
            out.write(text)
    started = time.process_time()
    message = error_of(path)
    assert time.process_time() - started < 1.0
    assert message == f"{path}:1: file too large (more than {MAX_BYTES} bytes)"


def test_an_endless_file_is_refused() -> None:
    assert error_of(Path("/dev/zero")) == f"/dev/zero:1: file too large (more than {MAX_BYTES} bytes)"


def test_a_huge_text_is_refused() -> None:
    expected = r"^big\.txt:1: too large for a written question \(3000000 characters"
    with pytest.raises(ParseError, match=expected):
        parse_text("x" * 3_000_000, "big.txt")


@pytest.mark.parametrize(("number", "day", "message"), [
    ("314", "26 april 2022", "the answer is to question nr. 314, but the header says nr. 313"),
    ("313", "27 april 2022", "the answer is to a question of 27 april 2022, but the header says 2022-04-26"),
    ("313", "30 februari 2022", "impossible date '30 februari 2022'"),
])
def test_answer_header_must_match_the_question(number: str, day: str, message: str) -> None:
    with pytest.raises(ParseError) as caught:
        parse_text(ANSWERED.format(number=number, day=day), "q.txt")
    assert str(caught.value) == f"q.txt:12: {message}"


def test_answer_without_minister() -> None:
    text = ANSWERED.format(number="313", day="26 april 2022").replace(
        "JAN JAMBON\nMINISTER-PRESIDENT VAN DE VLAAMSE REGERING\nANTWOORD", "ANTWOORD")
    expected = r"^q\.txt:9: expected the answering minister's name and title above"
    with pytest.raises(ParseError, match=expected):
        parse_text(text, "q.txt")


@pytest.mark.parametrize("filler", [
    "A " * 300_000 + "x",  # capitals that look like a glued minister's name, up to a lower-case end
    "2019 " + "1 " * 300_000,  # a "table row" of 300,000 columns
    "2019 2020 " * 50_000,  # a "years header" of 100,000 columns
    "a) " * 200_000,  # lettered parts without end
])
def test_pathological_lines_parse_fast(filler: str) -> None:
    text = ANSWERED.format(number="313", day="26 april 2022").replace(
        "1. Hoeveel oproepen waren er?\nJAN JAMBON", f"1. Hoeveel oproepen waren er? {filler}\nJAN JAMBON")
    text = text.replace("1. Er waren", f"2019 1 2\n2020 3 4\n{filler}\n1. Er waren")
    started = time.process_time()  # CPU time: a quadratic blow-up fails, a busy shared machine does not
    assert parse_text(text, "p.txt").number == 313  # well under the size limit: it is parsed, not refused
    assert time.process_time() - started < 5.0


NUMBERS = {"000_1f88426f64fa881f.txt": 313, "1037_omgevingsvergunning-adviesverlening.txt": 1037,
           "1532_de-lijn-kosten-ticketverkoop.txt": 1532}
REAL = {name: (SOURCES / name).read_text(encoding="utf-8").split("\n") for name in NUMBERS}
NOISE = st.one_of(st.text(max_size=40), st.sampled_from([
    "2018 2019", "2020: -", "2019 1 2", "b) ", "ANTWOORD", "JAN JAMBON", "1-2.", "\f", "aan X",
    "TOTAAL 1 2"]))


@settings(max_examples=300, deadline=None)
@given(st.sampled_from(sorted(REAL)), st.lists(st.integers(0, 160), max_size=6), NOISE, st.integers(0, 160))
@example("1532_de-lijn-kosten-ticketverkoop.txt", [], "0(", 43)  # a "(" ending a clause's text: it crashed
@example("000_1f88426f64fa881f.txt", [0, 2, 6], "0", 125)  # a header line left empty by its cuts: it crashed
def test_mangled_documents_parse_or_fail_cleanly(name: str, drop: list[int], noise: str, at: int) -> None:
    """Lines dropped and garbage or table-like lines inserted anywhere: a Document or a ParseError,
    never anything else."""
    lines = [line for i, line in enumerate(REAL[name]) if i not in drop]
    lines.insert(min(at, len(lines)), noise)
    try:
        doc = parse_text("\n".join(lines), "m.txt")
    except ParseError as error:
        assert str(error).startswith("m.txt:")
    else:
        assert doc.number == NUMBERS[name]
