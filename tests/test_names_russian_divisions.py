"""A division of a Russian state body written as an acronym before the body's own («ГСУ СК России по … области»),
and the bodies the registry knows by their acronyms. Invented areas, towns and people."""


def test_a_divisions_acronym_before_the_body_and_its_area_is_one_name(typed):
    text = "Пожар\n\nТак ответили пресс-секретари ГСУ СК РФ по Тарвинской области вечером.\n"
    found, _ = typed(text, [("ГСУ", "Organization", 0), ("СК", "Organization", 0), ("РФ", "Place", 0),
                            ("Тарвинской области", "Place", 0)])
    assert found.get("ГСУ СК РФ по Тарвинской области") == "Organization"
    assert "ГСУ" not in found


def test_a_divisions_acronym_the_dictionary_knows_as_a_word_still_names_the_division(typed):
    text = "Проверка\n\nГлава СУ СК России по Кемской области Олег Сарычев обещал завершить проверку.\n"
    found, _ = typed(text, [("СУ", "Organization", 0), ("СК", "Organization", 0), ("России", "Place", 0),
                            ("Кемской области", "Place", 0), ("Олег Сарычев", "Person", 0)])
    assert found.get("СУ СК России по Кемской области") == "Organization"


def test_a_main_directorate_of_the_interior_ministry_in_an_area_is_one_body(typed):
    text = "Задержание\n\nПо сведениям ГУ МВД по Тарвинской области, задержаны трое.\n"
    found, _ = typed(text, [("ГУ", "Organization", 0), ("МВД", "Organization", 0),
                            ("Тарвинской области", "Place", 0)])
    assert found.get("ГУ МВД по Тарвинской области") == "Organization"
    assert "ГУ" not in found


def test_a_body_serving_a_town_named_after_the_word_town_takes_the_town_in(typed):
    text = "Рейд\n\nСотрудники УМВД России по городу Велицку провели рейд на рынке.\n"
    found, _ = typed(text, [("УМВД", "Organization", 0), ("России", "Place", 0), ("Велицку", "Place", 0)])
    assert found.get("УМВД России по городу Велицку") == "Organization"


def test_the_area_a_body_serves_ends_before_the_surname_of_its_head(typed):
    text = "Поручение\n\nДокладывать лично будет начальник ГСУ СК России по г. Велицку Дубов.\n"
    found, _ = typed(text, [("ГСУ", "Organization", 0), ("СК", "Organization", 0), ("России", "Place", 0),
                            ("Велицку", "Place", 0)])
    assert found.get("ГСУ СК России по г. Велицку") == "Organization"


def _linked(linker, text):
    from claimsgraph.ingest import parse_document

    doc = parse_document("t.txt", text.encode(), "text/plain")
    return {(doc.text[m.span.start:m.span.end], m.entity) for m in linker.mentions(doc)}


def test_the_traffic_police_and_the_investigative_committee_are_known_by_their_acronyms(linker):
    linked = _linked(linker, "Авария\n\nВ ГИБДД уточнили, что водитель уехал. Следователи СКР начали проверку, "
                             "а в Следственном комитете РФ обещали доклад.\n")
    assert ("ГИБДД", "russian-traffic-police") in linked
    assert ("СКР", "russian-investigative-committee") in linked
    assert ("Следственном комитете РФ", "russian-investigative-committee") in linked


def test_an_insurers_acronym_before_its_quoted_name_is_not_the_investigative_committee(typed):
    found, _ = typed("Выплата\n\nСтраховая СК «Вельта» перечислила деньги.\n", [("СК «Вельта»", "Organization", 0)])
    assert found.get("СК «Вельта»") == "Organization"


def test_a_body_serving_the_region_serves_the_region_named_before(typed):
    text = ("Пожары\n\nТри склада сгорели в Тарвинской области в среду. Такие данные привело ГУ МЧС по региону.\n")
    found, _ = typed(text, [("Тарвинской области", "Place", 0), ("ГУ", "Organization", 0)])
    assert found.get("ГУ МЧС по Тарвинской области") == "Organization"
    assert "ГУ МЧС по региону" not in found


def test_a_body_serving_the_territory_takes_the_territory_in_the_dative(typed):
    text = ("Задержание\n\nВ Кемском крае задержали двоих. Как пояснили в УМВД России по краю, оба ранее судимы.\n")
    found, _ = typed(text, [("Кемском крае", "Place", 0), ("УМВД", "Organization", 0), ("России", "Place", 0)])
    assert found.get("УМВД России по Кемскому краю") == "Organization"


def test_a_body_serving_an_area_no_sentence_before_named_keeps_its_kind(typed):
    text = "Проверка\n\nСотрудники ГУ МВД по области провели проверку. Итоги подведут в Тарвинской области.\n"
    found, _ = typed(text, [("ГУ", "Organization", 0), ("МВД", "Organization", 0),
                            ("Тарвинской области", "Place", 0)])
    assert found.get("ГУ МВД по области") == "Organization"


def test_a_body_serving_the_region_named_before_speaks_under_that_regions_name(linker):
    from claimsgraph.extract import extract
    from claimsgraph.ingest import parse_document

    doc = parse_document("t.txt", "Склады\n\nТри склада сгорели в Тарвинской области в среду. Об этом рассказало "
                                  "ГУ МЧС по региону.\n".encode(), "text/plain")
    extracted = extract(doc, linker)
    labels = {e.key: e.label for e in extracted.new_entities}
    assert {labels.get(c.claimant) for c in extracted.claims} == {"ГУ МЧС по Тарвинской области"}


def test_a_directorates_noun_before_its_ministry_and_the_area_it_serves_names_the_division(typed):
    text = "Рейд\n\nВ Управлении МВД России по Тарвинской области объяснили причину рейда.\n"
    found, _ = typed(text, [("Управлении", "Organization", 0), ("МВД", "Organization", 0), ("России", "Place", 0),
                            ("Тарвинской области", "Place", 0)])
    assert found.get("Управление МВД России по Тарвинской области") == "Organization"


def test_a_directorates_noun_before_its_ministry_alone_names_no_division(typed):
    text = "Рейд\n\nВ Управлении МВД России объяснили причину рейда.\n"
    found, _ = typed(text, [("Управлении", "Organization", 0), ("МВД", "Organization", 0), ("России", "Place", 0)])
    assert not any(label.startswith("Управлени") for label in found)
