"""A said-tag naming one person by two titles joined by "and" and the name after a comma ("…," said the agency's
treasurer and field commander, Dr X) was read as two speakers side by side, and the quotation went to no
one; a second title with a determiner of its own ("the mayor and his deputy, X") still names two people."""
import pytest

from claimsgraph.link import Linker
from extracted import CAST, claims, speaker_of


@pytest.fixture(scope="module")
def cast_linker():
    return Linker(CAST)


@pytest.mark.parametrize("tag", ["said the board's treasurer and acting director, Dr Tomas Varga",
                                 "said spokesman and field commander, Tomas Varga"])
def test_titles_joined_before_one_apposed_name_are_that_persons(cast_linker, tag):
    out = claims(f'Crews cleared the depot at Orvel on Monday.\n\n"The shed was empty. Nobody was hurt," {tag}.',
                 cast_linker)
    assert speaker_of(out, "Nobody was hurt") == "varga"
    assert speaker_of(out, "The shed was empty") == "varga"


def test_a_second_title_with_its_own_determiner_is_another_person(cast_linker):
    out = claims('Crews cleared the depot at Orvel on Monday.\n\n'
                 '"The shed was empty," said the mayor and his deputy, Tomas Varga.', cast_linker)
    assert speaker_of(out, "The shed was empty") != "varga"
