"""A figure in quotation marks between an article and the noun it names is a label, not a count (invented texts)."""
import pytest

from claimsgraph.extract.quantities import find_quantities
from claimsgraph.model import Span


def figures(text: str) -> list[tuple[float, str]]:
    return [(q.value, q.unit) for q in find_quantities(text, Span(0, len(text)), "en")]


@pytest.mark.parametrize("text, expected", [
    ("Work on the ‘three bridges’ stretch of the Orlent highway resumed in June.", []),
    ("The council praised the “100 days” pledge of the Velmar mayor.", []),
    ("He said Velmar had lost ‘three bridges’ and a ferry.", [(3, "bridges")]),   # quoted words, no label
    ("Work on the three bridges of the Orlent highway resumed in June.", [(3, "bridges")]),
])
def test_a_quoted_label_is_no_figure(text, expected):
    assert figures(text) == expected
