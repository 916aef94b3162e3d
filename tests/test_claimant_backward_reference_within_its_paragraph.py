""""Об этом рассказал X" after other sentences of its paragraph points back to them, not past them to the paragraph
before; opening its own paragraph, it points back to the paragraph before (invented people and places)."""
import pytest

from claimsgraph.link import Linker
from extracted import CAST, KELL, claims, speaker_of


@pytest.fixture(scope="module")
def cast():
    return Linker([*CAST, KELL])


def test_a_reference_closing_its_paragraph_leaves_the_paragraph_before_to_the_article(cast):
    said = claims("Мост через Тарну откроют весной.\n\nВ Бореалии подорожал хлеб. Мука тоже стала дороже. "
                  "Об этом рассказал экономист Томас Варга.", cast, name="ru_t.txt")
    assert speaker_of(said, "Мост через Тарну") is None
    assert speaker_of(said, "подорожал хлеб") == "varga"
    assert speaker_of(said, "Мука тоже") == "varga"


def test_a_reference_opening_its_paragraph_points_to_the_paragraph_before(cast):
    said = claims("Мост через Тарну откроют весной.\n\nВ Бореалии подорожал хлеб.\n\n"
                  "Об этом рассказал экономист Томас Варга.", cast, name="ru_t.txt")
    assert speaker_of(said, "подорожал хлеб") == "varga"
    assert speaker_of(said, "Мост через Тарну") is None


def test_an_english_reference_closing_its_paragraph_keeps_to_it(cast):
    said = claims("The bridge over the Tarna will open in spring.\n\nBread prices in Borealia rose. Flour also "
                  "became dearer. This was stated by economist Tomas Varga.", cast)
    assert speaker_of(said, "bridge over the Tarna") is None
    assert speaker_of(said, "Flour also") == "varga"
