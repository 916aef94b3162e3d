"""A quotation's said-tag naming its speaker by the head of a body: «— произнес глава тарнийского МИД»."""
import pytest

from claimsgraph.link import Linker

from extracted import speakers_as_written

OPENING = ("Министр иностранных дел Тарнии Иван Петрович Сомов не следит за заявлениями Вестонии. "
           "Об этом он сообщил после переговоров в Стрелсау.\n\n")


@pytest.fixture(scope="module")
def linker():
    return Linker([])


@pytest.mark.parametrize("tag", ["сказал глава тарнийского МИД", "заявил глава тарнийского МИД",
                                 "сказал глава МИД"])
def test_head_of_a_body_with_its_adjective_is_the_minister_named_before(tag, linker):
    text = OPENING + f"«Я давно не читаю то, что пишет Вестония. Угроз там хватает», — {tag}.\n"
    assert (speakers_as_written(text, linker)[-1] or "").endswith("Сомов")


@pytest.mark.parametrize("verb", ["произнес", "произнёс"])
def test_uttering_verb_reports_the_quotation(verb, linker):
    text = OPENING + f"«Угроз там хватает», — {verb} Сомов.\n"
    assert (speakers_as_written(text, linker)[-1] or "").endswith("Сомов")

