"""A number right after a capitalised word and before "index" is part of the index's name ("the Velm 300 index"),
no figure; a count of indices or index funds stays one. Invented sentences only."""
import pytest

from claimsgraph.extract.quantities import find_quantities
from claimsgraph.model import Span


def found(text):
    return [(text[q.span.start:q.span.end], q.value) for q in find_quantities(text, Span(0, len(text)), "en")]


@pytest.mark.parametrize("text, expected", [
    ("The Velm & Oska 300 index lost 12.4 points.", [("12.4 points", 12.4)]),
    ("Tarn's Kesto 150 index gained 0.6 percent.", [("0.6 percent", 0.6)]),
])
def test_a_number_in_an_index_name_is_no_figure(text, expected):
    assert found(text) == expected


def test_a_count_of_index_funds_stays_a_figure():
    assert found("The Velm 40 index rose 2 points as the bank sold 300 index funds.") == [
        ("2 points", 2.0), ("300 index funds", 300.0)]
