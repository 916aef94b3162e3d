"""A year written before the name of a treaty or an agreement ("the 2019 Veltor Accord") tells when it was made and
is not part of its name (names.py, ``_law_by_head``)."""
import pytest

from claimsgraph.extract import extract
from claimsgraph.ingest import parse_document
from claimsgraph.link import Linker


def names(text):
    """Each name the extractor found in ``text``, as written."""
    doc = parse_document("t.txt", text.encode(), "text/plain")
    return {doc.text[m.span.start:m.span.end] for m in extract(doc, Linker([])).mentions}


@pytest.mark.parametrize("head", ["Agreement", "Accord", "Treaty"])
def test_the_year_before_an_agreement_s_name_is_left_out(head):
    found = names(f"Tomas Varga has said he will pull out of the 2019 Veltor {head} on fishing quotas.")
    assert f"Veltor {head}" in found
    assert not any(n.startswith("2019") for n in found)


def test_a_number_that_is_no_year_stays_in_the_name():
    assert "21st Century Schools Act" in names("Borealia passed the 21st Century Schools Act on Monday.")
