"""A quotation a colon opens after a reported clause ("The paper reported that X said: «…»") goes on in the words of
that clause's speaker, not of the outlet or person who passed them on (invented people and bodies)."""
import pytest

from claimsgraph.link import Linker
from claimsgraph.model import Entity
from extracted import CAST, KELL, claims, speaker_of

HERALD = Entity("herald", "Lorne Herald", "Organization", pref_labels=(("Lorne Herald", "en"), ("Лорнский вестник", "ru")),
                alt_labels=(("Лорнский вестник", "ru"), ("Лорнского вестника", "ru")))


@pytest.fixture(scope="module")
def cast():
    return Linker([*CAST, KELL, HERALD])


def test_a_quotation_opened_inside_an_outlets_report_goes_on_as_the_inner_speakers(cast):
    said = claims("Ранее газета «Лорнский вестник» сообщила, что 3 марта на съезде в Тарне Томас Варга, отвечая "
                  "на вопрос о выборах, заявил: «Мы не покинем коалицию. Наши министры останутся на своих постах. "
                  "Я в этом уверен».\n\nПозднее Мира Орлен сказала, что не видит повода для комментариев.",
                  cast, name="ru_t.txt")
    assert speaker_of(said, "Наши министры") == "varga"
    assert speaker_of(said, "в этом уверен") == "varga"
    assert speaker_of(said, "повода для комментариев") == "orlen"


def test_a_person_passing_on_anothers_words_is_not_their_speaker(cast):
    said = claims("Арно Келл рассказал, что Мира Орлен заявила журналистам: «Завод закроют к осени. Рабочих "
                  "переведут в соседний город».", cast, name="ru_t.txt")
    assert speaker_of(said, "Рабочих") == "orlen"


def test_a_verb_with_a_clause_of_its_own_before_the_colon_keeps_the_outer_speaker(cast):
    said = claims("Арно Келл рассказал, что Мира Орлен уехала, и добавил: «Завод закроют к осени. Рабочих "
                  "переведут в соседний город».", cast, name="ru_t.txt")
    assert speaker_of(said, "Рабочих") == "kell"
