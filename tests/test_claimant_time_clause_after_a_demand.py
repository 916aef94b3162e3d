"""A speaker's demand told by an infinitive ("X called on the deputies to resign") and a clause after it that
tells, with a subject of its own, what happened before ("… after they walked out of the chamber"): the demand is the
speaker's, the clause the article's account of what led to it; a clause inside what was said ("X said the deputies
resigned after …") stays the speaker's: invented people and texts."""
import pytest

from claimsgraph.link import Linker
from extracted import CAST, claims, claims_all, speaker_of


@pytest.fixture(scope="module")
def linker():
    return Linker(CAST)


@pytest.mark.parametrize("text, demand, clause", [
    ("Tomas Varga today called on the opposition deputies to resign after they walked out of the budget debate in "
     "the chamber.", "called on the opposition deputies to resign",
     "after they walked out of the budget debate in the chamber."),
    ("Mira Orlen urged the river towns to open their shelters before the storm reached the northern coast of "
     "Borealia.", "urged the river towns", "before the storm reached the northern coast of Borealia."),
])
def test_the_clause_after_the_demand_is_the_articles(linker, text, demand, clause):
    out = claims(text, linker)
    assert speaker_of(out, demand) is not None
    assert speaker_of(out, clause) is None


def test_a_clause_inside_what_was_said_stays_the_speakers(linker):
    out = claims("Tomas Varga said the opposition deputies resigned after they walked out of the budget debate in the "
                 "chamber.", linker)
    assert speaker_of(out, "after they walked out") == "varga"


def test_a_figure_in_the_clause_after_the_demand_is_the_articles(linker):
    text = ("Tomas Varga today called on the opposition deputies to resign after they walked out of the chamber's "
            "three-day budget debate.")
    assert [who for _, who in claims(text, linker, kinds=("quantity",))] == [None]
    assert speaker_of(claims(text, linker), "called on the opposition deputies") == "varga"


@pytest.mark.parametrize("text, limit", [
    ("Mira Orlen urged the river towns to stay indoors until firefighters contain the blaze that has burned 4,000 "
     "hectares of forest.", "until firefighters contain the blaze"),
    ("Tomas Varga told the farmers of Borealia to sell their grain before prices fall by 20 percent next spring.",
     "before prices fall by 20 percent"),
    ("Tomas Varga called on the deputies to stay in the chamber until the budget debate will end next week.",
     "until the budget debate will end"),
])
def test_a_clause_that_limits_the_demand_is_the_speakers(linker, text, limit):
    out = claims_all(text, linker)
    assert speaker_of(out, limit) is not None


def test_a_figure_in_a_clause_that_limits_the_demand_is_the_speakers(linker):
    text = ("Tomas Varga told the farmers of Borealia to sell their grain before prices fall by 20 percent next "
            "spring.")
    assert [who for _, who in claims(text, linker, kinds=("quantity",))] == ["varga"]
