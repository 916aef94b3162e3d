"""A sentence after someone's report that opens with that person's possessive ("His plan …") is the article telling of
the speaker, who would say "my", not the report going on (invented people and places)."""
from claimsgraph.extract import extract
from claimsgraph.ingest import parse_document
from claimsgraph.link import Linker


def claimants(text):
    doc = parse_document("t.txt", text.encode(), "text/plain")
    return {doc.text[c.span.start:c.span.end]: c.claimant for c in extract(doc, Linker([])).claims
            if c.kind != "quantity"}


def test_the_speakers_possessive_opening_the_next_sentence_is_the_articles():
    found = claimants("Finance chief Mara Velsen said the levy on grain would be cut next spring. "
                      "Her stance on the levy worries the farmers of northern Ruritania.")
    told = next(c for quote, c in found.items() if quote.startswith("Her stance"))
    assert told is None


def test_the_speakers_pronoun_opening_the_next_sentence_goes_on_with_the_report():
    found = claimants("Finance chief Mara Velsen said the levy on grain would be cut next spring. "
                      "She expects the farmers of northern Ruritania to sow more wheat.")
    went_on = next(c for quote, c in found.items() if quote.startswith("She expects"))
    assert went_on is not None and went_on == next(c for q, c in found.items() if q.startswith("Finance chief"))


def test_a_backshifted_modal_after_the_speakers_possessive_goes_on_with_the_report():
    for rest in ("Her office would propose lower fees for fishing boats next month.",
                 "Her office could lower the fees for fishing boats by the summer.",
                 "Her office was going to publish the audit of the harbour in June."):
        found = claimants("Port chief Anna Ruvel said the harbour fees were too high. " + rest)
        went_on = next(c for quote, c in found.items() if quote.startswith("Her office"))
        assert went_on is not None and went_on == next(c for q, c in found.items() if q.startswith("Port chief")), rest


def test_a_statement_of_fact_after_the_speakers_possessive_is_the_articles():
    found = claimants("Port chief Anna Ruvel said the harbour fees were too high. "
                      "Her office was praised by the auditors in May.")
    assert next(c for quote, c in found.items() if quote.startswith("Her office")) is None
