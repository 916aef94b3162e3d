"""A name beside a reporting verb takes a word before it only as a given name: a sentence's first word, a title or
an honorific, a word after a preposition, a known place, party or outlet, or a title written short opens no name."""
import pytest

from extracted import claims_as_written, speaker_of

_BEFORE = "Harbour works in Ruritania stopped in May.\n\n"
_CLAIM = " said the ferry to Dalmoor would stay idle until August."


@pytest.mark.parametrize("opening, name", [("Yesterday", "al-Marfadi"), ("Meanwhile", "McDonald"),
                                           ("Tuesday", "McTernan")])
def test_a_word_before_a_glued_surname_is_no_given_name(linker, opening, name):
    out = claims_as_written(_BEFORE + f"{opening} {name}" + _CLAIM, linker)
    assert speaker_of(out, "ferry to Dalmoor") == name


def test_a_word_before_a_glued_surname_and_a_verb_and_its_object_is_no_given_name(linker):
    out = claims_as_written(_BEFORE + "Separately MacLeod told reporters the ferry to Dalmoor would stay idle.", linker)
    assert speaker_of(out, "ferry to Dalmoor") == "MacLeod"


@pytest.mark.parametrize("title, name", [("Sheikh", "Mohammed bin Rashid"), ("Lord", "Ewan MacRuairc"),
                                         ("Father", "Ewan McTernan"), ("Sister", "Aoife McTernan"),
                                         ("Baroness", "Aoife McTernan")])
def test_a_title_opens_no_name_with_particles_or_a_glued_prefix(linker, title, name):
    out = claims_as_written(_BEFORE + f"{title} {name}" + _CLAIM, linker)
    assert speaker_of(out, "ferry to Dalmoor") in (name, None)
    assert speaker_of(out, "ferry to Dalmoor") != f"{title} {name}"


@pytest.mark.parametrize("opening, name", [("In Lviv", "Mara Velsen"), ("In Kyiv", "Mara Velsen"),
                                           ("From Kharkiv", "Ines da Mottra"), ("Cllr", "Mara Velsen")])
def test_a_word_after_a_preposition_or_a_title_is_no_given_name(linker, opening, name):
    out = claims_as_written(_BEFORE + f"{opening} {name}" + _CLAIM, linker)
    assert speaker_of(out, "ferry to Dalmoor") == name


@pytest.mark.parametrize("opening", ["Ruritania", "Interfax"])
def test_a_known_name_is_no_given_name(linker, opening):
    out = claims_as_written(_BEFORE + f"{opening} Mara Velsen" + _CLAIM, linker)
    assert speaker_of(out, "ferry to Dalmoor") == "Mara Velsen"
