""""Глава миссии X в <место> Имя Фамилия заявил", "The head of the X office in <place> Name said": a person named right
after the place that closes their title speaks, not the body the title names before the place (invented people and
places)."""
import pytest

from claimsgraph.link import Linker
from claimsgraph.model import Entity

from extracted import claims, speaker_of, speakers_as_written

SOMOV = Entity("somov", "Ivan Somov", "Person", pref_labels=(("Ivan Somov", "en"), ("Иван Сомов", "ru")),
               alt_labels=(("Сомов", "ru"),))
KRUGLOVA = Entity("kruglova", "Anna Kruglova", "Person",
                  pref_labels=(("Anna Kruglova", "en"), ("Анна Круглова", "ru")), alt_labels=(("Круглова", "ru"),))
VELIGRAD = Entity("veligrad", "Veligrad", "Place", pref_labels=(("Veligrad", "en"), ("Велиград", "ru")),
                  alt_labels=(("Велиграде", "ru"),))
LEAGUE = Entity("league", "Northern League of Ports", "Organization",
                pref_labels=(("Northern League of Ports", "en"), ("СЛП", "ru")))


@pytest.fixture(scope="module")
def linker():
    return Linker([SOMOV, KRUGLOVA, VELIGRAD, LEAGUE])


def test_the_head_of_a_bodys_office_at_a_place_speaks(linker):
    out = claims("Глава представительства СЛП в Велиграде Иван Сомов заявил, что причалы будут расширены.",
                 linker, name="ru_t.txt")
    assert speaker_of(out, "причалы будут расширены") == "somov"


def test_a_woman_titled_at_a_place_speaks(linker):
    out = claims("Руководитель отделения СЛП в Велиграде Анна Круглова сообщила, что навигация откроется в апреле.",
                 linker, name="ru_t.txt")
    assert speaker_of(out, "навигация откроется") == "kruglova"


def test_a_person_met_at_a_place_in_another_case_does_not_speak(linker):
    out = claims("Иван Сомов на встрече с послом СЛП в Велиграде Анной Кругловой заявил, что причалы будут расширены.",
                 linker, name="ru_t.txt")
    assert speaker_of(out, "причалы будут расширены") == "somov"


def test_a_person_met_with_an_undeclined_name_after_a_title_in_the_instrumental_does_not_speak(linker):
    out = claims("Иван Сомов на встрече с послом СЛП в Велиграде Тарвико Сомато заявил, что причалы будут расширены.",
                 linker, name="ru_t.txt")
    assert speaker_of(out, "причалы будут расширены") == "somov"


def test_a_woman_met_with_an_undeclined_name_does_not_speak_for_a_mans_verb():
    from claimsgraph.pipeline import make_linker
    from conftest import ONTOLOGY

    text = ("Министр Бореалии Иван Сомов на встрече с министром по вопросам ЕС и экономики Норвии Эвелин Тарсо заявил, "
            "что причалы будут расширены, сообщает RNS.")
    assert speakers_as_written(text, make_linker(ONTOLOGY)) == ["Иван Сомов"]


def test_a_name_in_the_nominative_after_a_bodys_field_speaks(linker):
    out = claims("Ранее руководитель отдела СЛП по координации морских перевозок Иван Сомов сообщил, "
                 "что причалы будут расширены.", linker, name="ru_t.txt")
    assert speaker_of(out, "причалы будут расширены") == "somov"


def test_an_english_head_of_a_bodys_office_at_a_place_speaks(linker):
    out = claims("The head of the Northern League of Ports office in Veligrad Ivan Somov said the docks were full.",
                 linker)
    assert speaker_of(out, "the docks were full") == "somov"


def test_a_name_closing_a_long_title_run_after_a_bodys_name_speaks():
    from claimsgraph.pipeline import make_linker
    from conftest import ONTOLOGY

    text = ("The border talks resumed on Monday. Borealia's Vice-Premier, Chair of the Borealian Commission on "
            "Delimitation of the Borealian-Norvian Border Tomas Varga described as \"constructive\" the first session "
            "of the two commissions.")
    every_kind = ("statement", "event", "relation", "quantity")
    assert speakers_as_written(text, make_linker(ONTOLOGY), name="t.txt", kinds=every_kind)[-1] == "Tomas Varga"


def test_an_english_title_at_a_place_with_no_name_leaves_the_body(linker):
    out = claims("The head of the Northern League of Ports office in Veligrad said the docks were full.", linker)
    assert speaker_of(out, "the docks were full") != "somov"
