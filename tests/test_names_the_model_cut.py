"""A person's name the model read only in part is the speaker's in full: a given name English does not know right
before the surname the model read alone ("Aoife McTernan warned"), or the given name and the surname it read apart
with a particle between ("Dmitri della Rovane told"); and a name apposed after a title that it took for a body's
or a people's."""
import pytest

from extracted import claims_as_written, new_types, speaker_of

SHAPES = ["{N} warned that the ferry to Dalmoor would stay idle until August.",
          "Snow fell overnight. {N} told the Dalmoor Gazette that the ferry to Dalmoor would stay idle until August.",
          "“The ferry to Dalmoor will stay idle until August,” {N} added."]


@pytest.mark.parametrize("shape", SHAPES)
@pytest.mark.parametrize("name", ["Aoife McTernan", "Orla McGarvin", "Dmitri della Rovane", "Luca della Vespri"])
def test_a_name_the_model_read_in_part_is_the_speaker_in_full(linker, shape, name):
    out = claims_as_written("Harbour works in Ruritania stopped in May.\n\n" + shape.format(N=name), linker)
    assert speaker_of(out, "ferry to Dalmoor") == name


@pytest.mark.parametrize("opening", ["Commissioner", "Meanwhile"])
def test_a_known_word_before_a_surname_is_no_given_name(linker, opening):
    out = claims_as_written("Harbour works in Ruritania stopped in May.\n\n"
                            f"{opening} McTernan warned that the ferry to Dalmoor would stay idle until August.",
                            linker)
    assert speaker_of(out, "ferry to Dalmoor") == "McTernan"


@pytest.mark.parametrize("name", ["Keeva Velsen", "Keeva Lundish", "Tamsin Corvish", "Orla Brannish"])
def test_a_name_apposed_after_a_title_is_a_persons_whatever_the_model_took_it_for(linker, name):
    out = claims_as_written("Pay talks in Ruritania stopped in May.\n\n"
                            f"The guild’s deputy secretary, {name}, said the ferry to Dalmoor would stay idle.\n\n"
                            "“The strike will go on until August,” she said.", linker)
    assert speaker_of(out, "ferry to Dalmoor") == name
    assert speaker_of(out, "go on until August") == name


@pytest.mark.parametrize("name", ["(Arno) Kessel", "(Ilse) Rovane", "[Arno] Kessel", "[Ilse] Rovane"])
def test_a_surname_after_a_given_name_in_brackets_is_a_persons(linker, name):
    out = claims_as_written("Harbour works in Ruritania stopped in May.\n\n"
                            f"President {name} said the ferry to Dalmoor would stay idle until August.", linker)
    assert speaker_of(out, "ferry to Dalmoor") == name.split()[-1]


@pytest.mark.parametrize("name", ["[Arno] Kessel", "[Ilse] Rovane", "[Bertil] Osgaard", "[Marta] Kessling"])
def test_a_given_name_an_editor_put_in_a_quotation_leaves_no_name_with_a_bracket(linker, name):
    text = ("Harbour works in Ruritania stopped in May.\n\n"
            f"\u201cWe call on {name} to reopen the ferry to Dalmoor,\u201d the guild said on Monday.")
    types = new_types(text, linker)
    assert types.get(name.split()[-1]) == "Person"
    assert not [label for label in types if "[" in label or "]" in label]


@pytest.mark.parametrize("shape", SHAPES)
@pytest.mark.parametrize("name", ["Mirza Karim Osman Hossain", "Mirza Abul Kasem Talukder"])
def test_a_long_name_the_model_cut_in_two_people_is_one_speaker(linker, shape, name):
    """Four words the model reads as two people a space apart ("Mirza Karim" and "Osman Hossain"): one name."""
    out = claims_as_written("Harbour works in Ruritania stopped in May.\n\n" + shape.format(N=name), linker)
    assert speaker_of(out, "ferry to Dalmoor") == name


def test_two_people_a_comma_apart_stay_two(linker):
    out = claims_as_written("Harbour works in Ruritania stopped in May.\n\nKarim Osman, Tomas Velden and Aoife "
                            "McTernan said the ferry to Dalmoor would stay idle until August.", linker)
    assert speaker_of(out, "ferry to Dalmoor") != "Karim Osman, Tomas Velden"
