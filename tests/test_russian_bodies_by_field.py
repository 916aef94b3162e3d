"""Russian state bodies a text refers back to by their field ("в надзорном ведомстве", "в экстренном ведомстве"),
and bodies named by their noun and their area at a sentence's opening ("Прокуратура Ольховского района …"): the
body of that kind speaks, not the body that spoke last (invented places and bodies)."""
import pytest

from claimsgraph.ingest import parse_document
from claimsgraph.extract import extract
from claimsgraph.link import Linker
from extracted import CAST, claims, speaker_of


@pytest.fixture(scope="module")
def cast():
    return Linker(CAST)


def test_a_body_named_by_its_noun_at_a_sentence_opening_is_found(cast):
    doc = parse_document("t.txt", "Прокуратура Ольховского района начала проверку после аварии на мосту.".encode(),
                         "text/plain")
    labels = {doc.text[m.span.start:m.span.end] for m in extract(doc, cast).mentions}
    assert "Прокуратура Ольховского района" in labels


def test_the_overseeing_body_is_the_prosecutors_not_the_body_that_spoke_last(cast):
    said = claims("Автоинспекция Тарвинской области сообщила, что на трассе столкнулись два грузовика.\n\n"
                  "Прокуратура Ольховского района начала проверку.\n\n"
                  "«Проверку завершат к пятнице», — уточнили в надзорном ведомстве.", cast)
    assert "prokuratura" in (speaker_of(said, "завершат к пятнице") or "")


def test_an_overseeing_organ_is_the_prosecutors_too(cast):
    said = claims("Склад на окраине Ольховки сгорел ночью.\n\n"
                  "Прокуратура Ольховского района организовала проверку.\n\n"
                  "«Владельца склада вызовут на допрос», — заявили в надзорном органе.", cast)
    assert "prokuratura" in (speaker_of(said, "Владельца склада") or "")


def test_the_emergencies_body_is_the_one_of_its_field_not_the_last_speaker(cast):
    said = claims("Сотрудники МЧС Тарвинской области потушили склад на окраине Ольховки.\n\n"
                  "Департамент транспорта Тарвинской области сообщил, что дорога к складу закрыта.\n\n"
                  "«Огонь потушили за час», — уточнили в экстренном ведомстве.", cast)
    assert "mchs" in (speaker_of(said, "Огонь потушили") or "")


@pytest.mark.parametrize("field, ministry", [
    ("В оборонном", "Министерство обороны Бореалии"),
    ("Во внешнеполитическом", "МИД Бореалии"),
    ("В финансовом", "Министерство финансов Бореалии"),
    ("В таможенном", "Таможенная служба Бореалии"),
])
def test_a_ministry_referred_back_to_by_its_field_speaks_not_the_body_before(cast, field, ministry):
    said = claims(f"Департамент транспорта Бореалии сообщил, что паромы ходят по расписанию.\n\n"
                  f"{ministry} опровергает слухи о закрытии порта.\n\n"
                  f"{field} ведомстве напомнили, что проверка судов завершится в марте.", cast)
    assert speaker_of(said, "проверка судов") == speaker_of(said, "опровергает слухи") is not None
