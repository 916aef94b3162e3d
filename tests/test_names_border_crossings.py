"""A border crossing named by the word "crossing" after its name (invented places and sentences)."""


def test_a_name_before_crossing_is_a_place(typed):
    types, _ = typed("Aid\n\n\"The Vellin crossing stays shut, and no trucks get through,\" the envoy said.\n")
    assert types.get("Vellin Crossing") == "Place"


def test_two_names_before_crossings_are_two_places(typed):
    types, _ = typed("Aid\n\nTrucks waited for days at the Vellin and Orsk Tor crossings, officials said.\n")
    assert types.get("Vellin Crossing") == "Place"
    assert types.get("Orsk Tor Crossing") == "Place"
