"""«Они уточнили, что …» after a body spoke: the Russian plural subject stands for that body, as "they added" does."""
from extracted import speakers_as_written


def test_plural_pronoun_after_a_ministry_is_the_ministry(linker):
    text = ("Министерство водного хозяйства Ландрии сообщило, что закрыты 12 шлюзов. "
            "Они уточнили, что суда пойдут в обход.")
    assert speakers_as_written(text, linker)[-1] == "Министерство водного хозяйства Ландрии"


def test_plural_pronoun_after_a_company_is_the_company(linker):
    text = "Компания «Велтракс» заявила, что цех откроется весной. Они подчеркнули, что рабочих мест станет больше."
    assert speakers_as_written(text, linker)[-1] == "Велтракс"


def test_plural_pronoun_after_two_people_is_no_body(linker):
    text = "Иван Петрович Сомов и Пётр Зорин подписали договор. Они заявили, что работа продолжится."
    assert speakers_as_written(text, linker)[-1] is None
