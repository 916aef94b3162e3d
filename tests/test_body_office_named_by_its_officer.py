"""A body named by its officer's title and "office" or "department", after the place it serves ("the Vellmore County
sheriff's office", "The Dalby County Sheriff's Department"): one body, its label keeping the possessive and the
place, that speaks for what it said and that a bare "the sheriff's office" later refers back to."""
import pytest

from claimsgraph.extract import extract
from claimsgraph.ingest import parse_document


def claimant_labels(text, linker):
    """Each claim's text and the label of its claimant (None for the article's own voice), every kind."""
    doc = parse_document("t.txt", text.encode(), "text/plain")
    result = extract(doc, linker)
    labels = {e.key: e.label for e in result.new_entities} | {k: e.label for k, e in linker.entities.items()}
    return [(doc.text[c.span.start:c.span.end], labels.get(c.claimant)) for c in result.claims]


def speaker(out, words):
    """The claimant label of the last claim holding ``words``."""
    found = [who for text, who in out if words in text]
    assert found, words
    return found[-1]


def test_a_lower_case_county_sheriffs_office_speaks_as_one_body(linker):
    text = ("Deputy on leave in Ruritania\n\n"
            "On Friday the Vellmore County sheriff's office said two jailers were on unpaid leave.")
    assert speaker(claimant_labels(text, linker), "two jailers") == "Vellmore County Sheriff's Office"


def test_the_bare_sheriffs_office_refers_back_to_the_one_named(linker):
    text = ("Deputy held in Ruritania\n\n"
            "The Dalby County Sheriff's Office arrested a deputy on Monday.\n\n"
            "Later the sheriff's office stated that the deputy faced three charges of fraud.")
    assert speaker(claimant_labels(text, linker), "three charges of fraud") == "Dalby County Sheriff's Office"


def test_a_sheriffs_department_is_a_body_of_its_own_name(linker):
    text = ("Deputy held in Ruritania\n\n"
            "The Dalby County Sheriff's Department said on Monday that a deputy had been arrested.")
    assert speaker(claimant_labels(text, linker), "had been arrested") == "Dalby County Sheriff's Department"


@pytest.mark.parametrize("opening", ["On Monday", "Earlier", "Later", "In March"])
def test_a_weekday_or_adverb_opening_the_sentence_is_no_word_of_the_office(linker, opening):
    text = ("Deputy held in Ruritania\n\n"
            f"{opening} Vell County sheriff's office said that two men were held.")
    assert speaker(claimant_labels(text, linker), "two men were held") == "Vell County Sheriff's Office"


def test_a_country_in_initials_before_the_officers_office_is_part_of_its_name(linker):
    text = ("Mayor sentenced in Ruritania\n\n"
            "According to the N.R. Attorney's Office, Tomas Varga faces a maximum sentence of 40 years.")
    assert speaker(claimant_labels(text, linker), "maximum sentence") == "N.R. Attorney's Office"
