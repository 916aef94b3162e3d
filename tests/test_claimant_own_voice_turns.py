"""Where the article's own voice and a speaker's meet: a visit told with a verb of speech ("called on the
governor at his residence"); a quotation that is its whole paragraph, untagged, after a paragraph in the article's
own voice, which goes on with the last speaker unless someone else opens a paragraph between; "X said it on
Friday" opening a paragraph, which reports the one before; a judging verb ("счёл … полезной") and a partitive
before an apposition ("Одна из них, депутат X, …"); a name quoted with the quotation's own marks inside it, which
does not close the quotation; a company's management, which speaks for the company named before."""
import pytest

from claimsgraph.link import Linker
from claimsgraph.model import Entity
from claimsgraph.segment import quote_regions
from claimsgraph.ingest import parse_document
from extracted import CAST, KELL, claims, speaker_of


@pytest.fixture(scope="module")
def cast_linker():
    return Linker(CAST + [KELL])


def test_calling_on_someone_at_a_place_is_a_visit_not_a_statement(cast_linker):
    out = claims("Tomas Varga called on Governor Mira Orlen at her residence in Norcliff on Tuesday.", cast_linker)
    assert speaker_of(out, "called on") is None


@pytest.mark.parametrize("text", [
    "Tomas Varga called on the harbour board to reopen the northern pier before the winter.",
    "Tomas Varga called on the harbour board, urging it to reopen the northern pier before the winter.",
])
def test_calling_on_someone_to_act_is_still_said(cast_linker, text):
    assert speaker_of(claims(text, cast_linker), "called on") == "varga"


@pytest.mark.parametrize("between, speaker", [
    ("The ferry line was founded in 1950 by a family of boat builders from Norcliff.", "varga"),
    ("Mira Orlen of the port office sees it differently.", None),   # someone else opens the paragraph
])
def test_an_untagged_quotation_after_a_paragraph_in_the_articles_voice_goes_on_with_the_last_speaker(
        cast_linker, between, speaker):
    out = claims(f"\"The ferry will sail on Monday,\" Tomas Varga said.\n\n{between}\n\n"
                 "\"The founders would have been proud of the crews", cast_linker)
    assert speaker_of(out, "founders would") == speaker


def test_an_untagged_quotation_right_after_the_speakers_own_goes_on_with_it(cast_linker):
    out = claims("\"The ferry will sail on Monday,\" Tomas Varga said.\n\n"
                 "\"Our crews have checked the hull twice and found nothing wrong.\"", cast_linker)
    assert speaker_of(out, "checked the hull") == "varga"


def test_said_it_opening_a_paragraph_reports_the_paragraph_before(cast_linker):
    out = claims("In March the Borealian trade minister visits the port of Norcliff.\n\n"
                 "Tomas Varga, the deputy harbour master, said it on Friday, Northwire reports.", cast_linker)
    assert speaker_of(out, "visits the port") == "varga"


@pytest.mark.parametrize("text", [
    "Одна из участниц, депутат Мира Орлен, сочла встречу в порту полезной.",
    "Депутат Мира Орлен сочла встречу в порту полезной.",
])
def test_a_judging_verb_and_a_partitive_before_the_apposition_name_the_speaker(cast_linker, text):
    out = claims("Томас Варга провел встречу с депутатами в Норклиффе.\n\n" + text, cast_linker)
    assert speaker_of(out, "полезной") == "orlen"


def test_a_name_quoted_with_the_quotations_own_marks_does_not_close_it():
    text = ("“Благодаря работе филиалов “Вектора” в апреле мы сработали без убытков. “Вектор” продолжает расти”, "
            "– отметил Томас Варга.")
    doc = parse_document("t.txt", text.encode(), "text/plain")
    regions = quote_regions(doc)
    assert any(doc.text[r.span.start:r.span.end].endswith("продолжает расти") and r.span.start <= 1 for r in regions)


def test_the_whole_quotation_with_a_quoted_name_is_its_speakers(cast_linker):
    out = claims("“Благодаря работе филиалов “Вектора” в апреле мы сработали без убытков. Впереди еще много работы. "
                 "“Вектор” продолжает расти”, – отметил Томас Варга.", cast_linker)
    assert speaker_of(out, "без убытков") == "varga"
    assert speaker_of(out, "много работы") == "varga"


@pytest.mark.parametrize("subject", ["management", "The management"])
def test_a_companys_management_speaks_for_the_company_named_before(subject):
    firm = Entity("northwire", "Northwire Foods", "Organization", pref_labels=(("Northwire Foods", "en"),))
    out = claims("Shares of Northwire Foods fell 10% on Friday.\n\n"
                 f"To cut its costs, {subject} said it would close the old bakery by the river in the spring.", Linker([firm]))
    assert speaker_of(out, "old bakery") == "northwire"


@pytest.mark.parametrize("text, words", [
    ("Harbour master Tomas Varga told reporters on Monday that the pier would reopen in May. "
     "The figures that newspapers reported last week were wrong.", "figures that newspapers"),
    ("Капитан парома «Вельск» Томас Варга прокомментировал итоги рейса в Норклифф.\n"
     "— Шторм задержал нас на шесть часов. Мы слишком долго ждали у причала.\n"
     "Мне не давали тех поручений, о которых писали в газетах.", "Мне не давали"),
    ("Капитан парома «Вельск» Томас Варга прокомментировал итоги рейса в Норклифф.\n"
     "— Шторм задержал нас на шесть часов. Мы слишком долго ждали у причала.\n"
     "Мне не давали того поручения, о котором так много писали в газетах.", "Мне не давали"),
])
def test_a_verb_of_saying_in_a_relative_clause_does_not_end_the_speakers_words(cast_linker, text, words):
    assert speaker_of(claims(text, cast_linker), words) == "varga"


@pytest.mark.parametrize("after, words, speaker", [
    ("С владельцем компании пока не говорил.", "С владельцем", "varga"),   # his first person goes on
    ("Мира Орлен из порта с этим не согласна.", "Мира Орлен", None),      # someone else is named
    ("Мира Орлен из порта с этим не согласна. Рейс прошел в дождь.", "Рейс прошел", None),   # and the run ends
])
def test_a_paragraph_that_goes_on_in_the_speakers_first_person_is_theirs(cast_linker, after, words, speaker):
    out = claims("Капитан парома «Вельск» Томас Варга прокомментировал итоги рейса в Норклифф.\n"
                 "— Шторм задержал нас на шесть часов. Мы слишком долго ждали у причала.\n"
                 f"Мне не давали таких поручений. {after}", cast_linker)
    assert speaker_of(out, words) == speaker
