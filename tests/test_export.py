"""Exports opened by other programs: CSV cells a spreadsheet would run as formulas."""
import csv
import io

import pytest
from click.testing import CliRunner

from claimsgraph.cli import cli
from claimsgraph.export import claims_csv, csv_cell


@pytest.mark.parametrize("text", ["=1+2", "+1", "-2+3", "@SUM(A1)", "\tx", "\rx", "=HYPERLINK(\"http://x\")"])
def test_text_that_a_spreadsheet_would_run_gets_an_apostrophe(text):
    assert csv_cell(text) == "'" + text


@pytest.mark.parametrize("value", ["plain", "a=b", "", -5, 1.5, 0])
def test_other_cells_are_unchanged(value):
    assert csv_cell(value) == value


def test_claims_csv_neutralises_a_hostile_file_name(tmp_path):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "=1+2.txt").write_text("Marta Velinova said that the harbour would reopen in May.", encoding="utf-8")
    out = tmp_path / "out"
    assert CliRunner().invoke(cli, ["build", str(corpus), "--out", str(out), "-q"]).exit_code == 0
    result = CliRunner().invoke(cli, ["export", "--graph", str(out), "--format", "csv"])
    rows = list(csv.DictReader(io.StringIO(result.output)))
    assert rows and {r["doc"] for r in rows} == {"'=1+2.txt"}
    assert not any(cell.startswith(("=", "+", "-", "@", "\t", "\r")) for r in rows for cell in r.values())


def test_claims_csv_of_nothing_is_empty():
    assert claims_csv([]) == ""
