"""An opening frame's report going on past its sentence ends where the article tells, in the simple past, what
happened: invented people and texts."""

from extracted import claims_all, speaker_of


def test_a_simple_past_event_with_a_subject_of_its_own_ends_the_report(cast):
    text = ("Tomas Varga said on Monday that the Orlov mill would reopen in the spring. "
            "Mill hands turned down the owners' offer in a show of hands at the Orlov depot.")
    out = claims_all(text, cast)
    assert speaker_of(out, "would reopen") == "varga"
    assert speaker_of(out, "Mill hands turned down") is None


def test_a_report_going_on_in_its_own_tense_stays_the_speakers(cast):
    text = ("Tomas Varga said on Monday that the Orlov mill would reopen in the spring. "
            "Output had fallen by a third since the fire in the boiler house.")
    out = claims_all(text, cast)
    assert speaker_of(out, "Output had fallen") == "varga"


def test_the_report_goes_on_after_one_narrated_event(cast):
    text = ("Tomas Varga told Northwire the port was in trouble. The buyers walked away in March, the board "
            "refused to wait and the cranes stood idle all summer. The port will close in May.")
    out = claims_all(text, cast)
    assert speaker_of(out, "The buyers walked away") is None
    assert speaker_of(out, "will close in May") == "varga"
