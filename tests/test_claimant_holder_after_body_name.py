"""A title whose words end in a body's name and, right after it, a person's name: the person holds the title and
speaks ("Spokesperson for the Vexa Ministry Jane Roe said"), not the body nearest the title. The person is one the
linker does not know, as a ministry's spokesperson often is."""
import pytest

from claimsgraph.link import Linker
from extracted import CAST, claims, speaker_of


@pytest.fixture(scope="module")
def cast_linker():
    return Linker(CAST)


@pytest.mark.parametrize("subject", [
    "Spokesperson for the Borealian Trade Ministry Ivo Marek",
    "Head of the press office of the Borealian Trade Ministry Ivo Marek",
])
def test_the_person_named_after_the_body_speaks(cast_linker, subject):
    out = claims(f"{subject} said that the grain quota would be cut by spring.", cast_linker)
    assert speaker_of(out, "grain quota").startswith("ivo-marek")


def test_the_person_closing_a_title_phrase_past_a_body_s_possessive_speaks(cast_linker):
    out = claims("\"A tiny flaw in the welding line was hard to trace,\" the chief of Velcom's battery business "
                 "Anna Kovar told journalists.", cast_linker)
    assert speaker_of(out, "welding line").startswith("ana-kovar")


def test_quotations_after_a_colon_stay_with_that_person(cast_linker):
    out = claims("The Borealian Trade Ministry answered a remark by Tomas Varga on the quota.\n\n"
                 "Spokesperson for the Borealian Trade Ministry Ivo Marek said that the remark was odd:\n\n"
                 "“The quota was set in May and nobody objected then.”", cast_linker)
    assert speaker_of(out, "nobody objected").startswith("ivo-marek")


def test_a_spokesperson_for_a_body_alone_still_speaks_for_it(cast_linker):
    out = claims("A spokesperson for the Borealian Trade Ministry said that the grain quota would be cut.", cast_linker)
    assert "ministr" in speaker_of(out, "grain quota")


def test_a_parse_giving_both_the_title_and_the_name_as_subjects_has_one_speaker(cast_linker):
    out = claims("The harbour talks must resume this week, Spokesperson of the Borealian Foreign Ministry Mira Orlen "
                 "tweeted.", cast_linker)
    assert speaker_of(out, "must resume") == "orlen"


@pytest.mark.parametrize("sentence, said", [
    ("Lawyers for the spokesperson of the Vexa Foreign Ministry Jane Roe said on Monday that the charges were "
     "baseless.", "baseless"),
    ("Relatives of the chairman of the Vellby Harbour Board Ivo Marsk told reporters that he was innocent.",
     "innocent"),
])
def test_those_who_only_refer_to_the_titled_person_are_not_that_person(cast_linker, sentence, said):
    out = claims(sentence, cast_linker)
    assert not (speaker_of(out, said) or "").startswith(("jane-roe", "ivo-marsk"))
