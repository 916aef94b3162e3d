""""X said this", "X highlighted these developments" opening a paragraph, also after a circumstance ("In his address
at the forum, …"), names who said the paragraph before; an object of its own ("highlighted the port's growth") says something new and
reports nothing before it, and so does "it" where a gerund after a preposition says what ("accused it of damaging …":
"it" is who is accused), and "those" before an object the verb says what it is ("described those fares as a
bargain"); "as" before a role ("confirmed this as chairman") still refers back."""
import pytest

from claimsgraph.link import Linker
from claimsgraph.model import Entity
from extracted import claims, speaker_of

ZORIN = Entity("zorin", "Pavel Zorin", "Person", pref_labels=(("Pavel Zorin", "en"),))
RURITANIA = Entity("ruritania", "Ruritania", "Country", pref_labels=(("Ruritania", "en"),))
BEFORE = "The Orvel railway is central to linking the ports of the bay with the mines inland.\n\n"


@pytest.fixture(scope="module")
def linker():
    return Linker([ZORIN, RURITANIA])


@pytest.mark.parametrize("closing", [
    "In his address at a forum in Harbourton, the transport minister Pavel Zorin said this.",
    "In his address at a forum in Harbourton, the transport minister Pavel Zorin highlighted these developments.",
    "The transport minister Pavel Zorin highlighted these developments in his address.",
])
def test_the_paragraph_before_is_the_speakers(linker, closing):
    assert speaker_of(claims(BEFORE + closing, linker), "The Orvel railway") == "zorin"


def test_an_object_of_its_own_reports_nothing_before(linker):
    closing = "In his address at a forum in Harbourton, the transport minister Pavel Zorin highlighted the port's growth."
    assert speaker_of(claims(BEFORE + closing, linker), "The Orvel railway") is None


def test_a_pronoun_accused_of_something_is_no_reference_back(linker):
    text = ("The Northwire agency said the pier was demolished last year, but Ruritania has accused it of damaging "
            "the harbour's old lighthouse.")
    assert speaker_of(claims(text, linker), "Ruritania has accused") == "ruritania"


@pytest.mark.parametrize("said", ["described those fares as a bargain", "described these fares as a bargain",
                                  "defended those fares as fair"])
def test_an_object_the_verb_says_what_it_is_is_said_there(linker, said):
    text = BEFORE + f"The transport minister Pavel Zorin had earlier {said}."
    assert speaker_of(claims(text, linker), "had earlier") == "zorin"


def test_a_role_after_as_is_no_saying_what_the_object_is(linker):
    text = BEFORE + "The transport minister Pavel Zorin confirmed this as chairman of the rail board."
    assert speaker_of(claims(text, linker), "The Orvel railway") == "zorin"
