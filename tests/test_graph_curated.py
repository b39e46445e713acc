"""A curated file that disagrees with its source stops the build with FILE:LINE: message."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from rdflib import Literal, URIRef
from rdflib.namespace import XSD

from vlaq_lod.graph.corpus import corpus_graph
from vlaq_lod.graph.curated import CuratedError
from vlaq_lod.parse import read_document
from vlaq_lod.settings import PROJECT_ROOT
from vlaq_lod.uris import Uris

CURATED = PROJECT_ROOT / "data" / "curated"
S001 = "001_9f1beb652373d674.txt"


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
source = "{S001}"
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
    assert str(error.value).startswith("zz-extra.toml:3: quote does not occur in 001_9f1beb652373d674.txt")


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
source = "000_1f88426f64fa881f.txt"
label = "fax"
dataset = "contacten-1700"
unit = "contact"
dims = { channel = "chat" }
'''
    with pytest.raises(CuratedError) as error:
        _build(tmp_path, docs, extra)
    assert str(error.value) == "zz-extra.toml:1: no table row labelled 'fax' in 000_1f88426f64fa881f.txt"


def test_an_unknown_code(tmp_path, docs):
    with pytest.raises(CuratedError) as error:
        _build(tmp_path, docs, _figure("87,07%", "87.07", "met een hoge 87,07% (gemiddeld", "2015").replace(
            'unit = "procent"', 'unit = "percentage"'))
    assert str(error.value) == "zz-extra.toml:3: 'percentage' is not a concept of scheme 'eenheid'"


def test_an_organisation_quote_not_in_its_source(tmp_path, docs):
    extra = '''[[organisation]]
name = "Agentschap Wegen en Verkeer"

[[organisation.mention]]
source = "000_1f88426f64fa881f.txt"
quote = "Agentschap Wegen en Verkeer"
'''
    with pytest.raises(CuratedError) as error:
        _build(tmp_path, docs, extra)
    assert str(error.value).startswith("zz-extra.toml:4: quote does not occur in 000_1f88426f64fa881f.txt")


def test_malformed_toml_names_its_line(tmp_path, docs):
    with pytest.raises(CuratedError) as error:
        _build(tmp_path, docs, '[[figure]]\nsource = "x.txt"\nvalue = = 3\n')
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
