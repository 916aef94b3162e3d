"""English: a police force named by its place and "Police" ("Tellmouth Police said") is a body, not a person of that
name, and a later "the police added" is that force (invented places)."""
from extracted import speaker_first_written


def test_the_force_speaks_and_goes_on(linker):
    text = ("Bridge shut\n\nA spokesperson for Orrinford Police said the bridge would close. "
            "The police added that the ferry would run twice a day.\n")
    assert speaker_first_written(text, linker, "bridge would close") == "Orrinford Police"
    assert speaker_first_written(text, linker, "twice a day") == "Orrinford Police"

