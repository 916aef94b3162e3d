"""Russian verbs that report words only through a statement's noun: a reflexive one ("ограничился сообщением о
…") and the words quoted after «о» in place of a clause; invented people and texts."""

from extracted import CAST, claims


def _speaker(text, cast, words):
    return next(who for said, who in claims(text, cast, name="ru_t.txt") if words in said)


def test_a_speaker_who_limited_himself_to_a_statement_speaks_the_words_it_quotes(cast):
    text = ("Переговоры в Орлове закончились без итоговых документов. Мира Орлен итоги не обсуждала, а министр "
            "Бореалии Томас Варга ограничился сообщением о «полезной беседе».\n")
    assert _speaker(text, cast, "ограничился сообщением") == "varga"


def test_a_speaker_who_limited_herself_to_a_comment_speaks_its_clause(cast):
    text = "Баржи стоят в порту Орлова третий день. Мира Орлен ограничилась комментарием, что причал скоро откроют.\n"
    assert _speaker(text, cast, "ограничилась комментарием") == "orlen"


def test_a_statement_issued_about_quoted_words_is_the_speakers(cast):
    text = "Баржи стоят в порту Орлова третий день. Томас Варга выступил с заявлением о «временной заминке».\n"
    assert _speaker(text, cast, "выступил с заявлением") == "varga"


def test_limiting_oneself_to_an_act_or_to_a_bare_comment_reports_nothing(cast):
    text = ("Баржи стоят в порту Орлова третий день. Томас Варга ограничился осмотром причала о двух пролётах. "
            "Мира Орлен ограничилась комментарием.\n")
    assert all(who is None for _, who in claims(text, cast, name="ru_t.txt"))
