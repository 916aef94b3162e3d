"""The interactive HTML graph: one networkx projection of the RDF graph, drawn with pyvis's vis-network.

The projection (entities, claims and documents as nodes) is read from the
built store by SPARQL; positions are computed ahead with networkx so the page
is readable at once. The page is self-contained: vis-network, its CSS and the
data are inline, nothing is fetched. Document text only ever reaches the page
as JSON inside a script, with ``<``, ``>`` and ``&`` escaped, and is shown with
``textContent``, never ``innerHTML``.
"""
from __future__ import annotations

import json
from pathlib import Path

import networkx as nx
import pyoxigraph as ox

from .store import select

TEMPLATE = Path(__file__).parent / "templates" / "graph.html"
TYPE_COLOURS = {
    "Person": "#e15759", "Organization": "#4e79a7", "Country": "#59a14f", "Place": "#76b7b2",
    "Group": "#f28e2b", "Agreement": "#b07aa1", "Event": "#edc948", "Thing": "#bab0ac",
}
CLAIM_COLOUR, DOCUMENT_COLOUR = "#d3d3d3", "#9c755f"
_PREFIXES = """PREFIX cg: <https://w3id.org/claimsgraph/ontology#>
PREFIX oa: <http://www.w3.org/ns/oa#>
PREFIX prov: <http://www.w3.org/ns/prov#>
PREFIX schema: <https://schema.org/>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
"""


def project(store: ox.Store) -> nx.MultiDiGraph:
    """Entities, claims and documents as nodes; about, claimant, source and relation edges."""
    g = nx.MultiDiGraph()
    _, docs = select(store, _PREFIXES + """
        SELECT ?doc ?file ?title WHERE { ?doc a schema:NewsArticle ; cg:fileName ?file .
        OPTIONAL { ?doc schema:headline ?title } } ORDER BY ?file""")
    for doc, file, title in docs:
        g.add_node(doc, kind="document", label=file, file=file, title=title or file)
    _, entities = select(store, _PREFIXES + """
        SELECT ?e ?type (SAMPLE(COALESCE(?en, ?any)) AS ?label)
               (GROUP_CONCAT(DISTINCT STR(?alias); separator="\\u001f") AS ?aliases)
        WHERE { ?e a ?type ; skos:prefLabel ?any
        FILTER(STRSTARTS(STR(?e), "https://w3id.org/claimsgraph/entity/"))
        OPTIONAL { ?e skos:prefLabel ?en FILTER(LANG(?en) = "en") }
        OPTIONAL { VALUES ?p { skos:prefLabel skos:altLabel cg:roleLabel } ?e ?p ?alias } }
        GROUP BY ?e ?type ORDER BY ?e""")
    for e, type_, label, aliases in entities:
        g.add_node(e, kind="entity", label=label, type=type_.rsplit("/", 1)[-1].rsplit("#", 1)[-1],
                   aliases=sorted(set((aliases or "").split("\u001f")) - {""}))
    _, claims = select(store, _PREFIXES + """
        SELECT ?c ?class ?doc ?quote ?claimant ?value ?unit WHERE {
          ?c prov:wasDerivedFrom ?doc ; a ?class ; cg:evidence/oa:hasSelector/oa:exact ?quote .
          OPTIONAL { ?c prov:wasAttributedTo ?claimant } OPTIONAL { ?c schema:value ?value }
          OPTIONAL { ?c schema:unitText ?unit } } ORDER BY ?c""")
    for c, class_, doc, quote, claimant, value, unit in claims:
        kind = class_.rsplit("#", 1)[-1].replace("Claim", "").lower()
        figure = f"{value:g} {unit or ''}".strip() if value is not None else None
        g.add_node(c, kind="claim", claim_kind=kind, quote=quote, doc=doc,
                   claimant=claimant, figure=figure, label=figure or kind)
        g.add_edge(c, doc, key="source", relation="source")
        if claimant:
            g.add_edge(claimant, c, key="claims", relation="claims")
    _, about = select(store, _PREFIXES + "SELECT ?c ?e WHERE { ?c schema:about ?e } ORDER BY ?c ?e")
    for c, e in about:
        if e in g:
            g.add_edge(c, e, key="about", relation="about")
    _, relations = select(store, _PREFIXES + """
        SELECT ?c ?s ?p ?o WHERE { ?c rdf:subject ?s ; rdf:predicate ?p ; rdf:object ?o } ORDER BY ?c""")
    for c, s, p, o in relations:
        if s in g and o in g:
            g.add_edge(s, o, key=c, relation=p.rsplit("#", 1)[-1])
    return g


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
                          "claimant": who, "source": labels.get(d["doc"], ""), "figure": d["figure"]}
        else:
            colours[n] = DOCUMENT_COLOUR
            net.add_node(n, label=d["label"], title=d["title"], shape="square", size=14, x=x, y=y)
            details[n] = {"kind": "document", "label": d["label"], "title": d["title"]}
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
