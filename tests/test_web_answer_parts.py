"""A build of answers with list labels, a preamble and figures in sentences: it passes SHACL and the
21 Data Cube checks, and the question page shows the preamble and every part, figures marked."""

from __future__ import annotations

import shutil
from pathlib import Path

import lxml.html as html
import pytest

from vlaq_lod.build.pipeline import BuildConfig, build
from vlaq_lod.settings import PROJECT_ROOT
from vlaq_lod.web import create_app

BASE = "http://localhost:8000"
OWN = Path(__file__).resolve().parent / "fixtures" / "sentences"


@pytest.fixture(scope="module")
def client(tmp_path_factory):
    sources = tmp_path_factory.mktemp("sources")
    shutil.copytree(PROJECT_ROOT / "data" / "curated", sources / "curated")
    for path in [*sorted((PROJECT_ROOT / "data" / "sources").glob("*.txt")), *sorted(OWN.glob("*.txt"))]:
        shutil.copy(path, sources / path.name)
    out = sources.parent / "out"
    built = build(BuildConfig(sources, out, BASE))
    assert set(built.info().integrity_constraints.values()) == {"holds"}
    return create_app({"TESTING": True, "OUT": str(out), "BASE_URI": BASE}).test_client()


def test_the_preamble_and_list_labels_on_the_question_page(client):
    response = client.get("/doc/vraag/2022-2023-1204-matthias-diependaele", headers={"Accept": "text/html"})
    assert response.status_code == 200
    tree = html.fromstring(response.data)
    answer = tree.xpath("//section[@aria-labelledby='antwoord']")[0]
    preamble = answer.xpath(".//div[contains(@class, 'preamble')]")[0].text_content()
    assert preamble.startswith("De cijfers hieronder komen uit de databank")
    assert [p.strip() for p in answer.xpath(".//span[@class='pos']/text()")] == ["1 en 2", "3-4", "5"]
    marked = [m.text_content() for m in answer.xpath(".//a[@class='figure']/mark")]
    assert marked == ["18.412", "25.377", "92", "4.100", "2.300", "2.500"]  # 92: a share of the aanvragen


def test_sentence_figures_are_observations_with_how_they_were_found(client):
    dataset = "2022-2023-1204-matthias-diependaele-zinnen"
    response = client.get(f"/doc/observatie/{dataset}/2023/dossiers.ttl")
    assert response.status_code == 200
    turtle = response.data.decode()
    assert "vindwijze/zin" in turtle and "voorbehoud/bovengrens" in turtle and '"bijna"' in turtle


def test_an_answer_printed_without_labels_is_one_part(client):
    response = client.get("/doc/vraag/2022-2023-941-lydia-peeters", headers={"Accept": "text/html"})
    assert response.status_code == 200
    answer = html.fromstring(response.data).xpath("//section[@aria-labelledby='antwoord']")[0]
    assert [p.strip() for p in answer.xpath(".//span[@class='pos']/text()")] == ["geheel"]
    marked = [m.text_content() for m in answer.xpath(".//a[@class='figure']/mark")]
    assert marked == ["612.004", "588.310", "1.742", "27"]
