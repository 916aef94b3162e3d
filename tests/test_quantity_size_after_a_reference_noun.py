"""A figure after a reference noun and a colon is a count when it is written as a size (thousands grouped, a scale,
a fraction in words) or a unit of two words follows ("percentage points"); a label's number stays none (invented
sentences only)."""
import pytest

from claimsgraph.extract.quantities import find_quantities
from claimsgraph.model import Span


def found(text, lang="en"):
    return [(round(q.value, 4), q.unit) for q in find_quantities(text, Span(0, len(text)), lang)]


@pytest.mark.parametrize("text, expected", [
    ("The Velm survey has one headline number: 5,300 households.", [(5300.0, "households")]),
    ("The Velm survey has one headline number: 5.300 households.", [(5300.0, "households")]),
    ("Oska's key number: 2.4 million farms.", [(2400000.0, "farms")]),
    ("The Tarnia survey gave one number: 1.5 percentage points.", [(1.5, "percentage points")]),
    ("The Velm bank's key number: a fifth of a percentage point.", [(0.2, "percentage point")]),
])
def test_a_size_after_a_reference_noun_is_a_figure(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize("text", ["Publication: Velm Monitor Volume: 21 Issue: 63", "See paragraph 12 of the Oska act.",
                                  "Section 1.5 of the Velm code applies.", "Its flight number: 5300."])
def test_a_labels_number_stays_no_figure(text):
    assert found(text) == []
