"""A frame whose complement goes on with a participle of saying and a second complement ("X said that A, adding
that B", "X underlined that A, stating that B") is two claims of X, as "A, X said, adding that B" is; a participle
that may go with the complement's own subject ("…, claiming that …") leaves one claim (invented names and
sentences)."""
import pytest

from claimsgraph.link import Linker
from extracted import CAST, claims


@pytest.fixture(scope="module")
def linker():
    return Linker(CAST)


@pytest.mark.parametrize("participle", ["adding", "stating", "affirming", "reiterating"])
def test_a_second_complement_after_a_participle_of_saying_is_a_second_claim(linker, participle):
    text = (f"Tomas Varga said that the harbour locks would open in the spring, {participle} that the old "
            "ferry line would close for good.")
    assert claims(text, linker) == [
        ("Tomas Varga said that the harbour locks would open in the spring", "varga"),
        ("the old ferry line would close for good.", "varga")]


@pytest.mark.parametrize("text", [
    # the participle may be the complement's subject's: the dockers claim it
    "Tomas Varga said that the dockers walked out on Monday, claiming that the pay offer was an insult to them.",
    "Tomas Varga said that the harbour locks would open in the spring, adding that it was late.",   # too short
])
def test_a_participle_of_the_complement_or_a_short_second_clause_stays_in_one_claim(linker, text):
    assert [who for _, who in claims(text, linker)] == ["varga"]
