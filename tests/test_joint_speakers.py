"""Speakers side by side and statements of several: "Norvia and Estravia said" (in Russian too, where no parse
joins the names), "a joint statement by A and B" and what "the statement" says after one are no one speaker's; "the two companies said" is a pair that speaks, not a figure; a capital after the verb
of an inverted frame ("…, заявил Лиск") speaks for its government, as one before it does."""
import pytest

from claimsgraph.link import Linker
from claimsgraph.model import Entity
from extracted import CAST, claims, claims_all, speaker_of

NORVIA = Entity("norvia", "Norvia", "Country", pref_labels=(("Norvia", "en"), ("Норвия", "ru")))
ESTRAVIA = Entity("estravia", "Estravia", "Country", pref_labels=(("Estravia", "en"), ("Эстравия", "ru")))
LISK = Entity("lisk", "Lisk", "Place", pref_labels=(("Lisk", "en"), ("Лиск", "ru")))
KOBRA = Entity("kobra", "Kobra Holdings", "Organization", pref_labels=(("Kobra Holdings", "en"),))
NORTHWIRE = Entity("northwire", "Northwire", "Organization", pref_labels=(("Northwire", "en"),),
                   alt_labels=(("Northwire news agency", "en"),))
SOUTHPOST = Entity("southpost", "Southpost", "Organization", pref_labels=(("Southpost", "en"),),
                   alt_labels=(("Southpost news agency", "en"),))
VELL = Entity("vell-forge", "Vell Forge Works", "Organization", pref_labels=(("Vell Forge Works", "en"),))


@pytest.fixture(scope="module")
def joint_linker():
    return Linker(CAST + [NORVIA, ESTRAVIA, LISK, KOBRA, VELL, NORTHWIRE, SOUTHPOST])


@pytest.mark.parametrize("text", [
    "Заголовок новости\n\nНорвия и Эстравия заявили, что готовы к переговорам о квотах.",
    "Заголовок новости\n\nБореалия, Норвия и Эстравия сообщили, что готовы к переговорам о квотах.",
])
def test_russian_speakers_side_by_side_are_no_one_speaker(joint_linker, text):
    assert speaker_of(claims(text, joint_linker), "переговорам о квотах") is None


def test_one_russian_speaker_still_speaks(joint_linker):
    text = "Заголовок новости\n\nЭстравия заявила, что готова к переговорам о квотах."
    assert speaker_of(claims(text, joint_linker), "переговорам о квотах") == "estravia"


def test_a_capital_after_the_verb_of_an_inverted_frame_speaks(joint_linker):
    text = "Заголовок новости\n\nНорвия и Эстравия готовы к переговорам о квотах, заявил Лиск после встречи."
    assert speaker_of(claims(text, joint_linker), "переговорам о квотах") == "lisk"


def test_what_a_joint_statement_says_after_a_headline_naming_its_issuers_is_no_one_of_theirs(joint_linker):
    text = ("Главы МИД Норвии, Эстравии и Бореалии выступили с совместным заявлением\n"
            "Министры иностранных дел трёх стран выступили с совместным заявлением.\n"
            "В заявлении говорится:\n«Стороны продлят переговоры о квотах на вылов трески.»")
    assert speaker_of(claims(text, joint_linker), "квотах на вылов") is None


def test_a_joint_statement_by_two_companies_is_no_one_of_theirs(joint_linker):
    text = ("Headline of the story\n\nThe plant in Lisk will stay open, according to a joint statement by Kobra "
            "Holdings and Vell Forge Works.")
    assert speaker_of(claims(text, joint_linker), "plant in Lisk") is None


def test_the_two_companies_that_speak_are_no_figure(joint_linker):
    out = claims_all("Headline of the story\n\nKobra Holdings and Vell Forge Works issued a joint statement on "
                     "Thursday.\n\n\"The merger is good for every worker in Lisk,\" the two companies stressed.\n\n"
                     "Two companies were fined in May.", joint_linker)
    assert any("every worker in Lisk" in text for text, _ in out)
    assert speaker_of(out, "every worker in Lisk") is None
    assert any(text.startswith("Two companies were fined") for text, _ in out)


def test_outlets_passing_a_claim_on_together_still_relay_it(joint_linker):
    text = "Headline of the story\n\nThe plant in Lisk will stay open, Northwire and Southpost reported."
    assert speaker_of(claims(text, joint_linker), "plant in Lisk") == "northwire"
