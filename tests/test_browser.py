"""The graph page in a real headless Chromium (Debian's), driven by Playwright.

No browser is downloaded: Playwright drives the system's chromium-headless-shell
(or chromium), which `.ci/run` installs.
"""
import shutil

import pytest

from claimsgraph.pipeline import build
from tests.conftest import ONTOLOGY

pytestmark = pytest.mark.slow
ENTITY = "https://w3id.org/claimsgraph/entity/"


def browser_path() -> str:
    for name in ("chromium-headless-shell", "chromium", "chromium-browser"):
        path = shutil.which(name)
        if path:
            return path
    pytest.fail("no Chromium on PATH: apt-get install chromium-headless-shell (as .ci/run does)")


@pytest.fixture(scope="module")
def browser():
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=browser_path(),
                              args=["--no-sandbox", "--disable-gpu", "--disable-background-networking"])
        yield b
        b.close()


def open_page(browser, path):
    page = browser.new_page(viewport={"width": 1400, "height": 850})
    requests, errors, dialogs = [], [], []
    page.on("request", lambda r: requests.append(r.url))
    page.on("pageerror", lambda e: errors.append(str(e)))
    page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
    page.goto(path.resolve().as_uri())
    page.wait_for_function("window.claimsgraph && window.claimsgraph.ready", timeout=30000)
    return page, requests, errors, dialogs


def test_seed_page_loads_offline_and_search_finds_both_languages(browser, seeds_build):
    page, requests, errors, _ = open_page(browser, seeds_build[0] / "graph.html")
    assert [r for r in requests if not r.startswith("file://")] == []
    assert errors == []
    hits = {}
    for query in ("Лачинский коридор", "Lachin corridor"):
        page.fill("#search", query)
        hits[query] = page.eval_on_selector_all("#hits li", "els => els.map(e => e.dataset.id)")
    assert hits["Лачинский коридор"] == hits["Lachin corridor"] == [ENTITY + "lachin-corridor"]
    page.click("#hits li")
    details = page.inner_text("#details")
    assert "Lachin corridor" in details and "claim" in details and "source:" in details


def test_clicking_an_entity_lists_its_claims_with_quotes(browser, seeds_build):
    page, *_ = open_page(browser, seeds_build[0] / "graph.html")
    page.evaluate(f"window.claimsgraph.network.focus('{ENTITY}vladimir-putin', {{scale: 1}})")
    box = page.evaluate(f"""(() => {{ const n = window.claimsgraph.network;
        const p = n.canvasToDOM(n.getPositions(['{ENTITY}vladimir-putin'])['{ENTITY}vladimir-putin']);
        const r = document.querySelector('#graph canvas').getBoundingClientRect();
        return {{x: r.left + p.x, y: r.top + p.y}}; }})()""")
    page.mouse.click(box["x"], box["y"])
    details = page.inner_text("#details")
    assert details.startswith("Vladimir Putin") and details.count("source:") >= 10


def test_hostile_document_runs_nothing(browser, tmp_path):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "hostile.txt").write_text(
        'Vladimir Putin said that "</script><script>window.pwned=1;alert(1)</script>" is fine.\n\n'
        "<img src=x onerror=\"window.pwned=2;alert(2)\"> href=javascript:alert(3) "
        "Ilham Aliyev said that the <b onmouseover=alert(4)>border</b> is calm.\n", encoding="utf-8")
    build([corpus], ONTOLOGY, tmp_path / "out")
    page, requests, errors, dialogs = open_page(browser, tmp_path / "out" / "graph.html")
    for query in ("Putin", "Aliyev"):
        page.fill("#search", query)
        page.click("#hits li")
    page.mouse.move(300, 300)
    assert "onerror" in page.inner_text("#details") or "script" in page.inner_text("#details")
    assert page.evaluate("window.pwned") is None
    assert dialogs == [] and errors == []
    assert [r for r in requests if not r.startswith("file://")] == []


def test_filters_hide_what_does_not_match(browser, seeds_build):
    page, *_ = open_page(browser, seeds_build[0] / "graph.html")
    visible = "() => window.claimsgraph.nodes.get({filter: n => !n.hidden}).length"
    total = page.evaluate(visible)
    page.select_option("#f-doc", label="003_f890dc6fbf9d0ba4.txt")
    one_doc = page.evaluate(visible)
    assert 0 < one_doc < total
    page.select_option("#f-doc", value="")
    page.select_option("#f-kind", value="quantity")
    kinds = page.evaluate("""() => window.claimsgraph.nodes.get({filter: n => !n.hidden})
        .map(n => n.id).filter(id => id.includes('/claim/'))""")
    assert kinds and all("/claim/" in k for k in kinds) and len(kinds) < total
    page.select_option("#f-kind", value="")
    page.uncheck("#f-types input[value=Person]")
    assert page.evaluate(f"window.claimsgraph.nodes.get('{ENTITY}vladimir-putin').hidden") is True
