"""A unit named in full with the body it belongs to and that body's country, then by its own words alone (invented
bodies and sentences)."""
import pytest

from claimsgraph.extract import extract
from claimsgraph.ingest import parse_document

TEXT = ("Задержание на таможне\n\n"
        "Об этом сообщает пресс-служба Таможенной службы Госкомитета доходов (ГКД) Молдавии.\n\n"
        "«Груз осмотрели сотрудники Таможенной службы», – говорится в сообщении.\n\n"
        "«На месте работает начальник управления Таможенной службы ГКД по Тарнской области», – добавили в ведомстве.\n")
FULL = "Таможенная служба Госкомитета доходов (ГКД) Молдавии"


@pytest.fixture(scope="module")
def found(linker):
    """The labels of the bodies the text names, and each mention's words with its entity's label."""
    doc = parse_document("t.txt", TEXT.encode(), "text/plain")
    x = extract(doc, linker)
    labels = {e.key: e.label for e in x.new_entities}
    return set(labels.values()), [(doc.text[m.span.start:m.span.end], labels.get(m.entity)) for m in x.mentions]


def test_a_unit_named_alone_is_the_unit_the_text_named_with_its_parent_body_and_country(found):
    labels, mentions = found
    assert FULL in labels
    assert "Таможенная служба" not in labels
    assert ("Таможенной службы", FULL) in mentions


def test_a_branch_named_by_the_area_it_serves_stays_apart(found):
    labels, _ = found
    assert "Таможенная служба ГКД по Тарнской области" in labels
