"""A word of a personal name written short with a stop ("Md.", NAME_ABBREVIATIONS) inside the name: the sentence,
the parse and the name go on past it (segment._abbreviations_joined, nlp._name_kept_whole,
names._name_across_abbreviation), and the name's first word alone is the person (names._called_by_first_word)."""
import pytest

from claimsgraph.ingest import parse_document
from claimsgraph.nlp import _name_kept_whole, english
from claimsgraph.segment import sentences


def _sentences(text):
    doc = parse_document("t.txt", text.encode(), "text/plain")
    return [doc.text[s.span.start:s.span.end] for s in sentences(doc)]


def test_a_sentence_goes_on_past_a_word_of_a_name_written_short():
    text = "Harbour dues\n\nDeputy mayor Tarvo Md. Lindell said the pier would reopen in spring.\n"
    assert "Deputy mayor Tarvo Md. Lindell said the pier would reopen in spring." in _sentences(text)


def test_a_state_written_short_after_a_comma_still_ends_the_sentence():
    text = "Harbour dues\n\nThe ferry firm moved its office to Vellton, Md. Officials in the port said little.\n"
    assert "Officials in the port said little." in _sentences(text)


@pytest.mark.parametrize("short", ["Md.", "Mohd.", "Abd."])   # the tokeniser splits the stop off some of them
def test_the_parse_keeps_a_name_with_a_word_written_short_in_one_sentence(short):
    nlp = english()
    made = next(nlp.pipe([_name_kept_whole(nlp.make_doc(f"Deputy mayor Tarvo {short} Lindell said the pier would "
                                                        "reopen."))], disable=["ner"]))
    assert len(list(made.sents)) == 1


def test_a_persons_name_the_model_cut_at_a_word_written_short_is_one_name(typed):
    text = "Harbour dues\n\nDeputy mayor Tarvo Md. Lindell said the pier would reopen in spring.\n"
    found, _ = typed(text, [("Tarvo", "Person", 0), ("Lindell", "Person", 0)])
    assert found == {"Tarvo Md. Lindell": "Person"}
    found, _ = typed(text, [("Tarvo Md", "Person", 0)])
    assert found == {"Tarvo Md. Lindell": "Person"}


def test_the_first_word_alone_of_a_name_with_a_word_written_short_is_the_person(typed):
    text = ("Letter doubted\n\nA letter backing Deputy mayor Tan Sri Tarvo Md. Lindell has turned out to be fake.\n\n"
            "It claims that all councillors will continue to back Tarvo.\n\nThe pro-Tarvo crowd shared it, but the "
            "council backs Tarvo.\n")
    found, mentions = typed(text, [("Tan Sri Tarvo Md. Lindell", "Person", 0), ("Tarvo", "Organization", 1),
                                   ("pro-Tarvo", "Person", 0), ("Tarvo", "Organization", 3)])
    assert found == {"Tarvo Md. Lindell": "Person"}
    assert mentions.count(("Tarvo", "Tarvo Md. Lindell")) == 2
