"""A body's unit named before its owner written out with the owner's acronym in brackets (names.py)."""


def test_a_unit_before_its_owner_spelled_out_with_an_acronym_takes_the_owner_and_its_country(typed):
    text = ("Паводок\n\n"
            "Как сообщила пресс-служба Инспекции водного надзора Комитета речных ресурсов (КРР) Армении, "
            "вода ушла.\n")
    types, _ = typed(text, [("Инспекции водного надзора", "Organization", 0),
                            ("Комитета речных ресурсов (КРР)", "Organization", 0)])
    whole = "Инспекция водного надзора Комитета речных ресурсов (КРР) Армении"
    assert types.get(whole) == "Organization"
    assert "Инспекция водного надзора" not in types


def test_a_body_written_out_without_an_acronym_does_not_own_the_name_before_it(typed):
    text = ("Паводок\n\n"
            "Как сообщила пресс-служба Инспекции водного надзора Комитета речных ресурсов Армении, вода ушла.\n")
    types, _ = typed(text, [("Инспекции водного надзора", "Organization", 0),
                            ("Комитета речных ресурсов", "Organization", 0)])
    assert not any(label.startswith("Инспекция водного надзора Комитета") for label in types)
