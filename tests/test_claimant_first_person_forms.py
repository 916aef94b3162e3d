"""Russian first-person possessives read by their forms: a verb or a name that only begins like one ("нашли",
"Мойка") leaves a third-person sentence in the article's voice, not the last speaker's. Invented texts."""
from extracted import claims

SPEAKER_FIRST = "Глава компании «Ларно» Игорь Семенов заявил, что ремонт моста в Орлове начнется в мае.\n"


def _claimant(text, cast, words):
    return next(who for said, who in claims(text, cast, kinds=("statement", "quantity", "event"), name="ru_t.txt")
                if words in said)


def test_a_past_tense_that_begins_like_our_is_no_first_person(cast):
    text = SPEAKER_FIRST + "В прошлом году спасатели нашли в реке под мостом две затонувшие лодки.\n"
    assert _claimant(text, cast, "затонувшие лодки") is None


def test_a_word_that_begins_like_my_is_no_first_person(cast):
    text = SPEAKER_FIRST + "Ранее Моечная24 писала, что новый автобус стоит городу 20 миллионов рублей.\n"
    assert _claimant(text, cast, "новый автобус") is None


def test_our_and_my_in_their_own_forms_still_go_to_the_last_speaker(cast):
    text = SPEAKER_FIRST + "В нашем городе таких мостов больше нет, и моему отделу хватит денег на ремонт.\n"
    assert _claimant(text, cast, "таких мостов") is not None


def test_a_name_in_guillemets_read_as_a_first_person_verb_is_no_first_person(cast):
    text = SPEAKER_FIRST + "Ранее открылся новый цех на площадке завода «Оркую» под Орловом.\n"
    assert _claimant(text, cast, "новый цех") is None


def test_a_first_person_verb_opening_a_sentence_with_its_capital_still_goes_to_the_last_speaker(cast):
    text = SPEAKER_FIRST + "Рассчитываем закончить работы на мосту к осени.\n"
    assert _claimant(text, cast, "к осени") is not None
