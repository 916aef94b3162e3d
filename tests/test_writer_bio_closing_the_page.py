"""The writer's bio closing a page ("Jane Roe is a senior correspondent for …", «Анна Роева — обозреватель …») is
furniture, no claim of the article's; a last paragraph about a journalist the article already named stays."""
import pytest

from claimsgraph.link import Linker
from extracted import CAST, body_texts, claims_all

EN = ("Floods in Borealia\n\nThe mayor of Nordport, Tomas Varga, said the quay would reopen on Friday.\n\n"
      "Repairs to the dam began on Monday and will last until May, the water agency said.\n\n{last}\n")
RU = ("Наводнение в Бореалии\n\nМэр Нордпорта Томас Варга заявил, что набережную откроют в пятницу.\n\n"
      "Ремонт плотины начался в понедельник и продлится до мая.\n\n{last}\n")


@pytest.fixture(scope="module")
def cast_linker():
    return Linker(CAST)


@pytest.mark.parametrize("page,bio", [
    (EN, "Ansel Trey is a senior correspondent for the Harbour Post covering energy. He has reported from "
         "Lindholm since 2027."),
    (EN, "Greta Holm Vasse is a freelance writer based in Nordport."),
    (RU, "Анна Роева — обозреватель издания, пишет о промышленности и энергетике с 2027 года."),
    (RU, "Пётр Велин — автор колонки «Город» в издании «Вестник». Он живёт в Нордпорте."),
])
def test_a_writers_bio_closing_the_page_is_no_claim(cast_linker, page, bio):
    text = page.format(last=bio)
    assert bio not in body_texts(text)
    out = claims_all(text, cast_linker)
    assert not any(bio[:20] in t for t, _ in out)
    assert any("quay would reopen" in t or "набережную откроют" in t for t, _ in out)


def test_a_last_paragraph_about_a_journalist_the_article_named_stays():
    text = EN.format(last="Ansel Trey is a reporter for the Harbour Post who was held for two days.").replace(
        "Repairs to the dam", "Ansel Trey was freed on Sunday. Repairs to the dam")
    assert "Ansel Trey is a reporter for the Harbour Post who was held for two days." in body_texts(text)


@pytest.mark.parametrize("page,before,last", [
    (EN, "Ms. Roe was detained on Monday, her editor said. ",
     "Anna Roe is a senior correspondent for the Harbour Post. Her lawyer said she would appeal."),
    (RU, "Суд арестовал корреспондента «Вестника» Анну Роеву, сообщил её адвокат. ",
     "Анна Роева — корреспондент «Вестника» с 2019 года. Её коллеги заявили, что она невиновна."),
    (RU, "", "Пётр Велин — корреспондент «Вестника». Его адвокат заявил, что обвинения ложные."),
    (RU, "", "Пётр Велин — автор законопроекта о мостах, принятого в мае."),
])
def test_a_last_paragraph_about_someone_named_in_another_case_or_speaking_stays(page, before, last):
    """The article named the person before in another case or by the surname alone; or the paragraph goes on with
    someone's words; or «автор» is of a bill, no column's: the paragraph is the article's."""
    text = page.format(last=last).replace("Ремонт плотины", before + "Ремонт плотины").replace(
        "Repairs to the dam", before + "Repairs to the dam")
    assert last in body_texts(text)
