"""A nickname in quotation marks between a person's given name and surname ("Tomas “Tad” Verlane"): one person,
labelled without it, whose bare surname later is the same person: invented people and texts."""

from extracted import speakers

TEXT = ("Ferry services to Orlov will resume next month, Harbour Secretary Tomas “Tad” Verlane announced today.\n\n"
        "“The boats are ready,” Verlane said.\n\n"
        "“We expect the first crossing in May.”\n")


def test_a_model_span_with_the_nickname_in_it_is_the_person_labelled_without_it(typed):
    types, mentions = typed("Mira “Bell” Ostrander chairs the Orlov harbour board. Ostrander said the quay is ready.",
                            [("Mira “Bell” Ostrander", "Person", 0), ("Ostrander", "Person", 1)])
    assert types.get("Mira Ostrander") == "Person"
    assert ("Ostrander", "Mira Ostrander") in mentions


def test_a_model_span_cut_at_the_nickname_goes_on_to_the_surname(typed):
    types, mentions = typed("Mira “Bell” Ostrander chairs the Orlov harbour board. Ostrander said the quay is ready.",
                            [("Mira", "Person", 0)])
    assert types.get("Mira Ostrander") == "Person" and "Mira" not in types
    assert ("Ostrander", "Mira Ostrander") in mentions


def test_a_given_name_the_model_took_for_a_body_goes_on_to_the_surname(typed):
    types, _ = typed("Mira “Bell” Ostrander chairs the Orlov harbour board.",
                     [("Mira", "Organization", 0), ("Bell” Ostrander", "Organization", 0)])
    assert types.get("Mira Ostrander") == "Person" and "Mira" not in types


def test_the_quotations_tagged_with_the_surname_are_the_nicknamed_persons(linker):
    who = speakers(TEXT, linker)
    assert len(who) == 3 and len(set(who)) == 1 and who[0].startswith("tomas-verlane")
