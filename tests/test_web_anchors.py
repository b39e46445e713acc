"""Every link to a spot on a page lands on it: the figure links of question, observation and dataset
pages of the seed build are followed, and the element with the fragment's id must be on the page they reach.
"""

from __future__ import annotations

import urllib.parse

import pytest
from rdflib import RDF, URIRef

from conftest import SEED_BASE
from pages import html

QB = "http://purl.org/linked-data/cube#"
KINDS = (f"{QB}Observation", f"{QB}DataSet", f"{SEED_BASE}/def/vlaq#WrittenQuestion")



def pages_of_the_build(seed_graph) -> list[str]:
    """The /doc/ page of every question, dataset and observation the build published."""
    things = {s for kind in KINDS for s in seed_graph.subjects(RDF.type, URIRef(kind))}
    return sorted(str(s).replace(f"{SEED_BASE}/id/", "/doc/", 1) for s in things)


def test_every_figure_link_lands_on_an_element_with_its_id(client, seed_graph):
    pages = pages_of_the_build(seed_graph)
    assert len(pages) > 50  # 48 observations, 11 datasets, 6 questions
    targets: dict[str, set[str]] = {}
    for url in pages:
        for href in html(client, url).xpath("//main//a/@href"):
            target = urllib.parse.urljoin(url, href)
            path, _, fragment = target.partition("#")
            if fragment and path.startswith("/doc/"):
                targets.setdefault(path, set()).add(fragment)
    assert sum(len(f) for f in targets.values()) >= 48  # at least one link to each figure in its text
    missing = []
    for path, fragments in sorted(targets.items()):
        ids = set(html(client, path).xpath("//@id"))
        missing += [f"{path}#{f}" for f in sorted(fragments - ids)]
    assert missing == []


@pytest.mark.parametrize("key", ["2022-2023-1532-lydia-peeters"])
def test_question_1532_marks_its_14_figures(client, key):
    """The two yearly series of 1532 (2014-2022 and 2018-2022, read by hand from data/sources/1532_…)."""
    tree = html(client, f"/doc/vraag/{key}")
    marked = [" ".join(a.text_content().split()) for a in tree.xpath("//a[@class='figure']")]
    assert marked[:9] == ["12 791 969", "13 777 550", "12 858 136", "15 366 673", "14 986 297",
                          "14 597 375", "12 684 251", "11 941 833", "13 628 748"]
    assert len(marked) == 14
    [note] = tree.xpath("//section[@aria-labelledby='antwoord']//p[@class='note']")
    note = " ".join(note.text_content().split())
    assert note.startswith("14 cijfers uit dit antwoord staan als data gepubliceerd")
