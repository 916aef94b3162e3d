"""A body described by its rank in its country ("the nation's third-largest lender") is the body named before, not
the country; a said-tag naming a body's document ("“…,” a Vexon statement read") is the body's words; a title whose holder a word
leaves unnamed («неназванный чиновник»), or a description a clause leaves so ("the lender, which declined to be
named"), refers back to no one."""
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


RU_CAST = [Entity("tarn", "Ilya Tarn", "Person", pref_labels=(("Илья Тарн", "ru"),), alt_labels=(("Тарн", "ru"),))]


@pytest.mark.parametrize("official", ["Неназванный федеральный чиновник", "Некий дипломат"])
def test_a_title_left_unnamed_is_no_one_named_before(official):
    text = f"Илья Тарн проведёт переговоры в пятницу. {official} заявил, что переговоры отложат до осени."
    out = claims(text, Linker(RU_CAST), name="ru_t.txt")
    assert speaker_of(out, "отложат") is None


@pytest.mark.parametrize("clause", ["which declined to be named", "which asked not to be named"])
def test_a_description_left_unnamed_is_no_one_named_before(linker, clause):
    text = (f"Quell Savings Bank opened ten branches across Ostravia on Monday. The lender, {clause}, said the "
            "regulator had been too slow to act.")
    assert speaker_of(claims(text, linker), "too slow") is None
