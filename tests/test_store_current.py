"""``CurrentStore`` follows ``OUT/current`` across a build swap, one build per snapshot."""

from __future__ import annotations

import json
import os
from collections.abc import Iterator
from pathlib import Path

import pytest

from servers import make_store
from vlaq_lod.settings import load
from vlaq_lod.store import QueryError, open_store
from vlaq_lod.store.local import CurrentStore
from vlaq_lod.store.remote import RemoteStore

COUNT = "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"


def _build(out: Path, build_id: str, triples: int) -> None:
    folder = out / "builds" / build_id
    folder.mkdir(parents=True)
    (folder / "build.json").write_text(json.dumps({"id": build_id}))
    make_store(folder / "store", "\n".join(f"<http://e/s{i}> <http://e/p> {i} ." for i in range(triples)))


def _swap(out: Path, build_id: str) -> None:
    """Replace the link the way the pipeline does: a new link renamed over the old one."""
    (out / "current.new").symlink_to(Path("builds") / build_id)
    os.replace(out / "current.new", out / "current")


@pytest.fixture
def out(tmp_path: Path) -> Path:
    _build(tmp_path, "b1", 1)
    _build(tmp_path, "b2", 2)
    _swap(tmp_path, "b1")
    return tmp_path


@pytest.fixture
def current(out: Path) -> Iterator[CurrentStore]:
    store = CurrentStore(out, recheck=0)
    yield store
    store.pool.close()


def _count(store: CurrentStore) -> int:
    return int(store.select(COUNT)[0]["n"])


def test_a_swap_is_served_without_restart(out: Path, current: CurrentStore) -> None:
    assert (current.version(), _count(current)) == ("b1", 1)
    assert b'"1"' in current.public_query(COUNT, None).body
    _swap(out, "b2")
    assert (current.version(), _count(current)) == ("b2", 2)
    assert b'"2"' in current.public_query(COUNT, None).body


def test_a_snapshot_sees_one_build_from_start_to_end(out: Path, current: CurrentStore) -> None:
    with current.snapshot():
        assert _count(current) == 1
        _swap(out, "b2")
        assert (current.version(), _count(current)) == ("b1", 1)
        assert b'"1"' in current.public_query(COUNT, None).body
    assert _count(current) == 2


def test_the_link_is_rechecked_at_most_every_recheck_seconds(out: Path) -> None:
    store = CurrentStore(out, recheck=3600)
    assert store.version() == "b1"
    _swap(out, "b2")
    assert store.version() == "b1"


def test_no_build_yet_is_a_503(tmp_path: Path) -> None:
    with pytest.raises(QueryError) as caught:
        CurrentStore(tmp_path).version()
    assert caught.value.status == 503
    assert "vlaq-lod build" in caught.value.message


def test_open_store_follows_the_settings(out: Path) -> None:
    assert isinstance(open_store(load({"OUT": str(out)}, environ={})), CurrentStore)
    remote = open_store(load({"SPARQL_ENDPOINT": "http://127.0.0.1:7878/query"}, environ={}))
    assert isinstance(remote, RemoteStore)
    assert remote.store_endpoint == "http://127.0.0.1:7878/store"
    assert remote.limits.timeout == 10.0
    assert remote.base_iri == "http://localhost:8000/"
