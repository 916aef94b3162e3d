""""According to Borealia's Deputy Prime Minister for European Integration Jon Arvid, …": the office's field
(capitalised portfolio words after "for" or "of") does not lengthen the title past the person it names, who is the
source, not the country. Invented people and countries."""
from claimsgraph.link import Linker

from extracted import claims_as_written, speaker_of


def test_a_deputy_prime_minister_with_a_field_is_the_source():
    out = claims_as_written("According to Borealia's Deputy Prime Minister for European Integration Jon Arvid, the "
                            "talks would resume in March.\n", Linker([]))
    assert speaker_of(out, "talks would") == "Jon Arvid"


def test_a_first_deputy_minister_with_a_field_is_the_source():
    out = claims_as_written("According to Borealia's First Deputy Minister for Foreign Affairs Lina Osterhout, the "
                            "embassy would stay closed.\n", Linker([]))
    assert speaker_of(out, "embassy would") == "Lina Osterhout"


def test_a_report_of_a_country_names_no_source_after_it():
    out = claims_as_written("According to Carpania's report on the work of the Statistics Office in the north, "
                            "Jon Arvid left.\n", Linker([]))
    assert speaker_of(out, "Arvid left") != "Jon Arvid"


def test_a_field_joined_by_and_to_a_name_leaves_the_title_too_long():
    out = claims_as_written("According to Borealia's Deputy Minister for Foreign Affairs and Mara Velsen, the dam "
                            "held.\n", Linker([]))
    assert speaker_of(out, "dam held") == "Borealia"
