"""A person named right after an office's field ("Borealia's Deputy Minister for European Integration X said"),
which the parser makes the object of the office's "for" or "of", is the speaker, not the country that owns the
office: invented people and countries."""
from claimsgraph.link import Linker

from extracted import claims_as_written, speaker_of


def test_the_name_after_a_deputy_ministers_field_speaks():
    out = claims_as_written("Borealia's Deputy Minister for European Integration Jon Arvid said the talks would "
                            "resume in March.\n", Linker([]))
    assert speaker_of(out, "talks would") == "Jon Arvid"


def test_the_name_after_a_deputy_prime_ministers_field_speaks():
    out = claims_as_written("Carpania's Deputy Prime Minister for European Integration Mara Velsen told reporters "
                            "the border would stay open.\n", Linker([]))
    assert speaker_of(out, "border would") == "Mara Velsen"


def test_one_spoken_for_after_a_title_is_not_the_speaker():
    out = claims_as_written("A spokesman for President Mara Velsen said the talks would resume in March.\n",
                            Linker([]))
    assert speaker_of(out, "talks would") != "President"
