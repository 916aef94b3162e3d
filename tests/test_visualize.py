import json
import math
import re
import sys
from collections import Counter

import networkx as nx
from hypothesis import given
from hypothesis import strategies as st

from claimsgraph.numbers import grouped as figure_text
from claimsgraph.visualize import (DRAWN, LABELLED, escape_html, label_width, layout, page_data, render,
                                   safe_json, spring_layout)

E = "https://w3id.org/claimsgraph/entity/"


@given(st.text())
def test_safe_json_never_contains_markup_and_round_trips(text):
    out = safe_json({"t": text})
    assert "<" not in out and ">" not in out and "&" not in out
    assert json.loads(out) == {"t": text}


@given(st.text())
def test_escape_html_leaves_no_markup(text):
    assert not re.search(r"[<>\"']", escape_html(text))


def test_figures_are_plain_grouped_digits():
    assert [figure_text(v) for v in (1.5e6, 2.5, 40.0, 0.000015, 1234.5678, 1e21)] == [
        "1,500,000", "2.5", "40", "0.000015", "1,234.5678", "1,000,000,000,000,000,000,000"]


def page_json(html: str) -> dict:
    start = html.index('<script id="graph-data" type="application/json">')
    return json.loads(html[html.index(">", start) + 1:html.index("</script>", start)])


def invented_projection(documents: list[tuple[str, str, str]], claims: list[dict]) -> nx.MultiDiGraph:
    """A projection by hand: documents (name, date, text) and claims (doc, quote, claimant, about, kind)."""
    g = nx.MultiDiGraph(texts={}, conflicts=[])
    names = {c.get("claimant") for c in claims} | {a for c in claims for a in c.get("about", [])}
    for name in sorted(n for n in names if n):
        g.add_node(E + name, kind="entity", label=name.replace("-", " ").title(), type="Person", aliases=[name])
    for name, date, text in documents:
        g.add_node(name, kind="document", label=name, file=name, title=f"Title of {name}", date=date, lang="en")
        g.graph["texts"][name] = text
    for n, c in enumerate(claims):
        text = g.graph["texts"][c["doc"]]
        start = text.index(c["quote"])
        claim = f"claim{n}"
        g.add_node(claim, kind="claim", claim_kind=c.get("kind", "statement"), quote=c["quote"], doc=c["doc"],
                   start=start, end=start + len(c["quote"]), claimant=E + c["claimant"] if c.get("claimant") else None,
                   figure=c.get("figure"), value=c.get("value"), unit=None, date=None, lang="en", label="statement")
        if c.get("claimant"):
            g.add_edge(E + c["claimant"], claim, key="claims", relation="claims")
        for a in c.get("about", []):
            g.add_edge(claim, E + a, key="about", relation="about")
    return g


def test_claims_become_weighted_edges_from_claimant_to_what_they_speak_about():
    text = "Intro line.\nMara Quill said the bridge at Osterholm is closed. Then more.\nLast line.\n"
    g = invented_projection([("a.txt", "2021-03-04", text)], [
        {"doc": "a.txt", "quote": "the bridge at Osterholm is closed", "claimant": "mara-quill",
         "about": ["osterholm", "mara-quill"]},
        {"doc": "a.txt", "quote": "Then more", "claimant": "mara-quill", "about": ["osterholm"]},
        {"doc": "a.txt", "quote": "Last line", "about": ["osterholm"]},
    ])
    data = page_data(g)
    ids = [n["id"] for n in data["nodes"]]
    assert ids == [E + "osterholm", E + "mara-quill"]      # most cited first: 3 claims, then 2
    assert data["edges"] == [{"from": E + "mara-quill", "to": E + "osterholm", "value": 2}]
    first = data["claims"][0]
    assert first[2] == ids.index(E + "mara-quill") and first[3] == [ids.index(E + "osterholm")]   # not about itself
    assert data["claims"][2][2] == -1                       # the article's own voice
    paragraph = data["paragraphs"][first[8]]
    assert paragraph == "Mara Quill said the bridge at Osterholm is closed. Then more."
    assert paragraph[first[9]:first[10]] == "the bridge at Osterholm is closed"
    assert "Intro line" not in json.dumps(data)            # text evidencing no claim stays out of the page


def test_quote_offsets_count_as_javascript_does():
    text = "\U0001F600 emoji first, then Ilse Varn said: we stay. \U0001F680 after.\n"
    g = invented_projection([("e.txt", "", text)], [{"doc": "e.txt", "quote": "we stay", "claimant": "ilse-varn"}])
    row = page_data(g)["claims"][0]
    paragraph = page_data(g)["paragraphs"][row[8]].encode("utf-16-le")
    assert paragraph[2 * row[9]:2 * row[10]].decode("utf-16-le") == "we stay"


def test_long_paragraphs_are_cut_around_the_quote():
    text = "word " * 5000 + "Ola Brenn said the dam holds. " + "word " * 5000
    g = invented_projection([("l.txt", "", text)], [{"doc": "l.txt", "quote": "the dam holds", "claimant": "ola-brenn"}])
    data = page_data(g)
    assert "the dam holds" in data["paragraphs"][0] and len(data["paragraphs"][0]) < 1600


def test_layout_is_deterministic_places_everyone_and_keeps_top_labels_apart():
    count = 3000
    pairs = Counter({(i % 40, (i * 7 + 1) % count): 1 + i % 5 for i in range(count * 3)})
    widths = [label_width("An Entity With A Long Name " + str(i)) for i in range(LABELLED)]
    first, second = layout(count, pairs, widths), layout(count, pairs, widths)
    assert first == second and len(first) == count
    assert len(set(first)) > 0.99 * count
    for i in range(LABELLED):
        for j in range(i + 1, LABELLED):
            dx, dy = abs(first[i][0] - first[j][0]), abs(first[i][1] - first[j][1])
            assert dx >= (widths[i] + widths[j]) / 2 - 1 or dy >= 69, (i, j)
    assert DRAWN < count


@given(st.dictionaries(st.tuples(st.integers(0, 70), st.integers(0, 70)).filter(lambda e: e[0] < e[1]),
                       st.floats(0.5, 5.0), min_size=1, max_size=40), st.integers(0, 100), st.integers(1, 40))
def test_spring_layout_gives_networkx_floats_exactly(weights, unlinked, iterations):
    nodes = sorted({i for edge in weights for i in edge})
    size = nodes[-1] + 1 + unlinked   # a subgraph of under half the nodes iterates them in another order
    start = {i: (math.cos(i * 2.39996), math.sin(i * 2.39996)) for i in nodes}
    k = 1.6 / math.sqrt(len(nodes))
    g = nx.Graph()
    g.add_nodes_from(range(size))
    g.add_weighted_edges_from((a, b, w) for (a, b), w in weights.items())
    theirs = nx.spring_layout(g.subgraph(nodes), pos=start, seed=7, iterations=iterations, k=k)
    mine = spring_layout(size, weights, start, k, iterations)
    assert list(theirs) == list(mine)
    assert [tuple(map(float, theirs[n])) for n in nodes] == [tuple(map(float, mine[n])) for n in nodes]


def test_page_is_self_contained_and_hostile_names_and_quotes_are_inert():
    hostile = "</script><script>window.pwned=1</script> <img src=x onerror=alert(1)> href=javascript:alert(2)"
    g = invented_projection([("x</script>.txt", "2020-01-01", f"Kora Vell said {hostile} is fine.\n")],
                            [{"doc": "x</script>.txt", "quote": hostile, "claimant": "kora-vell"}])
    g.nodes[E + "kora-vell"]["label"] = "<img src=y onerror=alert(3)>Kora</script>"
    page = render(g, title="<script>alert(4)</script>")
    assert not re.search(r"""(?:src|href)\s*=\s*["']?(?:https?:)?//""", page)
    assert "<script>window.pwned" not in page and "<img src=x" not in page and "<img src=y" not in page
    assert page.count("</script>") == 3 and "<script>alert(4)" not in page
    data = page[page.index('<script id="graph-data"'):].split("</script>", 1)[0].split(">", 1)[1]
    assert "<" not in data and ">" not in data and "pwned" in data
    assert page_json(page)["entities"][0][0] == "<img src=y onerror=alert(3)>Kora</script>"
    assert "Content-Security-Policy" in page and "default-src 'none'" in page
    assert "innerHTML" not in page.split("<script>", 2)[2] and "eval(" not in page.split("<script>", 2)[2]


def test_seed_page_is_built_by_the_pipeline(tmp_path):
    from claimsgraph.pipeline import build
    from tests.conftest import ONTOLOGY

    corpus = tmp_path / "c"
    corpus.mkdir()
    (corpus / "hostile.txt").write_text(
        "Oskar Lindqvist said that </script><script>window.pwned=1</script> is "
        "<img src=x onerror=alert(1)> href javascript:alert(2) fine.\n", encoding="utf-8")
    build([corpus], ONTOLOGY, tmp_path / "out")
    page = (tmp_path / "out" / "graph.html").read_text(encoding="utf-8")
    assert page.count("</script>") == 3 and "<script>window.pwned" not in page
    assert any("pwned" in p for p in page_json(page)["paragraphs"])


def test_the_page_takes_only_vis_networks_files_from_pyvis(monkeypatch):
    # pyvis's Python side costs every build 0.3 s to import (IPython, jinja), and its
    # add_node/add_edge scan a list per call: quadratic on a big graph
    monkeypatch.setitem(sys.modules, "pyvis.network", None)   # importing it fails from here on
    text = "Tam Odo said the well is dry.\n"
    g = invented_projection([("w.txt", "", text)], [{"doc": "w.txt", "quote": "the well is dry", "claimant": "tam-odo",
                                                      "about": ["dry-well"]}])
    page = render(g)
    assert page_json(page)["edges"] == [{"from": E + "tam-odo", "to": E + "dry-well", "value": 1}]
    assert "@version 9.1.2" in page and "vis.Network" in page


def test_the_builds_tables_make_the_same_page_as_the_graph(seeds_store):
    from claimsgraph.projection import DocumentRows, document_rows, project, projected
    from claimsgraph.visualize import projection_data

    rows = document_rows(seeds_store)
    data = projection_data(projected(seeds_store, rows))
    assert data["claims"] and data["edges"]
    assert data == page_data(project(seeds_store, rows))
    # in another order, a claim read with two dates and one stating two relations: the same page as the graph's
    shuffled = DocumentRows(*(list(reversed(getattr(rows, name))) for name in DocumentRows.__slots__))
    shuffled.claims.append([*rows.claims[0][:10], "1901-01-01", rows.claims[0][11]])
    shuffled.relations.append([rows.relations[0][0], *rows.relations[1][1:]])
    data = projection_data(projected(seeds_store, shuffled))
    assert data != projection_data(projected(seeds_store, rows))
    assert data == page_data(project(seeds_store, shuffled))


def test_the_page_read_one_document_at_a_time_is_the_page_of_all_rows(seeds_store):
    from claimsgraph.projection import DocumentRows, document_rows, page_source, projected
    from claimsgraph.visualize import SpilledList, page_chunks, page_data_of, projection_data

    rows = document_rows(seeds_store)
    # a claim read with two dates and one stating two relations, as in the test above
    rows.claims.append([*rows.claims[0][:10], "1901-01-01", rows.claims[0][11]])
    rows.relations.append([rows.relations[0][0], *rows.relations[1][1:]])
    doc_of = {row[0]: row[2] for row in rows.claims}
    by_file = {row[1]: row[0] for row in rows.docs}
    documents: dict[str, DocumentRows] = {}
    for name, key in [("docs", lambda row: row[0]), ("claims", lambda row: row[2]), ("about", lambda row: doc_of[row[0]]),
                      ("relations", lambda row: doc_of[row[0]]), ("figures", lambda row: by_file[row[1]])]:
        for row in getattr(rows, name):
            getattr(documents.setdefault(key(row), DocumentRows()), name).append(row)
    assert len(documents) == 5 and rows.figures
    loaded: list[int] = []
    parts = list(reversed(documents.values()))

    def load(i: int) -> DocumentRows:
        loaded.append(i)
        return parts[i]

    whole = projection_data(projected(seeds_store, rows))
    with SpilledList() as claims, SpilledList() as paragraphs:
        streamed = page_data_of(page_source(seeds_store, len(parts), load), claims, paragraphs)
        assert len(claims) == len(whole["claims"]) > 20
        assert "".join(page_chunks(streamed, "t")) == "".join(page_chunks(whole, "t"))
    assert sorted(loaded) == sorted([*range(len(parts))] * 2)   # each document read twice, never held


@given(st.dictionaries(st.text(max_size=3), st.one_of(st.integers(), st.lists(st.one_of(st.text(), st.integers(),
                                                                                           st.lists(st.text()))))),
       st.integers(min_value=1, max_value=4))
def test_json_in_pieces_is_the_json_at_once(data, size):
    from claimsgraph.visualize import _json, _json_chunks

    assert "".join(_json_chunks(data, size)) == _json(data)
