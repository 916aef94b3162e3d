"""Which stretches of a page become claims, and where their spans start and end: invented texts."""
import pytest

from claimsgraph.extract.claims import _asserts
from extracted import claims


@pytest.mark.parametrize("text", ["6 p.m.", "3:20 p.m.", "14:05", "10.45 a.m. (GMT)"])
def test_a_time_stamp_asserts_nothing(text):
    assert not _asserts(text, whole_paragraph=True)


def test_a_short_sentence_still_asserts():
    assert _asserts("Orlov won 3-1.", whole_paragraph=False)


def test_the_time_stamps_of_a_live_page_are_no_claims(cast):
    text = ("Floods in Borealia: the latest\n\n6 p.m.\n\nThe river at Orlov rose above the dam on Tuesday evening.\n\n"
            "3:20 p.m.\n\nTomas Varga said the spillway would stay closed.\n")
    assert [t for t, _ in claims(text, cast)] == ["The river at Orlov rose above the dam on Tuesday evening.",
                                                     "Tomas Varga said the spillway would stay closed."]


@pytest.mark.parametrize("heading", [
    "1. Spillway at Orlov to stay shut until the spring inspection endspublished at 14:05 Borealian Time 4 May 2031",
    "Engineers at the Orlov dam say the northern gate is holding for nowposted at 9.40am GMT",
    "Инженеры плотины в Орлове говорят, что северный затвор пока выдерживает напор весенней водыопубликовано в "
    "14:05 4 мая 2031",
])
def test_a_live_entrys_heading_with_its_time_stamp_is_no_claim(cast, heading):
    text = ("Floods in Borealia: live\n\nThe river at Orlov rose above the dam on Tuesday evening.\n\n"
            f"{heading}\n\nTomas Varga said the spillway would stay closed.\n")
    assert [t for t, _ in claims(text, cast)] == ["The river at Orlov rose above the dam on Tuesday evening.",
                                                     "Tomas Varga said the spillway would stay closed."]


def test_a_sentence_that_tells_when_something_was_published_is_a_claim():
    assert _asserts("The council's report on the dam was published at 14:05 on Tuesday.", whole_paragraph=True)


@pytest.mark.parametrize("opening", ["ORLOV — ", "ORLOV, Borealia -- ", "NEW ORLOV, Bor. – ", "ORLOV, Borealia, May 4. "])
def test_a_dateline_without_an_agency_is_no_part_of_the_first_claim(cast, opening):
    text = f"Dam holds at Orlov\n\n{opening}The dam at Orlov held through the night, engineers said on Tuesday.\n"
    assert [t for t, _ in claims(text, cast)] == [
        "The dam at Orlov held through the night, engineers said on Tuesday."]
