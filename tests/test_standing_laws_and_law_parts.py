"""A country's standing law named only by its field ("the Criminal Code", "the Constitution", «Налоговый кодекс») and
a numbered part of a law ("Section 12") name no document of their own: no entity; a part cited before a law's own
name ("Article 12 of the Clean Water Act") names that law (names.py, ``_Finder.add``)."""
import pytest

from claimsgraph.extract import extract
from claimsgraph.ingest import parse_document
from claimsgraph.link import Linker


def names(text, name="t.txt"):
    """Each name the extractor found in ``text``, as written."""
    doc = parse_document(name, text.encode(), "text/plain")
    return {doc.text[m.span.start:m.span.end] for m in extract(doc, Linker([])).mentions}


@pytest.mark.parametrize("law", ["the Criminal Code", "the Tax Code", "the Constitution"])
def test_a_standing_law_named_by_its_field_is_no_entity(law):
    found = names(f"The judge in Ruritania cited {law} in her ruling on Tuesday, Tomas Varga said.")
    assert "Tomas Varga" in found
    assert not any(law.split()[-1] in n for n in found)


def test_an_article_of_a_standing_law_is_no_entity():
    found = names("Mara Velsen was charged under Article 114 of the Criminal Code, which carries up to five years "
                  "in prison, the court in Ruritania said.")
    assert "Mara Velsen" in found
    assert not any("Code" in n or "Article" in n for n in found)


def test_a_part_cited_before_a_law_s_own_name_names_the_law():
    found = names("Mara Velsen said Section 12 of the Clean Water Act would be repealed.")
    assert "Clean Water Act" in found
    assert not any("Section" in n for n in found)


def test_a_law_s_own_name_stays():
    assert "Clean Water Act" in names("Tomas Varga said the Clean Water Act would be repealed.")


def test_a_russian_standing_law_named_by_its_field_is_no_entity():
    found = names("Мару Велсен обвинили по статье 114 Уголовного кодекса Руритании, сообщил суд.", name="ru_t.txt")
    assert not any("кодекс" in n.lower() for n in found)
