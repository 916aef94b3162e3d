"""A body named in a reported clause right before a comma is not the body in which unnamed people spoke: in
"…в Велской колонии (весной), сообщили в пресс-службе суда" the plural verb opens a tag of its own, and its body is
the one named after it."""
import pytest

from claimsgraph.link import Linker
from extracted import speakers_as_written


@pytest.fixture(scope="module")
def linker():
    return Linker([])


@pytest.mark.parametrize("tag, speaker", [
    ("сообщили в пресс-службе областного суда", "пресс-службе областного суда"),
    ("сообщили в Ланкорском суде", "Ланкорском суде"),
])
@pytest.mark.parametrize("when", ["", " весной 2015 года"])
def test_the_body_after_a_plural_tag_speaks_not_the_one_before_its_comma(linker, tag, speaker, when):
    said = speakers_as_written(f"Суд Ланкоры вынес приговор участникам беспорядков в Велской колонии{when}, {tag}.",
                               linker)
    assert said == [speaker]


def test_a_body_right_before_a_plural_verb_still_speaks(linker):
    said = speakers_as_written("В Ланкорском суде заявили, что приговор вынесен.", linker)
    assert said == ["Ланкорском суде"]
