"""A title after the verb of saying, then the outlet it spoke on («— заявил чиновник в эфире „Радио Вельска“»): the
outlet heard the words and passed them on; the speaker is the one the title refers back to, not the outlet."""
import pytest

from extracted import speakers_as_written

NAMED = "Министерство обороны Рутении не знает о новой технике, утверждает замглавы ведомства Иван Сомов.\n"


@pytest.mark.parametrize("tag", ["заявил чиновник в эфире \"Радио Вельска\"",
                                 "заявил замминистра в интервью \"Радио Вельска\"",
                                 "заявил чиновник в эфире радиостанции \"Вельск FM\""])
def test_the_title_speaks_not_the_outlet(linker, tag):
    text = NAMED + f"\"Не могу подтвердить это\", - {tag}.\n"
    assert speakers_as_written(text, linker)[-1] == "Иван Сомов"


def test_a_name_after_the_verb_still_speaks(linker):
    text = NAMED + "\"Не могу подтвердить это\", - заявил Сомов в эфире \"Радио Вельска\".\n"
    assert speakers_as_written(text, linker)[-1] == "Сомов"


@pytest.mark.parametrize("tag", ["заявил в эфире телеканала глава Минфина Иван Сомов",
                                 "сказал в интервью журналистам мэр Вельска Иван Сомов",
                                 "заявил в прямом эфире Иван Сомов",
                                 "сказал во время интервью Иван Сомов",
                                 "заявил в эфире \"Радио Вельска\" глава Минфина Иван Сомов"])
def test_a_person_after_the_interview_words_speaks(linker, tag):
    text = f"\"Не могу подтвердить это\", - {tag}.\n"
    assert speakers_as_written(text, linker)[-1] == "Иван Сомов"
