"""The article's own word on a report it just gave ends that report: a claim it says could not be checked, a
speaker who said nothing more. Invented people and texts."""

import pytest

from claimsgraph.extract import extract
from claimsgraph.extract.claims import _word_on_report
from claimsgraph.ingest import parse_document
from claimsgraph.model import Span


def claimant_of(text, linker, words, name="t.txt"):
    """The claimant's label of the claim whose text holds ``words`` (None for the article's own voice)."""
    doc = parse_document(name, f"News of the day\n\n{text}\n".encode(), "text/plain")
    result = extract(doc, linker)
    labels = {e.key: e.label for e in result.new_entities}
    found = [labels.get(c.claimant, c.claimant) for c in result.claims
             if words in doc.text[c.span.start:c.span.end]]
    assert found, words
    return found[-1]


def test_a_report_the_article_could_not_verify_is_the_articles_word(linker):
    text = ("Army spokesman Dan Orlov said the enemy had lost twelve armoured vehicles near Kessel. "
            "The claim could not be independently verified.")
    assert claimant_of(text, linker, "lost twelve armoured") == "Dan Orlov"
    assert claimant_of(text, linker, "could not be independently verified") is None


def test_a_closing_tag_does_not_reach_back_across_the_articles_word(linker):
    text = ("Interior Minister Greta Lindqvist said the smugglers had been caught at the Velmar crossing. "
            "Her account could not be verified. The border stays open, she said.")
    assert claimant_of(text, linker, "Her account") is None
    assert claimant_of(text, linker, "border stays open") == "Greta Lindqvist"


def test_a_speaker_who_said_nothing_more_leaves_the_sentence_to_the_article(linker):
    text = ("Central bank governor Rolf Hanssen said the bank had sold part of its reserves. He did not elaborate.")
    assert claimant_of(text, linker, "sold part of its reserves") == "Rolf Hanssen"
    assert claimant_of(text, linker, "did not elaborate") is None


def test_a_russian_report_the_article_could_not_check_is_its_own(linker):
    text = ("Представитель армии Иван Петрович Сомов заявил, что противник потерял двенадцать машин. "
            "Проверить эти данные не удалось.")
    assert claimant_of(text, linker, "Проверить эти данные", name="ru_t.txt") is None


def test_a_russian_speaker_who_gave_no_details_leaves_the_sentence_to_the_article(linker):
    text = ("Представитель армии Иван Петрович Сомов заявил, что противник отступил от Кесселя. Он не уточнил.")
    assert claimant_of(text, linker, "Он не уточнил", name="ru_t.txt") is None


def test_a_speaker_who_did_not_say_what_was_asked_leaves_the_sentence_to_the_article(linker):
    text = ("Harbour director Kora Lind said the port would lay off staff. She did not say how many. "
            "The port would not say whether the night shift would close.")
    assert claimant_of(text, linker, "lay off staff") == "Kora Lind"
    assert claimant_of(text, linker, "did not say how many") is None
    assert claimant_of(text, linker, "night shift") is None


def test_a_speaker_who_did_not_comment_on_a_thing_leaves_the_report_there(linker):
    text = ("Mining Minister Tess Varro said the copper deal was final. She did not comment on the price. "
            "The Kessel mine employs 4,000 people.")
    assert claimant_of(text, linker, "copper deal was final") == "Tess Varro"
    assert claimant_of(text, linker, "did not comment on the price") is None
    assert claimant_of(text, linker, "mine employs") is None


@pytest.mark.parametrize("sentence", ["She did not comment on the price but said the deal was final.",
                                      "He would not comment about the talks and added that the mine would reopen."])
def test_a_speaker_who_did_not_comment_on_one_thing_but_said_another_gave_no_word_of_the_articles(sentence):
    """What the speaker did not comment on stops at a conjunction or a verb of saying: the rest is their words."""
    assert not _word_on_report(sentence, Span(0, len(sentence)), "en")


@pytest.mark.parametrize("word,name", [
    ("The owners did not immediately respond to two requests for comment.", "t.txt"),
    ("The owners could not immediately be reached.", "t.txt"),
    ("The owners did not respond to emails seeking comment.", "t.txt"),
])
def test_the_wires_word_that_the_other_side_was_not_heard_is_the_articles(linker, word, name):
    text = f"Union leader Kora Lind said the port would close in May. {word} Two hundred jobs will go, she said."
    assert claimant_of(text, linker, word[:25], name) is None
    assert claimant_of(text, linker, "port would close") == "Kora Lind"


@pytest.mark.parametrize("word", ["Связаться с владельцами порта не удалось.",
                                  "Владельцы порта не ответили на запрос агентства."])
def test_the_russian_wires_word_that_the_other_side_was_not_heard_is_the_articles(linker, word):
    text = f"Лидер профсоюза Иван Сомов заявил, что порт закроется в мае. {word} Уволят двести человек, сказал он."
    assert claimant_of(text, linker, word[:20], "ru_t.txt") is None
