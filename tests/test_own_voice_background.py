"""Sentences after a speaker's report that the article tells in its own voice: a dated fact of the past ("The
bridge was built in 1962", "Мост был построен в 1962 году"), a sentence whose subject is the speaker's own name
("Varga runs the harbour office"), and a "we" in a paragraph of narration after the speaker's words were set in
quotation marks."""
import pytest

from claimsgraph.link import Linker
from extracted import CAST, claims, claims_all, speaker_of


@pytest.fixture(scope="module")
def cast_linker():
    return Linker(CAST)


@pytest.mark.parametrize("text, background", [
    ("Tomas Varga said that the old ferry terminal would close in May. The terminal was opened in 1971.",
     "was opened in 1971"),
    ("Tomas Varga said the toll would rise in May. He was appointed head of the toll office in 2019.",
     "was appointed head"),
    ("Томас Варга сообщил, что паромный терминал закроют в мае. Терминал был открыт в 1971 году.",
     "был открыт в 1971"),
    ("Томас Варга сообщил, что плата за проезд вырастет. Управление основано в 1998 году.",
     "основано в 1998"),
])
def test_a_dated_fact_of_the_past_after_a_report_is_the_articles(cast_linker, text, background):
    out = claims(text, cast_linker)
    assert out[0][1] == "varga"
    assert speaker_of(out, background) is None


@pytest.mark.parametrize("text", [
    "Tomas Varga said that the terminal would close in May. It will be replaced by a larger one next year.",
    "Томас Варга сообщил, что терминал закроют в мае. Он будет открыт в 2027 году уже на новом месте.",
])
def test_a_plan_after_a_report_goes_on_with_it(cast_linker, text):
    out = claims(text, cast_linker)
    assert [who for _, who in out] == ["varga", "varga"]


@pytest.mark.parametrize("text", [
    "Tomas Varga said on Monday that the Tarnovia dam was at risk. The spillway, which was opened in 1962, could fail "
    "within months. Repairs would cost a fortune.",
    "Томас Варга заявил в понедельник, что мост требует ремонта. Новый мост должен быть запущен в 2027 году. Ремонт "
    "обойдется очень дорого.",
])
def test_a_dated_fact_in_a_relative_clause_or_a_plan_goes_on_with_the_report(cast_linker, text):
    """Only the main clause's own dated past ends a report; "which was opened in 1962" describes, «должен быть
    запущен в 2027 году» plans."""
    out = claims(text, cast_linker)
    assert [who for _, who in out] == ["varga", "varga", "varga"]


@pytest.mark.parametrize("text, told", [
    ("Tomas Varga said the toll would rise in May. Varga runs the toll office and chairs the ferry board.",
     "runs the toll office"),
    ("Томас Варга сообщил, что плата за проезд вырастет. Варга возглавляет управление платных дорог.",
     "возглавляет управление"),
])
def test_the_speakers_own_name_as_subject_after_a_report_is_the_article_telling_of_them(cast_linker, text, told):
    out = claims(text, cast_linker)
    assert out[0][1] == "varga"
    assert speaker_of(out, told) is None


@pytest.mark.parametrize("told", [
    "In the local elections held in June, Varga won a third of the votes.",
    "On the eve of the vote in June, Varga won the backing of the harbour union.",
    "Two weeks before the council vote, Varga lost his seat on the ferry board.",
])
def test_the_speakers_own_name_as_subject_after_an_opening_phrase_is_the_article_telling_of_them(cast_linker, told):
    """The main verb's subject read from the parse, past a phrase that opens the sentence: the article telling of the
    speaker, as when the name opens it."""
    out = claims_all(f"Tomas Varga stated at a press conference that the harbour tolls would rise in May. {told}",
                     cast_linker)
    assert speaker_of(out, "tolls would rise") == "varga"
    assert speaker_of(out, told[-25:]) is None


def test_the_speakers_possession_after_a_report_goes_on_with_it(cast_linker):
    out = claims("Tomas Varga said the toll would rise in May. Varga's office will publish the new rates on Friday.",
                 cast_linker)
    assert speaker_of(out, "publish the new rates") == "varga"


def test_we_after_quoted_words_closed_by_a_dash_tag_is_the_newsrooms(cast_linker):
    out = claims("«Ремонт шел трудно. Причал откроют в мае», — сказал Томас Варга.\n\n"
                 "Также он назвал сроки ремонта набережной.\n\n"
                 "А мы этот причал помним еще деревянным.", cast_linker)
    assert speaker_of(out, "сроки ремонта") == "varga"
    assert speaker_of(out, "помним еще деревянным") is None


def test_they_in_a_clause_on_the_object_stands_for_the_plural_subject_not_a_body_named_before(cast_linker):
    out = claims("The Norcliff mill, run by Tomas Varga, burns old tyres as fuel.\n\n"
                 "Many farmers have complained of sick cattle, which they blame on the smoke.", cast_linker)
    assert all(who is None for _, who in out)


def test_the_speakers_possession_is_read_by_the_one_possessive_of_the_tables():
    """One possessive pattern, from the ``POSSESSIVE`` table, for names, attribution and the reach of a report."""
    from claimsgraph.extract import attribution, claims as claims_module
    from claimsgraph.names import POSSESSIVE_AFTER
    assert claims_module.POSSESSIVE_AFTER is attribution.POSSESSIVE_AFTER is POSSESSIVE_AFTER


def test_the_speaker_named_again_by_a_title_as_subject_ends_the_report(linker):
    """«Он отметил, что … . Российский лидер осмотрел …»: the title the registry gives the speaker, as the
    subject of a sentence with no frame, is the article telling what he did; the sentences after are its own too."""
    said = claims("Президент России Владимир Путин выступил в среду в Орске. Он отметил, что беседа с рыбаками "
                  "длилась два часа. Российский лидер осмотрел новый мост через Тарну. "
                  "Затем открылась ярмарка ремёсел.", linker, name="ru_t.txt")
    assert speaker_of(said, "длилась два часа") == "vladimir-putin"
    assert speaker_of(said, "осмотрел новый мост") is None
    assert speaker_of(said, "ярмарка ремёсел") is None
