"""A body's head written short with no owner («Минобороны»), where the text names two bodies with that head in full
(«Министерство обороны Руритании», «Министерство обороны Боравии»), is the one named last before it outside a
quotation (names._short_head_of_a_body), not a third body."""
import pytest

from claimsgraph.extract import extract
from claimsgraph.ingest import parse_document
from claimsgraph.link import Linker
from claimsgraph.model import Entity

MINISTRIES = Linker([Entity(f"ministry-of-defence-of-{country.lower()}", f"Ministry of Defence of {country}",
                            "Organization", pref_labels=((f"Ministry of Defence of {country}", "en"),
                                         (f"Министерство обороны {genitive}", "ru")),
                            alt_labels=((f"Министерством обороны {genitive}", "ru"),))
                     for country, genitive in (("Ruritania", "Руритании"), ("Boravia", "Боравии"))])


@pytest.fixture(scope="module")
def linker():
    return Linker([])


def claimant_labels(text, linker):
    """Each spoken claim's claimant by its entity's label (None for the article's own voice)."""
    doc = parse_document("ru_t.txt", text.encode(), "text/plain")
    result = extract(doc, linker)
    labels = {e.key: e.label for e in result.new_entities}
    return [labels.get(c.claimant, c.claimant) for c in result.claims if c.kind != "quantity"]


TEXT = ("Министерство обороны Руритании опровергло сообщения Вельска об обстреле пограничного поста.\n\n"
        "«Обстановка у поста спокойная. Распространенное Министерством обороны Боравии сообщение является "
        "провокацией», — сказал журналистам представитель пресс-службы Минобороны\n")


def test_a_bare_short_head_is_the_first_body_named_with_it_in_full(linker):
    assert claimant_labels(TEXT, linker) == ["Министерство обороны Руритании"] * 3


def test_a_bare_short_head_is_the_first_registry_body_named_with_it_in_full():
    assert claimant_labels(TEXT, MINISTRIES) == ["ministry-of-defence-of-ruritania"] * 3


LATER = ("Министерство обороны Боравии заявило об ударе по складу в Вельске. Министерство обороны Руритании "
         "опровергло это сообщение. «Склад цел», — сказали в Минобороны.\n")


def test_a_bare_short_head_is_the_body_named_last_before_it(linker):
    assert claimant_labels(LATER, linker)[1:] == ["Министерство обороны Руритании"] * 2


def test_a_bare_short_head_is_the_registry_body_named_last_before_it():
    assert claimant_labels(LATER, MINISTRIES)[1:] == ["ministry-of-defence-of-ruritania"] * 2


def test_an_english_short_head_is_the_body_named_last_before_it(linker):
    doc = parse_document("t.txt", ("The Ministry of Defence of Borealia expelled 12 officers.\n\n"
                                   "The Ministry of Defence of Ruritania called the move illegal.\n\n"
                                   "The MoD said it would respond within a week.\n").encode(), "text/plain")
    result = extract(doc, linker)
    labels = {e.key: e.label for e in result.new_entities}
    said = [labels.get(c.claimant) for c in result.claims if c.kind == "statement"]
    assert said[-1] == "Ministry of Defence of Ruritania", said
