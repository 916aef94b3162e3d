"""«…», — цитирует судью X “Вестник”: the outlet after the verb quotes the person its object names with a title
before the name; that person made the claim, not the outlet."""
import pytest

from claimsgraph.link import Linker
from extracted import CAST, claims, speaker_of


@pytest.fixture(scope="module")
def cast_linker():
    return Linker(CAST)


@pytest.mark.parametrize("title", ["судью", "министра", "председателя комиссии"])
def test_a_titled_name_before_the_outlet_is_quoted(cast_linker, title):
    out = claims(f"Комиссия рассмотрела жалобу. «Жалобу оставить без удовлетворения», — цитирует {title} "
                 "Миру Орлен “Вестник”.", cast_linker)
    assert speaker_of(out, "оставить без удовлетворения") == "orlen"


@pytest.mark.parametrize("outlet, title", [
    ("«Вестник»", "пресс-секретаря «Норд-Транса»"),
    ("“Вестник”", "председателя комиссии"),
    ("ТАСС", "пресс-секретаря «Норд-Транса»"),
])
def test_quotation_marks_around_the_outlet_or_a_body_in_the_title_keep_the_person_quoted(cast_linker, outlet, title):
    out = claims(f"Комиссия рассмотрела жалобу. «Жалобу оставить без удовлетворения», — цитируют {outlet} {title} "
                 "Миру Орлен.", cast_linker)
    assert speaker_of(out, "оставить без удовлетворения") == "orlen"
