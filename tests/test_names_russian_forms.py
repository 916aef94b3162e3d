"""Russian names put in their base form without changing word (link.inflect), and an adjective after a noun it
names (names._gender_of_the_noun_named). Invented places and bodies."""
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


def test_an_adjective_the_model_names_after_a_noun_takes_that_nouns_gender(typed):
    text = ("Пожар\n\n"
            "Один дом загорелся в Тарвинске на улице Озёрской, сообщили спасатели.\n")
    found, _ = typed(text, [("Озёрской", "Place", 0), ("Тарвинске", "Place", 0)])
    assert "Озёрское" not in found
    assert found.get("Озёрская") == "Place"
