"""Products and their makers: a name with a model's number written beside a product's noun ("the Vexa 7
smartphone", "the chipset Orn 40") is a product's, and so are the line's word alone and the maker's name before it
("Norvik Vexa"); the maker stays (names.py, lang/en.py). A name before a common noun's bracketed acronym
("Graphics Processing Unit (GPU)") is no body (names.py, lang/en.py); a title's complement in capitals ("CEO Of
Vexa Mobile Group") opens no person's name (names.py). Every sentence is invented."""


def test_a_numbered_name_beside_a_products_noun_is_a_product(typed):
    text = ("Phones\n\nNorvik will launch the Vexa 7 smartphone in May, with the new chipset Orn 40 inside. "
            "Norvik said Vexa devices sold well, and Norvik Vexa phones are popular.\n")
    types, mentions = typed(text, [("Norvik", "Organization", 0), ("Vexa 7", "Agreement", 0), ("Orn 40", "Organization", 0),
                                   ("Norvik", "Organization", 1), ("Vexa", "Person", 1), ("Norvik Vexa", "Organization", 0)])
    assert types.get("Norvik") == "Organization"
    assert not {"Vexa 7", "Orn 40", "Vexa", "Norvik Vexa"} & set(types)


def test_a_name_before_a_common_nouns_acronym_is_no_body(typed):
    text = "Chips\n\nThe chip has a Graphics Processing Unit (GPU) and a faster GPU than before, Norvik said.\n"
    types, _ = typed(text, [("Graphics Processing Unit", "Organization", 0), ("Norvik", "Organization", 0)])
    assert "Graphics Processing Unit" not in types and types.get("Norvik") == "Organization"


def test_a_titles_complement_in_capitals_opens_no_persons_name(typed):
    text = "Phones\n\nThe launch was announced by Jon Arvo, CEO Of Vexa Mobile Group, on Monday.\n"
    types, _ = typed(text, [("Jon Arvo", "Person", 0), ("Vexa Mobile Group", "Organization", 0)])
    assert not any(label.startswith("Of ") for label in types)
    assert types.get("Vexa Mobile Group") == "Organization"
