"""A SPARQL 1.1 Protocol endpoint over a built graph folder.

Starlette does the routing, the form and query-string decoding and CORS; uvicorn
is the HTTP server. Both are small, maintained and async, so a request waiting
on a long query costs no server thread, and a test can run the server in a
background thread. Queries see the union of the named graphs, as everywhere
in claimsgraph; asking for another dataset (``default-graph-uri``,
``named-graph-uri``) answers 400.

Time limit: pyoxigraph cannot interrupt a query, so each query runs in a daemon
thread of its own and the request waits for it at most ``timeout`` seconds, then
answers 503. The thread is abandoned and runs to its end: pyoxigraph releases
the GIL while it evaluates, so the server keeps answering, and being a daemon
it never blocks shutdown. At most ``MAX_RUNNING`` queries run at once, abandoned
ones included; past that the server answers 503 until one ends. (A subprocess
would stop a runaway query but needs its own copy of the store and would
lose updates.)

Read-only unless ``allow_update``: then ``/update`` changes the in-memory store
only, never claims.trig. CORS allows every origin, so a browser SPARQL editor
such as YASGUI works, and so can any web page the user opens: that is why the
default bind is loopback and why ``SERVICE`` and ``LOAD`` are refused, as
pyoxigraph would fetch whatever URL they name.
"""
from __future__ import annotations

import asyncio
import io
import re
import threading
from collections.abc import Callable
from concurrent.futures import Future
from pathlib import Path
from typing import TypeVar
from urllib.parse import urlsplit

import pyoxigraph as ox
import uvicorn
from starlette.applications import Starlette
from starlette.exceptions import HTTPException
from starlette.middleware import Middleware
from starlette.middleware.cors import CORSMiddleware
from starlette.requests import Request
from starlette.responses import FileResponse, JSONResponse, Response
from starlette.routing import Route

from .store import open_store

MAX_RUNNING = 8
PAGE = "graph.html"
T = TypeVar("T")
F = TypeVar("F", ox.QueryResultsFormat, ox.RdfFormat)

# Names for the `format` parameter and media types for Accept; the first is the default.
RESULT_FORMATS = {
    "json": ox.QueryResultsFormat.JSON, "application/sparql-results+json": ox.QueryResultsFormat.JSON,
    "application/json": ox.QueryResultsFormat.JSON,
    "xml": ox.QueryResultsFormat.XML, "application/sparql-results+xml": ox.QueryResultsFormat.XML,
    "csv": ox.QueryResultsFormat.CSV, "text/csv": ox.QueryResultsFormat.CSV,
    "tsv": ox.QueryResultsFormat.TSV, "text/tab-separated-values": ox.QueryResultsFormat.TSV,
}
GRAPH_FORMATS = {
    "turtle": ox.RdfFormat.TURTLE, "ttl": ox.RdfFormat.TURTLE, "text/turtle": ox.RdfFormat.TURTLE,
    "ntriples": ox.RdfFormat.N_TRIPLES, "nt": ox.RdfFormat.N_TRIPLES,
    "application/n-triples": ox.RdfFormat.N_TRIPLES,
}
# Strings, IRIs and comments, blanked out before looking for the SERVICE and LOAD keywords.
_NOT_CODE = re.compile(r'#[^\n]*|"""[\s\S]*?"""|\'\'\'[\s\S]*?\'\'\'|"(?:[^"\\\n\r]|\\.)*"'
                       r'|\'(?:[^\'\\\n\r]|\\.)*\'|<[^<>"{}|^`\\\x00-\x20]*>')
# No lookahead: "SERVICEx:admin" glues the keyword to a prefixed name and still runs.
_FETCHING = re.compile(r"(?<![\w:?$])(?:SERVICE|LOAD)", re.IGNORECASE)


def create_app(graph_dir: Path, allow_update: bool = False, timeout: float = 30.0) -> Starlette:
    """The ASGI app; loads GRAPH_DIR/claims.trig now, so a missing build fails before serving."""
    graph_dir = Path(graph_dir)
    store = open_store(graph_dir)
    slots = threading.BoundedSemaphore(MAX_RUNNING)

    async def in_thread(work: Callable[[], T], what: str) -> T:
        if not slots.acquire(blocking=False):
            raise HTTPException(503, f"busy: {MAX_RUNNING} queries are still running; try again later")
        done: Future[T] = Future()
        done.set_running_or_notify_cancel()  # so a timed-out wait cannot cancel it under the thread

        def target() -> None:
            try:
                done.set_result(work())
            except Exception as e:
                done.set_exception(e)
            finally:
                slots.release()

        threading.Thread(target=target, daemon=True, name="sparql").start()
        try:
            return await asyncio.wait_for(asyncio.wrap_future(done), timeout)
        except TimeoutError:
            raise HTTPException(503, f"the {what} ran over the time limit of {timeout:g} s; "
                                     "the server stopped waiting for it") from None

    async def sparql(request: Request) -> Response:
        params, text = await _operation(request, "query", "application/sparql-query")
        _single_dataset(params, "default-graph-uri", "named-graph-uri")
        accept, fmt = request.headers.get("accept", ""), params.get("format")
        content, media_type = await in_thread(lambda: _evaluate(store, text, accept, fmt), "query")
        return Response(content, media_type=media_type)

    async def update(request: Request) -> Response:
        if not allow_update:
            raise HTTPException(403, "this endpoint is read-only; serve with allow_update=True "
                                     "(--allow-update) to accept SPARQL Update")
        origin = request.headers.get("origin")
        if origin and urlsplit(origin).netloc != request.headers.get("host"):
            # a form on another site posts here without a CORS preflight: updates come from tools only
            raise HTTPException(403, f"updates from web pages of other origins ({origin}) are refused")
        params, text = await _operation(request, "update", "application/sparql-update")
        _single_dataset(params, "using-graph-uri", "using-named-graph-uri")
        await in_thread(lambda: _apply(store, text), "update")
        return Response(status_code=204)

    def page(request: Request) -> Response:
        path = graph_dir / PAGE
        if not path.is_file():
            raise HTTPException(404, f"no {PAGE} in {graph_dir}; run `claimsgraph build` or `claimsgraph view`")
        return FileResponse(path, media_type="text/html")

    def health(request: Request) -> Response:
        return JSONResponse({"status": "ok", "triples": len(store)})

    return Starlette(
        routes=[Route("/", page), Route("/health", health),
                Route("/sparql", sparql, methods=["GET", "POST"]), Route("/update", update, methods=["POST"])],
        middleware=[Middleware(CORSMiddleware, allow_origins=["*"], allow_methods=["GET", "POST"],
                               allow_headers=["*"])],
    )


def run(graph_dir: Path, host: str = "127.0.0.1", port: int = 7878, allow_update: bool = False,
        timeout: float = 30.0) -> None:
    """Serve until interrupted; a graph that is not built fails before the port opens."""
    uvicorn.run(create_app(graph_dir, allow_update, timeout), host=host, port=port)


async def _operation(request: Request, field: str, body_type: str) -> tuple[dict[str, str], str]:
    """The parameters and the query or update text, from the URL, a form or a direct POST body.

    Refuses SERVICE and LOAD here, before anything runs.
    """
    params = dict(request.query_params)
    text = None
    if request.method == "POST":
        content_type = request.headers.get("content-type", "").partition(";")[0].strip().lower()
        if content_type == body_type:
            try:
                text = (await request.body()).decode("utf-8")
            except UnicodeDecodeError:
                raise HTTPException(400, f"the {field} is not UTF-8") from None
        elif content_type == "application/x-www-form-urlencoded":
            async with request.form() as form:
                params.update((k, v) for k, v in form.items() if isinstance(v, str))
        else:
            raise HTTPException(415, f"send the {field} as application/x-www-form-urlencoded or {body_type}")
    text = params.get(field) if text is None else text
    if not text:
        raise HTTPException(400, f"missing the {field!r} parameter")
    if _FETCHING.search(_NOT_CODE.sub(" ", text)):
        raise HTTPException(400, "SERVICE and LOAD are refused: they would make this server fetch any URL")
    return params, text


def _single_dataset(params: dict[str, str], *names: str) -> None:
    given = [n for n in names if n in params]
    if given:
        raise HTTPException(400, f"{', '.join(given)} not supported: queries run over the union of all the "
                                 "named graphs; use GRAPH or FILTER in the query to narrow it")


def _evaluate(store: ox.Store, sparql: str, accept: str, fmt: str | None) -> tuple[bytes, str]:
    """Run and serialise in one go: pyoxigraph evaluates lazily, while it serialises."""
    try:
        result = store.query(sparql, use_default_graph_as_union=True)
        output = io.BytesIO()
        if isinstance(result, ox.QueryTriples):
            graph_format = _choose(GRAPH_FORMATS, accept, fmt)
            result.serialize(output, format=graph_format)
            return output.getvalue(), graph_format.media_type
        results_format = _choose(RESULT_FORMATS, accept, fmt)
        result.serialize(output, format=results_format)
        return output.getvalue(), results_format.media_type
    except SyntaxError as e:
        raise HTTPException(400, f"SPARQL syntax error: {e}") from None
    except (OSError, RuntimeError, ValueError) as e:
        raise HTTPException(500, f"query failed: {e}") from None


def _apply(store: ox.Store, sparql: str) -> None:
    try:
        store.update(sparql)
    except SyntaxError as e:
        raise HTTPException(400, f"SPARQL syntax error: {e}") from None
    except (OSError, RuntimeError, ValueError) as e:
        raise HTTPException(500, f"update failed: {e}") from None


def _choose(offers: dict[str, F], accept: str, fmt: str | None) -> F:
    """The format named by ``format``, else the Accept header's best offer, else the default."""
    default = next(iter(offers.values()))
    names = ", ".join(k for k in offers if "/" not in k)
    if fmt:
        if fmt.strip().lower() in offers:
            return offers[fmt.strip().lower()]
        raise HTTPException(406, f"format {fmt!r} is not offered for this query form; use one of: {names}")
    if not accept.strip():
        return default
    ranges = []
    for i, item in enumerate(accept.split(",")):
        media, *params = [p.strip().lower() for p in item.split(";")]
        q = next((p.partition("=")[2] for p in params if p.startswith("q=")), "1")
        ranges.append((-_float(q), i, media))
    for negative_q, _, media in sorted(ranges):
        if negative_q >= 0:
            break
        if media in offers:
            return offers[media]
        if media == "*/*":
            return default
        if media.endswith("/*"):
            match = next((f for m, f in offers.items() if m.startswith(media[:-1])), None)
            if match is not None:
                return match
    raise HTTPException(406, f"no offered format matches Accept: {accept}; offered: {names}")


def _float(text: str) -> float:
    try:
        return float(text)
    except ValueError:
        return 0.0
