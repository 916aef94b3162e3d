"""«Эксперты полагают …», «по мнению аналитиков …»: commentators in the plural are people the text does not name,
never the one person named before; one commentator in the singular still refers back to them."""
import pytest

from claimsgraph.link import Linker
from extracted import speakers_as_written as claimants


@pytest.fixture(scope="module")
def linker():
    return Linker([])


LEAD = "Президент Ивар Сомов победил на выборах в Тарнии с большим отрывом. "


@pytest.mark.parametrize("frame", [
    "Эксперты полагают, что реформы в стране продолжатся.",
    "Аналитики считают, что реформы в стране продолжатся.",
    "По мнению экспертов, реформы в стране продолжатся.",
    "Политологи уверены, что реформы в стране продолжатся.",
    "Экономисты ожидают, что реформы в стране продолжатся.",
])
def test_plural_commentators_are_no_one_named(linker, frame):
    assert claimants(LEAD + frame, linker)[-1] is None


def test_one_commentator_named_before_still_speaks(linker):
    text = "Эксперт Ивар Сомов выступил на форуме в Тарнии. Эксперт считает, что реформы в стране продолжатся."
    assert claimants(text, linker)[-1] == "Ивар Сомов"
