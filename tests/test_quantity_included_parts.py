"""A bare figure that counts people named before takes the whole, not a part of it the sentence before named after
"including"/«включая» ("six were hurt, including two children. Four were taken to hospital"); invented texts."""
import pytest

from claimsgraph.extract import extract
from claimsgraph.ingest import parse_document
from claimsgraph.link import Linker


def figures(text: str) -> list[tuple[float, str]]:
    doc = parse_document("t.txt", f"Headline\n\n{text}\n".encode(), "text/plain")
    return [(c.value, c.unit) for c in extract(doc, Linker([])).claims if c.kind == "quantity"]


@pytest.mark.parametrize("text, expected", [
    ("In the blast at the Orlen mill nine workers were hurt, including three apprentices. Five were taken to the "
     "Velm clinic.", [(9.0, "workers"), (3.0, "apprentices"), (5.0, "workers")]),
    ("При пожаре на складе в Оскаре пострадали семь человек, включая двоих пожарных.\nЧетырёх госпитализировали в "
     "больницы Вельмы.", [(7.0, "человек"), (2.0, "пожарных"), (4.0, "человек")]),
])
def test_a_bare_figure_after_an_included_part_counts_the_whole(text, expected):
    assert figures(text) == expected


def test_a_bare_figure_after_a_plain_count_still_takes_its_noun():
    assert figures("Nine miners were trapped at the Orlen pit. Four were pulled out on Sunday.") == [
        (9.0, "miners"), (4.0, "miners")]
