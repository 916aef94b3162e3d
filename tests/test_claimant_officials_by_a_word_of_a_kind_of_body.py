"""English: "X officials said" are of the body named before whose name holds X only when X names a kind of body
("fire", "health", "election"), never a level or an origin ("foreign", "federal", "state", "county", "national");
not of a body named paragraphs before, nor when a place after them is not that body's (invented bodies and
places)."""
from extracted import speaker_first_written


def test_foreign_officials_are_not_the_foreign_ministry(linker):
    text = "The Ruritanian Foreign Ministry summoned the envoy. Foreign officials said the talks had failed."
    assert speaker_first_written(text, linker, "talks had failed") != "Ruritanian Foreign Ministry"


def test_level_words_pick_no_body(linker):
    text = "Vell State University closed its campus. State officials said the highway would reopen on Monday."
    assert speaker_first_written(text, linker, "highway would reopen") != "Vell State University"
    text = "The Dunmore County Sheriff's Office closed the road. County officials said the budget was short."
    assert speaker_first_written(text, linker, "budget was short") != "Dunmore County Sheriff's Office"
    text = "The Ruritanian National Security Council met. National officials said the drills would go ahead."
    assert speaker_first_written(text, linker, "drills would go ahead") != "Ruritanian National Security Council"


def test_officials_of_another_country_pick_no_body(linker):
    text = ("The Vell Election Commission counted the ballots. "
            "Election officials in Borealia said turnout was low.")
    assert speaker_first_written(text, linker, "turnout was low") != "Vell Election Commission"
    text = ("The Vell Health Department closed the plant. "
            "Senior health officials in Borealia said no cases were found.")
    assert speaker_first_written(text, linker, "no cases were found") != "Vell Health Department"


def test_a_body_paragraphs_before_is_too_far(linker):
    text = ("The Calloway Fire Department put out a blaze on Monday.\n\n"
            "The town hall reopened on Tuesday.\n\n"
            "Farmers met on Wednesday.\n\n"
            "Fire officials said a barn had burned down.")
    assert speaker_first_written(text, linker, "barn had burned") != "Calloway Fire Department"


def test_a_kind_word_still_picks_its_body(linker):
    text = "The Calloway Fire Department put out the blaze. Fire officials said the blaze started in the kitchen."
    assert speaker_first_written(text, linker, "blaze started") == "Calloway Fire Department"


def test_airport_and_school_officials_of_a_body_named_as_a_place(linker):
    text = ("Kovno International Airport closed its runway on Monday. "
            "Airport officials said flights would resume on Friday.")
    assert speaker_first_written(text, linker, "flights would resume") == "Kovno International Airport"
    text = ("The Vell School District closed its schools on Monday. "
            "School officials said classes would resume on Friday.")
    assert speaker_first_written(text, linker, "classes would resume") == "Vell School District"
