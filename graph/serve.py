"""A SPARQL 1.1 Protocol endpoint over a built graph folder.

Starlette does the routing and CORS; uvicorn is the HTTP server. Queries see the union of the
named graphs, as everywhere in claimsgraph; asking for another dataset (``default-graph-uri``,
``named-graph-uri``) answers 400.

Queries and updates never run in this process: a ``sandbox.QueryPool`` of worker processes
runs them, refuses SERVICE and LOAD on the parse tree (and cannot open a network socket at
all), and kills a worker at the time limit, so an abandoned query frees its CPU and memory.
A request waits for a free worker up to the time limit before ``503 busy``. With
``allow_update`` one worker holds an in-memory copy and takes queries and updates in turn
(see ``sandbox``): ``/update`` never changes the build on disk.

Who may ask: CORS allows every origin to read, so a browser SPARQL editor such as YASGUI
works. The Host header must name this server (loopback names with its port, or an
``allowed_hosts`` entry), so a web page that rebinds its DNS name to 127.0.0.1 is refused
with 421; updates are taken only from the endpoint's own origin or from tools that send no
Origin. The default bind is loopback; another one is served with a warning.
"""
from __future__ import annotations

import contextlib
import errno
import ipaddress
import os
import socket
from collections.abc import AsyncIterator, Callable, Iterable
from pathlib import Path
from urllib.parse import parse_qsl

import anyio
import pyoxigraph as ox
import uvicorn
from starlette.applications import Starlette
from starlette.datastructures import Headers
from starlette.exceptions import HTTPException
from starlette.middleware import Middleware
from starlette.middleware.cors import CORSMiddleware
from starlette.requests import Request
from starlette.responses import FileResponse, JSONResponse, PlainTextResponse, Response
from starlette.routing import Route
from starlette.types import ASGIApp, Receive, Scope, Send

from .errors import (FormatRefused, QueryBusy, QueryCrashed, QueryError, QueryRefused, QuerySyntaxError,
                     QueryTimedOut, QueryTooDeep, QueryTooLarge, ServeError)
from .sandbox import MAX_QUERY_BYTES, QueryPool

PAGE = "graph.html"
LOOPBACK_NAMES = ("localhost", "127.0.0.1", "[::1]")
# A GET's query string may be percent-encoded three bytes per byte, plus the other parameters;
# uvicorn must read a request line that long to answer 414 rather than drop the connection.
MAX_REQUEST_LINE = 4 * 1024 * 1024
STATUS = {QueryTooDeep: 400, QueryRefused: 400, QuerySyntaxError: 400, FormatRefused: 406,
          QueryTimedOut: 503, QueryBusy: 503, QueryCrashed: 500}

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
    "rdfxml": ox.RdfFormat.RDF_XML, "xml": ox.RdfFormat.RDF_XML, "application/rdf+xml": ox.RdfFormat.RDF_XML,
    "jsonld": ox.RdfFormat.JSON_LD, "json-ld": ox.RdfFormat.JSON_LD, "json": ox.RdfFormat.JSON_LD,
    "application/ld+json": ox.RdfFormat.JSON_LD,
}


def create_app(graph_dir: Path, allow_update: bool = False, timeout: float = 30.0, *,
               host: str = "127.0.0.1", port: int = 7878, allowed_hosts: Iterable[str] = (),
               workers: int = 2, memory_mb: int = 2048) -> Starlette:
    """The ASGI app; its query workers open GRAPH_DIR now, so a missing build fails before serving."""
    graph_dir = Path(graph_dir)
    pool = QueryPool(graph_dir, workers=workers, timeout=timeout, memory_mb=memory_mb, writable=allow_update)
    pool.start()
    # every caller blocks a thread while its worker runs or while it waits for one
    threads = anyio.CapacityLimiter(256)

    async def in_pool(call: Callable[[], object], get: bool = False) -> object:
        try:
            return await anyio.to_thread.run_sync(call, limiter=threads)
        except QueryTooLarge as e:
            raise HTTPException(414 if get else 413, str(e)) from None
        except QueryError as e:
            raise HTTPException(STATUS.get(type(e), 500), str(e)) from None

    async def sparql(request: Request) -> Response:
        params, text = await _operation(request, "query", "application/sparql-query")
        _single_dataset(params, "default-graph-uri", "named-graph-uri")
        accept, fmt = request.headers.get("accept", ""), params.get("format")
        results, graph = _choose(RESULT_FORMATS, accept, fmt), _choose(GRAPH_FORMATS, accept, fmt)
        answer = await in_pool(lambda: pool.query(text, results, graph), get=request.method == "GET")
        return Response(answer.body, media_type=answer.media_type)

    async def update(request: Request) -> Response:
        if not allow_update:
            raise HTTPException(403, "this endpoint is read-only; serve with allow_update=True "
                                     "(--allow-update) to accept SPARQL Update")
        origin = request.headers.get("origin")
        if origin is not None and origin != f"http://{request.headers.get('host')}":
            # a form on another site posts here without a CORS preflight: updates come from tools only
            raise HTTPException(403, f"updates from web pages of other origins ({origin}) are refused")
        params, text = await _operation(request, "update", "application/sparql-update")
        _single_dataset(params, "using-graph-uri", "using-named-graph-uri")
        await in_pool(lambda: pool.update(text))
        return Response(status_code=204)

    def page(request: Request) -> Response:
        path = graph_dir / PAGE
        if not path.is_file():
            raise HTTPException(404, f"no {PAGE} in {graph_dir}; run `claimsgraph build` or `claimsgraph view`")
        return FileResponse(path, media_type="text/html")

    def health(request: Request) -> Response:
        return JSONResponse({"status": "ok", "triples": pool.triples})

    @contextlib.asynccontextmanager
    async def lifespan(app: Starlette) -> AsyncIterator[None]:
        try:
            yield
        finally:
            pool.close()

    app = Starlette(
        routes=[Route("/", page), Route("/health", health),
                Route("/sparql", sparql, methods=["GET", "POST"]), Route("/update", update, methods=["POST"])],
        middleware=[Middleware(HostCheck, allowed=served_hosts(host, port, allowed_hosts)),
                    Middleware(CORSMiddleware, allow_origins=["*"], allow_methods=["GET", "POST"],
                               allow_headers=["*"])],
        lifespan=lifespan,
    )
    app.state.isolated = pool.isolated
    return app


class HostCheck:
    """Answers 421 to a request whose Host header names another server (DNS rebinding)."""

    def __init__(self, app: ASGIApp, allowed: frozenset[str]):
        self.app = app
        self.allowed = allowed

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "http":
            host = Headers(scope=scope).get("host", "").lower()
            if host not in self.allowed:
                refusal = PlainTextResponse(f"this server does not answer for the host {host!r}; serve with "
                                            "--allowed-host NAME to add it", status_code=421)
                await refusal(scope, receive, send)
                return
        await self.app(scope, receive, send)


def served_hosts(host: str, port: int, extra: Iterable[str] = ()) -> frozenset[str]:
    """Host header values this server answers: loopback names and the bound address with the
    port, and each extra name (with the port unless it carries one)."""
    names = set(LOOPBACK_NAMES)
    if not _is_wildcard(host):
        names.add(f"[{host}]" if ":" in host else host)
    allowed = {f"{n}:{port}".lower() for n in names}
    for name in extra:
        name = name.strip().lower()
        has_port = name.rpartition(":")[2].isdigit() and (not name.startswith("[") or "]:" in name)
        allowed.add(name if has_port else f"{name}:{port}")
    return frozenset(allowed)


def exposure_warning(host: str, allow_update: bool) -> str | None:
    """What to tell the user when the server is reachable from other machines."""
    if host == "localhost" or (_is_ip(host) and ipaddress.ip_address(host).is_loopback):
        return None
    if allow_update:
        return (f"WARNING: bound to {host} with --allow-update: anyone who can reach this machine can "
                "read AND CHANGE the served graph. Serve on 127.0.0.1 unless this network is yours alone.")
    return (f"warning: bound to {host}: anyone who can reach this machine can query the graph (name it to "
            "them with --allowed-host; other Host headers get 421)")


def make_server(app: ASGIApp, host: str, port: int, **config: object) -> uvicorn.Server:
    """The uvicorn server for APP, reading request lines long enough to answer 414 to them."""
    return uvicorn.Server(uvicorn.Config(app, host=host, port=port, h11_max_incomplete_event_size=MAX_REQUEST_LINE,
                                         **config))


def run(graph_dir: Path, host: str = "127.0.0.1", port: int = 7878, allow_update: bool = False,
        timeout: float = 30.0, allowed_hosts: Iterable[str] = (), workers: int = 2, memory_mb: int = 2048,
        announce: Callable[[str], None] = print) -> None:
    """Serve until interrupted; a taken port or a graph that is not built fails before anything is announced."""
    listener = _bind(host, port)
    try:
        app = create_app(graph_dir, allow_update, timeout, host=host, port=port, allowed_hosts=allowed_hosts,
                         workers=workers, memory_mb=memory_mb)
        if not app.state.isolated:
            announce("warning: seccomp is not available here, so query workers can open network sockets; "
                     "SERVICE and LOAD are still refused on the parsed query")
        shown = f"[{host}]" if ":" in host else host
        announce(f"SPARQL endpoint on http://{shown}:{port}/sparql, graph page on http://{shown}:{port}/")
        make_server(app, host, port).run(sockets=[listener])
    finally:
        listener.close()


def _bind(host: str, port: int) -> socket.socket:
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    listener = socket.socket(family, socket.SOCK_STREAM)
    listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    try:
        listener.bind((host, port))
    except OSError as e:
        listener.close()
        if e.errno == errno.EADDRINUSE:
            raise ServeError(f"port {port} on {host} is already in use; stop what holds it or choose "
                             "another with --port") from None
        raise ServeError(f"cannot listen on {host}:{port}: {os.strerror(e.errno or 0)}") from None
    listener.listen(2048)
    listener.set_inheritable(True)
    return listener


def _is_ip(host: str) -> bool:
    try:
        ipaddress.ip_address(host)
    except ValueError:
        return False
    return True


def _is_wildcard(host: str) -> bool:
    return host in ("", "0.0.0.0", "::")


async def _operation(request: Request, field: str, body_type: str) -> tuple[dict[str, str], str]:
    """The parameters and the query or update text, from the URL, a form or a direct POST body.

    Bodies and URLs longer than a query may be are refused before they are decoded.
    """
    if len(request.url.query) > 3 * MAX_QUERY_BYTES + 4096:
        raise HTTPException(414, f"the URL is too long; a {field} may be at most {MAX_QUERY_BYTES:,} bytes")
    params = dict(request.query_params)
    text = None
    if request.method == "POST":
        content_type = request.headers.get("content-type", "").partition(";")[0].strip().lower()
        if content_type not in (body_type, "application/x-www-form-urlencoded"):
            raise HTTPException(415, f"send the {field} as application/x-www-form-urlencoded or {body_type}")
        form = content_type != body_type
        body = await _body(request, 3 * MAX_QUERY_BYTES + 4096 if form else MAX_QUERY_BYTES, field)
        try:
            decoded = body.decode("utf-8")
        except UnicodeDecodeError:
            raise HTTPException(400, f"the {field} is not UTF-8") from None
        if form:
            params.update(parse_qsl(decoded, keep_blank_values=True))
        else:
            text = decoded
    text = params.get(field) if text is None else text
    if not text:
        raise HTTPException(400, f"missing the {field!r} parameter")
    return params, text


async def _body(request: Request, limit: int, field: str) -> bytes:
    chunks, size = [], 0
    async for chunk in request.stream():
        size += len(chunk)
        if size > limit:
            raise HTTPException(413, f"the request body is too large; a {field} may be at most "
                                     f"{MAX_QUERY_BYTES:,} bytes")
        chunks.append(chunk)
    return b"".join(chunks)


def _single_dataset(params: dict[str, str], *names: str) -> None:
    given = [n for n in names if n in params]
    if given:
        raise HTTPException(400, f"{', '.join(given)} not supported: queries run over the union of all the "
                                 "named graphs; use GRAPH or FILTER in the query to narrow it")


def _choose(offers: dict[str, ox.RdfFormat | ox.QueryResultsFormat], accept: str,
            fmt: str | None) -> str | FormatRefused:
    """The media type named by ``format``, else the Accept header's best offer, else the default;
    a FormatRefused when none fits (raised only if the query's form needs this kind of format)."""
    default = next(iter(offers.values())).media_type
    names = ", ".join(k for k in offers if "/" not in k)
    if fmt:
        if fmt.strip().lower() in offers:
            return offers[fmt.strip().lower()].media_type
        return FormatRefused(f"format {fmt!r} is not offered for this query form; use one of: {names}")
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
            return offers[media].media_type
        if media == "*/*":
            return default
        if media.endswith("/*"):
            match = next((f for m, f in offers.items() if m.startswith(media[:-1])), None)
            if match is not None:
                return match.media_type
    return FormatRefused(f"no offered format matches Accept: {accept}; offered: {names}")


def _float(text: str) -> float:
    try:
        return float(text)
    except ValueError:
        return 0.0
