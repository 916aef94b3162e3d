"""Russian: a council, a town's duma and a trade union written in lower case before their owner in the genitive
(«в пресс-службе совета Каменска», «профсоюза докеров Заречного») are bodies that speak, as «мэрия Каменска» is;
and a later «в совете добавили», «в профсоюзе отметили» refers back to the council, the union named before
(invented bodies and places)."""
import pytest

from extracted import speaker_first_written


@pytest.mark.parametrize("body", ["совета Каменска", "профсоюза докеров Заречного", "думы Каменска"])
def test_a_lower_case_body_before_its_town_speaks(linker, body):
    text = f"Рудник закрыт\n\nВ пресс-службе {body} сообщили, что рудник закроют до осени.\n"
    assert speaker_first_written(text, linker, "до осени", name="ru_t.txt") == body


@pytest.mark.parametrize("body, later", [
    ("совета Каменска", "В совете добавили"),
    ("профсоюза докеров Заречного", "В профсоюзе отметили"),
])
def test_a_council_or_union_named_before_goes_on(linker, body, later):
    text = (f"Рудник закрыт\n\nВ пресс-службе {body} сообщили, что рудник закроют до осени.\n\n"
            f"Шахтёры вышли на митинг у здания рудоуправления.\n\n{later}, что шахтёрам выплатят пособие.\n")
    assert speaker_first_written(text, linker, "пособие", name="ru_t.txt") == body
