"""A quotation after a colon that closes a sentence about its speaker ("Halvorsen had a message for the fans: “…”",
"Halvorsen did not forget his family: “…”") is that speaker's from its first sentence, the one the colon's own
sentence opens, on; a person the quotation itself names ("…, Vescovi: “I congratulate Dario: you …”") is spoken to
or of, not speaking."""
import pytest

from extracted import speaker_first_written

OPENING = "Marek Halvorsen beat Dario Vescovi in the final at Nordport on Sunday.\n\n"


@pytest.mark.parametrize("lead", ["Halvorsen had a message for the fans",
                                  "Halvorsen did not forget those who had supported him, beginning with his family"])
def test_the_first_sentence_of_a_quotation_after_a_colon_is_its_speakers(linker, lead):
    text = OPENING + f"{lead}: “You are the best people in the world. See you all next year.”"
    assert speaker_first_written(text, linker, "best people in the world") == "Marek Halvorsen"
    assert speaker_first_written(text, linker, "See you all next year") == "Marek Halvorsen"


def test_a_person_the_quotation_names_is_not_its_speaker(linker):
    text = OPENING + ("Praise went to the runner-up, Vescovi: “I would like to congratulate Dario: you played an "
                      "incredible tournament. It is really tough to face you.”")
    assert speaker_first_written(text, linker, "incredible tournament") != "Dario Vescovi"
    assert speaker_first_written(text, linker, "tough to face you") != "Dario Vescovi"


def test_a_label_before_the_colon_still_names_the_speaker(linker):
    text = OPENING + "Head coach Ilse Varga: “We lost to a better side. Nordport deserved the cup.”"
    assert speaker_first_written(text, linker, "better side") == "Ilse Varga"
    assert speaker_first_written(text, linker, "deserved the cup") == "Ilse Varga"
