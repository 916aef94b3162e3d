"""Extraction speed and memory on a corpus, one core.

    python benchmarks/bench_extract.py [CORPUS ...] [--repeat N] [--builds N] [--build-only] [--against REF]

The corpus defaults to the 33 real articles (``seeds/``, ``tests/data/articles``,
``tests/data/holdout``). Prints documents per CPU-second for extraction alone
(ingest, segment, link, extract; models loaded), the time of a whole build, and
the peak memory of the process; then issue 8's measure: whole builds
(``python -m claimsgraph build … -j 1``) each in a fresh process, start-up and
models included, in documents per CPU-second (user + system) and peak memory,
the best and the median of ``--builds`` runs. ``--build-only`` gives only those.

CPU time, not wall time: other loads on a shared machine do not count, though
they still slow a core down (a busy machine inflates the figures by a fifth or
more). ``--against REF`` therefore alternates each build with one of the package
as committed at REF (a git commit or branch) and prints the ratio of each pair:
both sides see the same load. The package's bytecode is compiled first, as an
installed package has it. Numbers, not assertions: compare runs on the same machine.
"""
from __future__ import annotations

import argparse
import compileall
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
REAL_ARTICLES = [ROOT / "seeds", ROOT / "tests" / "data" / "articles", ROOT / "tests" / "data" / "holdout"]

import claimsgraph  # noqa: E402
from claimsgraph.ingest import corpus_files, read_document  # noqa: E402


def extraction(corpus: list[Path], repeat: int) -> None:
    """Extraction alone, in this process, after one warm-up pass; then a whole build here."""
    from claimsgraph.extract import extract
    from claimsgraph.pipeline import build, make_linker

    started = time.perf_counter()
    linker = make_linker(ROOT / "ontology")
    print(f"registry load: {time.perf_counter() - started:.2f} s ({len(linker.entities)} entities)")
    docs = [read_document(f.path, f.name) for f in corpus_files(corpus)]
    for doc in docs:  # warm caches (models, lemmas, segmenters) once
        extract(doc, linker)
    started = time.process_time()
    for _ in range(repeat):
        for doc in docs:
            extract(doc, linker)
    elapsed = time.process_time() - started
    n = len(docs) * repeat
    chars = sum(len(d.text) for d in docs) * repeat
    print(f"extraction: {n / elapsed:.1f} documents/s, {chars / elapsed / 1000:.0f} k chars/s "
          f"({n} documents in {elapsed:.2f} CPU-s)")
    with tempfile.TemporaryDirectory() as out:
        started = time.perf_counter()
        report = build(corpus, ROOT / "ontology", Path(out))
        print(f"whole build: {time.perf_counter() - started:.2f} s; {report.summary().splitlines()[0]}")
    print(f"peak memory: {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MB")


def one_process_builds(corpus: list[Path], builds: int, against: str | None = None) -> None:
    """Whole builds, each in a fresh process: what a user's ``claimsgraph build`` costs."""
    documents = sum(1 for _ in corpus_files(corpus))
    with tempfile.TemporaryDirectory() as elsewhere:
        sides: dict[str, Path | None] = {"this tree": None}   # None: claimsgraph as installed here
        if against:
            sides[against] = _package_at(against, Path(elsewhere))
        for package in sides.values():
            compileall.compile_dir(package or Path(claimsgraph.__file__).parent, quiet=1)
        cpu: dict[str, list[float]] = {side: [] for side in sides}
        for _ in range(builds):
            for side, package in sides.items():
                cpu[side].append(_build_cpu(corpus, package, documents, side if against else ""))
    for side, times in cpu.items():
        best, median = min(times), statistics.median(times)
        print(f"one-process build of {documents} documents{f' ({side})' if against else ''}: best {best:.2f} "
              f"CPU-s ({documents / best:.1f} documents per CPU-second), median {median:.2f} "
              f"({documents / median:.1f}); load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores")
    if against:
        ratios = [mine / theirs for mine, theirs in zip(*cpu.values())]
        print(f"CPU of this tree over {against}'s, build by build: {' '.join(f'{r:.2f}' for r in ratios)} "
              f"(median {statistics.median(ratios):.2f})")


def _package_at(ref: str, folder: Path) -> Path:
    """The package's source (and the ontology it links to) as committed at ``ref``, importable as claimsgraph."""
    archive = subprocess.run(["git", "-C", str(ROOT), "archive", ref, "graph", "ontology"],
                             capture_output=True, check=True).stdout
    subprocess.run(["tar", "-x", "-C", str(folder)], input=archive, check=True)
    (folder / "path").mkdir()
    (folder / "path" / "claimsgraph").symlink_to(folder / "graph")
    return folder / "path" / "claimsgraph"


def _build_cpu(corpus: list[Path], package: Path | None, documents: int, side: str) -> float:
    """CPU-seconds of one whole build by ``package`` (the installed one if None), children included, from wait4."""
    env = None
    if package:   # first on the path, before the installed one
        env = {**os.environ, "PYTHONPATH": os.pathsep.join(filter(None, [str(package.parent),
                                                                         os.environ.get("PYTHONPATH")]))}
    with tempfile.TemporaryDirectory() as out:
        command = [sys.executable, "-m", "claimsgraph", "build", *map(str, corpus), "--out", out, "-q", "-j", "1"]
        process = subprocess.Popen(command, stdout=subprocess.DEVNULL, env=env)
        _, status, usage = os.wait4(process.pid, 0)
        if os.waitstatus_to_exitcode(status):
            raise SystemExit(f"build failed (exit {os.waitstatus_to_exitcode(status)}): {' '.join(command)}")
    cpu = usage.ru_utime + usage.ru_stime
    print(f"  build{f' ({side})' if side else ''}: {cpu:.2f} CPU-s, {documents / cpu:.1f} documents per CPU-second, "
          f"peak {usage.ru_maxrss / 1024:.0f} MB")
    return cpu


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpus", nargs="*", type=Path, default=REAL_ARTICLES)
    parser.add_argument("--repeat", type=int, default=3, help="passes over the corpus for extraction alone")
    parser.add_argument("--builds", type=int, default=3, help="one-process builds to run")
    parser.add_argument("--build-only", action="store_true", help="only the one-process builds")
    parser.add_argument("--against", metavar="REF", help="pair each build with one of the package at git REF")
    args = parser.parse_args()
    if not args.build_only:
        extraction(args.corpus, args.repeat)
    one_process_builds(args.corpus, args.builds, args.against)


if __name__ == "__main__":
    main()
