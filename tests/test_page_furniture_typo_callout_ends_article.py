"""A call to report a typo ("Нашли ошибку? Выделите её и нажмите Ctrl+Enter", "Found a typo?") sits under the
article's last line: the teasers of other pages printed after it are no part of the article."""
import pytest

from extracted import body_texts


@pytest.mark.parametrize("callout", ["Нашли опечатку? Выделите её и нажмите Ctrl+Enter",
                                     "Found a typo? Select it and press Ctrl+Enter"])
def test_teasers_after_a_typo_callout_are_no_part_of_the_article(callout):
    text = ("Паромы Ланкоры подорожают\n\n"
            "Паромы Ланкоры подорожают с мая, сообщил Томас Варга.\n\n"
            f"{callout}\n\n"
            "Выставки в Велии в мае: Мира Орлен и еще 9 художников\n"
            "Банк «Сокол» открыл в Велии третий офис\n")
    body = body_texts(text)
    assert not any("Велии" in paragraph for paragraph in body)
    assert any("сообщил Томас Варга" in paragraph for paragraph in body)


def test_a_typo_callout_over_the_article_ends_nothing():
    body = body_texts("Нашли опечатку? Выделите её и нажмите Ctrl+Enter\n\n"
                      "Паромы Ланкоры подорожают с мая, сообщил Томас Варга.\n")
    assert any("сообщил Томас Варга" in paragraph for paragraph in body)


@pytest.mark.parametrize("opening", ["Нашли ошибку в бюджете депутаты, сообщил Томас Варга.",
                                     "Found an error in the ledger, auditors said on Monday."])
def test_a_sentence_opening_with_the_callouts_words_ends_nothing(opening):
    body = body_texts("Паромы Ланкоры подорожают\n\n"
                      "Паромы Ланкоры подорожают с мая, сообщил Томас Варга.\n\n"
                      f"{opening}\n\n"
                      "Банк «Сокол» открыл в Велии третий офис, добавил он.\n")
    assert any(opening[:20] in paragraph for paragraph in body)
    assert any("третий офис" in paragraph for paragraph in body)
