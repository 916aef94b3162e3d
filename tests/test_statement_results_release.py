"""A body's release of its results, written in its own words from its first sentence ("Vexa (NASDAQ: VXA), a maker
of pumps, today announced financial results for 2025.", «Группа «Векса» объявляет финансовые результаты за 2025
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
    "Vexa Pumps (NASDAQ: VXA), the largest maker of pumps in Borealia, today announced financial results for the "
    "fourth quarter of 2025.",
    "Vexa Pumps announces its results for the fiscal year ended June 30, 2025.",
    "Vexa Pumps today reported unaudited results for the second quarter.",
])
def test_a_release_of_results_is_the_body_s_text(linker, lead):
    out = claims(f"Vexa results\n\n{lead}\n\n{BODY}\n", linker, kinds=ALL_KINDS)
    assert [speaker_of(out, words) for words in ("results", "$143.2 million", "12%", "new plant")] == ["vexa"] * 4


def test_a_russian_release_of_results_is_the_body_s_text(linker):
    out = claims("Итоги года\n\nГруппа «Векса» (MOEX: VEXA), крупнейший в Бореалии производитель насосов, объявляет "
                 f"аудированные консолидированные финансовые результаты по МСФО за 2025 год.\n\n{RU_BODY}\n",
                 linker, kinds=ALL_KINDS, name="ru_t.txt")
    assert [speaker_of(out, words) for words in ("результаты", "143 млрд", "новый завод")] == ["vexa"] * 3


@pytest.mark.parametrize("lead", [
    "Vexa Pumps reported results for the fourth quarter on Tuesday.",   # news of results already out
    "Vexa Pumps today announced financial results for the quarter, beating forecasts.",   # says more of them
])
def test_a_report_of_results_keeps_the_article_s_voice(linker, lead):
    out = claims(f"Vexa results\n\n{lead}\n\n{BODY}\n", linker, kinds=ALL_KINDS)
    assert speaker_of(out, "new plant") is None


def test_a_russian_report_of_results_in_the_past_keeps_the_article_s_voice(linker):
    out = claims(f"Итоги года\n\nГруппа «Векса» объявила финансовые результаты за 2025 год.\n\n{RU_BODY}\n",
                 linker, kinds=ALL_KINDS, name="ru_t.txt")
    assert speaker_of(out, "новый завод") is None


def test_a_page_s_label_over_the_release_is_no_first_sentence(linker):
    out = claims(f"12.02.2026 10:15\nAdded:\n\nVexa Pumps today announced financial results for 2025.\n\n{BODY}\n",
                 linker, kinds=ALL_KINDS)
    assert speaker_of(out, "new plant") == "vexa"
