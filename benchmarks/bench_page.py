"""How big the graph page is and how long it takes to become usable, at 100, 1,000 and 10,000 articles.

    python benchmarks/bench_page.py [--sizes 100 1000 10000] [--built 1000] [--keep DIR]

The corpus is synthetic and deterministic (benchmarks/generate.py): document
i recombines real headlines and paragraphs of the test articles of one
language into a new article with its own date. Sizes up to ``--built`` are
built with the pipeline; a larger size is made from the largest built one by
replicating its projection (documents, claims, their texts and conflicts,
each copy under new document names; the entities are shared), since
extracting 10,000 documents takes long on a small machine. For each size:
the projection's time (read from the store, conflicts included), the page's
render time in Python, the page's size, and, in headless Chromium (Debian's,
as the tests use), the time from navigation until the network is drawn, the
claims table filled and a search in quotes answered. Numbers, not assertions.
"""
from __future__ import annotations

import argparse
import shutil
import tempfile
import time
from pathlib import Path

import networkx as nx
from generate import write_corpus

from claimsgraph.pipeline import build
from claimsgraph.projection import project
from claimsgraph.store import open_store
from claimsgraph.visualize import render

ROOT = Path(__file__).resolve().parent.parent
def replicate(g: nx.MultiDiGraph, times: int) -> nx.MultiDiGraph:
    """``times`` copies of the documents and claims of a projection, sharing its entities."""
    out = nx.MultiDiGraph(texts={}, conflicts=[])
    out.add_nodes_from((n, d) for n, d in g.nodes(data=True) if d["kind"] == "entity")
    for k in range(times):
        def copy(n: str) -> str:
            return n if g.nodes[n]["kind"] == "entity" else f"{n}-r{k}"
        for n, d in g.nodes(data=True):
            if d["kind"] == "document":
                out.add_node(copy(n), **{**d, "file": f"r{k}-{d['file']}", "label": f"r{k}-{d['label']}"})
                out.graph["texts"][copy(n)] = g.graph["texts"][n]
            elif d["kind"] == "claim":
                out.add_node(copy(n), **{**d, "doc": copy(d["doc"])})
        out.add_edges_from((copy(u), copy(v), key if key in ("source", "claims", "about") else copy(key), d)
                           for u, v, key, d in g.edges(keys=True, data=True))
        out.graph["conflicts"] += [(copy(a), copy(b), shared) for a, b, shared in g.graph["conflicts"]]
    return out


def time_page(path: Path) -> float:
    """Seconds from navigation until the network is drawn and a search in quotes has answered."""
    from playwright.sync_api import sync_playwright

    chromium = shutil.which("chromium-headless-shell") or shutil.which("chromium")
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=chromium, args=["--no-sandbox", "--disable-gpu"])
        page = browser.new_page(viewport={"width": 1400, "height": 850})
        started = time.perf_counter()
        page.goto(path.resolve().as_uri())
        page.wait_for_function("() => window.claimsgraph && window.claimsgraph.ready", timeout=120_000)
        page.fill("#q", "corridor")
        page.wait_for_function("() => /corridor/i.test(document.querySelector('#claims-table tbody td.quote')"
                               "?.textContent || '')", timeout=120_000)
        elapsed = time.perf_counter() - started
        browser.close()
    return elapsed


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[100, 1000, 10000])
    parser.add_argument("--built", type=int, default=1000, help="largest size built with the pipeline")
    parser.add_argument("--keep", type=Path, help="keep corpora, builds and pages in this folder")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        work = args.keep or Path(tmp)
        print("| articles | how | claims | projection s | render s | page MB | usable in Chromium s |")
        print("| ---: | --- | ---: | ---: | ---: | ---: | ---: |")
        largest = None
        for n in sorted(args.sizes):
            if n <= args.built:
                write_corpus(n, work / f"corpus-{n}")
                build([work / f"corpus-{n}"], ROOT / "ontology", work / f"build-{n}")
                started = time.perf_counter()
                g = project(open_store(work / f"build-{n}"))
                projected, how, largest = time.perf_counter() - started, "built", (n, g)
            else:
                base, g0 = largest
                started = time.perf_counter()
                g = replicate(g0, -(-n // base))
                projected, how = time.perf_counter() - started, f"{base} built, replicated"
            started = time.perf_counter()
            html = render(g, title=f"{n} articles")
            rendered = time.perf_counter() - started
            page = work / f"page-{n}.html"
            page.write_text(html, encoding="utf-8")
            claims = sum(1 for _, d in g.nodes(data=True) if d["kind"] == "claim")
            print(f"| {n:,} | {how} | {claims:,} | {projected:.1f} | {rendered:.1f} | "
                  f"{page.stat().st_size / 1e6:.1f} | {time_page(page):.2f} |", flush=True)


if __name__ == "__main__":
    main()
