"""Where a build's memory goes: ``claimsgraph build`` in this process, the memory of every process of
its tree read from /proc at each stage (every 500th document, then each named point of the build).

    python benchmarks/stages.py LOG build CORPUS --out BUILD -q -j 1

LOG gets one line per stage (each process's resident set, high-water mark, anonymous and file-backed
memory, MB), then the largest resident set each process reached during each stage (sampled every
0.25 s; a stage is named by the point that starts it), then the build's CPU and the tree's peak as
``run.py`` reads them. The build's own output is the command line's.
"""
from __future__ import annotations

import os
import resource
import sys
import threading
import time

import claimsgraph.pipeline as pipeline

EVERY = 500   # documents between two stages
FIELDS = ("VmRSS", "VmHWM", "RssAnon", "RssFile")


def status(pid: int) -> dict[str, int]:
    """MB of each of ``FIELDS`` of a live process, {} for one gone."""
    found = {}
    try:
        with open(f"/proc/{pid}/status") as f:
            for line in f:
                key, _, value = line.partition(":")
                if key in FIELDS:
                    found[key] = int(value.split()[0]) // 1024
    except OSError:
        pass
    return found


def tree(root: int) -> list[int]:
    """``root`` and its descendants."""
    children: dict[int, list[int]] = {}
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                with open(f"/proc/{entry}/stat") as f:
                    parent = int(f.read().rsplit(")", 1)[1].split()[1])
            except OSError:
                continue
            children.setdefault(parent, []).append(int(entry))
    found, todo = [], [root]
    while todo:
        pid = todo.pop()
        found.append(pid)
        todo += children.get(pid, [])
    return found


def main() -> None:
    log = open(sys.argv[1], "w")
    stage = ["start"]
    peaks: dict[tuple[int, str], tuple[int, int | None, int | None]] = {}
    started = time.time()

    def sample() -> None:
        while True:
            for pid in tree(os.getpid()):
                s = status(pid)
                if "VmRSS" in s and s["VmRSS"] > peaks.get((pid, stage[0]), (0,))[0]:
                    peaks[pid, stage[0]] = (s["VmRSS"], s.get("RssAnon"), s.get("RssFile"))
            time.sleep(0.25)

    def record(point: str) -> None:
        cells = [f"[{pid} " + " ".join(f"{k} {v}" for k, v in s.items()) + "]"
                 for pid in tree(os.getpid()) if (s := status(pid))]
        print(f"{time.time() - started:7.1f}s {point}:", *cells, file=log, flush=True)

    documents = [0]

    def checkpoint(point: str) -> None:
        if point.startswith("extracted"):
            documents[0] += 1
            if documents[0] % EVERY:
                return
            point = f"extracted {documents[0]}"
        stage[0] = point
        record(point)

    pipeline.checkpoint = checkpoint
    threading.Thread(target=sample, daemon=True).start()
    from claimsgraph.cli import main as cli

    sys.argv = ["claimsgraph", *sys.argv[2:]]
    try:
        cli()
    finally:
        record("end")
        for (pid, point), (rss, anon, file) in sorted(peaks.items(), key=lambda kv: -kv[1][0]):
            print(f"peak {pid} during<{point}> rss {rss} anon {anon} file {file}", file=log)
        own, children = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
        cpu = own.ru_utime + own.ru_stime + children.ru_utime + children.ru_stime
        print(f"CPU s {cpu:.1f}; peak MB: this process {own.ru_maxrss // 1024}, its largest child "
              f"{children.ru_maxrss // 1024}; load average {os.getloadavg()[0]:.1f}", file=log, flush=True)


if __name__ == "__main__":
    main()
