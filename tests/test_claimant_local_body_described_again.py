"""A local body the text named in full, then named again by its description as the subject of a verb of saying
("the health system said", "the district said"): the description refers only to a body its label calls so."""
from extracted import claims_as_written, speaker_of

HEALTH = ("Tarnville-based Orvane Health System will cut 300 jobs this year. Dunmore Health said on Monday that it "
          "would hire 40 nurses. The health system told staff by letter last week that most of the cuts would fall "
          "on its offices.\n")


def test_a_health_system_named_before_speaks_as_the_health_system(linker):
    assert speaker_of(claims_as_written(HEALTH, linker), "fall on its offices") == "Orvane Health System"


def test_a_body_whose_label_is_no_system_is_no_health_system(linker):
    text = HEALTH.replace("Orvane Health System", "Orvane Clinics")
    assert speaker_of(claims_as_written(text, linker), "fall on its offices") is None


def test_a_school_district_named_before_speaks_as_the_district(linker):
    text = ("The Marlow Valley School District will close two schools in June. The district said the buildings had "
            "grown too costly to heat.\n")
    assert speaker_of(claims_as_written(text, linker), "too costly to heat") == "Marlow Valley School District"
