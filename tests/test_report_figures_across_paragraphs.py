"""The figures of a report that a sentence pointing back names («Об этом говорят сведения на странице комиссии»)
go on across the paragraphs of figures only after it, up to a sentence without one or one that names a basis of its
own («Согласно Конституции, …»)."""
import pytest

from claimsgraph.link import Linker
from claimsgraph.model import Entity
from extracted import claims, speaker_of

COMMISSION = Entity("commission", "Central Election Commission of Ruritania", "Organization",
                    pref_labels=(("Центризбирком Руритании", "ru"),), alt_labels=(("Центризбиркома Руритании", "ru"),))
TEXT = ("Центризбирком Руритании подтвердил победу партии «Вперёд» на выборах. Об этом говорят сведения на "
        "странице комиссии.\n\n"
        "Так, за партию проголосовали 56% избирателей.\n\n"
        "Её соперник получил 30%, за него проголосовали 1,2 млн человек.\n\n"
        "Явка составила 64%.\n\n"
        "Согласно Конституции, партия, набравшая более 50% голосов, получает 54% мандатов.")


@pytest.fixture(scope="module")
def found():
    return claims(TEXT, Linker([COMMISSION]), kinds=("quantity",), name="ru_t.txt")


@pytest.mark.parametrize("figure", ["56%", "1,2 млн", "Явка составила 64%"])
def test_the_figures_paragraphs_are_the_reports(found, figure):
    assert speaker_of(found, figure) == "commission"


def test_a_basis_of_its_own_ends_the_figures(found):
    assert speaker_of(found, "54% мандатов") is None


def test_a_basis_of_its_own_right_after_the_reference_is_no_figure_of_the_report():
    text = TEXT.split("Так,")[0] + "Согласно Конституции, партия, набравшая более 50% голосов, получает 54% мандатов."
    found = claims(text, Linker([COMMISSION]), kinds=("quantity",), name="ru_t.txt")
    assert speaker_of(found, "54% мандатов") is None
