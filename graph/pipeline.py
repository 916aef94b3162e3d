"""A whole build: corpus files to exports, one bad file never stopping the rest."""
from __future__ import annotations

from collections.abc import Callable, Iterator
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

from .errors import DuplicateName, ExtractionFailed, InputRefused
from .extract import extract
from .ingest import corpus_files, read_document
from .link import Linker
from .model import Corpus, Extraction, Skipped
from .registry import load_registry



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

    def summary(self) -> str:
        lines = [f"{self.documents} documents, {self.entities} entities, {self.claims} claims, "
                 f"{self.mentions} mentions, {self.triples} triples in {self.seconds:.1f} s"]
        lines += [f"wrote {p}" for p in self.files]
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
    return corpus


def _extractions(files: list[Path], linker: Linker, jobs: int) -> Iterator[Extraction | Skipped]:
    """Results in file order, as they arrive."""
    if jobs > 1 and len(files) > 1:
        with ProcessPoolExecutor(jobs, initializer=_start_worker, initargs=(linker,)) as pool:
            yield from pool.map(_extract_in_worker, files, chunksize=2)
    else:
        yield from (_extract_file(path, linker) for path in files)


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
    global _worker_linker
    _worker_linker = linker


def _extract_in_worker(path: Path) -> Extraction | Skipped:
    assert _worker_linker is not None
    return _extract_file(path, _worker_linker)


def make_linker(ontology_dir: Path) -> Linker:
    return Linker(load_registry(Path(ontology_dir) / "registry.ttl"))


def build(paths: list[Path], ontology_dir: Path, out_dir: Path,
          progress: Callable[[str], None] | None = None, jobs: int = 1) -> BuildReport:
    """Read, extract, build RDF, write ``claims.ttl``, ``claims.trig`` and ``graph.html``."""
    import time

    import pyoxigraph as ox

    from .export import to_trig, to_turtle, write_atomic
    from .rdf import build_dataset
    from .projection import project
    from .visualize import render

    started = time.perf_counter()
    linker = make_linker(ontology_dir)
    corpus = read_corpus(paths, linker, progress, jobs)
    ds = build_dataset(corpus.extractions, linker.entities)
    trig = to_trig(ds)
    out_dir = Path(out_dir)
    write_atomic(out_dir / "claims.ttl", to_turtle(ds))
    write_atomic(out_dir / "claims.trig", trig)
    store = ox.Store()
    store.load(trig.encode("utf-8"), format=ox.RdfFormat.TRIG)
    write_atomic(out_dir / "graph.html", render(project(store)))
    used = {m.entity for x in corpus.extractions for m in x.mentions}
    used |= {k for x in corpus.extractions for c in x.claims
             for k in (c.claimant, *c.about) if k}
    return BuildReport(
        documents=len(corpus.extractions), entities=len(used),
        claims=sum(len(x.claims) for x in corpus.extractions),
        mentions=sum(len(x.mentions) for x in corpus.extractions),
        triples=sum(1 for _ in ds.quads((None, None, None, None))), seconds=time.perf_counter() - started, skipped=corpus.skipped,
        files=[out_dir / "claims.ttl", out_dir / "claims.trig", out_dir / "graph.html"])
