"""«В райсуде уточнили», «в горсовете пояснили» after «Райсуд X», «Горсовет X» acted: a compound word of a level of
government and a body's noun refers back to that body, as «в суде», «в совете» would."""
from extracted import speakers_as_written


def test_local_court_referred_back_by_its_compound(linker):
    text = ("Райсуд Тарвенска арестовал Илью Марковича Дрозда. "
            "В райсуде уточнили, что арест продлится два месяца.")
    assert speakers_as_written(text, linker)[-1] == "Райсуд Тарвенска"


def test_town_council_referred_back_by_its_compound(linker):
    text = ("Горсовет Мерхольма утвердил новые тарифы. "
            "В горсовете пояснили, что проезд подорожает с весны.")
    assert speakers_as_written(text, linker)[-1] == "Горсовет Мерхольма"
