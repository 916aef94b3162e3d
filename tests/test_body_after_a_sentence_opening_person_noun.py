"""A body's noun before its country in the genitive after a common noun for a person that opens the sentence
(«Представитель полиции Бореалии заявил …») is a body: the opening noun is capitalised only where the sentence
opens, no word of a name (names.py ``_body_noun``). Every sentence is invented."""
import pytest

from extracted import ru_claimant_labels


def test_a_spokesman_of_a_countrys_police_speaks_for_that_police(cast):
    text = "Представитель полиции Бореалии заявил, что похищенные картины найдены."
    assert ru_claimant_labels(cast, text) == ["полиция Бореалии"]


def test_a_spokesman_of_a_countrys_parliament_speaks_for_that_parliament(cast):
    text = "Представитель парламента Бореалии сообщил, что сессия продлена."
    assert ru_claimant_labels(cast, text) == ["парламент Бореалии"]


@pytest.mark.parametrize("text", [
    "Глава правительства Бореалии заявил, что пошлины снижены.",
    "Председатель парламента Бореалии заявил, что сессия продлена.",
    "Руководитель полиции Бореалии заявил, что подозреваемый задержан.",
    "Депутат парламента Бореалии заявил, что сессия продлена.",
    "Сотрудник полиции Бореалии заявил, что подозреваемый задержан.",
    "Эксперт парламента Бореалии заявил, что сессия продлена.",
])
def test_a_heads_title_or_another_persons_noun_lets_no_body_speak(cast, text):
    """Only one who speaks for a body (SPOKESPERSON_TITLES) lets it speak: a head's title or any other person's noun
    opening the sentence makes no body of what follows, which stays as before (the article's voice)."""
    labels = ru_claimant_labels(cast, text)
    assert not any(label and ("Бореали" in label) for label in labels), labels


def test_a_spokesman_opening_a_paragraph_after_a_heading_with_no_stop_speaks_for_the_body(cast):
    """A blank line opens a paragraph, so a sentence, whatever the line before it (a heading) ends with."""
    text = "Реакция властей\n\nПредставитель полиции Бореалии заявил, что похищенные картины найдены."
    assert ru_claimant_labels(cast, text) == ["полиция Бореалии"]


def test_a_line_wrapped_in_a_sentence_opens_none(cast):
    """A single line break after a word with no stop is a wrap, not a new sentence: «Суда» is no opening noun."""
    text = "Вчера на заседании выступил депутат Верховного\nСуда Бореалии, который заявил, что картины найдены."
    assert "суд Бореалии" not in ru_claimant_labels(cast, text)
    assert "Суд Бореалии" not in ru_claimant_labels(cast, text)
