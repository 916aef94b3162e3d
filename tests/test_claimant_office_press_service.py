"""«Как сообщили в пресс-службе губернатора, …»: the press service of an office speaks for its holder, the one the
text named with that office, else for no one it named; never for another body that spoke before."""
import pytest

from claimsgraph.extract import extract
from claimsgraph.ingest import parse_document
from claimsgraph.link import Linker


@pytest.fixture(scope="module")
def linker():
    return Linker([])


def claimants(text, linker):
    doc = parse_document("ru_t.txt", text.encode(), "text/plain")
    result = extract(doc, linker)
    names = {m.entity: doc.text[m.span.start:m.span.end] for m in result.mentions}
    return [names.get(c.claimant, c.claimant) for c in result.claims if c.kind != "quantity"]


@pytest.mark.parametrize("report", [
    "Как сообщили в пресс-службе губернатора, ремонт моста через Вилку завершится в июле.",
    "Ремонт моста через Вилку завершится в июле, сообщили в пресс-службе губернатора.",
])
def test_an_unnamed_holders_press_service_is_no_other_body(linker, report):
    text = f"В Министерстве транспорта Эстерии заявили, что паромы будут ходить и зимой. {report}"
    assert claimants(text, linker)[-1] is None


def test_a_named_holders_press_service_speaks_for_the_holder(linker):
    text = ("Губернатор области Павел Сидоренко провел совещание с мэрами городов. "
            "Как сообщили в пресс-службе губернатора, ремонт моста через Вилку завершится в июле.")
    assert claimants(text, linker)[-1] == "Павел Сидоренко"
