"""«Прокуроры считают», «Полицейские уточнили» after a prosecutor's office or a police force acted: its bare people
are that body, which speaks; English "prosecutors" are no body's ("In Landria, prosecutors said" names their own)."""
from extracted import speakers_as_written


def test_prosecutors_in_another_country_are_not_the_office(linker):
    text = ("The Ruritanian Prosecutor's Office closed the case against Oren Falk. "
            "In Landria, prosecutors said they would open their own case.")
    assert speakers_as_written(text, linker, name="t.txt")[-1] != "Ruritanian Prosecutor's Office"


def test_russian_prosecutors_after_an_office_are_the_office(linker):
    text = ("Прокуратура Тарвении передала дело Орена Фалька в суд. "
            "Прокуроры считают, что вина подсудимого доказана.")
    assert speakers_as_written(text, linker)[-1] == "Прокуратура Тарвении"


def test_russian_police_officers_after_a_force_are_the_force(linker):
    text = "Полиция Мерхольма задержала угонщика. Полицейские уточнили, что машина возвращена владельцу."
    assert speakers_as_written(text, linker)[-1] == "Полиция Мерхольма"
