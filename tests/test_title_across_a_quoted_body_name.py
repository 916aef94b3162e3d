"""A title written again alone («– отметил тренер») names the one person the text titled so; a title whose body
is a quoted name between it and the person («главный тренер клуба «Вельск» Пётр Ланин») ended at the quotation
mark, so that person went untitled and the title alone fell to another the text titled so elsewhere."""
import pytest

from claimsgraph.link import Linker
from extracted import claims, speaker_of


@pytest.fixture(scope="module")
def no_registry():
    return Linker([])


@pytest.mark.parametrize("club", ["«Вельск»", '"Вельск"'])
def test_a_coach_titled_across_a_quoted_club_name_speaks_for_the_title_alone(no_registry, club):
    out = claims(f"Главный тренер клуба {club} Иван Сомов покинул свой пост. "
                 "«Клуб расторг контракт с главным тренером Иваном Сомовым по соглашению сторон», — говорится в "
                 "заявлении клуба. Сомов принял команду по ходу сезона.\n"
                 f"Главный тренер клуба {club} Пётр Ланин после матча с соседями провёл пресс-конференцию. "
                 "Ланин похвалил игроков за характер. «Сегодня нам не повезло», – отметил тренер.",
                 no_registry, name="ru_t.txt")
    assert speaker_of(out, "не повезло") == speaker_of(out, "Ланин похвалил") is not None
