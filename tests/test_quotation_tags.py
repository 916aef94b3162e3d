"""Who speaks where the verb is no verb of saying the lexicon knows: a said-tag right after the comma that closes a
quotation ("“…,” Orlen nodded."), and verbs of the manner of speaking ("X grumbled that …"); and whom "the
spokesman" speaks for after the text named whose spokesman spoke."""
import pytest

from claimsgraph.link import Linker
from extracted import CAST, KELL, claims, speaker_of


@pytest.fixture(scope="module")
def cast_linker():
    return Linker(CAST + [KELL])


@pytest.mark.parametrize("tag", [
    "Mira Orlen nodded to the crew",
    "Mira Orlen smiled at the crowd",
    "Orlen started off the briefing",
])
def test_a_tag_after_a_closed_quotation_names_its_speaker_whatever_its_verb(cast_linker, tag):
    out = claims("Tomas Varga, a harbour official in Norcliff, said the ferry would sail again on Monday.\n\n"
                 f"\"The hull of the ferry is sound,\" {tag}. \"The crew is back. The engines run again.\"",
                 cast_linker)
    assert speaker_of(out, "The hull of the ferry is sound") == "orlen"
    assert speaker_of(out, "The engines run again") == "orlen"


def test_a_title_in_quotation_marks_before_a_name_is_no_said_tag(cast_linker):
    out = claims("In \"Northern Lights,\" Arno Kell played a ferry captain who never left the harbour.", cast_linker)
    assert all(who is None for _, who in out)


def test_a_tag_of_any_verb_names_a_person_not_a_crowd(cast_linker):
    out = claims("\"The ferry sails on Monday at last,\" the crowd in Norcliff cheered.", cast_linker)
    assert all(who is None for _, who in out)


@pytest.mark.parametrize("text, speaker", [
    ("Mira Orlen grumbled that the ferry from Norcliff was late again.", "orlen"),
    ("Tomas Varga snapped at a reporter that the ferry rules did not apply to harbour staff.", "varga"),
    ("Arno Kell fumed that the harbour board had ignored the ferry crews for a year.", "kell"),
])
def test_a_verb_of_the_manner_of_speaking_gives_its_subject_the_clause(cast_linker, text, speaker):
    assert claims(text, cast_linker)[0][1] == speaker


def test_snapping_a_thing_is_an_act_not_speech(cast_linker):
    out = claims("Arno Kell snapped photos of the harbour and the ferry crews on Monday.", cast_linker)
    assert all(who is None for _, who in out)


@pytest.mark.parametrize("lead, owner", [
    ("Prime Minister Tomas Varga expects the harbour talks to end well, his spokesman said on Friday.", "varga"),
    ("Mira Orlen's spokeswoman said on Monday that the ferry deal with the port was close.", "orlen"),
])
def test_the_spokesman_of_a_named_person_goes_on_speaking_for_that_person(cast_linker, lead, owner):
    title = "spokeswoman" if "spokeswoman" in lead else "spokesman"
    out = claims(f"{lead}\n\nThe {title} told the press that the port was right to warn of delays.\n\n"
                 f"\"We still expect a deal within the month,\" the {title} said.", cast_linker)
    assert speaker_of(out, "right to warn of delays") == owner
    assert speaker_of(out, "expect a deal within the month") == owner


def test_a_named_spokesman_is_still_the_spokesman_meant(cast_linker):
    out = claims("Mira Orlen's spokesman said on Monday that the ferry deal was close.\n\n"
                 "A spokesman for the harbour board, Arno Kell, said the board had not met. "
                 "The spokesman said the vote would come in May.", cast_linker)
    assert speaker_of(out, "the vote would come in May") == "kell"
