"""A name closed by "Force" is an armed group's, a body's, never a person's, and a word saying where it is based
("Tarnby-based") is no word of its name, though a possessive is ("People’s"); and "the
group said" goes back to a body named before, not to people the text names by what they are ("residents")."""
import pytest

from claimsgraph.extract import extract
from claimsgraph.ingest import parse_document
from claimsgraph.link import Linker

from extracted import speaker_of

HEADS = ["People’s Defence Force", "Liberation Army", "Popular Front"]


@pytest.fixture(scope="module")
def linker():
    return Linker([])


def _read(text, linker):
    """The new entities' types by label, and each claim's text and claimant as written."""
    doc = parse_document("t.txt", text.encode(), "text/plain")
    result = extract(doc, linker)
    written = {m.entity: doc.text[m.span.start:m.span.end] for m in result.mentions}
    return ({e.label: e.type for e in result.new_entities},
            [(doc.text[c.span.start:c.span.end], written.get(c.claimant)) for c in result.claims])


def test_the_armed_group_is_a_body(linker, head="People’s Defence Force"):
    types, _ = _read(f"A civilian was hurt, said a representative of Tarnby-based Orla Vell {head} (OVF).", linker)
    assert {label: t for label, t in types.items() if label.endswith(head)} == {f"Orla Vell {head}": "Organization"}


@pytest.mark.parametrize("head", HEADS)
def test_the_group_is_not_the_residents(linker, head):
    text = (f"Three barns burned, said a representative of the Orla Vell {head}.\n\n"
            "Troops killed six farmers near Tarnby, according to residents.\n\n"
            "The troops burned their own dead in a barn, the group said.")
    _, said = _read(text, linker)
    assert speaker_of(said, "burned their own dead") == f"Orla Vell {head}"
