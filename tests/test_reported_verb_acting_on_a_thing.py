"""A verb of saying inside what another reports, with a thing for its object and no clause of its own, acts: the
outer speaker's words are theirs, not a report of someone's saying; invented sentences only."""
from extracted import claims_all, speaker_of


def test_a_verb_of_saying_that_acts_on_a_thing_reports_no_one(linker):
    out = claims_all("Ostrel Freight opened a terminal in May.\n\n"
                     "Ostrel Freight chairman Pavo Drennik said the fleet operator would add eleven ships.", linker)
    assert speaker_of(out, "eleven ships") == speaker_of(
        claims_all("\"We are ready,\" Pavo Drennik said.", linker), "ready")
