"""A sentence with no speaker that opens on a description of someone the text named («Глава государства затем
осмотрел новые элеваторы») makes that person its subject: "он" in the next sentence is the head of state, not the
minister who spoke before (extract/attribution.py, Discourse.took_up). Invented names and sentences."""
import pytest

from claimsgraph.extract import extract
from claimsgraph.ingest import parse_document
from claimsgraph.link import Linker
from claimsgraph.model import Entity


@pytest.fixture(scope="module")
def linker():
    return Linker([Entity("tarsia", "Тарсия", "Country", pref_labels=(("Тарсия", "ru"), ("Tarsia", "en")))])


def test_he_after_a_sentence_opened_on_the_head_of_state_is_the_head_of_state(linker):
    text = ("Урожай\n\nМинистр Пётр Сомов заявил, что урожай превысит прогноз. Заявление он сделал на совещании "
            "президента Тарсии Ивана Тарова.\nГлава государства затем осмотрел новые элеваторы. Он также обещал "
            "премии передовикам.\n")
    doc = parse_document("ru_t.txt", text.encode(), "text/plain")
    result = extract(doc, linker)
    labels = {e.key: e.label for e in result.new_entities}
    promised = next(c for c in result.claims if doc.text[c.span.start:c.span.end].startswith("Он также"))
    assert labels.get(promised.claimant) == "Иван Таров"
