from claimsgraph.conflicts import Figure, _reconciled, _unit_head


def fig(value, bound=None):
    return Figure("c", "f", value, "people", bound, "q", None, frozenset())


def test_bounds_reconcile_figures():
    assert _reconciled(fig(48000, "min"), fig(53000))
    assert _reconciled(fig(53000), fig(15, "max")) is False
    assert _reconciled(fig(10), fig(15, "max"))
    assert not _reconciled(fig(1581), fig(1500000, "min"))


def test_unit_heads_compare_inflections_and_plurals():
    assert _unit_head("tons of cargo") == _unit_head("ton")
    assert _unit_head("тонн груза") == _unit_head("тонны")
