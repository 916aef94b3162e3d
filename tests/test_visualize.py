import json
import re

from hypothesis import given
from hypothesis import strategies as st

from claimsgraph.visualize import escape_html, safe_json


@given(st.text())
def test_safe_json_never_contains_markup_and_round_trips(text):
    out = safe_json({"t": text})
    assert "<" not in out and ">" not in out and "&" not in out
    assert json.loads(out) == {"t": text}


@given(st.text())
def test_escape_html_leaves_no_markup(text):
    assert not re.search(r"[<>\"']", escape_html(text))


def test_seed_page_is_self_contained_and_hostile_text_is_inert(tmp_path):
    from claimsgraph.pipeline import build
    from tests.conftest import ONTOLOGY

    corpus = tmp_path / "c"
    corpus.mkdir()
    (corpus / "hostile.txt").write_text(
        "Vladimir Putin said that </script><script>window.pwned=1</script> is "
        "<img src=x onerror=alert(1)> href javascript:alert(2) fine.\n", encoding="utf-8")
    build([corpus], ONTOLOGY, tmp_path / "out")
    page = (tmp_path / "out" / "graph.html").read_text(encoding="utf-8")
    assert not re.search(r"""(?:src|href)\s*=\s*["']?(?:https?:)?//""", page)
    assert "<script>window.pwned" not in page and "<img src=x" not in page
    assert page.count("</script>") == 2
    data = page[page.index("const DATA = "):].split("\n", 1)[0]
    assert "<" not in data and ">" not in data and "pwned" in data
    assert "Content-Security-Policy" in page and "default-src 'none'" in page
    assert "innerHTML" not in page.split("<script>", 2)[2]


def test_large_graphs_get_every_node_placed_deterministically():
    import networkx as nx

    from claimsgraph.visualize import layout

    g = nx.MultiDiGraph()
    for i in range(60):
        g.add_node(f"e{i}", kind="entity")
    for i in range(900):
        g.add_node(f"c{i}", kind="claim")
        g.add_edge(f"c{i}", f"e{i % 60}", key="about")
        g.add_edge(f"c{i}", f"e{(i * 7) % 60}", key="about")
    first, second = layout(g), layout(g)
    assert first == second and set(first) == set(g.nodes)
    assert len(set(first.values())) > 0.9 * len(g)
