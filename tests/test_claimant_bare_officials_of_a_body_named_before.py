"""English: bare "Officials said", "according to officials", "Investigators said" after a body the text named: the
people are that body's, which speaks (investigators only of a body that investigates), not a group called
"Officials" (invented bodies and places)."""
from extracted import speaker_first_written


def test_officials_after_a_named_ministry_are_the_ministrys(linker):
    text = ("The Ostrelian Ministry of Water closed three reservoirs on Thursday. "
            "Officials said the water level had fallen below the safe mark.")
    assert speaker_first_written(text, linker, "water level had fallen") == "Ostrelian Ministry of Water"


def test_according_to_officials_after_a_named_ministry(linker):
    text = ("The Ostrelian Ministry of Water closed three reservoirs on Thursday. "
            "According to officials, the reservoirs would reopen in the autumn.")
    assert speaker_first_written(text, linker, "reservoirs would reopen") == "Ostrelian Ministry of Water"


def test_investigators_after_a_safety_board(linker):
    text = ("The Ostrelian Rail Safety Board sent a team to the derailment near Kovno Junction. "
            "Investigators said a rail had cracked in the cold.")
    assert speaker_first_written(text, linker, "rail had cracked") == "Ostrelian Rail Safety Board"


def test_investigators_are_of_the_body_that_investigates_not_the_last_named(linker):
    text = ("The Kovno Police Department arrested a man after the break-in. The Kovno City Museum said two vases "
            "were taken. Investigators said the man had a key.")
    assert speaker_first_written(text, linker, "man had a key") == "Kovno Police Department"
