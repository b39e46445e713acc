"""Real-browser checks: Debian's chromium driven by Playwright against ``vlaq-lod serve`` (gunicorn).

Each page type is opened as a person would, checked for what they must see, and
photographed into docs/screenshots/ (the README shows these pictures).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from vlaq_lod.settings import PROJECT_ROOT

pytestmark = pytest.mark.browser

README_SHOTS = PROJECT_ROOT / "docs" / "screenshots"
CHROMIUM = "/usr/bin/chromium"
FLAGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
         "--disable-sync", "--no-first-run"]


@pytest.fixture(scope="module")
def browser():
    from playwright.sync_api import sync_playwright

    if not Path(CHROMIUM).exists():
        pytest.skip("Debian's chromium is not installed (scripts/test installs it)")
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=FLAGS)
        yield browser
        browser.close()


@pytest.fixture(scope="module")
def shots(request, tmp_path_factory) -> Path:
    """docs/screenshots/ with ``--screenshots`` (refreshes the README's pictures), else a temp folder."""
    return README_SHOTS if request.config.getoption("--screenshots") else tmp_path_factory.mktemp("shots")


@pytest.fixture
def page(browser):
    """A desktop-sized page that records console errors (a CSP violation shows up there)."""
    context = browser.new_context(viewport={"width": 1280, "height": 900}, locale="nl-BE")
    page = context.new_page()
    page.errors = []
    page.on("console", lambda message: message.type == "error" and page.errors.append(message.text))
    page.on("pageerror", lambda error: page.errors.append(str(error)))
    yield page
    context.close()


def shoot(page, folder: Path, name: str) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(folder / f"{name}.png"), full_page=False)
    assert (folder / f"{name}.png").stat().st_size > 10_000  # a picture, not a blank page


def test_landing_page(page, live_server, shots):
    page.goto(live_server + "/")
    assert page.locator("h1").inner_text().startswith("De cijfers uit de antwoorden")
    assert page.locator("ul.stats li").all_inner_texts() == ["6\nvragen", "12\ndatasets", "49\ncijfers"]
    assert page.locator("section.headline svg[role=img] circle").count() == 16
    assert page.get_by_role("link", name="SPARQL-editor").get_attribute("href") == "/sparql"
    shoot(page, shots, "landing")
    assert page.errors == []


def test_question_figures_are_highlighted_and_lead_to_their_observation(page, live_server, shots):
    page.goto(live_server + "/doc/vraag/2021-2022-313-jan-jambon")
    figures = page.locator("a.figure mark")
    assert figures.count() == 28
    background = figures.first.evaluate("e => getComputedStyle(e).backgroundColor")
    assert background == "rgb(255, 241, 168)"  # the highlight colour of vlaq.css, not the default
    page.evaluate("document.getElementById('antwoord').scrollIntoView(); window.scrollBy(0, -24)")
    shoot(page, shots, "question")
    page.locator("a.figure", has_text="826.095").click()
    page.wait_for_url("**/doc/observatie/contacten-1700/2018/telefoon")
    assert page.locator("p.value").inner_text() == "826.095"
    assert page.errors == []


def test_dataset_chart_is_drawn_and_filter_works_without_javascript(browser, live_server, shots):
    context = browser.new_context(viewport={"width": 1280, "height": 900}, java_script_enabled=False)
    page = context.new_page()
    page.goto(live_server + "/doc/dataset/contacten-1700")
    assert page.locator("figure.chart svg").count() == 2  # totals, phone; e-mail, chat (tenfold smaller)
    chart = page.locator("figure.chart svg").first
    assert chart.get_attribute("role") == "img"
    box = chart.bounding_box()
    assert box["width"] > 400 and box["height"] > 250
    assert page.locator("figure.chart circle").count() == 16
    page.locator("figure.chart").first.scroll_into_view_if_needed()
    shoot(page, shots, "dataset")
    page.select_option("select[name=channel]", label="telefoon")
    page.get_by_role("button", name="Toon").click()
    page.wait_for_load_state()
    assert page.locator("table.data:not(.fallback) tbody tr").count() == 1
    assert page.locator("figure.chart rect").count() == 4
    context.close()


def test_observation_page(page, live_server, shots):
    page.goto(live_server + "/doc/observatie/scriptgebruik-werk-sociale-economie/2014-2016")
    assert page.locator("p.value").inner_text() == "iets minder dan 70.000"
    assert page.locator("blockquote.quote mark").count() == 1
    shoot(page, shots, "observation")
    page.get_by_role("link", name="bekijk het cijfer in de tekst").click()
    assert page.locator(":target").count() == 1  # the question page scrolled to this very figure
    assert page.errors == []


def test_pages_fit_a_phone_screen(browser, live_server, shots):
    context = browser.new_context(viewport={"width": 390, "height": 844}, is_mobile=True)
    page = context.new_page()
    for path in ("/", "/doc/vraag/2021-2022-313-jan-jambon", "/doc/dataset/contacten-1700",
                 "/doc/observatie/contacten-1700/2018/telefoon"):
        page.goto(live_server + path)
        root = "document.documentElement"
        overflow = page.evaluate(f"{root}.scrollWidth - {root}.clientWidth")
        assert overflow <= 0, path
    page.goto(live_server + "/doc/dataset/contacten-1700")
    shoot(page, shots, "dataset-phone")
    context.close()


def test_sparql_editor_runs_an_example_query_and_shows_results(page, live_server, shots):
    page.goto(live_server + "/sparql")
    page.wait_for_function("window.yasgui !== undefined")
    page.locator(".yasqe_queryButton").click()
    page.locator(".yasr .dataTable tbody tr").first.wait_for(timeout=20000)
    assert page.locator(".yasr .dataTable tbody tr").count() > 0
    shoot(page, shots, "sparql")
    assert [e for e in page.errors if "Content Security Policy" in e] == []


CONTRAST = """() => {
  const rgb = s => s.match(/[\\d.]+/g).map(Number);
  const lum = ([r, g, b]) => [r, g, b].map(v => v / 255)
      .map(v => v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4)
      .reduce((sum, v, i) => sum + v * [0.2126, 0.7152, 0.0722][i], 0);
  const background = el => {
    for (; el; el = el.parentElement) {
      const c = rgb(getComputedStyle(el).backgroundColor);
      if (c.length < 4 || c[3] > 0) return c.slice(0, 3);
    }
    return [255, 255, 255];
  };
  const worst = [];
  for (const el of document.querySelectorAll("body *")) {
    const own = [...el.childNodes].some(n => n.nodeType === 3 && n.textContent.trim());
    if (!own || el.closest("script, title, desc") || !el.getClientRects().length) continue;
    const style = getComputedStyle(el);
    const fg = rgb(el instanceof SVGElement ? style.fill : style.color).slice(0, 3);
    const [a, b] = [lum(fg), lum(background(el))].sort((x, y) => y - x);
    const ratio = (a + 0.05) / (b + 0.05);
    if (ratio < 4.5) worst.push(`${el.tagName}.${el.className.baseVal ?? el.className}: ${ratio.toFixed(2)}`);
  }
  return worst;
}"""


@pytest.mark.parametrize("path", ["/", "/doc/vraag/2021-2022-313-jan-jambon", "/doc/dataset/contacten-1700",
                                  "/doc/observatie/scriptgebruik-werk-sociale-economie/2014-2016"])
def test_text_contrast_is_at_least_4_5_to_1(page, live_server, path):
    """WCAG 2 contrast of every piece of text against the background it is drawn on."""
    page.goto(live_server + path)
    assert page.evaluate(CONTRAST) == []


def test_keyboard_users_can_skip_to_the_content(page, live_server):
    page.goto(live_server + "/doc/dataset/contacten-1700")
    page.keyboard.press("Tab")
    active = "document.activeElement"
    focused = page.evaluate(f"[{active}.textContent, {active}.getBoundingClientRect().left]")
    assert focused[0] == "Naar de inhoud" and focused[1] >= 0  # visible once focused
    page.keyboard.press("Enter")
    assert page.evaluate("location.hash") == "#inhoud"


def test_sparql_page_sits_in_the_site_frame_and_works_on_a_phone(browser, live_server, shots):
    """Site header, no sideways scrolling at 390 px, the run button beside (not over) the query, Tab leaves
    the labelled editor, and results as values with their datatype on hover."""
    context = browser.new_context(viewport={"width": 390, "height": 844}, is_mobile=True)
    page = context.new_page()
    page.goto(live_server + "/sparql")
    page.wait_for_function("window.yasgui !== undefined")
    assert page.locator("header.site nav a", has_text="Start").count() == 1
    root = "document.documentElement"
    assert page.evaluate(f"{root}.scrollWidth - {root}.clientWidth") <= 0
    editor = page.locator(".yasqe .CodeMirror").first.bounding_box()
    button = page.locator(".yasqe_queryButton").first.bounding_box()
    assert button["y"] >= editor["y"] + editor["height"] - 1  # below the query's text, not over it
    assert page.locator(".CodeMirror textarea").first.get_attribute("aria-label") == "SPARQL-query"
    page.locator(".CodeMirror").first.click()
    assert page.evaluate("document.activeElement.tagName") == "TEXTAREA"
    page.keyboard.press("Tab")  # to the query's scroll area (focusable, so a long query scrolls by keyboard)
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.tagName") == "BUTTON"  # out of the text, to the buttons
    page.locator(".yasqe_queryButton").first.click()
    cell = page.locator(".yasr .dataTable tbody tr span.nonIri[title^='datatype']").first
    cell.wait_for(timeout=20000)
    assert cell.inner_text().isdigit()  # 826095, not "826095"^^xsd:decimal
    assert cell.get_attribute("title") in ("datatype xsd:decimal", "datatype xsd:integer")
    label = page.locator(".yasr .dataTable tbody tr span.nonIri[title='taal nl']").first
    assert '"' not in label.inner_text() and "@" not in label.inner_text()
    shoot(page, shots, "sparql-phone")
    context.close()


AXE = PROJECT_ROOT / ".cache" / "axe-core" / "axe.min.js"
AXE_PAGES = ["/", "/doc/vraag/2022-2023-1532-lydia-peeters", "/doc/dataset/contacten-1700",
             "/doc/observatie/contacten-1700/2021/chat", "/doc/bron/1532-de-lijn-kosten-ticketverkoop-txt",
             "/doc/persoon/lydia-peeters", "/doc/organisatie/de-lijn", "/doc/begrip/kanaal/chat", "/catalog",
             "/validation-report", "/ldes", "/def/vlaq", "/dumps/", "/sparql", "/doc/bestaat-niet"]


SERIOUS = """async () => (await axe.run(document)).violations
  .filter(v => v.impact === "serious" || v.impact === "critical")
  .map(v => v.id + ": " + v.nodes.slice(0, 3).map(n => n.target.join(" ")).join(" | "))"""


@pytest.mark.parametrize("viewport", [(1280, 900), (390, 844)], ids=["desktop", "phone"])
def test_axe_finds_no_serious_or_critical_violation_on_any_page_type(browser, live_server, viewport):
    """axe-core (installed by scripts/test into .cache/) injected into each page type, desktop and phone."""
    if not AXE.exists():
        pytest.skip("axe-core is not installed: scripts/test puts it in .cache/axe-core/")
    width, height = viewport
    context = browser.new_context(viewport={"width": width, "height": height}, is_mobile=width < 500,
                                  bypass_csp=True)  # axe is injected as an inline script
    page = context.new_page()
    found = {}
    for path in AXE_PAGES:
        page.goto(live_server + path)
        if path == "/sparql":
            page.wait_for_function("window.yasgui !== undefined")
        page.add_script_tag(content=AXE.read_text(encoding="utf-8"))
        result = page.evaluate(SERIOUS)
        if result:
            found[path] = result
    context.close()
    assert found == {}


def test_the_1532_table_fits_a_desktop_page(page, live_server):
    page.goto(live_server + "/doc/dataset/2022-2023-1532-lydia-peeters-tabel-1")
    box = page.locator(".table-scroll").first
    assert box.evaluate("e => e.scrollWidth - e.clientWidth") <= 0
@pytest.mark.parametrize("width,height,name", [(1280, 900, "search"), (390, 844, "search-phone")])
def test_search_box_facets_and_pages(browser, live_server, shots, width, height, name):
    """A reader types in the header's search box, narrows the hits with a facet, and pages through a list."""
    context = browser.new_context(viewport={"width": width, "height": height}, is_mobile=width < 600,
                                  locale="nl-BE")
    page = context.new_page()
    errors = []
    page.on("console", lambda message: message.type == "error" and errors.append(message.text))
    page.goto(live_server + "/doc/dataset/contacten-1700")
    page.locator("header #site-zoek").fill("1700")
    page.locator("header #site-zoek").press("Enter")
    page.wait_for_url("**/zoeken?q=1700")
    hits = page.locator("ol.hits > li a.hit-title")
    assert hits.all_inner_texts() == ["Informatienummer 1700 - Oproepen",
                                      "Departement Werk en Sociale Economie - Gratis 1700-nummer"]
    assert page.locator("ol.hits mark").first.inner_text() == "1700"
    shoot(page, shots, name)
    page.locator("aside.facets a", has_text="Philippe Muyters").click()
    page.wait_for_url("**/zoeken?q=1700&minister=philippe-muyters")
    assert hits.all_inner_texts() == ["Departement Werk en Sociale Economie - Gratis 1700-nummer"]
    page.goto(live_server + "/zoeken?per=2")
    page.get_by_role("link", name="Volgende →").click()
    page.wait_for_url("**/zoeken?per=2&pagina=2")
    assert page.locator("ol.hits").get_attribute("start") == "3"
    assert hits.first.inner_text() == "Omgevingsvergunning - Adviesverlening bij vergunningsaanvragen"
    assert page.evaluate("document.documentElement.scrollWidth <= window.innerWidth")
    assert errors == []
    context.close()
