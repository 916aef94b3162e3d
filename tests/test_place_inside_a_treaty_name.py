"""A place's name before a treaty's head noun written with a capital ("the Veltor Accord", "the Tarnby Protocol") is
a word of the treaty's name: the place itself is not spoken of (link.py, ``_in_a_longer_name``)."""
import pytest

from claimsgraph.extract import extract
from claimsgraph.ingest import parse_document
from claimsgraph.link import Linker
from claimsgraph.model import Entity

VELTOR = Entity("veltor", "Veltor", "Place", pref_labels=(("Veltor", "en"),))


def linked(text):
    """The entities the text's mentions link to."""
    doc = parse_document("t.txt", text.encode(), "text/plain")
    return {m.entity for m in extract(doc, Linker([VELTOR])).mentions}


@pytest.mark.parametrize("head", ["Accord", "Protocol", "Agreement"])
def test_the_place_in_a_treaty_s_name_is_no_mention(head):
    assert "veltor" not in linked(f"Borealia will leave the Veltor {head} next year, Tomas Varga said on Monday.")


def test_the_place_named_on_its_own_is_still_one():
    assert "veltor" in linked("Borealia will leave the Veltor Accord next year, Tomas Varga said in Veltor.")
