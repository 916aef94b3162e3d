"""Who a statement speaks for: "the statement said" after a statement whose issuer the text did not name ("a statement
from her office") is no body's that was merely talked about; the last of a list of bodies that issued a statement
together is not its one issuer; and a title written short before a name ("Gov. X") is the title "the governor" later
refers back to; "it" in what a body is made to rebut ("forced to deny what it called rumours") is that body, not the
last one named; a body named in a source only as where words were posted (", according to messages posted on X") is
no source; "X is going to announce …" tells what X will do, not what X says; an agency whose name calls it one ("X
News Agency") is not what a later "they" or "the statement" refers back to."""
import pytest

from claimsgraph.link import Linker
from claimsgraph.model import Entity
from extracted import CAST, claims, speaker_of

FINANCE_BOARD = Entity("finance-board", "Harbour Finance Board", "Organization",
                       pref_labels=(("Harbour Finance Board", "en"),))
VELL_AGENCY = Entity("vell-agency", "Vell News Agency", "Organization", pref_labels=(("Vell News Agency", "en"),))
CHIRPER = Entity("chirper", "Chirper", "Organization", pref_labels=(("Chirper", "en"),))
NORVIA = Entity("norvia", "Norvia", "Country", pref_labels=(("Norvia", "en"),))
ESTRAVIA = Entity("estravia", "Estravia", "Country", pref_labels=(("Estravia", "en"),))


@pytest.fixture(scope="module")
def cast_linker():
    return Linker(CAST + [FINANCE_BOARD, NORVIA, ESTRAVIA, CHIRPER, VELL_AGENCY])


def test_the_statement_of_no_known_issuer_is_not_the_body_talked_about(cast_linker):
    out = claims("A statement from her office said she has sat on every Harbour Finance Board meeting this year.\n\n"
                 "The statement said: \"The deputy mayor goes to the quay office daily and chairs the Harbour "
                 "Finance Board (HFB) at the Town Hall.\"", cast_linker)
    assert speaker_of(out, "quay office daily") is None


def test_the_statement_still_speaks_for_the_body_that_issued_it(cast_linker):
    out = claims("The Harbour Finance Board said in a statement on Monday that the levy would rise.\n\n"
                 "The statement added that the quay would close in June.", cast_linker)
    assert speaker_of(out, "quay would close") == "finance-board"


@pytest.mark.parametrize("listed", ["Borealia, Norvia and Estravia", "The envoys of Borealia, Norvia and Estravia",
                                    "After the talks, Borealia, Norvia and Estravia"])
def test_the_last_of_a_list_issuing_a_statement_together_is_not_its_issuer(cast_linker, listed):
    out = claims("The river talks ended on Monday.\n\n"
                 f"{listed} issued a joint statement.\n\n"
                 "The statement called for a ceasefire along the river.", cast_linker)
    assert speaker_of(out, "ceasefire along the river") is None


def test_one_body_issuing_a_statement_is_still_its_issuer(cast_linker):
    out = claims("The river talks ended on Monday.\n\n"
                 "After the talks, Estravia issued a statement.\n\n"
                 "The statement called for a ceasefire along the river.", cast_linker)
    assert speaker_of(out, "ceasefire along the river") == "estravia"


@pytest.mark.parametrize("short, title", [("Gov.", "governor"), ("Sen.", "senator"), ("Gen.", "general")])
def test_a_title_written_short_is_the_one_a_later_title_refers_to(cast_linker, short, title):
    out = claims(f"Borealian {short} Tomas Varga will sign the harbour bill on Friday.\n\n"
                 "Mira Orlen later said nobody had read the bill.\n\n"
                 f"\"They want to close the port. I will not let them,\" the {title} said on Wednesday.", cast_linker)
    assert speaker_of(out, "will not let them") == "varga"


@pytest.mark.parametrize("text", [
    "Chirper users say the levy doubled.\n\nIn a bid to calm traders, the Harbour Finance Board has been forced to "
    "publicly deny what it described as gossip spreading via Chirper.",
    "Chirper users say the levy doubled.\n\nThe Harbour Finance Board rejected what it called gossip on Chirper.",
])
def test_it_in_what_a_body_rebuts_is_that_body(cast_linker, text):
    assert speaker_of(claims(text, cast_linker), "gossip") == "finance-board"


@pytest.mark.parametrize("source", ["several messages posted on Chirper", "posts on Chirper"])
def test_where_words_were_posted_is_no_source(cast_linker, source):
    out = claims(f"Tomas Varga ordered the ferry to stop, according to {source}.", cast_linker)
    assert speaker_of(out, "ferry to stop") is None


def test_a_body_after_according_to_is_still_the_source(cast_linker):
    out = claims("The ferry was late again, according to Chirper.", cast_linker)
    assert speaker_of(out, "ferry was late") == "chirper"


@pytest.mark.parametrize("text", [
    "Replies to the post came from voters assuming Tomas Varga is going to announce he will run for mayor.",
    "Tomas Varga is going to announce a bid for mayor in the spring.",
])
def test_a_verb_of_saying_after_going_to_says_nothing_yet(cast_linker, text):
    out = claims(text, cast_linker)
    assert out and all(who is None for _, who in out)


def test_a_verb_of_saying_after_a_verb_of_motion_for_its_purpose_still_speaks(cast_linker):
    out = claims("Tomas Varga went on the radio to tell listeners the ferry would stop.", cast_linker)
    assert speaker_of(out, "ferry would stop") == "varga"


def test_they_and_the_statement_after_a_news_agency_cited_are_not_the_agency(cast_linker):
    out = claims("Borealia backs the river accord, according to the Vell News Agency.\n\n"
                 "They commended the ferry crews.\n\nThe statement stressed the need for calm.", cast_linker)
    assert speaker_of(out, "ferry crews") is None
    assert speaker_of(out, "need for calm") is None


def test_it_after_a_news_agency_spoke_is_still_the_agency(cast_linker):
    out = claims("The Vell News Agency said the port would close. It added that the ferry was late.", cast_linker)
    assert speaker_of(out, "ferry was late") == "vell-agency"


def test_the_statement_with_no_issuer_given_before_is_still_the_body_talked_about(cast_linker):
    out = claims("The Harbour Finance Board and the port met on Monday.\n\n"
                 "\"We will cut the levy,\" a joint statement said once the talks ended.", cast_linker)
    assert speaker_of(out, "cut the levy") == "finance-board"
