"""A body the text names only by a lower-case description and its owner speaks as that body, not as its country
(invented countries and bodies)."""
import pytest

from claimsgraph.extract import extract
from claimsgraph.ingest import parse_document
from claimsgraph.link import Linker
from claimsgraph.model import Entity


@pytest.fixture(scope="module")
def registry():
    return Linker([
        Entity("ostrava-land", "Ostrava Land", "Country", (("Ostrava Land", "en"),),
               (("OSL", "en"), ("Free Union of Ostrava", "en"))),
        Entity("pelion", "Pelion", "Country", (("Pelion", "en"),)),
        Entity("kestrel-airlines", "Kestrel Airlines", "Organization", (("Kestrel Airlines", "en"),)),
        Entity("vexo-systems", "Vexo Systems", "Organization", (("Vexo Systems", "en"),)),
    ])


def claimants(text, linker):
    doc = parse_document("t.txt", text.encode(), "text/plain")
    found = extract(doc, linker)
    labels = {e.key: e.label for e in found.new_entities} | {k: e.label for k, e in linker.entities.items()}
    return [(doc.text[c.span.start:c.span.end], labels.get(c.claimant)) for c in found.claims]


def test_a_ministry_of_a_country_written_in_lower_case_after_an_opening_clause_is_the_ministry(registry):
    text = ("Fever back in the hills\n\n"
            "Two weeks after calling the outbreak over, the water ministry of the Free Union of Ostrava confirms "
            "nine new cases of the fever.\n")
    found = claimants(text, registry)
    assert found and {who for _, who in found} == {"water ministry of the Free Union of Ostrava"}


def test_a_ministry_after_a_countrys_acronym_and_its_possessive_is_the_ministry_not_the_country(registry):
    text = "Fever back in the hills\n\nThe OSL’s water ministry has confirmed nine new cases in the hills.\n"
    found = claimants(text, registry)
    assert found and {who for _, who in found} == {"OSL’s water ministry"}


def test_a_description_opening_a_sentence_with_its_capital_is_the_body_named_before(registry):
    text = ("Fever back in the hills\n\nOstrava Land's water ministry has confirmed nine new cases in the hills.\n\n"
            "Water ministry has reported that road checks were being set up across the district.\n")
    assert claimants(text, registry)[-1] == ("Water ministry has reported that road checks were being set up across "
                                             "the district.", "Ostrava Land's water ministry")


def test_a_bodys_noun_after_the_country_it_sits_in_is_the_body_named_before(registry):
    text = ("Kestrel posts a profit\n\nKestrel Airlines announced a share buyback on Tuesday.\n"
            "The Pelion airline reported net income of $71 million, down 12 percent from a year earlier.\n")
    assert {who for quote, who in claimants(text, registry) if "net income" in quote} == {"Kestrel Airlines"}


def test_a_company_described_by_the_town_and_region_it_is_based_in_is_the_company_named_before(registry):
    text = ("Vexo back in profit\n\nVexo Systems named a new chief executive on Monday.\n"
            "The Tarnby, Velm.-based company reported a profit of $5 million in its second quarter.\n")
    assert {who for quote, who in claimants(text, registry) if "profit of" in quote} == {"Vexo Systems"}


def test_a_country_alone_stays_the_country(registry):
    text = "Talks stall\n\nPelion said on Tuesday that the talks on the river had failed.\n"
    assert [who for _, who in claimants(text, registry)] == ["Pelion"]
