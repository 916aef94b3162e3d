"""«…, отметили чиновники», «Следователи пояснили, что …» after a body acted: bare officials or investigators are the
people of that body, which speaks, as "Officials said" does in English; with no body that led their sentence or the
one before, no one speaks."""
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


def test_officials_after_a_body_was_only_sued_are_no_one(linker):
    text = "Иван Сомов подал иск против Министерства здравоохранения Ландрии. Чиновники заявили, что иск необоснован."
    assert speakers_as_written(text, linker)[-1] is None


def test_officials_after_a_body_led_two_sentences_back_are_no_one(linker):
    text = ("Мэрия Мерхольма закрыла рынок. Через неделю торговцы собрались у здания. "
            "Чиновники пояснили, что рынок откроется.")
    assert speakers_as_written(text, linker)[-1] is None


def test_police_officers_of_another_country_are_not_the_force(linker):
    text = "Полиция Мерхольма задержала водителя. Украинские полицейские сообщили, что ищут второго угонщика."
    assert speakers_as_written(text, linker)[-1] != "Полиция Мерхольма"


def test_prosecutors_of_another_country_are_not_the_office(linker):
    text = "Прокуратура Тарвении передала дело в суд. Американские прокуроры заявили, что готовы помочь."
    assert speakers_as_written(text, linker)[-1] != "Прокуратура Тарвении"


def test_investigators_after_a_force_was_accused_are_not_the_force(linker):
    text = ("Иван Сомов обвинил полицию Мерхольма в превышении полномочий. "
            "Следователи заявили, что проверят его жалобу.")
    assert speakers_as_written(text, linker)[-1] != "полицию Мерхольма"


def test_the_bodys_act_told_before_its_officials_speak_is_the_articles(linker):
    text = "Министерство связи Ландрии отключило интернет. Связь восстановят к вечеру, пояснили чиновники."
    assert speakers_as_written(text, linker) == [None, "Министерство связи Ландрии"]
