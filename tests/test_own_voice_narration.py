"""Narration beside a name, and speech the verb lists missed: "X concluded her visit" tells an act, not words;
"пошутил: «…»" reports words as "joked" does; "his statement blamed …" and "the latest statement on her website"
are the statement of whom "his", "her" stands for; a name right after a country closing a phrase ("с министром
Бореалии X") is inside the phrase; a quotation credited after a dash («…» — X о Y) is X's words, unless it is only
a name («"Вектор" — X о сделке»)."""
import pytest

from claimsgraph.link import Linker
from extracted import CAST, KELL, claims, speaker_of


@pytest.fixture(scope="module")
def cast():
    return Linker(CAST)


@pytest.mark.parametrize("sentence", [
    "President Mira Orlen concluded her state visit to Borealia and returned home on Tuesday night.",
    "Orlen concluded a trade deal with Borealia last year.",
])
def test_concluding_a_visit_or_a_deal_is_an_act_not_a_report(cast, sentence):
    out = claims("Tomas Varga said the port would reopen in May.\n\n" + sentence, cast)
    assert speaker_of(out, sentence[:30]) is None


def test_concluding_that_something_is_so_stays_a_report(cast):
    out = claims("Tomas Varga said the port would reopen in May.\n\nMira Orlen concluded that the talks had failed.",
                 cast)
    assert speaker_of(out, "the talks had failed") == "orlen"


@pytest.mark.parametrize("sentence, who", [
    ("Томас Варга на встрече с журналистами пошутил про соседей: «они повсюду».", "varga"),
    ("Мира Орлен шутит, что мост через Сосновку строят дольше, чем пирамиды.", "orlen"),
])
def test_joking_reports_words(cast, sentence, who):
    assert speaker_of(claims(sentence, cast, name="ru_t.txt"), sentence[:20]) == who


def test_joking_as_a_noun_reports_nothing(cast):
    out = claims("Томас Варга любит шутки про погоду.", cast, name="ru_t.txt")
    assert speaker_of(out, "шутки") is None


@pytest.mark.parametrize("sentence", [
    "Her statement said the harbour office had caused the delays.",
    "Although Mira Orlen said the ferry line remained safe throughout the storm, her statement also blamed the "
    "harbour office for the delays.",
])
def test_a_statement_a_possessive_owns_is_the_owners(cast, sentence):
    out = claims("Mira Orlen spoke to reporters in Norcliff on Monday.\n\n" + sentence, cast)
    assert speaker_of(out, sentence[:30]) == "orlen"


def test_a_statement_on_its_owners_page_with_words_before_its_noun_is_the_owners(cast):
    out = claims("Mira Orlen spoke to reporters in Norcliff on Monday. The latest statement on her website said the "
                 "bridge would reopen in May.", cast)
    assert speaker_of(out, "bridge would reopen") == "orlen"


def test_names_side_by_side_closing_a_prepositional_phrase_are_inside_it(cast):
    text = "Томас Варга в ходе встречи с министром Бореалии Арно Келлом заявил, что соседи повсюду."
    assert speaker_of(claims(text, Linker(CAST + [KELL]), name="ru_t.txt"), "соседи повсюду") == "varga"


def test_a_name_after_a_country_in_the_genitive_still_speaks(cast):
    text = "Министр Бореалии Арно Келл заявил, что соседи повсюду."
    assert speaker_of(claims(text, Linker(CAST + [KELL]), name="ru_t.txt"), "соседи повсюду") == "kell"


@pytest.mark.parametrize("text, name, words", [
    ("Томас Варга сказал, что переговоры идут.\n\n«Мост откроют в мае» — Мира Орлен о стройке в Бореалии.",
     "ru_t.txt", "мае"),
    ("Tomas Varga said the talks go on.\n\n\"The bridge opens in May\" - Mira Orlen on the works in Borealia.",
     "t.txt", "May"),
])
def test_a_quotation_credited_after_a_dash_is_the_credited_names(cast, text, name, words):
    assert speaker_of(claims(text, cast, name=name), words) == "orlen"


def test_a_quotation_that_is_only_a_name_is_no_credited_quotation(linker):
    out = claims("Томас Варга сказал, что переговоры идут.\n\n«Вектор» — Олег Бренов о сделке.", linker,
                 name="ru_t.txt")
    assert speaker_of(out, "Вектор") is None
