"""A plural's possessive inside a body's "of" complement ("the Guild of Vell Carters' Unions") is a word of one
name, not an owner and its body (names.py, lang/en.py)."""


def test_a_plural_possessive_after_of_keeps_the_body_s_name_whole(typed):
    text = ("Tolls\n\n"
            "The Northern Guild of Barge Carters’ Unions said on Monday that tolls on the canal would rise.\n\n"
            "The Federation of Orchard Pickers' Leagues also said it would appeal the decision.\n")
    types, _ = typed(text, [("The Northern Guild of Barge Carters’ Unions", "Organization", 0)])   # as the model reads it
    assert types.get("Northern Guild of Barge Carters’ Unions") == "Organization"
    assert types.get("Federation of Orchard Pickers' Leagues") == "Organization"
    assert not any(label.endswith(("Carters", "Carters Unions", "Pickers", "Pickers Leagues")) for label in types)


def test_a_singular_owner_s_body_still_names_its_owner(typed):
    text = "Tolls\n\nThe Vell Canal Council's Budget Committee said on Monday that tolls would rise.\n"
    types, _ = typed(text)
    assert types.get("Vell Canal Council Budget Committee") == "Organization"
