"""Reported speech going on past the sentence that names its speaker, and where it ends: invented people and texts."""

from claimsgraph.link import Linker
from claimsgraph.model import Entity
from extracted import CAST, claims_all, speaker_of


def test_a_pronoun_whose_verb_is_no_reporting_verb_goes_on_with_the_speakers_report(cast):
    text = ("Tomas Varga said the Orlov mill would reopen in the spring. "
            "He does not expect the mill to make money before next winter.")
    out = claims_all(text, cast)
    assert speaker_of(out, "make money before next winter") == "varga"


def test_a_pronoun_that_declines_to_speak_ends_the_report(cast):
    text = ("Tomas Varga said the Orlov mill would reopen in the spring. "
            "He declined to comment on the cost of the repairs. "
            "The mill closed after a fire in the boiler house three years ago.")
    out = claims_all(text, cast)
    assert speaker_of(out, "fire in the boiler house") is None


def test_an_outlet_named_by_its_domain_before_a_backward_reference_lets_it_reach_the_paragraph_before(cast):
    text = ("Бореалия готова продолжить переговоры о границе и ждет ответа соседей.\n\n"
            "Как сообщает Nordpost.bx, об этом заявил Томас Варга на встрече с журналистами.")
    out = claims_all(text, cast)
    assert speaker_of(out, "готова продолжить переговоры") == "varga"


def test_paragraphs_after_a_line_announcing_a_speakers_remarks_are_the_speakers_up_to_a_heading(cast):
    text = ("Tomas Varga spoke to farmers in Orlov on Sunday.\n\n"
            "The main points of Varga's remarks are as follows:\n\n"
            "The harvest in the north will be the largest in ten years. Grain prices should stay low.\n\n"
            "Exports to Borealia will double by the autumn.\n\n"
            "Harvest fair\n\n"
            "The Orlov fair drew 3,000 visitors last year.")
    out = claims_all(text, cast)
    assert speaker_of(out, "largest in ten years") == "varga"
    assert speaker_of(out, "prices should stay low") == "varga"
    assert speaker_of(out, "will double by the autumn") == "varga"
    assert speaker_of(out, "3,000 visitors") is None


def test_a_russian_line_announcing_a_speakers_words_hands_on_the_paragraphs_after_it(cast):
    text = ("Томас Варга выступил перед фермерами в Орлове.\n\n"
            "Приводим основные тезисы выступления Варги:\n\n"
            "Урожай на севере будет самым большим за десять лет. Цены на зерно останутся низкими.\n\n"
            "Мира Орлен заявила, что экспорт в Бореалию вырастет вдвое.\n\n"
            "В прошлом году ярмарку в Орлове посетили 3000 человек.")
    out = claims_all(text, cast)
    assert speaker_of(out, "самым большим за десять лет") == "varga"
    assert speaker_of(out, "экспорт в Бореалию") == "orlen"
    assert speaker_of(out, "3000 человек") is None


def test_a_body_named_out_of_the_nominative_in_resumed_dash_speech_does_not_end_it(cast):
    council = Entity("council", "Orlov Town Council", "Organization",
                     pref_labels=(("Orlov Town Council", "en"), ("Городской совет Орлова", "ru")),
                     alt_labels=(("горсовет", "ru"),))
    text = ("Мира Орлен выступила на сессии совета.\n\n"
            "- Паводок размыл дороги, - говорит Мира Орлен. - Что теперь делать горсовету? "
            "Ремонт займет два месяца. В деревнях открыты пункты помощи.")
    out = claims_all(text, Linker(CAST + [council]))
    assert speaker_of(out, "Ремонт займет два месяца") == "orlen"
    assert speaker_of(out, "открыты пункты помощи") == "orlen"


def test_a_russian_verb_of_saying_with_its_subject_dropped_goes_on_with_the_last_speaker_of_its_gender(cast):
    text = ("Томас Варга заявил, что мельница в Орлове откроется весной.\n\n"
            "«Мы наймем двести человек», - сказал он. И пояснил, что зарплаты поднимут к осени.\n\n"
            "Кроме того, подчеркнул, что дорогу к мельнице отремонтируют.\n\n"
            "Позже уточнила, что мост закроют.")
    out = claims_all(text, cast)
    assert speaker_of(out, "зарплаты поднимут к осени") == "varga"
    assert speaker_of(out, "дорогу к мельнице отремонтируют") == "varga"
    assert speaker_of(out, "мост закроют") is None
