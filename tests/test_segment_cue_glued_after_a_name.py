"""A reporting cue glued to the full stop after a name, with no space ("… пишет Вест Ньюс.Как отметил …"): the cue
opens a sentence of its own, however short the sentence before (invented outlets and people)."""
import pytest

from claimsgraph.ingest import parse_document
from claimsgraph.segment import sentences


def _texts(name, text):
    doc = parse_document(name, text.encode(), "text/plain")
    return [doc.text[s.span.start:s.span.end] for s in sentences(doc)]


@pytest.mark.parametrize("name, text, opening", [
    ("ru_t.txt", "Об этом пишет Вест Ньюс.Как отметил на брифинге Иван Сомов, выборы были честными.",
     "Как отметил на брифинге Иван Сомов, выборы были честными."),
    ("t.txt", "So wrote Vell Wire.According to Mara Velsen, turnout was high.",
     "According to Mara Velsen, turnout was high."),
])
def test_a_cue_after_a_glued_stop_opens_a_sentence(name, text, opening):
    assert opening in _texts(name, text)


def test_a_name_spelt_with_a_dot_stays_whole():
    assert len(_texts("t.txt", "Service Vexa.Taxi raised its fares on Monday.")) == 1


def test_a_cue_of_another_language_after_a_dot_cuts_nothing():
    # the cues are the text's own language's: an English one inside a Russian text's name is part of the name
    assert len(_texts("ru_t.txt", "Приложение «Vexa.According to Mara» скачали в Вельске 300 тысяч раз.")) == 1
