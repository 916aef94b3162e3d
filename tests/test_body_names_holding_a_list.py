"""A body's name that holds a list of capitalised words, "A, B and C", is one name (names.py ``_list_in_name``),
and the list stops where a name of someone or somewhere else begins."""
import re

import pytest


@pytest.mark.parametrize("sentence, model, name", [
    # the rest of a list its complement opens, which the model reads as one body's name or stops at the comma
    ("The Ministry of Labour, Health and Social Affairs said on Monday that wages would rise.",
     "Ministry of Labour, Health and Social Affairs", "Ministry of Labour, Health and Social Affairs"),
    ("Farmers wrote to the State Committee on Irrigation, Drainage and Soil Quality to say the canals were dry.",
     "State Committee on Irrigation", "State Committee on Irrigation, Drainage and Soil Quality"),
    ("Members of the Joint Committee on Housing, Planning and Local Government voted against it.",
     "Joint Committee on Housing, Planning and Local Government",
     "Joint Committee on Housing, Planning and Local Government"),
    ("The Committee on Tariffs, Customs and Trade, and Shipping met in the port on the last day of the month.",
     "Committee on Tariffs", "Committee on Tariffs, Customs and Trade, and Shipping"),
    # the title after the list is the holder's, not a word of the name
    ("The Ministry of Labour, Health and Social Affairs Minister Tomas Relk said wages would rise.",
     "Ministry of Labour", "Ministry of Labour, Health and Social Affairs"),
    # the first words of a list its joiner closes before the head
    ("The Paper, Print and Media Union said its members would strike.",
     "Print and Media Union", "Paper, Print and Media Union"),
    ("The Fisheries, Forests and Water Authority said on Monday that the lakes were low.",
     "Forests and Water Authority", "Fisheries, Forests and Water Authority"),
    # a Russian name that lists its fields in lower case keeps the model's span, commas and all
    ("Министерство труда, занятости и социальной защиты Тарвинии сообщило, что пособия вырастут в мае.",
     "Министерство труда, занятости и социальной защиты", "Министерство труда, занятости и социальной защиты"),
    ("В Министерстве цифрового развития, связи и печати сообщили, что тарифы вырастут в мае.",
     "Министерстве цифрового развития, связи и печати", "Министерство цифрового развития, связи и печати"),
])
def test_a_list_inside_a_body_s_name_is_part_of_the_name(typed, sentence, model, name):
    headline = "Тарифы" if re.search("[а-я]", sentence) else "Report"   # in the sentence's language
    types, _ = typed(f"{headline}\n\n{sentence}\n", [(model, "Organization", 0)])
    assert types.get(name) == "Organization"


@pytest.mark.parametrize("text, models, body", [
    # people named after the body: a list of its own
    ("Talks\n\nThe Ministry of Defence, Tomas Relk and Ines Tarro were not asked to come to the talks.\n",
     [("Ministry of Defence", "Organization", 0), ("Tomas Relk", "Person", 0), ("Ines Tarro", "Person", 0)],
     "Ministry of Defence"),
    # bodies named after the body, whose names the lemmatiser does not know as words
    ("Rates\n\nThe Bank of Tarvinia, Vexon and Orlane said that rates would rise.\n",
     [("Bank of Tarvinia", "Organization", 0), ("Vexon", "Organization", 0), ("Orlane", "Organization", 0)],
     "Bank of Tarvinia"),
    # bodies named by their heads after the body: a list of bodies
    ("Talks\n\nThe Ministry of Defence, Navy and Air Force issued a joint statement on the drills on Monday.\n",
     [("Ministry of Defence", "Organization", 0), ("Air Force", "Organization", 0)], "Ministry of Defence"),
    # days after the body: when, not what it is of
    ("Talks\n\nTalks were held at the Ministry of Foreign Affairs, Monday and Tuesday, officials said.\n",
     [("Ministry of Foreign Affairs", "Organization", 0)], "Ministry of Foreign Affairs"),
])
def test_names_listed_after_a_body_s_name_are_no_list_inside_it(typed, text, models, body):
    types, _ = typed(text, models)
    assert types.get(body) == "Organization"
    assert not any(label.startswith(body + ",") for label in types)


def test_companies_listed_with_capitals_are_no_body_s_fields(typed):
    types, _ = typed("Тарифы\n\nКомиссия Вельмара, Торна и Орлы сообщила, что тарифы вырастут в мае.\n",
                     [("Комиссия Вельмара, Торна и Орлы", "Organization", 0)])
    assert not any("," in label for label in types)
