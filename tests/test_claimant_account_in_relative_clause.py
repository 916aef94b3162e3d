"""A relative clause inside its sentence whose pronoun is the subject of what a speaker says ("The mill, which X
says will be …, is …"): the speaker's account, cut from the sentence as its own claim; invented names and texts."""

import pytest
from claimsgraph.link import Linker
from claimsgraph.model import Entity

from extracted import CAST, claims, claims_all

NORDMILL = Entity("nordmill", "Nordmill Corp", "Organization", pref_labels=(("Nordmill Corp", "en"),),
                  alt_labels=(("Nordmill", "en"),))


@pytest.fixture(scope="module")
def linker():
    return Linker(CAST + [NORDMILL])


def test_a_named_speakers_account_inside_the_subject_is_theirs_and_the_rest_the_articles(linker):
    text = ("Nordmill plans a new flour mill near Orlov.\n\n"
            "The mill, which Nordmill claims will be the largest in Borealia, is expected to open next spring.\n")
    assert claims(text, linker)[1:] == [("The mill, which Nordmill claims will be the largest in Borealia", "nordmill"),
                                        ("is expected to open next spring.", None)]


def test_the_rest_of_the_sentence_keeps_its_own_frame(linker):
    text = ("Nordmill plans a new flour mill near Orlov.\n\n"
            "The mill, which Nordmill says would be the largest in Borealia, is set to open next spring, Varga said.\n")
    assert claims(text, linker)[1:] == [("The mill, which Nordmill says would be the largest in Borealia", "nordmill"),
                                        ("is set to open next spring, Varga said.", "varga")]


def test_the_rest_that_only_gives_figures_is_their_claims_alone(linker):
    text = ("Nordmill plans a new flour mill near Orlov.\n\n"
            "The mill, which Nordmill says will be the largest in Borealia, is expected to employ 3,000 people.\n")
    assert [said for said, _ in claims(text, linker, kinds=("statement",))][1:] == \
        ["The mill, which Nordmill says will be the largest in Borealia"]
    assert [said for said, _ in claims_all(text, linker)][-1].startswith("is expected to employ 3,000")


def test_a_relative_clause_that_reports_no_words_or_closes_no_subject_stays(linker):
    text = ("Nordmill plans a new flour mill near Orlov.\n\n"
            "The mill, which Varga toured last week with the board, is set to open in two years.\n\n"
            "Varga toured the mill, which Nordmill says will be the largest in Borealia, on a wet Monday.\n")
    assert [who for _, who in claims(text, linker)[1:]] == [None, None]
