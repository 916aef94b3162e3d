"""Where SPARQL from outside runs: checked before parsing, parsed before running, run in a process that
cannot reach the network, has a memory cap and is killed at the time limit.

Why each layer:

- **Size and nesting, before any parser.** pyoxigraph's parser and evaluator recurse: a few
  thousand nested braces, or ten thousand chained ``1+1+…``, overflow the stack and the whole
  process dies with a segmentation fault. A linear scan that knows strings, IRIs, comments and
  escapes refuses queries over ``MAX_QUERY_BYTES`` or ``MAX_TOKENS`` (the grammar check below
  costs time by the token) or nested deeper than ``MAX_DEPTH``; what
  remains is parsed and run on a thread with a ``STACK_BYTES`` stack, measured to hold the
  worst query that fits the size limit, and in a worker process, so anything missed kills a
  worker, never the server or the command.
- **SERVICE and LOAD refused on the parse tree, and impossible anyway.** rdflib parses the query
  (a real SPARQL grammar, not a keyword filter, so escapes such as ``\\#`` in prefixed names
  and keywords glued to names are read as the grammar reads them) and any
  ``ServiceGraphPattern`` or ``Load`` refuses it; a query rdflib cannot read is refused too.
  Beneath that, workers install a seccomp filter that denies every socket but Unix ones, so
  even a query the two parsers read differently cannot open a connection, and no remote reply
  can ever be echoed.
- **Time and memory.** pyoxigraph cannot interrupt a query, so only a process boundary stops
  one: at the time limit the worker is killed (its CPU and memory freed at once) and a fresh
  one started; ``RLIMIT_AS`` caps what a query may allocate.

Updates (``writable``): one worker holds an in-memory copy of the build and answers queries
and updates in turn, so an update is visible to every later query. The accepted updates are
kept in order by the pool, and a worker started after a kill replays them on the build, so a
killed query loses no update (functions such as ``NOW()`` or ``BNODE()`` then give new
values). Read-only pools run several workers, each on its own read-only ``open_store``.
"""
from __future__ import annotations

import contextlib
import ctypes
import ctypes.util
import functools
import io
import multiprocessing
import os
import queue
import re
import resource
import sys
import threading
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from .errors import (ClaimsgraphError, FormatRefused, QueryBusy, QueryCrashed, QueryRefused, QuerySyntaxError, QueryTimedOut,
                     QueryTooDeep, QueryTooLarge)

MAX_QUERY_BYTES = 64 * 1024
MAX_DEPTH = 64
# rdflib's grammar check costs 0.3-0.8 ms a token: 32,000 tokens of `1+1+…` fit the size limit and
# took 20 s; 10,000 take at most 4 s. Real queries run far below it (a VALUES of 5,000 IRIs).
MAX_TOKENS = 10_000
# pyoxigraph needs about 25 KB of stack per level of a chained expression; 256 MiB holds every
# query of MAX_QUERY_BYTES tried (64,000 `!`, 32,000 `1+`, 7,200 `{} UNION`, 32,000 braces).
STACK_BYTES = 256 * 1024 * 1024
_IRI = re.compile(r'<[^<>"{}|^`\\\x00-\x20]*>')
_STRING_END = {q: re.compile(p) for q, p in (
    ('"""', r'(?:[^"\\]|\\.|"(?!""))*"""'), ("'''", r"(?:[^'\\]|\\.|'(?!''))*'''"),
    ('"', r'(?:[^"\\\n\r]|\\.)*"'), ("'", r"(?:[^'\\\n\r]|\\.)*'"))}
_WORD = set("_:?$.-@")   # characters of names, variables, numbers and language tags
_POSITION = re.compile(r"error at (\d+):(\d+)")


def check_limits(text: str) -> None:
    """Refuse a query too large, too long to check or too deeply nested for the engine, in one linear pass."""
    size = len(text.encode("utf-8"))
    if size > MAX_QUERY_BYTES:
        raise QueryTooLarge(f"the query is {size:,} bytes; at most {MAX_QUERY_BYTES:,} are accepted")
    depth, tokens, in_word, i, n = 0, 0, False, 0, len(text)
    while i < n:
        c = text[i]
        if c == "#":
            end = text.find("\n", i)
            i, in_word = (n if end < 0 else end + 1), False
            continue
        if c in "\"'":
            quote = c * 3 if text.startswith(c * 3, i) else c
            found = _STRING_END[quote].match(text, i + len(quote))
            i, tokens, in_word = (found.end() if found else n), tokens + 1, False
            continue
        if c == "<" and (iri := _IRI.match(text, i)):
            i, tokens, in_word = iri.end(), tokens + 1, False
            continue
        if c == "\\":  # an escape in a prefixed name (\# \' \( …) is a character, not syntax
            i += 2
            continue
        if c.isspace():
            in_word = False
        elif c.isalnum() or c in _WORD:
            tokens, in_word = tokens + (not in_word), True
        else:
            tokens, in_word = tokens + 1, False
        if tokens > MAX_TOKENS:
            raise QueryTooLarge(f"the query has more than {MAX_TOKENS:,} words and symbols, "
                                "too many to check in time; split it")
        if c in "({[":
            depth += 1
            if depth > MAX_DEPTH:
                line = text.count("\n", 0, i) + 1
                column = i - (text.rfind("\n", 0, i) + 1) + 1
                raise QueryTooDeep(f"brackets nested more than {MAX_DEPTH} deep (line {line}, column {column})")
        elif c in ")}]":
            depth = max(0, depth - 1)
        i += 1


@functools.lru_cache(maxsize=512)  # clients repeat their queries; only texts that passed are kept
def check_safe(text: str, update: bool = False, isolated: bool = False) -> None:
    """Refuse what rdflib cannot parse, and SERVICE or LOAD anywhere in its parse tree.

    When rdflib cannot read the text, pyoxigraph is asked for its (better placed) syntax error,
    but only when ``isolated`` (no network): reading means running it, on an empty store. A
    text pyoxigraph accepts and rdflib does not (``SERVICEx:a``, a keyword glued to a name, is
    SERVICE to one and a prefixed name to the other) is refused. Needs a deep stack: call it in
    a worker.
    """
    from pyparsing import ParseException
    from rdflib.plugins.sparql.parser import parseQuery, parseUpdate

    try:
        tree = (parseUpdate if update else parseQuery)(text)
    except ParseException as e:
        if isolated:
            _oxigraph_syntax_error(text, update)
            raise QueryRefused("the query cannot be checked for SERVICE and LOAD, so it is refused: "
                               f"the SPARQL grammar reads it otherwise (line {e.lineno}, column {e.col})") from None
        raise QuerySyntaxError(f"SPARQL syntax error at line {e.lineno}, column {e.col}: "
                               f"{e.msg[0].lower()}{e.msg[1:]}\n{_caret(text, e.lineno, e.col)}") from None
    fetching = _fetching(tree)
    if fetching:
        raise QueryRefused(f"{fetching} is refused: it would make this machine fetch a URL")


def _oxigraph_syntax_error(text: str, update: bool) -> None:
    import pyoxigraph as ox

    try:
        (ox.Store().update if update else ox.Store().query)(text)
    except SyntaxError as e:
        raise syntax_error(text, str(e)) from None
    except (OSError, RuntimeError, ValueError):
        pass


def syntax_error(text: str, message: str) -> QuerySyntaxError:
    """pyoxigraph's error with its line and column and the line shown, without lists of character ranges."""
    found = _POSITION.match(message)
    if not found:
        return QuerySyntaxError(f"SPARQL syntax error: {message}")
    # what follows the position lists the parser's alternatives there, often beside the point
    line, column = int(found[1]), int(found[2])
    lines = text.split("\n")
    if line > len(lines) or not lines[line - 1][column - 1:].strip() and not "".join(lines[line:]).strip():
        # the parser stopped at the end: point at the text's last character, not the blank after it
        ended = text.rstrip()
        line = ended.count("\n") + 1
        column = max(1, len(ended) - (ended.rfind("\n") + 1))
    return QuerySyntaxError(f"SPARQL syntax error at line {line}, column {column}\n{_caret(text, line, column)}")


def _caret(text: str, line: int, column: int) -> str:
    shown = (text.split("\n")[line - 1] if line <= text.count("\n") + 1 else "").rstrip("\r")
    start = max(0, column - 60)
    return f"  {shown[start:start + 120]}\n  {' ' * (column - 1 - start)}^"


def _fetching(tree: object) -> str | None:
    """SERVICE or LOAD if the rdflib parse tree holds one (walked without recursion)."""
    from rdflib.plugins.sparql.parserutils import CompValue

    todo = [tree]
    while todo:
        node = todo.pop()
        if isinstance(node, CompValue):
            if node.name == "ServiceGraphPattern":
                return "SERVICE"
            if node.name == "Load":
                return "LOAD"
            todo.extend(node.values())
        elif isinstance(node, dict):
            todo.extend(node.values())
        elif isinstance(node, (list, tuple)) or type(node).__name__ == "ParseResults":
            todo.extend(node)
    return None


@dataclass(frozen=True, slots=True)
class Answer:
    """A query's result, serialised in the worker: ``form`` is select, ask or graph."""

    form: str
    media_type: str
    body: bytes


# ---------------------------------------------------------------- inside a worker process

def _ban_network() -> bool:
    """Deny every socket but AF_UNIX to this process and its threads (seccomp); False if unavailable."""
    name = ctypes.util.find_library("seccomp") or "libseccomp.so.2"
    try:
        lib = ctypes.CDLL(name)
    except OSError:
        return False

    class Comparison(ctypes.Structure):  # struct scmp_arg_cmp
        _fields_ = [("arg", ctypes.c_uint), ("op", ctypes.c_int), ("datum_a", ctypes.c_uint64),
                    ("datum_b", ctypes.c_uint64)]

    allow, refuse = 0x7FFF0000, 0x00050000 | 13  # SCMP_ACT_ALLOW, SCMP_ACT_ERRNO(EACCES)
    lib.seccomp_init.restype = ctypes.c_void_p
    lib.seccomp_init.argtypes = [ctypes.c_uint32]
    lib.seccomp_attr_set.argtypes = [ctypes.c_void_p, ctypes.c_int, ctypes.c_uint32]
    lib.seccomp_rule_add_array.argtypes = [ctypes.c_void_p, ctypes.c_uint32, ctypes.c_int, ctypes.c_uint,
                                           ctypes.POINTER(Comparison)]
    lib.seccomp_syscall_resolve_name.argtypes = [ctypes.c_char_p]
    lib.seccomp_load.argtypes = lib.seccomp_release.argtypes = [ctypes.c_void_p]
    context = lib.seccomp_init(allow)
    if not context:
        return False
    try:
        lib.seccomp_attr_set(context, 4, 1)  # SCMP_FLTATR_CTL_TSYNC: every thread, not only this one
        not_unix = Comparison(0, 1, 1, 0)  # argument 0 (the address family) != AF_UNIX
        for call in (b"socket", b"socketpair"):
            number = lib.seccomp_syscall_resolve_name(call)
            if lib.seccomp_rule_add_array(context, refuse, number, 1, ctypes.byref(not_unix)) != 0:
                return False
        return lib.seccomp_load(context) == 0
    finally:
        lib.seccomp_release(context)


def _worker(conn, graph_dir: str, memory_bytes: int, writable: bool, replay: Sequence[str], warm: bool) -> None:
    """Entry point of a worker process: answer messages on ``conn`` until it closes."""
    isolated = _ban_network()
    sys.setrecursionlimit(1_000_000)  # rdflib's parser recurses per nesting level; the stack is large
    threading.stack_size(STACK_BYTES)
    thread = threading.Thread(target=_serve_worker, args=(conn, graph_dir, memory_bytes, writable, replay,
                                                           isolated, warm), name="sparql")
    thread.start()
    thread.join()


def _serve_worker(conn, graph_dir: str, memory_bytes: int, writable: bool, replay: Sequence[str],
                  isolated: bool, warm: bool) -> None:
    import pyoxigraph as ox

    from .query import saved_queries
    from .store import open_store

    saved = {q.sparql for q in saved_queries()}  # the package's own texts, checked by its tests

    try:
        store = open_store(Path(graph_dir))
        if writable:
            copy = ox.Store()
            copy.bulk_extend(store)
            store = copy
            for text in replay:
                store.update(text)
    except ClaimsgraphError as e:
        conn.send(("error", e))
        return
    if memory_bytes:
        resource.setrlimit(resource.RLIMIT_AS, (_address_space() + memory_bytes,) * 2)
    if warm:
        check_safe("ASK {}")  # imports the parser now rather than in the first query's time
    # counting reads every quad (seconds on millions): only an updatable copy counts here, as it changes
    conn.send(("ready", isolated, len(store) if writable else None))
    while True:
        try:
            kind, text, formats = conn.recv()
        except EOFError:
            return
        try:
            check_limits(text)
            if kind == "update" or text not in saved:  # a saved query needs no parser (1 s to load, 0.5 s to read)
                check_safe(text, update=kind == "update", isolated=isolated)
            if kind == "update":
                store.update(text)
                conn.send(("ok", len(store)))
            else:
                conn.send(("ok", answer(store, text, formats)))
        except ClaimsgraphError as e:
            conn.send(("error", e))
        except SyntaxError as e:  # rdflib accepted what pyoxigraph refuses
            conn.send(("error", syntax_error(text, str(e))))
        except MemoryError:
            conn.send(("error", QueryCrashed("the query needed more memory than the limit")))
        except (OSError, RuntimeError, ValueError) as e:
            conn.send(("error", QueryCrashed(f"the query failed: {e}")))


def answer(store, text: str, formats: dict[str, str | FormatRefused]) -> Answer:
    """Run a checked query and serialise its result in the format ``formats`` gives for its form."""
    import pyoxigraph as ox

    result = store.query(text, use_default_graph_as_union=True)
    form = ("graph" if isinstance(result, ox.QueryTriples)
            else "ask" if isinstance(result, ox.QueryBoolean) else "select")
    media_type = formats["graph" if form == "graph" else "results"]
    if isinstance(media_type, FormatRefused):
        raise media_type
    kind = ox.RdfFormat if form == "graph" else ox.QueryResultsFormat
    output = io.BytesIO()
    result.serialize(output, format=kind.from_media_type(media_type))
    return Answer(form, media_type, output.getvalue())


def _address_space() -> int:
    with open("/proc/self/statm") as f:
        return int(f.read().split()[0]) * os.sysconf("SC_PAGE_SIZE")


# ---------------------------------------------------------------- in the serving process

class _Worker:
    def __init__(self, context, graph_dir: Path, memory_bytes: int, writable: bool, replay: list[str],
                 warm: bool):
        self.conn, child = context.Pipe()
        self.process = context.Process(target=_worker, args=(child, str(graph_dir), memory_bytes, writable,
                                                             list(replay), warm), daemon=True,
                                       name="sparql-worker")
        self.process.start()
        child.close()

    def ready(self, timeout: float) -> tuple[bool, int | None]:
        """Wait for the store to open; (network banned, triples when writable, else None)."""
        if not self.conn.poll(timeout):
            self.kill()
            raise QueryCrashed(f"a query worker did not start within {timeout:g} s")
        try:
            reply = self.conn.recv()
        except (EOFError, OSError):
            self.kill()
            raise QueryCrashed(f"a query worker stopped while opening the graph "
                               f"(exit {self.process.exitcode})") from None
        if reply[0] == "error":
            self.kill()
            raise reply[1]
        return reply[1], reply[2]

    def kill(self) -> None:
        self.process.kill()
        self.process.join(5)
        with contextlib.suppress(OSError):   # a restart's thread, failing, may have closed it first
            self.conn.close()


class QueryPool:
    """Worker processes that run queries (and updates, when ``writable``) on GRAPH_DIR's build.

    A caller waits at most ``wait`` seconds for a free worker (then ``QueryBusy``; by default a
    minute, or the time limit if longer) and ``timeout``
    seconds for the answer (then the worker is killed and replaced, and ``QueryTimedOut``).
    Thread-safe: each call blocks its own thread.
    """

    def __init__(self, graph_dir: Path, *, workers: int = 2, timeout: float | None = 30.0,
                 memory_mb: int = 2048, writable: bool = False, wait: float | None = None,
                 start_timeout: float = 120.0, warm: bool = True):
        self.graph_dir = Path(graph_dir)
        self.warm = warm   # workers load the query checker at start (a server), not at the first query (one query)
        self.timeout = timeout
        # A caller queues, rather than hear "busy", as long as workers keep freeing up: each is
        # freed by the time limit at the latest, so only a flood waits this long.
        self.wait = max(60.0, timeout or 0.0) if wait is None else wait
        self.memory_bytes = memory_mb * 1024 * 1024
        self.writable = writable
        self.size = 1 if writable else max(1, workers)
        self.start_timeout = start_timeout
        self.isolated = False
        self._triples: int | None = None
        self._context = multiprocessing.get_context("spawn")
        self._idle: queue.Queue[_Worker] = queue.Queue()
        self._updates: list[str] = []
        self._all: set[_Worker] = set()
        self._lock = threading.Lock()
        self._closed = False

    def __enter__(self) -> QueryPool:
        self.start()
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def start(self) -> None:
        """Start every worker and wait until each has opened the graph (errors raised here)."""
        started = [self._spawn() for _ in range(self.size)]
        try:
            for worker in started:
                self.isolated, self._triples = worker.ready(self.start_timeout)
                self._idle.put(worker)
        except BaseException:
            self.close()
            raise

    @property
    def triples(self) -> int:
        """Triples in the graph: counted once, when first asked (a query needs no count)."""
        if self._triples is None:
            from .store import open_store

            self._triples = len(open_store(self.graph_dir))
        return self._triples

    def close(self) -> None:
        with self._lock:
            self._closed = True
            workers, self._all = list(self._all), set()
        for worker in workers:
            worker.kill()

    def query(self, text: str, results_type: str | FormatRefused, graph_type: str | FormatRefused) -> Answer:
        """Run a query, its answer in the media type for its form (SELECT and ASK: results; CONSTRUCT
        and DESCRIBE: graph); a FormatRefused given instead is raised if the form needs it."""
        check_limits(text)
        return self._call(("query", text, {"results": results_type, "graph": graph_type}))

    def update(self, text: str) -> None:
        check_limits(text)
        self._triples = self._call(("update", text, {}))
        self._updates.append(text)  # only one worker exists when writable, and calls to it are serial

    def _spawn(self) -> _Worker:
        worker = _Worker(self._context, self.graph_dir, self.memory_bytes, self.writable, self._updates, self.warm)
        with self._lock:
            self._all.add(worker)
        return worker

    def _replace(self, dead: _Worker) -> None:
        """Kill a worker and start another in the background; it joins the idle ones when ready."""
        dead.kill()
        with self._lock:
            self._all.discard(dead)
            if self._closed:
                return
        fresh = self._spawn()

        def wait_ready() -> None:
            try:
                fresh.ready(self.start_timeout)
            except (ClaimsgraphError, OSError, EOFError, ValueError):
                # the pool closed meanwhile (its pipes too: any of these), or the worker failed to start
                if not self._closed:
                    self._replace(fresh)
                return
            self._idle.put(fresh)

        threading.Thread(target=wait_ready, daemon=True, name="sparql-restart").start()

    def _call(self, message: tuple) -> object:
        try:
            worker = self._idle.get(timeout=self.wait)
        except queue.Empty:
            raise QueryBusy(f"every query worker was busy for {self.wait:g} s; try again later") from None
        try:
            worker.conn.send(message)
            if not worker.conn.poll(self.timeout):
                self._replace(worker)
                raise QueryTimedOut(f"the {message[0]} ran over the time limit of {self.timeout:g} s "
                                    "and was stopped")
            reply = worker.conn.recv()
        except (EOFError, OSError):
            worker.process.join(2)
            code = worker.process.exitcode
            self._replace(worker)
            raise QueryCrashed(f"the {message[0]} stopped its worker (exit {code}): it needed more than "
                               f"{self.memory_bytes // 2 ** 20} MiB, or broke a limit of the engine") from None
        self._idle.put(worker)
        if reply[0] == "error":
            raise reply[1]
        return reply[1]
