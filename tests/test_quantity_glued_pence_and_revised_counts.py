"""Pence written as a letter glued to the figure ("4.3p a share"), "versus" ending no unit, and payroll counts
revised or restated as a change ("were revised to a gain of 9,000"); invented sentences only."""
import pytest

from claimsgraph.extract.quantities import find_quantities
from claimsgraph.model import Span


def found(text, lang="en"):
    return [(q.value, q.unit) for q in find_quantities(text, Span(0, len(text)), lang)]


@pytest.mark.parametrize("text, expected", [
    ("Dorvale Homes will pay a final dividend of 7.25p per share.", [(7.25, "pence per share")]),
    ("Basic earnings at Velmont rose to 12.8P from 11.1P.", [(12.8, "pence"), (11.1, "pence")]),
    ("Orlen Mining stock slipped to 9p on Tuesday.", [(9.0, "pence")]),
])
def test_a_p_glued_to_a_small_or_fractional_figure_is_pence(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize("text", ["The Tarsk studio streams in 720p only.", "The Velm ferry sails at 4pm."])
def test_a_letter_on_a_large_whole_figure_or_a_time_is_no_pence(text):
    assert found(text) == []


def test_versus_ends_a_unit_phrase():
    assert all(unit != "versus" for _, unit in found("Velm payrolls shrank to 5,400 versus 3,100 a year before."))


@pytest.mark.parametrize("text, expected", [
    ("Tarsk payrolls have been revised higher to a gain of 41,000 from 29,000.", [(41000.0, "payrolls"),
                                                                             (29000.0, "payrolls")]),
    ("Dorvale payrolls were revised down to 73,000.", [(73000.0, "payrolls")]),
    ("Velm payrolls fell to a loss of 12,000 last month.", [(12000.0, "payrolls")]),
])
def test_a_revised_or_restated_change_counts_the_subject(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Velm had 2,000 posts filled, yet the later figure climbed steeply to 2,700.", [(2000.0, "posts"),
                                                                                    (2700.0, "posts")]),
    ("Orlen listed 9,000 vacancies. Its revised tally reached 9,600.", [(9000.0, "vacancies"),
                                                                        (9600.0, "vacancies")]),
])
def test_a_figure_named_only_as_a_number_counts_what_the_figure_before_counted(text, expected):
    assert found(text) == expected


def test_a_figure_noun_with_nothing_counted_before_gives_no_unit():
    assert found("The tally for Dorvale rose to 4,100.") == []
