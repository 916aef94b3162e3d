"""The analyst's page: who said what about whom, as one self-contained offline HTML file.

The network is of actors: entities are nodes and claims are aggregated into
edges from the claimant to each entity the claim is about, weighted by their
number. vis-network (shipped with pyvis) draws it; the nodes and edges are
its plain data, never pyvis's ``add_node``/``add_edge``, which scan a list per
call (nor pyvis's ``Network``, whose import pulls in IPython). Only the most-cited entities are laid out by force (a bounded
number, so the layout is the n log n of ranking them); every other entity is
placed around its strongest drawn neighbour, for when search or expansion
draws it. The claims travel as compact rows whose quote is a slice of its
paragraph, so the page holds each paragraph that evidences a claim once and
no other text.

Text reaches the page only as JSON inside a non-executing script element,
with ``<``, ``>`` and ``&`` escaped, and is shown with ``textContent``; the
Content-Security-Policy forbids any request.
"""
from __future__ import annotations

import json
import math
import re
import tempfile
from collections import Counter
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

from .projection import DocumentClaims, PageSource, Projection, weigh

if TYPE_CHECKING:   # the page of a build is made without networkx (``layout``)
    import networkx as nx

TEMPLATE = Path(__file__).parent / "templates" / "graph.html"
TYPE_COLOURS = {
    "Person": "#e15759", "Organization": "#4e79a7", "Country": "#59a14f", "Place": "#76b7b2",
    "Group": "#f28e2b", "Agreement": "#b07aa1", "Event": "#edc948", "Thing": "#bab0ac",
}
KINDS = ("statement", "quantity", "event", "relation")
DRAWN = 150          # entities drawn at the first view; the rest by search and expansion
LABELLED = 16        # of those, labelled legibly at the first view
EDGES = 200          # links drawn at most, the strongest, besides those of the entity in focus
SHORT_LABEL = 28     # characters of a label drawn on the network (the whole name on hover and in the panel)
CONTEXT = 700        # characters of paragraph kept either side of a quote
CONFLICTS = 2000     # conflicting pairs carried by the page; `claimsgraph conflicts` lists all
BOX = (1000.0, 480.0)   # the first view's extent in canvas units: fits a laptop screen at scale ~1


def render(g: nx.MultiDiGraph, title: str = "claimsgraph") -> str:
    """The self-contained page for a projection."""
    return "".join(page_chunks(page_data(g), title))


def page_chunks(data: dict, title: str) -> Iterator[str]:
    """The page for ``data`` in pieces, to be written as they come: on a big corpus the whole page
    as one string (and its copies while escaping) would be the largest thing a build holds."""
    from importlib.util import find_spec

    lib = Path(find_spec("pyvis").origin).parent / "templates" / "lib" / "vis-9.1.2"   # not imported: see above
    js = (lib / "vis-network.min.js").read_text(encoding="utf-8")
    css = (lib / "vis-network.css").read_text(encoding="utf-8")
    parts = {"/*VIS_CSS*/": lambda: [css.replace("</", "<\\/")],
             "/*VIS_JS*/": lambda: [js.replace("</script", "<\\/script")],
             "GRAPH_DATA": lambda: map(_escaped, _json_chunks(data)), "{{TITLE}}": lambda: [escape_html(title)]}
    # one pass, so text inside the data that looks like a placeholder stays as it is
    for i, piece in enumerate(re.split("(" + "|".join(re.escape(k) for k in parts) + ")",
                                       TEMPLATE.read_text(encoding="utf-8"))):
        yield from parts[piece]() if i % 2 else [piece]


def page_data(g: nx.MultiDiGraph) -> dict:
    """What the page draws and lists of a networkx projection, in rows of indexes into shared tables."""
    attrs = dict(g.nodes(data=True))     # attributes by node, without networkx's views in the loops
    about: dict[str, list[str]] = {n: [] for n, d in attrs.items() if d["kind"] == "claim"}
    relations: dict[str, tuple[str, str, str]] = {}
    for u, v, key, d in g.edges(keys=True, data=True):
        if key == "about":
            about[u].append(v)
        elif key not in ("source", "claims"):
            relations[key] = (u, v, d["relation"])
    return projection_data(Projection(attrs, about, relations, g.graph.get("texts", {}), g.graph.get("conflicts", [])))


def projection_data(p: Projection) -> dict:
    """What the page draws and lists of a projection's tables, in rows of indexes into shared tables."""
    docs = {n: d for n, d in p.nodes.items() if d["kind"] == "document"}
    by_doc: dict[str, dict[str, tuple[dict, list[str], tuple[str, str, str] | None]]] = {}
    for c, about in p.about.items():
        by_doc.setdefault(p.nodes[c]["doc"], {})[c] = (p.nodes[c], about, p.relations.get(c))
    weight: Counter[str] = Counter()
    weigh(weight, ((p.nodes[c], about) for c, about in p.about.items()))
    source = PageSource(docs, {n: d for n, d in p.nodes.items() if d["kind"] == "entity"}, weight, p.conflicts,
                        lambda order: (DocumentClaims(d, p.texts.get(d, ""), by_doc.get(d, {})) for d in order))
    return page_data_of(source, [], [])


def page_data_of(source: PageSource, rows: list | SpilledList, paragraphs: list | SpilledList) -> dict:
    """The page's data, reading one document's claims at a time: ``rows`` and ``paragraphs`` take the
    claims' rows and their paragraphs as they are made (a build's page spills them to files), and
    besides them only the documents, the entities, and the pairs they draw are held."""
    docs, attrs = source.docs, source.entities
    files = sorted(docs, key=lambda n: docs[n]["file"])
    doc_index = {n: i for i, n in enumerate(files)}
    entities = sorted(attrs, key=lambda n: (-source.weight[n], n))
    ent_index = {n: i for i, n in enumerate(entities)}
    said_on = {d: docs[d].get("date") or "" for d in files}      # undated last
    wanted = {c for a, b, _ in source.conflicts for c in (a, b)}
    claim_index: dict[str, int] = {}
    pairs: Counter = Counter()
    for document in source.claims_of(sorted(files, key=lambda d: (not said_on[d], said_on[d], docs[d]["file"]))):
        order = sorted(document.claims, key=lambda c: (document.claims[c][0]["start"], c))
        claim_index.update((c, len(rows) + i) for i, c in enumerate(order) if c in wanted)
        _claim_rows(document, order, ent_index, doc_index[document.doc], rows, paragraphs, pairs)
    positions = layout(len(entities), pairs, [label_width(attrs[e]["label"]) for e in entities[:LABELLED]])
    nodes = [{"id": e, "label": attrs[e]["label"], "x": x, "y": y, "shape": "dot",
              "color": TYPE_COLOURS.get(attrs[e]["type"], TYPE_COLOURS["Thing"])}
             for e, (x, y) in zip(entities, positions)]
    edges = [{"from": entities[a], "to": entities[b], "value": n} for (a, b), n in sorted(pairs.items())]
    conflicts, figures = _conflicts(source.conflicts, claim_index)
    return {
        "entities": [[attrs[e]["label"], attrs[e]["type"], [alias for alias in attrs[e]["aliases"]
                      if alias != attrs[e]["label"]]] for e in entities],
        "nodes": nodes, "edges": edges, "drawn": DRAWN, "labelled": LABELLED,
        "edges_drawn": EDGES, "short_label": SHORT_LABEL,
        "docs": [[docs[n]["file"], docs[n]["title"], docs[n].get("date") or "",
                  docs[n].get("lang") or ""] for n in files],
        "claims": rows, "paragraphs": paragraphs, "kinds": KINDS,
        "conflicts": conflicts, "conflicts_total": len(source.conflicts), "figures": figures,
        "colours": TYPE_COLOURS,
    }


def _claim_rows(document: DocumentClaims, order: list[str], ent_index: dict[str, int], doc: int,
                rows: list | SpilledList, paragraphs: list | SpilledList, pairs: Counter) -> None:
    """A document's claims, in the page's ``order``, as rows (kind, document, claimant, about, figure, value,
    date, language, paragraph, quote's start and end in it, relation) appended to ``rows``, their
    paragraphs to ``paragraphs``, and its claims counted by (claimant, about) into ``pairs``."""
    held: dict[tuple[int, str], int] = {}   # a document's paragraphs: none is another document's
    for c in order:
        d, about, relation = document.claims[c]
        left, para, qs, qe = _context(document.text, d["start"], d["end"], d["quote"])
        at = held.get((left, para))
        if at is None:
            at = held[left, para] = len(paragraphs)
            paragraphs.append(para)
        claimant = ent_index.get(d["claimant"], -1)
        targets = sorted({ent_index[e] for e in about if e in ent_index} - {claimant})
        subject, obj, predicate = relation or (None, None, "")
        rows.append([KINDS.index(d["claim_kind"]) if d["claim_kind"] in KINDS else 0, doc,
                     claimant, targets, d["figure"] or "", d["value"], d["date"] or "", d["lang"] or "",
                     at, qs, qe, [ent_index[subject], ent_index[obj], predicate]
                     if subject in ent_index and obj in ent_index else 0])
        for t in targets if claimant >= 0 else ():
            pairs[claimant, t] += 1


class SpilledList:
    """A long list of the page's data written as JSON to a temporary file as its items come, and
    copied into the page from there: the claims and their paragraphs grow with the corpus."""

    def __init__(self) -> None:
        self.file = tempfile.TemporaryFile("w+", encoding="utf-8", newline="\n")
        self.count = 0

    def __len__(self) -> int:
        return self.count

    def append(self, item: object) -> None:
        self.file.write(("," if self.count else "") + _json(item))
        self.count += 1

    def chunks(self, size: int = 1 << 16) -> Iterator[str]:
        """The list's JSON in pieces of ``size`` characters."""
        self.file.seek(0)
        yield "["
        while chunk := self.file.read(size):
            yield chunk
        yield "]"

    def __enter__(self) -> SpilledList:
        return self

    def __exit__(self, *exc: object) -> None:
        self.file.close()


def layout(count: int, pairs: Counter, widths: list[float]) -> list[tuple[float, float]]:
    """Positions for ``count`` entities ranked by weight, the first ``DRAWN`` by force, the rest beside them.

    ``pairs`` counts claims between entities (by rank); ``widths`` are the label widths of the first ones.

    Deterministic; the force layout's cost is bounded by ``DRAWN``, the rest is
    linear. Labels of the first ``LABELLED`` are then pushed apart until none
    overlaps another.
    """
    top = min(count, DRAWN)
    if not top:
        return []
    weights: dict[tuple[int, int], float] = {}
    for (a, b), n in pairs.items():
        if a < top and b < top and a != b:
            edge = (min(a, b), max(a, b))
            weights[edge] = weights.get(edge, 0.0) + math.log1p(n)
    linked = sorted({i for edge in weights for i in edge})
    alone = sorted(set(range(top)).difference(linked))
    start = {i: (math.cos(i * 2.39996), math.sin(i * 2.39996)) for i in linked}
    raw = spring_layout(top, weights, start, 1.6 / math.sqrt(len(linked)), 120) if len(linked) > 1 \
        else {n: (0.0, 0.0) for n in linked}
    xs, ys = [float(raw[i][0]) for i in linked] or [0.0], [float(raw[i][1]) for i in linked] or [0.0]
    span_x, span_y = (max(xs) - min(xs)) or 1.0, (max(ys) - min(ys)) or 1.0
    placed = {i: ((float(raw[i][0]) - min(xs)) / span_x * BOX[0] - BOX[0] / 2,
                  (float(raw[i][1]) - min(ys)) / span_y * BOX[1] - BOX[1] / 2) for i in linked}
    per_row = max(1, int(BOX[0] // 120))
    for k, i in enumerate(alone):      # entities no claim links to another: in rows below the network
        placed[i] = (-BOX[0] / 2 + 120 * (k % per_row), BOX[1] / 2 + 90 + 70 * (k // per_row))
    pos = [placed[i] for i in range(top)]
    pos = _separate_labels(pos, widths[:LABELLED])
    anchor: dict[int, tuple[int, int]] = {}
    for (a, b), n in pairs.items():
        for inner, outer in ((a, b), (b, a)):
            if inner < top <= outer and (n, -inner) > anchor.get(outer, (0, 0)):
                anchor[outer] = (n, -inner)
    around: Counter[int] = Counter()
    for i in range(top, count):
        if i in anchor:
            centre = pos[-anchor[i][1]]
            k = around[-anchor[i][1]] = around[-anchor[i][1]] + 1
            radius, angle = 60 + 18 * math.sqrt(k), k * 2.39996
        else:
            k = around[-1] = around[-1] + 1
            centre, radius, angle = (0.0, 0.0), BOX[0] * 0.6 + 22 * math.sqrt(k), k * 2.39996
        pos.append((centre[0] + radius * math.cos(angle), centre[1] + radius * math.sin(angle)))
    return [(round(x, 1), round(y, 1)) for x, y in pos]


def spring_layout(size: int, weights: dict[tuple[int, int], float], start: dict[int, tuple[float, float]],
                  k: float, iterations: int) -> dict:
    """networkx's ``spring_layout`` of the subgraph of the nodes of ``start`` (with their start positions, so
    its random ones are never used) in the graph of nodes ``range(size)`` and edges of ``weights``, rescaled
    to (-1, 1): the same operations on the same arrays, so the same floats, without networkx's import and
    numpy's random generator (0.15 CPU-seconds in each build's page process). Each node's position."""
    import numpy as np

    # the floats depend on the nodes' order: the subgraph's, which is its set's when it has under half the nodes,
    # a set filled one node at a time (one made from a dict is sized at once, and may iterate in another order)
    nodes = list(set(iter(start))) if 2 * len(start) < size else list(start)
    index = {node: i for i, node in enumerate(nodes)}
    adjacency = np.zeros((len(nodes), len(nodes)))
    for (a, b), weight in weights.items():
        adjacency[index[a], index[b]] = adjacency[index[b], index[a]] = weight
    pos = np.array([start[node] for node in nodes], dtype=float)
    t = max(max(pos.T[0]) - min(pos.T[0]), max(pos.T[1]) - min(pos.T[1])) * 0.1   # networkx's Fruchterman-Reingold
    dt = t / (iterations + 1)
    for _ in range(iterations):
        delta = pos[:, np.newaxis, :] - pos[np.newaxis, :, :]
        distance = np.linalg.norm(delta, axis=-1)
        np.clip(distance, 0.01, None, out=distance)
        displacement = np.einsum("ijk,ij->ik", delta, (k * k / distance**2 - adjacency * distance / k))
        length = np.clip(np.linalg.norm(displacement, axis=-1), a_min=0.01, a_max=None)
        delta_pos = np.einsum("ij,i->ij", displacement, t / length)
        pos += delta_pos
        t -= dt
        if (np.linalg.norm(delta_pos) / len(nodes)) < 1e-4:
            break
    pos -= pos.mean(axis=0)   # networkx's rescale_layout, to a scale of 1 about the origin
    lim = np.abs(pos).max()
    if lim > 0:
        pos *= 1 / lim
    return dict(zip(nodes, pos))


def _separate_labels(pos: list[tuple[float, float]], widths: list[float]) -> list[tuple[float, float]]:
    """Move the labelled nodes apart until their label boxes (generous estimates) do not touch."""
    pos = [list(p) for p in pos]
    height = 70.0      # the largest dot with a 17 px label below it, and a margin
    for _ in range(500):
        moved = False
        for i in range(len(widths)):
            for j in range(i + 1, len(widths)):
                dx, dy = pos[j][0] - pos[i][0], pos[j][1] - pos[i][1]
                over_x, over_y = (widths[i] + widths[j]) / 2 - abs(dx), height - abs(dy)
                if over_x > 0 and over_y > 0:
                    moved = True
                    if over_x < over_y * 2:   # sideways is cheaper unless the overlap is mostly vertical
                        step = (over_x / 2 + 1) * (1 if dx >= 0 else -1)
                        pos[i][0] -= step
                        pos[j][0] += step
                    else:
                        step = (over_y / 2 + 1) * (1 if dy >= 0 else -1)
                        pos[i][1] -= step
                        pos[j][1] += step
        if not moved:
            break
    return [(x, y) for x, y in pos]


def label_width(label: str) -> float:
    """Canvas width of a label at the first view's 17 px, with room to spare (wide glyphs, Cyrillic);
    the page cuts labels to SHORT_LABEL characters."""
    return 11.0 * min(len(label), SHORT_LABEL + 1) + 24.0


def _context(text: str, start: int, end: int, quote: str) -> tuple[int, str, int, int]:
    """The paragraph (line) holding the quote, at most CONTEXT characters either side, where it starts,
    and the quote's offsets in it as JavaScript counts them (UTF-16 code units)."""
    if text[start:end] != quote:       # no text for the document: the quote is its own context
        return start, quote, 0, _js_length(quote)
    left = max(text.rfind("\n", 0, start) + 1, start - CONTEXT)
    right = text.find("\n", end)
    right = min(len(text) if right < 0 else right, end + CONTEXT)
    qs = _js_length(text[left:start])
    return left, text[left:right], qs, qs + _js_length(quote)


def _js_length(text: str) -> int:
    return len(text.encode("utf-16-le", "surrogatepass")) // 2


def _conflicts(found: list, claim_index: dict[str, int]) -> tuple[list, list]:
    """Conflicting pairs as claim rows with what both speak of, and figures: groups of claims joined by conflicts."""
    pairs = [(claim_index[a], claim_index[b], ", ".join(shared)) for a, b, shared in found
             if a in claim_index and b in claim_index]
    parent = {i: i for a, b, _ in pairs for i in (a, b)}

    def root(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    for a, b, _ in pairs:
        parent[root(a)] = root(b)
    groups: dict[int, list[int]] = {}
    for i in sorted(parent):
        groups.setdefault(root(i), []).append(i)
    figures = sorted(groups.values())
    figure_of = {i: n for n, members in enumerate(figures) for i in members}
    return [[a, b, shared, figure_of[a]] for a, b, shared in pairs[:CONFLICTS]], figures


def safe_json(value: object) -> str:
    """JSON that cannot end its <script> element or start markup, whatever the text holds."""
    return _escaped(_json(value))


def _json(value: object) -> str:
    return json.dumps(value, ensure_ascii=False, sort_keys=True, separators=(",", ":"))


def _json_chunks(data: dict, size: int = 2000) -> Iterator[str]:
    """``_json(data)`` in pieces: each value of ``data``, a long list by ``size`` items."""
    for n, key in enumerate(sorted(data)):
        yield ("{" if n == 0 else ",") + _json(key) + ":"
        value = data[key]
        if isinstance(value, SpilledList):
            yield from value.chunks()
        elif isinstance(value, list) and len(value) > size:
            for at in range(0, len(value), size):
                yield ("[" if at == 0 else ",") + _json(value[at:at + size])[1:-1]
            yield "]"
        else:
            yield _json(value)
    yield "}" if data else "{}"


def _escaped(text: str) -> str:
    """``text`` with what could end a <script> element or start markup escaped, as JSON allows."""
    return (text.replace("&", "\\u0026").replace("<", "\\u003c").replace(">", "\\u003e")
                .replace("\u2028", "\\u2028").replace("\u2029", "\\u2029"))


def escape_html(text: str) -> str:
    return (text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
                .replace('"', "&quot;").replace("'", "&#x27;"))
