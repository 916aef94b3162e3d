"""A said-tag after a quotation's closing mark whose verb the parser took for a modifier of the titled name after it
("“…,” joked Commission President Jane Roe"): the name is the verb's subject and speaks, not the one before."""
import pytest

from claimsgraph.link import Linker
from extracted import claims_as_written, speaker_of


@pytest.fixture(scope="module")
def linker():
    return Linker([])


def test_a_tag_verb_before_a_body_title_and_name_names_the_speaker(linker):
    out = claims_as_written("The talks ended late, with Borealia’s Tomas Varga calling the quota dispute a "
                            "“hard limit” from the start.\n\n"
                            "“My roads are never straight,” joked Northern Commission President Mara Velsen.",
                            linker)
    assert speaker_of(out, "never straight") == "Mara Velsen"
