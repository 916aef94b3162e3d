"""The checks before a query is parsed, the parse-tree refusal of SERVICE and LOAD, and the
worker pool: real rdflib, real pyoxigraph, real worker processes."""
from __future__ import annotations

import contextlib
import multiprocessing
import socket
import subprocess
import sys
import threading
import time

import pytest

from claimsgraph.errors import QueryCrashed, QueryRefused, QuerySyntaxError, QueryTimedOut, QueryTooDeep, QueryTooLarge
from claimsgraph.sandbox import MAX_DEPTH, MAX_QUERY_BYTES, MAX_TOKENS, QueryPool, check_limits, check_safe

JSON = "application/sparql-results+json"
BOMB = "SELECT * WHERE " + "{" * 2600 + "}" * 2600
# 3 * 10^7 rows made of VALUES alone: seconds of work, whatever the graph holds.
SLOW_QUERY = ("SELECT (COUNT(*) AS ?n) WHERE { VALUES ?z { 0 1 2 } "
              + " ".join(f"VALUES ?{v} {{ 0 1 2 3 4 5 6 7 8 9 }}" for v in "abcdefg") + " }")


def test_check_limits_refuses_the_nesting_bomb_and_the_oversized():
    with pytest.raises(QueryTooDeep, match=r"\[E042\] brackets nested more than 64 deep \(line 1, column 80\)"):
        check_limits(BOMB)
    with pytest.raises(QueryTooDeep):
        check_limits("ASK { FILTER(" + "(" * MAX_DEPTH + "1" + ")" * MAX_DEPTH + ") }")
    check_limits("ASK " + "{" * MAX_DEPTH + "}" * MAX_DEPTH)
    with pytest.raises(QueryTooLarge, match=r"\[E041\] the query is 65,537 bytes"):
        check_limits("#" * (MAX_QUERY_BYTES + 1))


def test_check_limits_refuses_a_flat_chain_too_long_to_check_in_time():
    # 30,000 terms fit the size limit and cost rdflib's grammar check about 20 s
    with pytest.raises(QueryTooLarge, match=r"\[E041\] the query has more than 10,000 words and symbols"):
        check_limits("ASK { FILTER(" + "+".join(["1"] * 30_000) + ") }")
    # a word, an IRI or a string is one token however long
    check_limits("SELECT * WHERE { VALUES ?x { " + " ".join(f"<http://example.org/{i}>" for i in range(1_500))
                 + " } FILTER(?x != \"" + "a + " * 1_000 + "\") }")
    check_limits("ASK { FILTER(" + "+".join(["1"] * (MAX_TOKENS // 2 - 10)) + ") }")


def test_check_limits_does_not_count_brackets_in_strings_iris_comments_and_escapes():
    many = "{(" * 200
    check_limits(f'ASK {{ ?s ?p "{many}" , \'{many}\' , """{many}\n""" , \'\'\'{many}\'\'\' }}')
    check_limits(f"ASK {{ # {many}\n ?s ?p ?o }}")
    check_limits("PREFIX x: <http://example.org/> ASK { ?s ?p x:a" + "\\(" * 200 + " }")
    check_limits('ASK { ?s ?p "a \\" ' + many + '" }')
    # "<" is an IRI only when the IRI closes: here it is the operator, and the brackets count
    with pytest.raises(QueryTooDeep):
        check_limits("ASK { FILTER(1 < " + "(" * 100 + "2" + ")" * 100 + ") }")


def test_check_limits_is_linear_on_hostile_text():
    for hostile in ("<" * MAX_QUERY_BYTES, '"' * MAX_QUERY_BYTES, "'''" * (MAX_QUERY_BYTES // 3),
                    "\\" * MAX_QUERY_BYTES, "<a" * (MAX_QUERY_BYTES // 2), ")" * MAX_QUERY_BYTES):
        started = time.perf_counter()
        with contextlib.suppress(QueryTooLarge):   # most are too many tokens: refused, but only after the pass
            check_limits(hostile)
        assert time.perf_counter() - started < 2


@pytest.mark.parametrize("query", [
    "SELECT * { SERVICE <http://127.0.0.1:9/> { ?s ?p ?o } }",
    "select * { service silent <http://127.0.0.1:9/> { } }",
    "SELECT * { OPTIONAL { FILTER EXISTS { SERVICE ?where { } } } VALUES ?where { <http://127.0.0.1:9/> } }",
    "PREFIX x: <http://127.0.0.1:9/> SELECT * { ?a x:b ?d . SERVICE x:e { } }",
    "SELECT * { SERVICE#comment\n<http://127.0.0.1:9/> { } }",
    "SELECT * { { SELECT * { SERVICE <http://127.0.0.1:9/> { } } } }",
])
def test_service_is_refused_on_the_parse_tree(query):
    with pytest.raises(QueryRefused, match=r"\[E043\] SERVICE is refused"):
        check_safe(query)


@pytest.mark.parametrize("update", [
    "LOAD <http://127.0.0.1:9/x>",
    "load silent <http://127.0.0.1:9/x> INTO GRAPH <urn:g>",
    "LOAD<http://127.0.0.1:9/x>",
    "PREFIX x: <http://127.0.0.1:9/> INSERT DATA { x:a x:c x:d } ; LOAD x:e",
])
def test_load_is_refused_on_the_parse_tree(update):
    with pytest.raises(QueryRefused, match=r"\[E043\] LOAD is refused"):
        check_safe(update, update=True)


def test_words_that_only_look_like_keywords_pass():
    check_safe('ASK { ?service <http://example.org/service> "SERVICE <x> {}" . ?x <http://schema.org/Service> ?load }')
    check_safe("PREFIX service: <http://example.org/> ASK { ?s service:load ?o }")


def test_the_saved_queries_pass_the_check_their_workers_skip():
    from claimsgraph.query import saved_queries

    for q in saved_queries():
        check_safe(q.sparql)


def test_what_the_grammar_reads_otherwise_is_refused_unread():
    # rdflib reads one prefixed name where pyoxigraph reads SERVICE and a name; rdflib has no \# in
    # names. Not isolated here, so pyoxigraph is not asked: refused as a syntax error.
    for query in ("PREFIX x: <http://127.0.0.1:9/> SELECT * { SERVICEx:admin { ?s ?p ?o } }",
                  "PREFIX x: <http://127.0.0.1:9/> SELECT * { ?a x:b\\#c ?d . SERVICE x:e { } }"):
        with pytest.raises(QuerySyntaxError):
            check_safe(query)


def test_syntax_errors_give_line_and_column_without_character_ranges():
    with pytest.raises(QuerySyntaxError) as error:
        check_safe('SELECT * WHERE {\n  ?s ?p "unterminated\n}', isolated=True)
    assert "SPARQL syntax error at line" in str(error.value) and "'0'..=" not in str(error.value)
    with pytest.raises(QuerySyntaxError, match=r"at line 2, column 8\n   \?s \?p }\n {9}\^"):
        check_safe("SELECT * WHERE {\n ?s ?p }\n\n", isolated=True)


def _probe_network(port: int, queue) -> None:
    from claimsgraph.sandbox import _ban_network

    banned = _ban_network()
    try:
        socket.create_connection(("127.0.0.1", port), timeout=2).close()
        queue.put((banned, "connected"))
    except OSError as e:
        queue.put((banned, type(e).__name__))


def test_a_worker_cannot_open_a_network_socket():
    """The layer under the parse check: even a query both parsers misread cannot connect."""
    listener = socket.create_server(("127.0.0.1", 0))
    port = listener.getsockname()[1]
    context = multiprocessing.get_context("spawn")
    queue = context.Queue()
    process = context.Process(target=_probe_network, args=(port, queue))
    process.start()
    banned, outcome = queue.get(timeout=60)
    process.join(10)
    listener.settimeout(0.5)
    with pytest.raises(socket.timeout):
        listener.accept()
    listener.close()
    assert banned and outcome == "PermissionError"


@pytest.fixture(scope="module")
def pool(seeds_build):
    with QueryPool(seeds_build[0], workers=2, timeout=2.0, memory_mb=256) as started:
        yield started


@pytest.mark.slow
def test_pool_answers_every_form(pool):
    assert pool.query("ASK {}", JSON, "text/turtle").body == b'{"head":{},"boolean":true}'
    graph = pool.query("CONSTRUCT WHERE { ?s a ?t } LIMIT 3", JSON, "application/n-triples")
    assert graph.form == "graph" and graph.body.count(b"\n") == 3
    assert pool.query("SELECT ?s { ?s ?p ?o } LIMIT 1", JSON, "text/turtle").form == "select"


@pytest.mark.slow
def test_a_query_over_the_limit_is_killed_and_its_worker_replaced(pool):
    before = {p.pid for p in multiprocessing.active_children()}
    started = time.monotonic()
    with pytest.raises(QueryTimedOut, match=r"\[E045\] the query ran over the time limit of 2 s"):
        pool.query(SLOW_QUERY, JSON, "text/turtle")
    assert time.monotonic() - started < 5
    after = {p.pid for p in multiprocessing.active_children()}
    assert before - after, "the worker that ran the query still lives"
    assert pool.query("ASK {}", JSON, "text/turtle").form == "ask"


@pytest.mark.slow
def test_a_query_over_the_memory_cap_stops_its_worker_only(seeds_build):
    hog = ('SELECT (STRLEN(GROUP_CONCAT(CONCAT(STR(?a), "' + "x" * 20000 + '"))) AS ?n) WHERE { '
           + " ".join(f"VALUES ?{v} {{ 0 1 2 3 4 5 6 7 8 9 }}" for v in "abcde") + " }")  # 2 GB of text
    # a pool of its own, with a time limit the hog cannot reach before the cap even on a loaded machine
    with QueryPool(seeds_build[0], workers=2, timeout=30.0, memory_mb=256) as pool:
        with pytest.raises(QueryCrashed, match=r"\[E046\] the query stopped its worker \(exit -?\d+\): it needed "
                                               r"more than 256 MiB"):
            pool.query(hog, JSON, "text/turtle")
        assert pool.query("ASK {}", JSON, "text/turtle").form == "ask"


@pytest.mark.slow
def test_queued_callers_wait_for_a_worker_instead_of_busy(pool):
    errors: list[Exception] = []

    def ask() -> None:
        try:
            for _ in range(5):
                pool.query("SELECT (COUNT(*) AS ?n) { ?s ?p ?o }", JSON, "text/turtle")
        except Exception as e:  # noqa: BLE001 - collected for the assertion
            errors.append(e)

    threads = [threading.Thread(target=ask) for _ in range(32)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(60)
    assert errors == []


@pytest.mark.slow
def test_the_nesting_bomb_in_the_cli_is_a_clean_error(seeds_build, tmp_path):
    bomb = tmp_path / "bomb.rq"
    bomb.write_text(BOMB)
    for args in (["-f", str(bomb)], ["SELECT * WHERE { FILTER(" + "1+" * 30000 + "1) }"]):
        done = subprocess.run([sys.executable, "-m", "claimsgraph", "query", *args, "--graph", str(seeds_build[0]),
                               "--timeout", "20"], capture_output=True, text=True, timeout=120)
        assert done.returncode == 1, done.stderr
        assert done.stderr.startswith("Error: [E04"), done.stderr


@pytest.mark.slow
def test_a_pool_started_cold_still_checks_queries_and_counts_triples(seeds_build, seeds_store):
    from claimsgraph.query import saved_query

    with QueryPool(seeds_build[0], workers=1, timeout=10.0, memory_mb=512, warm=False) as cold:
        with pytest.raises(QueryRefused, match="SERVICE is refused"):
            cold.query("SELECT * { SERVICE <http://127.0.0.1:9/> { ?s ?p ?o } }", JSON, "text/turtle")
        assert cold.query(saved_query("timeline").sparql, JSON, "text/turtle").form == "select"
        assert cold.triples == len(seeds_store)
