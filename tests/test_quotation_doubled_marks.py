"""Quotation marks typed as two characters, as older wire copy does (``…'' and ''…''): they opened and closed
no quotation, so a long quotation whose next paragraph reopened with them lost its speaker there, and the
region of a quotation so marked was never found."""
import pytest

from claimsgraph.ingest import parse_document
from claimsgraph.link import Linker
from claimsgraph.segment import quote_regions
from extracted import CAST, claims, speaker_of


@pytest.fixture(scope="module")
def cast_linker():
    return Linker(CAST)


def quoted(text):
    doc = parse_document("t.txt", text.encode(), "text/plain")
    return [doc.text[r.span.start:r.span.end] for r in quote_regions(doc)]


def test_backticks_and_two_apostrophes_quote_what_they_enclose():
    assert quoted("``The pier is safe,'' Varga said. ``Ferries sail on Monday.''") == \
        ["The pier is safe,", "Ferries sail on Monday."]


def test_two_apostrophes_open_and_close_a_quotation():
    assert quoted("''The pier is safe,'' Varga said in Borealia.") == ["The pier is safe,"]


def test_an_apostrophe_of_a_word_is_no_quotation_mark():
    assert quoted("``The farmers' union wants the '90s back,'' Varga said.") == \
        ["The farmers' union wants the '90s back,"]


@pytest.mark.parametrize("opening, closing", [("``", "''"), ("''", "''")])
def test_a_long_quotation_reopened_with_doubled_marks_keeps_its_speaker(cast_linker, opening, closing):
    out = claims("The port of Borealia will reopen next week, officials said.\n\n"
                 f"Tomas Varga, the harbour master, said: {opening}The ferries will sail again on Tuesday. "
                 "We have repaired the pier.\n\n"
                 f"{opening}The crews have been trained again. The timetable is the same as last year.{closing}\n\n"
                 "Mira Orlen, a ferry captain, said the union was not consulted.", cast_linker)
    assert speaker_of(out, "crews have been trained") == "varga"
    assert speaker_of(out, "timetable is the same") == "varga"
    assert speaker_of(out, "union was not consulted") == "orlen"
