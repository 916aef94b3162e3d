"""An armed group's registry name written in lower case ("the armed forces of …", «вооружённых сил …») is the group,
as a body's name in lower case is the body (link.Linker._fits). Invented country and group."""
import pytest

from claimsgraph.extract import extract
from claimsgraph.ingest import parse_document
from claimsgraph.link import Linker
from claimsgraph.model import Entity


@pytest.fixture(scope="module")
def linker():
    return Linker([
        Entity("ruritania", "Ruritania", "Country", pref_labels=(("Руритания", "ru"), ("Ruritania", "en"))),
        Entity("ruritanian-forces", "Armed Forces of Ruritania", "Group",
               pref_labels=(("Вооружённые силы Руритании", "ru"), ("Armed Forces of Ruritania", "en"))),
    ])


def _linked(text, linker):
    doc = parse_document("t.txt", text.encode(), "text/plain")
    return {(m.entity, text[m.span.start:m.span.end]) for m in extract(doc, linker).mentions}


def test_russian_armed_forces_in_lower_case_and_genitive_are_the_group(linker):
    text = "Учения\n\nВчера отряды вооруженных сил Руритании заняли перевал у реки, сообщил очевидец.\n"
    assert ("ruritanian-forces", "вооруженных сил Руритании") in _linked(text, linker)


def test_english_armed_forces_in_lower_case_are_the_group(linker):
    text = "Drills\n\nYesterday units of the armed forces of Ruritania crossed the pass, a witness said.\n"
    assert ("ruritanian-forces", "armed forces of Ruritania") in _linked(text, linker)
