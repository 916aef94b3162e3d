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


@pytest.mark.parametrize("text, name", [
    ("Оппозиция ничего не изменит, поскольку жители Бореалии против реформы, такое заявление сделал экономист "
     "Томас Варга.", "ru_t.txt"),
    ("The opposition will change nothing, since the people of Borealia reject the reform, such a statement was made "
     "by economist Tomas Varga.", "t.txt"),
])
def test_a_reference_after_a_comma_names_who_said_the_clauses_before_it(cast, text, name):
    """The reference closes a sentence of two clauses, with no verb of saying after it: who said them."""
    said = claims(text, cast, name=name)
    assert speaker_of(said, "ничего не изменит" if name.startswith("ru") else "will change nothing") == "varga"


def test_a_reference_before_its_own_verb_of_saying_leaves_the_sentence_whole(cast):
    said = claims("Оппозиция ничего не изменит, поскольку жители Бореалии против, об этом в среду заявил Томас "
                  "Варга.", cast, name="ru_t.txt")
    assert [quote for quote, _ in said] == ["Оппозиция ничего не изменит, поскольку жители Бореалии против, об этом "
                                            "в среду заявил Томас Варга."]
    assert speaker_of(said, "ничего не изменит") == "varga"
