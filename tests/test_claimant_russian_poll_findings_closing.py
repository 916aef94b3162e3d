"""A Russian sentence closed by a poll's or a study's findings ("…, показал опрос X", "…, свидетельствуют данные
опроса X") is the pollster's, its figures too, the pollster's name in quotation marks or not; a sentence that
names no pollster after the cue stays the article's own."""
import pytest

from claimsgraph.extract import extract
from claimsgraph.ingest import parse_document
from claimsgraph.link import Linker


@pytest.fixture(scope="module")
def linker():
    return Linker([])


def sources(text, linker):
    """Each claim's kind and claimant as the text wrote one of its mentions (None for the article's own voice)."""
    doc = parse_document("ru_t.txt", text.encode(), "text/plain")
    result = extract(doc, linker)
    written = {m.entity: doc.text[m.span.start:m.span.end] for m in result.mentions}
    return [(c.kind, written.get(c.claimant, c.claimant)) for c in result.claims]


@pytest.mark.parametrize("sentence", [
    "48% жителей Велска поддерживают строительство моста, показал опрос «Сомов-центра».",
    "Большинство жителей Велска поддерживают строительство моста, показал свежий опрос «Сомов-центра».",
    "48% жителей Велска поддерживают строительство моста, свидетельствуют данные опроса «Сомов-центра».",
    "48% жителей Велска поддерживают строительство моста, показало исследование Сомов-центра.",
])
def test_a_sentence_closed_by_a_polls_findings_is_the_pollsters(linker, sentence):
    found = sources(f"Новости Руритании\n\n{sentence}", linker)
    assert found and all(who == "Сомов-центра" for _, who in found)


def test_a_poll_with_no_pollster_named_stays_the_articles(linker):
    found = sources("Новости Руритании\n\nБольшинство жителей Велска поддерживают мост, показал опрос.", linker)
    assert found and all(who is None for _, who in found)


@pytest.mark.parametrize("sentence", [
    "Доля сторонников моста выросла, свидетельствуют результаты еженедельного опроса «Сомов-центра».",
    "Никто из жителей Велска не выступил против моста, свидетельствуют данные Сомов-центра.",
])
def test_findings_named_by_a_longer_phrase_are_the_pollsters(linker, sentence):
    found = sources(f"Новости Руритании\n\n{sentence}", linker)
    assert found and all(who == "Сомов-центра" for _, who in found)
