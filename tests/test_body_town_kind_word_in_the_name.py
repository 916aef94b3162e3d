"""A town's body written with the kind of place before the town's name («мэрия города Ольховска») is the body
written without it («мэрия Ольховска»): one entity, not two."""
import pytest

from claimsgraph.extract import extract
from claimsgraph.ingest import parse_document
from claimsgraph.link import Linker


@pytest.fixture(scope="module")
def linker():
    return Linker([])


@pytest.mark.parametrize("noun, kind", [("мэрии", "города"), ("администрации", "поселка")])
def test_the_kind_of_place_before_the_towns_name_makes_no_other_body(linker, noun, kind):
    text = (f"Слухи о закрытии рынка опровергли в {noun} Ольховска.\n\n"
            f"«Такой информации сотрудники {noun} {kind} Ольховска не распространяли», — пояснили в пресс-службе.")
    doc = parse_document("ru_t.txt", text.encode(), "text/plain")
    bodies = {m.entity for m in extract(doc, linker).mentions if doc.text[m.span.start:m.span.end].startswith(noun)}
    assert len(bodies) == 1
