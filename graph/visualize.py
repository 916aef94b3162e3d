"""The interactive HTML graph: the networkx projection of the RDF graph, drawn with pyvis's vis-network.

Positions are computed ahead with networkx so the page is readable at once. The page is self-contained: vis-network, its CSS and the
data are inline, nothing is fetched. Document text only ever reaches the page
as JSON inside a script, with ``<``, ``>`` and ``&`` escaped, and is shown with
``textContent``, never ``innerHTML``.
"""
from __future__ import annotations

import hashlib
import itertools
import json
import math
import re
from pathlib import Path

import networkx as nx

TEMPLATE = Path(__file__).parent / "templates" / "graph.html"
TYPE_COLOURS = {
    "Person": "#e15759", "Organization": "#4e79a7", "Country": "#59a14f", "Place": "#76b7b2",
    "Group": "#f28e2b", "Agreement": "#b07aa1", "Event": "#edc948", "Thing": "#bab0ac",
}
CLAIM_COLOUR, DOCUMENT_COLOUR = "#d3d3d3", "#9c755f"
def layout(g: nx.MultiDiGraph, full_below: int = 800) -> dict[str, tuple[float, float]]:
    """Deterministic positions, spread with the graph's size.

    A small graph gets a seeded spring layout of all its nodes. A large one lays
    out only its entities and documents, linked as its claims link them, and
    puts each claim beside the nodes it connects, so thousands of nodes are
    placed in seconds instead of minutes.
    """
    if not len(g):
        return {}
    if len(g) < full_below:
        pos = nx.spring_layout(nx.Graph(g), seed=7, iterations=50, scale=120.0 * len(g) ** 0.5,
                               k=3.0 / len(g) ** 0.5)
        return {n: (round(float(x), 1), round(float(y), 1)) for n, (x, y) in pos.items()}
    claims = [n for n, d in g.nodes(data=True) if d.get("kind") == "claim"]
    skeleton = nx.Graph()
    skeleton.add_nodes_from(n for n, d in g.nodes(data=True) if d.get("kind") != "claim")
    for c in claims:
        ends = sorted({v for v in nx.all_neighbors(g, c) if v in skeleton})
        for a, b in itertools.combinations(ends, 2):
            weight = skeleton.get_edge_data(a, b, {"weight": 0})["weight"]
            skeleton.add_edge(a, b, weight=weight + 1)
    scale = 120.0 * len(g) ** 0.5
    pos = nx.spring_layout(skeleton, seed=7, iterations=50, scale=scale, k=3.0 / max(1, len(skeleton)) ** 0.5)
    out = {n: (round(float(x), 1), round(float(y), 1)) for n, (x, y) in pos.items()}
    spread = scale / max(1, len(skeleton)) ** 0.5
    for c in claims:
        ends = [out[v] for v in nx.all_neighbors(g, c) if v in out] or [(0.0, 0.0)]
        angle = int(hashlib.sha256(c.encode()).hexdigest()[:8], 16) / 0xFFFFFFFF * 2 * math.pi
        x = sum(p[0] for p in ends) / len(ends) + spread * 0.5 * math.cos(angle)
        y = sum(p[1] for p in ends) / len(ends) + spread * 0.5 * math.sin(angle)
        out[c] = (round(x, 1), round(y, 1))
    return out


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
    for u, v, _, d in sorted(g.edges(keys=True, data=True), key=lambda e: (e[0], e[1], str(e[2]))):
        net.add_edge(u, v, title=d["relation"], label=d["relation"] if d["relation"] not in
                     ("about", "claims", "source") else None, arrows="to")
    data = {
        "nodes": [{**{k: v for k, v in node.items() if k in ("id", "label", "title", "shape", "size", "x", "y")},
                   "color": colours[node["id"]]} for node in net.nodes],
        "edges": [{k: v for k, v in e.items() if k in ("from", "to", "title", "label", "arrows")
                   and v is not None} for e in net.edges],
        "details": details,
        "legend": {**{t: c for t, c in TYPE_COLOURS.items()
                      if any(d.get("type") == t for d in details.values())},
                   "claim": CLAIM_COLOUR, "document": DOCUMENT_COLOUR},
    }
    return _page(data, title)


def _page(data: dict, title: str) -> str:
    import pyvis

    lib = Path(pyvis.__file__).parent / "templates" / "lib" / "vis-9.1.2"
    js = (lib / "vis-network.min.js").read_text(encoding="utf-8")
    css = (lib / "vis-network.css").read_text(encoding="utf-8")
    parts = {"/*VIS_CSS*/": css.replace("</", "<\\/"), "/*VIS_JS*/": js.replace("</script", "<\\/script"),
             "/*GRAPH_DATA*/null": safe_json(data), "{{TITLE}}": escape_html(title)}
    # one pass, so text inside the data that looks like a placeholder stays as it is
    return re.sub("|".join(re.escape(k) for k in parts), lambda m: parts[m.group()],
                  TEMPLATE.read_text(encoding="utf-8"))


def safe_json(value: object) -> str:
    """JSON that cannot end its <script> element or start markup, whatever the text holds."""
    text = json.dumps(value, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    return (text.replace("&", "\\u0026").replace("<", "\\u003c").replace(">", "\\u003e")
                .replace("\u2028", "\\u2028").replace("\u2029", "\\u2029"))


def escape_html(text: str) -> str:
    return (text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
                .replace('"', "&quot;").replace("'", "&#x27;"))
