"""Names on news about other subjects (storms, sport, business, courts, elections elsewhere): counties and basins
named in a list before their plural kind, sports broadcasters named "… Sport" (lang/en.py). Every sentence is
invented."""


def test_names_listed_before_counties_are_counties(typed):
    text = "Storm watch\n\nOrders were in effect in Brindle, Oskar, Talmey and Verro counties on Friday.\n"
    types, _ = typed(text, [("Brindle", "Organization", 0), ("Oskar", "Person", 0), ("Talmey", "Person", 0),
                            ("Verro", "Person", 0)])
    assert {types.get(f"{n} County") for n in ("Brindle", "Oskar", "Talmey", "Verro")} == {"Place"}
    assert "Oskar" not in types


def test_names_listed_before_basins_are_basins(typed):
    text = "Oil\n\nThe firm holds land in the Karrow and Vessel Basins and plans to drill more.\n"
    types, _ = typed(text, [("Karrow", "Place", 0), ("Vessel Basins", "Person", 0)])
    assert types.get("Karrow Basin") == types.get("Vessel Basin") == "Place"


def test_a_broadcaster_named_sport_is_a_body(typed):
    text = "Final\n\nSpeaking to Velta Sport, the winger said the side had earned it.\n"
    types, _ = typed(text, [("Velta Sport", "Person", 0)])
    assert types["Velta Sport"] == "Organization"
