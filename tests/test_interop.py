"""The exports read by tools no one here wrote: Debian's rapper, the Oxigraph server's loader, pyld."""
import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

pytestmark = pytest.mark.slow


HOW_TO_INSTALL = {"rapper": "apt-get install raptor2-utils", "oxigraph": "pip install -e '.[test]'"}


def tool(name: str) -> str:
    path = shutil.which(name) or str(Path(sys.executable).parent / name)
    if not Path(path).exists():
        pytest.fail(f"{name} is not installed: {HOW_TO_INSTALL[name]} (scripts/test does)")
    return path


def triple_count(built: Path) -> int:
    from claimsgraph.store import open_store

    return len(open_store(built))


@pytest.mark.parametrize("name, syntax", [("claims.ttl", "turtle"), ("claims.trig", "trig")])
def test_rapper_parses_the_exports(seeds_build, name, syntax):
    result = subprocess.run([tool("rapper"), "-i", syntax, "-c", str(seeds_build[0] / name)],
                            capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    assert f"returned {triple_count(seeds_build[0])} " in result.stderr


@pytest.mark.parametrize("name", ["claims.ttl", "claims.trig"])
def test_the_oxigraph_server_loads_the_exports(seeds_build, tmp_path, name):
    store = tmp_path / "store"
    load = subprocess.run([tool("oxigraph"), "load", "--location", str(store), "--file",
                           str(seeds_build[0] / name)], capture_output=True, text=True, timeout=300)
    assert load.returncode == 0, load.stderr
    query = subprocess.run([tool("oxigraph"), "query", "--location", str(store), "--query",
                            "SELECT (COUNT(*) AS ?n) WHERE { { ?s ?p ?o } UNION { GRAPH ?g { ?s ?p ?o } } }",
                            "--results-format", "csv"], capture_output=True, text=True, timeout=120)
    assert query.returncode == 0, query.stderr
    assert int(query.stdout.split()[-1]) == triple_count(seeds_build[0])


def test_a_saved_query_over_the_trig_in_oxigraph_needs_the_union_default_graph(seeds_build, seeds_store, tmp_path):
    """As the README says: loaded from the TriG, every triple is in a named graph."""
    import csv
    import io

    from claimsgraph.query import saved_query
    from claimsgraph.store import select

    store = tmp_path / "store"
    subprocess.run([tool("oxigraph"), "load", "--location", str(store), "--file", str(seeds_build[0] / "claims.trig")],
                   check=True, capture_output=True, timeout=300)
    sparql = saved_query("claims_by_claimant").sparql
    names, rows = select(seeds_store, sparql)

    def oxigraph_rows(*options: str) -> list[list[str]]:
        done = subprocess.run([tool("oxigraph"), "query", "--location", str(store), "--query", sparql,
                               "--results-format", "csv", *options], capture_output=True, text=True, timeout=120)
        assert done.returncode == 0, done.stderr
        return list(csv.reader(io.StringIO(done.stdout)))[1:]

    assert oxigraph_rows() == []
    label = names.index("label")
    assert [r[label] for r in oxigraph_rows("--union-default-graph")] == [r[label] for r in rows] and len(rows) > 3


def test_pyld_expands_the_json_ld(seeds_build, tmp_path):
    from click.testing import CliRunner
    from pyld import jsonld

    from claimsgraph.cli import cli

    out = tmp_path / "claims.jsonld"
    assert CliRunner().invoke(cli, ["export", "--graph", str(seeds_build[0]), "--format", "jsonld",
                                    "-o", str(out)]).exit_code == 0
    expanded = jsonld.expand(json.loads(out.read_text(encoding="utf-8")))
    nodes = [n for g in expanded for n in g.get("@graph", [g])]
    quotes = [n for n in nodes if "http://www.w3.org/ns/oa#exact" in n]
    assert quotes and all(q["http://www.w3.org/ns/oa#exact"][0]["@value"] for q in quotes)
    nquads = jsonld.to_rdf(expanded, {"format": "application/n-quads"})
    assert len(set(nquads.splitlines())) == triple_count(seeds_build[0])


def test_rapper_reads_every_export_of_text_with_unicode_non_characters(tmp_path):
    """U+FFFE, U+FFFF, U+FDD0 and U+1FFFE in an article: Turtle, TriG and N-Quads all parse in rapper."""
    from click.testing import CliRunner

    from claimsgraph.cli import cli

    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "odd.txt").write_text("Marta Velinova said that the harbour \ufffe would reopen \uffff in May "
                                    "\ufdd0 and June \U0001fffe.\n", encoding="utf-8")
    out = tmp_path / "out"
    assert CliRunner().invoke(cli, ["build", str(corpus), "--out", str(out), "-q"]).exit_code == 0
    assert CliRunner().invoke(cli, ["export", "--graph", str(out), "--format", "nquads",
                                    "-o", str(out / "claims.nq")]).exit_code == 0
    for name, syntax in (("claims.ttl", "turtle"), ("claims.trig", "trig"), ("claims.nq", "nquads")):
        text = (out / name).read_text(encoding="utf-8")
        assert "\\uFDD0" in text and "\\U0001FFFE" in text and "\ufffe" not in text, name
        result = subprocess.run([tool("rapper"), "-i", syntax, "-c", str(out / name)],
                                capture_output=True, text=True, timeout=120)
        assert result.returncode == 0 and "Error" not in result.stderr, result.stderr
        assert f"returned {triple_count(out)} " in result.stderr
