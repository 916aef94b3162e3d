"""A Russian body's owner after its field, one word in the genitive, is part of its name whatever the model took
that word for (names.py: _one_declined_word)."""
from extracted import ru_claimant_labels


def test_the_country_after_a_body_s_field_is_its_owner_in_the_nominative(linker):
    text = "Служба гражданской авиации Тарвинии сообщила, что аэропорт закрыт до утра."
    assert ru_claimant_labels(linker, text) == ["Служба гражданской авиации Тарвинии"]


def test_the_country_after_a_body_s_field_is_its_owner_in_an_oblique_case(linker):
    text = "Аэропорт закрыт до утра, сообщили в Службе гражданской авиации Лорнии."
    assert ru_claimant_labels(linker, text) == ["Служба гражданской авиации Лорнии"]


def test_a_name_in_the_nominative_after_a_body_is_no_owner(typed):
    text = ("Небо\n\n"
            "В заявлении Службы гражданской авиации Тарвиния названа виновницей закрытия неба.\n")
    types, _ = typed(text, [("Службы гражданской авиации", "Organization", 0), ("Тарвиния", "Person", 0)])
    assert not any(label.endswith("Тарвиния") and label != "Тарвиния" for label in types)
