"""A seat's name before a member's title ("Vellbrook MP Jane Roe") that the model took for a person's, or took in
with the title, is a place (names._seat_before_member)."""


def test_a_seat_the_model_took_for_a_person_before_the_title_is_a_place(typed):
    text = "Harbour vote\n\nVellbrook MP Tarvo Lindell said the harbour bill would pass.\n"
    found, _ = typed(text, [("Vellbrook", "Person", 0), ("Tarvo Lindell", "Person", 0)])
    assert found == {"Vellbrook": "Place", "Tarvo Lindell": "Person"}


def test_a_seat_the_model_took_in_with_the_title_is_a_place_without_it(typed):
    text = "Harbour vote\n\nThe bill was backed by Nordvik Bay MP Tarvo Lindell, the clerk said.\n"
    found, _ = typed(text, [("Nordvik Bay MP", "Person", 0), ("Tarvo Lindell", "Person", 0)])
    assert found == {"Nordvik Bay": "Place", "Tarvo Lindell": "Person"}


def test_a_party_before_the_title_stays_a_body(typed):
    text = "Harbour vote\n\nThe bill was backed by Harbour Party MP Tarvo Lindell, the clerk said.\n"
    found, _ = typed(text, [("Harbour Party", "Organization", 0), ("Tarvo Lindell", "Person", 0)])
    assert found == {"Harbour Party": "Organization", "Tarvo Lindell": "Person"}


def test_a_persons_name_before_a_members_title_stays_a_person(typed):
    text = "Letter\n\nThe letter was signed by Tarvo Lindell MP and two councillors.\n"
    types, _ = typed(text, [("Tarvo Lindell MP", "Person", 0)])
    assert [kind for label, kind in types.items() if "Tarvo Lindell" in label] == ["Person"]
