"""The Python API (claimsgraph.build, claimsgraph.open_graph) on invented articles, and the README's example."""
import json
import re
import subprocess
import sys

import pytest
from click.testing import CliRunner

import claimsgraph
from claimsgraph.cli import cli
from claimsgraph.errors import GraphNotBuilt, OutputError, QueryRefused, QuerySyntaxError
from tests.conftest import ROOT


@pytest.fixture(scope="module")
def graph(invented_build):
    return claimsgraph.open_graph(invented_build[1])


def cli_json(*args):
    result = CliRunner().invoke(cli, [str(a) for a in args], catch_exceptions=False)
    assert result.exit_code == 0, result.output
    return json.loads(result.output)


def test_api_readme_example_runs(tmp_path):
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    section = readme.split("## Python API", 1)[1]
    example = re.search(r"```python\n(.*?)```", section, re.S)[1]
    done = subprocess.run([sys.executable, "-c", example], cwd=tmp_path, capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr
    assert "Lena Ostrova | quantity | 1200000 | tons" in done.stdout
    assert "['Lena Ostrova', 'Velmar']" in done.stdout and "claims made: 3" in done.stdout
    assert (tmp_path / "harbour.graphml").read_text(encoding="utf-8").startswith("<?xml")


def test_api_build_into_a_temporary_folder_deletes_it_on_close(invented_build):
    with claimsgraph.build(invented_build[0]) as g:
        folder = g.path
        assert g.report.documents == 2 and (folder / "claims.ttl").is_file()
        assert len(g.claims()) == g.report.claims
    assert not folder.parent.exists()


def test_api_build_into_a_folder_keeps_it(invented_build, tmp_path):
    g = claimsgraph.build([invented_build[0] / "velmar-port.txt"], tmp_path / "out", jobs=1)
    g.close()
    assert claimsgraph.open_graph(tmp_path / "out").entities()


def test_api_build_refuses_a_file_as_output_before_reading(invented_build, tmp_path):
    (tmp_path / "taken").write_text("x")
    seen = []
    with pytest.raises(OutputError, match=r"taken: \[E080\] is a file, not a folder"):
        claimsgraph.build(invented_build[0], tmp_path / "taken", progress=lambda *a: seen.append(a))
    assert seen == []


def test_api_open_graph_of_no_build_says_so(tmp_path):
    with pytest.raises(GraphNotBuilt, match=r"\[E030\]"):
        claimsgraph.open_graph(tmp_path)


def test_api_listings_are_what_the_cli_prints(graph, invented_build):
    out = invented_build[1]
    assert graph.claims() == cli_json("claims", "--graph", out, "--format", "json")
    assert graph.entities() == cli_json("entities", "--graph", out, "--format", "json")
    assert graph.conflicts() == cli_json("conflicts", "--graph", out, "--format", "json")
    assert {c["claimant_label"] for c in graph.claims()} >= {"Lena Ostrova"}


def test_api_query_gives_python_values_for_every_form(graph):
    rows = graph.query("SELECT ?n WHERE { VALUES ?n { 2 1 } }")
    assert rows == [{"n": 2}, {"n": 1}] and rows.columns == ["n"]
    empty = graph.query("SELECT ?x ?y WHERE { FILTER(false) }")
    assert empty == [] and empty.columns == ["x", "y"]
    assert graph.query("ASK { ?d a <https://schema.org/NewsArticle> }") is True
    turtle = graph.query("CONSTRUCT WHERE { ?d a <https://schema.org/NewsArticle> }")
    assert turtle.count("<https://schema.org/NewsArticle>") == 2
    assert graph.query("SELECT ?n WHERE { VALUES ?n { 1500000.0 } }", "csv") == "n\n1500000\n"
    assert graph.query("ASK {}", "json") == '[\n {\n  "boolean": true\n }\n]\n'


def test_api_query_refuses_service_and_reports_syntax_in_process(graph):
    with pytest.raises(QueryRefused, match="SERVICE is refused"):
        graph.query("SELECT * { SERVICE <http://127.0.0.1:9/> { ?s ?p ?o } }")
    with pytest.raises(QuerySyntaxError, match="line 2, column"):
        graph.query("SELECT * WHERE {\n  ?s ?p\n}")
    deep = "SELECT * WHERE " + "{" * 60 + "}" * 60   # rdflib's check recurses per bracket: a deep stack
    assert graph.query(deep) == [{}]


def test_api_query_with_a_time_limit_runs_in_a_worker(graph):
    assert graph.query("SELECT (1 AS ?n) {}", timeout=30) == [{"n": 1}]


def test_api_describe_export_and_view(graph, tmp_path):
    found = graph.describe("Ostrova")
    assert found.label == "Lena Ostrova" and found.types == ["Person"]
    assert {c["role"] for c in found.claims} == {"made"} and len(found.claims) == 3
    assert "claims made: 3" in found.text()
    assert graph.export("nquads").count("\n") == len(graph.store)
    assert graph.export("graphml", tmp_path / "g.graphml") is None and (tmp_path / "g.graphml").is_file()
    assert graph.view(tmp_path / "page.html").read_text(encoding="utf-8").startswith("<!DOCTYPE html>")
    assert graph.validate() == []


def test_api_evaluate_against_invented_gold(graph, tmp_path):
    (tmp_path / "entities.json").write_text(json.dumps({
        "lena-ostrova": {"label": "Lena Ostrova", "type": "Person", "aliases": ["Ostrova"]},
        "velmar": {"label": "Velmar", "type": "Place", "aliases": []}}), encoding="utf-8")
    (tmp_path / "port.json").write_text(json.dumps({"doc": "velmar-port.txt", "entities": ["lena-ostrova", "velmar"],
        "claims": [{"id": "c1", "claimant": "lena-ostrova", "kind": "statement", "about": [],
                    "evidence": "She said the new quay would open in May.", "value": None, "unit": None}]}),
        encoding="utf-8")
    scores = graph.evaluate(tmp_path)
    assert list(scores.docs) == ["velmar-port.txt"] and scores.overall["claims"][1] == 1.0
    by_rule = scores.precision_by_rule()
    assert by_rule and "?" not in {r["rule"] for r in by_rule}   # every claim's rule read from the graph
    assert sum(r["n"] for r in by_rule) == len(scores.outcomes)
    assert scores.rows()[-1]["document"] == "(all)"


def test_precision_by_rule_and_calibration_error_from_outcomes():
    from claimsgraph.evaluate import Scores

    scores = Scores(outcomes=[(0.9, True), (0.9, False), (0.6, True), (0.6, True)],
                    rules=["quotation", "quotation", "own_voice", "own_voice"])
    assert scores.precision_by_rule() == [
        {"rule": "own_voice", "n": 2, "confidence": 0.6, "precision": 1.0},
        {"rule": "quotation", "n": 2, "confidence": 0.9, "precision": 0.5}]
    assert scores.calibration_error() == 0.4   # each band 0.4 off its mean confidence


def test_calibration_script_draws_a_rarely_seen_rule_towards_its_prior():
    import importlib.util
    from pathlib import Path

    spec = importlib.util.spec_from_file_location("calibrate", Path(__file__).parents[1] / "scripts" / "calibrate.py")
    calibrate = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(calibrate)
    prior = {"quotation": (90, 90), "own_voice": (10, 0)}          # overall 0.9 on the prior sets
    table = calibrate.fitted({"quotation": (2, 0), "own_voice": (100, 50)}, prior, weight=10)
    assert table["own_voice"] == round((50 + 10 * (0 + 10 * 0.9) / 20) / 110, 2)   # the fit's 100 claims win
    assert 0.8 < table["quotation"] < 0.9                       # two misses move a well-known rule a little
    scores = calibrate.Scores(outcomes=[(0.5, True), (0.5, True)], rules=["quotation", "quotation"])
    assert calibrate.calibration_error(scores, {"quotation": 1.0}) == 0.0


def test_agreement_script_scores_a_second_annotators_gold_against_the_first(tmp_path):
    import importlib.util
    import json
    import shutil
    from pathlib import Path

    root = Path(__file__).parents[1]
    spec = importlib.util.spec_from_file_location("agreement", root / "scripts" / "agreement.py")
    agreement = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(agreement)
    gold = root / "tests" / "data" / "seeds-gold"
    same = agreement.agreement(root / "seeds", gold, gold).overall
    assert same["claims"][2] == same["claimant_acc"] == same["entities"][2] == 1.0
    second = tmp_path / "second"
    shutil.copytree(gold, second)
    path = next(p for p in sorted(second.glob("*.json")) if p.name != "entities.json")
    doc = json.loads(path.read_text(encoding="utf-8"))
    spoken = [c for c in doc["claims"] if c["claimant"]]
    for c in spoken:
        c["claimant"] = None                      # the second annotator gives them to the article's own voice
    path.write_text(json.dumps(doc, ensure_ascii=False), encoding="utf-8")
    for other in second.glob("*.json"):
        if other.name not in ("entities.json", path.name):
            other.unlink()                        # and annotates only that document
    differ = agreement.agreement(root / "seeds", gold, second).overall
    assert differ["claims"][2] == 1.0 and differ["claimant_acc"] == round(1 - len(spoken) / len(doc["claims"]), 3)
