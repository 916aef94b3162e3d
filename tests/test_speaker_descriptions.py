"""A relative clause that closes a sentence right after the speaker its tag names ("…, said the Vardo-based group,
which …") tells who the speaker is in the article's own words: a claim of its own, no one's, and so are its
figures, and what the speaker said before it may only give figures: invented names and sentences."""
import pytest

from claimsgraph.link import Linker
from claimsgraph.model import Entity
from extracted import CAST, claims, claims_all, speaker_of

WATCH = Entity("watch", "Borealian River Watch", "Organization", pref_labels=(("Borealian River Watch", "en"),))
FARMERS = Entity("farmers", "Union of Farmers", "Organization", pref_labels=(("Union of Farmers", "en"),))


@pytest.fixture(scope="module")
def linker():
    return Linker(CAST + [WATCH, FARMERS])


def test_a_clause_describing_the_speaker_after_the_tag_is_no_ones(linker):
    text = ("The Borealian River Watch counted the flooded farms on Monday. The barrier on the lower bank will hold "
            "until the spring, said the Vardo-based group, which monitors the river with teams of local volunteers.")
    out = claims(text, linker)
    assert speaker_of(out, "barrier on the lower bank") == "watch"
    assert ("which monitors the river with teams of local volunteers.", None) in out


def test_a_clause_describing_the_speaker_by_figures_gives_only_them(linker):
    text = "\"The dams will hold,\" said Tomas Varga, who has led the valley council for the last twelve years."
    out = claims_all(text, linker)
    assert speaker_of(out, "The dams will hold") == "varga"
    assert [who for words, who in out if "valley council" in words] == [None]


def test_a_clause_describing_the_speaker_by_digits_is_cut_too(linker):
    text = ("\"We will build the dam,\" said Tomas Varga, who has led the valley council for 12 years and who chaired "
            "40 meetings.")
    out = claims_all(text, linker)
    assert speaker_of(out, "We will build the dam") == "varga"
    assert not any("valley council" in words and who == "varga" for words, who in out)


def test_a_clause_on_the_words_of_the_tag_stays_with_them(linker):
    text = "The dams will hold, Tomas Varga said in a letter, which gave no date for the repairs of the lower bank."
    assert claims(text, linker) == [(text, "varga")]


def test_what_the_speaker_said_before_such_a_clause_may_only_give_figures(linker):
    text = ("The Borealian River Watch counted the flooded farms on Monday. Some 40 farms were flooded in the "
            "lower valley, said the Vardo-based group, which monitors the river with teams of local volunteers.")
    assert [words for words, _ in claims(text, linker) if "Vardo" in words or "monitors" in words] == [
        "which monitors the river with teams of local volunteers."]
    assert speaker_of(claims_all(text, linker), "40 farms") == "watch"
