"""English tags that name who goes on speaking past the sentence or the paragraph that opens the words: invented
people and texts."""

from claimsgraph.ingest import agency_span, dateline_span, parse_document
from extracted import claims, claims_all, speaker_of


def test_a_continuing_verb_set_between_commas_tags_the_sentence_and_the_quotation_running_on_from_it(cast):
    text = ("Tomas Varga spoke to grain traders in Orlov on Monday.\n\n"
            "Firstly, Varga continued, the levy is “a short-lived measure, which hurts nobody in the long run. "
            "It is like the fuel levy of the past four years on barges, while the mills keep running.”")
    out = claims_all(text, cast)
    assert speaker_of(out, "a short-lived measure") == "varga"
    assert speaker_of(out, "fuel levy of the past four years") == "varga"


def test_a_subject_that_goes_on_doing_something_is_no_tag(cast):
    out = claims("Tomas Varga spoke to grain traders in Orlov on Monday.\n\n"
                 "The auction continued, and the mills bought all the barley on offer.", cast)
    assert speaker_of(out, "bought all the barley") is None


def test_a_person_quoted_as_saying_before_a_colon_speaks_the_paragraph_after_it(cast):
    text = ("Mira Orlen handed the harbour board a full record of her talks with the barge owners.\n\n"
            "During the talks, Orlen \"promised the owners that no levy would be raised this year,\" the Nordpost "
            "agency reported, and quoted Tomas Varga as saying:\n\n"
            "\"The harbour chief said her words were twisted by the owners, and gave us a full record of the talks, "
            "which had no such promise. We accept this account.\"")
    out = claims(text, cast)
    assert speaker_of(out, "twisted by the owners") == "varga"
    assert speaker_of(out, "We accept this account") == "varga"


def test_a_person_who_made_the_remarks_right_after_a_quotation_speaks_all_of_it(cast):
    text = ("The Orlov council has ordered an inquiry into the leaked report on the river.\n\n"
            "“The report was leaked by a careless contractor, who is paid by the barge owners. This shows that the "
            "leak was planned,” Tomas Varga, head of the council's press office, made these remarks during a briefing on Monday.")
    out = claims(text, cast)
    assert speaker_of(out, "careless contractor") == "varga"


def test_a_quotation_after_the_occasion_of_a_frame_stays_in_the_speakers_claim(cast):
    text = ("Tomas Varga met the barge owners in Orlov on Tuesday.\n\n"
            "Asked if the council was “pleased” or “angry” with what the owners had done about the levy, Varga said "
            "as Mira Orlen said during her recent visit to the port, “we are making progress, there is more to do.”")
    out = claims(text, cast)
    assert speaker_of(out, "we are making progress") == "varga"


def test_liken_is_a_verb_of_saying(cast):
    out = claims("Tomas Varga likened the new levy on barges to a toll on the only road into town.", cast)
    assert speaker_of(out, "toll on the only road") == "varga"


def test_a_wire_dateline_may_close_with_a_colon():
    doc = parse_document("a.txt", "Levy row\n\nORLOV (Coastal Wire) : The council met on Monday.\n".encode(),
                         "text/plain")
    span, agency = dateline_span(doc), agency_span(doc)
    assert doc.text[span.start:span.end] == "ORLOV (Coastal Wire) :"
    assert doc.text[agency.start:agency.end] == "Coastal Wire"


def test_a_hearings_speaker_labels_with_brackets_are_no_wire_datelines():
    turns = ("SEN. JANA ROE (D-OSTRA): Why was the quay shut?", "VARGA (Labour): It was unsafe.",
             "MR. VELL (interrupting): That is not so.", "ROE (through interpreter): We will see.")
    for first in range(len(turns)):
        text = "Quay hearing\n\n" + "\n\n".join(turns[first:] + turns[:first]) + "\n"
        doc = parse_document("a.txt", text.encode(), "text/plain")
        assert dateline_span(doc) is None and agency_span(doc) is None, turns[first]
