"""«О том, как …, рассказал X»: a sentence that opens with the topic of the words to come tags what follows it (the
interview under it), never the article's narration before it in its paragraph."""
import pytest

from claimsgraph.link import Linker
from extracted import speakers_as_written


@pytest.fixture(scope="module")
def linker():
    return Linker([])


@pytest.mark.parametrize("outlet", ["газете", "«Вестнику»"])
def test_the_sentence_before_a_topic_lead_stays_the_articles(linker, outlet):
    text = ("Во вторник в Брестове пройдет встреча министров Эстерии и Велландии. О том, чего ждать от переговоров, "
            f"в интервью {outlet} рассказал посол Иван Петрович Сомов.\n\n— Иван Петрович, чего вы ждете от встречи?")
    assert speakers_as_written(text, linker)[0] is None
