"""Interview layouts: labels with an outlet, labels alone on their line, titles as labels, answers after a question
that names someone, one-question dash interviews. Invented names and sentences."""
import pytest

from claimsgraph.link import Linker
from claimsgraph.model import Entity
from extracted import claims

ENTITIES = [
    Entity("hale", "Mara Hale", "Person", pref_labels=(("Mara Hale", "en"), ("Мара Хейл", "ru")),
           alt_labels=(("Hale", "en"), ("Хейл", "ru"))),
    Entity("vell", "Jon Vell", "Person", pref_labels=(("Jon Vell", "en"), ("Йон Велл", "ru")),
           alt_labels=(("Vell", "en"), ("Велл", "ru"))),
    Entity("varga", "Tomas Varga", "Person", pref_labels=(("Tomas Varga", "en"), ("Томас Варга", "ru")),
           alt_labels=(("Varga", "en"), ("Варга", "ru"))),
    Entity("northwire", "Northwire TV", "Organization", pref_labels=(("Northwire TV", "en"),
                                                                     ("Нортвайр ТВ", "ru"))),
    Entity("freedonia", "Freedonia", "Country", pref_labels=(("Freedonia", "en"), ("Фридония", "ru"))),
]


@pytest.fixture(scope="module")
def linker():
    return Linker(ENTITIES)


def test_a_label_with_the_interviewers_outlet_names_the_interviewer(linker):
    text = ("Mara Hale gave an interview to local channels\n\n"
            "Jon Vell, Northwire TV: Good evening, Madam President. The harbour reopened this week.\n\n"
            "The tariffs rose as well.")
    assert claims(text, linker)[-2:] == [("The harbour reopened this week.", "vell"),
                                         ("The tariffs rose as well.", "vell")]


def test_a_russian_label_with_an_outlet_and_the_answer_after_it(linker):
    text = ("Президент Фридонии дала интервью\n\n"
            "Йон Велл, Нортвайр ТВ: Добрый вечер. Начнём с итогов года. Каким он был?\n\n"
            "Президент Мара Хейл: Год оказался успешным. Урожай был высоким.")
    out = claims(text, linker)
    assert ("Год оказался успешным.", "hale") in out and ("Урожай был высоким.", "hale") in out
    assert not any(who is None and "успешным" in quote for quote, who in out)


def test_a_sentence_with_a_comma_before_its_colon_is_no_label(linker):
    text = "Harbour news\n\nIn the port of Vellmar, the figures were clear: the harbour reopened this week."
    assert [who for _, who in claims(text, linker)] == [None]


def test_a_label_alone_on_its_line_gives_the_next_paragraph_its_speaker(linker):
    text = ("Freedonia and the bridge\n"
            "Mara Hale (through an interpreter):\n"
            "We will open the bridge in the spring.\n"
            "Jon Vell:\n"
            "Will it be in April?\n"
            "Mara Hale (through an interpreter):\n"
            "Nobody can say that yet.")
    assert claims(text, linker) == [("We will open the bridge in the spring.", "hale"),
                                    ("Nobody can say that yet.", "hale")]


def test_a_sentence_ending_in_a_colon_is_no_label_alone(linker):
    text = ("Bridge talks\n\nMara Hale said on Monday:\n\n"
            "“We will open the bridge in the spring.”\n\nThe talks then went on without the press.")
    assert [who for _, who in claims(text, linker)][-1] is None


def test_a_title_in_capitals_is_the_person_the_text_gives_it(linker):
    text = ("Interview with Jon Vell\n\n"
            "JON VELL: Good evening. Tonight we are joined by the Governor, Mara Hale.\n\n"
            "GOVERNOR: The dam will hold this winter. The roads are open.\n\n"
            "JON VELL: And the bridge?\n\n"
            "GOVERNOR: It opens in May.")
    out = dict(claims(text, linker))
    assert out["The dam will hold this winter."] == "hale"
    assert out["It opens in May."] == "hale"


def test_a_label_in_capitals_naming_no_one_ends_the_speakers_turn(linker):
    text = ("Interview with Jon Vell\n\n"
            "JON VELL: Good evening. The dam will hold this winter.\n\n"
            "MARA HALE: The roads are open.\n\n"
            "MODERATOR: The session ends at noon.")
    assert dict(claims(text, linker))["The session ends at noon."] is None


def test_a_question_label_whose_mark_is_inside_quotation_marks_asks(linker):
    text = ("Radio exchange\n\n"
            "JON VELL: “Three of our staff are in their thirties. What is your advice to them?”\n\n"
            "MARA HALE: “Wait for your turn and keep calm.”")
    assert [who for _, who in claims(text, linker)] == ["hale"]


def test_an_answer_is_not_the_person_the_question_asks_about(linker):
    text = ("The interview of the Trade Minister of Freedonia\n\n"
            "Question: Tomas Varga said on Monday that the tariffs would stay. How do you see this?\n\n"
            "Answer: The tariffs hurt both of our countries.")
    assert claims(text, linker) == [("The tariffs hurt both of our countries.", None)]


def test_an_answer_is_the_person_the_question_addresses(linker):
    text = ("Trade interview\n\nQuestion: Mr Varga, will the tariffs stay?\n\n"
            "Answer: They will stay until May.")
    assert claims(text, linker) == [("They will stay until May.", "varga")]


def test_an_answer_is_not_a_person_an_earlier_answer_names(linker):
    text = ("Mara Hale answered questions from the press\n\n"
            "Question: Will the tariffs stay?\n\nAnswer: I disagree with my colleague Tomas Varga on that.\n\n"
            "Question: And the bridge?\n\nAnswer: The bridge opens in May.")
    assert dict(claims(text, linker))["The bridge opens in May."] == "hale"


@pytest.mark.parametrize("dash", ["— ", "-"])
def test_one_question_and_its_answer_after_an_intro_about_an_interview(linker, dash):
    text = ("Томас Варга дал интервью газете «Северный вестник».\n\n"
            f"{dash}Когда откроют мост через реку?\n\n"
            f"{dash}Мост откроют весной. Работы идут по графику.")
    assert claims(text, linker)[-2:] == [("Мост откроют весной.", "varga"), ("Работы идут по графику.", "varga")]


def test_two_dashed_paragraphs_without_an_interview_are_no_interview(linker):
    text = ("Томас Варга приехал в порт.\n\n"
            "— Когда откроют мост через реку?\n\n"
            "— Мост откроют весной. Работы идут по графику.")
    assert all(who != "varga" or "Варга" in quote for quote, who in claims(text, linker))


def test_the_words_after_a_label_naming_no_one_alone_on_its_line_are_no_ones(linker):
    text = ("Doorstop at the harbour\n\nJOURNALIST:\n\nNorthwire TV says it will cut jobs today?\n\nSPOKESPERSON:\n\n"
            "Ask the company. They never call back.\n\nJOURNALIST:\n\nAnd the tariffs?\n\nSPOKESPERSON:\n\n"
            "We expect a hard winter.")
    assert claims(text, linker) == [("Ask the company.", None), ("They never call back.", None),
                                    ("We expect a hard winter.", None)]
