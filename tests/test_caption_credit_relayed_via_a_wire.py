"""A picture's caption of several sentences, closed in brackets by the photographer, the agency and the wire that
relayed the picture ("(Jane Roe/CW via WIRE)"), is page furniture: neither its sentences nor the agencies in the
credit are the article's."""
import pytest

from claimsgraph.link import Linker
from extracted import CAST, body_texts, claims_all

CAPTION = ("Residents of Nordport stand by a flooded street on Monday, a day after three houses were washed away "
           "and several families were moved to a school gym in the southern district of Lindholm, Ruritania, "
           "Tuesday, March 4, 2031. The flooding along the Vell river continues for a second week despite repairs "
           "to the dam, as officials and residents argue over who should pay for new barriers and pumps along the "
           "old quay. (Mara Velsen/Nordwire via Coastal Press)")
ARTICLE = ("Floods in Ruritania\n\n" + CAPTION + "\n\nThe Ruritanian water agency said on Tuesday that the dam "
           "would be repaired by May.")


@pytest.fixture(scope="module")
def cast_linker():
    return Linker(CAST)


def test_a_long_caption_closed_by_a_credit_relayed_via_a_wire_is_furniture():
    assert CAPTION not in body_texts(ARTICLE)


def test_the_captions_sentences_are_no_claims(cast_linker):
    out = claims_all(ARTICLE, cast_linker)
    assert not any("flooded street" in text or "Nordwire" in text for text, _ in out)
    assert any("dam would be repaired" in text for text, _ in out)


@pytest.mark.parametrize("sentence", ["The ferry left for Nordport (Lindholm/Vell via the old canal).",
                                      "Aid came from Mara Velsen (Nordport/Lindholm)."])
def test_a_sentence_with_a_slash_in_brackets_stays(sentence):
    assert sentence in body_texts("Floods in Ruritania\n\n" + sentence + "\n\nThe quay reopened on Friday.")
