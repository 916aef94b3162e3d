"""«В заявлении компании «X» говорится, что …»: a Russian issuer whose name stands in guillemets between the
statement and the verb that says what it holds is still the statement's issuer (invented bodies)."""
import pytest

from claimsgraph.link import Linker

from extracted import CAST, claims, speaker_of


@pytest.fixture(scope="module")
def linker():
    return Linker(CAST)


@pytest.mark.parametrize("text", [
    "В заявлении компании «Ларно» говорится, что утечки на терминале не было.",
    "В сообщении банка «Ларно» также отмечается, что утечки на терминале не было.",
    "В пресс-релизе холдинга «Ларно» указано, что утечки на терминале не было.",
])
def test_an_issuer_in_guillemets_before_the_verb_speaks(linker, text):
    speaker = speaker_of(claims(text, linker, name="ru_t.txt"), "утечки на терминале")
    assert speaker is not None and "larno" in speaker   # the body of that name, with its kind or without
