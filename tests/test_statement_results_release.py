"""A body's release of its results, written in its own words from its first sentence ("Vexa (NASDAQ: VXA), a maker
of pumps, today reported its annual results for 2025.", «Группа «Векса» объявляет финансовые результаты за 2025
год.»): the release is the body's text, its first sentence too (extract/claims.py ``_first_sentence_lead``,
lang/*.py ``RESULTS_LEAD``). A report of results already out, in the past tense, or a first sentence that says
more of them, keeps the article's voice. Every company and figure is invented."""
import pytest

from claimsgraph.link import Linker
from claimsgraph.model import Entity
from extracted import claims, speaker_of

ALL_KINDS = ("statement", "quantity", "event")
VEXA = [Entity("vexa", "Vexa Pumps", "Organization", pref_labels=(("Vexa Pumps", "en"), ("Векса", "ru")),
               alt_labels=(("Vexa", "en"), ("Группа «Векса»", "ru")))]
BODY = ("Revenue for the quarter was $143.2 million, up 12% from a year earlier. "
        "The company opened a new plant in Orlov in October.")
RU_BODY = "Выручка выросла на 12% и составила 143 млрд рублей. В октябре Компания открыла новый завод в Орлове."


@pytest.fixture(scope="module")
def linker():
    return Linker(VEXA)


@pytest.mark.parametrize("lead", [
    "Vexa Pumps (NASDAQ: VXA), the largest maker of pumps in Borealia, announces today its unaudited results for "
    "the first half of 2025.",
    "Vexa Pumps announces its results for the fiscal year ended June 30, 2025.",
    "Vexa Pumps today reported unaudited results for the second quarter.",
    "Vexa Pumps, Inc. (NASDAQ: VXA) (“Vexa” or the “Company”), a maker of pumps, valves and seals, has today "
    "announced its financial results for the quarter ended Sept. 30, 2025.",
    "Vexa Pumps (NYSE American: VXA) today announced its results for the second quarter.",
    "“Vexa Pumps” today released its annual results for 2025.",   # its name in its own marks
])
def test_a_release_of_results_is_the_body_s_text(linker, lead):
    out = claims(f"Vexa results\n\n{lead}\n\n{BODY}\n", linker, kinds=ALL_KINDS)
    assert [speaker_of(out, words) for words in ("results", "$143.2 million", "12%", "new plant")] == ["vexa"] * 4


@pytest.mark.parametrize("lead", [
    "Группа «Векса» (MOEX: VEXA), крупнейший в Бореалии производитель насосов, объявляет свои аудированные "
    "годовые результаты по РСБУ за 2025 год.",
    "«Векса» сегодня объявляет финансовые результаты деятельности за первый квартал 2025 года.",   # its own marks
    "Группа «Векса», ведущий производитель насосов в некоторых регионах Бореалии, объявляет финансовые результаты "
    "за первое полугодие 2025 года по МСФО.",
])
def test_a_russian_release_of_results_is_the_body_s_text(linker, lead):
    out = claims(f"Итоги года\n\n{lead}\n\n{RU_BODY}\n", linker, kinds=ALL_KINDS, name="ru_t.txt")
    assert [speaker_of(out, words) for words in ("результаты", "143 млрд", "новый завод")] == ["vexa"] * 3


def test_a_statement_lead_of_a_name_in_its_own_quotation_marks_gives_the_text_below_to_it(linker):
    out = claims("Итоги года\n\n«Векса» опубликовала следующее заявление.\n\nМы не согласны с решением суда.\n",
                 linker, name="ru_t.txt")
    assert speaker_of(out, "Мы не согласны") == "vexa"


@pytest.mark.parametrize("lead", [
    "Vexa Pumps reported results for the fourth quarter on Tuesday.",   # news of results already out
    "Vexa Pumps today reported quarterly results for the quarter, beating forecasts.",   # says more of them
    "Vexa Pumps today reported results for the quarter that fell well short of forecasts.",
    "Vexa Pumps today reported results for the quarter and said its chief executive would step down.",
    "Vexa Pumps today announced that its results for 2025 were poor.",
    "Vexa Pumps today reported disappointing results for the fourth quarter.",   # results judged: news of them
    "Vexa Pumps, which warned last month that demand was collapsing, today reported results for the quarter.",
    "Vexa Pumps, hit by a boycott over its pollution record, today reported results for the quarter.",
    "Vexa Pumps, a company hit by a boycott over its pollution record, today reported results for the quarter.",
    "Vexa Pumps (“the worst polluter in Borealia,” says a watchdog) today reported results for the quarter.",
    "Vexa Pumps today announced the preliminary results of its shareholder vote.",   # results of something else
])
def test_a_report_of_results_keeps_the_article_s_voice(linker, lead):
    out = claims(f"Vexa results\n\n{lead}\n\n{BODY}\n", linker, kinds=ALL_KINDS)
    assert speaker_of(out, "new plant") is None


@pytest.mark.parametrize("lead", [
    "Группа «Векса» объявила финансовые результаты за 2025 год.",   # news of results already out
    "Группа «Векса» объявляет результаты за 2025 год хуже прогнозов аналитиков.",
    "Группа «Векса», которая ранее предупредила о падении спроса, объявляет финансовые результаты за 2025 год.",
    "Группа «Векса», оштрафованная в прошлом месяце за загрязнение реки, объявляет финансовые результаты за 2025 год.",
])
def test_a_russian_report_of_results_keeps_the_article_s_voice(linker, lead):
    out = claims(f"Итоги года\n\n{lead}\n\n{RU_BODY}\n", linker, kinds=ALL_KINDS, name="ru_t.txt")
    assert speaker_of(out, "новый завод") is None


def test_a_page_s_label_over_the_release_is_no_first_sentence(linker):
    out = claims(f"12.02.2026 10:15\nAdded:\n\nVexa Pumps today released its annual results for 2025.\n\n{BODY}\n",
                 linker, kinds=ALL_KINDS)
    assert speaker_of(out, "new plant") == "vexa"
