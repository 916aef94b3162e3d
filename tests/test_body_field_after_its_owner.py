"""A Russian body's field written after its owner ends its name, in any case (names.py: _field_after_the_owner)."""
from extracted import ru_claimant_labels, speakers_as_written


def test_the_field_after_the_owner_ends_a_body_named_in_the_nominative(linker):
    text = "Как сообщает Комитет Велмарии по надзору за связью, проверка операторов завершится в мае."
    assert ru_claimant_labels(linker, text) == ["Комитет Велмарии по надзору за связью"]


def test_the_field_after_the_owner_ends_a_body_named_in_an_oblique_case_labelled_in_the_nominative(linker):
    text = ("«Мы завершили проверку», — сообщили в Службе Тарвинии по надзору в сфере перевозок.\n\n"
            "Причиной аварии стал отказ тормозов, заявили в Бюро Лорнии по расследованию железнодорожных аварий.")
    assert ru_claimant_labels(linker, text) == ["Служба Тарвинии по надзору в сфере перевозок",
                                                "Бюро Лорнии по расследованию железнодорожных аварий"]


def test_how_or_why_after_the_owner_is_no_field_of_the_body(linker):
    text = ("Проверка\n\n"
            "Комитет Велмарии по итогам проверки заявил, что нарушений нет.\n")
    assert not any("итогам" in (who or "") for who in speakers_as_written(text, linker))


def test_how_a_body_acted_after_its_owner_is_no_field(linker):
    for how in ("по делу о госизмене задержала", "по предложению президента одобрила", "по приказу министра закрыла",
                "по обвинению в краже задержала", "по подсчётам экспертов потеряла", "по сообщению СМИ начала",
                "по заказу города построила", "по иску жителей проверила", "по заявлению жителя задержала"):
        text = f"Проверка\n\nСлужба безопасности Велмарии {how} Ивана Сомова, говорится в сообщении.\n"
        assert not any(" по " in (who or "") for who in speakers_as_written(text, linker)), how


def test_a_field_goes_on_after_s_and_na(linker):
    text = ("Как сообщает Фонд Велмарии по борьбе с коррупцией, проверка завершится в мае.\n\n"
            "Причиной аварии стал отказ тормозов, заявили в Бюро Лорнии по расследованию происшествий на транспорте.")
    assert ru_claimant_labels(linker, text) == ["Фонд Велмарии по борьбе с коррупцией",
                                                "Бюро Лорнии по расследованию происшествий на транспорте"]
