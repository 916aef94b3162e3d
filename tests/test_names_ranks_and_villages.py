"""Names on police and disaster news from South and South-East Asia and West Africa: a police rank written as an
acronym before a name ("CSP Jane Roe") is hers, and alone ("the DPO") no body; a second title written short after a
first ("Spokesperson Police Col. Jane Roe") is no name; a village's name opening with the word for a village
("Barangay Vell", "Sitio Orla") is a place's, whatever a model took it for; a body's short form in brackets glued
from the openings of its words ("Vellmin") is that body; a country's adjective ("Philippine") before a kind of place
names no place; a registry place before a street noun ("Moscow Road") names the street; a banner in a dateline's brackets
("(UPDATE)") is no name (names.py, link.py, lang/en.py).
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


def test_a_short_form_glued_from_the_openings_of_a_bodys_words_is_that_body(typed):
    text = ("Quake\n\nThe Vell Institute of Mining (Vellmin) said on Monday the shaft was closed. Later Vellmin "
            "warned of more tremors.\n")
    types, mentions = typed(text, [("Vell Institute of Mining", "Organization", 0), ("Vellmin", "Person", 1)])
    assert "Vellmin" not in types
    assert ("Vellmin", "Vell Institute of Mining") in mentions


def test_another_name_in_brackets_is_no_short_form(typed):
    text = "Quake\n\nThe Vell Mining Board (Tarnow) said on Monday the shaft was closed.\n"
    types, mentions = typed(text, [("Vell Mining Board", "Organization", 0), ("Tarnow", "Place", 0)])
    assert ("Tarnow", "Vell Mining Board") not in mentions


def test_a_countrys_adjective_before_a_kind_of_place_names_no_place(typed):
    text = "Storm watch\n\nRain fell on the southern Philippine province of Orlanda on Friday.\n"
    types, _ = typed(text)
    assert "Philippine Province" not in types


def test_a_place_before_a_street_noun_names_the_street(linker):
    from claimsgraph.ingest import parse_document

    doc = parse_document("t.txt", "Market\n\nTraders on Moscow Road in Vellport shut their stalls.\n".encode(),
                         "text/plain")
    assert not linker.mentions(doc)


def test_a_banner_in_a_datelines_brackets_is_no_name(typed):
    text = "Storm watch\n\nVELLPORT, Tarnia (UPDATE) -- The harbour was shut on Monday as the storm came in.\n"
    types, _ = typed(text, [("UPDATE", "Organization", 0)])
    assert "UPDATE" not in types


def test_a_banner_in_a_datelines_brackets_is_no_agency(typed):
    text = "Storm watch\n\nVELLPORT, Tarnia (UPDATE) -- The harbour was shut on Monday as the storm came in.\n"
    types, _ = typed(text)
    assert "UPDATE" not in types
