"""The place or body a title's preposition names, read by the model into the name of the person after it ("Mayor of
Vellmar Tom Relk"), is the title's (names.py ``_office_complement_in_person``): invented names."""
import pytest


@pytest.mark.parametrize("sentence, merged, place, kind", [
    ("Mayor of Vellmar Tom Relk said the river rose overnight.", "Vellmar Tom Relk", "Vellmar", "Place"),
    ("The former President of Tarvinia Ines Tarro was unable to attend the hearing on Monday.",
     "Tarvinia Ines Tarro", "Tarvinia", "Place"),
    ("Chairman of the Orla Harbour Authority Tom Relk said the port was closed.",
     "Orla Harbour Authority Tom Relk", "Orla Harbour Authority", "Organization"),
])
def test_a_place_or_body_after_a_title_s_preposition_is_not_the_person_s_name(typed, sentence, merged, place, kind):
    types, _ = typed(f"Floods\n\n{sentence}\n", [(merged, "Person", 0)])
    assert merged not in types
    assert types.get(place) == kind
    assert types.get(" ".join(merged.split()[-2:])) == "Person"


def test_a_name_of_three_words_with_no_title_before_it_stays_one_person(typed):
    types, _ = typed("Floods\n\nOn Monday Ana Lucia Tarro said the river rose overnight.\n",
                     [("Ana Lucia Tarro", "Person", 0)])
    assert types.get("Ana Lucia Tarro") == "Person"
