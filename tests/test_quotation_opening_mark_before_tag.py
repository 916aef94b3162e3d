"""An opening mark typed where the closing one belongs, after the quotation's last comma and before a said-tag in
small letters ("…, “the minister added."): it opened nothing new and closed nothing, so the quotation ran on to
the paragraph's end, the tag and the article's sentences after it read as the words of whoever spoke before."""
import pytest

from claimsgraph.ingest import parse_document
from claimsgraph.link import Linker
from claimsgraph.segment import quote_regions
from extracted import CAST, claims, speaker_of


@pytest.fixture(scope="module")
def cast_linker():
    return Linker(CAST)


def quoted(text, name="t.txt"):
    doc = parse_document(name, text.encode(), "text/plain")
    return [doc.text[r.span.start:r.span.end] for r in quote_regions(doc)]


def test_the_mark_before_a_tag_in_small_letters_closes_the_quotation():
    assert quoted("“The ferries will be late, “the harbour master added. The port stays open.") == \
        ["The ferries will be late, "]


def test_a_quotation_inside_one_that_its_own_mark_closes_still_opens():
    assert quoted("“We told them, “leave the pier,” and they left,” Varga said.") == \
        ["We told them, “leave the pier,” and they left,"]


@pytest.mark.parametrize("text, name", [
    ("Mira Orlen said the port of Borealia would reopen.\n\n"
     "“The ferries will be late this week, “the harbour master Tomas Varga added. The port stays open.", "t.txt"),
    ("Мира Орлен сообщила, что порт Бореалии откроется.\n\n"
     "«Паромы опоздают на этой неделе, «добавил начальник порта Томас Варга. Порт останется открытым.", "ru_t.txt"),
])
def test_the_tag_after_the_mistyped_mark_names_the_speaker(cast_linker, text, name):
    out = claims(text, cast_linker, name=name)
    assert speaker_of(out, "Варга" if name.startswith("ru") else "Varga") == "varga"
    assert speaker_of(out, "Порт останется" if name.startswith("ru") else "port stays open") is None
