"""A frame whose complement goes on with a participle of saying and a second complement ("X said that A, adding
that B", "X underlined that A, affirming that B") is two claims of X, as "A, X said, adding that B" is (invented
names and sentences)."""
import pytest

from claimsgraph.link import Linker
from extracted import CAST, claims


@pytest.fixture(scope="module")
def linker():
    return Linker(CAST)


@pytest.mark.parametrize("participle", ["adding", "stating", "affirming", "pointing out"])
def test_a_second_complement_after_a_participle_of_saying_is_a_second_claim(linker, participle):
    text = (f"Tomas Varga said that the harbour locks would open in the spring, {participle} that the old "
            "ferry line would close for good.")
    assert claims(text, linker) == [
        ("Tomas Varga said that the harbour locks would open in the spring", "varga"),
        ("the old ferry line would close for good.", "varga")]


def test_a_russian_second_complement_is_a_second_claim(linker):
    text = "Томас Варга заявил, что шлюзы в гавани откроют весной, добавив, что старую паромную линию закроют навсегда."
    assert [who for _, who in claims(text, linker)] == ["varga", "varga"]


def test_a_short_second_clause_stays_in_the_first_claim(linker):
    text = "Tomas Varga said that the harbour locks would open in the spring, adding that it was late."
    assert [who for _, who in claims(text, linker)] == ["varga"]
