"""The build as one transaction: killed, interrupted, out of space, run twice at once, or given nothing.

A real `claimsgraph build` runs in a subprocess whose `pipeline.checkpoint` is
replaced, so it can be killed, paused or made to fail exactly at each named
point of a build (after each document, the store, each export, the switch).
The previous output must survive whole, and a rerun must equal a clean build.
"""
from __future__ import annotations

import errno
import os
import random
import resource
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from click.testing import CliRunner

from claimsgraph import pipeline
from claimsgraph.cli import cli
from tests.conftest import ONTOLOGY

OLD = {"a.txt": "Marta Velinova, the mayor of Dunmere, said that the harbour would reopen in May.\n\n"
                "The council approved 12 million euros for the harbour, Velinova said.\n"}
NEW = {"a.txt": "Tomas Relk said that the Kessler Institute had hired 40 engineers.\n",
       "b.txt": "The Orlan Ministry of Water said on Monday that 3,000 wells were dry.\n\n"
                "Minister Ilse Varga said: \"We will drill new wells before the winter.\"\n",
       "c.txt": "Anna Kobel, a spokeswoman for Dunmere port, said that traffic fell by 8 percent.\n"}

RUNNER = r"""
import errno, multiprocessing, os, signal, sys
from claimsgraph import cli, pipeline
action, target, *args = sys.argv[1:]
signal.signal(signal.SIGINT, signal.default_int_handler)   # as from a terminal: a background job starts ignoring it

def checkpoint(point):
    print("@point", point, flush=True, file=sys.stderr)
    if point != target:
        return
    if action == "kill":
        workers = [p.pid for p in multiprocessing.active_children()]
        print("@workers", *workers, flush=True, file=sys.stderr)
        os.kill(os.getpid(), signal.SIGKILL)
    if action == "pause":
        print("@paused", flush=True, file=sys.stderr)
        sys.stdin.readline()
    if action == "enospc":
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

pipeline.checkpoint = checkpoint
sys.argv = ["claimsgraph", *args]
cli.main()
"""


def write_corpus(folder: Path, texts: dict[str, str]) -> Path:
    folder.mkdir(parents=True)
    for name, text in texts.items():
        (folder / name).write_text(text, encoding="utf-8")
    return folder


def snapshot(out: Path) -> dict[str, object]:
    """Every file of a build, and the store's quads, sorted."""
    import pyoxigraph as ox

    files = {p.name: p.read_bytes() for p in sorted(out.iterdir()) if p.is_file()}
    store = ox.Store.read_only(str(out / "store"))
    files["store"] = sorted(store.dump(format=ox.RdfFormat.N_QUADS).splitlines())
    return files


def leftovers(out: Path) -> list[str]:
    return sorted(p.name for p in out.parent.glob(f".{out.name}.claimsgraph-*") if not p.name.endswith("-lock"))


def start(action: str, target: str, corpus: Path, out: Path, *extra: str, **kwargs) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, "-c", RUNNER, action, target, "build", str(corpus), "--out", str(out),
                             "-q", "--ontology", str(ONTOLOGY), *extra],
                            stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                            **kwargs)


def wait_for(proc: subprocess.Popen, marker: str) -> list[str]:
    """stderr lines up to the one starting with ``marker``."""
    lines = []
    for line in proc.stderr:
        lines.append(line.rstrip("\n"))
        if line.startswith(marker):
            return lines
    proc.communicate(timeout=30)
    pytest.fail(f"the build never reached {marker!r}: {lines}")


@pytest.fixture(scope="module")
def corpora(tmp_path_factory):
    """The old and new corpus, and a clean build of each."""
    root = tmp_path_factory.mktemp("corpora")
    old, new = write_corpus(root / "old", OLD), write_corpus(root / "new", NEW)
    pipeline.build([old], ONTOLOGY, root / "clean-old")
    pipeline.build([new], ONTOLOGY, root / "clean-new")
    return old, new, snapshot(root / "clean-old"), snapshot(root / "clean-new")


@pytest.fixture(scope="module")
def points(corpora, tmp_path_factory):
    """Every named point of a build of the new corpus, in order."""
    _, new, _, _ = corpora
    proc = start("record", "", new, tmp_path_factory.mktemp("record") / "out")
    _, err = proc.communicate(timeout=120)
    assert proc.returncode == 0, err
    found = [line.split(" ", 1)[1] for line in err.splitlines() if line.startswith("@point ")]
    assert found[:3] == ["extracted a.txt", "extracted b.txt", "extracted c.txt"] and found[-1] == "switched"
    assert {"wrote store", "wrote claims.ttl and claims.trig", "wrote graph.html", "wrote manifest.json"} <= set(found)
    return found


def old_build(corpora, out: Path) -> None:
    pipeline.build([corpora[0]], ONTOLOGY, out)
    assert snapshot(out) == corpora[2]


@pytest.mark.slow
def test_a_build_killed_at_any_point_leaves_the_previous_output_whole(corpora, points, tmp_path):
    old, new, clean_old, clean_new = corpora
    out = tmp_path / "out"
    for point in points:
        old_build(corpora, out)
        proc = start("kill", point, new, out)
        proc.communicate(timeout=120)
        assert proc.returncode == -signal.SIGKILL, point
        # before the switch the old build is there whole; from the switch on, the new one
        assert snapshot(out) == (clean_new if point == "switched" else clean_old), point
        pipeline.build([new], ONTOLOGY, out)
        assert snapshot(out) == clean_new, point
        assert leftovers(out) == [], point


@pytest.mark.slow
def test_a_build_killed_at_random_times_leaves_one_whole_build(corpora, tmp_path):
    old, new, clean_old, clean_new = corpora
    out = tmp_path / "out"
    rng = random.Random(9)
    for _ in range(8):
        old_build(corpora, out)
        proc = start("record", "", new, out)
        time.sleep(rng.uniform(0.5, 4.0))
        proc.kill()
        proc.communicate(timeout=60)
        assert snapshot(out) in (clean_old, clean_new)
        pipeline.build([new], ONTOLOGY, out)
        assert snapshot(out) == clean_new and leftovers(out) == []


@pytest.mark.slow
def test_workers_die_with_a_killed_parallel_build(corpora, tmp_path):
    proc = start("kill", "extracted b.txt", corpora[1], tmp_path / "out", "-j", "2")
    lines = wait_for(proc, "@workers")
    workers = [int(pid) for pid in lines[-1].split()[1:]]
    proc.communicate(timeout=30)
    assert workers
    deadline = time.monotonic() + 10
    while any(_alive(pid) for pid in workers) and time.monotonic() < deadline:
        time.sleep(0.1)
    assert not [pid for pid in workers if _alive(pid)]


def _alive(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except FileNotFoundError:
        return False
    return state != "Z"


@pytest.mark.slow
@pytest.mark.parametrize("signum, code", [(signal.SIGINT, 130), (signal.SIGTERM, 143)])
@pytest.mark.parametrize("jobs", ["1", "2"])
def test_ctrl_c_and_sigterm_leave_the_previous_output_and_no_leftovers(corpora, tmp_path, signum, code, jobs):
    out = tmp_path / "out"
    old_build(corpora, out)
    target = "extracted a.txt" if jobs == "2" else "wrote claims.ttl and claims.trig"
    proc = start("pause", target, corpora[1], out, "-j", jobs, start_new_session=True)
    wait_for(proc, "@paused")
    os.killpg(proc.pid, signum)   # as the terminal does: the whole process group
    _, err = proc.communicate(timeout=60)
    assert proc.returncode == code, err
    assert "Traceback" not in err
    assert snapshot(out) == corpora[2] and leftovers(out) == []


@pytest.mark.slow
def test_a_failed_write_at_each_point_is_a_coded_error_and_changes_nothing(corpora, points, tmp_path):
    out = tmp_path / "out"
    old_build(corpora, out)
    for point in [p for p in points if p.startswith("wrote ")]:
        proc = start("enospc", point, corpora[1], out)
        _, err = proc.communicate(timeout=120)
        assert proc.returncode == 1, (point, err)
        assert f"Error: {out}: [E080] cannot write the build: No space left on device" in err, point
        assert snapshot(out) == corpora[2] and leftovers(out) == [], point


@pytest.mark.slow
@pytest.mark.parametrize("limit", [20_000, 200_000])
def test_a_real_write_failure_is_a_coded_error_and_changes_nothing(corpora, tmp_path, limit):
    """RLIMIT_FSIZE makes the kernel refuse writes past ``limit`` bytes, as a full disk would."""
    out = tmp_path / "out"
    old_build(corpora, out)

    def small_files() -> None:
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)   # EFBIG from write(), not a killed process
        resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))

    proc = start("record", "", corpora[1], out, preexec_fn=small_files)
    _, err = proc.communicate(timeout=120)
    assert proc.returncode == 1, err
    assert f"Error: {out}: [E080] cannot write the build: " in err and "Traceback" not in err
    assert snapshot(out) == corpora[2] and leftovers(out) == []


@pytest.mark.slow
def test_a_second_build_into_the_same_folder_is_refused(corpora, tmp_path):
    out = tmp_path / "out"
    first = start("pause", "extracted a.txt", corpora[1], out)
    wait_for(first, "@paused")
    second = CliRunner().invoke(cli, ["build", str(corpora[0]), "--out", str(out), "-q"])
    assert second.exit_code == 1
    assert (f"Error: {out}: [E081] another build (process {first.pid}) is writing this folder; "
            "wait for it to end") in second.output
    first.stdin.write("\n")
    first.stdin.flush()
    _, err = first.communicate(timeout=120)
    assert first.returncode == 0, err
    assert snapshot(out) == corpora[3]


def run(*args):
    return CliRunner().invoke(cli, [str(a) for a in args], catch_exceptions=False)


def test_a_build_that_reads_no_document_replaces_nothing(corpora, tmp_path):
    out = tmp_path / "out"
    old_build(corpora, out)
    empty = tmp_path / "empty"
    empty.mkdir()
    refused = write_corpus(tmp_path / "refused", {"blank.txt": ""})
    for corpus in (empty, refused):
        result = run("build", corpus, "--out", out, "-q")
        assert result.exit_code == 0, result.output
        assert f"0 documents" in result.output and f"no document was read: {out} left as it was" in result.output
        strict = run("build", corpus, "--out", out, "-q", "--strict")
        assert strict.exit_code == 1 and "no document was read" in strict.output
        assert snapshot(out) == corpora[2] and leftovers(out) == []


def test_a_build_into_an_empty_folder_writes_nothing_there(tmp_path):
    empty = tmp_path / "empty"
    empty.mkdir()
    result = run("build", empty, "--out", tmp_path / "out", "-q")
    assert result.exit_code == 0 and not (tmp_path / "out").exists()


def test_out_is_checked_before_anything_is_extracted(corpora, tmp_path, monkeypatch):
    monkeypatch.setattr(pipeline, "extract", lambda *a: pytest.fail("extraction started"))
    a_file = tmp_path / "file.txt"
    a_file.write_text("keep me", encoding="utf-8")
    result = run("build", corpora[0], "--out", a_file)
    assert result.exit_code == 1
    assert result.output.strip() == f"Error: {a_file}: [E080] is a file, not a folder; give a folder for the build"
    foreign = tmp_path / "mine"
    foreign.mkdir()
    (foreign / "notes.txt").write_text("keep me", encoding="utf-8")
    result = run("build", corpora[0], "--out", foreign)
    assert result.exit_code == 1
    assert (f"Error: {foreign}: [E080] holds files a build did not write ('notes.txt'); a build replaces the "
            "whole folder, so give an empty or new one") in result.output
    assert a_file.read_text(encoding="utf-8") == (foreign / "notes.txt").read_text(encoding="utf-8") == "keep me"


def test_leftovers_of_a_killed_build_are_deleted_by_the_next(corpora, tmp_path):
    out = tmp_path / "out"
    old_build(corpora, out)
    for what in ("new-x1", "old-x2"):
        stale = tmp_path / f".out.claimsgraph-{what}"
        stale.mkdir()
        (stale / "claims.ttl").write_text("half", encoding="utf-8")
    pipeline.build([corpora[1]], ONTOLOGY, out)
    assert snapshot(out) == corpora[3] and leftovers(out) == []


def test_a_build_killed_between_the_two_renames_of_the_fallback_switch_is_repaired(corpora, tmp_path):
    """Where the file system cannot exchange two folders atomically, the switch is two renames."""
    out = tmp_path / "out"
    old_build(corpora, out)
    out.rename(tmp_path / ".out.claimsgraph-old-x")   # killed after the first rename
    pipeline.build([corpora[1]], ONTOLOGY, out)
    assert snapshot(out) == corpora[3] and leftovers(out) == []


def test_an_injected_write_failure_in_process_removes_the_staged_build(corpora, tmp_path, monkeypatch):
    out = tmp_path / "out"
    old_build(corpora, out)

    def full_disk(point: str) -> None:
        if point == "wrote graph.html":
            raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    monkeypatch.setattr(pipeline, "checkpoint", full_disk)
    result = run("build", corpora[1], "--out", out, "-q")
    assert result.exit_code == 1
    assert f"[E080] cannot write the build: No space left on device" in result.output
    assert snapshot(out) == corpora[2] and leftovers(out) == []


def test_a_store_written_one_document_at_a_time_is_the_store_written_at_the_end(corpora, tmp_path, monkeypatch):
    """The store takes the documents' graphs in batches of ``pipeline.BATCH`` quads, the last batch with the
    shared graphs: each document in a write of its own (a batch of one quad) builds the same output."""
    monkeypatch.setattr(pipeline, "BATCH", 1)
    pipeline.build([corpora[1]], ONTOLOGY, tmp_path / "out")
    assert snapshot(tmp_path / "out") == corpora[3]
