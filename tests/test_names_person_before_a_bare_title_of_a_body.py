"""A person's name opening a sentence, then a comma and a title with no article before the body it serves ("Ivo Rask,
chairman of the Orlis Water Board, said …"): the name is a person's, who speaks, though no model found it
(invented bodies and people)."""
import pytest

from claimsgraph.extract import extract
from claimsgraph.ingest import parse_document
from extracted import claimant_labels


@pytest.mark.parametrize("text, name", [
    ("Ivo Rask, chairman of the Orlis Water Board, said the lake was low.", "Ivo Rask"),
    ("Ana Ruiz, superintendent of the Brenholt School District, said the buses would run late.", "Ana Ruiz"),
])
def test_a_name_before_a_bare_title_and_its_body_speaks(text, name, linker):
    assert claimant_labels(f"News\n\n{text}\n", linker) == [name]



@pytest.mark.parametrize("text, name", [
    ("Vexa Holdings, owner of the Orlis Star, said the paper would close.", "Vexa Holdings"),
    ("Orlis Partners, manager of the Vell pension fund, said returns rose.", "Orlis Partners"),
    ("Vexa Holdings, founder of the Orlis Prize, said the award would continue.", "Vexa Holdings"),
    ("South Vellmar, chair of the regional bloc, said the talks would resume.", "South Vellmar"),
    ("Orlis Partners, treasurer of the Vell fund, said returns rose.", "Orlis Partners"),   # a firm's last word
])
def test_a_body_or_a_place_before_a_title_a_body_holds_too_is_no_person(text, name, linker):
    doc = parse_document("t.txt", f"News\n\n{text}\n".encode(), "text/plain")
    kinds = {e.label: e.type for e in extract(doc, linker).new_entities}
    assert kinds.get(name) not in (None, "Person")


@pytest.mark.parametrize("text, name", [
    ("Ana Ruiz, owner of the bakery, said the shop would reopen.", "Ana Ruiz"),
    ("Ana Ruiz, manager of the store, said the shelves were empty.", "Ana Ruiz"),
    ("Ivo Rask, chair of the committee, said the vote would be held.", "Ivo Rask"),
])
def test_a_persons_name_before_a_title_a_body_holds_too_speaks(text, name, linker):
    """A title a body may hold as well ("owner", "manager", "chair") after a person's name and a comma: hers."""
    assert claimant_labels(f"News\n\n{text}\n", linker) == [name]
