"""A body named by a nation's adjective and words of no body's head ("the Borealian Red Crescent said") is one body
the nation owns, and it speaks: not the adjective for a body and the rest for a person. Invented bodies."""
from claimsgraph.extract import extract
from claimsgraph.ingest import parse_document
from claimsgraph.link import Linker


def _found(text):
    """The labels and types of the entities found in ``text``, and each claim's claimant's label."""
    doc = parse_document("t.txt", text.encode(), "text/plain")
    result = extract(doc, Linker([]))
    labels = {e.key: (e.label, e.type) for e in result.new_entities}
    return set(labels.values()), [labels.get(c.claimant, (None,))[0] for c in result.claims]


def test_officials_of_a_national_crescent_society_speak_for_it():
    entities, speakers = _found("Officials from the Borealian Red Crescent said 30 people had been injured.\n")
    assert ("Borealian Red Crescent", "Organization") in entities
    assert speakers == ["Borealian Red Crescent"]


def test_a_national_body_opening_a_sentence_speaks():
    entities, speakers = _found("The Carpanian Red Crescent said aid convoys had reached the border on Monday.\n")
    assert not any(kind == "Person" for _, kind in entities)
    assert speakers == ["Carpanian Red Crescent"]


def test_a_person_after_a_nation_adjective_still_speaks():
    entities, speakers = _found("Ruritanian Mara Velsen said the talks had failed.\n")
    assert ("Mara Velsen", "Person") in entities
    assert speakers == ["Mara Velsen"]


def test_only_the_bodies_ending_with_the_name_are_looked_at():
    """Each name before a verb looks at the bodies the model read that end with it, not at every body of the document
    (a long text of many bodies and names took minutes)."""
    from types import SimpleNamespace

    from claimsgraph.names import Span, _national_body_closing

    class Unwalked(set):
        def __iter__(self):
            raise AssertionError("walked every body of the document")

    text = "The Xaltian Red Cross said the camps were full. Mara Velk said they would reopen."
    bodies = Unwalked({Span(0, 21), Span(48, 57)})
    f = SimpleNamespace(patterns=SimpleNamespace(tables=SimpleNamespace(DEFINITE_ARTICLES=("the",))),
                        doc=SimpleNamespace(text=text), model_bodies=bodies, nationalities=[],
                        model_bodies_by_end={21: [Span(0, 21)], 57: [Span(48, 57)]})
    assert _national_body_closing(f, 12, 21)
    assert not _national_body_closing(f, 53, 57)
