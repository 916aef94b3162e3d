""""Police said" with no article, after the text cited a police force as a claim's source ("according to a
statement from the Ostrel Police Department", "according to Sgt. Mara Velsen with the Ostrel Police"): that force
speaks, as one that was the subject of a verb of saying does (invented forces and sentences)."""
import pytest

from extracted import speaker_first_written


@pytest.mark.parametrize("text, words, force", [
    ("A barn burned down on Monday, according to a written statement from the Ostrel Township Police Department. "
     "Two men were seen near it, police said.", "Two men were seen", "Ostrel Township Police Department"),
    ("A bakery was robbed, according to the Dunmar Police Department. Police said a man was seen running away.",
     "man was seen running", "Dunmar Police Department"),
    ("According to Sgt. Mara Velsen with the Ostrel Police Department, a car was stolen on Friday. "
     "Police say a teenager has been detained.", "teenager has been detained", "Ostrel Police Department"),
])
def test_bare_police_is_the_force_cited_before(linker, text, words, force):
    assert speaker_first_written(text, linker, words) == force


def test_a_force_only_mentioned_after_the_source_is_no_source(linker):
    """Past the comma that ends the source's phrase, a force is only mentioned: none speaks for the police."""
    text = ("According to Mara Velsen, a car was stolen near the Ostrel Police Department. "
            "Police said a teenager was detained.")
    assert speaker_first_written(text, linker, "teenager was detained") != "Ostrel Police Department"
