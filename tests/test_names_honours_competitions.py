"""Honours before names, legislatures by their head word, competitions and venues named after a noun (names.py)."""
import pytest


def test_several_honours_before_a_name_are_cut_and_a_span_of_honours_alone_is_no_name(typed):
    text = ("Vote\n\nDeputy Governor Tan Sri Datuk Amar Dr Velan Korro said the Orvel Front would keep its seats.\n\n"
            "Former governor Pehin Sri Tan Sri Marek Sollan had promised new roads, Korro said.\n")
    types, _ = typed(text, [("Tan Sri Datuk", "Person", 0), ("Velan Korro", "Person", 0),
                            ("Pehin Sri Tan Sri Marek Sollan", "Person", 0)])
    people = {label for label, kind in types.items() if kind == "Person"}
    assert people == {"Velan Korro", "Marek Sollan"}


def test_sri_opening_a_place_s_name_is_no_honour(typed):
    text = "Talks\n\nThe team flew to Sri Velora on Monday, officials said.\n"
    types, _ = typed(text, [("Sri Velora", "Place", 0)])
    assert "Sri Velora" in types


def test_a_league_written_with_a_capital_before_its_genitive_is_an_organisation(typed):
    text = ("Жеребьёвка\n\nВ финале Лиги чемпионов сыграют «Велмар» и «Орск», сообщил Иван Полозов.\n\n"
            "Тренер «Велмара» заявил, что команда готова к Лиге наций.\n")
    types, _ = typed(text)
    assert types.get("Лига чемпионов") == "Organization"
    assert types.get("Лига наций") == "Organization"


def test_a_quoted_name_after_a_stadium_is_a_place(typed):
    text = "Матч\n\nИгра пройдёт на стадионе «Велмар Арена» в Орске, сообщил клуб.\n"
    types, _ = typed(text, [("Велмар Арена", "Organization", 0)])
    assert any(kind == "Place" and "Велмар Арена" in label for label, kind in types.items())
    assert types.get("Велмар Арена") != "Organization"


def test_an_assembly_named_by_its_own_language_s_word_is_a_body(typed):
    text = "Vote\n\nThe Prant Sabha passed the budget on Monday, and the Velsk Rada debated it.\n"
    types, _ = typed(text, [("Prant Sabha", "Place", 0), ("Velsk Rada", "Person", 0)])
    assert types.get("Prant Sabha") == "Organization"
    assert types.get("Velsk Rada") == "Organization"


def test_a_place_named_by_its_seat_in_an_assembly_is_a_place_and_no_part_of_the_body(typed):
    text = ("Results\n\nMira Tolan lost the Velgaon Prant Sabha constituency to Arun Dev by 4,000 votes.\n\n"
            "Dev also won the Orsi constituency in 2019.\n")
    types, mentions = typed(text, [("Velgaon Prant Sabha", "Person", 0)])
    assert ("Velgaon", "Velgaon Constituency") in mentions and types["Velgaon Constituency"] == "Place"
    assert types.get("Orsi Constituency") == "Place"
    assert not any("Velgaon" in label for label, kind in types.items() if kind != "Place")


def test_a_name_ending_in_elections_is_an_event_whatever_the_model_took_it_for(typed):
    text = "Results\n\nThe Velsk Assembly Elections ended on Sunday, and turnout was high, officials said.\n"
    types, _ = typed(text, [("Velsk Assembly Elections", "Place", 0)])
    assert types.get("Velsk Assembly Elections") == "Event"


def test_a_name_ending_in_pradesh_is_a_place_not_a_body(typed):
    text = "Polls\n\nTurnout in Orvan Pradesh was high on Monday, officials said.\n"
    types, _ = typed(text, [("Orvan Pradesh", "Organization", 0)])
    assert types.get("Orvan Pradesh") == "Place"


def test_a_league_s_plural_dative_before_its_genitive_is_the_league(typed):
    text = "Сезон\n\nТренер сказал, что игры раньше отдавались Лигам Европы, а теперь и другим турнирам.\n"
    types, _ = typed(text, [("Европы", "Place", 0)])
    assert types.get("Лига Европы") == "Organization"


def test_a_count_opening_a_name_before_a_plural_noun_is_no_word_of_the_name(typed):
    text = "Results\n\nFifteen Vell Party members lost their seats on Tuesday, officials said.\n"
    types, _ = typed(text, [("Fifteen Vell Party", "Organization", 0)])
    assert types.get("Vell Party") == "Organization" and "Fifteen Vell Party" not in types


def test_a_capitalised_number_word_inside_a_sentence_is_part_of_the_name(typed):
    text = "Vote\n\nOfficials said the Nine Rivers Party members voted against the plan.\n"
    types, _ = typed(text, [("Nine Rivers Party", "Organization", 0)])
    assert "Nine Rivers Party" in types


@pytest.mark.parametrize("text, place", [
    ("Vote\n\nThe Velgaon Prant Sabha constituency voted on Monday.\n", "Velgaon Constituency"),
    ("Police\n\nThe Vell University district police said the roads were closed.\n", None),
])
def test_a_seat_is_named_by_a_constituency_only_and_without_an_opening_article(typed, text, place):
    types, _ = typed(text)
    assert not any(label.startswith("The ") for label in types)
    assert (place in types) if place else "The District" not in types
