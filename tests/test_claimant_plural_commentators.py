"""«Эксперты полагают …», «по мнению аналитиков …»: commentators in the plural speak as a group of people the text
does not name, never as the one person named before; one commentator in the singular still refers back to them."""
import pytest

from claimsgraph.link import Linker
from extracted import speakers_as_written as claimants


@pytest.fixture(scope="module")
def linker():
    return Linker([])


LEAD = "Президент Ивар Сомов победил на выборах в Тарнии с большим отрывом. "


@pytest.mark.parametrize("frame, group", [
    ("Эксперты полагают, что реформы в стране продолжатся.", "Эксперты"),
    ("Аналитики считают, что реформы в стране продолжатся.", "Аналитики"),
    ("По мнению экспертов, реформы в стране продолжатся.", "экспертов"),
    ("Экономисты ожидают, что реформы в стране продолжатся.", "Экономисты"),
])
def test_plural_commentators_speak_as_a_group_not_as_the_one_named_before(linker, frame, group):
    assert claimants(LEAD + frame, linker)[-1] == group


def test_plural_commentators_no_verb_agrees_with_are_not_the_one_named_before(linker):
    assert claimants(LEAD + "Политологи уверены, что реформы в стране продолжатся.", linker)[-1] != "Ивар Сомов"


def test_one_commentator_named_before_still_speaks(linker):
    text = "Эксперт Ивар Сомов выступил на форуме в Тарнии. Эксперт считает, что реформы в стране продолжатся."
    assert claimants(text, linker)[-1] == "Ивар Сомов"
