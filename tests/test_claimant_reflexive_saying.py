"""Russian verbs of saying in the personal reflexive past: "отметился" is another verb (scored), but "призналась",
"пожаловался" report words before their clause, and "обратился" reports them as the tag after a quotation (a
minister's words "…, — обратился министр к залу"); before an object they still name an act."""
import pytest

from claimsgraph.link import Linker
from extracted import CAST, claims, speaker_of


@pytest.fixture(scope="module")
def cast_linker():
    return Linker(CAST)


@pytest.mark.parametrize("verb", ["пожаловалась", "призналась", "согласилась"])
def test_a_reflexive_verb_of_saying_before_its_clause_names_the_speaker(cast_linker, verb):
    out = claims(f"Мира Орлен {verb}, что паромы в Бореалии подорожают к маю.", cast_linker)
    assert speaker_of(out, "паромы в Бореалии") == "orlen"


def test_the_tag_of_addressing_after_a_dash_quotation_names_the_minister(cast_linker):
    out = claims("Министр Томас Варга приехал в порт.\n\n"
                 "- Паромы не выйдут в море до весны, - обратился министр к докерам.", cast_linker)
    assert speaker_of(out, "Паромы не выйдут") == "varga"


def test_the_tag_of_addressing_after_a_quotation_names_the_speaker_after_it(cast_linker):
    out = claims("Томас Варга приехал в порт. «Паромы не выйдут в море до весны», — обратилась Мира Орлен к докерам.",
                 cast_linker)
    assert speaker_of(out, "Паромы не выйдут") == "orlen"


@pytest.mark.parametrize("sentence", ["Мира Орлен обратилась в суд с иском к порту.",
                                      "Мира Орлен поделилась опытом работы в порту.",
                                      "Мира Орлен пожаловалась на боль в спине.",
                                      "Мира Орлен возмутилась поведением соседей."])
def test_a_reflexive_verb_before_an_object_is_an_act(cast_linker, sentence):
    assert speaker_of(claims(sentence, cast_linker), "Мира Орлен") is None
