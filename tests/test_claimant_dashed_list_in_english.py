"""English sets speech in quotation marks: its lines that open with a dash after a report are the items of a list
the article draws up, not a run of someone's direct speech as Russian writes it."""
import pytest

from claimsgraph.link import Linker
from claimsgraph.model import Entity
from extracted import CAST, claims, speaker_of

HERALD = Entity("herald", "Daily Herald", "Organization", pref_labels=(("Daily Herald", "en"),))


@pytest.fixture(scope="module")
def linker():
    return Linker(CAST + [HERALD])


LISTED = ("Tomas Varga is calling it a \"grave insult.\" Borealia on Monday said as many as 40 boats had entered "
          "the bay. More:\n"
          "- On the coast: Things are calm, and the harbour stayed open all week.\n"
          "- What it means: This visit seems to be a larger one than the last.\n")


@pytest.mark.parametrize("item", ["Things are calm", "This visit seems"])
def test_list_items_after_a_quotation_are_the_articles(linker, item):
    assert speaker_of(claims(LISTED, linker), item) is None


def test_a_list_item_after_a_report_is_the_articles(linker):
    text = "Borealia on Monday said as many as 40 boats had entered the bay.\n- On the coast: Things are calm.\n"
    assert speaker_of(claims(text, linker), "Things are calm") is None
