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


@contextmanager
def listener() -> Iterator[tuple[int, list[bytes]]]:
    """A local TCP server that records every connection and answers with a marker."""
    server = socket.create_server(("127.0.0.1", 0))
    server.settimeout(0.2)
    received: list[bytes] = []
    stop = threading.Event()

    def accept() -> None:
        while not stop.is_set():
            try:
                conn, _ = server.accept()
            except OSError:
                continue
            with conn:
                conn.settimeout(1)
                try:
                    received.append(conn.recv(65536) or b"(connected)")
                    conn.sendall(b"HTTP/1.1 200 OK\r\nContent-Type: application/sparql-results+json\r\n\r\n"
                                 b'{"head":{"vars":["x"]},"results":{"bindings":[{"x":{"type":"literal",'
                                 b'"value":"REMOTE-REPLY-MARKER"}}]}}')
                except OSError:
                    received.append(b"(connected)")

    thread = threading.Thread(target=accept, daemon=True)
    thread.start()
    try:
        yield server.getsockname()[1], received
    finally:
        stop.set()
        thread.join(5)
        server.close()


def service_spellings(port: int) -> list[str]:
    url = f"http://127.0.0.1:{port}/"
    prefix = f"PREFIX x: <{url}> "
    return [
        f"SELECT * WHERE {{ SERVICE <{url}> {{ ?s ?p ?x }} }}",
        f"select * where {{ service silent <{url}> {{ ?s ?p ?x }} }}",
        f"SELECT * {{ SERVICE#comment\n<{url}> {{ ?s ?p ?x }} }}",
        f"SELECT * {{ SERVICE ?where {{ ?s ?p ?x }} VALUES ?where {{ <{url}> }} }}",
        f"BASE <{url}> SELECT * {{ SERVICE <sparql> {{ ?s ?p ?x }} }}",
        f"SELECT * {{ FILTER EXISTS {{ SERVICE <{url}> {{ ?s ?p ?x }} }} }}",
        f"SELECT * {{ {{ SELECT * {{ SERVICE <{url}> {{ ?s ?p ?x }} }} }} }}",
        f"SELECT * {{ OPTIONAL {{ SERVICE <{url}> {{ ?s ?p ?x }} }} MINUS {{ SERVICE <{url}> {{}} }} }}",
        prefix + "SELECT ?x WHERE { SERVICEx:admin { ?s ?p ?x } }",
        prefix + "SELECT ?x WHERE { ?s x:a\\#b ?o . SERVICE x:sparql { ?s ?p ?x } }",
        prefix + "SELECT ?x WHERE { ?s x:a\\'b ?o . SERVICE x:sparql\\' { ?s ?p ?x } }",
        prefix + "SELECT ?x WHERE { ?s x:a\\#b ?o . SERVICEx:sparql { ?s ?p ?x } } # '",
        prefix + "SELECT ?x WHERE { ?s ?p \"\\\"\" . SERVICE x:sparql { ?s ?p ?x } }",
        f"SELECT * {{ \\u0053ERVICE <{url}> {{ ?s ?p ?x }} }}",
        f"SELECT * {{ SERVICE <http\\u003A//127.0.0.1:{port}/> {{ ?s ?p ?x }} }}",
    ]


def load_spellings(port: int) -> list[str]:
    url = f"http://127.0.0.1:{port}/"
    prefix = f"PREFIX x: <{url}> "
    return [
        f"LOAD <{url}data.ttl>",
        f"load silent <{url}data.ttl> into graph <urn:g>",
        f"LOAD<{url}data.ttl>",
        prefix + "INSERT DATA { x:a\\#b x:c x:d } ; LOAD x:data\\'",
        prefix + "INSERT DATA { x:a x:b \"#\" } ; LOAD x:data",
        f"INSERT {{ ?s ?p ?x }} WHERE {{ SERVICE <{url}> {{ ?s ?p ?x }} }}",
        f"\\u004COAD <{url}data.ttl>",
    ]


def test_no_service_spelling_reaches_the_network(base):
    with listener() as (port, received):
        for query in service_spellings(port):
            for send in (lambda: requests.get(f"{base}/sparql", params={"query": query}, timeout=30),
                         lambda: requests.post(f"{base}/sparql", data={"query": query}, timeout=30)):
                answer = send()
                assert answer.status_code == 400, (query, answer.status_code, answer.text)
                assert "REMOTE-REPLY-MARKER" not in answer.text
        time.sleep(0.5)
        assert received == []
    print(f"\n{len(service_spellings(0))} SERVICE spellings, GET and POST: all 400, the listener received nothing")


def test_no_load_spelling_reaches_the_network_with_updates_allowed(seeds_build):
    with listener() as (port, received), serving(seeds_build[0], allow_update=True) as url:
        before = requests.get(f"{url}/health").json()["triples"]
        for update in load_spellings(port):
            answer = requests.post(f"{url}/update", data={"update": update}, timeout=30)
            assert answer.status_code == 400, (update, answer.status_code, answer.text)
            assert "REMOTE-REPLY-MARKER" not in answer.text
        time.sleep(0.5)
        assert received == []
        assert requests.get(f"{url}/health").json()["triples"] == before


def test_the_nesting_bomb_is_a_400_and_the_server_lives_on(base):
    bomb = "SELECT * WHERE " + "{" * 2600 + "}" * 2600
    answer = requests.get(f"{base}/sparql", params={"query": bomb}, timeout=30)
    assert answer.status_code == 400 and "[E042] brackets nested more than 64 deep" in answer.text
    chain = "SELECT * WHERE { FILTER(" + "1+" * 30000 + "1) }"  # within the size limit, too long to check in time
    answer = requests.post(f"{base}/sparql", data={"query": chain}, timeout=60)
    assert answer.status_code == 413 and "[E041] the query has more than 10,000 words and symbols" in answer.text
    chain = "SELECT * WHERE { FILTER(" + "1+" * 4900 + "1) }"  # within both limits: runs in a worker
    assert requests.post(f"{base}/sparql", data={"query": chain}, timeout=60).status_code in (200, 400, 500, 503)
    assert requests.get(f"{base}/sparql", params={"query": "ASK {}"}, timeout=60).json()["boolean"] is True


def test_oversized_requests_get_414_and_413(base):
    long_get = requests.get(f"{base}/sparql", params={"query": "ASK {} #" + "x" * 1_000_000}, timeout=30)
    assert long_get.status_code == 414
    just_over = requests.get(f"{base}/sparql", params={"query": "ASK {} #" + "x" * 65_536}, timeout=30)
    assert just_over.status_code == 414 and "[E041]" in just_over.text
    body = requests.post(f"{base}/sparql", data=("ASK {} #" + "x" * 70_000).encode(),
                         headers={"Content-Type": "application/sparql-query"}, timeout=30)
    assert body.status_code == 413


@pytest.mark.parametrize("host", ["evil.example:{port}", "evil.example", "127.0.0.1:1", "localhost.evil.example:{port}"])
def test_a_foreign_host_header_is_refused(base, host):
    port = base.rsplit(":", 1)[1]
    answer = requests.get(f"{base}/sparql", params={"query": "ASK {}"}, timeout=10,
                          headers={"Host": host.format(port=port)})
    assert answer.status_code == 421 and "--allowed-host" in answer.text


def test_loopback_names_and_allowed_hosts_are_answered(seeds_build):
    port = free_port()
    app = create_app(seeds_build[0], port=port, allowed_hosts=["graph.example", "other.example:8080"])
    server = make_server(app, "127.0.0.1", port, log_level="warning")
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    while not server.started:
        time.sleep(0.05)
    try:
        for host in (f"127.0.0.1:{port}", f"localhost:{port}", f"[::1]:{port}", f"graph.example:{port}",
                     "other.example:8080", f"LOCALHOST:{port}"):
            answer = requests.get(f"http://127.0.0.1:{port}/health", headers={"Host": host}, timeout=10)
            assert answer.status_code == 200, host
        assert requests.get(f"http://127.0.0.1:{port}/health", headers={"Host": "other.example"},
                            timeout=10).status_code == 421
    finally:
        server.should_exit = True
        thread.join(10)


def test_dns_rebinding_cannot_change_data(seeds_build):
    with serving(seeds_build[0], allow_update=True) as url:
        port = url.rsplit(":", 1)[1]
        before = requests.get(f"{url}/health").json()["triples"]
        update = {"update": "INSERT DATA { <urn:a> <urn:b> <urn:c> }"}
        rebound = requests.post(f"{url}/update", data=update, timeout=10, headers={
            "Host": f"attacker.example:{port}", "Origin": f"http://attacker.example:{port}"})
        assert rebound.status_code == 421
        cross = requests.post(f"{url}/update", data=update, timeout=10, headers={"Origin": "null"})
        assert cross.status_code == 403
        assert requests.get(f"{url}/health").json()["triples"] == before
        same = requests.post(f"{url}/update", data=update, timeout=10, headers={"Origin": url})
        assert same.status_code == 204
        assert requests.get(f"{url}/health").json()["triples"] == before + 1


def test_updates_survive_a_query_killed_at_the_time_limit(seeds_build):
    with serving(seeds_build[0], allow_update=True, timeout=1.0) as url:
        insert = {"update": "INSERT DATA { GRAPH <urn:g> { <urn:kept> <urn:p> 1 } }"}
        assert requests.post(f"{url}/update", data=insert, timeout=10).status_code == 204
        assert requests.get(f"{url}/sparql", params={"query": SLOW_QUERY}, timeout=30).status_code == 503
        kept = requests.get(f"{url}/sparql", params={"query": "ASK { <urn:kept> <urn:p> 1 }"}, timeout=60)
        assert kept.json()["boolean"] is True


CONSTRUCT = "CONSTRUCT { ?s ?p ?o } WHERE { ?s a <https://w3id.org/claimsgraph/ontology#QuantityClaim> ; ?p ?o }"


def test_construct_in_rdf_xml_and_json_ld(base, seeds_store):
    import rdflib

    expected = len(list(seeds_store.query(CONSTRUCT, use_default_graph_as_union=True)))
    for media_type, rdflib_format in (("application/rdf+xml", "xml"), ("application/ld+json", "json-ld"),
                                      ("text/turtle", "turtle"), ("application/n-triples", "nt")):
        answer = requests.get(f"{base}/sparql", params={"query": CONSTRUCT}, headers={"Accept": media_type})
        assert answer.status_code == 200 and answer.headers["content-type"].startswith(media_type)
        assert len(rdflib.Graph().parse(data=answer.content, format=rdflib_format)) == expected, media_type


@pytest.mark.filterwarnings("ignore:ConjunctiveGraph is deprecated:DeprecationWarning")  # inside SPARQLWrapper
def test_sparqlwrapper_defaults_and_rdflib_sparqlstore(base, seeds_store):
    import rdflib
    from rdflib.plugins.stores.sparqlstore import SPARQLStore

    expected = len(list(seeds_store.query(CONSTRUCT, use_default_graph_as_union=True)))
    sparql = SPARQLWrapper(f"{base}/sparql")
    sparql.setQuery(CONSTRUCT)
    assert len(sparql.queryAndConvert()) == expected  # default for CONSTRUCT: RDF/XML into an rdflib Graph
    sparql.setQuery("DESCRIBE <https://w3id.org/claimsgraph/tool/claimsgraph>")
    assert len(sparql.queryAndConvert()) > 0
    graph = rdflib.Graph(SPARQLStore(f"{base}/sparql"))
    assert len(graph.query(CONSTRUCT)) == expected
    rows = list(graph.query("SELECT ?s WHERE { ?s a <https://w3id.org/claimsgraph/ontology#QuantityClaim> }"))
    assert rows and graph.query("ASK { ?s ?p ?o }").askAnswer is True


def test_a_busy_port_is_a_clear_error(seeds_build):
    import subprocess
    import sys

    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        done = subprocess.run([sys.executable, "-m", "claimsgraph", "serve", "--graph", str(seeds_build[0]),
                               "--port", str(port)], capture_output=True, text=True, timeout=60)
    assert done.returncode == 1
    assert done.stderr == f"Error: [E100] port {port} on 127.0.0.1 is already in use; stop what holds it or " \
                          "choose another with --port\n"


@pytest.mark.parametrize("host, update, expected", [
    ("127.0.0.1", True, None), ("localhost", False, None), ("::1", True, None),
    ("0.0.0.0", False, "warning: bound to 0.0.0.0"), ("192.168.1.5", True, "WARNING: bound to 192.168.1.5 with"),
])
def test_binding_beyond_loopback_warns(host, update, expected):
    from claimsgraph.serve import exposure_warning

    warning = exposure_warning(host, update)
    assert (warning is None) if expected is None else warning.startswith(expected)


def test_load_32_clients_get_no_busy(base):
    """32 clients for at most 30 s on loopback: throughput and p95 are printed, not asserted."""
    q = next(q for q in saved_queries() if q.name == "claims_by_claimant").sparql
    latencies: list[float] = []
    statuses: dict[int, int] = {}
    lock = threading.Lock()
    deadline = time.monotonic() + 30

    def client_loop() -> None:
        session = requests.Session()
        while time.monotonic() < deadline:
            started = time.perf_counter()
            status = session.get(f"{base}/sparql", params={"query": q}, timeout=60).status_code
            with lock:
                latencies.append(time.perf_counter() - started)
                statuses[status] = statuses.get(status, 0) + 1

    threads = [threading.Thread(target=client_loop) for _ in range(32)]
    started = time.monotonic()
    for t in threads:
        t.start()
    for t in threads:
        t.join(120)
    elapsed = time.monotonic() - started
    p95 = statistics.quantiles(latencies, n=20)[-1]
    print(f"\nload: 32 clients, {len(latencies)} requests in {elapsed:.1f} s = {len(latencies) / elapsed:.0f}/s, "
          f"p95 {p95 * 1000:.0f} ms, statuses {statuses}")
    assert statuses == {200: len(latencies)}


def test_saved_conflicting_figures_answers_from_the_builds_derived_graph(invented_build):
    """Both invented articles' grain figures disagree: the endpoint lists them from the pair the build
    worked out."""
    with serving(invented_build[1]) as url:
        sparql = client(url, next(q.sparql for q in saved_queries() if q.name == "conflicting_figures"))
        sparql.queryType = SELECT
        (conflict,) = sparql.queryAndConvert()["results"]["bindings"]
    assert {conflict["file_a"]["value"], conflict["file_b"]["value"]} == {"velmar-port.txt", "velmar-audit.txt"}
    assert {conflict["value_a"]["value"], conflict["value_b"]["value"]} == {"1200000", "900000"}
    assert conflict["unit_code"]["value"] == "TNE" and "900,000 tons" in conflict["quote_a"]["value"] + \
        conflict["quote_b"]["value"]
