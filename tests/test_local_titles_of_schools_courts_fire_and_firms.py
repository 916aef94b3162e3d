"""A one-word title of a town's or a county's office, a school's, a court's, a fire or police force's, a firm's or a
congregation's, before a given name and a surname (lang/en.py PERSON_TITLES), is no part of the person's name:
"Registrar Ilse Marrow said" is Ilse Marrow's, and her surname alone later is the same person (invented people)."""
import pytest

from claimsgraph.extract import extract
from claimsgraph.ingest import parse_document
from extracted import claimant_labels



def _people(text, linker):
    """The labels of the people the extractor finds in ``text``, models included."""
    doc = parse_document("t.txt", text.encode(), "text/plain")
    return {e.label for e in extract(doc, linker).new_entities if e.type == "Person"}


@pytest.mark.parametrize("title", ["Freeholder", "Ranger", "Cofounder", "Imam", "Rabbi", "Clerk"])
def test_a_local_title_is_cut_from_the_name_and_the_surname_is_the_same_person(title, linker):
    text = (f"Notice\n\n{title} Tavi Orlen said the hall would close in June. "
            "Orlen said the repairs would take a month.\n")
    assert _people(text, linker) == {"Tavi Orlen"}
    assert claimant_labels(text, linker) == ["Tavi Orlen", "Tavi Orlen"]


def test_the_second_word_of_a_two_word_title_is_cut_too(linker):
    text = ("Harbour\n\nPort Warden Tobin Scale said the pier was unsafe. Board Chair Wenna Holm said repairs would "
            "start in spring. General Manager Ivo Rask said the ferry would keep running.\n")
    assert _people(text, linker) == {"Tobin Scale", "Wenna Holm", "Ivo Rask"}
