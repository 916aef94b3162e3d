"""The SPARQL endpoint served by uvicorn on loopback, used through SPARQLWrapper as a client would."""
from __future__ import annotations

import csv
import io
import socket
import statistics
import threading
import time
import urllib.error
from collections.abc import Iterator
from contextlib import contextmanager

import pyoxigraph as ox
import pytest
import requests
from SPARQLWrapper import CSV, JSON, POST, SELECT, TURTLE, XML, SPARQLWrapper
from SPARQLWrapper.SPARQLExceptions import QueryBadFormed

from claimsgraph.query import saved_queries
from claimsgraph.serve import create_app, make_server
from claimsgraph.store import select

pytestmark = pytest.mark.slow

# 3 * 10^7 rows made of VALUES alone: seconds of work, whatever the graph holds.
SLOW_QUERY = ("SELECT (COUNT(*) AS ?n) WHERE { VALUES ?z { 0 1 2 } "
              + " ".join(f"VALUES ?{v} {{ 0 1 2 3 4 5 6 7 8 9 }}" for v in "abcdefg") + " }")


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@contextmanager
def serving(graph_dir, **options) -> Iterator[str]:
    """The endpoint in a background thread; yields its base URL."""
    port = free_port()
    server = make_server(create_app(graph_dir, port=port, **options), "127.0.0.1", port, log_level="warning")
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 20
    while not server.started:
        assert thread.is_alive() and time.monotonic() < deadline, "the server did not start"
        time.sleep(0.05)
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        server.should_exit = True
        thread.join(10)


@pytest.fixture(scope="module")
def base(seeds_build) -> Iterator[str]:
    with serving(seeds_build[0]) as url:
        yield url


def client(base: str, query: str, fmt: str = JSON) -> SPARQLWrapper:
    sparql = SPARQLWrapper(f"{base}/sparql", updateEndpoint=f"{base}/update")
    sparql.setQuery(query)
    sparql.setReturnFormat(fmt)
    return sparql


def test_every_saved_query_returns_its_rows_as_json(base, seeds_store):
    medians = {}
    for q in saved_queries():
        _, rows = select(seeds_store, q.sparql)
        times = []
        for _ in range(5):
            started = time.perf_counter()
            sparql = client(base, q.sparql)
            sparql.queryType = SELECT  # SPARQLWrapper misreads "adding" in a second comment line as ADD
            result = sparql.queryAndConvert()
            times.append(time.perf_counter() - started)
            assert result["head"]["vars"] and len(result["results"]["bindings"]) == len(rows)
        medians[q.name] = statistics.median(times)
    print("\nmedian HTTP latency of the saved queries (5 runs, seeds):")
    for name, seconds in medians.items():
        print(f"  {name:24} {seconds * 1000:8.1f} ms")


def test_csv_and_xml_results(base, seeds_store):
    q = next(q for q in saved_queries() if q.name == "claims_by_claimant")
    names, rows = select(seeds_store, q.sparql)
    table = list(csv.reader(io.StringIO(client(base, q.sparql, CSV).queryAndConvert().decode("utf-8"))))
    assert table[0] == names and len(table) == len(rows) + 1
    document = client(base, q.sparql, XML).queryAndConvert()
    assert len(document.getElementsByTagName("result")) == len(rows)


def test_construct_returns_turtle_or_ntriples(base, seeds_store):
    construct = "CONSTRUCT { ?s ?p ?o } WHERE { ?s a <https://w3id.org/claimsgraph/ontology#QuantityClaim> ; ?p ?o }"
    expected = len(list(seeds_store.query(construct, use_default_graph_as_union=True)))
    assert expected > 0
    turtle = client(base, construct, TURTLE).queryAndConvert()
    assert len(list(ox.parse(turtle, format=ox.RdfFormat.TURTLE))) == expected
    answer = requests.get(f"{base}/sparql", params={"query": construct}, headers={"Accept": "application/n-triples"})
    assert answer.headers["content-type"].startswith("application/n-triples")
    assert len(list(ox.parse(answer.content, format=ox.RdfFormat.N_TRIPLES))) == expected


def test_ask_by_get_and_post(base):
    assert client(base, "ASK { ?s a <https://w3id.org/claimsgraph/ontology#QuantityClaim> }").queryAndConvert() == {
        "head": {}, "boolean": True}
    sparql = client(base, "ASK { ?s a <http://example.org/Nothing> }")
    sparql.setMethod(POST)
    assert sparql.queryAndConvert()["boolean"] is False
    direct = requests.post(f"{base}/sparql", data=b"ASK {}", headers={"Content-Type": "application/sparql-query"})
    assert direct.json()["boolean"] is True


def test_bad_requests_answer_400_with_the_reason(base):
    with pytest.raises(QueryBadFormed, match="SPARQL syntax error"):
        client(base, "SELECT * WHERE { ?s ?p }").query()
    service = requests.get(f"{base}/sparql", params={"query": "SELECT * { SERVICE <http://127.0.0.1:1/> {} }"})
    assert service.status_code == 400 and "[E043] SERVICE is refused" in service.text
    named = requests.get(f"{base}/sparql", params={"query": "ASK {}", "default-graph-uri": "http://example.org/g"})
    assert named.status_code == 400 and "union" in named.text
    # The words inside strings, IRIs and names are not the keywords.
    words = 'ASK { ?service <http://example.org/service> "LOAD" . ?x <http://schema.org/Service> ?load }'
    assert requests.get(f"{base}/sparql", params={"query": words}).json()["boolean"] is False
    assert requests.get(f"{base}/sparql", params={"query": "ASK {}", "format": "turtle"}).status_code == 406


def test_update_is_refused_when_read_only_and_applied_when_allowed(base, seeds_build):
    insert = "INSERT DATA { GRAPH <http://example.org/g> { <http://example.org/a> <http://example.org/b> 1 } }"
    sparql = client(base, insert)
    sparql.setMethod(POST)
    with pytest.raises(urllib.error.HTTPError) as refused:
        sparql.query()
    assert refused.value.code == 403 and b"read-only" in refused.value.read()
    with serving(seeds_build[0], allow_update=True) as writable:
        before = requests.get(f"{writable}/health").json()["triples"]
        sparql = client(writable, insert)
        sparql.setMethod(POST)
        sparql.query()
        assert requests.get(f"{writable}/health").json()["triples"] == before + 1
        assert client(writable, "ASK { <http://example.org/a> ?p 1 }").queryAndConvert()["boolean"] is True


def test_cors_lets_a_browser_editor_on_another_origin_query(base):
    origin = {"Origin": "http://yasgui.example"}
    answer = requests.get(f"{base}/sparql", params={"query": "ASK {}"}, headers=origin)
    assert answer.headers["access-control-allow-origin"] == "*"
    preflight = requests.options(f"{base}/sparql", headers={
        **origin, "Access-Control-Request-Method": "POST", "Access-Control-Request-Headers": "content-type"})
    assert preflight.status_code == 200 and "POST" in preflight.headers["access-control-allow-methods"]


def test_the_page_and_health(base, seeds_build, seeds_store):
    page = requests.get(f"{base}/")
    assert page.status_code == 200 and page.headers["content-type"].startswith("text/html")
    assert page.content == (seeds_build[0] / "graph.html").read_bytes()
    assert requests.get(f"{base}/health").json() == {"status": "ok", "triples": len(seeds_store)}


def test_a_query_over_the_time_limit_gets_503_and_the_server_keeps_answering(seeds_build, seeds_store):
    with serving(seeds_build[0], timeout=0.5) as url:
        started = time.monotonic()
        slow = requests.get(f"{url}/sparql", params={"query": SLOW_QUERY})
        assert slow.status_code == 503 and "time limit of 0.5 s" in slow.text
        assert time.monotonic() - started < 3
        # The abandoned query is still running in its thread; others are answered meanwhile.
        assert requests.get(f"{url}/health", timeout=2).json()["triples"] == len(seeds_store)
        assert requests.get(f"{url}/sparql", params={"query": "ASK {}"}, timeout=2).json()["boolean"] is True


def test_fetching_keywords_are_refused_however_they_are_glued(base):
    import requests

    for query in ('PREFIX x:<http://127.0.0.1:9/> SELECT ?x WHERE { SERVICEx:admin {?s ?p ?x} }',
                  'SELECT * WHERE { SERVICE <http://127.0.0.1:9/> { ?s ?p ?o } }'):
        answer = requests.post(f"{base}/sparql", data={"query": query}, timeout=10)
        assert answer.status_code == 400 and "[E043]" in answer.text


def test_updates_from_other_origins_are_refused(seeds_build):
    import requests

    with serving(seeds_build[0], allow_update=True) as url:
        update = {"update": "INSERT DATA { <urn:a> <urn:b> <urn:c> }"}
        refused = requests.post(f"{url}/update", data=update, headers={"Origin": "https://evil.example"}, timeout=10)
        assert refused.status_code == 403 and "other origins" in refused.text
        assert requests.post(f"{url}/update", data=update, timeout=10).status_code == 204
