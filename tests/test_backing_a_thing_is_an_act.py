"""Backing a thing ("X supported the bill") tells what someone did, not what they said (invented bodies)."""
import pytest

from claimsgraph.link import Linker
from claimsgraph.model import Entity
from extracted import claims, claims_all

BODIES = [
    Entity("unity", "Ruritanian Unity Party", "Organization", pref_labels=(("Ruritanian Unity Party", "en"),),
           alt_labels=(("Unity Party", "en"),)),
    Entity("mara-velsen", "Mara Velsen", "Person", pref_labels=(("Mara Velsen", "en"),)),
]


@pytest.fixture(scope="module")
def bodies():
    return Linker(BODIES)


@pytest.mark.parametrize("text", [
    "Forty deputies of the Ruritanian Unity Party supported the grazing bill in the final reading.",
    "The Ruritanian Unity Party has supported the dam project since the spring.",
])
def test_backing_a_thing_is_the_articles_account(text, bodies):
    assert {who for _, who in claims_all(text, bodies)} == {None}


@pytest.mark.parametrize("text", [
    "Mara Velsen supported the view that the dam was unsafe.",
    'Mara Velsen supported the plan: "It will save the valley."',
])
def test_backing_what_is_said_stays_the_speakers(text, bodies):
    assert "mara-velsen" in {who for _, who in claims(text, bodies)}


def test_a_main_clause_of_figures_cut_from_its_comment_is_its_figures(bodies):
    text = ("Forty deputies of the Ruritanian Unity Party supported the grazing bill, which drew loud protests from "
            "the herders of the northern valleys.")
    assert [c for c, _ in claims(text, bodies)] == [
        "which drew loud protests from the herders of the northern valleys."]


@pytest.mark.parametrize("text", [
    "Mara Velsen supported the finding that the lake was poisoned.",
    "Mara Velsen supported the estimate that exports would shrink.",
    "Mara Velsen supported the idea of a truce in the valley.",
    "Mara Velsen supported demands for a review of the grazing rights.",
    "The Ruritanian Unity Party supported the call for early elections.",
    "Mara Velsen supported the return to the old tariffs.",
])
def test_backing_what_an_object_says_or_asks_for_stays_the_speakers(text, bodies):
    """Only a bare thing backed is an act: an object with a clause of what it holds, or a complement of what it is of,
    for or to, carries words the speaker backs."""
    assert {who for _, who in claims(text, bodies)} & {"mara-velsen", "unity"}


def test_backing_a_thing_the_speaker_then_describes_is_one_claim_of_the_speakers(bodies):
    """"X supported the plan, which she said would …": the clause on the thing is the speaker's words, and the
    backing stays with them, one claim as a backing with what it says."""
    text = "Mara Velsen, the herders' leader, supported the levy, which she said would pay for the new wells."
    assert claims(text, bodies) == [(text, "mara-velsen")]
