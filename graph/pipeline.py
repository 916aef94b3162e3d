"""A whole build: corpus files to exports, one bad file never stopping the rest."""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from .errors import InputRefused
from .extract import extract
from .ingest import corpus_files, read_document
from .link import Linker
from .model import Corpus, Extraction, Skipped
from .registry import load_registry

ONTOLOGY_FILES = ("claimsgraph.ttl", "shapes.ttl", "registry.ttl")


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


def read_corpus(paths: list[Path], linker: Linker,
                progress: Callable[[str], None] | None = None) -> Corpus:
    corpus = Corpus()
    for path in corpus_files(paths):
        try:
            doc = read_document(path)
        except InputRefused as e:
            corpus.skipped.append(Skipped(str(path), str(e)))
            continue
        if progress:
            progress(path.name)
        corpus.extractions.append(extract(doc, linker))
    names = [x.document.name for x in corpus.extractions]
    duplicates = {n for n in names if names.count(n) > 1}
    if duplicates:  # file names identify documents: keep the first of each name
        kept: dict[str, Extraction] = {}
        for x in corpus.extractions:
            if x.document.name in kept:
                corpus.skipped.append(Skipped(x.document.name, f"{x.document.name}: [E016] another "
                                              "file of the same name was read first"))
            else:
                kept[x.document.name] = x
        corpus.extractions = list(kept.values())
    return corpus


def make_linker(ontology_dir: Path) -> Linker:
    return Linker(load_registry(Path(ontology_dir) / "registry.ttl"))


def build(paths: list[Path], ontology_dir: Path, out_dir: Path,
          progress: Callable[[str], None] | None = None) -> BuildReport:
    """Read, extract, build RDF, write ``claims.ttl``, ``claims.trig`` and ``graph.html``."""
    import time

    import pyoxigraph as ox

    from .export import to_trig, to_turtle, write_atomic
    from .rdf import build_dataset
    from .projection import project
    from .visualize import render

    started = time.perf_counter()
    linker = make_linker(ontology_dir)
    corpus = read_corpus(paths, linker, progress)
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
