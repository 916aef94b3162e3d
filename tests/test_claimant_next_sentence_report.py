"""A quotation is not given the speaker of the sentence after it when that sentence opens with its own report:
after a quotation that ends its sentence, "Y said that …" reports a clause of Y's and tags nothing before it."""
import pytest

from claimsgraph.link import Linker
from extracted import CAST, KELL, claims, speaker_of


@pytest.fixture(scope="module")
def cast_linker():
    return Linker(CAST + [KELL])


def test_a_quotation_is_not_the_speaker_of_the_report_that_opens_the_next_sentence(cast_linker):
    out = claims('Tomas Varga spoke to harbour staff on Monday. "We found the stolen barge. The skipper will be '
                 'charged." Mira Orlen said that the port was not treating the case as sabotage.', cast_linker)
    assert speaker_of(out, "stolen barge") == "varga"
    assert speaker_of(out, "not treating the case") == "orlen"


@pytest.mark.parametrize("tag", ["Mira Orlen said.", "Mira Orlen said on Tuesday."])
def test_a_tag_after_a_quotation_that_ends_its_sentence_still_closes_it(cast_linker, tag):
    out = claims(f'Tomas Varga spoke to harbour staff on Monday. "The port stays open all winter." {tag}',
                 cast_linker)
    assert speaker_of(out, "stays open") == "orlen"


def test_words_quoted_after_the_last_speakers_own_name_stay_his(cast_linker):
    out = claims('"The levy hurts every crew. It was written in a hurry," said Tomas Varga at the harbour office.\n\n'
                 'Varga cited that the levy "was drafted in one night without a single ferry operator, harbour pilot '
                 'or dock worker in the room."', cast_linker)
    assert speaker_of(out, "without a single ferry operator") == "varga"
