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
