"""Extraction speed and memory on a corpus (default: the seeds), one core.

    python benchmarks/bench_extract.py [CORPUS ...] [--repeat N]

Prints documents per CPU-second for extraction alone (ingest, segment, link,
extract), the time of a whole build, and the peak memory of the process; then
a whole build in a fresh process (``python -m claimsgraph build``), start-up and
models included, in documents per CPU-second (user + system) and its peak memory.
Numbers, not assertions: compare runs on the same machine.
"""
from __future__ import annotations

import argparse
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


from claimsgraph.extract import extract  # noqa: E402
from claimsgraph.ingest import corpus_files, read_document  # noqa: E402
from claimsgraph.pipeline import build, make_linker  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpus", nargs="*", type=Path, default=[ROOT / "seeds"])
    parser.add_argument("--repeat", type=int, default=20)
    args = parser.parse_args()

    started = time.perf_counter()
    linker = make_linker(ROOT / "ontology")
    print(f"registry load: {time.perf_counter() - started:.2f} s ({len(linker.entities)} entities)")
    docs = [read_document(f.path, f.name) for f in corpus_files(args.corpus)]
    for doc in docs:  # warm caches (lemmas, segmenters) once
        extract(doc, linker)
    started = time.process_time()   # CPU time: a shared machine's other loads do not count
    for _ in range(args.repeat):
        for doc in docs:
            extract(doc, linker)
    elapsed = time.process_time() - started
    n = len(docs) * args.repeat
    chars = sum(len(d.text) for d in docs) * args.repeat
    print(f"extraction: {n / elapsed:.1f} documents/s, {chars / elapsed / 1000:.0f} k chars/s "
          f"({n} documents in {elapsed:.2f} CPU-s)")
    with tempfile.TemporaryDirectory() as out:
        started = time.perf_counter()
        report = build(args.corpus, ROOT / "ontology", Path(out))
        print(f"whole build: {time.perf_counter() - started:.2f} s; {report.summary().splitlines()[0]}")
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"peak memory: {peak:.0f} MB")
    with tempfile.TemporaryDirectory() as out:
        subprocess.run([sys.executable, "-m", "claimsgraph", "build", *map(str, args.corpus), "--out", out, "-q"],
                       check=True, stdout=subprocess.DEVNULL)
    child = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = child.ru_utime + child.ru_stime
    print(f"one-process build: {cpu:.2f} CPU-s, {len(docs) / cpu:.1f} documents per CPU-second, "
          f"peak {child.ru_maxrss / 1024:.0f} MB")


if __name__ == "__main__":
    main()
