"""A state body's noun opening a sentence before its country in the genitive («Парламент Бореалии заявил …»,
«Сенат Бореалии», «Нацбанк Бореалии») is that country's body speaking, not the country nor the article's own voice
(names.py ``_body_before_owner``, lang/ru.py ``BODY_NOUNS``). Every sentence is invented."""
import pytest

from extracted import ru_claimant_labels


@pytest.mark.parametrize("text, label", [
    ("Парламент Бореалии заявил, что соглашение не будет ратифицировано.", "парламент Бореалии"),
    ("Правительство Бореалии сообщило, что пошлины будут снижены.", "правительство Бореалии"),
    ("Сенат Бореалии заявил, что реформа начнётся в январе.", "сенат Бореалии"),
    ("Конгресс Бореалии сообщил, что бюджет будет пересмотрен.", "конгресс Бореалии"),
    ("Нацбанк Бореалии заявил, что ставка останется неизменной.", "нацбанк Бореалии"),
])
def test_a_body_opening_a_sentence_before_its_country_speaks_as_that_body(cast, text, label):
    assert ru_claimant_labels(cast, text) == [label]


def test_a_line_broken_inside_a_sentence_opens_no_body(cast):
    """A line break opens a sentence only after a line that ends one, or after the headline: «депутат
    Верховного» with «Суда Бореалии» on the next line names no court of the country, which does not speak."""
    from claimsgraph.extract import extract
    from claimsgraph.ingest import parse_document

    text = "Новости\n\nКирилл Дронов, депутат Верховного\nСуда Бореалии, заявил, что реформа начнётся в январе.\n"
    result = extract(parse_document("ru_t.txt", text.encode(), "text/plain"), cast)
    assert "суд Бореалии" not in {e.label for e in result.new_entities}


def test_a_line_after_a_sentence_or_the_headline_opens_one(cast):
    assert ru_claimant_labels(cast, "Парламент Бореалии заявил, что сессия продлена.") == ["парламент Бореалии"]
    text = "Кирилл Дронов приехал в столицу.\nПарламент Бореалии заявил, что сессия продлена."
    assert ru_claimant_labels(cast, text)[-1:] == ["парламент Бореалии"]
