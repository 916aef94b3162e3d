"""The interactive HTML graph: the networkx projection of the RDF graph, drawn with pyvis's vis-network.

Positions are computed ahead with networkx so the page is readable at once. The page is self-contained: vis-network, its CSS and the
data are inline, nothing is fetched. Document text only ever reaches the page
as JSON inside a script, with ``<``, ``>`` and ``&`` escaped, and is shown with
``textContent``, never ``innerHTML``.
"""
from __future__ import annotations

import json
from pathlib import Path

import networkx as nx

TEMPLATE = Path(__file__).parent / "templates" / "graph.html"
TYPE_COLOURS = {
    "Person": "#e15759", "Organization": "#4e79a7", "Country": "#59a14f", "Place": "#76b7b2",
    "Group": "#f28e2b", "Agreement": "#b07aa1", "Event": "#edc948", "Thing": "#bab0ac",
}
CLAIM_COLOUR, DOCUMENT_COLOUR = "#d3d3d3", "#9c755f"
def layout(g: nx.MultiDiGraph) -> dict[str, tuple[float, float]]:
    """Deterministic positions: a seeded spring layout of the undirected graph, spread with its size."""
    if not len(g):
        return {}
    simple = nx.Graph(g)
    iterations = 50 if len(g) <= 2000 else 30
    scale = 120.0 * len(g) ** 0.5
    pos = nx.spring_layout(simple, seed=7, iterations=iterations, scale=scale,
                           k=3.0 / max(1, len(g)) ** 0.5)
    return {n: (round(float(x), 1), round(float(y), 1)) for n, (x, y) in pos.items()}


def render(g: nx.MultiDiGraph, title: str = "claimsgraph") -> str:
    """The self-contained page for a projection."""
    from pyvis.network import Network

    positions = layout(g)
    labels = {n: d.get("label", "") for n, d in g.nodes(data=True)}
    claim_counts = {n: sum(1 for _, _, k in g.in_edges(n, keys=True) if k == "about")
                    + sum(1 for _, _, k in g.out_edges(n, keys=True) if k == "claims")
                    for n in g.nodes}
    net = Network(directed=True)
    details, colours = {}, {}
    for n in sorted(g.nodes):
        d = g.nodes[n]
        x, y = positions.get(n, (0.0, 0.0))
        if d["kind"] == "entity":
            colour = TYPE_COLOURS.get(d["type"], TYPE_COLOURS["Thing"])
            colours[n] = colour
            net.add_node(n, label=d["label"], title=f"{d['label']} ({d['type']})",
                         shape="dot", size=10 + min(30, 2 * claim_counts[n]), x=x, y=y)
            details[n] = {"kind": "entity", "label": d["label"], "type": d["type"],
                          "aliases": d["aliases"]}
        elif d["kind"] == "claim":
            who = labels.get(d["claimant"], "the article") if d["claimant"] else "the article"
            colours[n] = CLAIM_COLOUR
            net.add_node(n, label=d["figure"] or " ", title=f"{who}: {d['quote'][:300]}",
                         shape="dot", size=5, x=x, y=y)
            details[n] = {"kind": "claim", "claim_kind": d["claim_kind"], "quote": d["quote"],
                          "claimant": who, "source": labels.get(d["doc"], ""), "figure": d["figure"],
                          "doc": d["doc"]}
        else:
            colours[n] = DOCUMENT_COLOUR
            net.add_node(n, label=d["label"], title=d["title"], shape="square", size=14, x=x, y=y)
            details[n] = {"kind": "document", "label": d["label"], "title": d["title"], "doc": n}
    for u, v, k, d in sorted(g.edges(keys=True, data=True), key=lambda e: (e[0], e[1], str(e[2]))):
        net.add_edge(u, v, title=d["relation"], label=d["relation"] if d["relation"] not in
                     ("about", "claims", "source") else None, arrows="to")
    data = {
        "nodes": [{**{k: v for k, v in node.items() if k in ("id", "label", "title", "shape", "size", "x", "y")},
                   "color": colours[node["id"]]} for node in net.nodes],
        "edges": [{k: v for k, v in e.items() if k in ("from", "to", "title", "label", "arrows")
                   and v is not None} for e in net.edges],
        "details": details,
        "legend": {**{t: c for t, c in TYPE_COLOURS.items()}, "claim": CLAIM_COLOUR,
                   "document": DOCUMENT_COLOUR},
    }
    return _page(data, title)


def _page(data: dict, title: str) -> str:
    import pyvis

    lib = Path(pyvis.__file__).parent / "templates" / "lib" / "vis-9.1.2"
    js = (lib / "vis-network.min.js").read_text(encoding="utf-8")
    css = (lib / "vis-network.css").read_text(encoding="utf-8")
    page = TEMPLATE.read_text(encoding="utf-8")
    return (page.replace("/*VIS_CSS*/", css.replace("</", "<\\/"))
                .replace("/*VIS_JS*/", js.replace("</script", "<\\/script"))
                .replace("/*GRAPH_DATA*/null", safe_json(data))
                .replace("{{TITLE}}", escape_html(title)))


def safe_json(value: object) -> str:
    """JSON that cannot end its <script> element or start markup, whatever the text holds."""
    text = json.dumps(value, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    return (text.replace("&", "\\u0026").replace("<", "\\u003c").replace(">", "\\u003e")
                .replace("\u2028", "\\u2028").replace("\u2029", "\\u2029"))


def escape_html(text: str) -> str:
    return (text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
                .replace('"', "&quot;").replace("'", "&#x27;"))
