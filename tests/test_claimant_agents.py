"""Claims given the one a speaker acts for, or someone named in passing: "the lawyer for X said" is not X
speaking, nor is the team of "the coach of X"; a title of that kind before someone else's name is not that name's
("a lawyer for X": X is no lawyer); a name before an apposition between dashes speaks; and an outlet that passed
a person's words on does not hand "he" to someone it named in passing; what is not yet known ("It remains
unclear when …") after a report is the article's own."""
import pytest

from claimsgraph.link import Linker
from claimsgraph.model import Entity
from extracted import CAST, KELL, claims, speaker_of

KOBRA = Entity("kobra", "Kobra Mining", "Organization", pref_labels=(("Kobra Mining", "en"),))
NORDPOST = Entity("nordpost", "Nordpost", "Organization", pref_labels=(("Nordpost", "en"), ("Nordpost", "ru")))


@pytest.fixture(scope="module")
def cast_linker():
    return Linker(CAST + [KELL, KOBRA, NORDPOST])


@pytest.mark.parametrize("text, owner", [
    ("The lawyer for Tomas Varga said the mining company had no grounds to appeal the ruling.", "varga"),
    ("Attorneys for plaintiff Mira Orlen said the mining company had no grounds to appeal the ruling.", "orlen"),
    ("The coach of Borealia said the team had played far better in the second half.", "borealia"),
])
def test_the_one_an_agent_acts_for_does_not_speak(cast_linker, text, owner):
    out = claims(text, cast_linker)
    assert out and all(who != owner for _, who in out)


@pytest.mark.parametrize("text, speaker", [
    ("Borealia's coach Tomas Varga said the team had played far better in the second half.", "varga"),
    ("A spokesman for Kobra Mining said the mine would reopen in May.", "kobra"),
    ("Mira Orlen, a lawyer for Tomas Varga, said the mining company had no grounds to appeal.", "orlen"),
])
def test_a_named_agent_or_a_spokesman_still_speaks(cast_linker, text, speaker):
    assert speaker_of(claims(text, cast_linker), "said") == speaker


def test_a_title_before_the_name_of_the_one_it_acts_for_is_not_that_names(cast_linker):
    out = claims("Tomas Varga met reporters on Friday with Arno Kell, a lawyer for Mira Orlen. The lawyer said "
                 "the charges against her were groundless.", cast_linker)
    assert speaker_of(out, "groundless") == "kell"


@pytest.mark.parametrize("text", [
    "Мира Орлен — адвокат бизнесмена Томаса Варги — сообщила о его аресте.",
    "Мира Орлен - опытный адвокат предпринимателя Томаса Варги - сообщила журналистам, что он задержан в Остраве.",
])
def test_the_name_before_an_apposition_between_dashes_speaks(cast_linker, text):
    assert speaker_of(claims(text, cast_linker), "сообщила") == "orlen"


@pytest.mark.parametrize("text, words", [
    ('Borealian Foreign Minister Tomas Varga said the talks "must end before spring." The remarks followed his '
     'meeting with Mira Orlen\'s deputy Arno Kell, Nordpost reported. "We are ready to keep talking," he said.',
     "ready to keep"),
    ("Министр иностранных дел Бореалии Томас Варга заявил, что переговоры «должны завершиться до весны». "
     "Заявление прозвучало после его встречи с главой МИД Руритании Арно Келлом, пишет Nordpost. "
     "«Мы готовы продолжать диалог», — сказал он.", "готовы продолжать"),
])
def test_he_after_an_outlet_is_the_person_who_spoke_not_one_named_in_passing(cast_linker, text, words):
    assert speaker_of(claims(text, cast_linker), words) == "varga"


@pytest.mark.parametrize("text, words", [
    ("Tomas Varga said the delay was caused by a dispute over the venue in Ostrava. It remains unclear "
     "when Borealian officials would resume talks.", "remains unclear"),
    ("Tomas Varga said on Monday that the ferry line to Ostrava would close in November. It was not "
     "immediately clear who would run the crossing over the winter.", "immediately clear"),
    ("Томас Варга сообщил, что делегация Бореалии прибыла в столицу в среду. Пока неясно, когда делегации "
     "встретятся снова.", "Пока неясно"),
])
def test_what_is_not_yet_known_after_a_report_is_the_articles_own(cast_linker, text, words):
    out = claims(text, cast_linker)
    assert speaker_of(out, words) is None
    assert speaker_of(out, "Варга" if "Варга" in text else "Varga") == "varga"
