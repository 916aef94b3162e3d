"""A Russian body named by its head, its owner's acronym and its field is labelled whole, the field as written
(names.py: _head_before_an_owner_and_field, _base_form)."""
from extracted import ru_claimant_labels


def test_a_head_before_an_owner_s_acronym_and_a_field_opens_the_body_s_name(linker):
    text = "Управление ООН по делам переселенцев сообщило, что лагерь под Велмаром переполнен."
    assert ru_claimant_labels(linker, text) == ["Управление ООН по делам переселенцев"]


def test_the_field_of_a_name_opened_by_an_acronym_keeps_its_case(typed):
    text = ("Лагерь\n\n"
            "Об этом сообщили в НКТ по делам переселенцев.\n")
    types, _ = typed(text, [("НКТ по делам переселенцев", "Organization", 0)])
    assert "НКТ по делам переселенцев" in types
