"""How `evaluate` names a claim's claimant in gold's terms, as ../shared/eval/score.py does."""
import json

from claimsgraph.evaluate import load_gold, score

TEXT = "The Vell Water Board said the dam is safe."


def scored(tmp_path, claimant: dict):
    (tmp_path / "entities.json").write_text(json.dumps({
        "vwb": {"label": "Vell Water Board", "aliases": [], "type": "Organization", "wikidata": "Q4242424"}}))
    (tmp_path / "a.json").write_text(json.dumps({"doc": "a.txt", "entities": ["vwb"], "claims": [
        {"claimant": "vwb", "kind": "statement", "evidence": TEXT, "about": []}]}))
    gold = load_gold(tmp_path, {"a.txt": TEXT})
    claim = {"iri": "c1", "doc": "a.txt", "kind": "statement", "quote": TEXT, "start": 0, "end": len(TEXT),
             "value": None, "confidence": 0.9, **claimant}
    return score(gold, [claim], [])


def scores_for(tmp_path, claimant: dict):
    return scored(tmp_path, claimant).overall


def test_a_claimant_labelled_otherwise_is_still_gold_s_by_its_wikidata_id(tmp_path):
    linked = scores_for(tmp_path, {"claimant": "e1", "claimant_label": "Water Board of Vell",
                                   "claimant_wikidata": "Q4242424"})
    unlinked = scores_for(tmp_path, {"claimant": "e1", "claimant_label": "Water Board of Vell",
                                     "claimant_wikidata": None})
    assert linked["claimant_acc"] == 1.0 and unlinked["claimant_acc"] == 0.0


def test_a_claimant_named_as_gold_names_it_needs_no_wikidata_id(tmp_path):
    assert scores_for(tmp_path, {"claimant": "e1", "claimant_label": "Vell Water Board"})["claimant_acc"] == 1.0


def test_the_errors_name_a_claimant_gold_does_not_know_by_its_label(tmp_path):
    errors = scored(tmp_path, {"claimant": "e1", "claimant_label": "Vell dam authorities"}).errors["a.txt"]
    assert any("graph 'Vell dam authorities' (unknown to gold)" in e for e in errors)
