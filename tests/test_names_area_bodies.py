"""A body named by its noun and the kind of area it serves, the area named before (names._body_of_the_area_named).
Invented places and bodies."""


def test_a_ministry_of_the_region_is_the_ministry_of_the_region_named_before(typed):
    text = ("Роддома\n\n"
            "В Тарвинской области закроют два роддома, писали каналы.\n\n"
            "Закрывать роддома никто не собирается, уверяют в минздраве региона.\n")
    found, mentions = typed(text, [("Тарвинской области", "Place", 0)])
    assert found.get("минздрав Тарвинской области") == "Organization"
    assert ("минздраве региона", "минздрав Тарвинской области") in mentions


def test_a_body_with_its_field_and_the_kind_of_area_is_that_areas_body(typed):
    text = ("Роддома\n\n"
            "Губернатор Тарвинской области выступил по телевидению.\n\n"
            "«Сеть не сокращают», — заявили в министерстве здравоохранения области.\n")
    found, _ = typed(text, [("Тарвинской области", "Place", 0)])
    assert found.get("министерство здравоохранения Тарвинской области") == "Organization"


def test_a_body_of_a_district_is_the_district_named_before_written_again(typed):
    text = ("Ремонт\n\n"
            "Жители Тарвинского района пожаловались на дороги.\n\n"
            "Администрация района обещала ремонт, а прокуратура района начала проверку.\n")
    found, _ = typed(text, [("Тарвинского района", "Place", 0)])
    assert found.get("администрация Тарвинского района") == "Organization"
    assert found.get("прокуратура Тарвинского района") == "Organization"


def test_a_body_of_another_area_than_the_one_named_is_not_that_areas(typed):
    text = ("Роддома\n\n"
            "В Тарвинской области закроют два роддома.\n\n"
            "Правительство соседней области и администрация Лидна промолчали.\n")
    found, _ = typed(text, [("Тарвинской области", "Place", 0), ("Лидна", "Place", 0)])
    assert not any(label.endswith("Тарвинской области") for label, kind in found.items() if kind == "Organization")


def test_a_body_of_a_kind_of_area_the_text_has_not_named_is_nobody(typed):
    text = ("Роддома\n\n"
            "В Тарвинском районе закроют роддом, сообщили в минздраве региона.\n")
    found, _ = typed(text, [("Тарвинском районе", "Place", 0)])
    assert not any(label.startswith("минздрав") for label in found)


def test_a_court_before_the_district_it_serves_is_that_districts_court(typed):
    text = ("Суд\n\n"
            "Иск фермеров к поставщику зерна рассмотрят в суде Тарвинского района.\n")
    found, _ = typed(text, [("Тарвинского района", "Place", 0)])
    assert found.get("суд Тарвинского района") == "Organization"
