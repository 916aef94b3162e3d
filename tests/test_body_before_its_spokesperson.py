"""Capitalised words between an article and the title of who speaks for a body ("a Velta Air spokesperson told
reporters") name that body, though no model found it; a word the text also writes in lower case does not
("The Opposition spokesman")."""
import pytest

from claimsgraph.link import Linker
from extracted import model_names


@pytest.fixture(scope="module")
def linker():
    return Linker([])


@pytest.mark.parametrize("text, name", [
    ("“The crew reported sick,” a Velta Air spokesperson told reporters.", "Velta Air"),
    ("“The crew reported sick,” an Orvel Express spokeswoman said on Monday.", "Orvel Express"),
])
def test_the_body_of_its_spokesperson_is_named(linker, text, name):
    _, entities, _, _ = model_names(linker, text)
    assert (name, "Organization") in {(e.label, e.type) for e in entities}


def test_a_word_also_in_lower_case_names_no_body(linker):
    text = "The opposition met on Monday. The Opposition spokesman said the talks went well."
    _, entities, _, _ = model_names(linker, text)
    assert "Opposition" not in {e.label for e in entities}
