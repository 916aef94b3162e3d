"""Names on police and disaster news from South and South-East Asia and West Africa: a police rank written as an
acronym before a name ("CSP Jane Roe") is hers, and alone ("the DPO") no body; a second title written short after a
first ("Spokesperson Police Col. Jane Roe") is no name; a village's name opening with the word for a village
("Barangay Vell", "Sitio Orla") is a place's, whatever a model took it for (names.py, lang/en.py).
Every sentence is invented."""


def test_a_rank_acronym_before_a_name_is_hers(typed):
    text = ("Harbour news\n\nThe raid was led by the DPO, CSP Tamo Ibrel, on Monday. Ibrel said six men were "
            "held.\n")
    types, mentions = typed(text, [("DPO", "Organization", 0), ("CSP Tamo Ibrel", "Organization", 0),
                                   ("Ibrel", "Organization", 1)])
    assert types.get("Tamo Ibrel") == "Person"
    assert "DPO" not in types and "CSP Tamo Ibrel" not in types
    assert ("Ibrel", "Tamo Ibrel") in mentions


def test_a_short_title_after_a_title_is_no_name(typed):
    text = ("Storm watch\n\nProvincial Police Spokesperson Police Col. Marta Jovel said roads were shut.\n")
    types, _ = typed(text, [("Marta Jovel", "Person", 0)])
    assert types.get("Marta Jovel") == "Person"
    assert "Police Col" not in types and "Police" not in types


def test_a_village_named_by_its_kind_is_a_place(typed):
    text = ("Storm watch\n\nWater rose in Barangay Tornas and Sitio Karvel on Sunday, rescuers said.\n")
    types, _ = typed(text, [("Barangay Tornas", "Person", 0), ("Sitio Karvel", "Organization", 0)])
    assert types.get("Barangay Tornas") == types.get("Sitio Karvel") == "Place"
