"""A speaker's words the report never marked the end of go on with that speaker: the paragraphs in the first person
after a quotation left open where its paragraph ends (no closing mark anywhere), and a sentence with no first person
between the speaker's unmarked first-person words and the said-tag that ends them in the same paragraph."""
from extracted import claims_as_written

LEFT_OPEN = ("Мэр Кернова Иван Петрович Сомов заявил, что мост через Велду отремонтируют к осени.\n\n"
             "Он добавил: «Подрядчик сорвал два срока, но мы нашли другого. "
             "Город оплатит работы из своего резерва.\n\n"
             "В понедельник мы подписали контракт с заводом из Лиссы.\n\n"
             "Теперь мы ждем первые балки к августу.")

CLOSED = ("Мэр Кернова Иван Петрович Сомов заявил, что мост через Велду отремонтируют к осени.\n\n"
          "Он добавил: «Подрядчик сорвал два срока, но мы нашли другого».\n\n"
          "В понедельник мы подписали контракт с заводом из Лиссы.")

BETWEEN = ("Мэр Кернова Иван Петрович Сомов заявил, что область не ответила на его письмо о мосте.\n\n"
           "Мы дважды писали губернатору. Без денег области мы закроем мост на зиму. "
           "Увы, письма остались без ответа. Кому это выгодно? — написал Сомов.")

BETWEEN_EN = ("Mara Velsen, the mayor of Kern, said the bridge would reopen.\n\n"
              "The river flooded twice this spring. We asked Ostland for help. Sadly, no answer came. "
              "The question is why, Velsen wrote.")

SPOKEN_THEN_ARTICLE = ("Mara Velsen, the mayor of Kern, said the bridge would reopen.\n\n"
                       "He added that the crews were ready. The bridge opened in 1990. Velsen also said the toll stays.")


def _speaker_of(linker, text, words, name):
    """The speaker of the claim holding ``words``, by the surname any mention of them ends with (None: no one)."""
    who = next(who for quote, who in claims_as_written(text, linker, name=name) if words in quote)
    return who and who.split()[-1]


def test_first_person_after_a_quotation_never_closed_is_the_speaker_s(linker):
    assert _speaker_of(linker, LEFT_OPEN, "В понедельник мы", "ru_t.txt") == "Сомов"
    assert _speaker_of(linker, LEFT_OPEN, "Теперь мы ждем", "ru_t.txt") == "Сомов"


def test_first_person_after_a_closed_quotation_stays_the_article_s(linker):
    assert _speaker_of(linker, CLOSED, "В понедельник мы", "ru_t.txt") is None


def test_a_sentence_inside_unmarked_first_person_words_is_the_speaker_s(linker):
    assert _speaker_of(linker, BETWEEN, "Увы, письма", "ru_t.txt") == "Сомов"
    assert _speaker_of(linker, BETWEEN_EN, "Sadly, no answer came", "en_t.txt") == "Velsen"


def test_background_between_reported_words_stays_the_article_s(linker):
    assert _speaker_of(linker, BETWEEN_EN, "The river flooded", "en_t.txt") is None
    assert _speaker_of(linker, SPOKEN_THEN_ARTICLE, "The bridge opened in 1990", "en_t.txt") is None
