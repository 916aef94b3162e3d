"""Where case shows, a noun for a person or people heading the subject, whose complement in the genitive ends with a
body or a country ("Неназванный сотрудник силовых структур Бореалии сообщил", "Жители Бореалии уверяют"), is
someone unnamed: the body does not speak; one who speaks for it ("Представители Бореалии сообщили") still lets it."""
import pytest

from claimsgraph.link import Linker
from extracted import CAST, claims, speaker_of


@pytest.fixture(scope="module")
def cast_linker():
    return Linker(CAST)


@pytest.mark.parametrize("subject", ["Неназванный сотрудник таможенных служб Бореалии сообщил",
                                     "Рыбаки Бореалии уверяют", "Офицер пограничной охраны Бореалии рассказал"])
def test_an_unnamed_member_does_not_make_the_body_speak(cast_linker, subject):
    out = claims(f"Капитан Томас Варга задержан в порту. {subject}, что шхуну конфисковали.", cast_linker)
    assert speaker_of(out, "шхуну конфисковали") != "borealia"


def test_those_who_speak_for_the_body_still_let_it_speak(cast_linker):
    out = claims("Капитан Томас Варга задержан в порту. Представители Бореалии сообщили, что шхуну конфисковали.",
                 cast_linker)
    assert speaker_of(out, "шхуну конфисковали") == "borealia"
