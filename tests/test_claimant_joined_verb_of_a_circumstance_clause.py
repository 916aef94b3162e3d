""""… became an issue on Wednesday when X took up the matter and threatened …": a verb of saying joined to the verb
of a clause that tells when something else happened frames nothing, as a verb of saying heading that clause does
not; a verb joined to the sentence's own verb still makes its subject the speaker."""
from claimsgraph.link import Linker
from extracted import CAST, claims, speaker_of

LINKER = Linker(CAST)


def test_a_verb_joined_in_a_when_clause_frames_nothing():
    text = ("A quarrel over fishing rights grew into a diplomatic row Friday when Tomas Varga seized on the dispute "
            "and threatened to close the port.")
    assert speaker_of(claims(text, LINKER), "diplomatic row") is None


def test_a_verb_joined_to_the_main_verb_still_speaks():
    text = "Tomas Varga arrived in the capital on Monday and warned that the talks would fail."
    assert speaker_of(claims(text, LINKER), "talks would fail") == "varga"
