"""A row whose figures cannot be read is published as printed, never as figures: the build's validation
report names it (FILE:LINE, the row, why) as a warning, and the question page shows it with a note.

Built the way ``vlaq-lod build`` builds, from the seeds plus question 21 of ``test_graph_tables`` (its
``Gent 12 345 678 9`` row fits two readings of three columns).
"""

from __future__ import annotations

import shutil

import lxml.html
import pytest
import rdflib
from rdflib.namespace import SH

from seeds import UNREAD
from test_graph_tables import Q21
from vlaq_lod.settings import PROJECT_ROOT

BASE = "http://localhost:8000"


@pytest.fixture(scope="module")
def out(tmp_path_factory):
    from vlaq_lod.build.pipeline import BuildConfig, build

    data = tmp_path_factory.mktemp("unread") / "data"
    shutil.copytree(PROJECT_ROOT / "data", data)
    (data / "sources" / "q21.txt").write_text(Q21, encoding="utf-8")
    out = data.parent / "build"
    build(BuildConfig(data, out, BASE))
    return out


def test_the_published_report_names_the_unread_row_as_a_warning(out):
    report = rdflib.Graph().parse(out / "current" / "validation-report.ttl")
    warnings = report.subjects(SH.resultSeverity, SH.Warning)
    messages = [str(report.value(r, SH.resultMessage)) for r in warnings]
    unread = [m for m in messages if m.startswith("Figures not read")]
    row = ("Figures not read: more than one reading fits 3 columns: 12, 345 678, 9 | 12 345, 678, 9"
           " — as printed: Gent 12 345 678 9")
    assert [m for m in unread if m.endswith("Gent 12 345 678 9")] == [row]
    # beside it, only the seeds' unread sentence figures (tests/seeds.py)
    assert sorted(m.split(" — ")[0] for m in unread) == sorted(
        [row.split(" — ")[0], *(f"Figures not read: {reason}" for _, _, reason in UNREAD)])
    assert not list(report.subjects(SH.resultSeverity, SH.Violation))


def test_the_question_page_shows_the_row_as_printed_with_a_note(out):
    from vlaq_lod.web import create_app

    client = create_app({"TESTING": True, "OUT": str(out), "BASE_URI": BASE}).test_client()
    response = client.get("/doc/vraag/2022-2023-21-hilde-crevits", headers={"Accept": "text/html"})
    assert response.status_code == 200
    tree = lxml.html.fromstring(response.data)
    [note] = tree.xpath("//li[@id='antwoord-2']/aside[@class='unread']")
    shown = " ".join(note.text_content().split())
    assert "cijfers niet gelezen: more than one reading fits 3 columns" in shown
    assert note.xpath("pre/text()") == ["Gent 12 345 678 9"]
    assert not tree.xpath("//li[@id='antwoord-1']/aside")
    marked = tree.xpath("//li[@id='antwoord-2']//mark/text()")
    assert "678" not in marked and "1.204" in marked  # Antwerpen's figures are read, Gent's are not
