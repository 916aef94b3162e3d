"""A verdict is its court's claim: "The court found the ferryman guilty of …" asserts what he did, as a verb of saying would;
it holds only its own sentence, and a passive verdict with no court named stays the article's."""
import pytest

from claimsgraph.link import Linker
from claimsgraph.model import Entity
from extracted import CAST, claims, speaker_of

COURT = Entity("court", "Quillmoor Regional Court", "Organization",
               pref_labels=(("Quillmoor Regional Court", "en"),))
OPENING = "The Quillmoor Regional Court heard the case of Tomas Varga in March. "


@pytest.fixture(scope="module")
def linker():
    return Linker(CAST + [COURT])


@pytest.mark.parametrize("verdict", ["found him guilty of selling", "found Varga not guilty of selling",
                                     "found him liable for selling"])
def test_the_court_holds_its_verdict(linker, verdict):
    out = claims(f"{OPENING}The court {verdict} the harbour cranes.", linker)
    assert speaker_of(out, "harbour cranes") == "court"


def test_a_verdict_reports_no_sentence_after_it(linker):
    out = claims(f"{OPENING}The court found Varga guilty of selling the harbour cranes. The port lost its trade.",
                 linker)
    assert speaker_of(out, "lost its trade") is None


def test_a_passive_verdict_is_the_articles(linker):
    out = claims(f"{OPENING}He was found guilty of selling the harbour cranes.", linker)
    assert speaker_of(out, "harbour cranes") is None
