"""A name no model knows beside a reporting verb is the speaker's in full when it is longer than two words: a given
name before the two ("Corin Ashby Tull said") or particles before the surname ("Ines da Mottra said", "said Joost
van der Heyl"); a title or a sentence's first word before the two is no part of it."""
import pytest

from extracted import claims_as_written, speaker_of

SHAPES = ["{N} said the ferry to Dalmoor would run again by June.",
          "{N} told reporters that the ferry to Dalmoor would run again by June.",
          "The ferry to Dalmoor will run again by June, {N} said.",
          "“The ferry to Dalmoor will run again by June,” {N} said.",
          "{N}, 54, said the ferry to Dalmoor would run again by June."]


@pytest.mark.parametrize("shape", SHAPES)
@pytest.mark.parametrize("name", ["Corin Ashby Tull", "Ines da Mottra", "Tamsin van der Heyl"])
def test_longer_name_before_the_verb_is_the_speaker_in_full(linker, shape, name):
    out = claims_as_written("Harbour works in Ruritania stopped in May.\n\n" + shape.format(N=name), linker)
    assert speaker_of(out, "ferry to Dalmoor") == name


@pytest.mark.parametrize("name", ["Ines da Mottra", "Corin Ashby Tull"])
def test_longer_name_after_the_verb_is_the_speaker_in_full(linker, name):
    out = claims_as_written("Harbour works in Ruritania stopped in May.\n\n"
                            f"The ferry to Dalmoor will run again by June, said {name}, a port pilot.", linker)
    assert speaker_of(out, "ferry to Dalmoor") == name


@pytest.mark.parametrize("opening", ["Harbour Commissioner", "Yesterday"])
def test_a_title_or_an_opening_word_before_two_names_is_not_a_given_name(linker, opening):
    out = claims_as_written("Harbour works in Ruritania stopped in May.\n\n"
                            f"{opening} Mara Velsen said the ferry to Dalmoor would run again by June.", linker)
    assert speaker_of(out, "ferry to Dalmoor") == "Mara Velsen"


@pytest.mark.parametrize("name", ["Ines da Mottra", "Tariq bin Suhail"])
@pytest.mark.parametrize("title", ["the mayor of Dalmoor", "a lawmaker from the Union of Ruritanian Greens"])
def test_name_with_particles_before_a_title_in_apposition_is_the_speaker(linker, name, title):
    out = claims_as_written("Harbour works in Ruritania stopped in May.\n\n"
                            f"{name}, {title}, said the ferry to Dalmoor would run again by June.", linker)
    assert speaker_of(out, "ferry to Dalmoor") == name


@pytest.mark.parametrize("name", ["Corin Ashby Tull", "Ines da Mottra"])
def test_a_relative_clause_between_name_and_verb_leaves_the_speaker(linker, name):
    out = claims_as_written("Harbour works in Ruritania stopped in May.\n\n"
                            f"{name}, who heads the port authority, said the ferry to Dalmoor would run again by "
                            "June.", linker)
    assert speaker_of(out, "ferry to Dalmoor") == name


def test_initials_before_a_surname_beside_the_verb_are_the_speakers_name(linker):
    out = claims_as_written("DALMOOR, March 3 (Vellwire) - T. J. Varrow said that the ferry to Dalmoor would run "
                            "again by June.\n\nHarbour works in Ruritania stopped in May.", linker)
    assert speaker_of(out, "ferry to Dalmoor") == "T. J. Varrow"


@pytest.mark.parametrize("name", ["Luca della Vespri", "Ana-Lucia Ferrant", "R. M. Castellane"])
def test_an_age_and_what_the_person_is_between_name_and_verb_leave_the_speaker(linker, name):
    out = claims_as_written("Harbour works in Ruritania stopped in May.\n\n"
                            f"{name}, 52, a Green councillor, said the ferry to Dalmoor would run again by June.",
                            linker)
    assert speaker_of(out, "ferry to Dalmoor") == name


def test_an_age_and_what_it_is_after_a_place_leave_no_speaker(linker):
    out = claims_as_written("Harbour works in Ruritania stopped in May.\n\nWorkers at Tellmouth Port, 40, a quarter of "
                            "the staff, said the ferry to Dalmoor would stay idle until August.", linker)
    assert speaker_of(out, "ferry to Dalmoor") != "Tellmouth Port"
