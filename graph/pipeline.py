"""A whole build: corpus files to exports, one bad file never stopping the rest."""
from __future__ import annotations

import ctypes
import hashlib
import json
import multiprocessing
import os
import pickle
import signal
import threading
import time
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import ProcessPoolExecutor
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import TextIO

from . import __version__
from .errors import DuplicateName, ExtractionFailed, InputRefused, OutputError
from .extract import extract
from .ingest import CorpusFile, corpus_files, read_document
from .link import Linker
from .model import Corpus, Entity, Extraction, Skipped
from .output import OutputTransaction
from .rdf import used_entities
from .registry import load_registries

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


Progress = Callable[[int, int, str], None]   # (files done, files in all, the last file's name)


def read_corpus(paths: list[Path], linker: Linker, progress: Progress | None = None,
                jobs: int = 1) -> Corpus:
    """Every extraction held in memory, for tests and small corpora; a build streams them instead."""
    corpus = Corpus()
    corpus.extractions = list(stream_corpus(paths, linker, corpus.skipped, progress, jobs))
    return corpus


def stream_corpus(paths: list[Path], linker: Linker, skipped: list[Skipped],
                  progress: Progress | None = None, jobs: int = 1,
                  reuse: Reuse | None = None) -> Iterator[Extraction]:
    """Each file's extraction, in file order, as it is made; refused files go to ``skipped``.

    With ``jobs`` > 1 the files are extracted in that many processes (same result).
    Files ``reuse`` holds unchanged are not extracted again.
    """
    files = corpus_files(paths)
    reused = {file for file in files if reuse and reuse.has(file)}
    fresh = _extractions([file for file in files if file not in reused], linker, jobs)
    kept: set[str] = set()
    for done, file in enumerate(files, 1):
        result = (reuse.load(file) or _extract_file(file, linker)) if file in reused else next(fresh)
        if isinstance(result, Skipped):
            skipped.append(result)
        elif result.document.name in kept:   # names identify documents: the first one wins
            skipped.append(Skipped(str(file.path), str(DuplicateName(
                "another file of the same name was read first", path=str(file.path)))))
        else:
            kept.add(result.document.name)
            yield result
        if progress:
            progress(done, len(files), file.name)
        checkpoint(f"extracted {file.name}")


class Reuse:
    """The extractions of the build being replaced, for files that have not changed since.

    A build keeps its extractions in ``cache/`` (pickled, in file order, with an
    index of each document's content hash and offset). They are reused only if the
    registry and claimsgraph's own code are the same as when they were made, and
    a file's bytes hash the same: anything else is extracted again.
    """

    def __init__(self, out: Path, key: str):
        self.documents: dict[str, tuple[str, int]] = {}
        self.file = None
        try:
            index = json.loads((out / CACHE_DIR / "index.json").read_text(encoding="utf-8"))
            if index.get("key") == key:
                self.file = open(out / CACHE_DIR / "extractions.pickle", "rb")
                self.documents = {name: (sha, offset) for name, (sha, offset) in index["documents"].items()}
        except (OSError, ValueError, KeyError, TypeError):   # no earlier build, or not one of ours
            self.documents = {}

    def has(self, file: CorpusFile) -> bool:
        entry = self.documents.get(file.name)
        try:
            return entry is not None and hashlib.sha256(file.path.read_bytes()).hexdigest() == entry[0]
        except OSError:
            return False

    def load(self, file: CorpusFile) -> Extraction | None:
        """The stored extraction, or None if the cache is damaged (the file is then extracted)."""
        assert self.file is not None
        try:
            self.file.seek(self.documents[file.name][1])
            x = pickle.load(self.file)
        except Exception:  # noqa: BLE001 - any damage means: extract again
            return None
        return x if isinstance(x, Extraction) and x.document.name == file.name else None

    def close(self) -> None:
        if self.file:
            self.file.close()


def _extractions(files: list[CorpusFile], linker: Linker, jobs: int) -> Iterator[Extraction | Skipped]:
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
        yield from (_extract_file(file, linker) for file in files)


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


def _extract_file(file: CorpusFile, linker: Linker) -> Extraction | Skipped:
    """One file's extraction; a refused file, or a bug met on one file, skips only that file."""
    try:
        return extract(read_document(file.path, file.name), linker)
    except InputRefused as e:
        return Skipped(str(file.path), str(e))
    except Exception as e:  # noqa: BLE001 - reported with the file, the rest of the corpus still builds
        return Skipped(str(file.path), str(ExtractionFailed(
            f"internal error, please report: {type(e).__name__}: {e}", path=str(file.path))))


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


def _extract_in_worker(file: CorpusFile) -> Extraction | Skipped:
    assert _worker_linker is not None
    return _extract_file(file, _worker_linker)


def registry_files(ontology_dir: Path, extra: Sequence[Path] = ()) -> list[Path]:
    """The built-in registry, then the user's files merged over it in the order given."""
    return [Path(ontology_dir) / "registry.ttl", *map(Path, extra)]


def make_linker(ontology_dir: Path, registries: Sequence[Path] = ()) -> Linker:
    return Linker(load_registries(registry_files(ontology_dir, registries)))


def _registry_digest(files: list[Path]) -> str:
    digest = hashlib.sha256()
    for path in files:
        data = path.read_bytes()
        digest.update(f"{len(data)}:".encode())
        digest.update(data)
    return digest.hexdigest()


def checkpoint(point: str) -> None:
    """A named point of a build; the tests replace this to kill or fail a build exactly there."""


def build(paths: list[Path], ontology_dir: Path, out_dir: Path,
          progress: Progress | None = None, jobs: int = 1,
          registries: Sequence[Path] = ()) -> BuildReport:
    """Read and extract the corpus, then write store, Turtle, TriG, page and manifest as one unit.

    The output folder is checked and locked before anything is read; the new build
    replaces it only when complete, and only if at least one document was read.
    """
    started = time.perf_counter()
    out_dir = Path(out_dir)
    files = registry_files(ontology_dir, registries)
    linker = make_linker(ontology_dir, registries)
    report = BuildReport(out=out_dir)
    key = _cache_key(files)
    with OutputTransaction(out_dir, checkpoint=lambda point: checkpoint(point)) as tx:
        spool = _Spool(tx.path / CACHE_DIR, key)
        reuse = Reuse(out_dir, key)
        try:
            for x in stream_corpus(paths, linker, report.skipped, progress, jobs, reuse):
                spool.add(x)
            if spool.documents:
                _write_build(tx.path, spool, linker, files, report)
        except OSError as e:
            raise OutputError(f"cannot write the build: {e.strerror or e}", path=str(out_dir)) from None
        finally:
            spool.close()
            reuse.close()
        if report.documents:
            checkpoint("switching")
            tx.commit()
            report.files = [out_dir / name for name in EXPORTS]
    report.seconds = time.perf_counter() - started
    return report


EXPORTS = ("claims.ttl", "claims.trig", "graph.html")
BATCH = 50_000   # quads per bulk write into the store


class _Spool:
    """Extractions on disk, in arrival order, with what the RDF needs from the whole corpus first.

    Every claim names the extraction activity, and its IRI hashes all the documents'
    hashes: known only once every document is read. So extractions wait here, on
    disk rather than in memory, and the graph is written in a second pass. The
    spool stays in the build as its cache: the next build reuses what has not changed.
    """

    def __init__(self, folder: Path, key: str):
        folder.mkdir()
        self.folder, self.key = folder, key
        self.file = open(folder / "extractions.pickle", "w+b")
        self.offsets: dict[str, int] = {}
        self.documents: dict[str, str] = {}       # name -> sha256
        self.found: dict[str, dict[str, tuple[str, Entity]]] = {}   # key -> language -> (first document, entity)
        self.used: set[str] = set()                # entity keys the graphs point to
        self.counted: set[str] = set()             # entity keys mentioned, claiming or claimed about
        self.claims = self.mentions = 0

    def add(self, x: Extraction) -> None:
        name = x.document.name
        self.offsets[name] = self.file.tell()
        pickle.dump(x, self.file, protocol=pickle.HIGHEST_PROTOCOL)
        self.documents[name] = x.document.sha256
        for e in x.new_entities:   # the first document in name order, in each language
            held = self.found.setdefault(e.key, {})
            lang = x.document.lang
            if lang not in held or name < held[lang][0]:
                held[lang] = (name, e)
        self.used |= used_entities(x)
        self.counted |= {m.entity for m in x.mentions}
        self.counted |= {k for c in x.claims for k in (c.claimant, *c.about) if k}
        self.claims += len(x.claims)
        self.mentions += len(x.mentions)

    def new_entities(self) -> Iterator[Entity]:
        """Names the registry lacks: per key, the first document's in each language, in name order."""
        for held in self.found.values():
            yield from (e for _, e in sorted(held.values(), key=lambda found: found[0]))

    def __iter__(self) -> Iterator[Extraction]:
        self.file.seek(0)
        while True:
            try:
                yield pickle.load(self.file)
            except EOFError:
                return

    def close(self) -> None:
        """Finish the cache: its index says which document is where, made by which code."""
        if self.file.closed:
            return
        self.file.close()
        index = {"key": self.key, "documents": {name: [self.documents[name], self.offsets[name]]
                                                for name in sorted(self.documents)}}
        (self.folder / "index.json").write_text(json.dumps(index, indent=0) + "\n", encoding="utf-8")


CACHE_DIR = "cache"   # in a build: its extractions, for the next build to reuse


def _cache_key(registries: list[Path]) -> str:
    """What extractions depend on besides the text: the registries and claimsgraph's own code."""
    return hashlib.sha256((_registry_digest(registries) + CODE_VERSION).encode("ascii")).hexdigest()


def _code_version() -> str:
    """A hash of the package's source: any change to the code re-extracts, version bump or not."""
    digest = hashlib.sha256()
    package = Path(__file__).parent
    for path in sorted(package.rglob("*.py")):
        digest.update(str(path.relative_to(package)).encode("utf-8") + b"\0" + path.read_bytes())
    return digest.hexdigest()


CODE_VERSION = _code_version()


def _write_build(folder: Path, spool: _Spool, linker: Linker, registries: list[Path], report: BuildReport) -> None:
    import pyoxigraph as ox

    from .export import write_rdf
    from .projection import project
    from .rdf import activity_iri, document_quads, entity_quads, provenance_quads, resolve_entities
    from .store import STORE_DIR
    from .visualize import render

    store = ox.Store(str(folder / STORE_DIR))
    activity = activity_iri(spool.documents.values())
    batch: list = []
    for x in spool:
        batch += document_quads(x, activity)
        if len(batch) >= BATCH:
            store.bulk_extend(batch)
            batch = []
    batch += entity_quads(resolve_entities(spool.used, linker.entities, spool.new_entities()))
    store.bulk_extend(batch + provenance_quads(activity, spool.documents))
    store.flush()
    checkpoint("wrote store")
    with _text_file(folder / "claims.ttl") as turtle, _text_file(folder / "claims.trig") as trig:
        write_rdf(store, turtle=turtle, trig=trig)
    checkpoint("wrote claims.ttl and claims.trig")
    page = render(project(store))
    _write_text(folder / "graph.html", lambda f: f.write(page))
    report.documents, report.entities = len(spool.documents), len(spool.counted)
    report.claims, report.mentions, report.triples = spool.claims, spool.mentions, len(store)
    _write_text(folder / "manifest.json",
                lambda f: f.write(_manifest(spool.documents, registries, report.triples)))


def _write_text(path: Path, write: Callable[[TextIO], object]) -> None:
    with _text_file(path) as f:
        write(f)
    checkpoint(f"wrote {path.name}")


def _text_file(path: Path) -> TextIO:
    return open(path, "w", encoding="utf-8", newline="\n")


def _manifest(documents: dict[str, str], registries: list[Path], triples: int) -> str:
    """What the build was made from, by content hash: the basis of incremental builds."""
    registry = (hashlib.sha256(registries[0].read_bytes()).hexdigest() if len(registries) == 1
                else _registry_digest(registries))
    return json.dumps({"claimsgraph": __version__, "registry": registry, "triples": triples,
                       "documents": dict(sorted(documents.items()))}, ensure_ascii=False, indent=1) + "\n"
