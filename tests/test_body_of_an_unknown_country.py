"""A Russian body's noun before a country the registry does not know, its name in -ия in the genitive, names that
country's body whatever case the lemmatiser guesses or type the model gives the name (names.py:
_Finder.owners_in_the_genitive)."""
from extracted import ru_claimant_labels


def test_those_in_an_unknown_country_s_ministry_speak_for_it(linker):
    text = "В министерстве транспорта Руритании сообщили, что паромы ходят по расписанию."
    assert ru_claimant_labels(linker, text) == ["министерство транспорта Руритании"]


def test_an_unknown_country_s_embassy_speaks(linker):
    text = "Посольство Руритании сообщило, что консульский отдел закрыт на праздники."
    assert ru_claimant_labels(linker, text) == ["Посольство Руритании"]   # the model's name: its capital kept

