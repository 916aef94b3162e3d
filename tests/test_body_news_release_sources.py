"""A news or media release is a body's statement: "according to a media release by X" names X as the source
however many words the statement's own take, and "the news release said" is its issuer's."""
import pytest

from claimsgraph.extract import extract
from claimsgraph.ingest import parse_document
from claimsgraph.link import Linker
from claimsgraph.model import Entity

ENTITIES = [
    Entity("kestrel-police", "Kestrel Bay Police Department", "Organization",
           pref_labels=(("Kestrel Bay Police Department", "en"),)),
    Entity("harbour-board", "Kestrel Harbour Board", "Organization", pref_labels=(("Kestrel Harbour Board", "en"),)),
]


@pytest.fixture(scope="module")
def linker():
    return Linker(ENTITIES)


def claimants(text, linker):
    doc = parse_document("en_t.txt", text.encode(), "text/plain")
    return [c.claimant for c in extract(doc, linker).claims if c.kind != "quantity"]


@pytest.mark.parametrize("release", ["a news release", "a press release", "a media release", "its latest statement"])
def test_the_issuer_after_a_statements_words_is_the_source(linker, release):
    text = f"According to {release} from the Kestrel Bay Police Department, officers seized two boats at the pier."
    assert claimants(text, linker) == ["kestrel-police"]


def test_the_news_release_is_its_issuers(linker):
    text = ("The Kestrel Bay Police Department issued a news release on Monday. The Kestrel Harbour Board has "
            "closed the pier. The news release said that officers searched the boats at the pier.")
    assert claimants(text, linker)[-1] == "kestrel-police"
