""""Prosecutors said", «Прокуроры считают», «Полицейские уточнили» after a prosecutor's office or a police force
acted: its bare people are that body, which speaks, in both languages."""
from extracted import speakers_as_written


def test_prosecutors_after_an_office_are_the_office(linker):
    text = ("The Landrian Prosecutor's Office charged Oren Falk with fraud. "
            "Prosecutors said the losses ran into millions.")
    assert speakers_as_written(text, linker, name="t.txt")[-1] == "Landrian Prosecutor's Office"


def test_russian_prosecutors_after_an_office_are_the_office(linker):
    text = ("Прокуратура Тарвении передала дело Орена Фалька в суд. "
            "Прокуроры считают, что вина подсудимого доказана.")
    assert speakers_as_written(text, linker)[-1] == "Прокуратура Тарвении"


def test_russian_police_officers_after_a_force_are_the_force(linker):
    text = "Полиция Мерхольма задержала угонщика. Полицейские уточнили, что машина возвращена владельцу."
    assert speakers_as_written(text, linker)[-1] == "Полиция Мерхольма"
