"""A whole build: corpus files to exports, one bad file never stopping the rest."""
from __future__ import annotations

import ctypes
import hashlib
import json
import multiprocessing
import os
import signal
import threading
import time
from collections.abc import Callable, Iterator
from concurrent.futures import ProcessPoolExecutor
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from . import __version__
from .errors import DuplicateName, ExtractionFailed, InputRefused, OutputError
from .extract import extract
from .ingest import corpus_files, read_document
from .link import Linker
from .model import Corpus, Extraction, Skipped
from .output import OutputTransaction
from .registry import load_registry

_PR_SET_PDEATHSIG = 1


@dataclass
class BuildReport:
    documents: int = 0
    entities: int = 0
    claims: int = 0
    mentions: int = 0
    triples: int = 0
    seconds: float = 0.0
    skipped: list[Skipped] = field(default_factory=list)
    files: list[Path] = field(default_factory=list)
    out: Path | None = None

    def summary(self) -> str:
        lines = [f"{self.documents} documents, {self.entities} entities, {self.claims} claims, "
                 f"{self.mentions} mentions, {self.triples} triples in {self.seconds:.1f} s"]
        lines += [f"wrote {p}" for p in self.files]
        if not self.documents:
            lines.append(f"no document was read: {self.out} left as it was")
        if self.skipped:
            lines.append(f"skipped {len(self.skipped)} file(s):")
            lines += [f"  {s.reason}" for s in self.skipped]
        return "\n".join(lines)


def read_corpus(paths: list[Path], linker: Linker, progress: Callable[[str], None] | None = None,
                jobs: int = 1) -> Corpus:
    """Read and extract every file; with ``jobs`` > 1, in that many processes (same result)."""
    corpus = Corpus()
    files = corpus_files(paths)
    kept: set[str] = set()
    for path, result in zip(files, _extractions(files, linker, jobs)):
        if isinstance(result, Skipped):
            corpus.skipped.append(result)
        elif result.document.name in kept:   # file names identify documents: the first one wins
            corpus.skipped.append(Skipped(str(path), str(DuplicateName(
                "another file of the same name was read first", path=str(path)))))
        else:
            kept.add(result.document.name)
            corpus.extractions.append(result)
            if progress:
                progress(path.name)
        checkpoint(f"extracted {path.name}")
    return corpus


def _extractions(files: list[Path], linker: Linker, jobs: int) -> Iterator[Extraction | Skipped]:
    """Results in file order, as they arrive; an interrupted build stops its workers at once."""
    if jobs > 1 and len(files) > 1:
        pool = ProcessPoolExecutor(jobs, initializer=_start_worker, initargs=(linker,))
        try:
            with _sigint_ignored():   # workers are born ignoring Ctrl-C, before their initializer runs
                results = pool.map(_extract_in_worker, files, chunksize=2)
            yield from results
        except BaseException:   # Ctrl-C, a failed write, a consumer that stopped: no waiting for workers
            pool.shutdown(wait=False, cancel_futures=True)
            for worker in multiprocessing.active_children():
                worker.terminate()
            raise
        pool.shutdown()
    else:
        yield from (_extract_file(path, linker) for path in files)


@contextmanager
def _sigint_ignored() -> Iterator[None]:
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    previous = signal.signal(signal.SIGINT, signal.SIG_IGN)
    try:
        yield
    finally:
        signal.signal(signal.SIGINT, previous)


def _extract_file(path: Path, linker: Linker) -> Extraction | Skipped:
    """One file's extraction; a refused file, or a bug met on one file, skips only that file."""
    try:
        return extract(read_document(path), linker)
    except InputRefused as e:
        return Skipped(str(path), str(e))
    except Exception as e:  # noqa: BLE001 - reported with the file, the rest of the corpus still builds
        return Skipped(str(path), str(ExtractionFailed(f"internal error, please report: {type(e).__name__}: {e}",
                                                       path=str(path))))


_worker_linker: Linker | None = None


def _start_worker(linker: Linker) -> None:
    """Keep the linker; die with the build (even SIGKILLed); leave Ctrl-C to the build process."""
    global _worker_linker
    _worker_linker = linker
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    _die_with_parent()


def _die_with_parent() -> None:
    """Linux's parent-death signal: a worker outliving a killed build would run on for nothing."""
    parent = os.getppid()
    try:
        libc = ctypes.CDLL(None, use_errno=True)
        libc.prctl(_PR_SET_PDEATHSIG, signal.SIGKILL)
    except (OSError, AttributeError):   # not Linux: workers end when their task queue closes
        return
    if os.getppid() != parent:   # the parent died before the signal was armed
        os._exit(1)


def _extract_in_worker(path: Path) -> Extraction | Skipped:
    assert _worker_linker is not None
    return _extract_file(path, _worker_linker)


def make_linker(ontology_dir: Path) -> Linker:
    return Linker(load_registry(Path(ontology_dir) / "registry.ttl"))


def checkpoint(point: str) -> None:
    """A named point of a build; the tests replace this to kill or fail a build exactly there."""


def build(paths: list[Path], ontology_dir: Path, out_dir: Path,
          progress: Callable[[str], None] | None = None, jobs: int = 1) -> BuildReport:
    """Read and extract the corpus, then write store, Turtle, TriG, page and manifest as one unit.

    The output folder is checked and locked before anything is read; the new build
    replaces it only when complete, and only if at least one document was read.
    """
    started = time.perf_counter()
    out_dir = Path(out_dir)
    linker = make_linker(ontology_dir)
    with OutputTransaction(out_dir, checkpoint=lambda point: checkpoint(point)) as tx:
        corpus = read_corpus(paths, linker, progress, jobs)
        report = BuildReport(documents=len(corpus.extractions), skipped=corpus.skipped, out=out_dir)
        if corpus.extractions:
            try:
                _write_build(tx.path, corpus, linker, Path(ontology_dir), report)
            except OSError as e:
                raise OutputError(f"cannot write the build: {e.strerror or e}", path=str(out_dir)) from None
            checkpoint("switching")
            tx.commit()
            report.files = [out_dir / name for name in EXPORTS]
    report.seconds = time.perf_counter() - started
    return report


EXPORTS = ("claims.ttl", "claims.trig", "graph.html")


def _write_build(folder: Path, corpus: Corpus, linker: Linker, ontology_dir: Path, report: BuildReport) -> None:
    import pyoxigraph as ox

    from .export import to_trig, to_turtle
    from .projection import project
    from .rdf import build_dataset
    from .store import STORE_DIR
    from .visualize import render

    ds = build_dataset(corpus.extractions, linker.entities)
    trig = to_trig(ds)
    store = ox.Store(str(folder / STORE_DIR))
    store.bulk_load(trig.encode("utf-8"), format=ox.RdfFormat.TRIG)
    store.flush()
    checkpoint("wrote store")
    _write_text(folder / "claims.ttl", to_turtle(ds))
    _write_text(folder / "claims.trig", trig)
    _write_text(folder / "graph.html", render(project(store)))
    used = {m.entity for x in corpus.extractions for m in x.mentions}
    used |= {k for x in corpus.extractions for c in x.claims for k in (c.claimant, *c.about) if k}
    report.entities = len(used)
    report.claims = sum(len(x.claims) for x in corpus.extractions)
    report.mentions = sum(len(x.mentions) for x in corpus.extractions)
    report.triples = len(store)
    _write_text(folder / "manifest.json", _manifest(corpus, ontology_dir, report.triples))


def _write_text(path: Path, text: str) -> None:
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write(text)
    checkpoint(f"wrote {path.name}")


def _manifest(corpus: Corpus, ontology_dir: Path, triples: int) -> str:
    """What the build was made from, by content hash: the basis of incremental builds."""
    registry = hashlib.sha256((ontology_dir / "registry.ttl").read_bytes()).hexdigest()
    documents = {x.document.name: x.document.sha256 for x in corpus.extractions}
    return json.dumps({"claimsgraph": __version__, "registry": registry, "triples": triples,
                       "documents": dict(sorted(documents.items()))}, ensure_ascii=False, indent=1) + "\n"
