"""A Russian report or account carries its issuer's words as a statement does: «В докладе X говорится, что …»,
«…, говорится в докладе X» (or its bulletin or review), «Как говорится в докладе X, …» are X's (invented
bodies)."""
import pytest

from claimsgraph.link import Linker
from claimsgraph.model import Entity

from extracted import CAST, claims, speaker_of

HARBOUR = Entity("harbour", "Borealian Harbour Board", "Organization",
                 pref_labels=(("Borealian Harbour Board", "en"), ("Портовое управление Бореалии", "ru")))


@pytest.fixture(scope="module")
def linker():
    return Linker(CAST + [HARBOUR])


@pytest.mark.parametrize("text", [
    "В докладе Портового управления Бореалии говорится, что причалы на севере обмелели.",
    "В отчёте Портового управления Бореалии отмечается, что причалы на севере обмелели.",
    "Причалы на севере обмелели, говорится в докладе Портового управления Бореалии.",
    "Как говорится в докладе Портового управления Бореалии, причалы на севере обмелели.",
    "«Причалы на севере обмелели», - говорится в еженедельном бюллетене Портового управления Бореалии.",
    "Причалы на севере обмелели, говорится в обзоре Портового управления Бореалии.",
])
def test_a_report_names_its_issuer_as_the_speaker(linker, text):
    assert speaker_of(claims(text, linker, name="ru_t.txt"), "на севере обмелели") == "harbour"
