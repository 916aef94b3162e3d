"""«В райсуде заявили», «в горсовете пояснили»: a compound word of a level of government and a body's noun never
refers back to a body of another kind or level (a national ministry, the Supreme Court, a court for a council).
Guards: a rule reading such compounds as any body named before was merged and taken out after a review."""
from extracted import speakers_as_written


def test_town_council_is_not_a_national_ministry(linker):
    text = ("Министерство транспорта Ландрии объявило о новых тарифах. "
            "В горсовете заявили, что цены не вырастут.")
    assert speakers_as_written(text, linker)[-1] != "Министерство транспорта Ландрии"


def test_district_court_is_not_the_supreme_court(linker):
    text = "Верховный суд Ландрии отменил приговор Ивану Сомову. В райсуде заявили, что дело пересмотрят."
    assert speakers_as_written(text, linker)[-1] != "Верховный суд Ландрии"


def test_town_council_is_not_a_court(linker):
    text = "Суд Мерхольма арестовал Ивана Сомова. Горсовет заявил, что решение незаконно."
    assert speakers_as_written(text, linker)[-1] != "Суд Мерхольма"
