"""A body referred to later by a description of its trade or its seat, and the statement it issued (invented
bodies, places and sentences)."""
import pytest

from claimsgraph.extract import extract
from claimsgraph.ingest import parse_document
from claimsgraph.link import Linker
from claimsgraph.model import Entity

BODIES = [
    Entity("kobra", "Kobra Holdings", "Organization", pref_labels=(("Kobra Holdings", "en"),)),
    Entity("velda", "Velda Shipping Group", "Organization", pref_labels=(("Velda Shipping Group", "en"),)),
    Entity("dockers", "Dock Workers", "Group", pref_labels=(("Dock Workers", "en"),)),
    Entity("vell", "Vell", "Place", pref_labels=(("Vell", "en"),)),
]


@pytest.fixture(scope="module")
def bodies():
    return Linker(BODIES)


def speaker(text, words, linker):
    """The claimant's label of the last claim but figures that holds ``words``."""
    doc = parse_document("t.txt", text.encode(), "text/plain")
    x = extract(doc, linker)
    labels = {e.key: e.label for e in x.new_entities} | {e.key: e.label for e in BODIES}
    found = [labels.get(c.claimant, c.claimant) if c.claimant else None for c in x.claims
             if c.kind != "quantity" and words in doc.text[c.span.start:c.span.end]]
    assert found, words
    return found[-1]


@pytest.mark.parametrize("description", [
    "The Norvish carmaker",
    "The auto parts maker, which has plants in Ostra,",
    "The carmaker",
    # other trades a company is described by
    "The steelmaker",
    "The miner",
    "The package deliverer",
])
def test_a_description_of_the_trade_refers_to_the_company_named_before(description, bodies):
    text = f"Kobra Holdings cut 300 jobs on Monday.\n\n{description} said sales were weak in the spring."
    assert speaker(text, "sales were weak", bodies) == "Kobra Holdings"


def test_a_group_described_by_its_trade_is_the_group_named_before(bodies):
    text = ("Velda Shipping Group cut 300 jobs on Monday.\n\n"
            "In a trading update, the ferry group, which sails to Ostra, said fuel costs had fallen.")
    assert speaker(text, "fuel costs", bodies) == "Velda Shipping Group"


@pytest.mark.parametrize("opening, description", [
    ("Kobra Holdings cut 300 jobs on Monday.", "The rival carmaker"),
    ("The Vexa Party won the vote on Sunday.", "The opposition party"),
])
def test_a_rival_is_another_body(opening, description, bodies):
    text = f"{opening}\n\n{description} said the count was wrong."
    who = speaker(text, "the count", bodies)
    assert who is None or not any(name in who for name in ("Kobra", "Vexa"))


@pytest.mark.parametrize("seat", ["Vell-based", "New Vell-based"])
def test_a_firm_described_by_its_seat_is_the_company_not_a_group_of_people(seat, bodies):
    text = ("Kobra Holdings shares fell on Monday.\n\nThe Dock Workers said the strike would go on.\n\n"
            f"Loans fell sharply in May, the {seat} firm said in a statement.")
    assert speaker(text, "Loans fell", bodies) == "Kobra Holdings"


@pytest.mark.parametrize("opening, issuer", [
    ("Vell said in a statement on Monday the old bridge would close. Kobra Holdings built the bridge long ago.", "Vell"),
    ("Kobra Holdings shares rose after Velda Shipping Group said on Monday in a statement that the old bridge would "
     "close.", "Velda Shipping Group"),
])
def test_the_statement_is_the_one_its_speaker_said_something_in(opening, issuer, bodies):
    text = f"{opening}\n\n\"Repairs will take the whole summer,\" the statement said."
    assert speaker(text, "Repairs", bodies) == issuer


def test_a_body_whose_organ_decided_speaks_as_the_body(bodies):
    text = ("On Monday, the Board of Governors of the Central Bank voted to hold the key rate, the regulator "
            "announced.\n\nThe Central Bank expects prices to slow in the autumn, the statement said.")
    assert {speaker(text, words, bodies) for words in ("key rate", "prices")} == {"Central Bank"}
