"""Russian sources a careful reader names: one whose explanation or figures a sentence follows («согласно пояснению
X», «по предварительным данным X»), an acting head called «врио» alone, and a title put after the verb whose holder
the text never named («Об этом рассказал врио губернатора …»), which is nobody who spoke before, nor the head of a
ministry named by its short name («глава МЧС»: a minister's office, not a region's); and the head of a body's branch
in an area, cited or quoted by title («со ссылкой на главу МЧС области Y»), rather than the body."""
import pytest

from claimsgraph.link import Linker
from extracted import speakers_as_written


@pytest.fixture(scope="module")
def linker():
    return Linker([])


@pytest.mark.parametrize("cue", ["Согласно пояснению", "Согласно разъяснениям", "Согласно комментарию"])
def test_what_a_named_speaker_explained_is_theirs(linker, cue):
    text = (f"Новости Нордской области\n\n{cue} заместителя министра финансов Ивана Громова, рост цен в Вельске "
            "замедлился из-за урожая.")
    assert "Громов" in (speakers_as_written(text, linker)[-1] or "")


@pytest.mark.parametrize("qualifier", ["предварительным", "официальным", "последним"])
def test_figures_a_body_gave_with_a_qualifier_are_the_bodys(linker, qualifier):
    text = (f"Новости Нордской области\n\nПо {qualifier} данным Министерства дорог Нордской области, ремонт моста "
            "в Вельске завершится осенью.")
    assert "Министерств" in (speakers_as_written(text, linker)[-1] or "")


def test_an_acting_head_called_vrio_alone_is_the_head_named_before(linker):
    text = ("Новости Нордской области\n\nПоездка главы региона Олега Тарасова в Вельск не состоялась.\n\n"
            "Жители Вельска не останутся без внимания, врио обещал приехать в город в июле.")
    assert "Тарасов" in (speakers_as_written(text, linker)[-1] or "")


@pytest.mark.parametrize("title", ["врио губернатора Нордской области", "губернатор области"])
def test_a_title_after_the_verb_held_by_no_one_named_is_not_the_last_speaker(linker, title):
    text = ("Новости Нордской области\n\nМинистр финансов Иван Громов заявил, что бюджет Вельска уже принят.\n\n"
            f"Школу в Вельске откроют в сентябре. Об этом рассказал {title}.")
    assert speakers_as_written(text, linker)[-1] is None


def test_a_verb_with_no_subject_still_goes_on_with_the_last_speaker(linker):
    text = ("Новости Нордской области\n\nМинистр финансов Иван Громов заявил, что бюджет Вельска уже принят. "
            "При этом отметил, что школы откроют в сентябре.")
    assert "Громов" in (speakers_as_written(text, linker)[-1] or "")


@pytest.mark.parametrize("head", ["глава МЧС области", "руководитель Минздрава"])
def test_the_head_of_a_ministry_by_its_short_name_is_no_head_of_the_region(linker, head):
    text = (f"Новости Нордской области\n\nПожар на складе в Вельске потушен, сообщил {head} Иван Громов.\n\n"
            "По словам главы региона, паводок в Вельске пройдет без потерь.")
    assert speakers_as_written(text, linker)[-1] is None


def test_the_head_of_a_ministry_by_its_short_name_is_the_minister_after(linker):
    text = ("Новости Нордской области\n\nПожар на складе в Вельске потушен, сообщил глава МЧС области Иван Громов.\n\n"
            "«Пострадавших нет», — добавил министр.")
    assert "Громов" in (speakers_as_written(text, linker)[-1] or "")


@pytest.mark.parametrize("cue", ["сообщает «Нордвести» со ссылкой на главу", "по словам главы"])
def test_a_head_titled_at_a_bodys_branch_in_an_area_speaks_not_the_body(linker, cue):
    text = ("Новости Нордской области\n\nМинистерство здравоохранения Нордской области закупило новые машины.\n\n"
            f"Пожар на складе в Вельске потушен, {cue} МЧС области Ивана Громова.")
    assert "Громов" in (speakers_as_written(text, linker)[-1] or "")
