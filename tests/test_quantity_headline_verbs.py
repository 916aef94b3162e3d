"""A verb in the present straight after a bare count, as headlines write it ("9 die in Velm ferry fire"), is the
count's predicate: the figure counts people, the verb is no unit; invented sentences only."""
import pytest

from claimsgraph.extract.quantities import find_quantities
from claimsgraph.model import Span


def found(text):
    return [(q.value, q.unit, q.bound) for q in find_quantities(text, Span(0, len(text)), "en")]


@pytest.mark.parametrize("text, expected", [
    ("9 Die in Velm Ferry Fire", [(9.0, "people", None)]),
    ("At least 14 die as Tarsk mine floods", [(14.0, "people", "min")]),
    ("6 drown off Orlen beach", [(6.0, "people", None)]),
])
def test_a_headline_verb_after_a_count_is_no_unit(text, expected):
    assert found(text) == expected


def test_a_plural_noun_that_starts_like_the_verb_stays_the_unit():
    assert found("The Velm mint cast 3 dies for the new coin.") == [(3.0, "dies", None)]
