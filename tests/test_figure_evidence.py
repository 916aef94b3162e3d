"""Which words of its sentence a figure's claim quotes as evidence (invented texts)."""
import pytest

from claimsgraph.extract import extract
from claimsgraph.ingest import parse_document
from claimsgraph.link import Linker
from claimsgraph.model import Entity


def evidence(text: str) -> dict[float, str]:
    linker = Linker([Entity("velmar", "Velmar", "Country", pref_labels=(("Velmar", "en"), ("Вельмар", "ru")))])
    doc = parse_document("t.txt", f"Headline\n\n{text}\n".encode(), "text/plain")
    return {c.value: doc.text[c.span.start:c.span.end] for c in extract(doc, linker).claims if c.kind == "quantity"}


@pytest.mark.parametrize("text, value, quoted", [
    # past a conjunction or a bracket, the second figure's phrase starts where the first one's ends
    ("The flood in Velmar drowned 14 cattle and nine goats, including a ram found by a farmer on Friday.", 9,
     "and nine goats"),
    ("The league won 52,310 ballots (37 per cent), the board in Velmar said.", 37, "(37 per cent)"),
    ("Паводок в Вельмаре унес 14 коров и девять коз, сообщили фермеры.", 9, "и девять коз"),
    # a change to a figure is one phrase
    ("Profits in Velmar rose by 4.9% to $2 billion.", 2e9, "Profits in Velmar rose by 4.9% to $2 billion."),
])
def test_a_second_figure_in_a_sentence_is_quoted_in_its_own_phrase(text, value, quoted):
    assert evidence(text)[value] == quoted
