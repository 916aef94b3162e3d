"""A module-level name bound twice in the package: every caller reads the second binding, so the first one's
pattern or limit, and what its comment says of it, is silently dead (two rules' different regexes under one name)."""
import ast
import collections
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parent.parent / "graph"


def _bound_twice(source: str) -> list[str]:
    names = [target.id for node in ast.parse(source).body if isinstance(node, (ast.Assign, ast.AnnAssign))
             for target in (node.targets if isinstance(node, ast.Assign) else [node.target])
             if isinstance(target, ast.Name)]
    extended = {node.targets[0].id for node in ast.parse(source).body if isinstance(node, ast.Assign)
                and isinstance(node.targets[0], ast.Name)
                and any(isinstance(x, ast.Name) and x.id == node.targets[0].id for x in ast.walk(node.value))}
    return sorted(name for name, count in collections.Counter(names).items() if count > 1 and name not in extended)


@pytest.mark.parametrize("module", sorted(PACKAGE.rglob("*.py")), ids=lambda p: str(p.relative_to(PACKAGE)))
def test_no_module_level_name_is_bound_twice(module):
    assert _bound_twice(module.read_text(encoding="utf-8")) == []


def test_the_check_sees_a_second_binding_but_not_an_extension():
    assert _bound_twice("A = 1\nB = 2\nA = 3\n") == ["A"]
    assert _bound_twice("A = (1,)\nA = A + (2,)\n") == []
