"""After a poll is cited with its pollster, the sentences that go on with shares of its respondents ("54% of
respondents said …", «45% опрошенных считают …») are the pollster's findings, not the article's own nor the
respondents'; the run goes on across one sentence that gives no share and names no poll, and ends at two."""
import pytest

from claimsgraph.extract import extract
from claimsgraph.ingest import parse_document
from claimsgraph.link import Linker


@pytest.fixture(scope="module")
def linker():
    return Linker([])


def sources(text, linker, name):
    """Each claim's text and claimant as the text wrote one of its mentions (None for the article's own voice)."""
    doc = parse_document(name, text.encode(), "text/plain")
    result = extract(doc, linker)
    written = {m.entity: doc.text[m.span.start:m.span.end] for m in result.mentions}
    return [(doc.text[c.span.start:c.span.end], written.get(c.claimant, c.claimant)) for c in result.claims]


def claimant_of(found, words):
    """The claimant of the last claim whose text holds ``words``."""
    return [who for text, who in found if words in text][-1]


def test_shares_of_respondents_after_a_cited_poll_are_the_pollsters(linker):
    found = sources("Ruritania news\n\n"
                    "Mara Velsen leads the race with 41% support, according to a Northwire Research poll.\n\n"
                    "Some 62 percent of respondents said the bridge should be rebuilt.\n\n"
                    "Among farmers, 55% of voters backed the new tax.", linker, "t.txt")
    assert claimant_of(found, "62 percent") == "Northwire Research"
    assert claimant_of(found, "55%") == "Northwire Research"


def test_the_run_of_findings_goes_on_across_one_aside(linker):
    found = sources("Ruritania news\n\n"
                    "Mara Velsen leads the race with 41% support, according to a Northwire Research poll.\n\n"
                    "The entry of a third candidate changed the race.\n\n"
                    "Some 62 percent of respondents said the bridge should be rebuilt.", linker, "t.txt")
    assert claimant_of(found, "62 percent") == "Northwire Research"


def test_the_run_of_findings_ends_at_two_sentences_without_a_share(linker):
    found = sources("Ruritania news\n\n"
                    "Mara Velsen leads the race with 41% support, according to a Northwire Research poll.\n\n"
                    "The harbour of Velsk was closed on Monday after the storm.\n\n"
                    "Ships were sent to the southern port instead.\n\n"
                    "Some 62 percent of respondents said the bridge should be rebuilt.", linker, "t.txt")
    assert claimant_of(found, "62 percent") is None


def test_russian_shares_of_the_polled_after_a_cited_poll_are_the_pollsters(linker):
    found = sources("Новости Руритании\n\n"
                    "Строительство моста поддерживает большинство жителей Велска. Об этом говорят данные опроса "
                    "«Сомов-центра».\n\n"
                    "Так, 45% респондентов заявили, что мост нужен. При этом 38% опрошенных считают, что его "
                    "строительство затянется.", linker, "ru_t.txt")
    assert claimant_of(found, "45%") == "Сомов-центра"
    assert claimant_of(found, "38%") == "Сомов-центра"



@pytest.mark.parametrize("opening", [
    "In a new survey, 57 percent of Democrats say the bridge should be rebuilt.",
    "According to the survey, a majority of Democrats say the bridge should be rebuilt.",
])
def test_the_group_a_share_is_of_opens_no_run(linker, opening):
    found = sources(f"Ruritania news\n\n{opening}\n\nAnother 31% said it should stay.", linker, "t.txt")
    assert claimant_of(found, "31%") is None


def test_a_places_poll_names_no_pollster(linker):
    found = sources("Ruritania news\n\n"
                    "The Velsk Herald ran a story on the bridge.\n\n"
                    "A new Velsk poll is out this week.\n\n"
                    "Some 62 percent of respondents said the bridge should be rebuilt.", linker, "t.txt")
    assert claimant_of(found, "62 percent") is None
