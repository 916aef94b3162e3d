"""Load a built graph into a remote SPARQL store, graph by graph.

Each named graph (one per document, plus the entities and provenance graphs)
goes in its own Graph Store Protocol ``PUT <graph store>?graph=<IRI>``, which
replaces that graph only: pushing again after one document changed replaces
its graph and leaves the others as they were. A graph whose document has left
the corpus stays on the server until it is dropped there.

The body is N-Triples, sent as text/turtle (N-Triples is a subset of Turtle),
the one type every Graph Store Protocol server takes. Without a graph store
URL the same is done through the SPARQL Update endpoint: ``DROP SILENT GRAPH``
and ``INSERT DATA`` in chunks of whole lines, at most CHUNK_SIZE characters per
request, the first chunk in the same request as the DROP.

``requests`` is the HTTP client: connection reuse across the many requests,
basic auth and timeouts without ceremony.
"""
from __future__ import annotations

import io
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pyoxigraph as ox
import requests

from .errors import PushError
from .store import open_store

CHUNK_SIZE = 1_000_000


@dataclass(frozen=True, slots=True)
class PushReport:
    graphs: int
    triples: int
    seconds: float


def push(graph_dir: Path, endpoint: str, graph_store: str | None = None, user: str | None = None,
         password: str | None = None, timeout: float = 60.0) -> PushReport:
    """Replace each named graph of GRAPH_DIR's build on the server.

    ``endpoint`` is the SPARQL Update URL, used only when ``graph_store`` is None;
    ``timeout`` is per request, in seconds.
    """
    started = time.perf_counter()
    store = open_store(Path(graph_dir))
    graphs = sorted(g.value for g in store.named_graphs())
    triples = 0
    with requests.Session() as session:
        if user is not None:
            session.auth = (user, password or "")
        for iri in graphs:
            buffer = io.BytesIO()
            store.dump(buffer, format=ox.RdfFormat.N_TRIPLES, from_graph=ox.NamedNode(iri))
            ntriples = buffer.getvalue()
            triples += ntriples.count(b"\n")  # one line per triple: N-Triples escapes newlines in literals
            if graph_store:
                _send(session, "PUT", graph_store, timeout, ntriples, "text/turtle; charset=utf-8", {"graph": iri})
                continue
            for update in _updates(iri, ntriples.decode("utf-8")):
                _send(session, "POST", endpoint, timeout, update.encode("utf-8"),
                      "application/sparql-update; charset=utf-8")
    return PushReport(len(graphs), triples, round(time.perf_counter() - started, 3))


def _updates(iri: str, ntriples: str) -> Iterator[str]:
    """The SPARQL Update requests that replace one graph."""
    operations = [f"DROP SILENT GRAPH <{iri}>"]
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
