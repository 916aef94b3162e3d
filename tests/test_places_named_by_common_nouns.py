"""Russian places a common noun also spells, and regions written both in full and as an acronym (invented
sentences and regions)."""
import pytest

from claimsgraph.extract import extract
from claimsgraph.ingest import parse_document
from claimsgraph.link import Linker


@pytest.fixture(scope="module")
def no_registry():
    return Linker([])


def places(text, linker):
    """The labels of the places found in ``text``, with how many mentions each has."""
    doc = parse_document("t.txt", text.encode(), "text/plain")
    x = extract(doc, linker)
    found = {e.key: e.label for e in x.new_entities if e.type == "Place"}
    counts: dict[str, int] = {}
    for m in x.mentions:
        if m.entity in found:
            counts[found[m.entity]] = counts.get(found[m.entity], 0) + 1
    return counts


def test_a_town_named_by_a_common_noun_is_a_place(no_registry):
    out = places("Жители Орла жалуются на ямы во дворах. Мэр Орла обещал заделать их до зимы.", no_registry)
    assert out.get("Орёл") == 2


def test_a_side_of_the_world_is_still_no_place(no_registry):
    out = places("Политолог Иван Тархов считает, что отношения с Западом остаются сложными.", no_registry)
    assert not any(label.startswith("Запад") for label in out)


def test_a_region_and_its_acronym_are_one_place(no_registry):
    out = places("Губернаторы Заозёрного федерального округа обсудили цены на жильё. По данным статистиков, в ЗФО "
                 "квартиры подорожали на треть.", no_registry)
    assert out == {"Заозёрный федеральный округ": 2}
