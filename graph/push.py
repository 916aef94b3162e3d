"""Load a built graph into a remote SPARQL store, graph by graph.

Each document's named graph replaces its copy on the server (Graph Store
Protocol ``PUT <graph store>?graph=<IRI>``): pushing again after one document
changed replaces its graph and leaves the others as they were. The entities
and provenance graphs are shared by every corpus pushed into the store, so
they are merged (``POST``), never replaced: a second corpus adds its
entities and its extraction activity and leaves the first corpus's labels in
place. A graph whose document has left the corpus stays on the server until
it is dropped there, and so do entities no corpus uses any more. The derived
graph (figure conflicts, co-mention counts, the listings' ranks) is what the
saved queries read, so it is pushed too; it is worked out over one build, so
it is replaced like a document's: with several corpora in one store, the saved
queries answer for the last one pushed.

The graphs are read from the exported TriG, not from a store: pyoxigraph, like
an Oxigraph server, keeps ``"5"^^xsd:nonNegativeInteger`` as an
``xsd:integer``, and every literal must leave with the datatype it was written
with. The body is N-Triples, sent as text/turtle (N-Triples is a subset of
Turtle), the one type every Graph Store Protocol server takes. Without a graph
store URL the same is done through the SPARQL Update endpoint: ``DROP SILENT
GRAPH`` (document graphs only) and ``INSERT DATA`` in chunks of whole lines, at
most CHUNK_SIZE characters per request, the first chunk in the same request as
the DROP.

A push that stops half way raises a ``PartialPush`` that says which graphs the
server holds from this push and which not; graphs go in IRI order, so pushing
again finishes the job.

``requests`` is the HTTP client: connection reuse across the many requests,
basic auth and timeouts without ceremony.
"""
from __future__ import annotations

import time
from collections import defaultdict
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pyoxigraph as ox
import requests

from .errors import GraphNotBuilt, PartialPush, PushError
from .ids import GRAPH
from .store import TRIG_NAME

CHUNK_SIZE = 1_000_000
SHARED_GRAPHS = frozenset({GRAPH + "entities", GRAPH + "provenance"})


@dataclass(frozen=True, slots=True)
class PushReport:
    graphs: int
    triples: int
    seconds: float


def push(graph_dir: Path, endpoint: str, graph_store: str | None = None, user: str | None = None,
         password: str | None = None, timeout: float = 60.0) -> PushReport:
    """Replace each document graph of GRAPH_DIR's build on the server and merge the shared graphs.

    ``endpoint`` is the SPARQL Update URL, used only when ``graph_store`` is None;
    ``timeout`` is per request, in seconds.
    """
    started = time.perf_counter()
    graphs = read_graphs(Path(graph_dir))
    iris = list(graphs)
    triples = 0
    with requests.Session() as session:
        if user is not None:
            session.auth = (user, password or "")
        for i, iri in enumerate(iris):
            try:
                _push_graph(session, iri, graphs[iri], endpoint, graph_store, timeout)
            except PushError as e:
                raise PartialPush(e.message, written=iris[:i], failed=iri, not_written=iris[i + 1:]) from None
            triples += graphs[iri].count(b"\n")  # one line per triple: N-Triples escapes newlines in literals
    return PushReport(len(graphs), triples, round(time.perf_counter() - started, 3))


def read_graphs(graph_dir: Path) -> dict[str, bytes]:
    """Each named graph of the build as N-Triples, in IRI order, literals exactly as exported."""
    path = graph_dir / TRIG_NAME
    if not path.is_file():
        raise GraphNotBuilt(f"no {TRIG_NAME} here; run `claimsgraph build` first", path=str(graph_dir))
    triples: dict[str, list[ox.Triple]] = defaultdict(list)
    for quad in ox.parse(path=str(path), format=ox.RdfFormat.TRIG):
        triples[quad.graph_name.value].append(quad.triple)
    return {iri: ox.serialize(triples[iri], format=ox.RdfFormat.N_TRIPLES) for iri in sorted(triples)}


def _push_graph(session: requests.Session, iri: str, ntriples: bytes, endpoint: str, graph_store: str | None,
                timeout: float) -> None:
    shared = iri in SHARED_GRAPHS
    if graph_store:
        _send(session, "POST" if shared else "PUT", graph_store, timeout, ntriples, "text/turtle; charset=utf-8",
              {"graph": iri})
        return
    for update in _updates(iri, ntriples.decode("utf-8"), replace=not shared):
        _send(session, "POST", endpoint, timeout, update.encode("utf-8"),
              "application/sparql-update; charset=utf-8")


def _updates(iri: str, ntriples: str, replace: bool = True) -> Iterator[str]:
    """The SPARQL Update requests that replace one graph, or add to it."""
    operations = [f"DROP SILENT GRAPH <{iri}>"] if replace else []
    chunk: list[str] = []
    size = 0
    # split("\n"), not splitlines(): a literal may hold U+2028 and the like unescaped.
    for line in ntriples.split("\n"):
        if not line:
            continue
        if chunk and size + len(line) > CHUNK_SIZE:
            yield " ;\n".join(operations + [_insert(iri, chunk)])
            operations, chunk, size = [], [], 0
        chunk.append(line)
        size += len(line) + 1
    if operations or chunk:
        yield " ;\n".join(operations + ([_insert(iri, chunk)] if chunk else []))


def _insert(iri: str, lines: list[str]) -> str:
    body = "\n".join(lines)
    return f"INSERT DATA {{ GRAPH <{iri}> {{\n{body}\n}} }}"


def _send(session: requests.Session, method: str, url: str, timeout: float, body: bytes, content_type: str,
          params: dict[str, str] | None = None) -> None:
    try:
        answer = session.request(method, url, params=params, data=body, timeout=timeout,
                                 headers={"Content-Type": content_type})
    except requests.RequestException as e:
        raise PushError(f"{method} {url} failed: {e}") from None
    if answer.status_code >= 400:
        hint = " (check the user and password)" if answer.status_code in (401, 403) else ""
        detail = answer.text.strip()[:300]
        raise PushError(f"{method} {answer.url} answered {answer.status_code} {answer.reason}{hint}: {detail}")
