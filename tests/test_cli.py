"""The command line through click's CliRunner: exit codes, exact errors, outputs."""
import json
import re

import pytest
from click.testing import CliRunner

from claimsgraph.cli import cli
from claimsgraph.query import saved_queries
from tests.conftest import SEEDS, SEEDS_GOLD

LISTING_CLAIM_FIELDS = {"iri", "doc", "kind", "claimant", "claimant_label", "claimant_wikidata", "subject", "predicate",
                        "object", "about", "quote", "start", "end", "value", "unit", "date", "lang",
                        "confidence", "via"}   # LISTINGS.md, and the claimant's QID that score.py reads
LISTING_ENTITY_FIELDS = {"iri", "label", "labels", "type", "wikidata", "docs", "mentions"}


@pytest.fixture(scope="module")
def built(seeds_build):
    return str(seeds_build[0])


def run(*args):
    return CliRunner().invoke(cli, [str(a) for a in args], catch_exceptions=False)


def test_every_command_has_help():
    for name in cli.commands:
        result = run(name, "--help")
        assert result.exit_code == 0 and "Usage:" in result.output, name


def test_build_skips_bad_files_and_builds_the_rest(tmp_path):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "good.txt").write_text("Oskar Lindqvist said that the talks in Malmo were useful.", encoding="utf-8")
    (corpus / "empty.txt").write_bytes(b"")
    (corpus / "binary.txt").write_bytes(bytes(range(256)) * 10)
    (corpus / "cp1251.txt").write_bytes("Сомов заявил, что переговоры в Самаре прошли успешно.".encode("cp1251"))
    (corpus / "hostile <x>.txt").write_text('<script>alert("x")</script> Mirela Dunca said: "ok".', encoding="utf-8")
    out = tmp_path / "out"
    result = run("build", corpus, "--out", out)
    assert result.exit_code == 0, result.output
    assert "3 documents" in result.output
    assert "empty.txt: [E011] file is empty" in result.output
    assert "binary.txt: [E012]" in result.output
    for name in ("claims.ttl", "claims.trig", "graph.html"):
        assert (out / name).is_file()
    strict = run("build", corpus, "--out", tmp_path / "strict", "--strict")
    assert strict.exit_code == 1 and "Error: 2 file(s) skipped (--strict)" in strict.output


def test_build_reports_a_missing_corpus(tmp_path):
    result = run("build", tmp_path / "nope", "--out", tmp_path / "out")
    assert result.exit_code == 1
    assert result.output.strip().endswith("nope: [E020] no such file or folder")


def test_commands_on_an_unbuilt_graph_say_so(tmp_path):
    result = run("claims", "--graph", tmp_path)
    assert result.exit_code == 1
    assert f"Error: {tmp_path}: [E030] no claims.trig here; run `claimsgraph build` first" in result.output


def test_query_list_names_every_saved_query():
    result = run("query", "--list")
    for q in saved_queries():
        assert q.name in result.output


@pytest.mark.parametrize("name", [q.name for q in saved_queries()])
def test_every_saved_query_returns_rows_on_the_seeds(built, name):
    result = run("query", "-n", name, "--graph", built, "--format", "json")
    assert result.exit_code == 0, result.output
    assert json.loads(result.output), f"{name} returned no rows"


def test_query_formats_and_errors(built, tmp_path):
    q = "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"
    assert run("query", q, "--graph", built, "--format", "csv").output.startswith("n\n")
    assert run("query", q, "--graph", built, "--format", "tsv").output.startswith("n\n")
    assert "(1 row)" in run("query", q, "--graph", built).output
    rq = tmp_path / "q.rq"
    rq.write_text(q)
    assert run("query", "-f", rq, "--graph", built, "--format", "json").exit_code == 0
    bad = run("query", "SELEKT nothing", "--graph", built)
    assert bad.exit_code == 1 and "[E044] SPARQL syntax error at line 1, column 1" in bad.output
    none = run("query", "--graph", built)
    assert none.exit_code == 2 and "give exactly one of QUERY, -f FILE or -n NAME" in none.output
    unknown = run("query", "-n", "nope", "--graph", built)
    assert unknown.exit_code == 1 and "no saved query named 'nope'" in unknown.output


def test_claims_jsonl_has_the_listing_fields_and_exact_offsets(built):
    result = run("claims", "--graph", built, "--format", "jsonl")
    rows = [json.loads(line) for line in result.output.splitlines()]
    assert rows and all(set(r) == LISTING_CLAIM_FIELDS for r in rows)
    texts = {p.name: p.read_text(encoding="utf-8") for p in SEEDS.iterdir()}
    for r in rows:
        assert texts[r["doc"]][r["start"]:r["end"]] == r["quote"]
        assert r["kind"] in {"statement", "quantity", "event", "relation"}
        assert 0 <= r["confidence"] <= 1


def test_entities_jsonl_has_the_listing_fields(built):
    rows = [json.loads(line) for line in run("entities", "--graph", built, "--format", "jsonl").output.splitlines()]
    assert rows and all(set(r) == LISTING_ENTITY_FIELDS for r in rows)
    putin = next(r for r in rows if r["label"] == "Vladimir Putin")
    assert putin["type"] == "Person" and "Путин" in putin["labels"]
    assert "003_f890dc6fbf9d0ba4.txt" in putin["docs"] and putin["mentions"] >= 10


def test_table_listings(built):
    assert "Vladimir Putin" in run("claims", "--graph", built).output
    assert "Lachin corridor" in run("entities", "--graph", built, "--format", "csv").output


@pytest.mark.parametrize("name", ["Putin", "Путина", "Лачинский коридор", "the Russian Foreign Ministry"])
def test_show_finds_an_entity_by_any_label(built, name):
    result = run("show", name, "--graph", built)
    assert result.exit_code == 0, result.output
    assert "claims made:" in result.output and "claims about it:" in result.output


def test_show_unknown_name(built):
    result = run("show", "Nobody Atall", "--graph", built)
    assert result.exit_code == 1 and "no entity has the label or alias 'Nobody Atall'" in result.output


@pytest.mark.parametrize("fmt", ["turtle", "trig", "nquads", "jsonld", "graphml", "gexf", "csv"])
def test_export_formats(built, tmp_path, fmt):
    out = tmp_path / f"x.{fmt}"
    assert run("export", "--graph", built, "--format", fmt, "-o", out).exit_code == 0
    assert out.stat().st_size > 1000


def test_graphml_and_gexf_load_in_networkx(built, tmp_path):
    import networkx as nx

    for fmt, read in (("graphml", nx.read_graphml), ("gexf", nx.read_gexf)):
        out = tmp_path / f"g.{fmt}"
        run("export", "--graph", built, "--format", fmt, "-o", out)
        g = read(out)
        putin = g.nodes["https://w3id.org/claimsgraph/entity/vladimir-putin"]
        assert putin["kind"] == "entity" and putin["type"] == "Person"
        assert g.number_of_edges() > g.number_of_nodes()


def test_conflicts_pair_disagreeing_figures_from_different_sources(built):
    result = run("conflicts", "--graph", built, "--format", "json")
    rows = json.loads(result.output)
    assert any({r["value_a"], r["value_b"]} == {1500000, 1581} and r["unit"] == "tons"
               and r["file_a"] != r["file_b"] for r in rows)
    assert "conflict" in run("conflicts", "--graph", built).output


def test_figures_read_one_way_everywhere_and_compare_across_languages(tmp_path):
    """Plain digits in data, grouped in tables, never an exponent; tons and тонн are one unit."""
    import re

    (tmp_path / "news").mkdir()
    (tmp_path / "registry.csv").write_text("key,label,type,aliases,wikidata\n"
                                           "vellmar-port,Vellmar Port,Place,Port of Vellmar|порт Веллмар,\n")
    (tmp_path / "news" / "en.txt").write_text(
        "Grain through Vellmar Port\n\nDORVIK, May 4, 2023. Vellmar Port shipped 1.5 million tons of grain last "
        "year, its director Hana Kovac said. The port expects 25 billion dollars of new investment.\n")
    (tmp_path / "news" / "ru.txt").write_text(
        "Зерно через порт Веллмар\n\nДОРВИК, 5 мая 2023. Порт Веллмар в прошлом году отгрузил 2,1 млн тонн "
        "зерна, сообщила директор порта Хана Ковач.\n")
    out = tmp_path / "out"
    assert run("build", tmp_path / "news", "--registry", tmp_path / "registry.csv", "--out", out, "-q").exit_code == 0
    said = {args: run(*args, "--graph", out).output for args in [
        ("claims",), ("claims", "--format", "csv"), ("claims", "--format", "jsonl"), ("query", "-n", "quantities"),
        ("query", "-n", "quantities", "--format", "json"), ("conflicts",), ("conflicts", "--format", "json"),
        ("export", "--format", "graphml"), ("export", "--format", "csv")]}
    for args, text in said.items():   # (past GraphML's header, which holds version="1.0")
        assert not re.search(r"\de[+-]\d|\d\.0\b", text.split("<graph id=")[-1]), args
    for table in (said["claims",], said["query", "-n", "quantities"]):
        assert "1,500,000" in table and "25,000,000,000" in table and "2,100,000" in table
    assert "1500000,tons" in said["claims", "--format", "csv"]
    assert {json.loads(line)["value"] for line in said["claims", "--format", "jsonl"].splitlines()} == {
        1500000, 25000000000, 2100000}
    assert {r["value"] for r in json.loads(said["query", "-n", "quantities", "--format", "json"])} == {
        1500000, 25000000000, 2100000}
    (conflict,) = json.loads(said["conflicts", "--format", "json"])
    assert (conflict["value_a"], conflict["value_b"], conflict["unit_code"]) == (1500000, 2100000, "TNE")
    assert (conflict["unit_a"], conflict["unit_b"]) == ("tons", "тонн зерна")
    assert said["conflicts",].startswith("tons: 1,500,000 (en.txt, ") and "vs 2,100,000 тонн зерна (ru.txt, " in \
        said["conflicts",] and "both about: Vellmar Port" in said["conflicts",]


def test_validate_conforms_on_the_seeds(built):
    result = run("validate", "--graph", built)
    assert result.exit_code == 0 and "conforms" in result.output


def test_validate_reports_violations(built, tmp_path):
    broken = tmp_path / "broken"
    broken.mkdir()
    trig = (__import__("pathlib").Path(built) / "claims.trig").read_text(encoding="utf-8")
    trig = trig.replace("cg:confidence \"0.", "cg:confidence \"7.", 1)
    assert "cg:confidence \"7." in trig
    (broken / "claims.trig").write_text(trig, encoding="utf-8")
    result = run("validate", "--graph", broken)
    assert result.exit_code == 1 and "SHACL violation" in result.output


def test_evaluate_prints_scores_and_errors(built):
    result = run("evaluate", "--gold", SEEDS_GOLD, "--graph", built, "--errors")
    assert result.exit_code == 0, result.output
    assert "claimant accuracy on matched claims" in result.output and "== 000_" in result.output
    by_rule = run("evaluate", "--gold", SEEDS_GOLD, "--graph", built, "--by-rule").output
    assert "by rule:" in by_rule and "\n  quotation " in by_rule and "by rule:" not in result.output


def test_view_writes_the_page(built, tmp_path):
    out = tmp_path / "page.html"
    assert run("view", "--graph", built, "-o", out).exit_code == 0
    assert out.read_text(encoding="utf-8").startswith("<!DOCTYPE html>")


def test_push_names_the_url_when_the_store_cannot_be_reached(built):
    result = run("push", "--graph", built, "--endpoint", "http://127.0.0.1:9/update")
    assert result.exit_code == 1
    assert "[E070] POST http://127.0.0.1:9/update failed" in result.output


def test_parallel_build_gives_the_same_bytes(tmp_path):
    assert run("build", SEEDS, "--out", tmp_path / "one", "-q").exit_code == 0
    assert run("build", SEEDS, "--out", tmp_path / "two", "-q", "--jobs", "2").exit_code == 0
    for name in ("claims.ttl", "claims.trig", "graph.html"):
        assert (tmp_path / "one" / name).read_bytes() == (tmp_path / "two" / name).read_bytes()


def test_files_of_the_same_name_in_different_folders_are_two_documents(tmp_path):
    for folder, place in (("a", "Eastbrook"), ("b", "Westfold")):
        (tmp_path / folder).mkdir()
        (tmp_path / folder / "same.txt").write_text(f"Mara Lindqvist said that the talks in {place} went well.",
                                                    encoding="utf-8")
    result = run("build", tmp_path / "a", tmp_path / "b", "--out", tmp_path / "out")
    assert result.exit_code == 0 and "2 documents" in result.output and "[E016]" not in result.output
    names = run("query", "SELECT ?name { ?d <https://w3id.org/claimsgraph/ontology#fileName> ?name } ORDER BY ?name",
                "--graph", tmp_path / "out", "--format", "csv")
    assert names.output.splitlines() == ["name", "a/same.txt", "b/same.txt"]


def test_query_runs_every_sparql_form(built):
    ask = run("query", "ASK { ?s a <https://w3id.org/claimsgraph/ontology#QuantityClaim> }", "--graph", built,
              "--format", "json")
    assert ask.exit_code == 0 and json.loads(ask.output) == [{"boolean": True}]
    construct = "CONSTRUCT WHERE { ?s a <https://w3id.org/claimsgraph/ontology#QuantityClaim> } LIMIT 3"
    turtle = run("query", construct, "--graph", built)
    assert turtle.exit_code == 0 and turtle.output.count(" a <https://w3id.org/claimsgraph/ontology#QuantityClaim>") == 3
    for fmt, parse in (("ntriples", "nt"), ("nquads", "nquads"), ("rdfxml", "xml"), ("jsonld", "json-ld"),
                       ("turtle", "turtle")):
        import rdflib

        result = run("query", construct, "--graph", built, "--format", fmt)
        assert result.exit_code == 0 and len(rdflib.Dataset().parse(data=result.output, format=parse)) == 3, fmt
    describe = run("query", "DESCRIBE <https://w3id.org/claimsgraph/tool/claimsgraph>", "--graph", built)
    assert describe.exit_code == 0 and "<https://w3id.org/claimsgraph/tool/claimsgraph>" in describe.output
    lines = run("query", "SELECT ?n WHERE { VALUES ?n { 1 2 } }", "--graph", built, "--format", "jsonl")
    assert lines.output == '{"n": 1}\n{"n": 2}\n'


def test_query_reads_standard_input(built):
    result = CliRunner().invoke(cli, ["query", "-", "--graph", built, "--format", "csv"],
                                input="SELECT ?n WHERE {\n  VALUES ?n { 7 }\n}\n")
    assert result.exit_code == 0 and result.output == "n\n7\n"


@pytest.mark.parametrize("query, error", [
    ("SELECT * WHERE {\n  ?s ?p\n}", "Error: [E044] SPARQL syntax error at line 3, column 1\n  }\n  ^\n"),
    ("SELECT * { SERVICE <http://127.0.0.1:9/> { ?s ?p ?o } }",
     "Error: [E043] SERVICE is refused: it would make this machine fetch a URL\n"),
    ("SELECT * WHERE " + "{" * 2600 + "}" * 2600, "Error: [E042] brackets nested more than 64 deep (line 1, column 80)\n"),
    ("ASK {} #" + "x" * 70_000, "Error: [E041] the query is 70,008 bytes; at most 65,536 are accepted\n"),
    ("ASK { FILTER(" + "+".join(["1"] * 20_000) + ") }",
     "Error: [E041] the query has more than 10,000 words and symbols, too many to check in time; split it\n"),
])
def test_query_errors_are_coded_without_traceback(built, query, error):
    result = CliRunner().invoke(cli, ["query", "-", "--graph", built], input=query)
    assert result.exit_code == 1 and result.output == error


def test_query_format_must_suit_the_form(built):
    result = run("query", "ASK {}", "--graph", built, "--format", "turtle")
    assert result.exit_code == 1 and "[E048] --format turtle is for CONSTRUCT and DESCRIBE" in result.output
    result = run("query", "CONSTRUCT WHERE { ?s ?p ?o }", "--graph", built, "--format", "csv")
    assert result.exit_code == 1 and "[E048] --format csv is for SELECT and ASK" in result.output


def test_query_time_limit(built):
    slow = ("SELECT (COUNT(*) AS ?n) WHERE { VALUES ?z { 0 1 2 } "
            + " ".join(f"VALUES ?{v} {{ 0 1 2 3 4 5 6 7 8 9 }}" for v in "abcdefg") + " }")
    result = run("query", slow, "--graph", built, "--timeout", "0.5")
    assert result.exit_code == 1 and "[E045] the query ran over the time limit of 0.5 s" in result.output


# ---------------------------------------------------------------- conventions, on invented articles

LISTINGS = {   # command line after `claimsgraph`, with GRAPH and GOLD filled in
    "claims": ["claims"], "entities": ["entities"], "conflicts": ["conflicts"], "show": ["show", "Lena Ostrova"],
    "query": ["query", "SELECT ?doc ?n WHERE { VALUES (?doc ?n) { ('a.txt' 1200000) ('b.txt' 900000.5) } }"],
    "evaluate": ["evaluate", "--gold", "GOLD"],
}


@pytest.fixture(scope="module")
def invented(invented_build, tmp_path_factory):
    """The invented build and a gold folder for it: (graph folder, gold folder, corpus folder)."""
    gold = tmp_path_factory.mktemp("gold")
    (gold / "entities.json").write_text(json.dumps({
        "lena-ostrova": {"label": "Lena Ostrova", "type": "Person", "aliases": ["Ostrova"]}}), encoding="utf-8")
    (gold / "port.json").write_text(json.dumps({"doc": "velmar-port.txt", "entities": ["lena-ostrova"], "claims": [
        {"id": "c1", "claimant": "lena-ostrova", "kind": "statement", "about": [],
         "evidence": "She said the new quay would open in May.", "value": None, "unit": None}]}), encoding="utf-8")
    return invented_build[1], gold, invented_build[0]


def listing(invented, command, *more):
    graph, gold, _ = invented
    args = [str(gold) if a == "GOLD" else a for a in LISTINGS[command]]
    result = CliRunner().invoke(cli, [*args, "--graph", str(graph), *more], catch_exceptions=False)
    assert result.exit_code == 0, result.output
    return result.stdout


@pytest.mark.parametrize("command", sorted(LISTINGS))
def test_every_listing_command_takes_every_format(invented, command):
    import csv
    import io

    rows = json.loads(listing(invented, command, "--format", "json"))
    records = rows if isinstance(rows, list) else rows["docs"]   # evaluate's JSON is one object of scores
    assert records, command
    lines = [json.loads(line) for line in listing(invented, command, "--format", "jsonl").splitlines()]
    assert lines and all(isinstance(r, dict) for r in lines)
    if isinstance(rows, list):
        assert lines == rows
    for fmt, delimiter in (("csv", ","), ("tsv", "\t")):
        table = list(csv.DictReader(io.StringIO(listing(invented, command, "--format", fmt)), delimiter=delimiter))
        assert len(table) == len(lines) and list(table[0]) == list(lines[0]), (command, fmt)
    assert listing(invented, command, "--format", "table").strip()


def test_evaluate_json_flag_is_format_json(invented):
    assert listing(invented, "evaluate", "--json") == listing(invented, "evaluate", "--format", "json")


def test_numbers_are_grouped_in_tables_and_plain_in_data(invented):
    table = listing(invented, "query")
    assert "a.txt | 1,200,000\nb.txt | 900,000.5\n" in table
    assert listing(invented, "query", "--format", "csv") == "doc,n\na.txt,1200000\nb.txt,900000.5\n"
    tiny = run("query", "SELECT ?n WHERE { VALUES ?n { 0.00001 2.5e12 } }", "--graph", invented[0], "--format", "tsv")
    assert tiny.output == "n\n0.00001\n2500000000000\n"
    claims = listing(invented, "claims")
    assert "| 1,200,000 | tons" in claims and "|   900,000 | tons" in claims   # figures aligned right
    data = listing(invented, "claims", "--format", "json")
    assert '"value": 1200000,' in data and "e+" not in data and "1200000.0" not in data


def test_tables_are_never_cut_when_piped_and_fit_a_given_width(invented):
    quote = "Lena Ostrova, the head of the Velmar harbour board, said on Monday that the port handled " \
            "1.2 million tons of grain last year."
    assert quote in listing(invented, "claims")
    narrow = listing(invented, "claims", "--width", "60").splitlines()
    assert max(map(len, narrow)) <= 60 and any("…" in line for line in narrow)
    assert quote not in "\n".join(narrow)
    assert quote in listing(invented, "claims", "--width", "0")


def test_show_rows_give_the_claims_made_and_about(invented):
    rows = json.loads(listing(invented, "show", "--format", "json"))
    assert {r["role"] for r in rows} == {"made"} and len(rows) == 3
    assert all(r["claimant"] == "Lena Ostrova" and r["doc"] == "velmar-port.txt" for r in rows)


def test_output_files_honour_the_umask(invented, tmp_path):
    import os
    import stat

    graph, _, corpus = invented
    for umask, file_mode, folder_mode in ((0o022, 0o644, 0o755), (0o077, 0o600, 0o700)):
        out = tmp_path / f"umask-{umask:o}"
        old = os.umask(umask)
        try:
            assert run("build", corpus, "--out", out / "build", "-q").exit_code == 0
            assert run("export", "--graph", graph, "--format", "csv", "-o", out / "claims.csv").exit_code == 0
            assert run("view", "--graph", graph, "-o", out / "page.html").exit_code == 0
        finally:
            os.umask(old)
        made = [out / "claims.csv", out / "page.html", *(p for p in (out / "build").rglob("*"))]
        for path in made:
            mode = stat.S_IMODE(path.stat().st_mode)
            assert mode == (folder_mode if path.is_dir() else file_mode), (oct(umask), path, oct(mode))
        assert stat.S_IMODE((out / "build").stat().st_mode) == folder_mode


def test_out_is_checked_before_any_extraction(invented, tmp_path):
    _, _, corpus = invented
    (tmp_path / "a-file").write_text("x")
    for out, error in ((tmp_path / "a-file", "is a file, not a folder; give a folder for the build"),
                       (tmp_path / "a-file" / "below", f"cannot write here: {tmp_path / 'a-file'} is a file, not a folder")):
        result = run("build", corpus, "--out", out)
        assert result.exit_code == 1 and result.output == f"Error: {out}: [E080] {error}\n"   # no progress line


def test_usage_errors_exit_2_and_other_errors_exit_1(invented, tmp_path):
    for args in (["build", "--jobs", "0"], ["claims", "--format", "xml"], ["query", "--width", "-1", "ASK {}"],
                 ["no-such-command"], ["query"]):
        result = CliRunner().invoke(cli, args)
        assert result.exit_code == 2 and "Usage:" in result.output, args
    assert run("claims", "--graph", tmp_path).exit_code == 1
    assert run("show", "Nobody Invented", "--graph", invented[0]).exit_code == 1


def test_build_progress_when_piped_is_one_line_a_file(invented, tmp_path):
    _, _, corpus = invented
    result = CliRunner().invoke(cli, ["build", str(corpus), "--out", str(tmp_path / "out")])
    assert result.exit_code == 0
    assert result.stderr == "[1/2] velmar-audit.txt\n[2/2] velmar-port.txt\n"
    quiet = CliRunner().invoke(cli, ["build", str(corpus), "--out", str(tmp_path / "out"), "-q"])
    assert quiet.exit_code == 0 and quiet.stderr == ""


def test_build_progress_on_a_terminal_is_a_bar_with_count_rate_and_eta(invented, tmp_path):
    import os
    import pty
    import subprocess
    import sys

    _, _, corpus = invented
    controller, terminal = pty.openpty()
    proc = subprocess.Popen([sys.executable, "-m", "claimsgraph", "build", str(corpus), "--out", str(tmp_path / "out")],
                            stdin=terminal, stdout=terminal, stderr=terminal, close_fds=True)
    os.close(terminal)
    seen = b""
    while True:
        try:
            chunk = os.read(controller, 4096)
        except OSError:   # the process closed the terminal
            break
        if not chunk:
            break
        seen += chunk
    os.close(controller)
    assert proc.wait(timeout=120) == 0, seen
    screen = seen.decode("utf-8")
    bars = re.findall(r"\r\[[#.]{20}\] (\d)/2 files  \d+\.\d files/s  ETA \d+:\d\d  velmar-\w+\.txt\x1b\[K", screen)
    assert bars == ["1", "2"], screen
    assert "[1/2]" not in screen and "2 documents" in screen
