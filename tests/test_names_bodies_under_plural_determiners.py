"""A body's noun after a word that makes it several bodies («все службы области») names no body (invented texts)."""
import pytest

from claimsgraph.extract import extract
from claimsgraph.ingest import parse_document
from claimsgraph.link import Linker


def written_names(text):
    """Every mention's words as the text writes them."""
    doc = parse_document("ru_t.txt", text.encode(), "text/plain")
    return {doc.text[m.span.start:m.span.end] for m in extract(doc, Linker([])).mentions}


@pytest.mark.parametrize("phrase", ["все службы в Тарвинской области", "все службы Тарвинской области"])
def test_all_services_of_a_region_are_no_body(phrase):
    names = written_names(f"Губернатор Тарвинской области Иван Сомов заявил, что {phrase} работают в штатном режиме.")
    assert not {n for n in names if n.startswith("служб")}
    assert "Иван Сомов" in names


def test_one_service_of_a_region_is_still_a_body():
    names = written_names("Иван Сомов заявил, что служба Тарвинской области работает в штатном режиме.")
    assert "служба Тарвинской области" in names
