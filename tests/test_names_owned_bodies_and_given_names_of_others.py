"""A registry body's name without its owner's name before it is that body ("NC Water Board", then "Water Board":
names._owner_before); a registry person's one-word name opening another person's name is that one's given name
("Ambassador Kell Dorran" is not "Arno Kell": names._without_given_names_of_others); a body's name that goes on with
an infinitive the model read whole is one name (names._infinitive_read_on); a name after an owner's "latest" is an
issue of a publication, no person. Invented names."""
import pytest

from claimsgraph.link import Linker
from claimsgraph.model import Entity
from extracted import model_names

REGISTRY = [
    Entity("compact", "Northern Compact", "Organization", (("Northern Compact", "en"),), (("NC", "en"),)),
    Entity("nc-water-board", "NC Water Board", "Organization", (("NC Water Board", "en"),)),
    Entity("kell", "Arno Kell", "Person", (("Arno Kell", "en"),), (("Kell", "en"),)),
]


@pytest.fixture(scope="module")
def linker():
    return Linker(REGISTRY)


def _names(linker, text, spans):
    """(mention text, entity key) of the registry's mentions left and of the new names' mentions."""
    doc, _, mentions, known = model_names(linker, text, spans)
    return [(doc.text[m.span.start:m.span.end], m.entity) for m in known + mentions]


def test_a_registry_bodys_name_without_its_owners_name_is_that_body(linker):
    found = _names(linker, "The NC Water Board called for calm in Vell.\n\nThe Water Board said the wells were safe.\n",
                   [("Water Board", "Organization", 1)])
    assert ("Water Board", "nc-water-board") in found


def test_a_name_without_an_owners_name_before_it_stays_apart(linker):
    found = _names(linker, "The NC Water Board called for calm in Vell.\n\nThe Tarvel Water Board said the wells "
                   "were safe.\n", [("Tarvel Water Board", "Organization", 0)])
    assert ("Tarvel Water Board", "nc-water-board") not in found


def test_a_registry_persons_one_word_name_opening_another_persons_name_is_not_that_person(linker):
    found = _names(linker, "Vell's envoy Kell Dorran told the council that the talks had failed.\n",
                   [("Kell Dorran", "Person", 0)])
    assert not any(key == "kell" for _, key in found)
    assert any(text == "Kell Dorran" for text, _ in found)


def test_a_registry_persons_name_before_their_own_other_name_stays_theirs(linker):
    found = _names(linker, "Kell Arno, as the papers call him, told the council that the talks had failed.\n",
                   [("Kell Arno", "Person", 0)])
    assert ("Kell", "kell") in found


@pytest.mark.parametrize("text, name", [
    ("The Committee to Protect Voters said two reporters were held in Vell.\n", "The Committee to Protect Voters"),
    ("The Vell Centre for the Duty to Protect has recorded that the road was blocked.\n",
     "The Vell Centre for the Duty to Protect"),
])
def test_a_body_named_with_an_infinitive_the_model_read_whole_is_one_body(linker, text, name):
    found = _names(linker, text, [(name, "Organization", 0)])
    assert (name.removeprefix("The "), ) in {(t,) for t, _ in found}
    assert not any(t in ("Protect Voters", "Vell Centre for the Duty") for t, _ in found)


def test_a_headline_of_a_body_and_an_infinitive_the_model_did_not_read_whole_is_the_body_alone(linker):
    found = _names(linker, "The Bank of Vell to Raise Rates\n\nThe Bank of Vell said rates would rise.\n",
                   [("Bank of Vell", "Organization", 0), ("Bank of Vell", "Organization", 1)])
    assert {t for t, _ in found} == {"Bank of Vell"}


def test_a_name_after_an_owners_latest_is_an_issue_of_a_publication_no_person(linker):
    found = _names(linker, "The NC Water Board's latest Drought Watch notes that the wells of Vell are low.\n",
                   [("Drought Watch", "Person", 0)])
    assert not any(t == "Drought Watch" for t, _ in found)
