from claimsgraph import pipeline
from tests.conftest import ONTOLOGY


def test_a_bug_on_one_document_skips_only_that_document(tmp_path, monkeypatch):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "good.txt").write_text("Oskar Lindqvist said that the talks went well.", encoding="utf-8")
    (corpus / "trigger.txt").write_text("Mirela Dunca said that the border is calm.", encoding="utf-8")
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


def test_a_name_found_in_english_and_in_russian_is_one_entity_with_both_labels(tmp_path):
    from claimsgraph.api import open_graph

    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "a_en.txt").write_text("Dam repairs\n\nThe head of the water council, Ahmet Yilmaz, said on Monday "
                                     "that the dam would be repaired by May.\n", encoding="utf-8")
    (corpus / "b_ru.txt").write_text("Ремонт плотины\n\nГлава водного совета Ахмет Йылмаз заявил в понедельник, "
                                     "что плотину отремонтируют к маю.\n", encoding="utf-8")
    pipeline.build([corpus], ONTOLOGY, tmp_path / "out")
    people = [e for e in open_graph(tmp_path / "out").entities() if e["type"] == "Person"]
    assert [(e["label"], sorted(e["labels"]), e["docs"]) for e in people] == [
        ("Ahmet Yilmaz", ["Ahmet Yilmaz", "Ахмет Йылмаз"], ["a_en.txt", "b_ru.txt"])]


def test_a_name_in_two_languages_keeps_the_labels_of_each_and_is_labelled_in_english():
    from claimsgraph.ids import new_entity_key
    from claimsgraph.model import Entity
    from claimsgraph.rdf import resolve_entities

    key = new_entity_key("Ahmet Yilmaz")
    ru = Entity(key, "Ахмет Йылмаз", "Person", pref_labels=(("Ахмет Йылмаз", "ru"),),
                alt_labels=(("Ахмета Йылмаза", "ru"),))
    en = Entity(key, "Ahmet Yilmaz", "Person", pref_labels=(("Ahmet Yilmaz", "en"),), alt_labels=(("Yilmaz", "en"),))
    merged = resolve_entities({key}, {}, [ru, en])
    assert merged[0].label == "Ahmet Yilmaz"
    assert set(merged[0].pref_labels) == {("Ахмет Йылмаз", "ru"), ("Ahmet Yilmaz", "en")}
    assert set(merged[0].alt_labels) == {("Ахмета Йылмаза", "ru"), ("Yilmaz", "en")}
