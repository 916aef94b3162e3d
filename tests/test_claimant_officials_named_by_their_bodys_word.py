"""English: unnamed people of a body called by a word of the body's name before their title ("fire officials said",
"sheriff's officials said", "a school spokesperson said"): the body named before whose name holds that word speaks,
of several bodies of different kinds the one the word names (invented bodies and places)."""
from extracted import speaker_first_written


def test_fire_officials_speak_for_the_fire_department_named_before(linker):
    text = ("A barn burned down near Oskarby on Sunday. The Oskarby Fire Department sent four trucks. "
            "Fire officials said the hay had caught fire in the heat.")
    assert speaker_first_written(text, linker, "hay had caught") == "Oskarby Fire Department"


def test_sheriffs_officials_speak_for_the_sheriffs_office(linker):
    text = ("The Wendmoor County Sheriff's Office is looking for two escaped inmates. "
            "The men were seen near a gas station, sheriff's officials said.")
    assert speaker_first_written(text, linker, "seen near a gas station") == "Wendmoor County Sheriff's Office"


def test_the_word_picks_one_of_several_bodies_of_different_kinds(linker):
    text = ("The Pellham Police Department and the Pellham Fire Department were called to the mill. "
            "Fire officials said a boiler had exploded.")
    assert speaker_first_written(text, linker, "boiler had exploded") == "Pellham Fire Department"


def test_a_word_no_body_named_before_holds_gives_no_body(linker):
    text = ("The Pellham Fire Department was called to the mill. "
            "Senior officials said the mill would be inspected.")
    assert speaker_first_written(text, linker, "mill would be inspected") != "Pellham Fire Department"
