"""A woman's surname of the "-ова", "-ина" kind in an oblique case the lemmatiser does not know, brought to its
nominative (invented names and sentences)."""
import pytest

from claimsgraph.extract import extract
from claimsgraph.ingest import parse_document
from claimsgraph.link import Linker


@pytest.fixture(scope="module")
def no_registry():
    return Linker([])


def people(text, linker):
    doc = parse_document("t.txt", text.encode(), "text/plain")
    return {e.label for e in extract(doc, linker).new_entities if e.type == "Person"}


def test_after_a_title_in_the_genitive(no_registry):
    assert "Аделина Тарбанова" in people("По словам министра Аделины Тарбановой, больницы получат новые "
                                         "аппараты к лету.", no_registry)


def test_after_a_given_name_that_does_not_decline(no_registry):
    assert "Айгуль Кирбанова" in people("Вчера мэр Тимур Оспанов встретился с Айгуль Кирбановой, главой "
                                       "фермерского союза.", no_registry)


def test_a_man_keeps_his_surname(no_registry):
    assert "Тимур Оспанов" in people("Вчера мэр Тимур Оспанов встретился с Айгуль Кирбановой, главой "
                                     "фермерского союза.", no_registry)
