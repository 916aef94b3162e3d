"""Page furniture of wires and aggregators and ranks written short: a rank's two parts glued by a hyphen ("Maj.-Gen.",
«ген.-л.») keep the sentence whole, a copyright line after the wire's name, a paywall's meter and a link to a topic's
list are no claims. Every sentence is invented."""
import pytest

from claimsgraph.ingest import parse_document
from claimsgraph.segment import sentences
from extracted import body_texts

LEAD = "The harbour office in Nordport opened its new quay to container ships on Monday."
LEAD_RU = "В Велльске открыли новый мост через реку Сторожку."


def sentence_texts(text, name="t.txt"):
    doc = parse_document(name, text.encode(), "text/plain")
    return [doc.text[s.span.start:s.span.end] for s in sentences(doc)]


@pytest.mark.parametrize("rank", ["Maj.-Gen.", "Lt.-Col.", "Brig.-Gen."])
def test_a_rank_of_two_short_parts_glued_by_a_hyphen_keeps_its_sentence(rank):
    text = f"The ferry left on Friday. {rank} Tor Hallin said the base will close."
    assert sentence_texts(text) == ["The ferry left on Friday.", f"{rank} Tor Hallin said the base will close."]


@pytest.mark.parametrize("rank", ["ген.-л.", "Ген.-м.", "подполк."])
def test_a_russian_rank_written_short_keeps_its_sentence(rank):
    text = f"Мост открыли в среду. Об этом сообщил {rank} Петр Сторожев."
    assert sentence_texts(text, "ru_t.txt") == ["Мост открыли в среду.", f"Об этом сообщил {rank} Петр Сторожев."]


def test_a_russian_noun_before_a_name_still_ends_its_sentence():
    text = "Он возглавил полк. Иван Сторожев сказал, что мост открыт."
    assert len(sentence_texts(text, "ru_t.txt")) == 2


def test_a_copyright_line_after_the_wire_service_name_is_furniture():
    assert body_texts(LEAD + "\n\nNordport Wire Monitoring. Copyright Nordport Wire.") == [LEAD]


def test_a_sentence_opened_by_the_word_copyright_stays():
    text = LEAD + "\n\nThe mayor spoke on Monday. Copyright law changes were approved by the council."
    assert len(body_texts(text)) == 2


def test_a_paywall_meter_and_its_call_are_furniture():
    assert body_texts(LEAD + "\n\nYou've read 3 of 5 free articles. Subscribe to continue.") == [LEAD]


def test_a_link_to_the_list_of_a_topic_is_furniture():
    assert body_texts(LEAD_RU + "\nВсе видео новости темы Мосты Велльска.") == [LEAD_RU]
