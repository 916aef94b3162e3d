"""Joins cut inside a quotation that opens the sentence, and joins before an infinitive left whole."""
from claimsgraph.ingest import parse_document
from claimsgraph.segment import sentences


def doc(text, name="t.txt"):
    return parse_document(name, text.encode(), "text/plain")


def texts(d):
    return [d.text[s.span.start:s.span.end] for s in sentences(d)]


def test_a_join_inside_a_quotation_that_opens_the_sentence_is_cut():
    d = doc("«Порт Орлова готов принять новые суда уже весной, но денег на ремонт причалов у города пока нет», "
            "— сказал Варга.\n\n"
            "\"The ferry to Nordport will run again in March, but the tickets will cost more than before,\" "
            "Jane Roe said.")
    assert texts(d) == ["«Порт Орлова готов принять новые суда уже весной",
                        "денег на ремонт причалов у города пока нет», — сказал Варга.",
                        "\"The ferry to Nordport will run again in March",
                        "the tickets will cost more than before,\" Jane Roe said."]


def test_a_join_inside_a_quotation_within_the_sentence_is_not_cut():
    d = doc("Варга сказал: «Порт Орлова готов принять новые суда уже весной, но денег на ремонт у города нет».")
    assert texts(d) == ["Варга сказал: «Порт Орлова готов принять новые суда уже весной, "
                        "но денег на ремонт у города нет»."]


def test_a_russian_join_before_an_infinitive_is_not_cut():
    d = doc("Задача мэрии Орлова — не мешать местным перевозчикам, а помогать им выходить на новые рынки.")
    assert texts(d) == ["Задача мэрии Орлова — не мешать местным перевозчикам, а помогать им выходить на новые рынки."]
