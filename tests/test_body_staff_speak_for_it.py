"""A company's or bank's staff («сотрудники») speak for themselves, not for the body they work for: they complain of
it or saw something happen (ru.BODY_VOICE_NOUNS has no «сотрудник»)."""
import pytest

from extracted import ru_claimant_labels

STAFF_OF_A_COMPANY = [
    ("Сотрудники банка «Восток» заявили, что их вынуждают увольняться.", "банк «Восток»"),
    ("Сотрудники компании «Ларсен» пожаловались, что им не платят зарплату.", "компания «Ларсен»"),
    ("Бывшие сотрудники компании «Ларсен» заявили, что цех закрыт.", "компания «Ларсен»"),
    ("Сотрудник банка «Восток» рассказал, что грабитель был в маске.", "банк «Восток»"),
    ("Сотрудники компании «Ларсен» и их родственники заявили, что завод опасен.", "компания «Ларсен»"),
]


@pytest.mark.parametrize("text,company", STAFF_OF_A_COMPANY)
def test_a_company_s_staff_do_not_speak_for_it(linker, text, company):
    assert company not in ru_claimant_labels(linker, text)


def test_a_named_member_of_the_staff_speaks_for_himself(linker):
    text = "Сотрудник компании «Ларсен» Пётр Ильич Вострецов заявил, что цех остановлен."
    assert ru_claimant_labels(linker, text) == ["Пётр Ильич Вострецов"]
