"""How tests find the standards files: beside the clone, in the cache, fetched by checksum, or a skip.

The fetch is exercised through ``file://`` addresses (this machine reaches no web host but the package
registries): the same ``urllib`` call the pinned GitHub addresses go through.
"""

from __future__ import annotations

import hashlib
from pathlib import Path

from standards import PINS, Pin, Standards, read_pins

BODY = b"@prefix ex: <http://example.org/> .\nex:a ex:b ex:c .\n"
NAME = "vocab/example.ttl"


def _lookup(tmp_path: Path, pins: dict[str, Pin]) -> Standards:
    (tmp_path / "empty").mkdir()
    return Standards(tmp_path / "empty", tmp_path / "cache", pins)


def test_a_file_no_folder_holds_and_nothing_pins_is_one_line_naming_it_and_where_to_put_it(tmp_path):
    reason = _lookup(tmp_path, {}).find("sparql11-tests/protocol/manifest.ttl")
    assert reason == (f"sparql11-tests/protocol/manifest.ttl is missing: put shared/standards beside "
                      f"the clone ({tmp_path / 'empty'})")


def test_an_unreachable_address_is_named_in_the_skip_line(tmp_path):
    url = (tmp_path / "nowhere.ttl").as_uri()
    reason = _lookup(tmp_path, {NAME: Pin("0" * 64, url)}).find(NAME)
    assert isinstance(reason, str) and "\n" not in reason
    assert reason.startswith(f"{NAME} is missing: put shared/standards beside the clone")
    assert f"or let the tests fetch {url}" in reason


def test_a_fetched_file_with_the_pinned_checksum_is_cached_and_found_there_next_time(tmp_path):
    origin = tmp_path / "origin.ttl"
    origin.write_bytes(BODY)
    lookup = _lookup(tmp_path, {NAME: Pin(hashlib.sha256(BODY).hexdigest(), origin.as_uri())})
    assert lookup.find(NAME) == tmp_path / "cache" / NAME
    assert (tmp_path / "cache" / NAME).read_bytes() == BODY
    origin.unlink()
    assert lookup.find(NAME) == tmp_path / "cache" / NAME


def test_a_fetched_file_with_another_checksum_is_refused_and_not_cached(tmp_path):
    origin = tmp_path / "origin.ttl"
    origin.write_bytes(BODY + b"# changed upstream\n")
    pin = Pin(hashlib.sha256(BODY).hexdigest(), origin.as_uri())
    reason = _lookup(tmp_path, {NAME: pin}).find(NAME)
    assert reason == f"{NAME}: {pin.url} does not have the pinned SHA-256 {pin.sha256}"
    assert not (tmp_path / "cache" / NAME).exists()


def test_shared_standards_win_over_the_cache(tmp_path):
    shared, cached = tmp_path / "shared" / NAME, tmp_path / "cache" / NAME
    for path in (shared, cached):
        path.parent.mkdir(parents=True)
        path.write_bytes(BODY)
    assert Standards(tmp_path / "shared", tmp_path / "cache", {}).find(NAME) == shared


def test_every_pin_is_a_github_file_at_a_fixed_commit_or_only_in_shared():
    pins = read_pins(PINS)
    assert len(pins) > 200
    for name, pin in pins.items():
        assert len(pin.sha256) == 64, name
        if pin.url:
            commit = pin.url.removeprefix("https://raw.githubusercontent.com/").split("/")[2]
            assert len(commit) == 40 and int(commit, 16) >= 0, name
    assert not pins["datacube/ic/ic-01.rq"].url  # re-extracted from the Recommendation: no file to fetch
