"""A year followed by a linking verb is the subject of that verb ("the outlook for 2027 remains unchanged"), not a
count of things the verb's form would name."""
from claimsgraph.extract.quantities import find_quantities
from claimsgraph.model import Span


def figures(text):
    return [(q.value, q.unit) for q in find_quantities(text, Span(0, len(text)), "en")]


def test_a_year_before_remains_is_no_figure():
    assert figures("Our outlook for 2027 remains unchanged, the chief executive said.") == []


def test_a_year_before_seems_is_no_figure():
    assert figures("For Velsen Motors, 2028 seems a better year to launch the car.") == []


def test_a_count_before_a_plural_noun_is_still_a_figure():
    assert figures("The plant hired 2000 workers last year.") != []
