"""The benchmark's corpus generator and runner: same corpus for the same size and seed, a table at the end."""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from claimsgraph.ingest import read_document

BENCHMARKS = Path(__file__).resolve().parent.parent / "benchmarks"
sys.path.insert(0, str(BENCHMARKS))

from generate import article, write_article, write_corpus  # noqa: E402
from run import table  # noqa: E402


def contents(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir())}


def test_generate_same_size_and_seed_gives_same_bytes(tmp_path):
    write_corpus(40, tmp_path / "a", seed=7)
    write_corpus(40, tmp_path / "b", seed=7)
    write_corpus(40, tmp_path / "c", seed=8)
    assert contents(tmp_path / "a") == contents(tmp_path / "b")
    assert contents(tmp_path / "a") != contents(tmp_path / "c")


def test_generate_smaller_corpus_is_the_start_of_a_larger_one(tmp_path):
    write_corpus(10, tmp_path / "small")
    write_corpus(30, tmp_path / "large")
    large = contents(tmp_path / "large")
    assert all(large[name] == text for name, text in contents(tmp_path / "small").items())


def test_generate_articles_read_as_dated_news_in_their_language(tmp_path):
    docs = [read_document(p) for p in write_corpus(60, tmp_path)]
    assert all(d.lang == d.name.rsplit("_", 1)[1].removesuffix(".txt") for d in docs)
    assert all(d.date and d.date[:4] in ("2020", "2021", "2022", "2023") for d in docs)
    russian = sum(d.lang == "ru" for d in docs)
    assert 10 <= russian <= 30
    assert 1000 < sum(len(d.text) for d in docs) / len(docs) < 3500


def test_write_article_under_another_name_changes_that_file(tmp_path):
    first = write_corpus(2, tmp_path)[0]
    before = first.read_bytes()
    write_article(tmp_path, 5, name=first.name)
    assert first.read_bytes() != before
    assert first.read_text(encoding="utf-8") == article(5)[1]


def test_run_table_of_a_run_stopped_after_the_build_shows_the_rest_not_run():
    partial = {"documents": 7, "build": {"wall": 2.0, "cpu": 1.4, "peak_mb": 300.0, "ok": True},
               "triples": 3000, "store_mb": 1.0}
    lines = table([partial]).splitlines()
    assert "| build: CPU s per document | 0.200 |" in lines[4]
    assert lines[-1] == "| -j 2 speed-up over -j 1 (wall) | not run | ≥ 1.8× | not measured |"


@pytest.mark.slow
def test_run_prints_one_table_with_targets_and_saves_numbers(tmp_path):
    command = [sys.executable, str(BENCHMARKS / "run.py"), "--sizes", "4", "--out", str(tmp_path / "r.json")]
    out = subprocess.run(command, capture_output=True, text=True, timeout=600, check=True).stdout
    table = [line for line in out.splitlines() if line.startswith("|")]
    assert table[0] == "| measure | 4 | target | verdict at 4 |"
    assert any(line.startswith("| `validate` s | ") for line in table)
    assert "—" not in "".join(line.split("|")[2] for line in table[2:])   # every step finished at 4 documents
    result = json.loads((tmp_path / "r.json").read_text())["results"][0]
    assert result["documents"] == 4 and result["triples"] > 0
    assert set(result["rebuild"]) == {"none", "added", "changed"}


def test_bench_extract_builds_with_the_package_as_committed_at_another_commit(tmp_path):
    """``--against REF`` pairs each build with one by REF's package: it must be REF's code that runs."""
    from bench_extract import ROOT, _package_at

    package = _package_at("HEAD", tmp_path)
    out = subprocess.run([sys.executable, "-c", "import claimsgraph; print(claimsgraph.__file__)"], cwd=tmp_path,
                         capture_output=True, text=True, check=True, env={"PYTHONPATH": str(package.parent)}).stdout
    assert Path(out.strip()).parent == package
    committed = subprocess.run(["git", "-C", str(ROOT), "show", "HEAD:graph/nlp.py"], capture_output=True,
                               text=True, check=True).stdout
    assert (package / "nlp.py").read_text() == committed
    assert (package / "ontology" / "registry.ttl").is_file()

