"""A clause telling when the words were said, closing a quotation's tag, is the article's own account of what
happened then, not the speaker's words: invented people and texts."""

from extracted import claims


def test_a_clause_with_its_own_subject_after_the_tag_is_the_articles(cast):
    text = "“The Orlov bridge will open in May,” Tomas Varga said before the delegates left the town hall."
    out = claims(text, cast)
    assert [who for _, who in out] == ["varga", None]
    assert out[1][0].startswith("before the delegates left")


def test_a_russian_clause_opened_by_when_after_the_tag_is_the_articles(cast):
    text = "«Мост через Орлу откроют в мае», — сказал Томас Варга, когда делегаты покидали здание ратуши."
    out = claims(text, cast, name="ru_t.txt")
    assert [who for _, who in out] == ["varga", None]
    assert out[1][0].startswith("когда делегаты покидали")


def test_an_occasion_after_the_tag_stays_with_the_quotation(cast):
    text = "“The Orlov bridge will open in May,” Tomas Varga said after the meeting at the town hall on Friday."
    assert [who for _, who in claims(text, cast)] == ["varga"]


def test_a_clause_of_when_in_what_an_opening_frame_reports_is_the_speakers(cast):
    text = "Tomas Varga said grain prices would fall when the new harvest reaches the markets of the north."
    assert [who for _, who in claims(text, cast)] == ["varga"]


def test_an_opening_frame_after_a_circumstance_keeps_its_clause_of_when(cast):
    text = ("At the fair in Orlov on Friday, Tomas Varga said grain prices would fall when the new harvest reaches "
            "the markets of the north.")
    assert [who for _, who in claims(text, cast)] == ["varga"]


def test_a_word_of_when_inside_another_clause_after_the_tag_is_no_cut(cast):
    text = "«Мост через Орлу откроют в мае», — сказал Томас Варга, добавив, что когда именно, пока неясно."
    assert [who for _, who in claims(text, cast, name="ru_t.txt")] == ["varga", "varga"]   # the added words too


def test_a_clause_after_another_clause_of_the_tag_is_no_cut(cast):
    text = ("“We will not sell the Orlov cranes,” Tomas Varga said in a letter to staff warning that the port would "
            "close until the unions signed the deal.")
    assert [who for _, who in claims(text, cast)] == ["varga"]


def test_an_english_clause_opened_by_when_after_the_tag_is_the_articles(cast):
    text = "“The Orlov bridge will open in May,” Tomas Varga said when the delegates left the town hall."
    out = claims(text, cast)
    assert [who for _, who in out] == ["varga", None]
    assert out[1][0].startswith("when the delegates left")
