"""A said-tag's subject written with joined initials ("— сообщила Е.С. Горбань"): the stop after the first initial
ends no clause, so the name after the verb is its subject. Invented people."""
from extracted import claimant_labels


def test_joined_initials_after_a_tag_verb_are_its_subject(linker):
    text = "Набережная\n\nНабережная будет открыта к осени, сообщила Е.С. Горбань в понедельник.\n"
    assert claimant_labels(text, linker) == ["Е.С. Горбань"]
