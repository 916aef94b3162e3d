"""A Russian bureau or fund named before and referred back to by its bare noun («в бюро уточнили», «в фонде
заявили») speaks again (ru.ANAPHOR_ORG, ANAPHOR_KIND_HEADS)."""
import pytest

from extracted import ru_claimant_labels


def test_a_bureau_named_before_speaks_again_by_its_noun(linker):
    text = ("Бюро погоды Кардии сообщило, что ожидается сильный ветер. "
            "В бюро уточнили, что паромы могут отменить.")
    assert ru_claimant_labels(linker, text) == ["Бюро погоды Кардии"] * 2


def test_a_fund_named_before_speaks_again_by_its_noun(linker):
    text = ("Фонд «Ясная роща» сообщил, что собрал деньги на ремонт школы. "
            "В фонде заявили, что работы начнутся весной.")
    assert ru_claimant_labels(linker, text) == ["Фонд «Ясная роща»"] * 2


def test_a_fund_of_money_is_no_body_referred_back(linker):
    text = ("Фонд «Ясная роща» сообщил, что собрал деньги на ремонт школы. "
            "Расходы резервного фонда выросли, сообщил министр финансов Кардии Олег Игнатьевич Зорин.")
    assert ru_claimant_labels(linker, text) == ["Фонд «Ясная роща»", "Олег Игнатьевич Зорин"]


FUNDS_THAT_SAID_NOTHING = [
    "Фонд заработной платы на заводе «Ларсен» вырос на 10%. В фонде заявили, что выплаты продолжатся.",
    "Фонд национального благосостояния Кардии вырос на треть. В фонде заявили, что резервы достаточны.",
    "Кардийская фондовая биржа сообщила, что торги остановлены. В фонде заявили, что взносы поступят весной.",
]


@pytest.mark.parametrize("text", FUNDS_THAT_SAID_NOTHING)
def test_a_sum_or_an_exchange_is_no_fund_referred_back(linker, text):
    """«в фонде» refers back to a fund the text named by its own head word before a quoted name: not a sum of money
    that grew, nor an exchange whose adjective holds the word."""
    assert ru_claimant_labels(linker, text)[-1] is None
