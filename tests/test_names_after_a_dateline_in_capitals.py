"""A name right after a dateline in capitals is found as it is without the dateline (the model, reading both, missed
it), and the dateline keeps its own place and agency (invented people, places and agencies)."""
import pytest

from claimsgraph.ingest import parse_document
from claimsgraph.link import Linker
from claimsgraph.nlp import analyse
from extracted import claims_as_written


def model_names(text):
    doc = parse_document("t.txt", text.encode(), "text/plain")
    return {doc.text[n.span.start:n.span.end] for n in analyse(doc).names}


@pytest.mark.parametrize("opener", ["VARDHOLM — ", "VARDHOLM, June 12 (Norpress) - "])
def test_a_speaker_after_a_dateline_in_capitals_is_found(opener):
    text = (f"Coal figures\n\n{opener}Rui Calado, a councillor in Vardholm, told reporters 5,300 households had "
            "no power.\n\nThe dam was finished in 1958.\n")
    assert "Rui Calado" in model_names(text)
    figures = [who for quote, who in claims_as_written(text, Linker([])) if "5,300" in quote]
    assert figures == ["Rui Calado"]


def test_the_datelines_own_agency_is_still_read_with_it():
    text = ("Coal figures\n\nVARDHOLM, June 12 (Norpress) - Rui Calado, a councillor, told reporters 5,300 households "
            "had no power.\n")
    assert {"VARDHOLM", "Norpress", "Rui Calado"} <= model_names(text)
