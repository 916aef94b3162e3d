"""Where a figure's quoted phrase starts: after a dash typed as a spaced hyphen, and at the word that joins it to
a list (invented texts)."""
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
    # a hyphen with a space on either side is a dash: what follows it is a phrase of its own
    ("Вельмар за полгода нарастил вывоз угля на 8% - до 2,6 млн тонн, заявил министр.", 2.6e6,
     "до 2,6 млн тонн"),
    ("Velmar raised its grain sales by 8% - to 2.6 million tons, the minister said.", 2.6e6,
     "to 2.6 million tons"),
    # the last item of a list: its phrase starts at the word that joins it
    ("The tribunal fined a baker, the mayor of Orlent and three Velmar lorry drivers, Ivo Brask and Tal Ferro, "
     "on Monday.", 3, "and three Velmar lorry drivers"),
    ("Суд оштрафовал пекаря, мэра Орлента и трёх водителей из Вельмара, сообщили в суде.", 3,
     "и трёх водителей из Вельмара"),
])
def test_a_figure_phrase_starts_after_a_typed_dash_or_at_its_list_joiner(text, value, quoted):
    assert evidence(text)[value] == quoted


@pytest.mark.parametrize("text, value, quoted", [
    # far past the figure before it in its clause, a figure's phrase opens at its preposition
    ("The tribunal jailed 9 clerks held for weeks at a depot near the Velmar border for two years, a notice said.", 2,
     "for two years"),
    # close after it, the change and the value reached stay one phrase
    ("Exports from Velmar rose by 4.9% to $2 billion, the bureau said.", 2e9,
     "Exports from Velmar rose by 4.9% to $2 billion"),
])
def test_a_figure_far_past_another_opens_at_its_preposition(text, value, quoted):
    assert evidence(text)[value] == quoted
