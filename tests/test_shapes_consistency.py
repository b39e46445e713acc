"""Contradictions are published and flagged, never fixed and never fatal.

Two documents written for this test: question 12 prints a TOTAAL for 2022 that is one more than
its parts (1.000.000 + 100.000 + 50.000 = 1.150.000, printed 1.150.001) and an evolution of -15%
where the totals give -14,26%; question 13 prints 1.161.753 as the 2020 total, which seed 000
prints as 1.161.752. Its 2019 total agrees with the seed and must not be flagged.
"""

from __future__ import annotations

import shutil
from decimal import Decimal

import pytest
from pyshacl import validate
from rdflib import Graph, URIRef
from rdflib.namespace import SH

from seeds import UNREAD_NODES
from vlaq_lod.graph.corpus import SHAPES_DIR, corpus_graph, flag_contradictions, load_turtle_dir
from vlaq_lod.graph.namespaces import SDMX_MEASURE, vlaq
from vlaq_lod.parse import parse_text, read_document
from vlaq_lod.settings import PROJECT_ROOT
from vlaq_lod.uris import Uris

WRONG_TOTAL = """SCHRIFTELIJKE VRAAG

nr. 12
van TESTER TEST
datum: 3 oktober 2022

aan JAN JAMBON
MINISTER-PRESIDENT VAN DE VLAAMSE REGERING

Informatienummer 1700  -  Contacten 2022

Een vraag om de consistentiecontroles te testen.

1. Hoeveel contacten waren er in 2021 en in 2022?



JAN JAMBON
MINISTER-PRESIDENT VAN DE VLAAMSE REGERING

ANTWOORD
op vraag nr. 12 van 3 oktober 2022
van TESTER TEST

1. De contacten vindt u in deze tabel:

 2021 2022
oproepen 1.179.602 1.000.000
e-mail 112.122 100.000
chat 49.531 50.000
TOTAAL 1.341.255 1.150.001
Evolutie t.o.v. vorig
jaar +15,45% -15%
"""

OTHER_DOCUMENT = """SCHRIFTELIJKE VRAAG

nr. 13
van TESTER TEST
datum: 4 oktober 2022

aan JAN JAMBON
MINISTER-PRESIDENT VAN DE VLAAMSE REGERING

Informatienummer 1700  -  Totalen

Een tweede vraag die een ander document tegenspreekt.

1. Hoeveel contacten waren er in 2019 en in 2020?



JAN JAMBON
MINISTER-PRESIDENT VAN DE VLAAMSE REGERING

ANTWOORD
op vraag nr. 13 van 4 oktober 2022
van TESTER TEST

1. Het totaal:

 2019 2020
TOTAAL 952.234 1.161.753
"""

CURATED = """
[[dataset]]
key = "contacten-1700-vraag-12"
structure = "contacten-per-kanaal"
statistic = "contacten-1700"
title_nl = "Contacten met 1700 volgens vraag 12"
title_en = "Contacts with 1700 according to question 12"
description_nl = "Testdocument met een fout totaal."

[[dataset]]
key = "evolutie-contacten-1700-vraag-12"
structure = "contacten-per-kanaal"
statistic = "evolutie-contacten-1700"
evolution_of = "contacten-1700-vraag-12"
title_nl = "Evolutie volgens vraag 12"
title_en = "Evolution according to question 12"
description_nl = "Testdocument met een foute evolutie."

[[dataset]]
key = "contacten-1700-vraag-13"
structure = "contacten-per-kanaal"
statistic = "contacten-1700"
title_nl = "Contacten met 1700 volgens vraag 13"
title_en = "Contacts with 1700 according to question 13"
description_nl = "Testdocument dat seed 000 tegenspreekt."
""" + "".join(f"""
[[row]]
question = "{question}"
label = "{label}"
dataset = "{dataset}"
unit = "{unit}"
dims = {{ channel = "{channel}" }}
""" for question, label, dataset, unit, channel in [
    ("2022-2023/12", "oproepen", "contacten-1700-vraag-12", "contact", "telefoon"),
    ("2022-2023/12", "e-mail", "contacten-1700-vraag-12", "contact", "e-mail"),
    ("2022-2023/12", "chat", "contacten-1700-vraag-12", "contact", "chat"),
    ("2022-2023/12", "TOTAAL", "contacten-1700-vraag-12", "contact", "totaal"),
    ("2022-2023/12", "Evolutie t.o.v. vorig jaar", "evolutie-contacten-1700-vraag-12", "procent", "totaal"),
    ("2022-2023/13", "TOTAAL", "contacten-1700-vraag-13", "contact", "totaal"),
])


@pytest.fixture(scope="module")
def uris() -> Uris:
    return Uris("http://localhost:8000")


@pytest.fixture(scope="module")
def graph(uris, tmp_path_factory) -> Graph:
    curated = tmp_path_factory.mktemp("curated")
    for toml in (PROJECT_ROOT / "data" / "curated").glob("*.toml"):
        shutil.copy(toml, curated)
    (curated / "consistency-test.toml").write_text(CURATED, encoding="utf-8")
    docs = [read_document(p) for p in sorted((PROJECT_ROOT / "data" / "sources").iterdir())]
    docs += [parse_text(WRONG_TOTAL, "q12.txt"), parse_text(OTHER_DOCUMENT, "q13.txt")]
    return corpus_graph(docs, curated, uris)


@pytest.fixture(scope="module")
def report(graph, uris) -> Graph:
    conforms, report, _ = validate(graph, shacl_graph=load_turtle_dir(SHAPES_DIR, uris),
                                   inference="none", advanced=True, allow_warnings=True)
    assert conforms  # warnings only: a contradiction never fails the build
    return report


def _obs(uris: Uris, dataset: str, year: str) -> str:
    return uris.observation(dataset, year, "totaal")


def test_each_contradiction_is_a_warning_on_the_right_observations(report, uris):
    warned = {str(report.value(r, SH.focusNode)) for r in report.subjects(SH.resultSeverity, SH.Warning)}
    assert warned == {
        *(f"{uris.base}/id/{node}" for node in UNREAD_NODES),  # the seeds' unread sentence figures
        _obs(uris, "contacten-1700-vraag-12", "2022"),  # 1.150.001 is not 1.000.000 + 100.000 + 50.000
        _obs(uris, "evolutie-contacten-1700-vraag-12", "2022"),  # -15% printed, -14,26% computed
        _obs(uris, "contacten-1700-vraag-13", "2020"),  # 1.161.753 in question 13 ...
        _obs(uris, "contacten-1700", "2020"),  # ... against 1.161.752 in seed 000
    }
    assert not set(report.subjects(SH.resultSeverity, SH.Violation))


def test_flags_publish_the_contradiction_and_keep_the_figure(graph, report, uris):
    flags = flag_contradictions(graph, report)
    v = vlaq(uris)
    flagged = {str(s) for s in flags.subjects(v.consistency, v.contradicted)}
    assert _obs(uris, "contacten-1700-vraag-12", "2022") in flagged
    assert _obs(uris, "contacten-1700", "2020") in flagged
    assert _obs(uris, "contacten-1700-vraag-13", "2019") not in flagged  # 952.234 agrees with the seed
    assert _obs(uris, "contacten-1700", "2021") not in flagged
    total = URIRef(_obs(uris, "contacten-1700-vraag-12", "2022"))
    assert "1150000" in str(flags.value(total, v.consistencyNote)).replace(".", "")
    assert graph.value(total, SDMX_MEASURE.obsValue).toPython() == Decimal("1150001")
    assert not set(flags.subjects(SDMX_MEASURE.obsValue, None))


def test_flagged_graph_still_conforms(graph, report, uris):
    flagged = Graph()
    flagged += graph
    flagged += flag_contradictions(graph, report)
    _, again, _ = validate(flagged, shacl_graph=load_turtle_dir(SHAPES_DIR, uris), inference="none",
                           advanced=True, allow_warnings=True)
    assert not set(again.subjects(SH.resultSeverity, SH.Violation))
