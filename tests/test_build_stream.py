"""The event stream is append-only across builds: a client that syncs the way an LDES client does (from
the view, along ``tree:relation``, remembering the members it processed) gets every thing once, then
nothing after an unchanged rebuild, then exactly the changes: a version of each changed and each new
thing, a deletion of each removed one. What changed is found independently, in the two builds' stores."""

from __future__ import annotations

import shutil
import sys
from pathlib import Path

import pyoxigraph as ox
import pytest
import rdflib

from vlaq_lod.build.folder import Out
from vlaq_lod.build.pipeline import BuildConfig, build
from vlaq_lod.settings import PROJECT_ROOT
from vlaq_lod.web import create_app

sys.path.insert(0, str(PROJECT_ROOT / "bench"))  # bench/ scripts are not a package
import generate  # noqa: E402

BASE = "http://localhost:8000"
LDES = rdflib.Namespace("https://w3id.org/ldes#")
TREE = rdflib.Namespace("https://w3id.org/tree#")
DCT = rdflib.DCTERMS
QB = rdflib.Namespace("http://purl.org/linked-data/cube#")
AS_DELETE = rdflib.URIRef("https://www.w3.org/ns/activitystreams#Delete")
MEMBERS = (f"PREFIX vlaq: <{BASE}/def/vlaq#> PREFIX qb: <http://purl.org/linked-data/cube#> "
           "SELECT ?m ?p ?o WHERE { { ?m a vlaq:WrittenQuestion } UNION { ?m a qb:Observation } ?m ?p ?o }")
DATED = {str(DCT.issued), str(DCT.modified)}


class Client:
    """An LDES client: reads the stream from its view page by page and keeps what it has processed."""

    def __init__(self) -> None:
        self.seen: set[str] = set()
        self.etags: dict[str, str] = {}
        self.log: list[tuple[str, str, bool, str]] = []  # every member processed, in order

    def sync(self, out: Path) -> list[tuple[str, str, bool, str]]:
        """The members not seen before, in stream order: (version, thing, is a deletion, created)."""
        client = create_app({"TESTING": True, "OUT": str(out), "BASE_URI": BASE}).test_client()
        new, url = [], "/ldes.ttl"
        while url:
            response = client.get(url)
            assert response.status_code == 200, url
            self.etags[url] = response.headers["ETag"]
            page = rdflib.Graph().parse(data=response.data, format="turtle")
            stream = page.value(None, rdflib.RDF.type, LDES.EventStream)
            policy = page.value(stream, LDES.retentionPolicy)  # kept from the first member on
            assert page.value(policy, LDES.startingFrom) is not None
            node = rdflib.URIRef(BASE + url.removesuffix(".ttl"))
            ordered = sorted(page.objects(None, TREE.member),
                             key=lambda m: (str(page.value(m, DCT.created)), str(m)))
            for member in ordered:
                if str(member) not in self.seen:
                    self.seen.add(str(member))
                    deleted = (member, rdflib.RDF.type, AS_DELETE) in page
                    new.append((str(member), str(page.value(member, DCT.isVersionOf)), deleted,
                                str(page.value(member, DCT.created))))
                    assert (member, rdflib.RDF.type, QB.Observation) not in page
            following = [page.value(r, TREE.node) for r in page.objects(node, TREE.relation)]
            url = str(following[0]).removeprefix(BASE) + ".ttl" if following else ""
        self.log += new
        return new


def described(out: Path) -> dict[str, frozenset]:
    """Each question's and observation's statements, read from the build's store."""
    store = ox.Store.read_only(str(Out(out).current().store))
    things: dict[str, set] = {}
    for row in store.query(MEMBERS):
        if row["p"].value not in DATED:
            things.setdefault(row["m"].value, set()).add((row["p"].value, str(row["o"])))
    return {thing: frozenset(said) for thing, said in things.items()}


@pytest.fixture()
def sources(tmp_path: Path) -> Path:
    """data/ and three generated documents (a fourth is kept aside to be added later)."""
    folder = tmp_path / "data"
    shutil.copytree(PROJECT_ROOT / "data", folder)
    generate.generate_corpus(4, tmp_path / "generated", seed=3)
    for path in sorted((tmp_path / "generated").glob("*.txt"))[:3]:
        shutil.copy(path, folder / "sources" / path.name)
    return folder


def test_a_client_syncs_every_thing_once_then_exactly_the_changes(sources: Path, tmp_path: Path) -> None:
    out, client = tmp_path / "out", Client()
    first = build(BuildConfig(sources, out, BASE)).info()
    before = described(out)
    synced = client.sync(out)
    assert sorted(thing for _, thing, _, _ in synced) == sorted(before)
    assert {created for *_, created in synced} == {first.created}
    assert not any(deleted for _, _, deleted, _ in synced)

    full_pages = [url for url in client.etags if url != list(client.etags)[-1]]
    build(BuildConfig(sources, out, BASE))  # the same sources again
    assert client.sync(out) == []
    app = create_app({"TESTING": True, "OUT": str(out), "BASE_URI": BASE}).test_client()
    for url in full_pages:  # every page but the newest: immutable, and the ETag the client holds
        response = app.get(url, headers={"If-None-Match": client.etags[url]})
        assert response.status_code == 304
        assert "immutable" in response.headers["Cache-Control"]

    generated = sorted((tmp_path / "generated").glob("*.txt"))
    (sources / "sources" / generated[0].name).unlink()  # removed
    shutil.copy(generated[3], sources / "sources" / generated[3].name)  # added
    changed = sources / "sources" / "606_co2-negatieve-gevelsteen.txt"
    changed.write_text(changed.read_text(encoding="utf-8").replace("-  Toepassing", "-  Gebruik"),
                       encoding="utf-8")
    third = build(BuildConfig(sources, out, BASE)).info()
    after = described(out)
    synced = client.sync(out)
    expected_versions = {t for t, said in after.items() if before.get(t) != said}
    assert len(expected_versions) > 1 and set(before) - set(after)
    assert sorted(t for _, t, deleted, _ in synced if not deleted) == sorted(expected_versions)
    assert sorted(t for _, t, deleted, _ in synced if deleted) == sorted(set(before) - set(after))
    assert len({created for *_, created in synced}) == 1 and third.id != first.id

    app = create_app({"TESTING": True, "OUT": str(out), "BASE_URI": BASE}).test_client()
    question = f"{BASE}/id/vraag/2022-2023-606-matthias-diependaele"
    versions = [version for version, thing, _, _ in client_versions(client, question)]
    assert len(versions) == 2
    titles = []
    for version in versions:  # each version IRI resolves to that version's description
        response = app.get(version.removeprefix(BASE) + ".ttl")
        assert response.status_code == 200
        graph = rdflib.Graph().parse(data=response.data, format="turtle")
        assert (rdflib.URIRef(version), DCT.isVersionOf, rdflib.URIRef(question)) in graph
        assert not list(graph.triples((None, rdflib.RDF.type, None)))
        titles.append(str(graph.value(rdflib.URIRef(version), rdflib.URIRef("https://schema.org/name"))))
    assert "Toepassing" in titles[0] and "Gebruik" in titles[1]


def client_versions(client: Client, thing: str) -> list[tuple[str, str, bool, str]]:
    return [m for m in client.log if m[1] == thing]
