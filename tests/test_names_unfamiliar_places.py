"""Places the registry lacks: a district named again without its kind, places of one list in one model span, a
subdistrict, and a Russian surname after a given name that is no area."""


def test_a_name_the_text_gave_with_a_kind_of_place_is_that_place_alone_whatever_the_model_took_it_for(typed):
    text = ("Floods\n\nRain fell on the Tarvo Mell and Orra Veni districts on Monday.\n"
            "Families in Tarvo Mell were moved to a school.\n")
    types, mentions = typed(text, [("Tarvo Mell", "Person", 0), ("Orra Veni", "Person", 0), ("Tarvo Mell", "Person", 1)])
    assert "Tarvo Mell" not in types
    assert mentions.count(("Tarvo Mell", "Tarvo Mell District")) == 2


def test_places_of_a_list_the_model_gave_one_span_are_each_a_place(typed):
    text = "Votes\n\nVotes were counted again in Orsk, Velmi, Darrow and Kettle, the officer said on Friday.\n"
    types, _ = typed(text, [("Orsk", "Place", 0), ("Velmi, Darrow", "Place", 0)])
    assert types.get("Velmi") == "Place"
    assert types.get("Darrow") == "Place"
    assert "Velmi, Darrow" not in types


def test_a_subdistrict_after_a_name_is_a_place(typed):
    text = "Floods\n\nWater cut off three villages of Pran Vo subdistrict overnight, officials said.\n"
    types, _ = typed(text, [("Pran Vo", "Organization", 0)])
    assert types.get("Pran Vo Subdistrict") == "Place"
    assert types.get("Pran Vo") != "Organization"


def test_a_surname_like_an_adjective_after_a_given_name_is_no_area_of_the_kind_named_before(typed):
    text = ("Школы\n\nСело Тарнов (Вельский район) выбрало старосту.\n\n"
            "По данным мэра Петра Полевского, 40% семей живут в Тарнове.\n")
    types, _ = typed(text, [("Петра Полевского", "Person", 0)])
    assert "Полевский район" not in types
    assert "Person" in types.values()


def test_a_name_before_residents_that_the_model_took_for_a_nationality_and_a_body_is_a_town(typed):
    text = ("Fares\n\nTarnby residents say the new fares are too high. Tickets bought on Tarnby cost more now, "
            "and Tarnby residents will meet on Monday.\n")
    types, _ = typed(text, [("Tarnby", "Nationality", 0), ("Tarnby", "Organization", 1), ("Tarnby", "Nationality", 2)])
    assert types.get("Tarnby") == "Place"


def test_a_nationality_before_residents_stays_no_place(typed):
    text = ("Fares\n\nRuritanian residents say the new fares are too high. Ruritanian officials disagree.\n")
    types, _ = typed(text, [("Ruritanian", "Nationality", 0), ("Ruritanian", "Organization", 1)])
    assert types.get("Ruritanian") != "Place"


def test_a_name_before_a_verb_of_saying_is_not_the_place_named_with_it_and_a_kind(typed):
    text = ("Port talks\n\nFishing boats returned to Haluria Bay on Monday, near the border with Armenia.\n\n"
            "Haluria said on Tuesday that the catch was down. Sergei Lavrov said Russia would help.\n")
    types, mentions = typed(text, [("Haluria Bay", "Place", 0), ("Haluria", "Person", 1)])
    assert types.get("Haluria Bay") == "Place"
    assert ("Haluria", "Haluria Bay") not in mentions
    assert any(text == "Haluria" and label == "Haluria" for text, label in mentions)
    assert "Sergei Lavrov" not in types and "Armenia" not in types   # the registry's


def test_places_listed_after_their_plural_kind_and_of_are_each_a_place(typed):
    """"linking the cities of Orvell and Tamsk": English writes the kind before the list too, with "of"; every name
    it opens is a place's, whatever the model read (here nothing, or a body)."""
    text = "Rail\n\nA bus overturned on the road linking the cities of Orvell and Tamsk on Monday, the operator said.\n"
    types, _ = typed(text, [("Tamsk", "Organization", 0)])
    assert types.get("Orvell") == "Place"
    assert types.get("Tamsk") == "Place"
