"""A paragraph that ends with a reporting tag and a comma ("X told the Gazette,") introduces the block of words
set out after it without quotation marks, as web copy prints a statement: invented people and texts."""

from extracted import claims, speaker_of


def test_the_paragraph_after_a_tag_ending_in_a_comma_is_the_speakers(cast):
    out = claims("The harbour board fined the barge owners on Monday.\n\n"
                 "Tomas Varga told the Orlov Gazette,\n\n"
                 "The owners did not break any rule this season. The fines are unlawful and will be overturned.\n\n"
                 "The board meets again in June.", cast)
    assert speaker_of(out, "did not break any rule") == "varga"
    assert speaker_of(out, "fines are unlawful") == "varga"
    assert speaker_of(out, "meets again in June") is None


def test_a_paragraph_cut_at_a_comma_with_no_one_speaking_hands_on_nothing(cast):
    out = claims("The harbour board fined the barge owners on Monday, after the port of Orlov,\n\n"
                 "The owners did not break any rule this season.", cast)
    assert speaker_of(out, "did not break any rule") is None


def test_a_tag_that_reports_a_clause_before_its_comma_hands_on_nothing(cast):
    """What Varga said stands before the comma: the paragraph after it is the article's own."""
    out = claims("Tomas Varga said the bridge over the Velt would open in May,\n\n"
                 "The mayor of Orlov later cancelled the contract with Bravik Steel.", cast)
    assert speaker_of(out, "cancelled the contract") is None
