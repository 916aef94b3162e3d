"""Names on news about other subjects (storms, sport, business, courts, elections elsewhere): counties and basins
named in a list before their plural kind, sports broadcasters named "… Sport" (lang/en.py); a step of a scale
("Category 4") and a scale named after people are no names; a Russian tournament of a year ("ЧМ-2018") is one event
however written (names.py, lang/ru.py); a bracketed acronym with a joining word's lower-case initial ("BoT") is the
body before it; a body written apart and together ("Vexon Trell", "VexonTrell") is one; a model's place closing on a
body's lower-case noun ("… районный суд") is a body; a name after "the capital" with no comma is a place (names.py).
A country's formal name ("the Republic of Borealia") is that country; a place's abbreviated first word ("St. Vell
Island") is part of its name (names.py, lang/en.py); the two words of a body's second field before "said" are no
person ("the Bureau of Roads and Bridge Safety said"); a model's body named "… Coast" or "… Panhandle" is a place.
A bracketed name closing a caption line that spells no name before it is the picture's credit (link.py, names.py).
A body's first word in a headline before its full name is that body. A widget's failure notice ("Oops! Something went wrong.") is furniture (lang/en.py). An adjective glued after a hyphen or naming what a plural noun before it counts is no area left unnamed (names.py).
Every sentence is invented."""
from claimsgraph.ingest import parse_document, split_boilerplate
from claimsgraph.names import find_names
from claimsgraph.model import Span
from claimsgraph.nlp import NamedSpan


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


def test_a_step_of_a_scale_is_no_name(typed):
    text = "Storm watch\n\nThe storm was upgraded to Category 4 late on Monday; the city may reach Phase 2 of its alert.\n"
    types, _ = typed(text, [("Category 4", "Place", 0), ("Phase 2", "Organization", 0)])
    assert "Category 4" not in types and "Phase 2" not in types


def test_a_scale_named_after_people_is_no_place(typed):
    text = "Storm watch\n\nIt was the strongest storm on the Brask-Tollen scale this year.\n"
    types, _ = typed(text, [("Brask-Tollen", "Place", 0)])
    assert "Brask-Tollen" not in types


def test_a_tournament_of_a_year_is_one_event_abbreviated_or_spelled_out(typed):
    text = ("Спорт\n\nСборная Вельдии вышла на ЧМ-2031. Тренер сказал, что на чемпионате мира по хоккею-2031 "
            "команда сыграет в Норделе.\n")
    types, mentions = typed(text)
    assert types.get("ЧМ-2031") == "Event"
    assert ("ЧМ-2031", "ЧМ-2031") in mentions and ("чемпионате мира по хоккею-2031", "ЧМ-2031") in mentions


def test_a_bracketed_acronym_with_a_joining_words_initial_is_the_body_again(typed):
    text = ("Banks\n\nThe Bank of Tessaly (BoT) agreed to buy Vexon Trust. Later BoT said the deal would close in "
            "May.\n")
    types, mentions = typed(text, [("Bank of Tessaly", "Organization", 0), ("BoT", "Organization", 1)])
    assert "BoT" not in types and ("BoT", "Bank of Tessaly") in mentions


def test_a_body_written_apart_and_together_is_one_body(typed):
    text = ("Deals\n\nVexonTrell agreed to buy Norvik Oil. The Vexon Trell Corporation will pay in shares, "
            "Norvik Oil said.\n")
    types, mentions = typed(text, [("VexonTrell", "Organization", 0), ("Norvik Oil", "Organization", 0),
                                   ("Vexon Trell Corporation", "Organization", 0)])
    assert ("Vexon Trell Corporation", "VexonTrell") in mentions and "Vexon Trell Corporation" not in types


def test_a_place_the_model_found_that_closes_on_a_bodys_noun_is_a_body(typed):
    text = "Суд\n\nВельский районный суд (Тарвинская область) вынес приговор директору завода.\n"
    types, _ = typed(text, [("Вельский районный суд", "Place", 0), ("Тарвинская область", "Place", 0)])
    assert types["Вельский районный суд"] == "Organization" and types["Тарвинская область"] == "Place"


def test_a_name_right_after_the_capital_without_a_comma_is_a_place(typed):
    text = "Vote count\n\nBallots ran out in the capital Vardel and in two towns, the Vell Commission said.\n"
    types, _ = typed(text, [("Vardel", "Organization", 0), ("Vell Commission", "Organization", 0)])
    assert types["Vardel"] == "Place"


def test_a_countrys_formal_name_is_that_country(cast):
    text = "Vote count\n\nHe was declared president of the Republic of Borealia on Friday.\n"
    doc = parse_document("t.txt", text.encode(), "text/plain")
    at = text.index("the Republic")
    models = (NamedSpan(Span(at, at + len("the Republic of Borealia")), "Place"),)
    entities, mentions = find_names(doc, cast.mentions(doc), models, registry=cast.entities)
    assert not entities and [doc.text[m.span.start:m.span.end] for m in cast.mentions(doc)] == ["Borealia"]


def test_an_abbreviated_saint_opens_a_places_name(typed):
    text = "Storm watch\n\nThe storm moved ashore between St. Vell Island and Port Orla on Wednesday.\n"
    types, mentions = typed(text, [("St. Vell Island", "Place", 0)])
    assert "Vell Island" not in types and types["St. Vell Island"] == "Place"


def test_a_bodys_second_field_before_said_is_no_person(typed):
    text = "Roads\n\nTraffic fell by half on Tuesday, the Office of Tolls and Harbour Transit said.\n"
    types, _ = typed(text, [("the Office of Tolls and Harbour Transit", "Organization", 0)])
    assert "Harbour Transit" not in types and types["Office of Tolls and Harbour Transit"] == "Organization"


def test_a_body_the_model_found_named_as_a_coast_is_a_place(typed):
    text = "Storm watch\n\nThe storm will reach the Orla Panhandle and the Vell Coast by Friday.\n"
    types, _ = typed(text, [("the Orla Panhandle", "Organization", 0), ("the Vell Coast", "Organization", 0)])
    assert types["Orla Panhandle"] == types["Vell Coast"] == "Place"


def test_a_hyphenated_names_second_half_is_no_elided_area(typed):
    text = "Новости\n\nВ Тарвинском районе прошли учения. Спасатели работают в Вельске-Озёрском.\n"
    types, _ = typed(text)
    assert "Тарвинский район" in types and "Озёрский район" not in types


def test_names_after_a_plural_noun_are_no_elided_areas(typed):
    text = "Новости\n\nВ Тарвинском районе прошли учения. Учёные следят за вулканами Ведлинский и Кармский.\n"
    types, _ = typed(text)
    assert "Тарвинский район" in types and "Ведлинский район" not in types


def test_a_bracketed_credit_closing_a_caption_is_no_acronym_and_no_name(typed):
    text = ("Final\n\nVardley United won the cup on Sunday.\n\nTomas Relk scored the winner for Vardley United (VNA)\n\n"
            "The Vell Party (VP)\n\nThe VP said it was proud.\n")
    types, mentions = typed(text, [("Vardley United", "Organization", 0), ("Vardley United", "Organization", 1),
                                   ("VNA", "Organization", 0), ("Vell Party", "Organization", 0)])
    assert "VNA" not in types and not any(surface == "VNA" for surface, _ in mentions)
    assert ("VP", "Vell Party") in mentions


def test_a_widgets_failure_notice_is_furniture():
    text = ("Vell says the count is over\n\n  \u2022 Oops!\n    Something went wrong.\n    Please try again later.\n\n"
            "The Vell Commission said on Monday that the count was over.\n")
    body, _ = split_boilerplate(text)
    kept = [text[s.start:s.end] for s in body]
    assert kept == ["Vell says the count is over", "The Vell Commission said on Monday that the count was over."]


def test_a_bodys_first_word_in_the_headline_is_that_body(typed):
    text = ("Business/Deals\n\nTarrow buys rival Norvik in $3bn deal\n\nTarrow Coastal Drilling is to buy Norvik Oil. "
            "Tarrow shareholders will vote in May.\n\nThe deal combines Tarrow\u2019s 80 wells with those of Norvik Oil.\n")
    types, mentions = typed(text, [("Tarrow", "Organization", 0), ("Norvik", "Organization", 0),
                                   ("Tarrow Coastal Drilling", "Organization", 0), ("Norvik Oil", "Organization", 0),
                                   ("Tarrow", "Organization", 2), ("Tarrow\u2019s", "Organization", 0)])
    assert "Tarrow" not in types and ("Tarrow", "Tarrow Coastal Drilling") in mentions
