"""Transcript labels the tool misread: a colon-less "И.Фамилия" label opening each turn (the label was read as part
of the turn and every turn given to the first speaker), and an honorific before a surname in capitals ("Mr. VELL:"),
whose stop cut the label off as the end of a sentence. Invented names and sentences."""
import pytest

from claimsgraph.link import Linker
from extracted import HOST_AND_GUEST, claims, claims_all


@pytest.fixture(scope="module")
def linker():
    return Linker(HOST_AND_GUEST)


def test_colon_less_initial_and_surname_labels_give_each_turn_its_speaker(linker):
    text = ("Гостем студии стал экономист Йон Велл, беседу вела Мара Хейл.\n\n"
            "М.Хейл Добрый вечер. Что ждёт порты Бореалии?\n\n"
            "Й.Велл Порты закроются к маю, потому что паромы стоят без топлива.\n\n"
            "М.Хейл А пошлины?\n\n"
            "Й.Велл Пошлины вырастут вдвое уже летом.")
    out = dict(claims_all(text, linker))
    assert out["Порты закроются к маю, потому что паромы стоят без топлива."] == "vell"
    assert out["Пошлины вырастут вдвое уже летом."] == "vell"


def test_a_single_colon_less_name_opening_a_paragraph_stays_text(linker):
    text = ("Й.Велл Порты Бореалии закрыты, сообщили в министерстве.\n\n"
            "Паромы стоят без топлива с понедельника.")
    out = dict(claims(text, linker))
    assert not any(quote.startswith("Порты") for quote in out)


def test_an_honorific_before_a_surname_in_capitals_stays_in_the_label(linker):
    text = ("The host Mara Hale spoke to the economist Jon Vell about the ports.\n\n"
            "Ms. HALE: What happens next?\n\n"
            "Mr. VELL: The ports will close by May, because the ferries have no fuel.\n\n"
            "Ms. HALE: Is that certain?\n\n"
            "Mr. VELL: Duties will double this summer.")
    out = claims_all(text, linker)
    assert ("Duties will double this summer.", "vell") in out
    assert not any(quote in ("Mr.", "Ms.") for quote, _ in out)


def test_an_apostrophe_inside_a_surname_label_keeps_the_label(linker):
    text = ("The host Mara Hale spoke to the economist Jon O'Vell about the ports.\n\n"
            "HALE: What happens next?\n\n"
            "Mr. O'VELL: The ports will close by May, because the ferries have no fuel.\n\n"
            "HALE: Is that certain?\n\n"
            "Mr. O'VELL: Duties will double this summer.")
    out = claims(text, linker)
    assert not any(quote.startswith("Mr. O") or quote.startswith("O'VELL") for quote, _ in out)
