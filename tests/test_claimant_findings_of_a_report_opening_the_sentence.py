"""A report or a study whose findings open a Russian sentence, its issuer in the genitive (or after "от", an acronym
in brackets after it) between the document and the verb of showing ("Доклад X показал, что …"): the issuer's claim,
not the article's own (extract/attribution.py, ``_findings_opener``; ru ``FINDINGS_OPENER``)."""
import pytest

from claimsgraph.link import Linker
from extracted import SPOKEN, speakers_as_written

EVERY_KIND = SPOKEN + ("quantity",)


@pytest.fixture(scope="module")
def linker():
    return Linker([])


@pytest.mark.parametrize("opening", [
    "Новый доклад Министерства энергетики Бореалии свидетельствует, что",
    "Свежий анализ данных от Министерства энергетики Бореалии показал, что",
    "Доклад Министерства энергетики Бореалии (МЭБ) показал, что",
])
def test_the_issuer_of_the_findings_speaks(linker, opening):
    said = speakers_as_written(f"{opening} выбросы в стране сократятся на 12% к 2040 году.", linker,
                               kinds=EVERY_KIND)
    assert said and all(who is not None and who.startswith(("Министерств", "МЭБ")) for who in said)


def test_data_with_no_issuer_leave_the_article_s_voice(linker):
    assert set(speakers_as_written("Данные показывают, что выбросы в стране выросли на 5%.", linker,
                                   kinds=EVERY_KIND)) == {None}


@pytest.mark.parametrize("opening", [
    "Анализ заявлений Министерства обороны Бореалии показал, что",
    "Доклад о деятельности Министерства обороны Бореалии показал, что",
    "Анализ высказываний Ивана Сомова показал, что",
])
def test_a_name_the_report_is_about_issues_nothing(linker, opening):
    said = speakers_as_written(f"{opening} армия потеряла 40 танков.", linker, kinds=EVERY_KIND)
    assert said and set(said) == {None}


def test_the_issuer_s_claims_have_a_rule_of_their_own(linker):
    from claimsgraph.extract import extract
    from claimsgraph.ingest import parse_document
    doc = parse_document("ru_t.txt", "Доклад Счётной палаты Бореалии показал, что бюджет недополучил 12 млрд рублей."
                         .encode(), "text/plain")
    rules = {c.rule for c in extract(doc, linker).claims}
    assert rules and "according_to" not in rules and all("findings" in r for r in rules)
