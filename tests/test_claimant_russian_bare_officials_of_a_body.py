"""«…, отметили чиновники», «Следователи пояснили, что …» after a body acted: bare officials or investigators are the
people of that body, which speaks, as "Officials said" does in English; none named before, no one speaks."""
from extracted import speakers_as_written


def test_officials_after_the_verb_are_the_ministry_that_acted(linker):
    text = ("Министерство связи Ландрии отключило мобильный интернет в трёх округах. "
            "Связь восстановят к вечеру, пояснили чиновники.")
    assert speakers_as_written(text, linker)[-1] == "Министерство связи Ландрии"


def test_officials_before_the_verb_are_the_administration_that_acted(linker):
    text = ("Администрация Тарвенского округа ввела режим ЧС. "
            "Чиновники сообщили, что эвакуация жителей не потребуется.")
    assert speakers_as_written(text, linker)[-1] == "Администрация Тарвенского округа"


def test_investigators_are_the_police_named_before(linker):
    text = ("Полиция Мерхольма задержала водителя грузовика. "
            "Следователи пояснили, что он был пьян.")
    assert speakers_as_written(text, linker)[-1] == "Полиция Мерхольма"


def test_officials_with_no_body_named_are_no_one(linker):
    text = "Над Мерхольмом прошёл сильный ливень. Чиновники сообщили, что дороги размыты."
    assert speakers_as_written(text, linker)[-1] is None
