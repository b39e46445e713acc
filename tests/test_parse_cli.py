"""``vlaq-lod parse FILE...`` run as a user runs it: a subprocess, its exit status, stdout and stderr."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from parse_expect import FIXTURES, SOURCES

SEED = SOURCES / "000_1f88426f64fa881f.txt"
LISTS = SOURCES / "1532_de-lijn-kosten-ticketverkoop.txt"


def run(*files: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "vlaq_lod", "parse", *map(str, files)],
                          capture_output=True, text=True, timeout=60, check=False)


def test_prints_a_json_array() -> None:
    result = run(SEED, LISTS)
    assert (result.returncode, result.stderr) == (0, "")
    seed, lists = json.loads(result.stdout)
    assert {"source", "number", "date", "parliamentary_year", "author", "addressees", "title", "questions",
            "answer", "tables"} <= set(seed)
    assert (seed["source"], seed["number"], seed["date"], seed["parliamentary_year"]) == (
        "000_1f88426f64fa881f.txt", 313, "2022-04-26", "2021-2022")
    assert seed["addressees"][0]["name"] == "Jan Jambon"
    assert [q["label"] for q in seed["questions"][4]["parts"]] == ["a", "b", "c", "d"]
    assert seed["answer"]["responder"] == "Jan Jambon"
    contacts = seed["tables"][0]
    assert contacts["periods"] == ["2018", "2019", "2020", "2021"] and contacts["lines"] == [64, 70]
    assert contacts["rows"][0] == {
        "label": "oproepen", "values": {"2018": 826095, "2019": 869341, "2020": 1031280, "2021": 1179602}}
    assert contacts["rows"][4]["values"] == {"2018": -18, "2019": 5.63, "2020": 22, "2021": 15.45}
    assert lists["tables"][1]["rows"][0]["values"]["2022"] == 19002565


def test_decimals_print_exactly_as_json_numbers() -> None:
    result = run(SEED)
    assert '"2018": 2462171.69,' in result.stdout and '"2021": 2261317.9\n' in result.stdout
    assert json.loads(result.stdout)[0]["tables"][2]["rows"][0]["values"]["2018"] == 2462171.69


def test_no_answer_is_null_and_a_dash_is_null() -> None:
    no_answer, rows = json.loads(run(FIXTURES / "no_answer.txt", FIXTURES / "years_as_rows.txt").stdout)
    assert no_answer["answer"] is None and no_answer["tables"] == []
    assert rows["tables"][0]["rows"][1]["values"] == {"2019": 48, "2020": None, "2021": 1204}


def test_bad_documents_go_to_stderr_and_the_rest_is_still_printed(tmp_path: Path) -> None:
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    garbage = tmp_path / "garbage.bin"
    garbage.write_bytes(bytes(range(256)) * 4)
    result = run(FIXTURES / "impossible_date.txt", SEED, empty, garbage, tmp_path / "absent.txt", tmp_path)
    assert result.returncode == 1
    assert result.stderr.splitlines() == [
        f"{FIXTURES / 'impossible_date.txt'}:4: impossible date '31 februari 2022'",
        f"{empty}:1: empty document",
        f"{garbage}:1: binary data (NUL byte), not a text document",
        f"{tmp_path / 'absent.txt'}:1: cannot read the file (No such file or directory)",
        f"{tmp_path}:1: cannot read the file (Is a directory)",
    ]
    assert [doc["number"] for doc in json.loads(result.stdout)] == [313]
    assert "Traceback" not in result.stderr


def test_rows_whose_figures_were_not_read_are_listed_with_why(tmp_path: Path) -> None:
    from parse_expect import HEAD

    doc = tmp_path / "q.txt"
    doc.write_text(HEAD.format(question="Hoeveel?") + "1. Overzicht:\n 2021 2022\nGent 12 345 678\n",
                   encoding="utf-8")
    [parsed] = json.loads(run(doc).stdout)
    assert parsed["tables"] == []
    assert parsed["unread"] == [{"lines": [31, 31], "printed": "Gent 12 345 678",
                                 "reason": "more than one reading fits 2 columns: 12, 345 678 | 12 345, 678"}]
