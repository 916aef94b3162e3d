"""Kinds of waters and land after a name, acronyms that leave a last conjunct out, and a place's name the model
found alone between quotation marks."""


def test_a_creek_falls_or_canyon_after_a_name_is_a_place_whatever_the_model_took_it_for(typed):
    text = ("Flood watch\n\n"
            "Gauges on Tamber Creek and at Orrin Falls rose overnight, and hikers left Vell Canyon.\n")
    types, _ = typed(text, [("Tamber Creek", "Organization", 0), ("Orrin Falls", "Person", 0)])
    assert types.get("Tamber Creek") == "Place"
    assert types.get("Orrin Falls") == "Place"
    assert types.get("Vell Canyon") == "Place"


def test_an_acronym_without_the_last_conjunct_of_a_bodys_name_is_that_body(typed):
    text = ("Water\n\n"
            "The Office for Water Safety and Recovery said on Monday that the levels were falling.\n"
            "An OWS spokesman said crews would stay in the valley.\n")
    types, mentions = typed(text, [("OWS", "Organization", 0)])
    assert ("OWS", "Office for Water Safety and Recovery") in mentions
    assert "OWS" not in types


def test_an_acronym_no_model_found_may_leave_the_last_conjunct_out_too(typed):
    text = ("Water\n\n"
            "The Office for Water Safety and Recovery said on Monday that the levels were falling.\n"
            "Crews of the OWS would stay in the valley.\n")
    _, mentions = typed(text)
    assert ("OWS", "Office for Water Safety and Recovery") in mentions


def test_a_place_the_model_found_alone_between_quotation_marks_is_a_club_named_after_it(typed):
    text = "Болельщики «Вельны» ждут реванша: в субботу клуб принимает «Тарницу».\n"
    types, _ = typed(text, [("Вельны", "Place", 0)])
    assert "Organization" in {types.get("Вельна"), types.get("Вельны")}
    assert "Place" not in {types.get("Вельна"), types.get("Вельны")}


def test_an_acronym_the_model_found_as_a_place_between_quotation_marks_stays_a_place(typed):
    text = "Жители так называемой «ВНР» снова остались без воды, сообщили местные власти.\n"
    types, _ = typed(text, [("ВНР", "Place", 0)])
    assert types.get("ВНР") == "Place"


def test_adjectives_of_places_sharing_one_area_noun_are_each_a_place_of_that_kind_in_the_singular(typed):
    text = ("Погода\n\n"
            "Снегопады синоптики обещают в Вельской, Тарновской и Орловецкой областях, "
            "а град — в Ольховском и Заречанском краях.\n")
    types, mentions = typed(text, [("Вельской", "Place", 0), ("Тарновской", "Place", 0),
                                   ("Орловецкой областях", "Place", 0), ("Заречанском краях", "Place", 0)])
    for label in ("Вельская область", "Тарновская область", "Орловецкая область", "Ольховский край", "Заречанский край"):
        assert types.get(label) == "Place", label
    assert ("Орловецкой областях", "Орловецкая область") in mentions
    assert not any(label.endswith(("области", "края")) for label in types)


def test_a_surname_the_dictionary_only_guesses_to_be_a_verb_stays_in_the_persons_name(typed):
    text = ("Спорт\n\n"
            "Олег Тарпник, капитан гребной команды, вернулся после травмы.\n"
            "Тарпник рассчитывает выступить на весенней регате.\n")
    types, mentions = typed(text, [("Олег Тарпник", "Person", 0), ("Тарпник", "Person", 1)])
    assert types.get("Олег Тарпник") == "Person"
    assert ("Тарпник", "Олег Тарпник") in mentions


def test_a_countrys_initials_are_that_country(typed):
    text = ("Floods\n\n"
            "Floods cut roads across the Central African Republic on Friday.\n"
            "A CAR minister said the bridges near the border were closed.\n")
    _, mentions = typed(text, [("CAR", "Organization", 0)])
    assert ("CAR", "central-african-republic") in mentions
