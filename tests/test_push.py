"""Pushing builds into a real Oxigraph server, by Graph Store Protocol and by SPARQL Update."""
from __future__ import annotations

import shutil
import socket
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

import pyoxigraph as ox
import pytest
import requests

from claimsgraph.ids import GRAPH, doc_graph_iri
from claimsgraph.push import PartialPush, PushError, _updates, push, read_graphs
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
    monkeypatch.setattr("claimsgraph.push.CHUNK_SIZE", 20_000)  # several INSERT DATA requests per document graph
    target = {"endpoint": f"{oxigraph}/update"}
    if protocol == "graph store":
        target["graph_store"] = f"{oxigraph}/store"
    out = seeds_build[0]
    expected = local_counts(out)
    documents = {doc_graph_iri(f.name) for f in SEEDS.glob("*.txt")}
    assert set(expected) == documents | {GRAPH + "entities", GRAPH + "provenance", GRAPH + "derived"}

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


CORPUS_B = {
    "vellmar-talks.txt": "Vellmar and Ostrava agree on a border crossing\n\n"
                         "Foreign minister Talia Brennock said on Monday that the crossing would open in spring. "
                         "“We have waited long enough,” Brennock said.\n",
    "ostrava-reply.txt": "Ostrava welcomes the deal\n\n"
                         "Talia Brennock met envoy Corin Valdt, who said 300 workers would build the road.\n",
}


@pytest.fixture
def second_corpus(tmp_path) -> Path:
    """A small invented corpus, built: its documents differ from the seeds, the shared graphs overlap them."""
    from claimsgraph.pipeline import build
    from tests.conftest import ONTOLOGY

    corpus = tmp_path / "corpus-b"
    corpus.mkdir()
    for name, text in CORPUS_B.items():
        (corpus / name).write_text(text, encoding="utf-8")
    out = tmp_path / "exports-b"
    build([corpus], ONTOLOGY, out)
    return out


def graph_triples(base: str, iri: str) -> set[str]:
    answer = requests.get(f"{base}/store", params={"graph": iri}, headers={"Accept": "application/n-triples"})
    answer.raise_for_status()
    return {line for line in answer.text.split("\n") if line}


def local_triples(graph_dir: Path, iri: str) -> set[str]:
    """One graph of a build as Oxigraph holds it (Oxigraph keeps xsd:nonNegativeInteger as xsd:integer)."""
    store = open_store(graph_dir)
    return {str(ox.Triple(q.subject, q.predicate, q.object)) + " ." for q in
            store.quads_for_pattern(None, None, None, ox.NamedNode(iri))}


@pytest.mark.slow
@pytest.mark.parametrize("protocol", ["graph store", "update"])
def test_a_second_corpus_merges_the_shared_graphs_and_leaves_the_first_intact(protocol, oxigraph, seeds_build,
                                                                              second_corpus):
    target = {"endpoint": f"{oxigraph}/update"}
    if protocol == "graph store":
        target["graph_store"] = f"{oxigraph}/store"
    first, second = seeds_build[0], second_corpus
    push(first, **target)
    push(second, **target)
    counts = remote_counts(oxigraph)
    for build in (first, second):
        for iri, n in local_counts(build).items():
            if iri not in (GRAPH + "entities", GRAPH + "provenance", GRAPH + "derived"):
                assert counts[iri] == n, iri
    # The derived graph is worked out over one build: the server holds the last pushed build's.
    assert graph_triples(oxigraph, GRAPH + "derived") == local_triples(second, GRAPH + "derived")
    for shared in (GRAPH + "entities", GRAPH + "provenance"):
        remote = graph_triples(oxigraph, shared)
        assert local_triples(first, shared) <= remote     # the first corpus's labels are still there
        assert local_triples(second, shared) <= remote
        assert remote == local_triples(first, shared) | local_triples(second, shared)
    unlabelled = ("SELECT ?c WHERE { GRAPH ?g { ?claim <http://www.w3.org/ns/prov#wasAttributedTo> ?c } "
                  "FILTER NOT EXISTS { GRAPH ?e { ?c <http://www.w3.org/2004/02/skos/core#prefLabel> ?l } } }")
    answer = requests.get(f"{oxigraph}/query", params={"query": unlabelled},
                          headers={"Accept": "application/sparql-results+json"}).json()
    assert answer["results"]["bindings"] == []


class RecordingStore(ThreadingHTTPServer):
    """A Graph Store Protocol server that keeps every body it is sent, byte for byte."""

    def __init__(self):
        self.received: list[tuple[str, str, bytes]] = []
        super().__init__(("127.0.0.1", 0), RecordingHandler)


class RecordingHandler(BaseHTTPRequestHandler):
    def do_PUT(self):
        self._record()

    def do_POST(self):
        self._record()

    def _record(self):
        body = self.rfile.read(int(self.headers["Content-Length"]))
        graph = parse_qs(urlsplit(self.path).query)["graph"][0]
        self.server.received.append((self.command, graph, body))
        self.send_response(204)
        self.end_headers()

    def log_message(self, *args):
        pass


@pytest.fixture
def recording_store() -> Iterator[RecordingStore]:
    server = RecordingStore()
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield server
    server.shutdown()
    server.server_close()


def test_every_literal_leaves_with_its_datatype_and_the_copy_passes_shacl(recording_store, seeds_build):
    import pyshacl
    from rdflib import Dataset, Graph
    from tests.conftest import ONTOLOGY

    push(seeds_build[0], "http://127.0.0.1:1/unused",
         graph_store=f"http://127.0.0.1:{recording_store.server_port}/store")
    sent = Graph()
    for method, graph, body in recording_store.received:
        assert method == ("POST" if graph in (GRAPH + "entities", GRAPH + "provenance") else "PUT")
        sent.parse(data=body, format="turtle")
    built = Dataset()
    built.parse(seeds_build[0] / "claims.trig", format="trig")
    union = Graph()
    for s, p, o, _ in built.quads((None, None, None, None)):
        union.add((s, p, o))
    assert set(sent) == set(union)          # rdflib compares literals by lexical form and datatype
    offsets = {o.datatype for o in sent.objects(None, ox_oa("start"))} | {o.datatype for o in
                                                                          sent.objects(None, ox_oa("end"))}
    assert {str(d) for d in offsets} == {"http://www.w3.org/2001/XMLSchema#nonNegativeInteger"}
    conforms, _, text = pyshacl.validate(sent, shacl_graph=Graph().parse(ONTOLOGY / "shapes.ttl"),
                                         advanced=True, allow_warnings=True)
    assert conforms, text


def ox_oa(name: str):
    from rdflib import URIRef

    return URIRef("http://www.w3.org/ns/oa#" + name)


@pytest.mark.slow
def test_what_oxigraph_holds_after_a_push_passes_shacl_but_for_its_own_integers(oxigraph, seeds_build):
    """Oxigraph stores every integer type as xsd:integer (pyoxigraph too): no client can change that.

    Everything else arrives as built, so the only violations are the offsets' datatype.
    """
    import pyshacl
    from rdflib import Graph
    from tests.conftest import ONTOLOGY

    push(seeds_build[0], f"{oxigraph}/update", graph_store=f"{oxigraph}/store")
    held = Graph()
    for iri in local_counts(seeds_build[0]):
        held.parse(data="\n".join(graph_triples(oxigraph, iri)), format="nt")
        assert graph_triples(oxigraph, iri) == local_triples(seeds_build[0], iri)
    _, report, _ = pyshacl.validate(held, shacl_graph=Graph().parse(ONTOLOGY / "shapes.ttl"), advanced=True,
                                    allow_warnings=True)
    sh = "http://www.w3.org/ns/shacl#"
    violations = [(str(report.value(r, ox_sh(sh, "resultPath"))), str(report.value(r, ox_sh(sh, "sourceConstraintComponent"))))
                  for r in report.subjects(ox_sh(sh, "resultSeverity"), ox_sh(sh, "Violation"))]
    assert violations, "Oxigraph now keeps xsd:nonNegativeInteger: make this test demand a clean report"
    assert set(violations) <= {("http://www.w3.org/ns/oa#start", sh + "DatatypeConstraintComponent"),
                                ("http://www.w3.org/ns/oa#end", sh + "DatatypeConstraintComponent")}


def ox_sh(sh: str, name: str):
    from rdflib import URIRef

    return URIRef(sh + name)


class CutOffProxy(ThreadingHTTPServer):
    """Passes the first ``allowed`` requests on to a real server, then hangs up on every one."""

    def __init__(self, upstream: str, allowed: int):
        self.upstream, self.allowed, self.seen = upstream, allowed, 0
        super().__init__(("127.0.0.1", 0), CutOffHandler)


class CutOffHandler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"

    def do_PUT(self):
        self._forward()

    def do_POST(self):
        self._forward()

    def _forward(self):
        body = self.rfile.read(int(self.headers["Content-Length"]))
        self.server.seen += 1
        if self.server.seen > self.server.allowed:
            self.close_connection = True      # the server went away mid-push
            self.connection.shutdown(socket.SHUT_RDWR)
            return
        answer = requests.request(self.command, self.server.upstream + self.path, data=body,
                                  headers={"Content-Type": self.headers["Content-Type"]})
        self.send_response(answer.status_code)
        self.send_header("Content-Length", str(len(answer.content)))
        self.end_headers()
        self.wfile.write(answer.content)

    def log_message(self, *args):
        pass


@pytest.mark.slow
@pytest.mark.parametrize("protocol", ["graph store", "update"])
def test_a_push_cut_off_half_way_says_which_graphs_were_written(protocol, oxigraph, seeds_build, monkeypatch):
    monkeypatch.setattr("claimsgraph.push.CHUNK_SIZE", 20_000)  # several requests per document graph
    graphs = read_graphs(seeds_build[0])
    if protocol == "graph store":   # three graphs, then a refusal
        allowed = 3
    else:                           # three graphs and the first request of the fourth, then a refusal
        allowed = sum(len(list(_updates(iri, graphs[iri].decode()))) for iri in list(graphs)[:3]) + 1
    proxy = CutOffProxy(oxigraph, allowed=allowed)
    thread = threading.Thread(target=proxy.serve_forever, daemon=True)
    thread.start()
    base = f"http://127.0.0.1:{proxy.server_port}"
    target = {"endpoint": f"{base}/update"}
    if protocol == "graph store":
        target["graph_store"] = f"{base}/store"
    try:
        with pytest.raises(PartialPush) as caught:
            push(seeds_build[0], **target)
    finally:
        proxy.shutdown()
        proxy.server_close()
    error = caught.value
    expected = local_counts(seeds_build[0])
    assert sorted(expected) == [*error.written, error.failed, *error.not_written]
    assert len(error.written) == 3 and error.not_written
    message = str(error)
    assert message.startswith("[E070] ")
    assert (f"{len(error.written)} of {len(expected)} graphs were written, the last <{error.written[-1]}>; "
            f"<{error.failed}> and the {len(error.not_written)} after it not, or not completely") in message
    held = remote_counts(oxigraph)
    assert {iri: held[iri] for iri in error.written} == {iri: expected[iri] for iri in error.written}
    assert not set(held) & set(error.not_written)
    assert all(ch.isprintable() for line in message.split("\n") for ch in line)
