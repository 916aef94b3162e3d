"""A picture's credit glued over the paragraph under it ("Photo: Agency The council voted …", «Фото: Агентство Мэр …»)
is cut from it: the credit is furniture, neither a name nor part of a claim, and the paragraph stays the article's."""
import pytest

from claimsgraph.link import Linker
from extracted import CAST, body_texts, claims_all

PAGE = "Floods in Ruritania\n\nThe quay in Nordport reopened on Friday after a week of repairs.\n\n{credit}{sentence}\n"


@pytest.fixture(scope="module")
def cast_linker():
    return Linker(CAST)


@pytest.mark.parametrize("credit,sentence", [
    ("Photo: Gullwire ", "The Borealian transport agency said the ferries would run again on Monday."),
    ("Image credit: Harbour Post/Ansel Trey ", "Engineers at the dam warned that the river was still rising."),
    ("Photo: Ansel Trey / Harbour Post ", "“We need new pumps,” said Tomas Varga, who runs the quay."),
    ("(Photo: Gullwire) ", "Rescue teams moved forty families to a school in Lindholm overnight."),
    ("Фото: Галлвайр ", "Мэр Нордпорта Томас Варга заявил, что паромы снова пойдут в понедельник."),
    ("Фото: Ансель Трей / Галлвайр. ", "По словам спасателей, вода в реке всё ещё поднимается."),
])
def test_the_paragraph_under_a_glued_credit_is_the_articles(credit, sentence):
    assert sentence in body_texts(PAGE.format(credit=credit, sentence=sentence))


@pytest.mark.parametrize("credit,sentence,agency", [
    ("Photo: Gullwire ", "The Borealian transport agency said the ferries would run again on Monday.", "Gullwire"),
    ("Фото: Галлвайр ", "Мэр Нордпорта Томас Варга заявил, что паромы снова пойдут в понедельник.", "Галлвайр"),
])
def test_the_credit_is_no_part_of_a_claim(cast_linker, credit, sentence, agency):
    out = claims_all(PAGE.format(credit=credit, sentence=sentence), cast_linker)
    assert any(sentence[:30] in text for text, _ in out)
    assert not any(agency in text for text, _ in out)


@pytest.mark.parametrize("line", ["Photo: Gullwire", "Photo: Ansel Trey / Harbour Post", "Фото: Галлвайр",
                                  "Photo: Ansel Trey for the Harbour Post"])
def test_a_credit_alone_on_its_line_stays_furniture(line):
    assert line not in body_texts(PAGE.format(credit=line + "\n\n", sentence="The pumps arrived on Monday."))


@pytest.mark.parametrize("credit,sentence", [
    ("Photo: Jane Roe/Reuters ", "Police said the gunman had been arrested near the station."),
    ("Photo: Ansel Trey/Gullwire ", "Police said the gunman had been arrested near the station."),
    ("Фото: РИА Новости ", "Президент Иван Сомов заявил, что мост откроют в мае."),
    ("Photo: Getty Images ", "Lindholm council voted to close the quay."),
])
def test_a_credit_ends_before_the_speaker_and_takes_an_agency_whole(credit, sentence):
    """After "Name/Agency" the credit ends at the agency; a word before a verb of saying is the sentence's, and a
    known agency's name of two words ("РИА Новости") is cut whole."""
    assert sentence in body_texts(PAGE.format(credit=credit, sentence=sentence))


@pytest.mark.parametrize("line", [
    "Photo: Gullwire Protesters gather outside parliament in Nordport on Monday.",
    "Фото: Галлвайр Протестующие у здания парламента в Нордпорте в понедельник.",
])
def test_a_credited_caption_in_the_present_stays_furniture(line):
    """One sentence in the present tense, no one's words: the picture's caption under its credit, not the article's."""
    assert not any("parliament" in text or "парламента" in text
                   for text in body_texts(PAGE.format(credit="", sentence=line)))
