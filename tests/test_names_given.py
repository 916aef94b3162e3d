"""A Russian text's foreign given name kept as written when the sentence gives it no oblique case (names.py)."""


def test_a_given_name_read_only_as_a_locative_with_no_preposition_before_it_stays_as_written(typed):
    text = ("Выборы\n\n"
            "Мирный план поддержал президент страны Тарвинде Оланишвили. Депутаты его отвергли.\n")
    types, _ = typed(text, [("Тарвинде Оланишвили", "Person", 0)])
    assert "Тарвинде Оланишвили" in types


def test_a_guessed_given_name_read_only_as_a_dative_or_locative_stays_as_written_unless_a_word_gives_that_case(typed):
    text = ("Мост\n\n"
            "Стройка начнется весной, сообщила министр дорог Бореалии Тарзане Олунд.\n\n"
            "Премию вручили министру Тарзане Велдис.\n")
    types, _ = typed(text, [("Тарзане Олунд", "Person", 0), ("Тарзане Велдис", "Person", 0)])
    assert "Тарзане Олунд" in types
    assert "Тарзане Велдис" not in types and "Тарзаня Велдис" in types


def test_a_given_name_read_only_as_a_plural_or_a_vocative_is_one_persons_as_written(typed):
    from claimsgraph.names import given_name_gender
    text = ("Обсерватория\n\n"
            "«Снимки будут готовы к осени», — сказал доктор Эвелин Тарсо, научный сотрудник.\n\n"
            "Инженер Элин Варро после запуска спутника снова изменил план полета.\n\n"
            "Конструктор Диан Орвелл после испытаний тоже остался доволен.\n")
    people = ["Эвелин Тарсо", "Элин Варро", "Диан Орвелл"]
    types, _ = typed(text, [(name, "Person", 0) for name in people])
    assert all(name in types for name in people)
    assert "Элина Варро" not in types and "Диана Орвелл" not in types
    assert given_name_gender("Эвелин") == "femn"


def test_a_latin_given_name_spelt_as_a_russian_plural_tells_no_womans_gender():
    from claimsgraph.link import Linker
    from claimsgraph.names import given_name_gender
    from extracted import claims_as_written, speaker_of
    assert given_name_gender("Paul") is None
    said = claims_as_written("Haleigh Drest, 36, said Paul Vorm cheated her. Vorm, 69, said she signed every paper "
                             "herself. He said he could not recall the day.\n\n\"I trusted him,\" she told jurors.",
                             Linker([]))
    assert "Vorm" in speaker_of(said, "could not recall")
    assert "Drest" in speaker_of(said, "trusted him")


def test_a_speakers_name_opening_a_line_before_a_colon_or_a_comma_is_a_nominative(typed):
    text = ("Матч\n\n"
            "Тарвинде Окарос, главный тренер «Северянина»: «Мы не смогли победить».\n\n"
            "Ангел Бранков: «Команда играла хорошо».\n")
    types, _ = typed(text, [("Тарвинде Окарос", "Person", 0), ("Ангел Бранков", "Person", 0)])
    assert "Тарвинде Окарос" in types and "Ангел Бранков" in types


def test_a_man_s_given_name_before_a_womans_verb_and_an_undeclined_surname_is_hers_as_written(typed):
    text = ("Коалиция\n\n"
            "Лидер партии «Вперёд» Джорджа Оландини 12 мая исключила союз с левыми.\n")
    types, _ = typed(text, [("Джорджа Оландини", "Person", 0)])
    assert "Джорджа Оландини" in types


def test_an_oblique_name_the_sentence_gives_its_case_is_still_put_in_the_nominative(typed):
    text = ("Нефть\n\n"
            "Как сообщил советник министра энергетики Руритании Биджана Оланде, запасы газа растут.\n\n"
            "Ивана Петрова поддержала партия.\n\n"
            "Сенатор говорил о Тарвинде Окаросе.\n")
    types, _ = typed(text, [("Биджана Оланде", "Person", 0), ("Ивана Петрова", "Person", 0),
                            ("Тарвинде Окаросе", "Person", 0)])
    assert "Биджан Оланде" in types and "Иван Петров" in types
    assert "Тарвинде Окаросе" not in types


def test_the_same_name_with_another_ending_later_is_the_person_named_as_written(typed):
    text = ("Коалиция\n\n"
            "Лидер партии «Вперёд» Джорджа Оландини 12 мая исключила союз с левыми.\n\n"
            "Сторонники Джорджи Оландини вышли на площадь. Оландини поблагодарила их.\n")
    types, mentions = typed(text, [("Джорджа Оландини", "Person", 0), ("Джорджи Оландини", "Person", 0),
                                   ("Оландини", "Person", 2)])
    assert [label for label, kind in types.items() if kind == "Person"] == ["Джорджа Оландини"]
    assert ("Джорджи Оландини", "Джорджа Оландини") in mentions


def test_a_one_word_name_shaped_as_an_adjective_in_an_oblique_case_is_put_in_the_nominative(typed):
    text = ("Уголь\n\n"
            "Заявление командующего Тарвинского о потерях опровергли.\n\n"
            "Выручка «Лидварской» за год выросла на 12%.\n")
    types, _ = typed(text, [("Тарвинского", "Person", 0), ("Лидварской", "Organization", 0)])
    assert types.get("Тарвинский") == "Person" and types.get("Лидварская") == "Organization"


def test_an_adjectival_name_whose_gender_or_case_the_word_does_not_settle_stays_as_written():
    from claimsgraph.names import _adjectival_nominative
    assert _adjectival_nominative("Тарвинского", person=False) is None   # a masculine's or a neuter's
    assert _adjectival_nominative("Тарвинской", person=True) is None     # a woman's genitive or a man's nominative
    assert _adjectival_nominative("Тарвинский", person=True) is None     # the nominative already
