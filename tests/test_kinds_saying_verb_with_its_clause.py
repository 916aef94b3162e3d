"""A verb of saying at a sentence's end with its own clause after it ("…, X said they will …") frames what the
speaker says: no source trailing an event the sentence told first (extract/kinds.py); invented sentences only."""
import pytest

from claimsgraph.extract.kinds import claim_kind


@pytest.mark.parametrize("sentence", [
    "Looking ahead to the summit of Ruritanian and Vellish leaders in Orlov on 4 June, Mara Velsen said they will "
    "open a new chapter for the region.",
    "Speaking after the talks held at the Orlov palace on Monday, Tomas Brenn said he and his deputy will visit the "
    "border posts next month.",
    "Opening the conference held in Orlov on Friday, the envoy said that the sides must keep working on the accord.",
])
def test_a_saying_verb_with_its_clause_after_it_frames_a_statement(sentence):
    assert claim_kind(sentence, "en", "speaker", "verb_right") == "statement"


def test_a_source_after_an_event_still_relays_it():
    sentence = "The talks were held in Orlov on Monday, Vellish officials confirmed late on Tuesday."
    assert claim_kind(sentence, "en", "ministry", "verb_right") == "event"


@pytest.mark.parametrize("sentence, kind", [
    ("He spoke at the fifth meeting of the Orlov port board on Monday.", "event"),
    ("He spoke of a breakthrough at the fifth meeting of the Orlov port board.", "statement"),
])
def test_speaking_tells_words_only_with_its_topic(sentence, kind):
    assert claim_kind(sentence, "en", None, "own_voice") == kind
