"""The same pages over a remote store: the seed build loaded into a real ``oxigraph serve`` process and
the app pointed at its SPARQL endpoint (``VLAQ_SPARQL_ENDPOINT``), so the web layer is shown to need
nothing but the ``Store`` protocol.
"""

from __future__ import annotations

import gzip

import lxml.html
import pyoxigraph as ox
import pytest
import rdflib
from rdflib.compare import isomorphic

from servers import oxigraph_server

QUESTION = "/doc/vraag/2021-2022-313-jan-jambon"


@pytest.fixture(scope="module")
def remote_client(seed_out, seed_build, tmp_path_factory):
    from vlaq_lod.web import create_app

    folder = tmp_path_factory.mktemp("remote")
    store = ox.Store(str(folder / "store"))
    store.load(gzip.decompress((seed_build / "dumps" / "vlaq.nt.gz").read_bytes()), ox.RdfFormat.N_TRIPLES)
    store.flush()
    del store
    with oxigraph_server(folder / "store") as url:
        app = create_app({"TESTING": True, "OUT": str(seed_out), "SPARQL_ENDPOINT": f"{url}/query"})
        yield app.test_client()


def test_question_page_over_the_remote_store_marks_the_same_figures(remote_client):
    response = remote_client.get(QUESTION, headers={"Accept": "text/html"})
    assert response.status_code == 200
    figures = lxml.html.fromstring(response.data).xpath("//a[@class='figure']")
    assert len(figures) == 28


def test_turtle_twin_over_the_remote_store_equals_the_local_one(remote_client, client):
    remote = rdflib.Graph().parse(data=remote_client.get(f"{QUESTION}.ttl").data, format="turtle")
    local = rdflib.Graph().parse(data=client.get(f"{QUESTION}.ttl").data, format="turtle")
    assert len(local) > 20 and isomorphic(remote, local)


def test_unknown_resource_over_the_remote_store_is_404(remote_client):
    assert remote_client.get("/doc/vraag/bestaat-niet.ttl").status_code == 404
