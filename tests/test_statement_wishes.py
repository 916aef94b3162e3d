"""A body's statement that says what it says as a wish ("X wishes to reassure the public that …", "X wants to stress
that …") speaks as the verb alone would; a wish with no that-clause ("X plans to announce", "X wants to comment
later") says nothing yet (invented bodies)."""
import pytest

from claimsgraph.link import Linker
from extracted import CAST, claims, speaker_of


@pytest.fixture(scope="module")
def cast():
    return Linker(CAST)


@pytest.mark.parametrize("sentence", [
    "The Bank of Borealia wishes to reassure depositors that the banking sector remains sound.",
    "The Bank of Borealia wants to stress that the banking sector remains sound.",
    "The Bank of Borealia would like to clarify that the banking sector remains sound.",
])
def test_a_body_wishing_to_say_what_follows_is_its_speaker(cast, sentence):
    said = claims(sentence, cast)
    assert speaker_of(said, "remains sound") == speaker_of(claims("The Bank of Borealia said the vaults were shut.",
                                                                  cast), "vaults") is not None


def test_a_plan_to_announce_is_not_yet_said(cast):
    said = claims("The Bank of Borealia plans to announce that the banking sector remains sound.", cast)
    assert speaker_of(said, "remains sound") is None


@pytest.mark.parametrize("sentence", [
    "The Bank of Borealia wants to announce that the banking sector remains sound.",
    "The Bank of Borealia would like to say that the banking sector remains sound, but cannot yet.",
])
def test_a_wish_to_announce_or_to_say_is_not_yet_said(cast, sentence):
    """Only a wish whose infinitive says in the act of speaking ("to stress", "to point out") speaks."""
    assert speaker_of(claims(sentence, cast), "remains sound") is None


def test_a_wish_to_point_out_is_said(cast):
    said = claims("The Bank of Borealia would like to point out that the banking sector remains sound.", cast)
    assert speaker_of(said, "remains sound") is not None
