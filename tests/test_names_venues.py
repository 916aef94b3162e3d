"""A name the model took for a body's that ends in a venue's word ("Stadium", "Arena", «Арена» in any case) is a
building's, a place (lang/en.py and lang/ru.py PLACE_NAME_ENDINGS). Every sentence is invented."""


def test_an_english_stadium_is_a_place(typed):
    text = ("Match\n\nThe Kessby Rovers will host the final at Orlan Vale Stadium on Sunday, the club said.\n")
    types, _ = typed(text, [("Orlan Vale Stadium", "Organization", 0)])
    assert types.get("Orlan Vale Stadium") == "Place"


def test_a_russian_arena_in_the_prepositional_is_a_place(typed):
    text = ("Матч\n\nКоманда сыграет в субботу на Вельтекс Арене, сообщил клуб.\n")
    types, _ = typed(text, [("Вельтекс Арене", "Organization", 0)])
    assert any(label.startswith("Вельтекс") and kind == "Place" for label, kind in types.items())
