"""Capitalised words right before an officer's title of a company, a party or another body, and a person's name
after it ("Quillon CFO Jana Roe", "Velmark leader Tomas Arden"): a body's name, though no model found it, or a model
took it for a place (invented firms, parties and people)."""
import pytest

from claimsgraph.extract import extract
from claimsgraph.ingest import parse_document
from claimsgraph.link import Linker
from claimsgraph.model import Entity


@pytest.fixture(scope="module")
def linker():
    return Linker([Entity("ruritania", "Ruritania", "Country", pref_labels=(("Ruritania", "en"),))])


def _types(text, linker):
    """Each name as written and the type of its entity."""
    doc = parse_document("t.txt", text.encode(), "text/plain")
    result = extract(doc, linker)
    types = {e.key: e.type for e in result.new_entities} | {"ruritania": "Country"}
    return {doc.text[m.span.start:m.span.end]: types[m.entity] for m in result.mentions}


@pytest.mark.parametrize("text, body", [
    ("On May 3, Quillon CFO Jana Roe told analysts that margins would widen.", "Quillon"),
    ("Parties met on Monday. Velmark leader Tomas Arden said the party would join the talks.", "Velmark"),
    ("Former Quillon chairman Jana Roe said the board erred.", "Quillon"),
])
def test_name_before_an_officers_title_is_a_body(text, body, linker):
    assert _types(text, linker).get(body) == "Organization"


@pytest.mark.parametrize("text, word", [
    ("Opposition leader Jana Roe said the opposition would walk out.", "Opposition"),
    ("Former Quillon chairman Jana Roe said the board erred.", "Former Quillon"),
    ("Rates\n\nHR manager Jana Roe said on Monday that staff had complained.", "HR"),
])
def test_no_body_from_a_common_or_tenure_word(text, word, linker):
    assert word not in _types(text, linker)


def test_a_known_country_keeps_its_type(linker):
    assert _types("Ruritania leader Tomas Arden said the talks would go on.", linker).get("Ruritania") == "Country"


@pytest.mark.parametrize("text, word", [
    ("Police chief Mara Velsen said the road was closed.", "Police"),
    ("Army chief Mara Velsen said the troops were ready.", "Army"),
    ("Rebel leader Mara Velsen said the talks were over.", "Rebel"),
    ("Team leader Mara Velsen said the work was done.", "Team"),
    ("Health chief Mara Velsen said the clinics were full.", "Health"),
    ("Fire chief Mara Velsen said the crews were tired.", "Fire"),
    ("Party leader Mara Velsen said the list was final.", "Party"),
    ("Opposition leader Mara Velsen said the vote was rigged.", "Opposition"),
])
def test_no_body_from_a_common_noun_opening_the_sentence(text, word, linker):
    """A common noun capitalised only because it opens the sentence, though the text never writes it in lower
    case, names no body."""
    assert word not in _types(text, linker)


def test_a_possessive_before_the_title_is_no_word_of_the_body(linker):
    """"Velsk FC's head coach Tomas Arden": the club's name, without the possessive that ties it to the title."""
    types = _types("Velsk FC beat Nordport on Sunday.\n\nVelsk FC's head coach Tomas Arden praised the win.", linker)
    assert types.get("Velsk FC") == "Organization"
    assert "Velsk FC's" not in types


def test_a_bodys_name_run_on_into_its_holders_title_stops_before_the_title(linker):
    """"The Office for Coastal and Inland Waters Development Chairman Orkan Velli": the complement of the body's
    name ends before the title of the person named after it, who speaks, not the office."""
    text = ("Harbours\n\nThe Office for Coastal and Inland Waters Development Chairman Orkan Velli said the harbours "
            "would reopen.\n")
    doc = parse_document("en_t.txt", text.encode(), "text/plain")
    result = extract(doc, linker)
    labels = {e.key: e.label for e in result.new_entities}
    assert "Office for Coastal and Inland Waters Development" in labels.values()
    assert not [label for label in labels.values() if "Chairman" in label]
    assert [labels.get(c.claimant) for c in result.claims] == ["Orkan Velli"]
