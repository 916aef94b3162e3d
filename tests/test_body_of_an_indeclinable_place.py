"""A Russian body's noun before a foreign place's name Russian does not decline names the place's body, whatever case
the lemmatiser guesses for the name (names.py: _Finder._may_be_genitive)."""
from extracted import ru_claimant_labels


def test_a_town_s_police_named_before_an_indeclinable_name_speaks(linker):
    text = "Полиция Ольстербю сообщила, что подозреваемый задержан у вокзала."
    assert ru_claimant_labels(linker, text) == ["полиция Ольстербю"]


def test_those_in_a_town_s_mayoralty_speak_for_it(linker):
    text = "В мэрии Ольстербю заявили, что ремонт набережной завершится летом."
    assert ru_claimant_labels(linker, text) == ["мэрия Ольстербю"]


def test_a_body_of_an_indeclinable_town_speaks_through_its_press_service(linker):
    text = "Как сообщили в пресс-службе администрации Тосвику, школы закрыты из-за снегопада."
    assert ru_claimant_labels(linker, text) == ["администрация Тосвику"]

