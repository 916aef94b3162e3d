"""A closing tag ("…, the ministry said", «…, сообщили в министерстве») speaks for the sentences of its paragraph
before it; a name in quotation marks in that paragraph ("the ferry "Falcon"", «паром «Сокол»») is no quotation of
anyone's words and does not stop that reach back, while words quoted as said still do."""
import pytest

from claimsgraph.link import Linker
from extracted import claims, speakers_as_written


@pytest.fixture(scope="module")
def linker():
    return Linker([])


@pytest.mark.parametrize("name, text, speaker", [
    ("t.txt", 'The Ruritanian transport ministry reviewed the year.\n\nThe ferries carried more passengers than a '
              'year ago. The new ferry "Falcon" will sail in spring, the ministry said.',
     "Ruritanian transport ministry"),
    ("ru_t.txt", "Министерство транспорта Эстерии подвело итоги года.\n\nПаромы перевезли больше пассажиров, чем "
                 "год назад. Новый паром «Сокол» выйдет в рейс весной, сообщили в министерстве.",
     "Министерство транспорта Эстерии"),
])
def test_a_quoted_name_leaves_the_sentence_before_to_the_tag(linker, name, text, speaker):
    assert speakers_as_written(text, linker, name=name)[-2:] == [speaker, speaker]


def test_words_quoted_as_said_still_stop_the_reach_back(linker):
    text = ('The Ruritanian transport ministry reviewed the year.\n\nThe ferries carried more passengers than a '
            'year ago. "We will sail in spring," the ministry said.')
    out = claims(text, linker)
    assert [who for words, who in out if "more passengers" in words] == [None]
