"""A line that only says when the page was posted (a weekday, its short form, a date, a clock, a time zone, "Updated:")
is page furniture, not a paragraph of the article: no name is read out of its weekday ("Tue" a place). A line with
a word of a sentence beside its date is the article's."""
import pytest

from extracted import body_texts, new_types

ARTICLE = ("Quay fares to rise in Lankora\n\n"
           "{stamp}\n\n"
           "The harbour board of Lankora said on Monday the ferry fares would rise by a tenth in May.\n")


@pytest.mark.parametrize("stamp", ["Tue, 4 Mar 2031 - 09:26 GMT", "Sat Mar 8, 2031 08:13:32", "Sunday, May 26",
                                   "Wed 12 - March 2031 - 13:32", "Updated: Thu 6 Mar 2031, 7:15 pm EST",
                                   "Пт, 7 марта 2031, 14:05 мск", "Сегодня, 14:05"])
def test_a_time_stamp_line_is_no_paragraph_of_the_article(stamp):
    body = body_texts(ARTICLE.format(stamp=stamp))
    assert not any(stamp in paragraph for paragraph in body)
    assert any("harbour board" in paragraph for paragraph in body)


def test_a_line_with_a_sentence_word_beside_its_date_is_the_articles():
    body = body_texts(ARTICLE.format(stamp="Fares rise on May 26"))
    assert "Fares rise on May 26" in body


def test_no_place_is_read_out_of_a_time_stamp_weekday(linker):
    assert "Tue" not in new_types(ARTICLE.format(stamp="Tue, 4 Mar 2031 - 09:26 GMT"), linker)
