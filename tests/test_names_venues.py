"""A name the model took for a body's that ends in a venue's word ("Stadium", "Arena", «Арена» in any case) is a
building's, a place (lang/en.py and lang/ru.py PLACE_NAME_ENDINGS); a country after a cup's name written before it
(«Кубок …», lang/ru.py EVENT_HEADS_BEFORE_PLACES) is a word of the contest's name, not a mention of the country
(link.py). Every sentence is invented."""


def test_an_english_stadium_is_a_place(typed):
    text = ("Match\n\nThe Kessby Rovers will host the final at Orlan Vale Stadium on Sunday, the club said.\n")
    types, _ = typed(text, [("Orlan Vale Stadium", "Organization", 0)])
    assert types.get("Orlan Vale Stadium") == "Place"


def test_a_russian_arena_in_the_prepositional_is_a_place(typed):
    text = ("Матч\n\nКоманда сыграет в субботу на Вельтекс Арене, сообщил клуб.\n")
    types, _ = typed(text, [("Вельтекс Арене", "Organization", 0)])
    assert any(label.startswith("Вельтекс") and kind == "Place" for label, kind in types.items())



def test_a_country_after_a_cup_is_no_mention_of_the_country(linker):
    from claimsgraph.ingest import parse_document
    text = ("Матч\n\nКлуб из Вельска сыграет в Кубке России в субботу. В прошлом году он выиграл Кубок России. "
            "Тренер клуба давно живёт в России.\n")
    doc = parse_document("t.txt", text.encode(), "text/plain")
    russia = [m.span.start for m in linker.mentions(doc) if linker.entities[m.entity].label == "Russia"]
    assert russia == [text.rindex("России")]


def test_a_country_the_model_found_after_a_cup_is_no_new_place(typed):
    text = ("Матч\n\nКлуб из Вельска сыграет в Кубке Ростании в субботу, сообщил тренер.\n")
    types, _ = typed(text, [("Ростании", "Place", 0)])
    assert not any(label.startswith("Ростани") for label in types)
