"""The number of a list's item ("2. Velmora – USD 13.8 million;") counts nothing, though the line before gave a unit;
a range written with a dash whose first end leaves out the thousands its second writes in groups ("70–80,000
guests") starts at 70,000, not 70 ("between 5 and 10,000" says what it says)."""
import pytest

from claimsgraph.extract.quantities import find_quantities
from claimsgraph.model import Span


def figures(text, lang="en"):
    return [(q.value, q.unit) for q in find_quantities(text, Span(0, len(text)), lang)]


@pytest.mark.parametrize("item", ["2. Velmora - USD 13.8 million;", "3) Nordia - USD 13.8 million;"])
def test_a_list_item_s_number_is_no_figure(item):
    text = f"Top markets\n1. Tarsia - USD 150 million;\n{item}"
    line = Span(text.index(item), len(text))
    assert [q.value for q in find_quantities(text, line, "en", previous_unit="dollars")] == [13_800_000]


def test_a_figure_opening_a_line_without_a_stop_is_still_one():
    assert figures("Results\n3 people were hurt.") == [(3, "people")]


@pytest.mark.parametrize("range_, low", [("70–80,000", 70_000), ("70-80 000", 70_000), ("1-2,500,000", 1_000_000)])
def test_an_abridged_first_end_takes_the_thousands_of_the_second(range_, low):
    values = [v for v, _ in figures(f"Velmora will receive about {range_} guests in June.")]
    assert low in values and values[-1] > low


@pytest.mark.parametrize("text, low", [("It grew from 150 to 1,200 tonnes.", 150),
                                       ("Between 5 and 10,000 people came.", 5)])
def test_a_range_written_out_or_with_a_larger_first_end_keeps_it(text, low):
    assert [q.range_from for q in find_quantities(text, Span(0, len(text)), "en")][-1] == low
