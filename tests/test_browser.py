"""The graph page in a real headless Chromium (Debian's), driven by Playwright.

No browser is downloaded: Playwright drives the system's chromium-headless-shell
(or chromium), which `scripts/test` installs. What the page should show is worked
out independently, by SPARQL over the same build.
"""
import shutil

import pytest

from claimsgraph.pipeline import build
from claimsgraph.store import open_store, select
from tests.conftest import ARTICLES, ONTOLOGY

pytestmark = pytest.mark.slow
ENTITY = "https://w3id.org/claimsgraph/entity/"
PUTIN = ENTITY + "vladimir-putin"
PREFIXES = """PREFIX cg: <https://w3id.org/claimsgraph/ontology#>
PREFIX oa: <http://www.w3.org/ns/oa#>
PREFIX prov: <http://www.w3.org/ns/prov#>
PREFIX schema: <https://schema.org/>
"""


def browser_path() -> str:
    for name in ("chromium-headless-shell", "chromium", "chromium-browser"):
        path = shutil.which(name)
        if path:
            return path
    pytest.fail("no Chromium on PATH: apt-get install chromium-headless-shell (scripts/test does)")


@pytest.fixture(scope="module")
def browser():
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=browser_path(),
                              args=["--no-sandbox", "--disable-gpu", "--disable-background-networking"])
        yield b
        b.close()


@pytest.fixture(scope="module")
def articles_build(tmp_path_factory):
    out = tmp_path_factory.mktemp("articles")
    build([ARTICLES], ONTOLOGY, out)
    return out


def open_page(browser, path, fragment=""):
    page = browser.new_page(viewport={"width": 1400, "height": 850})
    requests, errors, dialogs = [], [], []
    page.on("request", lambda r: requests.append(r.url))
    page.on("pageerror", lambda e: errors.append(str(e)))
    page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
    page.goto(path.resolve().as_uri() + fragment)
    page.wait_for_function("() => window.claimsgraph && window.claimsgraph.ready", timeout=30000)
    return page, requests, errors, dialogs


def drawn(page) -> list[str]:
    return sorted(page.evaluate("() => window.network.body.data.nodes.getIds()"))


def click_node(page, iri):
    page.evaluate(f"() => window.network.focus('{iri}', {{scale: 1}})")
    box = page.evaluate(f"""() => {{ const n = window.network;
        const p = n.canvasToDOM(n.getPositions(['{iri}'])['{iri}']);
        const r = document.querySelector('#graph canvas').getBoundingClientRect();
        return {{x: r.left + p.x, y: r.top + p.y}}; }}""")
    page.mouse.click(box["x"], box["y"])


def pick(page, selector, text):
    """Type into a search-as-you-type picker and take its first hit."""
    page.fill(selector, text)
    page.click(f"{selector} + .hits li button")


def count(store, where: str) -> int:
    return select(store, PREFIXES + f"SELECT (COUNT(DISTINCT ?c) AS ?n) WHERE {{ {where} }}")[1][0][0]


@pytest.mark.parametrize("which", ["seeds", "articles"])
def test_first_view_labels_the_ten_most_cited_entities_legibly_without_overlap(browser, seeds_build, articles_build,
                                                                                which):
    folder = seeds_build[0] if which == "seeds" else articles_build
    _, rows = select(open_store(folder), PREFIXES + """
        SELECT ?e (COUNT(DISTINCT ?c) AS ?n) WHERE { { ?c prov:wasAttributedTo ?e } UNION { ?c schema:about ?e }
        FILTER(STRSTARTS(STR(?e), "https://w3id.org/claimsgraph/entity/")) } GROUP BY ?e ORDER BY DESC(?n) ?e LIMIT 10""")
    top = [e for e, _ in rows]
    page, requests, errors, _ = open_page(browser, folder / "graph.html")
    assert errors == [] and [r for r in requests if not r.startswith("file://")] == []
    boxes = page.evaluate("""(ids) => { const n = window.network, r = document.querySelector('#graph canvas').getBoundingClientRect();
        return ids.map((id) => { const node = n.body.nodes[id]; if (!node) return null;
          const s = node.labelModule.size, a = n.canvasToDOM({x: s.left, y: s.top}),
                b = n.canvasToDOM({x: s.left + s.width, y: s.top + s.height});
          return {id, text: node.options.label, px: node.options.font.size * n.getScale(),
                  left: a.x, top: a.y, right: b.x, bottom: b.y, width: r.width, height: r.height}; }); }""", top)
    assert None not in boxes, "a most-cited entity is not drawn"
    for b in boxes:
        assert b["text"] and b["px"] >= 11, b
        assert 0 <= b["left"] and b["right"] <= b["width"] and 0 <= b["top"] and b["bottom"] <= b["height"], b
    for i, a in enumerate(boxes):
        for b in boxes[i + 1:]:
            apart = (a["right"] <= b["left"] or b["right"] <= a["left"] or a["bottom"] <= b["top"]
                     or b["bottom"] <= a["top"])
            assert apart, (a, b)


def test_search_finds_an_entity_in_both_languages_and_keyboard_opens_it(browser, seeds_build):
    page, *_ = open_page(browser, seeds_build[0] / "graph.html")
    hits = {}
    for query in ("Лачинский коридор", "Lachin corridor"):
        page.fill("#search", query)
        hits[query] = page.eval_on_selector_all("#hits li", "els => els.map(e => e.dataset.id)")
    assert hits["Лачинский коридор"] == hits["Lachin corridor"] == [ENTITY + "lachin-corridor"]
    page.focus("#search")
    page.keyboard.press("ArrowDown")
    page.keyboard.press("Enter")
    assert page.inner_text("#details h2") == "Lachin corridor"
    assert ENTITY + "lachin-corridor" in drawn(page)


def test_entity_panel_separates_said_from_said_about_and_follows_filters(browser, seeds_build):
    store = seeds_build[0]
    store = open_store(store)
    made = count(store, f"?c prov:wasAttributedTo <{PUTIN}>")
    about = count(store, f"?c schema:about <{PUTIN}> FILTER NOT EXISTS {{ ?c prov:wasAttributedTo <{PUTIN}> }}")
    assert made and about
    page, *_ = open_page(browser, seeds_build[0] / "graph.html")
    click_node(page, PUTIN)
    assert page.inner_text("#details h2") == "Vladimir Putin"
    assert page.inner_text("#said h3") == f"Said ({made})"
    assert page.inner_text("#said-about h3") == f"Said about ({about})"
    blocks = page.eval_on_selector_all("#said .claim", "els => els.map(e => e.textContent)")
    assert blocks and all("source:" in b for b in blocks)
    speakers = page.eval_on_selector_all("#said-about summary", "els => els.map(e => e.textContent.split(' · ')[0])")
    assert speakers and "Vladimir Putin" not in speakers
    # the claimant filter on him: nothing said about him is his own claim, the article's voice is gone
    pick(page, "#f-who", "Vladimir Putin")
    assert page.inner_text("#said h3") == f"Said ({made})"
    assert page.inner_text("#said-about h3") == "Said about (0)"
    page.click("#reset")
    _, docs = select(store, PREFIXES + f"""SELECT ?file (COUNT(?c) AS ?n) WHERE {{ ?c prov:wasAttributedTo <{PUTIN}> ;
        prov:wasDerivedFrom/cg:fileName ?file }} GROUP BY ?file ORDER BY DESC(?n) ?file LIMIT 1""")
    file = docs[0][0]
    in_doc = count(store, f"?c prov:wasAttributedTo <{PUTIN}> ; prov:wasDerivedFrom/cg:fileName '{file}'")
    about_in_doc = count(store, f"""?c schema:about <{PUTIN}> ; prov:wasDerivedFrom/cg:fileName '{file}'
        FILTER NOT EXISTS {{ ?c prov:wasAttributedTo <{PUTIN}> }}""")
    pick(page, "#f-doc", file)
    assert page.inner_text("#said h3") == f"Said ({in_doc})" and in_doc < made
    assert page.inner_text("#said-about h3") == f"Said about ({about_in_doc})"


def test_panel_groups_by_counterpart_sorted_by_date(browser, articles_build):
    store = open_store(articles_build)
    _, rows = select(store, PREFIXES + """SELECT ?e (COUNT(?c) AS ?n) WHERE { ?c prov:wasAttributedTo ?e }
        GROUP BY ?e ORDER BY DESC(?n) ?e LIMIT 1""")
    speaker = rows[0][0]
    page, *_ = open_page(browser, articles_build / "graph.html")
    page.fill("#search", page.evaluate(f"() => window.network.body.data.nodes.get('{speaker}').title.split(' (')[0]"))
    page.click("#hits li button")
    groups = page.eval_on_selector_all("#said details", """els => els.map(d => ({open: d.open,
        dates: [...d.querySelectorAll('.claim > .meta:first-child')].map(m => m.textContent.split(' · ')[0])}))""")
    assert len(groups) > 1
    summaries = page.eval_on_selector_all("#said details > summary", "els => els.map(s => s.textContent.split(' · '))")
    named = [int(n) for who, n in summaries if who != "no entity named"]
    assert named == sorted(named, reverse=True) and summaries[-1][0] == "no entity named"
    for g in groups:
        dated = [d for d in g["dates"] if d != "undated"]
        assert dated == sorted(dated) and g["dates"] == dated + ["undated"] * (len(g["dates"]) - len(dated))


def test_claims_table_searches_quotes_and_opens_the_sentence_in_its_paragraph(browser, articles_build):
    store = open_store(articles_build)
    _, quotes = select(store, PREFIXES + "SELECT ?q WHERE { ?c cg:evidence/oa:hasSelector/oa:exact ?q }")
    words = sorted({w for (q,) in quotes for w in q.split() if w.isascii() and w.isalpha() and len(w) >= 7})
    word = next(w for w in words if 2 <= sum(w.lower() in q.lower() for (q,) in quotes) <= 30)
    expected = sum(word.lower() in q.lower() for (q,) in quotes)
    page, *_ = open_page(browser, articles_build / "graph.html")
    page.fill("#q", word)
    page.wait_for_function(f"() => document.querySelector('#claims-count').textContent.startsWith('{expected} claim')")
    shown = page.eval_on_selector_all("#claims-table tbody td.quote", "els => els.map(e => e.textContent)")
    assert len(shown) == expected and all(word.lower() in q.lower() for q in shown)
    file = page.inner_text("#claims-table tbody tr:first-child td:last-child")
    page.click("#claims-table tbody tr:first-child")
    assert page.inner_text("#details mark") == shown[0]
    _, texts = select(store, PREFIXES + f"SELECT ?t WHERE {{ ?d cg:fileName '{file}' ; schema:text ?t }}")
    text = texts[0][0]
    at = text.index(shown[0])
    paragraph = text[text.rfind("\n", 0, at) + 1:text.find("\n", at) if text.find("\n", at) >= 0 else len(text)]
    assert page.text_content("#details .context") == paragraph
    assert "#" in page.evaluate("location.hash") and "claim=" in page.evaluate("location.hash")
    page.focus("#claims-table tbody tr:nth-child(2)")
    page.keyboard.press("Enter")
    assert page.inner_text("#details mark") == shown[1]


def test_state_round_trips_through_the_url(browser, seeds_build):
    page, *_ = open_page(browser, seeds_build[0] / "graph.html")
    page.select_option("#f-kind", value="statement")
    page.select_option("#f-lang", value="en")
    page.fill("#f-from", "2021-01-01")
    pick(page, "#f-about", "Armenia")
    page.fill("#q", "the")
    page.wait_for_function("() => location.hash.includes('q=the')")
    page.fill("#search", "Putin")
    page.click("#hits li button")
    page.click("#tab-conflicts")

    def snapshot(p):
        return {"hash": p.evaluate("location.hash"), "count": p.inner_text("#claims-count"),
                "about": p.input_value("#f-about"), "kind": p.input_value("#f-kind"), "q": p.input_value("#q"),
                "lang": p.input_value("#f-lang"), "from": p.input_value("#f-from"),
                "details": p.inner_text("#details h2"), "drawn": drawn(p),
                "tab": p.get_attribute("#tab-conflicts", "aria-selected"),
                "rows": p.eval_on_selector_all("#claims-table tbody tr", "els => els.map(e => e.dataset.claim)")}

    before = snapshot(page)
    assert before["details"] == "Vladimir Putin" and before["tab"] == "true" and before["about"] == "Armenia"
    again, *_ = open_page(browser, seeds_build[0] / "graph.html", before["hash"])
    assert snapshot(again) == before
    plain, *_ = open_page(browser, seeds_build[0] / "graph.html")
    assert plain.inner_text("#claims-count") != before["count"] and plain.query_selector("#details h2") is None
    assert before["lang"] == "en" and before["from"] == "2021-01-01" and "from=2021-01-01" in before["hash"]
    garbled, *_ = open_page(browser, seeds_build[0] / "graph.html", "#lang=xx&from=soon&who=nobody&claim=99999")
    assert garbled.inner_text("#claims-count") == plain.inner_text("#claims-count")


def test_filters_change_what_is_drawn_and_listed(browser, seeds_build):
    page, *_ = open_page(browser, seeds_build[0] / "graph.html")
    everyone = drawn(page)
    pick(page, "#f-doc", "003_f890dc6fbf9d0ba4")
    one_doc = drawn(page)
    assert 0 < len(one_doc) < len(everyone) and set(one_doc) <= set(everyone)
    assert set(page.eval_on_selector_all("#claims-table tbody td:last-child", "els => els.map(e => e.textContent)")) \
        == {"003_f890dc6fbf9d0ba4.txt"}
    page.click("#reset")
    page.select_option("#f-kind", value="quantity")
    kinds = page.eval_on_selector_all("#claims-table tbody td:nth-child(3)", "els => els.map(e => e.textContent)")
    figures = page.eval_on_selector_all("#claims-table tbody td.num", "els => els.map(e => e.textContent)")
    assert kinds and set(kinds) == {"quantity"} and all(f and "e+" not in f for f in figures)
    page.select_option("#f-kind", value="")
    assert PUTIN in drawn(page)
    page.uncheck("#types input[value=Person]")
    assert PUTIN not in drawn(page)


def test_conflicts_list_both_quotes_and_a_figure_timeline(browser, articles_build):
    page, *_ = open_page(browser, articles_build / "graph.html")
    page.click("#tab-conflicts")
    first = page.query_selector("#panel-conflicts .conflict")
    if first is None:
        pytest.skip("no conflicting figures in the test articles")
    quotes = first.query_selector_all(".side-quote")
    assert len(quotes) == 2 and all(q.text_content() for q in quotes)
    first.query_selector("button").click()
    assert page.get_attribute("#tab-figure", "aria-selected") == "true"
    rows = page.eval_on_selector_all("#panel-figure tr", "els => els.slice(1).map(r => r.firstChild.textContent)")
    dated = [d for d in rows if d != "undated"]
    assert len(rows) >= 2 and dated == sorted(dated)


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
        page.click("#hits li button")
        page.mouse.move(300, 300)
    rows = page.query_selector_all("#claims-table tbody tr")
    seen = ""
    for row in rows:
        row.click()
        seen += page.inner_text("#details")
    assert "<script>" in seen and "onerror" in seen
    page.click("#tab-conflicts")
    page.fill("#f-doc", "hostile")
    page.click("#f-doc + .hits li button")
    assert page.evaluate("window.pwned") is None
    assert dialogs == [] and errors == []
    assert [r for r in requests if not r.startswith("file://")] == []


def test_hostile_names_in_a_rendered_projection_run_nothing(browser, tmp_path):
    from tests.test_visualize import invented_projection
    from claimsgraph.visualize import render

    hostile = '</script><script>window.pwned=1</script><img src=x onerror="window.pwned=2"> href=javascript:x'
    g = invented_projection([("h.txt", "2020-02-02", f"Kora Vell said {hostile} now.\n")],
                            [{"doc": "h.txt", "quote": hostile, "claimant": "kora-vell", "about": ["dax-holm"]}])
    g.nodes[ENTITY + "kora-vell"].update(label='<img src=y onerror="window.pwned=3">', aliases=["</script>kora"])
    g.nodes["h.txt"]["title"] = "<script>window.pwned=4</script>"
    path = tmp_path / "h.html"
    path.write_text(render(g, title="<b>t</b>"), encoding="utf-8")
    page, requests, errors, dialogs = open_page(browser, path)
    page.fill("#search", "kora")
    page.click("#hits li button")
    page.click("#claims-table tbody tr")
    page.fill("#f-doc", "script")
    page.click("#f-doc + .hits li button")
    assert '<img src=y onerror="window.pwned=3">' in page.inner_text("#hits") + page.inner_text("#f-who + .hits") \
        + page.input_value("#search")
    assert page.evaluate("window.pwned") is None and dialogs == [] and errors == []
    assert [r for r in requests if not r.startswith("file://")] == []


def test_a_large_network_draws_the_most_cited_and_reaches_the_rest_by_search_and_expansion(browser, tmp_path):
    from tests.test_visualize import invented_projection
    from claimsgraph.visualize import DRAWN, render

    people = [f"orin-{n:03d}" for n in range(400)]
    lines = [f"{people[i % 400].title()} said line {i} about {people[(i * 7 + 3) % 400].title()}." for i in range(2000)]
    claims = [{"doc": "big.txt", "quote": f"line {i} about", "claimant": people[i % 400],
               "about": [people[(i * 7 + 3) % 400]] + ([people[0]] if i % 3 == 0 else [])} for i in range(2000)]
    claims.append({"doc": "big.txt", "quote": "quiet remark", "claimant": "zeta-lone", "about": ["yara-far"]})
    g = invented_projection([("big.txt", "2022-05-05", "\n".join(lines) + "\nZeta Lone made a quiet remark.\n")],
                            claims)
    path = tmp_path / "big.html"
    path.write_text(render(g), encoding="utf-8")
    page, requests, errors, _ = open_page(browser, path)
    first = drawn(page)
    assert len(first) == DRAWN and ENTITY + "orin-000" in first
    assert ENTITY + "zeta-lone" not in first and ENTITY + "yara-far" not in first
    page.fill("#search", "zeta lone")
    page.click("#hits li button")
    assert ENTITY + "zeta-lone" in drawn(page) and ENTITY + "yara-far" not in drawn(page)
    assert page.inner_text("#said h3") == "Said (1)"
    page.click("text=Draw neighbours")
    assert ENTITY + "yara-far" in drawn(page) and "open=" in page.evaluate("location.hash")
    assert len(drawn(page)) <= DRAWN + 2 and errors == []


def test_relations_the_articles_state_are_labelled_edges_that_list_their_claims(browser, seeds_build):
    _, rows = select(open_store(seeds_build[0]), PREFIXES + """PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
        SELECT ?s ?p ?o (COUNT(?c) AS ?n) WHERE { ?c rdf:subject ?s ; rdf:predicate ?p ; rdf:object ?o }
        GROUP BY ?s ?p ?o ORDER BY DESC(?n) ?s ?p ?o LIMIT 1""")
    s, p, o, n = rows[0]
    relation = p.rsplit("#", 1)[-1]
    page, *_ = open_page(browser, seeds_build[0] / "graph.html")
    edge = page.evaluate(f"() => window.network.body.data.edges.get('r {s} {o} {relation}')")
    assert edge and edge["label"] == relation and edge["dashes"] is True and edge["value"] == n
    page.evaluate(f"() => window.network.selectEdges(['r {s} {o} {relation}'])")
    # the middle of the edge, drawn as a curve apart from the straight link between the same two entities
    point = page.evaluate(f"""() => {{ const n = window.network, e = n.body.edges['r {s} {o} {relation}'];
        const m = n.canvasToDOM(e.edgeType.getPoint(0.5));
        const r = document.querySelector('#graph canvas').getBoundingClientRect();
        return {{x: r.left + m.x, y: r.top + m.y}}; }}""")
    page.mouse.click(point["x"], point["y"])
    assert relation in page.inner_text("#details h2")
    assert page.eval_on_selector_all("#details .claim", "els => els.length") == n


def test_a_page_without_documents_opens_without_errors(browser, tmp_path):
    import networkx as nx

    from claimsgraph.visualize import render

    path = tmp_path / "empty.html"
    path.write_text(render(nx.MultiDiGraph(texts={}, conflicts=[])), encoding="utf-8")
    page, requests, errors, _ = open_page(browser, path)
    assert errors == [] and drawn(page) == [] and page.inner_text("#claims-count") == "0 claims of 0"
