"""A body described by its rank in its country ("the nation's third-largest lender") is the body named before, not
the country; a said-tag naming a body's document ("“…,” a Vexon statement read") is the body's words."""
import pytest

from claimsgraph.link import Linker
from claimsgraph.model import Entity

from extracted import claims, speaker_of

ENTITIES = [
    Entity("quellbank", "Quell Savings Bank", "Organization", pref_labels=(("Quell Savings Bank", "en"),),
           alt_labels=(("QSB", "en"),)),
    Entity("ostravia", "Ostravia", "Country", pref_labels=(("Ostravia", "en"),)),
]


@pytest.fixture(scope="module")
def linker():
    return Linker(ENTITIES)


@pytest.mark.parametrize("description", ["The country's biggest lender", "The country's second largest bank",
                                         "The nation's third-largest lender"])
def test_a_ranked_description_is_the_body_named_before(linker, description):
    text = (f"Quell Savings Bank opened ten branches across Ostravia on Monday. {description} has also rejected "
            "rumours that it will cap cash withdrawals.")
    assert speaker_of(claims(text, linker), "rumours") == "quellbank"


@pytest.mark.parametrize("tag", ["a QSB statement read", "the QSB statement read", "said the QSB tweet"])
def test_a_said_tag_naming_the_documents_issuer(linker, tag):
    text = ("Quell Savings Bank opened ten branches across Ostravia on Monday. "
            f"\"Talk of frozen accounts is spreading among savers. It has no basis at all,\" {tag}.")
    assert speaker_of(claims(text, linker), "no basis") == "quellbank"
