""""According to the head of Ruritania's Water Agency, Ilse Marrow, …": a title and "of" or "for" before a body,
then a name set off by commas after it: the named holder of the title is the source, not the body. Invented
people and bodies."""
from claimsgraph.link import Linker

from extracted import claims_as_written, speaker_of


def test_the_named_head_of_a_countrys_agency_is_the_source():
    out = claims_as_written("According to the head of Ruritania's Water Agency, Ilse Marrow, the reservoirs were "
                            "half empty.\n", Linker([]))
    assert speaker_of(out, "reservoirs were") == "Ilse Marrow"


def test_the_named_spokesman_for_an_office_is_the_source():
    out = claims_as_written("According to the spokesman for the Carpanian Statistics Office, Tomas Dregor, "
                            "unemployment had fallen.\n", Linker([]))
    assert speaker_of(out, "unemployment had") == "Tomas Dregor"


def test_the_office_is_the_source_when_the_name_is_another_ones():
    out = claims_as_written("According to the director of the Carpanian Statistics Office, Tomas Dregor's deputy, "
                            "unemployment had fallen.\n", Linker([]))
    assert speaker_of(out, "unemployment had") != "Tomas Dregor"


def test_a_name_followed_by_another_apposition_holds_no_title():
    out = claims_as_written("According to the chief of the Carpanian Statistics Office, Tomas Dregor, the former "
                            "minister, lied to parliament.\n", Linker([]))
    assert speaker_of(out, "lied to") == "Carpanian Statistics Office"   # not him, nor "the former minister"


def test_a_name_followed_by_and_holds_no_title_alone():
    out = claims_as_written("According to the chief of the Carpanian Statistics Office, Tomas Dregor, and the police "
                            "chief, the dam held.\n", Linker([]))
    assert speaker_of(out, "dam held") == "Carpanian Statistics Office"
