"""English: bare "officials" are the people of a public body only when that body led (was the subject of) their
sentence or the one before, and one quotation they close has one speaker, decided where "officials" stand
(invented bodies and places)."""
from extracted import speaker_first_written


def test_officials_after_a_ministry_sued_are_not_the_ministry(linker):
    text = "Vexa Corp sued the Ruritanian Transport Ministry on Monday. Officials said the lawsuit had no merit."
    assert speaker_first_written(text, linker, "lawsuit had no merit") != "Ruritanian Transport Ministry"


def test_officials_after_a_council_marched_on_are_not_the_council(linker):
    text = ("Hundreds of protesters marched on the Vell City Council on Monday, and officials said 20 people "
            "were arrested.")
    assert speaker_first_written(text, linker, "20 people") != "Vell City Council"


def test_officials_after_a_government_accused_are_not_that_government(linker):
    text = "Ruritania accused the Borealian government of lying on Monday. Officials said the claims were false."
    assert speaker_first_written(text, linker, "claims were false") != "Borealian government"


def test_one_quotation_closed_by_officials_has_one_speaker(linker):
    text = ('The Ruritanian government closed the border on Monday. "The situation is serious. '
            'We had no choice," officials said.')
    assert speaker_first_written(text, linker, "situation is serious") \
        == speaker_first_written(text, linker, "had no choice")
    text = ('The Ruritanian government closed the border on Monday. "The situation is serious," officials said. '
            '"We had no choice."')
    assert speaker_first_written(text, linker, "situation is serious") \
        == speaker_first_written(text, linker, "had no choice")


def test_officials_of_a_ministry_that_led_their_own_sentence(linker):
    text = "On Monday, the Ruritanian Interior Ministry closed the border, and officials said it would stay closed."
    assert speaker_first_written(text, linker, "stay closed") == "Ruritanian Interior Ministry"
