"""A unit named by the area it serves speaks, then its body is named bare: the unit speaks again (invented bodies,
places and sentences)."""
import pytest

from claimsgraph.link import Linker
from claimsgraph.model import Entity

from extracted import CAST, claims, claims_all, speaker_of

RESCUE = Entity("rescue", "Tarnian Rescue Service", "Organization",
                pref_labels=(("Tarnian Rescue Service", "en"), ("Спасательная служба Тарнии", "ru")),
                alt_labels=(("ССТ", "ru"), ("ССТ Тарнии", "ru")))
TEXT = ("Толчки в горах\n\n"
        "Рабочие группы обследуют районы, где произошли толчки. Об этом в четверг сообщила пресс-служба Главного управления ССТ "
        "по Вельской области.\n\n"
        "- Разрушений нет, - добавили в ССТ. - Также работают оперативные группы гарнизонов. Информация уточняется.\n\n"
        "Позже в ССТ заявили, что в стране за год было сто толчков.\n")


@pytest.fixture(scope="module")
def out():
    return claims(TEXT, Linker(CAST + [RESCUE]))


def test_the_body_named_bare_after_its_unit_spoke_is_that_unit(out):
    unit = speaker_of(out, "Рабочие группы обследуют")
    assert unit not in (None, "rescue")
    assert speaker_of(out, "Разрушений нет") == unit


def test_the_sentences_that_go_on_with_its_words_are_the_units_too(out):
    assert speaker_of(out, "Также работают") == speaker_of(out, "Рабочие группы обследуют")


def test_the_body_named_bare_with_no_unit_having_spoken_stays_the_body():
    out = claims("Толчки\n\nВ ССТ заявили, что разрушений нет.\n", Linker(CAST + [RESCUE]))
    assert speaker_of(out, "разрушений нет") == "rescue"


def test_the_body_named_with_its_country_after_its_unit_spoke_stays_the_body():
    out = claims_all("Колонна спасателей\n\nКолонна прошла перевал в пятницу, сообщили в среду в Главном управлении ССТ "
                     "Тарнии по Вельской области.\n\nКак сообщили в пресс-службе ССТ Тарнии, за месяц в горы "
                     "доставлено сорок тонн грузов, а на склады завезли еще сто палаток.\n", Linker(CAST + [RESCUE]))
    assert speaker_of(out, "Колонна прошла") not in (None, "rescue")
    assert speaker_of(out, "сто палаток") == "rescue"
