"""The example queries of the YASGUI page give the right answers on data shaped as docs/model.md says.

The data is a hand-written miniature of a build (two years of 1700 contacts, two
budgets, three questions, one quoted figure, one contradicted figure); the
expected rows are worked out by hand.
"""

from __future__ import annotations

from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path

import pytest

from servers import make_store
from vlaq_lod.store.local import CurrentStore, LocalStore
from vlaq_lod.store.workers import Limits
from vlaq_lod.web.sparql import Example, examples

BASE = "http://localhost:8000"
DATA = (Path(__file__).parent / "fixtures" / "sparql" / "miniature.ttl").read_text(encoding="utf-8")


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> Iterator[LocalStore]:
    store = LocalStore(make_store(tmp_path_factory.mktemp("ex") / "store", DATA),
                       Limits(timeout=10.0, cap=1000, workers=1))
    yield store
    store.pool.close()


@pytest.fixture(scope="module")
def by_title() -> dict[str, Example]:
    return {e.title: e for e in examples(BASE)}


def _rows(store: LocalStore | CurrentStore, example: Example) -> list[tuple]:
    return [tuple(v.toPython() for v in row.values()) for row in store.select(example.query)]


def test_every_example_has_a_title_and_runs_on_the_public_path(store: LocalStore,
                                                              by_title: dict[str, Example]) -> None:
    assert len(by_title) >= 4
    for example in by_title.values():
        assert not example.title.endswith(".rq")
        assert store.public_query(example.query, "text/csv").body.count(b"\r\n") >= 2  # header and rows


def test_contacts_per_channel_per_year(store: LocalStore, by_title: dict[str, Example]) -> None:
    rows = _rows(store, by_title["Contacten met 1700 per kanaal en per jaar"])
    assert rows == [
        ("2020", "telefoon", Decimal("800000")), ("2020", "totaal", Decimal("1000000")),
        ("2021", "telefoon", Decimal("900000")), ("2021", "totaal", Decimal("1234567")),
    ]


def test_cost_per_contact(store: LocalStore, by_title: dict[str, Example]) -> None:
    rows = _rows(store, by_title["Kosten per contact met 1700 (budget / totaal aantal contacten)"])
    # 2,500,000 / 1,000,000 = 2.50; 3,000,000 / 1,234,567 = 2.430000... -> 2.43
    costs = [(year, cost) for year, _, _, cost in rows]
    assert costs == [("2020", Decimal("2.5")), ("2021", Decimal("2.43"))]


def test_questions_per_minister(store: LocalStore, by_title: dict[str, Example]) -> None:
    assert _rows(store, by_title["Vragen per minister"]) == [("Jan Jambon", 2), ("Ben Weyts", 1)]


def test_each_figure_with_its_quote(store: LocalStore, by_title: dict[str, Example]) -> None:
    rows = _rows(store, by_title["Elk cijfer met zijn citaat"])
    assert [row[:6] for row in rows] == [
        ("Contacten met 1700", Decimal("800000"), "800.000", "800.000", "000_x.txt", 57),
    ]


def test_datasets_and_their_figures(store: LocalStore, by_title: dict[str, Example]) -> None:
    rows = _rows(store, by_title["Datasets en hun aantal cijfers"])
    assert [(str(d).rsplit("/", 1)[1], *rest) for d, *rest in rows] == [
        ("budget-contactcenter-1700", "Budget 1700", 2),
        ("contacten-1700", "Contacten met 1700", 4),
        ("leeg", 0),
    ]


def test_contradicted_figures(store: LocalStore, by_title: dict[str, Example]) -> None:
    rows = _rows(store, by_title["Cijfers die elkaar tegenspreken"])
    assert [row[2:] for row in rows] == [("1.234.567", "totaal is niet de som van de kanalen")]


def test_questions_per_year_and_asker(store: LocalStore, by_title: dict[str, Example]) -> None:
    rows = _rows(store, by_title["Vragen per parlementair jaar en vraagsteller"])
    assert rows == [("2020-2021", "Vera Jans", 1), ("2021-2022", "Vera Jans", 2)]


@pytest.fixture(scope="module")
def seed_store(seed_out: Path) -> Iterator[CurrentStore]:
    """The real seed build (``conftest.seed_out``), as the server opens it."""
    store = CurrentStore(seed_out, Limits(timeout=10.0, cap=1000, workers=1))
    yield store
    store.pool.close()


def test_on_the_seed_build_contacts_and_cost_per_contact_match_answer_313(
        seed_store: CurrentStore, by_title: dict[str, Example]) -> None:
    """Figures as printed in data/sources/000_1f88426f64fa881f.txt (lines 64-68 and 131), divided by hand."""
    contacts = _rows(seed_store, by_title["Contacten met 1700 per kanaal en per jaar"])
    assert ("2021", "telefoon", Decimal("1179602")) in contacts  # printed as "oproepen 1.179.602"
    assert ("2018", "totaal", Decimal("901473")) in contacts
    assert len(contacts) == 16
    costs = [(year, cost) for year, _, _, cost in
             _rows(seed_store, by_title["Kosten per contact met 1700 (budget / totaal aantal contacten)"])]
    # 4,396,287 / 901,473 = 4.877; 4,713,451 / 952,234 = 4.950; 4,712,628 / 1,161,752 = 4.056;
    # 5,352,535 / 1,341,255 = 3.991
    assert costs == [("2018", Decimal("4.88")), ("2019", Decimal("4.95")), ("2020", Decimal("4.06")),
                     ("2021", Decimal("3.99"))]
