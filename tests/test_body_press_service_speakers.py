"""Unnamed people of a body's press service speak for that body, in Russian as in the bare locative ("В Минфине
заявили"): "В пресс-службе Минфина заявили" before the verb, whatever case shows on the name, and "пресс-служба
группы компаний" is the bare kind, the group of companies named before, not a body of its own."""
import pytest

from claimsgraph.link import Linker
from claimsgraph.model import Entity
from extracted import CAST, claims, claims_as_written, speaker_of

MINROAD = Entity("minroad", "Миндорстрой", "Organization",
                 pref_labels=(("Миндорстрой", "ru"),), alt_labels=(("Миндорстроя", "ru"), ("Миндорстрое", "ru")))
AGENCY = Entity("agency", "ГКБП", "Organization", pref_labels=(("ГКБП", "ru"),))
GROUP = Entity("group", "ГК «Заря»", "Organization", pref_labels=(("ГК «Заря»", "ru"),))


@pytest.fixture(scope="module")
def press_linker():
    return Linker(CAST + [MINROAD, AGENCY, GROUP])


@pytest.mark.parametrize("said", [
    "В пресс-службе Миндорстроя отметили, что проверка на складах идёт вторую неделю.",
    "В пресс-службе Миндорстроя сообщили журналистам, что проверка на складах идёт вторую неделю.",
])
def test_the_press_service_of_a_body_named_in_the_genitive_speaks_for_it(press_linker, said):
    text = f"Вчера ГКБП задержал двух сотрудников Миндорстроя. {said}"
    assert speaker_of(claims(text, press_linker), "проверка на складах") == "minroad"


def test_what_the_press_service_goes_on_to_say_stays_with_its_body(press_linker):
    text = ("Вчера ГКБП задержал двух сотрудников Миндорстроя.\n\n"
            "В пресс-службе Миндорстроя отметили, что проверка на складах идёт вторую неделю.\n\n"
            "«Мы открыты для следствия», — говорится в сообщении.")
    assert speaker_of(claims(text, press_linker), "открыты для следствия") == "minroad"


def test_the_press_service_of_a_group_of_companies_is_the_group_named_before(press_linker):
    text = ("Склады ГК «Заря» под Нордском работают как обычно после пожара. Об этом рассказали в пресс-службе группы "
            "компаний.\n\n«Никто из сотрудников не пострадал», — подчеркивают в группе компаний.")
    out = claims(text, press_linker)
    assert speaker_of(out, "работают как обычно") == "group"
    assert speaker_of(out, "не пострадал") == "group"



def test_the_plural_press_services_of_a_described_body_speak_for_it(press_linker):
    said = claims_as_written("В пресс-службах городской мэрии заявили, что мост откроют в мае.", Linker([]))
    who = speaker_of(said, "мост откроют")
    assert who is not None and "мэри" in who


@pytest.mark.parametrize("voice", ["В пресс-службах", "В пресс-службе"])
def test_the_press_services_of_companies_speak_for_the_first_as_the_companies_do_not_for_the_agency_told(voice):
    text = f"{voice} компаний «Велтар» и «Норда» заявили ТАСС, что склады под Нордском работают как обычно."
    said = claims_as_written(text, Linker([]))
    who = speaker_of(said, "работают как обычно")
    assert who is not None and "Велтар" in who and "Норда" not in who
