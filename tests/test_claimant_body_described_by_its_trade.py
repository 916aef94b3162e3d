"""A body named in full and then described by the nouns of its trade ("the rights group", "the Ostra-based rights
group") speaks under that description, though its name lacks the description's head (invented bodies)."""
import pytest

from claimsgraph.extract import extract
from claimsgraph.ingest import parse_document
from claimsgraph.link import Linker
from claimsgraph.model import Entity


@pytest.fixture(scope="module")
def registry():
    return Linker([
        Entity("ruritania", "Ruritania", "Country", (("Ruritania", "en"),)),
        Entity("lumen-rights-watch", "Lumen Rights Watch", "Organization", (("Lumen Rights Watch", "en"),)),
        Entity("kessel-front", "Kessel Front", "Group", (("Kessel Front", "en"),)),
    ])


def claimants(text, linker):
    doc = parse_document("t.txt", text.encode(), "text/plain")
    found = extract(doc, linker)
    labels = {e.key: e.label for e in found.new_entities} | {k: e.label for k, e in linker.entities.items()}
    return {doc.text[c.span.start:c.span.end]: labels.get(c.claimant) for c in found.claims}


OPENING = ("Killings in Ruritania\n\n"
           "Lumen Rights Watch said on Monday that fighters of the Kessel Front had killed villagers in the north.\n")


def test_a_description_by_the_bodys_trade_is_the_body_named_before(registry):
    found = claimants(OPENING + "The rights group said nine farmers had been shot near a well.\n", registry)
    assert [who for quote, who in found.items() if "farmers" in quote] == ["Lumen Rights Watch"]


def test_a_description_by_where_the_body_sits_and_its_trade_is_the_body_named_before(registry):
    found = claimants(OPENING + "The Vellbrook-based rights group said nine farmers had been shot near a well.\n",
                      registry)
    assert [who for quote, who in found.items() if "farmers" in quote] == ["Lumen Rights Watch"]


def test_a_description_whose_trade_no_body_named_holds_is_none_of_them(registry):
    found = claimants(OPENING + "The farming group said nine farmers had been shot near a well.\n", registry)
    assert [who for quote, who in found.items() if "farmers" in quote] in ([None], ["the farming group"])
