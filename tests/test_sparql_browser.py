"""YASGUI in a real browser (Debian's Chromium via Playwright) against a live gunicorn.

Checks what a person sees: the page loads the vendored YASGUI with no request
leaving 127.0.0.1, one tab per example query, and running the selected example
shows its rows. The screenshot is written to pytest's temporary folder.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from servers import live_app, make_build

playwright = pytest.importorskip("playwright.sync_api")

pytestmark = pytest.mark.browser
MINIATURE = Path(__file__).parent / "fixtures" / "sparql" / "miniature.ttl"
CHROMIUM = "/usr/bin/chromium"
ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
        "--disable-sync", "--no-first-run"]


@pytest.fixture(scope="module")
def url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    if not Path(CHROMIUM).exists():
        pytest.skip("Debian's chromium is not installed")
    out = tmp_path_factory.mktemp("browser")
    make_build(out, "browser", MINIATURE.read_text(encoding="utf-8"))
    with live_app(out) as base:
        yield base


def test_yasgui_runs_an_example_query(url: str, tmp_path: Path) -> None:
    outside: list[str] = []
    with playwright.sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        page = browser.new_page()
        page.on("request", lambda r: None if r.url.startswith(url) or r.url.startswith("data:")
                else outside.append(r.url))
        page.goto(f"{url}/sparql")
        page.wait_for_selector(".yasqe .CodeMirror")
        text = page.inner_text("body")  # only the first tab's query is in the editor: the rest are tabs
        assert "Vragen per minister" in text and "Elk cijfer met zijn citaat" in text
        page.locator(".yasqe_queryButton").first.click()
        page.wait_for_selector(".yasr table tbody tr", timeout=15000)
        table = page.locator(".yasr table").first.inner_text()
        page.screenshot(path=str(tmp_path / "sparql.png"), full_page=True)
        browser.close()
    assert "telefoon" in table and "1234567" in table
    assert outside == []
