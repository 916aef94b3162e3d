"""An opening mark typed where the closing one belongs, after the quotation's last comma and before a said-tag in
small letters ("…, “the minister added."): it opened nothing new and closed nothing, so the quotation ran on to
the paragraph's end, the tag and the article's sentences after it read as the words of whoever spoke before."""
import pytest

from claimsgraph.ingest import parse_document
from claimsgraph.link import Linker
from claimsgraph.segment import quote_regions
from extracted import CAST, claims, speaker_of


@pytest.fixture(scope="module")
def cast_linker():
    return Linker(CAST)


def quoted(text, name="t.txt"):
    doc = parse_document(name, text.encode(), "text/plain")
    return [doc.text[r.span.start:r.span.end] for r in quote_regions(doc)]


def test_the_mark_before_a_tag_in_small_letters_closes_the_quotation():
    assert quoted("“The ferries will be late, “the harbour master added. The port stays open.") == \
        ["The ferries will be late, "]


def test_a_quotation_inside_one_that_its_own_mark_closes_still_opens():
    assert quoted("“We told them, “leave the pier,” and they left,” Varga said.") == \
        ["We told them, “leave the pier,” and they left,"]


@pytest.mark.parametrize("text, name", [
    ("Mira Orlen said the port of Borealia would reopen.\n\n"
     "“The ferries will be late this week, “the harbour master Tomas Varga added. The port stays open.", "t.txt"),
    ("Мира Орлен сообщила, что порт Бореалии откроется.\n\n"
     "«Паромы опоздают на этой неделе, «добавил начальник порта Томас Варга. Порт останется открытым.", "ru_t.txt"),
])
def test_the_tag_after_the_mistyped_mark_names_the_speaker(cast_linker, text, name):
    out = claims(text, cast_linker, name=name)
    assert speaker_of(out, "Варга" if name.startswith("ru") else "Varga") == "varga"
    assert speaker_of(out, "Порт останется" if name.startswith("ru") else "port stays open") is None


@pytest.mark.parametrize("name, text, words", [
    ("ru_t.txt", "Мира Орлен выиграла забег.\n«Это были тяжелые годы. Я собрала все медали.\n"
     "До финала я не думала, что смогу проплыть так быстро.\n"
     "Но до рекорда мало, я подумала: «Почему не быстрее?» — сказала Орлен после финиша.\n", "проплыть так"),
    ("t.txt", "Mira Orlen won the race.\n“These were hard years. I have every medal now.\n"
     "Before the final I did not think I could swim so fast.\n"
     "But the record is close, and I thought: “Why not faster?” — said Orlen after the final.\n", "swim so fast"),
])
def test_one_closing_mark_after_a_quoted_question_and_before_a_tag_closes_a_long_quotation_too(cast_linker, name,
                                                                                                 text, words):
    assert speaker_of(claims(text, cast_linker, name=name), words) == "orlen"


def test_a_paragraph_that_quotes_a_word_alone_does_not_carry_a_quotation_left_open():
    text = ("Mira Orlen won the race.\n“These were hard years, she said.\n"
            "The mayor called it a “triumph” — the paper wrote.\n")
    assert "The mayor called it a" not in "".join(quoted(text))


def test_a_capitalised_name_in_straight_marks_inside_an_open_quotation_leaves_it_open(cast_linker):
    text = ("Мира Орлен заявила о подписании соглашения.\n\n"
            "\"Соглашение откроет новую эпоху между нашими странами\", - сказала Орлен.\n\n"
            "\"Подписание дает уверенность. Рада, что Бореалия будет работать для проекта \"Путь мира и труда\" "
            "(это шоссе вдоль побережья, которое свяжет два порта). Это важный шаг для всего региона\n")
    out = claims(text, cast_linker, name="ru_t.txt")
    assert speaker_of(out, "Рада, что Бореалия") == "orlen"
    assert any("Путь мира и труда" in q and "Это важный шаг" in q for q in quoted(text, "ru_t.txt"))
