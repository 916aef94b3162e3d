"""Build synthetic corpora of growing size, then export, query, validate and re-build them: one table.

    python3 benchmarks/run.py [--sizes 100,1000,10000] [--huge] [--keep DIR] [--out results.json] [--note TEXT]
    python3 benchmarks/run.py --table results.json ... [--note TEXT]   # the table of saved runs, sizes merged

For each size, in fresh processes of the command line as a user runs it
(`python -m claimsgraph`): a build with -j 1 (time, CPU, peak memory of the
largest process of its tree), the store's size, a clean build with -j 2, each
RDF export, every saved query over HTTP (`claimsgraph serve`, 20 requests after
one to warm up, 3 if that one took over 2 s) and by `claimsgraph query -n`
(start-up included), `validate`, and re-builds after nothing changed, one
document added and 1% changed. Beside them, on the same data:
pyoxigraph's own bulk load and dumps and rdflib's parse and query
(benchmarks/probes.py). A step that runs longer than 10 minutes is stopped and
shown as "—"; a run stopped early keeps the steps it finished (--out). The
issue's targets are checked at the largest size measured. Numbers, not
assertions: the machine may be shared.
"""
from __future__ import annotations

import argparse
import datetime
import json
import os
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import urllib.parse
import urllib.request
from collections.abc import Callable
from dataclasses import asdict, dataclass
from pathlib import Path

from generate import write_article, write_corpus

from claimsgraph.query import saved_queries

HERE = Path(__file__).resolve().parent
CLI = [sys.executable, "-m", "claimsgraph"]
LIMIT = 600.0                  # seconds a step may run
RDFLIB_QUERY = "claims_by_claimant"
EXPORTS = {"turtle": "ttl", "trig": "trig", "nquads": "nq", "jsonld": "jsonld"}
HTTP_REQUESTS = 20
SLOW_REQUESTS = 3              # for a query whose first answer took over 2 s


@dataclass
class Run:
    wall: float      # seconds
    cpu: float       # user + system seconds of the process and its children
    peak_mb: float   # the largest resident set of the process tree
    ok: bool
    stdout: str


def run(cmd: list[str], limit: float = LIMIT) -> Run:
    """``cmd`` in a new process, its resources read from the kernel when it ends (os.wait4)."""
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err:
        started = time.perf_counter()
        process = subprocess.Popen(cmd, stdout=out, stderr=err, cwd=HERE.parent)
        stop = threading.Timer(limit, process.kill)
        stop.start()
        _, status, usage = os.wait4(process.pid, 0)
        wall = time.perf_counter() - started
        stop.cancel()
        process.returncode = os.waitstatus_to_exitcode(status)
        out.seek(0), err.seek(0)
        stdout, stderr = out.read().decode("utf-8", "replace"), err.read().decode("utf-8", "replace")
    if process.returncode:
        print(f"  ! {' '.join(cmd[2:])}: exit {process.returncode} after {wall:.0f} s\n{stderr[-800:]}",
              file=sys.stderr)
    return Run(wall, usage.ru_utime + usage.ru_stime, usage.ru_maxrss / 1024, process.returncode == 0, stdout)


def claimsgraph(*args: object, limit: float = LIMIT) -> Run:
    return run([*CLI, *map(str, args)], limit)


def probe(*args: object) -> dict[str, float]:
    """The steps a probe finished in time."""
    out = run([sys.executable, str(HERE / "probes.py"), *map(str, args)])
    return {k: v for line in out.stdout.splitlines() for k, v in json.loads(line).items()}


def mb(path: Path) -> float:
    files = [path] if path.is_file() else [p for p in path.rglob("*") if p.is_file()]
    return sum(p.stat().st_size for p in files) / 1e6


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def timed_get(url: str) -> float | None:
    """Seconds until the whole JSON answer is read, or None if the request failed."""
    started = time.perf_counter()
    try:
        request = urllib.request.Request(url, headers={"Accept": "application/sparql-results+json"})
        urllib.request.urlopen(request, timeout=LIMIT).read()
    except OSError:
        return None
    return time.perf_counter() - started


def over_http(build: Path, queries: dict[str, str] | None = None) -> dict[str, dict]:
    """p50 and p95 milliseconds of each saved query (or of ``queries``, SPARQL by name) at
    `claimsgraph serve`, JSON results read in full."""
    port = free_port()
    server = subprocess.Popen([*CLI, "serve", "--graph", str(build), "--port", str(port), "--timeout", "120"],
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    base = f"http://127.0.0.1:{port}"
    try:
        for _ in range(600):
            try:
                urllib.request.urlopen(f"{base}/health", timeout=5).read()
                break
            except OSError:
                time.sleep(0.2)
        out = {}
        for name, sparql in (queries or {q.name: q.sparql for q in saved_queries()}).items():
            url = f"{base}/sparql?" + urllib.parse.urlencode({"query": sparql})
            warm = timed_get(url)   # the first request warms up; a slow query is timed a few times only
            count = 0 if warm is None else HTTP_REQUESTS if warm < 2 else SLOW_REQUESTS
            times = [t for t in (timed_get(url) for _ in range(count)) if t is not None]
            cut = statistics.quantiles(times, n=20) if len(times) > 1 else times * 19
            out[name] = {"p50": statistics.median(times) * 1000 if times else None,
                         "p95": cut[18] * 1000 if times else None, "requests": len(times),
                         "failed": (warm is None) + count - len(times)}
        return out
    finally:
        server.terminate()
        server.wait()


def measure(n: int, work: Path, seed: int, save: Callable[[dict], object]) -> dict:
    """Every measure at one size, saved after each step; the corpus and builds are made in ``work``."""
    corpus, build = work / f"corpus-{n}", work / f"build-{n}"
    shutil.rmtree(corpus, ignore_errors=True), shutil.rmtree(build, ignore_errors=True)
    write_corpus(n, corpus, seed)

    def step(name: str) -> None:
        save(r)
        print(f"{n} documents: {name}", file=sys.stderr, flush=True)

    r: dict = {"documents": n}
    step("build -j 1")
    r["build"] = asdict(claimsgraph("build", corpus, "--out", build, "-q", "-j", 1, limit=100 * LIMIT))
    r["build"].pop("stdout")
    r["triples"] = json.loads((build / "manifest.json").read_text(encoding="utf-8"))["triples"]
    r["store_mb"] = mb(build / "store")
    step("build -j 2")   # next to the -j 1 build, in the same state of the machine; a run stopped at a deadline has it
    write_corpus(n, work / "corpus-j2", seed)
    j2 = claimsgraph("build", work / "corpus-j2", "--out", work / "build-j2", "-q", "-j", 2, limit=100 * LIMIT)
    shutil.rmtree(work / "build-j2", ignore_errors=True), shutil.rmtree(work / "corpus-j2")
    r["build_j2"] = {"wall": j2.wall, "cpu": j2.cpu, "peak_mb": j2.peak_mb}
    step("exports")
    r["exports"] = {}
    for fmt, ext in EXPORTS.items():
        path = work / f"export.{ext}"
        e = claimsgraph("export", "--graph", build, "--format", fmt, "-o", path)
        r["exports"][fmt] = {"wall": e.wall if e.ok else None, "mb": mb(path) if e.ok else None}
        path.unlink(missing_ok=True)
    step("pyoxigraph and rdflib")
    query = next(q for q in saved_queries() if q.name == RDFLIB_QUERY)
    query_file = work / f"{RDFLIB_QUERY}.rq"
    query_file.write_text(query.sparql, encoding="utf-8")
    scratch = work / "oxigraph"
    shutil.rmtree(scratch, ignore_errors=True), scratch.mkdir()
    r["oxigraph"] = probe("oxigraph", build, query_file, scratch)
    shutil.rmtree(scratch)
    r["rdflib"] = probe("rdflib", build, query_file)
    step("queries")
    r["http"] = over_http(build)
    r["cli_query"] = {}
    for q in saved_queries():
        c = claimsgraph("query", "-n", q.name, "--graph", build, "--format", "csv")
        r["cli_query"][q.name] = c.wall if c.ok else None
    step("validate")
    v = claimsgraph("validate", "--graph", build)
    r["validate"] = v.wall if v.ok else None
    step("re-builds")
    r["rebuild"] = {}
    changes: dict[str, Callable[[], object]] = {
        "none": lambda: None,
        "added": lambda: write_article(corpus, n, seed),
        "changed": lambda: [write_article(corpus, n + 1 + k, seed, name=f.name)
                            for k, f in enumerate(sorted(corpus.glob("*.txt"))[:max(1, n // 100)])]}
    for name, change in changes.items():
        change()
        b = claimsgraph("build", corpus, "--out", build, "-q", "-j", 1, limit=100 * LIMIT)
        r["rebuild"][name] = {"wall": b.wall, "cpu": b.cpu}
        save(r)
    step("done")
    return r


# --- the table -----------------------------------------------------------------------------------

def ratio(a: float | None, b: float | None) -> float | None:
    return a / b if a is not None and b else None


def num(x: float | None, unit: str = "", digits: int = 1) -> str:
    return "—" if x is None else f"{x:,.{digits}f}{unit}"


def judge(value: float | None, limit: float, at_most: bool = True) -> str:
    """'met', or by how much the target is missed."""
    if value is None:
        return "not measured"
    if (value <= limit) if at_most else (value >= limit):
        return "met"
    return f"missed ({value / limit:.1f}× the limit)" if at_most else f"missed ({limit / value:.1f}× short)"


def cpu_per_doc(r: dict) -> float:
    return r["build"]["cpu"] / r["documents"]


def not_extraction(r: dict) -> float:
    """CPU of a build that extracts one document and writes everything, over a whole build's."""
    return r["rebuild"]["added"]["cpu"] / r["build"]["cpu"]


def export_ratio(r: dict, fmt: str) -> float | None:
    return ratio(r["exports"][fmt]["wall"], r["oxigraph"].get(fmt))


Verdict = Callable[[], str]


def rows(results: list[dict]) -> list[tuple[str, Callable[[dict], str], str, Verdict]]:
    """(measure, cell of one size, target, verdict at the largest size)."""
    last = results[-1]
    by_size = {r["documents"]: r for r in results}
    big, base = by_size.get(10_000), by_size.get(1_000)

    def at_largest(verdict: Callable[[dict], str]) -> str:
        """The verdict at the largest size that ran its steps (a run may stop before the end)."""
        for r in reversed(results):
            try:
                return verdict(r) + ("" if r is last else f" (at {r['documents']:,})")
            except (KeyError, TypeError):
                continue
        raise KeyError("no size ran these steps")

    def growth(measure: Callable[[dict], float], limit: float) -> str:
        return judge(ratio(measure(big), measure(base)), limit) if big and base else "not measured (10,000)"

    out: list[tuple[str, Callable[[dict], str], str, Verdict]] = [
        ("triples", lambda r: f"{r['triples']:,}", "", str),
        ("build -j 1: wall s (documents/s)", lambda r: f"{r['build']['wall']:,.0f} "
         f"({r['documents'] / r['build']['wall']:.1f})", "", str),
        ("build: CPU s per document", lambda r: num(cpu_per_doc(r), digits=3),
         "10,000 ≤ 1.2× 1,000", lambda: growth(cpu_per_doc, 1.2)),
        ("build: peak memory MB", lambda r: num(r["build"]["peak_mb"], digits=0),
         "10,000 < 1 GB, ≤ 1.1× 1,000",
         lambda: f"{judge(big['build']['peak_mb'], 1000)}; {growth(lambda r: r['build']['peak_mb'], 1.1)}"),
        ("not extraction, share of build CPU", lambda r: num(100 * not_extraction(r), " %", 0),
         "< 25%", lambda: at_largest(lambda r: judge(100 * not_extraction(r), 25))),
        ("store MB", lambda r: num(r["store_mb"], digits=0), "", str),
    ]
    for fmt in EXPORTS:
        out.append((f"export {fmt}: s, MB, × pyoxigraph dump",
                    lambda r, f=fmt: f"{num(r['exports'][f]['wall'])}, {num(r['exports'][f]['mb'])}, "
                                     f"{num(export_ratio(r, f), '×')}",
                    "≤ 1.5×", lambda f=fmt: at_largest(lambda r: judge(export_ratio(r, f), 1.5))))
    out += [
        ("pyoxigraph bulk load of claims.trig s", lambda r: num(r["oxigraph"].get("load")), "", str),
        ("rdflib parse of claims.trig s (× pyoxigraph)",
         lambda r: f"{num(r['rdflib'].get('parse'))} "
                   f"({num(ratio(r['rdflib'].get('parse'), r['oxigraph'].get('load')), '×')})",
         "", str),
        (f"rdflib `{RDFLIB_QUERY}` s (× pyoxigraph)",
         lambda r: f"{num(r['rdflib'].get('query'), digits=2)} "
                   f"({num(ratio(r['rdflib'].get('query'), r['oxigraph'].get('query')), '×', 0)})", "", str),
    ]
    for q in saved_queries():
        def cell(r: dict, name: str = q.name) -> str:
            h = r["http"][name]
            failed = f", {h['failed']} failed" if h["failed"] else ""
            return (f"{num(h['p50'], digits=0)} / {num(h['p95'], digits=0)} ms{failed}; "
                    f"{num(r['cli_query'][name], ' s')}")

        def verdict(r: dict, name: str = q.name) -> str:
            http, cli = r["http"][name], r["cli_query"][name]
            return (f"{'missed (fails)' if http['failed'] else judge(http['p95'], 200)}; "
                    f"{'missed (fails)' if cli is None else judge(cli, 1.0)}")
        out.append((f"`{q.name}`: HTTP p50 / p95; `query -n`", cell, "p95 < 200 ms; < 1 s at 10,000",
                    lambda v=verdict: at_largest(v)))
    out += [
        ("`validate` s", lambda r: num(r["validate"]), "< 30 s at 1,000",
         lambda: judge(base["validate"], 30) + ("" if base is last else " (at 1,000)")),
        ("re-build, nothing changed: s (% of build CPU)", lambda r: rebuild_cell(r, "none"), "< 2%",
         lambda: at_largest(lambda r: judge(100 * rebuild_share(r, "none"), 2))),
        ("re-build, 1 document added", lambda r: rebuild_cell(r, "added"), "", str),
        ("re-build, 1% changed", lambda r: rebuild_cell(r, "changed"), "< 5%",
         lambda: at_largest(lambda r: judge(100 * rebuild_share(r, "changed"), 5))),
        ("-j 2 speed-up over -j 1 (wall)", lambda r: num(ratio(r["build"]["wall"], r["build_j2"]["wall"]), "×", 2),
         "≥ 1.8×", lambda: at_largest(lambda r: judge(ratio(r["build"]["wall"], r["build_j2"]["wall"]),
                                                                  1.8, at_most=False))),
    ]
    return out


def rebuild_share(r: dict, change: str) -> float:
    return r["rebuild"][change]["cpu"] / r["build"]["cpu"]


def rebuild_cell(r: dict, change: str) -> str:
    return f"{r['rebuild'][change]['wall']:.1f} ({100 * rebuild_share(r, change):.1f}%)"


def table(results: list[dict]) -> str:
    sizes = " | ".join(f"{r['documents']:,}" for r in results)
    lines = [f"| measure | {sizes} | target | verdict at {results[-1]['documents']:,} |",
             "| --- | " + "---: | " * len(results) + "--- | --- |"]
    for label, cell, target, verdict in rows(results):
        cells = [unless_missing(lambda r=r: cell(r), "not run") for r in results]
        lines.append(f"| {label} | " + " | ".join(cells) + f" | {target} | {unless_missing(verdict, 'not measured')} |")
    return "\n".join(lines)


def unless_missing(show: Callable[[], str], otherwise: str) -> str:
    """A cell of a step that ran; a run stopped early saved only the steps before."""
    try:
        return show()
    except (KeyError, TypeError):
        return otherwise


def machine(note: str = "") -> str:
    commit = subprocess.run(["git", "-C", str(HERE), "rev-parse", "--short", "HEAD"],
                            capture_output=True, text=True).stdout.strip()
    load = ", ".join(f"{x:.1f}" for x in os.getloadavg())
    return (f"{datetime.datetime.now(datetime.timezone.utc):%Y-%m-%d %H:%M} UTC, commit {commit}, "
            f"{os.cpu_count()} cores, Python {sys.version.split()[0]}, load average at the end {load}"
            + (f"; {note}" if note else ""))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="100,1000,10000", help="comma-separated corpus sizes")
    parser.add_argument("--huge", action="store_true", help="add 100,000 documents")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--keep", type=Path, help="make corpora and builds in this folder and keep them")
    parser.add_argument("--out", type=Path, help="save the raw numbers as JSON")
    parser.add_argument("--table", type=Path, nargs="+", metavar="JSON", help="only print the table of saved runs")
    parser.add_argument("--note", default="", help="a line above the table: what else the machine was doing")
    args = parser.parse_args()
    if args.table:
        saved = [json.loads(path.read_text(encoding="utf-8")) for path in args.table]
        print("\n".join([*(s["machine"] for s in saved), *filter(None, [args.note])]))
        print(table(sorted((r for s in saved for r in s["results"]), key=lambda r: r["documents"])))
        return
    sizes = sorted({int(s) for s in args.sizes.split(",")} | ({100_000} if args.huge else set()))
    results = []
    with tempfile.TemporaryDirectory() as tmp:
        work = args.keep or Path(tmp)
        work.mkdir(parents=True, exist_ok=True)
        def save(partial: dict) -> None:   # after each step, so a long run leaves what it has
            if args.out:
                saved = {"machine": machine(args.note), "results": [*results, partial]}
                args.out.write_text(json.dumps(saved, indent=1) + "\n")

        for n in sizes:
            results.append(measure(n, work, args.seed, save))
    print(machine(args.note))
    print(table(results))


if __name__ == "__main__":
    main()
