"""Russian claims whose speaker is a title put after the verb («Об этом сообщил глава Минфина»), the head of a body
named by its short head whom the text titled by the body's field («министр финансов»), and figures of background
after a report (invented people, places and bodies)."""
import pytest

from claimsgraph.link import Linker
from extracted import CAST, KELL, claims, claims_all, speaker_of

TRIP = ("В Северный край выехали министр финансов Томас Варга, глава МВД Ирина Сомова и министр "
        "культуры Арно Келл.")


@pytest.fixture(scope="module")
def cast():
    return Linker([*CAST, KELL])


def test_the_head_of_a_ministry_named_short_is_its_minister(cast):
    said = claims(TRIP + " Об этом на пресс-конференции сообщил руководитель Минфина.\n\n"
                  "По его словам, в крае откроют новое казначейство.", cast, name="ru_t.txt")
    assert speaker_of(said, "выехали министр") == "varga"
    assert speaker_of(said, "новое казначейство") == "varga"


@pytest.mark.parametrize("head", ["глава министерства", "руководитель министерства"])
def test_a_title_right_after_the_verb_is_its_subject(cast, head):
    said = claims("Министр культуры Бореалии Арно Келл прибыл в Озерск.\n\n"
                  "Томас Варга заявил, что выставка откроется весной.\n\n"
                  f"В крае построят новый театр. Об этом на брифинге сообщил {head}.", cast, name="ru_t.txt")
    assert speaker_of(said, "новый театр") == "kell"


def test_a_title_in_another_case_after_the_verb_is_not_the_subject(cast):
    said = claims("Министр культуры Бореалии Арно Келл прибыл в Озерск.\n\n"
                  "Томас Варга открыл выставку в столице и сообщил министру культуры, что музей достроен.",
                  cast, name="ru_t.txt")
    assert speaker_of(said, "музей достроен") != "kell"


def test_a_title_in_another_case_right_after_the_verb_is_no_speaker(cast):
    # the title in the dative is the one told, not the one who told: no name before the verb to fall back on
    said = claims("Министр культуры Бореалии Арно Келл прибыл в Озерск.\n\n"
                  "В крае построят новый театр. Об этом на брифинге сообщили министру культуры.", cast, name="ru_t.txt")
    assert speaker_of(said, "новый театр") is None

def test_background_after_a_report_is_the_articles_own(cast):
    said = claims_all("В Озерском крае может появиться ведомство по туризму. Об этом газете сообщил "
                      "губернатор края Томас Варга.\n\n"
                      "Напомним, в прошлом году в крае уже объединили четыре министерства.", cast)
    assert speaker_of(said, "объединили четыре") is None
