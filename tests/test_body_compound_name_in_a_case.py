"""A body's one-word name the lemmatiser does not know ("Тарвобанка", "в Велмпромбанке") is labelled in its base
form whichever of its tied readings comes first; a surname in a case ("Малюком") is no body (invented names)."""
import pytest

from claimsgraph.ingest import parse_document
from claimsgraph.names import find_names


def found(text, linker):
    doc = parse_document("ru_n.txt", text.encode(), "text/plain")
    entities, _ = find_names(doc, linker.mentions(doc), registry=linker.entities)
    return {(e.label, e.type) for e in entities}


@pytest.mark.parametrize("text, body", [
    ("По данным Тарвобанка, порт Велмска обработал 1,5 млн тонн зерна.", "Тарвобанк"),
    ("В Кенобанке сообщили, что выдали 2 400 кредитов.", "Кенобанк"),
])
def test_a_compound_body_name_in_a_case_is_labelled_in_its_base_form(linker, text, body):
    assert (body, "Organization") in found(text, linker)


def test_a_surname_in_the_instrumental_is_no_compound_body(linker):
    assert not any(t == "Organization" for _, t in found("Встреча с Тимуром Малюком прошла в Велмске.", linker))
