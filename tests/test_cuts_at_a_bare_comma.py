"""Two Russian main clauses joined by a bare comma are two assertions; subordinate and reported clauses are not."""
import pytest

from claimsgraph.ingest import parse_document
from claimsgraph.segment import sentences


def texts(text):
    d = parse_document("t.txt", text.encode(), "text/plain")
    return [d.text[s.span.start:s.span.end] for s in sentences(d)]


def test_two_main_clauses_after_a_bare_comma_are_cut():
    assert texts("Ремонт моста через Вельту идет по плану, некоторые работы даже опережают график, сообщил мэр.") \
        == ["Ремонт моста через Вельту идет по плану", "некоторые работы даже опережают график, сообщил мэр."]


def test_the_docstring_example_is_cut():
    assert texts("Все машины Орлова прошли проверку, водители знают дорогу наизусть.") \
        == ["Все машины Орлова прошли проверку", "водители знают дорогу наизусть."]


def test_a_reflexive_verb_before_its_own_subject_after_a_bare_comma_is_cut():
    assert texts("Спасатели Орлова продолжают работу на дамбе, ведутся переговоры с соседними районами.") \
        == ["Спасатели Орлова продолжают работу на дамбе", "ведутся переговоры с соседними районами."]


@pytest.mark.parametrize("text", [
    "Если мэрия Орлова подпишет договор, строители начнут работу весной.",            # a subordinate clause first
    "По данным мэрии Орлова, строители начнут работу на мосту весной.",               # a source, no clause
    "Мэр Орлова Варга вчера сообщил, строители начнут работу на мосту весной.",       # a report without «что»
    "Ремонт моста через Вельту идет по плану, в том числе работы на левом берегу.",   # no subject and verb after
    "Мэр Орлова провел совещание с депутатами, отмечается в сообщении мэрии.",        # a said-tag
    "Министр Варга прибыл в Орлов утром, встретился с мэром и депутатами.",           # the same subject goes on
    # a subordinate clause opened by a word pymorphy tags as no conjunction
    "Раз власти Тарновии закрыли все дороги, водители поедут в объезд, сообщил Иван Варга.",
    "Стоило властям Тарновии закрыть все дороги к мосту, цены на топливо сразу выросли в Орлове.",
    "Лишь только власти Тарновии закрыли все дороги, водители Орлова поехали в объезд.",
    "Едва власти Тарновии закрыли дороги, водители Орлова поехали в объезд через Вельту.",
    # inside a quotation that opens the sentence
    "«Все паромы Орлова прошли весенний осмотр, капитаны знают фарватер наизусть», — сказал Варга.",
])
def test_a_comma_after_no_main_clause_or_before_no_clause_is_not_cut(text):
    assert texts(text) == [text]
