"""Russian names put in their base form without changing word (link.inflect), and an adjective after a noun it
names (names._gender_of_the_noun_named). Invented places and bodies."""
import pytest

from claimsgraph.link import case_forms


def test_a_superlative_in_a_body_name_keeps_its_own_stem_in_the_base_form(typed):
    text = ("Новости\n\n"
            "Студенты Высшей школы гончаров из Тарвинска выиграли конкурс, сообщил ректор.\n")
    found, _ = typed(text, [("Высшей школы гончаров", "Organization", 0), ("Тарвинска", "Place", 0)])
    assert "Высшая школа гончаров" in found
    assert not any("Высочайш" in label for label in found)


def test_the_case_forms_of_a_title_with_a_superlative_keep_its_stem():
    forms = case_forms("высшая школа гончаров")
    assert "высшей школы гончаров" in forms
    assert not any("высочайш" in f for f in forms)


def test_an_adjective_after_a_street_is_no_area_of_the_kind_the_text_named(typed):
    text = ("Пожар\n\n"
            "В Тарвинской области за сутки потушили три пожара. Один дом загорелся в Лидне на улице Озёрской.\n")
    found, _ = typed(text, [("Тарвинской области", "Place", 0), ("Лидне", "Place", 0)])
    assert "Озёрская область" not in found


def test_an_adjective_the_model_names_after_a_street_is_no_place(typed):
    text = ("Пожар\n\n"
            "Один дом загорелся в Лидне на улице Озёрской, сообщили спасатели.\n")
    found, _ = typed(text, [("Озёрской", "Place", 0), ("Лидне", "Place", 0)])
    assert not any(label.startswith("Озёрск") for label in found)



def test_a_settlement_and_the_district_after_it_are_two_places(typed):
    text = ("Суд\n\n"
            "Бывшего директора фермы в посёлке Озёрный Тарвинского района приговорили к штрафу.\n")
    found, _ = typed(text, [])
    assert found.get("Озёрный") == "Place"
    assert found.get("Тарвинский район") == "Place"
    assert not any(label.startswith("Озёрный Тарвинск") for label in found)


def test_a_body_described_after_its_voice_ends_before_a_preposition():
    from claimsgraph.extract import extract
    from claimsgraph.ingest import parse_document
    from claimsgraph.link import Linker

    text = ("Новый эколог\n\n"
            "Ответа от пресс-службы областного правительства по этому поводу не поступило, сообщили источники.")
    doc = parse_document("t.txt", text.encode(), "text/plain")
    labels = {e.label for e in extract(doc, Linker([])).new_entities}
    assert "областное правительство" in labels
    assert not any(label.endswith(" по") for label in labels)


def test_a_place_with_its_kind_abbreviated_is_the_place_written_in_full(typed):
    text = ("Пожары\n\n"
            "Пожары в Тарвинской области не утихают. Рубрика: Тарвинская обл. Общество\n")
    found, mentions = typed(text, [("Тарвинской области", "Place", 0), ("Тарвинская обл", "Place", 0)])
    assert "Тарвинская обл" not in found
    assert ("Тарвинская обл", "Тарвинская область") in mentions


def test_a_countrys_acronym_the_model_read_into_a_persons_name_is_the_country_of_the_title(typed):
    text = "Новости\n\nПаром выйдет в понедельник, заявил комиссар по делам флота РА Ваче Мелкумян.\n"
    found, _ = typed(text, [("РА Ваче Мелкумян", "Organization", 0)])
    assert found.get("Ваче Мелкумян") == "Person"
    assert "РА Ваче Мелкумян" not in found


@pytest.mark.parametrize("written, read", [
    ("Ранее критик Ваче Гофманов сказал, что фильм провалился в прокате.", "Ваче Гофманов"),
    ("Фильм похвалил критик Ваче Гофманов.", "Ваче Гофманов"),
    ("Фильм понравился Ваче Гофманову.", "Ваче Гофманову"),
])
def test_a_surname_read_only_as_a_plural_is_one_persons_as_written(typed, written, read):
    found, _ = typed("Кино\n\n" + written + "\n", [(read, "Person", 0)])
    assert "Ваче Гофманов" in found


@pytest.mark.parametrize("text, found", [
    ("Варга также сообщил журналистам, что паром выйдет в понедельник.", {"Варга": "Person"}),
    ("Кварц также сообщил журналистам, что паром выйдет в понедельник.", {}),   # a word of the language
    ("Тамм также сообщила журналистам, что паром выйдет в понедельник.", {}),   # a man's surname, her verb
    ("Министр Томас Варга приехал в порт. Варга также сообщил журналистам, что паром выйдет в понедельник.",
     {"Томас Варга": "Person"}),   # the short form of a name read before
])
def test_a_surname_alone_before_a_verb_of_saying_names_a_person(typed, text, found):
    assert typed("Порт\n\n" + text + "\n")[0] == found
