""""A hospital spokesperson said", "the university said": one who speaks for a hospital or a university the text named
before speaks for it, and only for a body of that kind (not the police force named beside it)."""
import pytest

from claimsgraph.link import Linker
from extracted import CAST, speaker_first_written


@pytest.fixture(scope="module")
def linker():
    return Linker(CAST)



@pytest.mark.parametrize("text, words, body", [
    ("The Dunmar Police Department and Ostrel General Hospital worked through the night. A police spokesman said "
     "the road was closed. A hospital spokeswoman said the injured were treated.", "injured were treated",
     "Ostrel General Hospital"),
    ("Harlen University closed its library on Monday. A university spokesperson said exams would move online.",
     "exams would move online", "Harlen University"),
    ("Tomas Varga was taken to Ostrel General Hospital after the crash. The hospital said his condition was stable.",
     "condition was stable", "Ostrel General Hospital"),
])
def test_a_voice_of_a_hospital_or_university_is_the_one_named_before(linker, text, words, body):
    assert speaker_first_written(text, linker, words) == body


def test_a_hospital_spokesperson_after_a_police_force_is_not_the_police(linker):
    text = "The Dunmar Police Department closed the road. A hospital spokesperson said the injured were treated."
    assert speaker_first_written(text, linker, "injured were treated") != "Dunmar Police Department"
