"""The article's own voice and the wrong person: a speaker carried past where its words end (invented people,
bodies and countries)."""
import pytest

from claimsgraph.link import Linker
from claimsgraph.model import Entity
from extracted import CAST as SHARED_CAST, KELL, claims, claims_all, speaker_of

CAST = [*SHARED_CAST, KELL]


@pytest.fixture(scope="module")
def cast():
    return Linker(CAST)


def test_a_quotation_in_a_sentence_whose_speaker_goes_unnamed_is_not_the_last_speakers(cast):
    said = claims("Tomas Varga told the crowd that his driver died while carrying appeal papers to the tribunal.\n\n"
                  "\"The guards did this. Nobody can doubt that now. They shot him in the street,\" "
                  "said Varga.\n\n"
                  "Officers said an inquiry into both deaths had begun.\n\n"
                  "The movement said in a short release that it mourned the \"loss of comrades Ivo Marr, a driver, "
                  "and Per Ulm, its treasurer for the southern district.\"", cast)
    assert speaker_of(said, "mourned the") is None


def test_a_quotation_going_on_after_a_tag_inside_it_stays_the_speakers(cast):
    said = claims_all(
        "Meeting journalists, Tomas Varga said the marches speak for a few small factions.\n\n"
        "He also stressed that his cabinet would let citizens march freely.\n\n"
        "\"These marches, drawing about a thousand people every evening, are backed by fringe groups, not by most "
        "voters,\" Varga noted, adding that cameras follow the marches. Despite the demands for a fresh vote, "
        "he said that his cabinet would stay out of the way.\n\n"
        "\"Still,\" he continued, \"a thousand marchers cannot undo the choice of 1.4 million voters who gave "
        "the Union Front party a clear mandate.\"", cast)
    assert speaker_of(said, "cannot undo") == "varga"


def test_a_quotation_in_what_a_named_document_notes_stays_its_issuers(cast):
    said = claims("Borealia asked its neighbour to a round of border talks, the foreign ministry of Borealia reports.\n\n"
                  "“Borealia still holds that a lasting settlement between the two states is within reach if both "
                  "capitals want it,” a notice on the ministry's website says.\n\n"
                  "The document observes that later on, by choosing to “brush aside every offer to resume the talks "
                  "and the work of mediators, the other side skipped the summit”.",
                  Linker(CAST + [Entity("bmfa", "Foreign Ministry of Borealia", "Organization",
                                        pref_labels=(("Foreign Ministry of Borealia", "en"),),
                                        alt_labels=(("foreign ministry of Borealia", "en"),))]))
    assert speaker_of(said, "brush aside") is not None


@pytest.mark.parametrize("text", [
    "“Four men fell right in front of me near the market,” Mira Orlen, a guard, told reporters.\n\n"
    "Through a message posted online, President Arno Kell appealed for “restraint and patience from every "
    "household until the final tally is published by the board”.",
    "“Four men fell right in front of me near the market,” Mira Orlen, a guard, told reporters.\n\n"
    "President Arno Kell appealed to voters for “restraint and patience from every household until the final "
    "tally is published by the board”.",
])
def test_an_appeal_with_its_words_quoted_is_who_appealed(cast, text):
    assert speaker_of(claims(text, cast), "restraint and patience") == "kell"


@pytest.mark.parametrize("platform", ["Twitter", "Facebook"])
def test_the_platform_someone_wrote_on_is_no_outlet_passing_words_on(cast, platform):
    said = claims(f"Tomas Varga, the movement's nominee, long regarded as the strongest challenger to the governor, wrote "
                  f"on {platform}: “Soldiers have locked me inside my campaign office during a briefing. They are firing "
                  f"at our windows.\n\n“Staff are hiding under desks. Someone wants me dead tonight.”", cast)
    assert speaker_of(said, "firing at our windows") == "varga"
    assert speaker_of(said, "wants me dead") == "varga"


def test_an_outlet_after_wrote_still_passes_words_on(cast):
    said = claims("Borealia will raise its fuel tax next year, wrote NordNews.",
                  Linker(CAST + [Entity("nordnews", "NordNews", "Organization",
                                        pref_labels=(("NordNews", "en"),))]))
    assert said[-1][1] == "nordnews"


def test_they_in_a_clause_on_unnamed_peoples_verb_are_those_people(cast):
    text = ("Tomas Varga said the pass would stay closed.\n\n"
            "The Harbour Authority said the port would reopen on Monday.\n\n"
            "The count of the dead in Borealia passed 400, yet the divers found new courage as they said that they could "
            "hear knocking inside the sunken ferry.")
    said = claims(text, Linker(CAST + [Entity("harbour", "Harbour Authority", "Organization",
                                              pref_labels=(("Harbour Authority", "en"),))]))
    assert speaker_of(said, "divers found new courage") is None
