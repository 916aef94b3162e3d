"""A town's name before its abbreviated state and "-based" ("the Dunmore, Ind.-based company") is a place the text
names, whatever a model took it for; a body's name before a whole word and "-based" opens its apposition
(names.py). Every sentence is invented."""


def test_a_town_before_its_abbreviated_state_and_based_is_no_body(typed):
    text = "Health news\n\nDunmore, Ind.-based Orvane Health will lay off 80 employees this spring.\n"
    types, _ = typed(text, [("Dunmore", "Organization", 0), ("Orvane Health", "Organization", 0)])
    assert types.get("Dunmore") == "Place" and types.get("Orvane Health") == "Organization"


def test_a_town_before_its_abbreviated_state_and_based_is_no_person(typed):
    text = "Health news\n\nThe work went to Kell, Pa.-based Vexa Care in February.\n"
    types, _ = typed(text, [("Kell", "Person", 0), ("Vexa Care", "Organization", 0)])
    assert types.get("Kell") == "Place" and types.get("Vexa Care") == "Organization"


def test_a_body_before_a_whole_word_and_based_stays_a_body(typed):
    text = "Chip news\n\nShares of Vexa, Tarnby-based maker of chips, fell on Monday.\n"
    types, _ = typed(text, [("Vexa", "Organization", 0)])
    assert types.get("Vexa") == "Organization"


def test_a_name_before_its_apposition_with_an_abbreviated_state_stays_the_speaker(linker):
    """"X, Mass.-based lender, said": a lower-case noun after "-based" opens the name's apposition; the name is no
    town and still speaks."""
    from extracted import claims_as_written, speaker_of
    cases = [("Keswin Holdings, Mass.-based lender, said its profit would fall.\n", "profit would fall",
              "Keswin Holdings"),
             ("Tomas Varga, Calif.-based investor, said the firm would recover.\n", "would recover", "Tomas Varga")]
    for text, words, speaker in cases:
        assert speaker_of(claims_as_written(text, linker), words) == speaker, text


def test_a_town_after_the_article_before_its_abbreviated_state_and_based_is_no_body(typed):
    text = "Health news\n\nThe Kell, Pa.-based company will lay off 80 employees this spring.\n"
    types, _ = typed(text, [("Kell", "Organization", 0)])
    assert types.get("Kell") == "Place"
