"""A body named right after a day or a time opening the sentence («В понедельник МИД Бореалии заявил …», «Во вторник
…», «В среду вечером …») is the one speaking: a time names no outlet told (extract/attribution.py ``_outlet_told``,
lang/ru.py ``EVENT_TIMES``). Every sentence is invented."""
import pytest


def _labels(linker, text):
    """Each spoken claim's claimant as its label (None for the article's own voice)."""
    from claimsgraph.extract import extract
    from claimsgraph.ingest import parse_document

    doc = parse_document("ru_t.txt", f"Новости\n\n{text}\n".encode(), "text/plain")
    result = extract(doc, linker)
    labels = {e.key: e.label for e in result.new_entities}
    return [labels.get(c.claimant, c.claimant) for c in result.claims if c.kind != "quantity"]


@pytest.mark.parametrize("text, label", [
    ("В понедельник МИД Бореалии заявил, что посол отозван.", "МИД Бореалии"),
    ("Во вторник бореальская полиция сообщила, что мост закрыт.", "полиция Бореалии"),
    ("В среду вечером парламент Бореалии заявил, что сессия продлена.", "парламент Бореалии"),
])
def test_a_body_after_a_fronted_time_speaks(cast, text, label):
    assert _labels(cast, text) == [label]

