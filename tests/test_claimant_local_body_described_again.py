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


def test_a_title_built_on_district_is_no_district_speaking(linker):
    """"the district attorney", "the district judge", "the district manager of X": a person's title, not the school
    district named before."""
    school = "The Keswin Valley School District will shut three schools. "
    cases = [
        ("Tomas Varga was charged in Keswin County District Court on Friday. The district attorney said he would be "
         "tried in April.\n", "tried in April", (None, "Tomas Varga")),
        (school + "The district judge said the closures were lawful.\n", "closures were lawful", (None,)),
        (school + "The district manager of Orvane said the roofs were unsafe.\n", "roofs were unsafe", (None, "Orvane")),
        (school + "The district's superintendent said the roofs were unsafe.\n", "roofs were unsafe", (None,)),
    ]
    for text, words, allowed in cases:
        assert speaker_of(claims_as_written(text, linker), words) in allowed, text


def test_a_court_named_for_its_district_is_no_district(linker):
    text = "The Keswin District Court ruled against the mine on Friday. The district said it would appeal.\n"
    assert speaker_of(claims_as_written(text, linker), "would appeal") is None


def test_a_school_district_still_speaks_with_an_adverb_between(linker):
    text = ("The Keswin Valley School District will shut three schools. The district also said the roofs were "
            "unsafe.\n")
    assert speaker_of(claims_as_written(text, linker), "roofs were unsafe") == "Keswin Valley School District"
