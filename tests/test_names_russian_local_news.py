"""Russian local news: a person's initials with a patronymic's ("С.Н. Варский" of "Семён Варский"), a district
court's short name without its level ("Озёрский суд"), a body's noun capitalised after a preposition ("в
Прокуратуре Тарвинской области"), a verb opening a paragraph as a dateline's place ("Напомним, 5 мая"), a region's
government described by its level, a body by its area's adjective ("областная прокуратура"), a place after
«острове», «хуторе», «станице» (names.py, lang/ru.py). Every sentence is invented."""


def test_initials_with_a_patronymics_are_the_person_named_in_full(typed):
    text = ("Суд\n\nВ суде выступил глава района Семён Варский. Позже глава района С.Н. Варский "
            "отказался от комментариев.\n")
    types, mentions = typed(text, [("Семён Варский", "Person", 0), ("С.Н. Варский", "Person", 0)])
    assert [label for label, kind in types.items() if kind == "Person"] == ["Семён Варский"]
    assert ("С.Н. Варский", "Семён Варский") in mentions


def test_initials_of_other_given_names_stay_another_person(typed):
    text = ("Суд\n\nВ суде выступил глава района Семён Варский. Позже его брат Д.Н. Варский "
            "отказался от комментариев.\n")
    types, _ = typed(text, [("Семён Варский", "Person", 0), ("Д.Н. Варский", "Person", 0)])
    assert {"Семён Варский", "Д.Н. Варский"} <= set(types)


def test_a_courts_name_without_its_level_is_the_district_court(typed):
    text = ("Приговор\n\nОзёрский суд Тарвинской области вынес приговор мужчине. Озёрский районный суд учёл "
            "его раскаяние.\n")
    types, _ = typed(text, [("Озёрский суд Тарвинской области", "Organization", 0),
                            ("Озёрский районный суд", "Organization", 0)])
    assert [label for label, kind in types.items() if kind == "Organization"] == ["Озёрский районный суд"]


def test_courts_of_two_levels_stay_two(typed):
    text = ("Приговор\n\nОзёрский городской суд вынес приговор мужчине. Озёрский районный суд отклонил "
            "жалобу.\n")
    types, _ = typed(text, [("Озёрский городской суд", "Organization", 0),
                            ("Озёрский районный суд", "Organization", 0)])
    assert {"Озёрский городской суд", "Озёрский районный суд"} <= set(types)


def test_a_bodys_noun_capitalised_after_a_preposition_names_the_body_of_the_area(typed):
    text = "Приговор\n\nПриговор отменили, сообщили в Прокуратуре Тарвинской области.\n"
    types, _ = typed(text, [("Тарвинской области", "Place", 0)])
    assert types.get("прокуратура Тарвинской области") == "Organization"


def test_a_verb_opening_a_paragraph_is_no_datelines_place(typed):
    text = ("Приговор\n\nСуд вынес приговор водителю.\n\nНапомним, 5 мая, в посёлке водитель наехал "
            "на ограждение.\n")
    types, _ = typed(text)
    assert "Напомним" not in types


def test_a_regions_government_is_not_the_countrys(typed):
    text = ("Ложный вызов\n\nЖитель России сообщил о взрыве в здании регионального правительства. Полиция России "
            "угрозы не нашла.\n")
    _, mentions = typed(text)
    assert not any(entity == "russian-government" for _, entity in mentions)


def test_the_countrys_government_alone_is_still_the_countrys(typed):
    text = ("Ложный вызов\n\nЖитель России сообщил о взрыве в здании правительства. Полиция России "
            "угрозы не нашла.\n")
    _, mentions = typed(text)
    assert any(entity == "russian-government" for _, entity in mentions)


def test_an_islands_or_a_farmsteads_name_after_its_kind_keeps_its_gender(typed):
    text = "Паводок\n\nВоду откачали на острове Ясный и на хуторе Дальний, а также в станице Тихая.\n"
    types, _ = typed(text)
    assert {"Ясный", "Дальний", "Тихая"} <= {label for label, kind in types.items() if kind == "Place"}


def test_a_bodys_noun_after_an_adjective_of_its_area_is_the_body_of_the_area_named(typed):
    text = "Вызов\n\nЖитель Заокской области позвонил в полицию. В областной прокуратуре завели дело.\n"
    types, mentions = typed(text, [("Заокской области", "Place", 0)])
    assert ("областной прокуратуре", "прокуратура Заокской области") in mentions


def test_an_adjective_of_an_area_the_text_has_not_named_names_no_body(typed):
    text = "Вызов\n\nЖитель позвонил в полицию. В областной прокуратуре завели дело.\n"
    types, _ = typed(text)
    assert not [label for label, kind in types.items() if kind == "Organization"]
