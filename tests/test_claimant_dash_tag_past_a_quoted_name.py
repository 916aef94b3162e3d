"""A short name in quotation marks that ends the words a dash's said-tag closes («… и катер «Сокол», — рассказали в
X») sets off a name, not words anyone said: the paragraph stays unquoted, so the tag speaks for its sentences
before it too."""
import pytest

from claimsgraph.link import Linker
from extracted import speakers_as_written


@pytest.fixture(scope="module")
def linker():
    return Linker([])


@pytest.mark.parametrize("dash", ["—", "–", "-"])
def test_a_dash_tag_after_a_quoted_name_speaks_for_its_paragraph(linker, dash):
    said = speakers_as_written("В Ланкоре загорелся склад, сообщает ГУ МЧС по региону.\n"
                               "Поступила информация о пожаре на складе. Огонь угрожает соседним домам. "
                               f"К тушению привлечены пожарные и катер «Сокол», {dash} рассказали в МЧС.", linker)
    assert said[1:] == ["МЧС", "МЧС", "МЧС"]


def test_words_quoted_as_said_still_stop_the_reach_back(linker):
    said = speakers_as_written("Поступила информация о пожаре на складе. "
                               "«Огонь потушен», — рассказали в МЧС.", linker)
    assert said[0] is None
