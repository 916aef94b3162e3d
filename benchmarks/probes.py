"""What the libraries do on their own with a build's data, the yardsticks of benchmarks/run.py.

    python benchmarks/probes.py oxigraph BUILD_DIR QUERY.rq SCRATCH_DIR
    python benchmarks/probes.py rdflib BUILD_DIR QUERY.rq
    python benchmarks/probes.py http BUILD_DIR QUERY.rq...   # e.g. a query as another commit wrote it

Each step prints one JSON line ``{"step": seconds}`` as soon as it is done, so
a step that runs out of time still leaves the ones before it. Times are of the
operation alone, in this process, without start-up.
"""
from __future__ import annotations

import json
import sys
import time
from collections.abc import Callable
from pathlib import Path


def step(name: str, work: Callable[[], object]) -> object:
    started = time.perf_counter()
    result = work()
    print(json.dumps({name: time.perf_counter() - started}), flush=True)
    return result


def oxigraph(build: Path, query: Path, scratch: Path) -> None:
    """pyoxigraph's bulk load of claims.trig into a new on-disk store, its dumps, and the query."""
    import pyoxigraph as ox

    store = ox.Store(str(scratch / "store"))
    step("load", lambda: store.bulk_load(path=str(build / "claims.trig"), format=ox.RdfFormat.TRIG))
    for name, fmt in [("nquads", ox.RdfFormat.N_QUADS), ("trig", ox.RdfFormat.TRIG), ("jsonld", ox.RdfFormat.JSON_LD)]:
        step(name, lambda: store.dump(str(scratch / f"dump.{name}"), fmt))
    # Turtle holds no graph names: the union of the graphs, as claimsgraph's claims.ttl
    step("turtle", lambda: ox.serialize((q.triple for q in store), str(scratch / "dump.ttl"), ox.RdfFormat.TURTLE))
    step("query", lambda: len(list(store.query(query.read_text(encoding="utf-8"), use_default_graph_as_union=True))))


def rdflib(build: Path, query: Path) -> None:
    """rdflib's parse of claims.trig into a Dataset, and the query over the union of its graphs."""
    from rdflib import Dataset

    data = Dataset(default_union=True)
    step("parse", lambda: data.parse(build / "claims.trig", format="trig"))
    step("query", lambda: len(list(data.query(query.read_text(encoding="utf-8")))))


def http(build: Path, *queries: Path) -> None:
    """p50 and p95 milliseconds of each query file at one `claimsgraph serve` of the build, as run.py
    times the saved queries: before and after a change to a query, on the same server and load."""
    from run import over_http

    print(json.dumps(over_http(build, {str(q): q.read_text(encoding="utf-8") for q in queries})), flush=True)


if __name__ == "__main__":
    probe, *args = sys.argv[1:]
    {"oxigraph": oxigraph, "rdflib": rdflib, "http": http}[probe](*map(Path, args))
