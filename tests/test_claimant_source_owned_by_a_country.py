"""A source named after a country's possessive ("according to Ruritania's National Exit Poll", then "the poll
said"): the named source speaks, not the country that owns it (invented country, poll and parties)."""
import pytest

from claimsgraph.extract import extract
from claimsgraph.ingest import parse_document
from claimsgraph.link import Linker
from claimsgraph.model import Entity


@pytest.fixture(scope="module")
def linker():
    return Linker([Entity("ruritania", "Ruritania", "Country", pref_labels=(("Ruritania", "en"),))])


def _figures_by(text, linker):
    """Each figure's value and its claimant as the text wrote it."""
    doc = parse_document("t.txt", text.encode(), "text/plain")
    result = extract(doc, linker)
    written = {m.entity: doc.text[m.span.start:m.span.end] for m in result.mentions}
    return {c.value: written.get(c.claimant, c.claimant) for c in result.claims if c.kind == "quantity"}


TEXT = ("The Harmony bloc had 27.4 percent support, according to Ruritania's National Exit Poll, reported "
        "Vell News. The Order bloc came fourth on 11.2 percent, the poll said.")


def test_the_source_a_country_owns_speaks(linker):
    assert _figures_by(TEXT, linker)[27.4] == "National Exit Poll"


def test_the_poll_again_is_the_source_not_its_country(linker):
    assert _figures_by(TEXT, linker)[11.2] == "National Exit Poll"
