from claimsgraph import pipeline
from tests.conftest import ONTOLOGY


def test_a_bug_on_one_document_skips_only_that_document(tmp_path, monkeypatch):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "good.txt").write_text("Vladimir Putin said that the talks went well.", encoding="utf-8")
    (corpus / "trigger.txt").write_text("Ilham Aliyev said that the border is calm.", encoding="utf-8")
    real = pipeline.extract

    def flaky(doc, linker):
        if doc.name == "trigger.txt":
            raise ValueError("boom")
        return real(doc, linker)

    monkeypatch.setattr(pipeline, "extract", flaky)
    report = pipeline.build([corpus], ONTOLOGY, tmp_path / "out")
    assert report.documents == 1
    (skipped,) = report.skipped
    assert skipped.reason.endswith("trigger.txt: [E090] internal error, please report: ValueError: boom")
