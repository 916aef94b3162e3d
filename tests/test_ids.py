import re

import pyoxigraph as ox
from hypothesis import given, settings
from hypothesis import strategies as st

from claimsgraph.ids import (claim_iri, digest, doc_iri, entity_iri, new_entity_key, normalise_name,
                       slug)

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
