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


def test_two_narrated_sentences_in_a_row_end_the_report(cast):
    text = ("Tomas Varga said the Vellmouth mill would reopen in May. Workers rejected his pay offer on Monday. "
            "The board sold the cranes in March. The mill will employ 300 people.")
    out = claims_all(text, cast)
    assert speaker_of(out, "will employ 300 people") is None


def test_a_narrated_sentence_ends_what_a_cited_source_also_said(cast):
    text = ("According to Tomas Varga, the Vellmouth mill would reopen in May. Workers rejected the pay offer on "
            "Monday. The town will also lose its bus line in March.")
    out = claims_all(text, cast)
    assert speaker_of(out, "also lose its bus line") is None
