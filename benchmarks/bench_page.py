"""How long the graph page takes to become usable, for the seeds and for a graph of N nodes.

    python benchmarks/bench_page.py [--nodes 5000]

Builds the seeds' page and a synthetic projection of about N nodes (entities,
claims, documents, wired like a real build), renders both, opens each in
headless Chromium (Debian's, as the tests use) and reports: layout and render
time in Python, page size, and the time from navigation until the network is
drawn and searchable. Numbers, not assertions.
"""
from __future__ import annotations

import argparse
import random
import shutil
import tempfile
import time
from pathlib import Path

import networkx as nx

ROOT = Path(__file__).resolve().parent.parent


from claimsgraph.pipeline import build  # noqa: E402
from claimsgraph.visualize import render  # noqa: E402

TYPES = ["Person", "Organization", "Country", "Place", "Group", "Agreement"]


def synthetic(nodes: int, seed: int = 1) -> nx.MultiDiGraph:
    """About ``nodes`` nodes: 10% entities, 2% documents, the rest claims about 1-3 entities each."""
    rnd = random.Random(seed)
    g = nx.MultiDiGraph()
    entities = [f"e{i}" for i in range(nodes // 10)]
    docs = [f"d{i}" for i in range(max(1, nodes // 50))]
    for i, e in enumerate(entities):
        g.add_node(e, kind="entity", label=f"Entity {i}", type=rnd.choice(TYPES), aliases=[f"Сущность {i}"])
    for d in docs:
        g.add_node(d, kind="document", label=f"{d}.txt", file=f"{d}.txt", title=f"Article {d}")
    for i in range(nodes - len(entities) - len(docs)):
        c, doc = f"c{i}", rnd.choice(docs)
        claimant = rnd.choice(entities) if rnd.random() < 0.6 else None
        g.add_node(c, kind="claim", claim_kind="statement", quote=f"Claim number {i} <b>quoted</b>.",
                   doc=doc, claimant=claimant, figure=None, label="statement")
        g.add_edge(c, doc, key="source", relation="source")
        if claimant:
            g.add_edge(claimant, c, key="claims", relation="claims")
        for e in rnd.sample(entities, rnd.randint(1, 3)):
            g.add_edge(c, e, key="about", relation="about")
    return g


def time_page(path: Path, search: str) -> float:
    from playwright.sync_api import sync_playwright

    chromium = shutil.which("chromium-headless-shell") or shutil.which("chromium")
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=chromium, args=["--no-sandbox", "--disable-gpu"])
        page = browser.new_page(viewport={"width": 1400, "height": 850})
        started = time.perf_counter()
        page.goto(path.resolve().as_uri())
        page.wait_for_function("window.claimsgraph && window.claimsgraph.ready", timeout=120_000)
        page.fill("#search", search)
        page.wait_for_selector("#hits li")
        elapsed = time.perf_counter() - started
        browser.close()
    return elapsed


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--nodes", type=int, default=5000)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp)
        build([ROOT / "seeds"], ROOT / "ontology", out / "seeds")
        print(f"seeds page: {(out / 'seeds' / 'graph.html').stat().st_size / 1e6:.1f} MB, "
              f"usable in {time_page(out / 'seeds' / 'graph.html', 'Putin'):.2f} s")
        g = synthetic(args.nodes)
        started = time.perf_counter()
        html = render(g, title="synthetic")
        page = out / "synthetic.html"
        page.write_text(html, encoding="utf-8")
        print(f"{g.number_of_nodes()} nodes, {g.number_of_edges()} edges: layout and render "
              f"{time.perf_counter() - started:.1f} s, page {page.stat().st_size / 1e6:.1f} MB, "
              f"usable in {time_page(page, 'Entity 1'):.2f} s")


if __name__ == "__main__":
    main()
