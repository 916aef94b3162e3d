"""Incremental builds: unchanged documents are not extracted again, and the result equals a clean build."""
import shutil

import pyoxigraph as ox
import pytest

from claimsgraph import pipeline
from tests.conftest import ONTOLOGY
from tests.test_build_output import snapshot, write_corpus

BEFORE = {"a.txt": "Marta Velinova, the mayor of Dunmere, said that the harbour would reopen in May.\n",
          "b.txt": "Tomas Relk said that the Kessler Institute had hired 40 engineers.\n",
          "c.txt": "Anna Kobel, a spokeswoman for Dunmere port, said that traffic fell by 8 percent.\n"}
AFTER = {"a.txt": "Marta Velinova, the mayor of Dunmere, said that the harbour would reopen in June.\n",
         "b.txt": BEFORE["b.txt"],
         "d.txt": "The Orlan Ministry of Water said on Monday that 3,000 wells were dry.\n"}


@pytest.fixture
def extracted(monkeypatch):
    """The names of the documents a build extracts (in this process)."""
    names = []
    real = pipeline.extract

    def counting(doc, linker):
        names.append(doc.name)
        return real(doc, linker)

    monkeypatch.setattr(pipeline, "extract", counting)
    return names


def clean(tmp_path, texts, ontology=ONTOLOGY):
    corpus = write_corpus(tmp_path / "clean-corpus", texts)
    pipeline.build([corpus], ontology, tmp_path / "clean")
    return snapshot(tmp_path / "clean")


def test_a_changed_an_added_and_a_removed_document(tmp_path, extracted):
    corpus = write_corpus(tmp_path / "corpus", BEFORE)
    out = tmp_path / "out"
    pipeline.build([corpus], ONTOLOGY, out)
    assert sorted(extracted) == ["a.txt", "b.txt", "c.txt"]
    shutil.rmtree(corpus)
    write_corpus(corpus, AFTER)
    extracted.clear()
    report = pipeline.build([corpus], ONTOLOGY, out)
    assert sorted(extracted) == ["a.txt", "d.txt"]
    assert report.documents == 3
    expected = clean(tmp_path, AFTER)
    assert snapshot(out) == expected
    assert report.triples == len(ox.Store.read_only(str(out / "store"))) > 0


def test_the_page_projects_only_the_changed_documents_claims(tmp_path, monkeypatch):
    """The claims' rows are read from each extracted document's own graph, never from the whole
    store; those of unchanged documents come from the cache. The page still equals a clean build's."""
    from claimsgraph import projection
    from claimsgraph.ids import doc_graph_iri

    asked = []
    real = projection.claim_rows

    def recording(store, docs=None):
        found = real(store, docs)
        asked.append(sorted({q.graph_name.value for q in store}))   # the graphs the query ran over
        return found

    monkeypatch.setattr(projection, "claim_rows", recording)
    corpus = write_corpus(tmp_path / "corpus", BEFORE)
    out = tmp_path / "out"
    pipeline.build([corpus], ONTOLOGY, out)
    assert sorted(asked) == sorted([[doc_graph_iri(name)] for name in BEFORE])
    shutil.rmtree(corpus)
    write_corpus(corpus, AFTER)
    asked.clear()
    pipeline.build([corpus], ONTOLOGY, out)
    assert sorted(asked) == [[doc_graph_iri("a.txt")], [doc_graph_iri("d.txt")]]
    monkeypatch.setattr(projection, "claim_rows", real)
    assert snapshot(out) == clean(tmp_path, AFTER)


def test_nothing_changed_extracts_nothing(tmp_path, extracted):
    corpus = write_corpus(tmp_path / "corpus", BEFORE)
    out = tmp_path / "out"
    pipeline.build([corpus], ONTOLOGY, out)
    first = snapshot(out)
    extracted.clear()
    pipeline.build([corpus], ONTOLOGY, out)
    assert extracted == [] and snapshot(out) == first


def test_a_changed_registry_or_code_extracts_everything_again(tmp_path, extracted, monkeypatch):
    corpus = write_corpus(tmp_path / "corpus", BEFORE)
    out = tmp_path / "out"
    pipeline.build([corpus], ONTOLOGY, out)
    ontology = tmp_path / "ontology"
    shutil.copytree(ONTOLOGY, ontology)
    with open(ontology / "registry.ttl", "a", encoding="utf-8") as f:
        f.write("\n# edited\n")
    extracted.clear()
    pipeline.build([corpus], ontology, out)
    assert sorted(extracted) == ["a.txt", "b.txt", "c.txt"]
    monkeypatch.setattr(pipeline, "CODE_VERSION", "another")
    extracted.clear()
    pipeline.build([corpus], ontology, out)
    assert sorted(extracted) == ["a.txt", "b.txt", "c.txt"]
    assert snapshot(out) == clean(tmp_path, BEFORE, ontology)


def test_the_build_key_covers_what_the_output_is_made_with(tmp_path):
    """A changed page template, saved query or ontology file, or another model version, is a new
    build: the key hashes them with the code (a template change once left the page as it was)."""
    from pathlib import Path

    package = Path(pipeline.__file__).parent
    hashed = {str(p.relative_to(package)) for p in pipeline.code_files(package)}
    assert {"pipeline.py", "templates/graph.html", "queries/conflicting_figures.rq",
            "ontology/shapes.ttl", "lang/en.py"} <= hashed
    assert not any("__pycache__" in name for name in hashed)
    assert "spacy" in pipeline.MODEL_PACKAGES and "natasha" in pipeline.MODEL_PACKAGES


@pytest.mark.parametrize("damaged", ["index.json", "documents.pickle"])
def test_a_damaged_cache_is_ignored(tmp_path, extracted, damaged):
    corpus = write_corpus(tmp_path / "corpus", BEFORE)
    out = tmp_path / "out"
    pipeline.build([corpus], ONTOLOGY, out)
    first = snapshot(out)
    (out / "cache" / damaged).write_bytes(b"{not json or pickle")
    extracted.clear()
    pipeline.build([corpus], ONTOLOGY, out)
    assert sorted(extracted) == ["a.txt", "b.txt", "c.txt"] and snapshot(out) == first


def test_a_parallel_incremental_build_equals_a_clean_one(tmp_path):
    corpus = write_corpus(tmp_path / "corpus", BEFORE)
    out = tmp_path / "out"
    pipeline.build([corpus], ONTOLOGY, out, jobs=2)
    shutil.rmtree(corpus)
    write_corpus(corpus, AFTER)
    pipeline.build([corpus], ONTOLOGY, out, jobs=2)
    assert snapshot(out) == clean(tmp_path, AFTER)


def test_the_previous_build_is_never_written_by_the_next(tmp_path, monkeypatch):
    """Its store is copied by hard links and the copy patched: the previous build stays byte for byte."""
    corpus = write_corpus(tmp_path / "corpus", BEFORE)
    out = tmp_path / "out"
    pipeline.build([corpus], ONTOLOGY, out)
    before = {p: p.read_bytes() for p in sorted(out.rglob("*")) if p.is_file()}
    seen = {}

    def look(point):
        if point == "switching":
            seen.update({p: p.read_bytes() for p in sorted(out.rglob("*")) if p.is_file()})

    monkeypatch.setattr(pipeline, "checkpoint", look)
    shutil.rmtree(corpus)
    write_corpus(corpus, AFTER)
    pipeline.build([corpus], ONTOLOGY, out)
    assert seen == before
    assert snapshot(out) == clean(tmp_path, AFTER)


def test_a_missing_previous_store_is_written_whole(tmp_path, extracted):
    corpus = write_corpus(tmp_path / "corpus", BEFORE)
    out = tmp_path / "out"
    pipeline.build([corpus], ONTOLOGY, out)
    first = snapshot(out)
    shutil.rmtree(out / "store")
    (out / "store").mkdir()
    extracted.clear()
    pipeline.build([corpus], ONTOLOGY, out)
    assert extracted == [] and snapshot(out) == first


def test_nothing_changed_leaves_the_build_as_it_was(tmp_path):
    corpus = write_corpus(tmp_path / "corpus", BEFORE)
    out = tmp_path / "out"
    first = pipeline.build([corpus], ONTOLOGY, out)
    stamps = {p: p.stat().st_mtime_ns for p in out.rglob("*")}
    again = pipeline.build([corpus], ONTOLOGY, out)
    assert again.unchanged and {p: p.stat().st_mtime_ns for p in out.rglob("*")} == stamps
    assert (again.documents, again.entities, again.claims, again.mentions, again.triples) == (
        first.documents, first.entities, first.claims, first.mentions, first.triples)
    assert "nothing changed since the last build" in again.summary()


def test_a_parallel_build_equals_a_one_process_build(tmp_path):
    """With -j 2 the extraction runs in two processes and the page in a third: the same bytes."""
    corpus = write_corpus(tmp_path / "corpus", AFTER)
    pipeline.build([corpus], ONTOLOGY, tmp_path / "parallel", jobs=2)
    assert snapshot(tmp_path / "parallel") == clean(tmp_path, AFTER)
