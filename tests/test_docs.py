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
    assert "\n    scripts/test\n" in README
    ci = [line for line in (ROOT / ".ci" / "run").read_text(encoding="utf-8").splitlines()
          if line and not line.startswith("#")]
    assert ci[-1] == "exec scripts/test"
    script = (ROOT / "scripts" / "test").read_text(encoding="utf-8")
    assert "python3 -m pip install -q -e '.[test]'\nexec python3 -m pytest --slow \"$@\"\n" in script
