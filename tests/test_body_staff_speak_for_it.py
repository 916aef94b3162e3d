"""A Russian body's staff («сотрудники») as the subject of a verb of saying speak for the body they work for
(ru.BODY_VOICE_NOUNS)."""
from extracted import ru_claimant_labels


def test_a_fund_s_staff_speak_for_the_fund(linker):
    text = "Сотрудники фонда «Тихая гавань» сообщили, что приют переполнен."
    assert ru_claimant_labels(linker, text) == ["фонд «Тихая гавань»"]


def test_a_ministry_s_staff_speak_for_the_ministry(linker):
    text = "Сотрудники Минздрава Кардии заявили, что вакцины поступят в больницы весной."
    assert ru_claimant_labels(linker, text) == ["Минздрав Кардии"]


def test_a_named_member_of_the_staff_speaks_for_himself(linker):
    text = "Сотрудник компании «Ларсен» Пётр Ильич Вострецов заявил, что цех остановлен."
    assert ru_claimant_labels(linker, text) == ["Пётр Ильич Вострецов"]
