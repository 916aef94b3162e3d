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
