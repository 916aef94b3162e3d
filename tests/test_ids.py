import os
import re

import pyoxigraph as ox
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from claimsgraph.ids import (claim_iri, digest, doc_graph_iri, doc_iri, entity_iri, file_name_text, name_key,
                             new_entity_key, normalise_name, slug)

IRI_SAFE = re.compile(r"^https://w3id\.org/claimsgraph/[A-Za-z0-9/\-]+$")


@given(st.text())
def test_slug_is_nonempty_ascii(text):
    s = slug(text)
    assert s and re.fullmatch(r"[a-z0-9]+(?:-[a-z0-9]+)*|x", s)


@given(st.text(min_size=1))
@settings(max_examples=200)
def test_doc_iri_is_a_valid_iri_and_stable(name):
    iri = doc_iri(name)
    assert IRI_SAFE.match(iri)
    assert ox.NamedNode(iri).value == iri
    assert doc_iri(name) == iri


def test_doc_iris_are_pinned():
    """A document directly in the corpus root is named by its file name, as before folders
    counted: these IRIs must not change (other stores hold them)."""
    assert doc_iri("harbour.txt") == "https://w3id.org/claimsgraph/doc/harbour-txt-105d6df5"
    assert doc_graph_iri("harbour.txt") == "https://w3id.org/claimsgraph/graph/doc/harbour-txt-105d6df5"
    assert doc_iri("north/harbour.txt") == "https://w3id.org/claimsgraph/doc/north-harbour-txt-8215133f"


@given(st.text(min_size=1), st.text(min_size=1))
def test_distinct_file_names_give_distinct_doc_iris(a, b):
    if a != b:
        assert doc_iri(a) != doc_iri(b)


@given(st.text(min_size=1))
def test_new_entity_key_merges_by_normalised_name(name):
    key = new_entity_key(name)
    assert IRI_SAFE.match(entity_iri(key))
    assert new_entity_key("  " + name.upper() + " ") == new_entity_key(name) or \
        normalise_name(name.upper()) != normalise_name(name)


def test_new_entity_key_keeps_cyrillic_names_apart():
    assert new_entity_key("Шарль Мишель") != new_entity_key("Шарля Мишель")
    assert new_entity_key("Шарль Мишель").startswith("sharl-mishel-")


def test_digest_is_length_prefixed():
    assert digest("ab", "c") != digest("a", "bc")


@given(st.text(), st.sampled_from(["statement", "quantity"]), st.integers(0, 10**6),
       st.integers(0, 10**6))
def test_claim_iri_depends_on_every_part(doc, kind, start, end):
    iri = claim_iri(doc, kind, start, end)
    assert IRI_SAFE.match(iri)
    assert iri != claim_iri(doc, kind, start, end + 1)
    assert iri != claim_iri(doc + "x", kind, start, end)


def unescape(text: str) -> bytes:
    """The inverse of ``file_name_text`` for a name that was not UTF-8."""
    return re.sub(rb"%([0-9A-F]{2})", lambda m: bytes([int(m.group(1), 16)]), text.encode("utf-8"))


@given(st.binary(min_size=1, max_size=60))
@settings(max_examples=1000)
def test_file_names_of_any_bytes_give_valid_stable_iris_losslessly(raw):
    name = os.fsdecode(raw)
    text = file_name_text(name)
    text.encode("utf-8")                                   # valid Unicode
    try:
        assert text == raw.decode("utf-8")                 # a UTF-8 name is kept as it is
    except UnicodeDecodeError:
        assert unescape(text) == raw                       # any other name comes back byte for byte
    iri = doc_iri(text)
    assert IRI_SAFE.match(iri) and ox.NamedNode(iri).value == iri
    assert doc_iri(file_name_text(os.fsdecode(raw))) == iri


@given(st.binary(min_size=1, max_size=30), st.binary(min_size=1, max_size=30))
@settings(max_examples=1000)
def test_distinct_file_name_bytes_give_distinct_iris(a, b):
    """Two UTF-8 names, or two others; a UTF-8 name spelled like an escaped one ("caf%E9") is the one clash."""
    if a != b and (_utf8(a) is None) == (_utf8(b) is None):
        assert doc_iri(file_name_text(os.fsdecode(a))) != doc_iri(file_name_text(os.fsdecode(b)))


def _utf8(raw: bytes) -> str | None:
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        return None


def test_digest_takes_lone_surrogates():
    assert digest("\udcff") != digest("\udcfe")


@pytest.mark.parametrize("names", [
    ("Ахмет Йылмаз", "Ahmet Yilmaz", "Ahmet Yılmaz", "AHMET YILMAZ"),
    ("Евгения Дорош", "Yevgeniya Dorosh", "Evgenia Dorosh"),
    ("Джейла Хасанова", "Jeyla Khasanova", "Jeyla Hasanova"),
    ("Мевлют Ташкын", "Mevlüt Taşkın"),
    ("Хана Ковач", "Hana Kovač"),
    ("Юлиана Алексеева", "Yuliana Alekseeva", "Iuliana Alexeeva"),
])
def test_one_name_in_two_scripts_or_romanisations_is_one_key(names):
    assert len({name_key(n) for n in names}) == 1
    assert len({new_entity_key(n) for n in names}) == 1


@pytest.mark.parametrize("a, b", [
    ("Group of 7", "Group of 77"), ("Анна Ковач", "Анна Ковачева"), ("Hana Kovač", "Hana Kovar"),
    ("北京大学", "上海大学"),
])
def test_different_names_keep_different_keys(a, b):
    assert new_entity_key(a) != new_entity_key(b)
