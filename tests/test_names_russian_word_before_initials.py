"""A word the model takes in before a Russian name's initials ("Министр финансов Руритании Г. Н. Свирский") is no
given name of it when it agrees with the surname in no case. Invented people and places."""
import pytest

from extracted import claimant_labels


@pytest.mark.parametrize("title", ["Министр финансов Руритании", "Мэр Теллмута"])
def test_a_place_before_initials_is_no_word_of_the_speakers_name(linker, title):
    text = f"Мост закрыт\n\n{title} Г. Н. Свирский заявил, что мост через залив останется закрытым до июня.\n"
    assert claimant_labels(text, linker) == ["Г. Н. Свирский"]


def test_a_given_name_before_an_initial_stays_in_the_name():
    from claimsgraph.names import _past_word_before_initials

    text = "Джон Ф. Тарвик заявил"
    assert _past_word_before_initials(text, 0, len("Джон Ф. Тарвик")) == 0
