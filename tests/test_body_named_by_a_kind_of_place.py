"""A body whose name closes with a kind of place ("… Water District", "… School District") is one body: the words
before its kind are no place's name of their own (names.py, _Finder._drop_shorter)."""
from claimsgraph.extract import extract
from claimsgraph.ingest import parse_document


def _labels(text, linker):
    """The labels and types of the names the extractor finds in ``text``, models included."""
    doc = parse_document("t.txt", text.encode(), "text/plain")
    return {e.label: e.type for e in extract(doc, linker).new_entities}


def test_a_district_body_yields_no_place_of_its_tail(linker):
    found = _labels("Schools shut\n\nThe Vellmar Unified School District said on Monday that 30 schools were shut.\n\n"
                    "Officials of the Tarrow Valley Water District said the pipes burst. The Norvik County Public "
                    "Health District counted ten cases.\n", linker)
    assert found.get("Vellmar Unified School District") == "Organization"
    assert found.get("Tarrow Valley Water District") == "Organization"
    assert not [label for label, kind in found.items() if kind == "Place" and label.endswith("District")]


def test_a_district_given_as_the_body_s_place_stays_a_place(linker):
    found = _labels("Roads\n\nThe Administration of Orlov District said the roads were shut.\n", linker)
    assert found.get("Orlov District") == "Place"
