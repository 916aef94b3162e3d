"""A range whose word joiner is hyphenated to both ends ("four-to-seven percent") is read as one; a minus after a
spaced joiner stays the second end's sign; invented sentences only."""
import pytest

from claimsgraph.extract.quantities import find_quantities
from claimsgraph.model import Span


def found(text):
    return [(q.value, q.unit) for q in find_quantities(text, Span(0, len(text)), "en")]


@pytest.mark.parametrize("text, expected", [
    ("The Velm board expects four-to-seven percent growth.", [(4.0, "percent"), (7.0, "percent")]),
    ("Orlen pays a yield of two-to- three percent.", [(2.0, "percent"), (3.0, "percent")]),
])
def test_a_hyphenated_word_joiner_makes_a_range(text, expected):
    assert found(text) == expected


def test_a_minus_after_a_spaced_joiner_stays_a_sign():
    assert found("Nights in Tarsk fell from -4 to -9 degrees.") == [(-4.0, "degrees"), (-9.0, "degrees")]
