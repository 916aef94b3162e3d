"""Pushing the seeds build into a real Oxigraph server, by Graph Store Protocol and by SPARQL Update."""
from __future__ import annotations

import shutil
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pyoxigraph as ox
import pytest
import requests

from claimsgraph.ids import GRAPH, doc_graph_iri
from claimsgraph.push import PushError, push
from claimsgraph.store import open_store, select
from tests.conftest import SEEDS

COUNTS = "SELECT ?g (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g"
MARKER = "http://example.org/changed"


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def oxigraph_binary() -> str:
    beside = Path(sys.executable).with_name("oxigraph")
    found = str(beside) if beside.is_file() else shutil.which("oxigraph")
    assert found, "no oxigraph server: pip install -e '.[test]' brings it (PyPI package oxigraph)"
    return found


@pytest.fixture
def oxigraph(tmp_path) -> Iterator[str]:
    """An empty Oxigraph server on a free loopback port; yields its base URL."""
    port = free_port()
    log = (tmp_path / "oxigraph.log").open("wb")
    server = subprocess.Popen([oxigraph_binary(), "serve", "--location", str(tmp_path / "store"),
                               "--bind", f"127.0.0.1:{port}"], stdout=log, stderr=subprocess.STDOUT)
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 30
        while True:
            assert server.poll() is None, (tmp_path / "oxigraph.log").read_text()
            assert time.monotonic() < deadline, "oxigraph did not answer in 30 s"
            try:
                if requests.get(f"{base}/query", params={"query": "ASK {}"}, timeout=1).ok:
                    break
            except requests.ConnectionError:
                time.sleep(0.1)
        yield base
    finally:
        server.terminate()
        try:
            server.wait(10)
        except subprocess.TimeoutExpired:
            server.kill()
            server.wait()
        log.close()


def remote_counts(base: str) -> dict[str, int]:
    answer = requests.get(f"{base}/query", params={"query": COUNTS},
                          headers={"Accept": "application/sparql-results+json"})
    answer.raise_for_status()
    return {b["g"]["value"]: int(b["n"]["value"]) for b in answer.json()["results"]["bindings"]}


def local_counts(graph_dir: Path) -> dict[str, int]:
    return dict(select(open_store(graph_dir), COUNTS)[1])


def changed_build(graph_dir: Path, out: Path, graph: str) -> Path:
    """The build with one document's graph changed: two triples out, one marker in."""
    store = ox.Store()   # a writable copy: a build's store opens read-only
    store.bulk_extend(open_store(graph_dir))
    name = ox.NamedNode(graph)
    for quad in list(store.quads_for_pattern(None, None, None, name))[:2]:
        store.remove(quad)
    store.add(ox.Quad(ox.NamedNode(MARKER), ox.NamedNode(MARKER), ox.Literal("yes"), name))
    out.mkdir()
    store.dump(output=str(out / "claims.trig"), format=ox.RdfFormat.TRIG)
    return out


@pytest.mark.slow
@pytest.mark.parametrize("protocol", ["graph store", "update"])
def test_push_then_push_one_changed_document(protocol, oxigraph, seeds_build, tmp_path, monkeypatch):
    monkeypatch.setattr("graph.push.CHUNK_SIZE", 20_000)  # several INSERT DATA requests per document graph
    target = {"endpoint": f"{oxigraph}/update"}
    if protocol == "graph store":
        target["graph_store"] = f"{oxigraph}/store"
    out = seeds_build[0]
    expected = local_counts(out)
    documents = {doc_graph_iri(f.name) for f in SEEDS.glob("*.txt")}
    assert set(expected) == documents | {GRAPH + "entities", GRAPH + "provenance"}

    report = push(out, **target)
    assert remote_counts(oxigraph) == expected
    assert (report.graphs, report.triples) == (len(expected), sum(expected.values()))

    changed = sorted(documents)[0]
    push(changed_build(out, tmp_path / "changed", changed), **target)
    after = remote_counts(oxigraph)
    assert after.pop(changed) == expected.pop(changed) - 1
    assert after == expected
    ask = f"ASK {{ GRAPH <{changed}> {{ <{MARKER}> ?p ?o }} }}"
    assert requests.get(f"{oxigraph}/query", params={"query": ask},
                        headers={"Accept": "application/sparql-results+json"}).json()["boolean"] is True


@pytest.mark.slow
def test_a_refusing_server_raises_a_coded_error_with_url_and_status(oxigraph, seeds_build):
    with pytest.raises(PushError, match=rf"\[E070\] POST {oxigraph}/nowhere answered 404"):
        push(seeds_build[0], f"{oxigraph}/nowhere")


def test_an_unreachable_server_raises_a_coded_error_with_the_url(seeds_build):
    url = f"http://127.0.0.1:{free_port()}/store"  # nothing listens there
    with pytest.raises(PushError, match=rf"\[E070\] PUT {url} failed: .*Connection refused"):
        push(seeds_build[0], "http://127.0.0.1:1/update", graph_store=url)
