"""A sentence that points back to name who said what came before keeps doing so when an outlet's tag closes it
(«Об этом она написала в блоге, передаёт NordNews», and whatever its verb where a preposition opens the reference:
«Об этом объявил X, сообщает сайт Y»); a reference that is the subject of a clause of its own
which a said-tag closes («Это заявление будет важным, добавил X») is a claim of X's about it."""
import pytest

from claimsgraph.link import Linker
from claimsgraph.model import Entity
from extracted import claims, speaker_of

ZORIN = Entity("zorin", "Pavel Zorin", "Person", pref_labels=(("Павел Зорин", "ru"),))
NORDNEWS = Entity("nordnews", "NordNews", "Organization", pref_labels=(("NordNews", "ru"),))


@pytest.fixture(scope="module")
def linker():
    return Linker([ZORIN, NORDNEWS])


@pytest.mark.parametrize("tag", ["Об этом министр Павел Зорин сообщил в соцсети, информирует NordNews.",
                                 "Об этом сообщил министр Павел Зорин, передает NordNews.",
                                 "Об этом объявил министр Павел Зорин, сообщает сайт vell.news."])
def test_the_reference_names_the_speaker_before_the_outlets_tag(linker, tag):
    text = f"Порт Орвель откроется для паромов в следующем месяце. {tag}"
    assert speaker_of(claims(text, linker, name="ru_t.txt"), "Порт Орвель") == "zorin"


@pytest.mark.parametrize("tag", ["Об этом объявил министр Павел Зорин, сообщает сайт vell.news.",
                                 "С таким заявлением выступил министр Павел Зорин, передает NordNews."])
def test_a_reference_a_preposition_opens_names_the_speaker_of_the_paragraph_before_whatever_its_verb(linker, tag):
    text = f"Порт Орвель откроется для паромов в следующем месяце.\n\n{tag}"
    assert speaker_of(claims(text, linker, name="ru_t.txt"), "Порт Орвель") == "zorin"


def test_a_reply_to_what_came_before_names_no_one_who_said_it(linker):
    """«С этим заявлением не согласились …»: the reply is the outlet's report, the words before stay the article's."""
    text = "Порт Орвель откроется для паромов в следующем месяце.\n\nС этим заявлением не согласились в оппозиции, " \
           "сообщает NordNews."
    assert speaker_of(claims(text, linker, name="ru_t.txt"), "Порт Орвель") is None


def test_a_reference_in_a_clause_of_its_own_is_a_claim_of_the_tags_speaker(linker):
    text = "Порт Орвель откроется для паромов в следующем месяце. Это заявление будет важным, добавил Павел Зорин."
    assert speaker_of(claims(text, linker, name="ru_t.txt"), "Это заявление") == "zorin"
