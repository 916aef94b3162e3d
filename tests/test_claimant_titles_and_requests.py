"""Speakers introduced by a title or past an outlet's request: "the Vellbrook MP" and "the MP" refer back to the
member named before, as "the minister" does; "В министерстве в ответ на запрос «X» прокомментировали" is the
ministry's word, not the word of the outlet that asked; "according to the complaint" is the word of the one the text
said filed it; "Mrs June" after "Lena June" is her, though "June" alone is a month."""
import re

import pytest

from claimsgraph.link import Linker
from claimsgraph.model import Entity
from extracted import CAST, claims, claims_all, speaker_of

PORTS = Entity("ports", "Ministry of Ports of Borealia", "Organization",
               pref_labels=(("Ministry of Ports of Borealia", "en"), ("Министерство портов Бореалии", "ru")),
               alt_labels=(("Министерстве портов Бореалии", "ru"), ("Министерства портов Бореалии", "ru")))
KELPWIRE = Entity("kelpwire", "Kelpwire", "Organization", pref_labels=(("Kelpwire", "en"), ("Kelpwire", "ru")),
                  alt_labels=(("агентство Kelpwire", "ru"),))


@pytest.fixture(scope="module")
def cast_linker():
    return Linker(CAST + [PORTS, KELPWIRE])


@pytest.mark.parametrize("reference", ["According to the Eastvale MP,", "According to the MP,"])
def test_a_seat_member_title_refers_back_to_the_member_named_before(cast_linker, reference):
    out = claims("Member of Parliament for Eastvale, Tomas Varga, has said the levy on trawlers came too late.\n"
                 f"{reference} the levy arrived at a bad time for the harbour.", cast_linker)
    assert speaker_of(out, "bad time") == "varga"


def test_the_seat_member_speaking_after_a_relative_clause(cast_linker):
    out = claims("Tomas Varga, the MP for Eastvale, criticised the levy on trawlers.\n"
                 "The Eastvale MP, who spoke to a radio host on Monday, said: “The harbour was never asked.”", cast_linker)
    assert speaker_of(out, "never asked") == "varga"


@pytest.mark.parametrize("asker", ["Kelpwire", "«Kelpwire»", "агентства «Kelpwire»"])
def test_a_body_answering_an_outlets_request_speaks_itself(cast_linker, asker):
    out = claims(f"В Министерстве портов Бореалии в ответ на запрос {asker} прокомментировали сообщения о "
                 "закрытии причалов.", cast_linker)
    assert speaker_of(out, "закрытии причалов") == "ports"


@pytest.mark.parametrize("filing", ["the complaint", "the lawsuit", "the amended filing"])
def test_a_court_filing_is_the_word_of_its_filer_who_spoke_last(cast_linker, filing):
    """In a new paragraph, where no report goes on by itself."""
    out = claims("Tomas Varga has sued the Ministry of Ports of Borealia over the levy. Varga argues that the levy "
                 f"breaks the harbour charter.\nAccording to {filing}, the levy ruined the small berth owners.", cast_linker)
    assert speaker_of(out, "berth owners") == "varga"


def test_a_court_filing_is_not_the_word_of_the_other_side_who_spoke_last(cast_linker):
    """The one sued may speak between the suit and "the complaint": the figure stays the filer's."""
    out = claims_all("The Ministry of Ports of Borealia has sued Tomas Varga over the berth levy.\n\"We will fight this,\" "
                 "Varga told reporters.\nAccording to the complaint, Varga kept 40,000 crates of the levy last year.",
                     cast_linker)
    assert speaker_of(out, "40,000 crates") == "ports"


def test_a_filing_no_one_spoke_through_stays_the_articles(cast_linker):
    out = claims("Mira Orlen was charged on Monday. According to the indictment, she moved the harbour funds abroad.",
                 cast_linker)
    assert speaker_of(out, "harbour funds") is None



def test_a_courtesy_title_makes_a_month_word_the_surname_named_before(cast_linker):
    out = claims("Lena June, the harbour chief, was pressed on Monday over the levy.\n\n"
                 "Mrs June, who had backed the levy, replied: “There will be no second vote on it.”\n\n"
                 "In June, the board met again.", cast_linker)
    assert (speaker_of(out, "no second vote") or "").startswith("lena-june")
    assert speaker_of(out, "board met again") is None   # the month alone is when, not who


def test_a_quotation_an_unnamed_source_frames_is_not_the_last_named_persons(linker):
    """The outlet's title in quotation marks is no quotation before the source's verb; the one who did not
    answer the outlet before it gave no speech."""
    out = claims("Пресс-секретарь правительства Мира Орлен не ответила на запрос «Kelpwire». Источник «Kelpwire» в "
                 "портовом ведомстве, сказал, что «слухи об отставке министра ходят неделю, но бумаги пока нет».", linker)
    assert not (speaker_of(out, "слухи об отставке") or "").startswith("mira-orlen")


PORT_WATCH = Entity("portwatch", "Роспортнадзор", "Organization", pref_labels=(("Роспортнадзор", "ru"),),
                    alt_labels=(("Роспортнадзоре", "ru"), ("Роспортнадзора", "ru")))
FISH_MINISTRY = Entity("minfish", "Минрыбхоз", "Organization", pref_labels=(("Минрыбхоз", "ru"),),
                       alt_labels=(("Минрыбхоза", "ru"), ("Минрыбхозу", "ru")))


def test_a_federal_services_short_name_is_a_vedomstvo_that_goes_on():
    """"В ведомстве" after a service named by its short name spoke: that service, not a ministry it named."""
    linker = Linker(CAST + [PORT_WATCH, FISH_MINISTRY])
    out = claims("Роспортнадзор заявил, что лишь разместил сводку Минрыбхоза. В ведомстве подчеркнули, что эта "
                 "сводка целиком относится к Минрыбхозу.", linker)
    assert speaker_of(out, "целиком относится") == "portwatch"


@pytest.mark.parametrize("suffix", ["надзор", "архив", "стандарт"])
def test_a_federal_services_short_name_is_a_vedomstvo_by_its_suffix_table(suffix):
    """The endings after «Рос…» of federal services' short names make them a "ведомство"."""
    from claimsgraph.lang import ru
    assert re.search(ru.ANAPHOR_HEADS["ведомств"], f"рос{suffix}")
