"""A CKAN portal harvests ``/catalog``: ckanext-dcat's own RDF parser with its DCAT-AP 3 profile.

ckanext-dcat is a CKAN extension and imports CKAN. CKAN's own modules run wherever they are plain
Python: the licence register (``ckan.model.license``, which decides whether a licence is recognised),
the tag munging (``ckan.lib.munge``) and the format table (``ckan/config/resource_formats.json``),
taken from CKAN's wheel (fetched once with ``pip download``, never installed: its pytest plugin and
its dependencies would take over the environment). Only the modules that would start a CKAN site
(database model, Flask views, plugin machinery, site configuration) are stood in for, each by the
few names ckanext-dcat imports; the parser and the profile run untouched. Every data set of the seed
build is checked for what a portal shows: licence, tags, contact, dates and formats.
"""

from __future__ import annotations

import importlib.util
import json
import os
import subprocess
import sys
import types
import zipfile
from pathlib import Path

import pytest
import rdflib

BASE = "http://localhost:8000"
EU_FILE_TYPE = "http://publications.europa.eu/resource/authority/file-type/"
CKAN = "ckan==2.12.0"
CKAN_FILES = ("ckan/exceptions.py", "ckan/lib/__init__.py", "ckan/lib/io.py", "ckan/lib/munge.py",
              "ckan/model/license.py", "ckan/config/resource_formats.json")
CACHE = Path(os.environ.get("VLAQ_STANDARDS_CACHE") or Path.home() / ".cache" / "vlaq-lod") / "ckan-2.12.0"


def ckan_files() -> Path | str:
    """The CKAN modules ckanext-dcat runs as they are, from CKAN's wheel; or why they cannot be had."""
    if all((CACHE / name).is_file() for name in CKAN_FILES):
        return CACHE
    download = CACHE.with_name("ckan-wheel")
    result = subprocess.run([sys.executable, "-m", "pip", "download", "-q", "--no-deps", CKAN, "-d",
                             str(download)], capture_output=True, text=True, timeout=300)
    wheels = sorted(download.glob("ckan-*.whl"))
    if result.returncode != 0 or not wheels:
        return f"{CKAN} could not be downloaded from the package index: {result.stderr.strip()[-300:]}"
    with zipfile.ZipFile(wheels[0]) as wheel:
        for name in CKAN_FILES:
            (CACHE / name).parent.mkdir(parents=True, exist_ok=True)
            (CACHE / name).write_bytes(wheel.read(name))
    return CACHE


def _module(name: str, **names) -> types.ModuleType:
    module = types.ModuleType(name)
    module.__dict__.update(names)
    return module


def _asbool(value) -> bool:
    return str(value).strip().lower() in ("true", "yes", "on", "1")


def _get_action(name: str):
    raise KeyError(f"Action '{name}' not found")  # what CKAN raises for an action no plugin provides


class _Config(dict):
    """An empty CKAN site configuration: every option at ckanext-dcat's default."""


def _resource_formats(real_ckan: Path):
    """CKAN's ``h.resource_formats``: its own ``ckan/config/resource_formats.json``, indexed the way
    CKAN indexes it (mimetype, name and alternatives, lowercased)."""
    table: dict[str, list[str]] = {}
    for line in json.loads((real_ckan / "config" / "resource_formats.json").read_text()):
        if line[0] == "_comment":
            continue
        entry = [line[2], line[0], line[1]]
        for key in entry + (line[3] if len(line) == 4 else []):
            if key:
                table[key.lower()] = entry
    return lambda: table


def stand_ins(real_ckan: Path) -> dict[str, types.ModuleType]:
    config = _Config()
    error = type("ObjectNotFound", (Exception,), {})
    toolkit = _module("ckantoolkit", config=config, h=types.SimpleNamespace(), url_for=lambda *a, **k: "",
                      asbool=_asbool, aslist=lambda v: v.split() if isinstance(v, str) else list(v or ()),
                      get_action=_get_action, ObjectNotFound=error, missing=object(),
                      StopOnError=type("StopOnError", (Exception,), {}),
                      Invalid=type("Invalid", (Exception,), {}), _=lambda s: s,
                      ValidationError=type("ValidationError", (Exception,), {}))
    # the database model's two constants munge reads (CKAN's values); its license module is real
    model = _module("ckan.model", __path__=[str(real_ckan / "model")], PACKAGE_NAME_MIN_LENGTH=2,
                    PACKAGE_NAME_MAX_LENGTH=100)
    plugins = _module("ckan.plugins", toolkit=toolkit, PluginImplementations=lambda interface: [])
    return {
        "ckan": _module("ckan", __path__=[str(real_ckan)]),
        "ckantoolkit": toolkit,
        "ckan.common": _module("ckan.common", config=config, _=lambda s: s, json=json),
        "ckan.model": model,
        "ckan.plugins": plugins,
        "ckan.plugins.toolkit": toolkit,
        "ckan.plugins.interfaces": _module("ckan.plugins.interfaces", Interface=type("Interface", (), {})),
        "ckan.views": _module("ckan.views", __path__=[]),
        "ckan.views.home": _module("ckan.views.home", index=lambda: None),
        "ckan.views.dataset": _module("ckan.views.dataset", read=lambda *a: None),
        "ckan.lib.helpers": _module("ckan.lib.helpers", resource_formats=_resource_formats(real_ckan)),
    }


@pytest.fixture
def parser(monkeypatch):
    """ckanext-dcat's ``RDFParser`` with the DCAT-AP 3 profile, over CKAN's real licence register."""
    if importlib.util.find_spec("ckanext.dcat") is None:
        pytest.skip("ckanext-dcat is not installed (pip install -e '.[test]')")
    found = ckan_files()
    if isinstance(found, str):
        pytest.skip(found)
    real_ckan = found / "ckan"
    for name in [n for n in sys.modules if n.startswith(("ckan", "ckanext"))]:
        monkeypatch.delitem(sys.modules, name)
    for name, module in stand_ins(real_ckan).items():
        monkeypatch.setitem(sys.modules, name, module)
    from ckanext.dcat.processors import RDFParser

    return RDFParser(profiles=["euro_dcat_ap_3"])


def extras(dataset: dict) -> dict[str, str]:
    return {e["key"]: e["value"] for e in dataset.get("extras", [])}


def test_every_dataset_arrives_with_licence_tags_contact_dates_and_formats(parser, client):
    response = client.get("/catalog", headers={"Accept": "text/turtle"})
    parser.parse(response.data, _format="turtle")
    harvested = {extras(d)["uri"]: d for d in parser.datasets()}
    served = rdflib.Graph().parse(data=response.data, format="turtle")
    expected = {str(d) for d in served.subjects(rdflib.RDF.type, rdflib.URIRef("http://www.w3.org/ns/dcat#Dataset"))}
    assert set(harvested) == expected and len(expected) == 13  # 12 data sets and the corpus
    labels = {str(s): str(o) for s, o in served.subject_objects(rdflib.URIRef(
        "http://www.w3.org/2004/02/skos/core#prefLabel"))}
    for uri, dataset in harvested.items():
        extra = extras(dataset)
        assert dataset["license_id"] == "cc-zero", uri  # found in CKAN's own register
        tags = {t["name"] for t in dataset["tags"]}
        assert {"Vlaams Parlement", "schriftelijke vragen", "written questions"} <= tags, uri
        assert extra["contact_name"] == "Vlaams Parlement", uri
        assert extra["contact_url"] == "https://www.vlaamsparlement.be/", uri
        assert "contact_email" not in extra  # none is published in the sources (docs/catalogue.md)
        assert extra["publisher_name"] == "Flemish Parliament", uri  # CKAN's default language: English
        assert extra["publisher_type"] == "http://purl.org/adms/publishertype/RegionalAuthority"
        assert extra["issued"] == extra["modified"] and extra["issued"].startswith("20"), uri
        assert dataset["resources"], uri
        for resource in dataset["resources"]:
            if resource["url"] == f"{BASE}/sparql":  # the endpoint: no EU file type names a service
                assert "format" not in resource
                continue
            assert resource["format"].startswith(EU_FILE_TYPE), resource
            assert labels[resource["format"]] in ("CSV", "RDF Turtle", "RDF N-Triples", "JSON-LD")
            assert resource["license"] == "http://publications.europa.eu/resource/authority/licence/CC0"
        if uri.startswith(f"{BASE}/id/dataset/"):
            assert [r["format"] for r in dataset["resources"]] == [f"{EU_FILE_TYPE}CSV"]
            assert extra["temporal_start"].startswith("20"), uri


def test_the_1700_contacts_carry_their_question_as_a_tag(parser, client):
    parser.parse(client.get("/catalog", headers={"Accept": "text/turtle"}).data, _format="turtle")
    dataset = next(d for d in parser.datasets() if extras(d)["uri"] == f"{BASE}/id/dataset/contacten-1700")
    assert "Informatienummer 1700 - Oproepen" in {t["name"] for t in dataset["tags"]}
    coverage = extras(dataset)["temporal_start"], extras(dataset)["temporal_end"]
    assert coverage == ("2018-01-01", "2021-12-31")
