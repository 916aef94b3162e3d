"""A count's noun before a bare figure that counts people through a determiner ("the number of those injured",
«число тех, кто пострадал»); invented sentences only."""
import pytest

from claimsgraph.extract.quantities import find_quantities
from claimsgraph.model import Span


def found(text, lang):
    return [(q.value, q.unit) for q in find_quantities(text, Span(0, len(text)), lang)]


@pytest.mark.parametrize("text, lang, expected", [
    ("Tarsk now puts the number of those injured at more than 2,300, most of them lightly.", "en",
     [(2300.0, "people")]),
    ("The number of the dead along the Velm coast rose to 46 on Sunday.", "en", [(46.0, "people")]),
    ("Officials said the number of those missing after the Orlen mudslide stood at 17.", "en", [(17.0, "people")]),
    ("The number of the displaced in Dorvale province climbed to 8,400.", "en", [(8400.0, "people")]),
    ("Число тех, кто пострадал при обрушении в Заречье, выросло до 23.", "ru", [(23.0, "человек")]),
    ("Число тех, кто пропал без вести после паводка, достигло 9.", "ru", [(9.0, "человек")]),
])
def test_a_determiner_before_people_in_a_state_counts_people(text, lang, expected):
    assert found(text, lang) == expected


@pytest.mark.parametrize("text, expected", [
    ("The number of the Tarsk bank's branches fell to 38.", [(38.0, "branches")]),
    ("The number of these strikes in Velm has reached 52.", [(52.0, "strikes")]),
    ("The number of wounded in Orlen rose to 140.", [(140.0, "wounded")]),
])
def test_a_determiner_before_a_noun_leaves_the_noun_the_unit(text, expected):
    assert found(text, "en") == expected
