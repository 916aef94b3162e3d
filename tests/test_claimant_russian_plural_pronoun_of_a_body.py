"""«Они заявили, что …» after a body acted or spoke: in Russian news «они» mostly stands for people (those the body
detained, sentenced or was sued by, or two persons named between), so it never goes to the body. Guards: a rule
giving «они» to the last body was merged and taken out after a review; these pass without it by design."""
from extracted import speakers_as_written


def test_plural_pronoun_after_two_people_is_no_body(linker):
    text = ("Министерство водного хозяйства Ландрии сообщило, что закрыты 12 шлюзов. "
            "Иван Петрович Сомов и Пётр Зорин подписали договор. Они заявили, что работа продолжится.")
    assert speakers_as_written(text, linker)[-1] != "Министерство водного хозяйства Ландрии"


def test_plural_pronoun_after_people_a_force_detained_is_not_the_force(linker):
    text = ("Полиция Мерхольма задержала Ивана Сомова и Мару Велсен. "
            "Позже они заявили, что их избили.")
    assert speakers_as_written(text, linker)[-1] != "Полиция Мерхольма"


def test_plural_pronoun_after_men_a_court_sentenced_is_not_the_court(linker):
    text = "Суд Мерхольма приговорил двоих мужчин к пяти годам. Они заявили, что обжалуют приговор."
    assert speakers_as_written(text, linker)[-1] != "Суд Мерхольма"


def test_plural_pronoun_after_a_body_was_sued_is_not_the_body(linker):
    text = "Иван Сомов подал в суд на Министерство здравоохранения Ландрии. Они заявили, что иск необоснован."
    assert speakers_as_written(text, linker)[-1] != "Министерство здравоохранения Ландрии"
