"""The collector pauses of a build (``build/collector.py``): a batch runs without cyclic collections and
leaves the collector as it found it, so a build in this process (one worker) collects again afterwards."""

from __future__ import annotations

import gc

import pytest

from vlaq_lod.build import collector


def test_a_pause_leaves_the_collector_as_it_found_it_and_nests() -> None:
    assert gc.isenabled()
    with collector.paused():
        assert not gc.isenabled()
        with collector.paused():
            assert not gc.isenabled()
        assert not gc.isenabled(), "the inner pause ended the outer one"
    assert gc.isenabled()


def test_a_pause_ends_when_its_step_fails() -> None:
    @collector.paused()
    def failing() -> None:
        assert not gc.isenabled()
        raise ValueError("a batch that fails")

    with pytest.raises(ValueError):
        failing()
    assert gc.isenabled()


def test_a_paused_step_leaves_a_collector_that_was_off_off() -> None:
    gc.disable()
    try:
        with collector.paused():
            pass
        assert not gc.isenabled()
    finally:
        gc.enable()
