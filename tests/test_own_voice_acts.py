"""The article's own voice where a verb of saying tells an act ("claimed the cup") or where a
clause is joined after a said-tag (invented people, clubs and countries)."""
import pytest

from claimsgraph.link import Linker
from extracted import CAST, claims, claims_all, speaker_of


@pytest.fixture(scope="module")
def cast():
    return Linker(CAST)


def test_adding_what_was_said_stays_a_saying(cast):
    said = claims("Tomas Varga said the bridge would reopen soon. Mira Orlen added that the works were late.", cast)
    assert speaker_of(said, "works were late") == "orlen"


def test_claiming_a_title_is_an_act(cast):
    said = claims("After two lean seasons, Mira Orlen claimed the national cup for Velm Rovers on Sunday.", cast)
    assert speaker_of(said, "national cup") is None


@pytest.mark.parametrize("act", ["conceded the Velm council seat", "conceded defeat in the council vote"])
def test_conceding_a_race_is_an_act(cast, act):
    said = claims(f"After a long count, Mira Orlen {act} on Tuesday.", cast)
    assert speaker_of(said, "council") is None


def test_conceding_a_fact_stays_a_saying(cast):
    said = claims("After a long count, Mira Orlen conceded that the campaign had failed.", cast)
    assert speaker_of(said, "campaign had failed") == "orlen"


def test_claiming_responsibility_stays_a_claim(cast):
    said = claims("Tomas Varga claimed responsibility for the failed ferry deal on Monday.", cast)
    assert speaker_of(said, "ferry deal") == "varga"


def test_a_clause_joined_after_a_said_tag_is_the_articles_own(cast):
    said = claims_all("Orders for the new tram had dried up, Tomas Varga said, and the shares of the tram maker "
                      "slid 4% in Friday trading.", cast)
    assert speaker_of(said, "dried up") == "varga"
    assert speaker_of(said, "shares of the tram maker") is None


def test_a_clause_joined_after_an_opening_frame_stays_the_speakers(cast):
    said = claims("Mira Orlen said the levy would rise next spring, and the council would then vote on the cuts.",
                  cast)
    assert speaker_of(said, "vote on the cuts") == "orlen"


def test_a_verb_of_saying_joined_on_with_nothing_said_is_narration(cast):
    said = claims("Her teammate scored early in the first half, and fellow forward Tomas Varga added a third two "
                  "minutes later with a header.", cast)
    assert speaker_of(said, "with a header") is None


def test_a_verb_of_saying_joined_on_with_its_clause_stays_a_saying(cast):
    said = claims("The ferry talks broke down in May, and Mira Orlen said the blame lay with the port board.", cast)
    assert speaker_of(said, "blame lay") == "orlen"


def test_a_sentence_turning_to_another_thread_ends_the_report(cast):
    said = claims("Tomas Varga said that the port would reopen in May. Meanwhile, the ferry line cut its winter "
                  "timetable. The line was founded in 1990.", cast)
    assert speaker_of(said, "reopen in May") == "varga"
    assert speaker_of(said, "winter timetable") is None
    assert speaker_of(said, "founded in 1990") is None


def test_a_russian_sentence_turning_to_another_thread_ends_the_report(cast):
    said = claims("Мира Орлен заявила, что порт откроется в мае. Тем временем паромная линия сократила зимнее "
                  "расписание.", cast)
    assert speaker_of(said, "зимнее") is None



def test_the_words_told_as_a_thing_that_happened_end_the_report(cast):
    said = claims("Tomas Varga said the ferry port would reopen. His remarks came a day after the dockers turned "
                  "down the offer.", cast)
    assert speaker_of(said, "would reopen") == "varga"
    assert speaker_of(said, "turned down") is None


def test_russian_words_told_as_a_thing_that_happened_end_the_report(cast):
    said = claims("Мира Орлен заявила, что паромный порт откроется в мае. Ее слова прозвучали на фоне забастовки "
                  "докеров.", cast)
    assert speaker_of(said, "на фоне") is None


def test_a_sentence_borne_out_by_records_is_not_the_speakers(cast):
    said = claims_all("Mira Orlen said the hill town was growing. Its head count rose to 41,000 last year, official "
                      "figures showed.", cast)
    assert speaker_of(said, "was growing") == "orlen"
    assert speaker_of(said, "head count") is None


def test_asserting_dominance_is_an_act(cast):
    said = claims("In the second half, Mira Orlen asserted her dominance over the Velm Rovers defence.", cast)
    assert speaker_of(said, "Velm Rovers defence") is None


def test_asserting_a_fact_stays_a_saying(cast):
    said = claims("After the game, Mira Orlen asserted that the Velm Rovers defence had been poor.", cast)
    assert speaker_of(said, "defence had been poor") == "orlen"
