"""A country's possessive written with a curly apostrophe before a person's name ("Borealia’s Mara Velsen"): the
model reads the owner and the name as two names, as it does after a straight one (nlp.py, ``_POSSESSIVE_APOSTROPHE``),
not the three words as one."""
import pytest

from claimsgraph.extract import extract
from claimsgraph.ingest import parse_document
from claimsgraph.link import Linker


def names(text):
    """Each name the extractor found in ``text``, as written."""
    doc = parse_document("t.txt", text.encode(), "text/plain")
    return {doc.text[m.span.start:m.span.end] for m in extract(doc, Linker([])).mentions}


@pytest.mark.parametrize("mark", ["’", "'"])
def test_the_owner_and_the_name_are_two_names(mark):
    found = names(f"The talks were held between Borealia{mark}s Mara Velsen and Ruritania{mark}s Tomas Varga in "
                  "Veltor.")
    assert {"Mara Velsen", "Tomas Varga", "Borealia", "Ruritania"} <= found
    assert not any(mark in n for n in found)
