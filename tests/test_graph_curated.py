"""A curated file that disagrees with its source stops the build with FILE:LINE: message; entries
name their question, not their file, so a renamed document keeps them and an absent one is a warning."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from rdflib import Literal, URIRef
from rdflib.namespace import XSD

from vlaq_lod.graph.corpus import corpus_graph
from vlaq_lod.graph.curated import CuratedError, load_curated
from vlaq_lod.parse import read_document
from vlaq_lod.settings import PROJECT_ROOT
from vlaq_lod.uris import Uris

CURATED = PROJECT_ROOT / "data" / "curated"
S001 = "001_9f1beb652373d674.txt"
Q001 = "2016-2017/639"


@pytest.fixture(scope="module")
def docs():
    return [read_document(p) for p in sorted((PROJECT_ROOT / "data" / "sources").iterdir())]


def _build(tmp_path: Path, docs, extra: str) -> None:
    folder = tmp_path / "curated"
    shutil.copytree(CURATED, folder)
    (folder / "zz-extra.toml").write_text(extra, encoding="utf-8")
    corpus_graph(docs, folder, Uris("http://localhost:8000"))


def _figure(printed: str, value: str, quote: str, period: str = "2016") -> str:
    return f'''# a test figure

[[figure]]
question = "{Q001}"
dataset = "tevredenheid-1700"
period = "{period}"
printed = "{printed}"
value = "{value}"
unit = "procent"
quote = """{quote}"""
'''


def test_the_curated_seed_files_build(tmp_path, docs):
    _build(tmp_path, docs, "")


def test_a_quote_not_in_its_source(tmp_path, docs):
    with pytest.raises(CuratedError) as error:
        _build(tmp_path, docs, _figure("88,07%", "88.07", "De burger scoort 1700 met 88,07%", "2015"))
    assert str(error.value).startswith(
        "zz-extra.toml:3: quote does not occur in question 2016-2017/639 (001_9f1beb652373d674.txt)")


def test_a_value_that_is_not_the_number_in_the_quote(tmp_path, docs):
    with pytest.raises(CuratedError) as error:
        _build(tmp_path, docs, _figure("87,07%", "87.7", "met een hoge 87,07% (gemiddeld", "2015"))
    assert str(error.value) == "zz-extra.toml:3: the number in the quote reads 87.07, not the value 87.7"


def test_a_printed_figure_that_is_not_in_the_quote(tmp_path, docs):
    with pytest.raises(CuratedError) as error:
        _build(tmp_path, docs, _figure("87", "87", "met een hoge 87,07% (gemiddeld", "2015"))
    assert str(error.value) == "zz-extra.toml:3: '87' does not stand in the quote"


def test_the_same_figure_twice(tmp_path, docs):
    with pytest.raises(CuratedError) as error:
        _build(tmp_path, docs, _figure("87,07%", "87.07", "met een hoge 87,07% (gemiddeld"))
    assert "a second figure for tevredenheid-1700 2016" in str(error.value)


def test_a_row_mapping_that_matches_no_row(tmp_path, docs):
    extra = '''[[row]]
question = "2021-2022/313"
label = "fax"
dataset = "contacten-1700"
unit = "contact"
dims = { channel = "chat" }
'''
    with pytest.raises(CuratedError) as error:
        _build(tmp_path, docs, extra)
    assert str(error.value) == ("zz-extra.toml:1: no table row labelled 'fax' in question 2021-2022/313 "
                                "(000_1f88426f64fa881f.txt)")


def test_an_unknown_code(tmp_path, docs):
    with pytest.raises(CuratedError) as error:
        _build(tmp_path, docs, _figure("87,07%", "87.07", "met een hoge 87,07% (gemiddeld", "2015").replace(
            'unit = "procent"', 'unit = "percentage"'))
    assert str(error.value) == "zz-extra.toml:3: 'percentage' is not a concept of scheme 'eenheid'"


def test_an_organisation_quote_not_in_its_source(tmp_path, docs):
    extra = '''[[organisation]]
name = "Agentschap Wegen en Verkeer"

[[organisation.mention]]
question = "2021-2022/313"
quote = "Agentschap Wegen en Verkeer"
'''
    with pytest.raises(CuratedError) as error:
        _build(tmp_path, docs, extra)
    assert str(error.value).startswith("zz-extra.toml:4: quote does not occur in question 2021-2022/313")


def test_malformed_toml_names_its_line(tmp_path, docs):
    with pytest.raises(CuratedError) as error:
        _build(tmp_path, docs, '[[figure]]\nquestion = "2016-2017/639"\nvalue = = 3\n')
    assert str(error.value).startswith("zz-extra.toml:3: not valid TOML")


def test_a_missing_field(tmp_path, docs):
    with pytest.raises(CuratedError) as error:
        _build(tmp_path, docs, '\n\n[[dataset]]\nkey = "x"\n')
    assert str(error.value) == "zz-extra.toml:3: missing 'structure'"


def _with_source(tmp_path: Path, docs, entry: str):
    folder = tmp_path / "curated"
    shutil.copytree(CURATED, folder)
    (folder / "sources.toml").write_text(entry, encoding="utf-8")  # replaces the seed's empty one
    return corpus_graph(docs, folder, Uris("http://localhost:8000"))


def test_an_official_record_and_answer_date_are_published_only_where_given(tmp_path, docs):
    schema = "https://schema.org/"
    graph = _with_source(tmp_path, docs, '[[source]]\nfile = "1532_de-lijn-kosten-ticketverkoop.txt"\n'
                         'official_record = "https://records.example/vraag/1532"\nanswered = 2023-08-10\n')
    question = URIRef("http://localhost:8000/id/vraag/2022-2023-1532-lydia-peeters")
    answer = URIRef("http://localhost:8000/id/antwoord/2022-2023-1532-lydia-peeters")
    assert list(graph.objects(question, URIRef(f"{schema}sameAs"))) == [
        URIRef("https://records.example/vraag/1532")]
    assert list(graph.objects(answer, URIRef(f"{schema}dateCreated"))) == [
        Literal("2023-08-10", datatype=XSD.date)]
    assert len(list(graph.subject_objects(URIRef(f"{schema}sameAs")))) == 1  # nothing for the others


def test_the_seed_sources_have_no_official_record_since_no_document_gives_one(docs):
    graph = corpus_graph(docs, CURATED, Uris("http://localhost:8000"))
    assert not list(graph.subject_objects(URIRef("https://schema.org/sameAs")))


def test_an_official_record_that_is_not_a_url(tmp_path, docs):
    with pytest.raises(CuratedError) as error:
        _with_source(tmp_path, docs, '\n[[source]]\nfile = "x.txt"\nofficial_record = "zie website"\n')
    assert str(error.value) == "sources.toml:2: 'official_record' must be an http(s) URL, not 'zie website'"
def _observations(graph, dataset: str) -> dict[str, tuple[str, str]]:
    """``{observation: (value, found by)}`` of one dataset, from the published graph."""
    rows = graph.query(f"""
        PREFIX qb: <http://purl.org/linked-data/cube#>
        PREFIX sdmx-measure: <http://purl.org/linked-data/sdmx/2009/measure#>
        SELECT ?obs ?value ?by WHERE {{
            ?obs qb:dataSet <http://localhost:8000/id/dataset/{dataset}> ; sdmx-measure:obsValue ?value ;
                 <http://localhost:8000/def/vlaq#foundBy> ?by }}""")
    return {str(r.obs): (str(r.value), str(r.by).rsplit("/", 1)[-1]) for r in rows}


def test_a_renamed_document_keeps_its_curation(tmp_path):
    """The seed saved under another name (as a re-extraction would) still gets its six figures."""
    renamed = []
    for path in sorted((PROJECT_ROOT / "data" / "sources").iterdir()):
        copy = tmp_path / (f"herwerkt-{path.name}" if path.name == S001 else path.name)
        copy.write_bytes(path.read_bytes())
        renamed.append(read_document(copy))
    graph = corpus_graph(renamed, CURATED, Uris("http://localhost:8000"))
    assert _observations(graph, "voorlichters-1700") and _observations(graph, "tevredenheid-1700") == {
        "http://localhost:8000/id/observatie/tevredenheid-1700/2016": ("87.07", "gecureerd")}


def test_an_absent_question_is_a_warning_not_an_error(tmp_path, docs):
    extra = _figure("87,07%", "87.07", "met een hoge 87,07%").replace(Q001, "2019-2020/4242")
    folder = tmp_path / "curated"
    shutil.copytree(CURATED, folder)
    (folder / "zz-extra.toml").write_text(extra, encoding="utf-8")
    curated = load_curated(folder)
    assert curated.absent(docs) == ["zz-extra.toml:3: warning: question 2019-2020/4242 is not among the "
                                    "documents; its curated entries are left out"]
    corpus_graph(docs, folder, Uris("http://localhost:8000"))  # builds: the entry is left out


def test_a_file_name_instead_of_a_question_is_refused(tmp_path, docs):
    with pytest.raises(CuratedError) as error:
        _build(tmp_path, docs, _figure("87,07%", "87.07", "x").replace(f'question = "{Q001}"',
                                                                       f'source = "{S001}"'))
    assert str(error.value).startswith("zz-extra.toml:3: name the question ('question = \"2021-2022/313\"')")


def test_a_number_two_ministers_share_needs_the_minister(tmp_path, docs):
    seed = read_document(PROJECT_ROOT / "data" / "sources" / S001)
    text = seed.text.replace("PHILIPPE MUYTERS", "BART SOMERS").replace("Philippe Muyters", "Bart Somers")
    other = tmp_path / "639-somers.txt"
    other.write_text(text, encoding="utf-8")
    both = [*docs, read_document(other)]
    with pytest.raises(CuratedError) as error:
        corpus_graph(both, CURATED, Uris("http://localhost:8000"))
    assert ("question 2016-2017/639 names 2 documents (001_9f1beb652373d674.txt, 639-somers.txt): "
            "add minister") in str(error.value)
    folder = tmp_path / "curated"
    shutil.copytree(CURATED, folder)
    figures = folder / "figures.toml"
    figures.write_text(figures.read_text(encoding="utf-8").replace(
        f'question = "{Q001}"', f'question = "{Q001}"\nminister = "Philippe Muyters"'), encoding="utf-8")
    for name in ("topics.toml", "organisations.toml", "services.toml", "tables.toml"):
        path = folder / name
        path.write_text(path.read_text(encoding="utf-8").replace(
            f'question = "{Q001}"', f'question = "{Q001}"\nminister = "Philippe Muyters"'), encoding="utf-8")
    graph = corpus_graph(both, folder, Uris("http://localhost:8000"))
    assert _observations(graph, "tevredenheid-1700")


def test_sentence_figures_are_published_and_a_curated_one_wins(tmp_path, docs):
    graph = corpus_graph(docs, CURATED, Uris("http://localhost:8000"))
    automatic = "2022-2023-606-matthias-diependaele-zinnen"
    assert _observations(graph, automatic) == {
        f"http://localhost:8000/id/observatie/{automatic}/2022/projecten": ("27", "zin")}
    assert {by for _, by in _observations(graph, "contacten-1700").values()} == {"tabel"}
    listed = _observations(graph, "2022-2023-1532-lydia-peeters-tabel-1")
    assert {by for _, by in listed.values()} == {"lijst"}
    extra = '''[[dataset]]
key = "innovatieve-projecten-sociale-huisvesting"
structure = "reeks"
title_nl = "Weerhouden innovatieve projecten voor de sociale huisvesting"
title_en = "Innovative social housing projects selected"
description_nl = "Het aantal projecten weerhouden binnen de oproep Innovatieve Projecten."

[[figure]]
question = "2022-2023/606"
dataset = "innovatieve-projecten-sociale-huisvesting"
period = "2022"
printed = "27"
value = "27"
unit = "aantal"
quote = "Binnen de oproep van 2022 werden 27 projecten weerhouden"
'''
    folder = tmp_path / "curated"
    shutil.copytree(CURATED, folder)
    (folder / "zz-extra.toml").write_text(extra, encoding="utf-8")
    graph = corpus_graph(docs, folder, Uris("http://localhost:8000"))
    assert _observations(graph, automatic) == {}
    assert list(_observations(graph, "innovatieve-projecten-sociale-huisvesting").values()) == [
        ("27", "gecureerd")]


def test_a_build_finds_the_curated_documents_by_their_headers_and_warns_of_absent_ones(tmp_path, capsys):
    from vlaq_lod.build.pipeline import curated_sources

    folder = tmp_path / "curated"
    shutil.copytree(CURATED, folder)
    (folder / "zz-extra.toml").write_text(
        _figure("87,07%", "87.07", "met een hoge 87,07%").replace(Q001, "2019-2020/4242"), encoding="utf-8")
    sources = tmp_path / "sources"
    sources.mkdir()
    for path in sorted((PROJECT_ROOT / "data" / "sources").iterdir()):
        (sources / f"herwerkt-{path.name}").write_bytes(path.read_bytes())
    found = curated_sources(sorted(sources.iterdir()), load_curated(folder))
    assert found == {"herwerkt-000_1f88426f64fa881f.txt", "herwerkt-001_9f1beb652373d674.txt",
                     "herwerkt-1037_omgevingsvergunning-adviesverlening.txt",
                     "herwerkt-1532_de-lijn-kosten-ticketverkoop.txt",
                     "herwerkt-235_wateroverlast-demerbekken.txt"}
    assert capsys.readouterr().err == ("zz-extra.toml:3: warning: question 2019-2020/4242 is not among the "
                                       "documents; its curated entries are left out\n")
