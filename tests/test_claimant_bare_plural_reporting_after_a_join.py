"""", but officials say …": a bare plural subject and a verb of saying after a clause join open a clause of their
own, so the figures of the clause before it are the article's, not that subject's."""
import re

from claimsgraph.lang import en
from extracted import claims_all, speaker_of


def test_figures_before_but_officials_say_are_the_articles(linker):
    text = ("Ruritania inflation\n\n"
            "Annual inflation in Ruritania slowed to 6.2 percent in May from 7.1 percent in April, but officials "
            "say prices may climb again after the fuel tax rise.\n")
    out = claims_all(text, linker)
    assert speaker_of(out, "6.2 percent") is None
    assert not any("officials" in said and "6.2 percent" in said for said, _ in out)


def test_figures_before_and_analysts_expect_are_the_articles(linker):
    text = ("Velsen Motors\n\n"
            "Velsen Motors sold 40,000 cars in the quarter, and analysts expect sales to slow in the spring.\n")
    out = claims_all(text, linker)
    assert speaker_of(out, "40,000 cars") is None


def test_an_auxiliary_or_an_adverb_after_a_join_goes_on_with_the_same_subject():
    join = re.compile(rf",\s+(?={en.CLAUSE_JOIN})")
    assert join.search("the plant would hire 300 workers, but analysts say wages will lag")
    assert not join.search("the plant would hire 300 workers, and has said that wages would rise")
    assert not join.search("the plant would hire 300 workers, but always says wages will lag")
