"""A build whose extraction runs on a real Dask cluster equals a local one-process build."""
import pytest

from claimsgraph import pipeline
from tests.conftest import ONTOLOGY
from tests.test_build_output import snapshot, write_corpus

TEXTS = {"a.txt": "Marta Velinova, the mayor of Dunmere, said that the harbour would reopen in May.\n",
         "b.txt": "Министр Ильзе Варга заявила, что в Орлане пересохли 3000 колодцев.\n",
         "c.txt": "Anna Kobel, a spokeswoman for Dunmere port, said that traffic fell by 8 percent.\n",
         "d.txt": "   \n",                     # refused by the worker: empty
         "e.pdf": "not an article type\n"}   # refused here, before the cluster sees it


@pytest.mark.slow
def test_a_dask_build_equals_a_local_one(tmp_path, monkeypatch):
    distributed = pytest.importorskip("distributed")
    corpus = write_corpus(tmp_path / "corpus", TEXTS)
    local = pipeline.build([corpus], ONTOLOGY, tmp_path / "local")

    def not_here(doc, linker):
        raise AssertionError("extracted in the build's own process")

    monkeypatch.setattr(pipeline, "extract", not_here)   # the workers are processes of their own
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None,
                                  host="127.0.0.1") as cluster:
        remote = pipeline.build([corpus], ONTOLOGY, tmp_path / "dask", cluster=cluster.scheduler_address)
    assert remote.documents == local.documents == 3
    assert [s.reason for s in remote.skipped] == [s.reason for s in local.skipped] and len(local.skipped) == 2
    assert snapshot(tmp_path / "dask") == snapshot(tmp_path / "local")


def test_dask_and_jobs_are_not_given_together(tmp_path):
    from tests.test_build_output import run

    corpus = write_corpus(tmp_path / "corpus", {"a.txt": TEXTS["a.txt"]})
    result = run("build", corpus, "--out", tmp_path / "out", "-j", "2", "--dask", "tcp://127.0.0.1:1")
    assert result.exit_code == 2 and "give -j or --dask, not both" in result.output
    assert not (tmp_path / "out").exists()
