"""A word from the middle of a full name, the surname some naming customs shorten a name to, stands for its person
beside a verb of saying; "declared", "remarked", "commented", "observed", "responded" and "concluded" are such
verbs too: "“…,” Tesselé declared" after "Oumar Tesselé Bakandi" is his."""
import pytest

from extracted import speaker_first_written


@pytest.mark.parametrize("verb", ["declared", "remarked", "commented", "observed", "responded", "concluded"])
def test_a_middle_name_beside_the_verb_is_the_person(linker, verb):
    text = ("Opposition candidate Oumar Tesselé Bakandi spoke in Velmora on Tuesday.\n\n"
            f"“Our victory in the northern provinces is clear and must be respected,” Tesselé {verb} in a post.")
    assert speaker_first_written(text, linker, "northern provinces") == "Oumar Tesselé Bakandi"
