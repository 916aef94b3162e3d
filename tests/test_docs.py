"""The README documents every command and its test command is the one CI runs."""
import pytest

from claimsgraph.cli import cli
from tests.conftest import ROOT

README = (ROOT / "README.md").read_text(encoding="utf-8")


@pytest.mark.parametrize("name", sorted(cli.commands))
def test_every_command_is_documented(name):
    assert f"### `claimsgraph {name}" in README or f"`claimsgraph {name}`" in README
    assert cli.commands[name].help, f"{name} has no help text"


def test_ci_runs_the_readme_test_command():
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    command = "pip install -e '.[test]' && python3 -m pytest --slow"
    assert command in README
    assert "python3 -m pip install -q -e '.[test]' && python3 -m pytest --slow" in ci
