"""Sentences a careful analyst reads in the article's own voice, though a name stands beside a verb of saying:
what someone would not say ("не хотел говорить о …"); the newsroom's "us" after a speaker's words were set in
quotation marks ("The sheriff wants us to withhold his name"); a sentence a closing frame cannot reach back to over
another source's sentence ("A. According to Y, B. C, X said.")."""
import pytest

from claimsgraph.link import Linker
from claimsgraph.model import Entity
from extracted import CAST, claims, speaker_of


@pytest.fixture(scope="module")
def cast_linker():
    return Linker(CAST)


@pytest.mark.parametrize("text", [
    "По данным газеты, Томас Варга не хотел говорить с журналистами о новом мосте через Сосновку.",
    "Томас Варга не будет сообщать имена новых инвесторов фонда до конца года.",
    "Томас Варга не намерен рассказывать о сделке с портом Нижнегорска.",
])
def test_a_verb_of_saying_under_a_negated_verb_gives_no_one_the_sentence(cast_linker, text):
    out = claims(text, cast_linker)
    assert out and all(who is None for _, who in out)


@pytest.mark.parametrize("text", [
    "Томас Варга хотел сказать, что мост через Сосновку откроют в мае.",
    "Томас Варга не только сказал, что мост через Сосновку откроют в мае, но и назвал подрядчика.",
])
def test_a_verb_of_saying_not_under_a_negated_verb_still_speaks(cast_linker, text):
    out = claims(text, cast_linker)
    assert out and out[0][1] == "varga"


def test_the_newsrooms_us_after_a_closed_quotation_is_not_the_speakers(cast_linker):
    out = claims("Tomas Varga, a harbour official in Norcliff, said the ferry would sail again on Monday.\n\n"
                 "\"We checked the hull twice and found nothing wrong,\" Varga said.\n\n"
                 "The harbour office wants us to withhold the captain's name until the inquiry ends.",
                 cast_linker)
    assert speaker_of(out, "We checked the hull") == "varga"
    assert speaker_of(out, "wants us to withhold") is None


@pytest.mark.parametrize("between, varga", [
    ("Паром стоит в порту с начала шторма.", True),
    ("Мира Орлен из портовой службы с ним не согласна.", False),
])
def test_quoted_first_person_words_after_a_paragraph_of_the_articles_are_the_last_speakers_unless_another_came(
        cast_linker, between, varga):
    out = claims(f"«Мы дважды проверили корпус», — сказал Томас Варга.\n\n{between}\n\n«Мы не нашли ничего. Я "
                 "уверен, что паром выйдет в понедельник.", cast_linker)
    assert (speaker_of(out, "паром выйдет") == "varga") is varga


@pytest.mark.parametrize("tail", [
    "We also checked the engines, and they are fine.",                       # the same paragraph goes on
    "\n\n\"We also checked the engines,\" he added. \"They are fine.\"",   # quoted again
])
def test_first_person_words_go_on_being_the_speakers_where_the_text_does_not_close_them_off(cast_linker, tail):
    out = claims("Tomas Varga, a harbour official in Norcliff, said the ferry would sail again on Monday.\n\n"
                 "\"We checked the hull twice and found nothing wrong,\" Varga said. " + tail, cast_linker)
    assert speaker_of(out, "checked the engines") == "varga"


def test_an_interview_answer_without_quotation_marks_stays_the_interviewees(cast_linker):
    out = claims("Tomas Varga spoke to us about the ferry.\n\n"
                 "\"The hull is sound,\" Varga said.\n\n"
                 "– When will it sail?\n\n"
                 "– We expect it to sail on Monday, once the crew is back.", cast_linker)
    assert speaker_of(out, "We expect it to sail") == "varga"


def test_a_closing_frame_does_not_reach_back_over_another_sources_sentence(cast_linker):
    out = claims("Sadly the ferry to Norcliff is late again, it seems. According to Mira Orlen, the engines failed "
                 "twice last week. The repairs will take at least a month, says Tomas Varga.", cast_linker)
    assert speaker_of(out, "the ferry to Norcliff is late") is None
    assert speaker_of(out, "the engines failed") == "orlen"
    assert speaker_of(out, "The repairs will take") == "varga"


def test_a_closing_frame_still_covers_the_unattributed_sentences_right_before_it(cast_linker):
    out = claims("The ferry to Norcliff is late again. The engines failed twice last week. The repairs will take "
                 "at least a month, says Tomas Varga.", cast_linker)
    assert speaker_of(out, "The engines failed") == "varga"


def test_a_report_that_says_we_before_anyone_speaks_keeps_its_we_after_a_quotation(cast_linker):
    out = claims("We are looking into complaints about the Norcliff ferry. The harbour office sent a statement. "
                 "\"The ferry is safe,\" Tomas Varga wrote in it. We have asked him twice for an interview.",
                 cast_linker)
    assert speaker_of(out, "The ferry is safe") == "varga"
    assert speaker_of(out, "We have asked him twice") is None


def test_follow_us_before_anyone_speaks_does_not_make_the_report_a_we(cast_linker):
    out = claims("Follow us for news of the Norcliff ferry.\n\n\"The hull is sound,\" Tomas Varga said.\n\n"
                 "– When will it sail?\n\n– We expect it to sail on Monday.", cast_linker)
    assert speaker_of(out, "We expect it to sail") == "varga"


def test_a_verb_that_can_report_words_used_with_a_thing_for_object_is_an_act_not_a_report():
    grain = Entity("grainco", "Tarvel Grain", "Organization", pref_labels=(("Tarvel Grain", "en"),))
    text = ("Tarvel Grain said it would close a mill.\n\n"
            "The firm has managed to maintain export growth since the flour recall became public.\n\n"
            "Tarvel Grain maintained the recall had been a precaution.")
    out = dict(claims(text, Linker([grain])))
    assert out["The firm has managed to maintain export growth since the flour recall became public."] is None
    assert out["Tarvel Grain maintained the recall had been a precaution."] == "grainco"
