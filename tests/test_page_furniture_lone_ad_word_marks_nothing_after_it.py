"""A lone "Advertisement", "Photo" or «Реклама» inside the article is furniture itself, but the lines under it are the
article's even without a sentence stop (a speaker's colon line, a list, a subheading); only a cue announcing other
pages ("Read also", "Tags", «Читайте также») marks the unstopped lines under it as teasers."""
import pytest

from extracted import body_texts


@pytest.mark.parametrize("cue", ["Advertisement", "Photo", "Video"])
def test_a_colon_line_under_a_lone_ad_word_is_the_articles(cue):
    body = body_texts("Quay fares to rise\n\n"
                      "The harbour board said the ferry fares to Lankora would be revised.\n\n"
                      f"{cue}\n\n"
                      "Jon Vell, the finance minister, told reporters on Monday:\n\n"
                      "\"Taxes will not rise this year, and the fares will stay as they are.\"\n")
    assert any("told reporters on Monday" in paragraph for paragraph in body)
    assert not any(paragraph.strip() == cue for paragraph in body)


def test_a_subheading_under_a_lone_ad_word_in_russian_is_the_articles():
    body = body_texts("Паромы Ланкоры подорожают\n\n"
                      "Паромы Ланкоры подорожают с мая, сообщил Томас Варга.\n\n"
                      "Реклама\n\n"
                      "Новые тарифы на переправу\n\n"
                      "Билет до Велии будет стоить 40 рублей, добавил Варга.\n")
    assert any("Новые тарифы на переправу" in paragraph for paragraph in body)


def test_headlines_under_read_also_are_still_teasers():
    body = body_texts("Quay fares to rise\n\n"
                      "The harbour board said the ferry fares to Lankora would be revised.\n\n"
                      "Read also\n\n"
                      "Velia bank opens its third office in the old quay\n\n"
                      "The new fares start in May, the board added.\n")
    assert not any("third office" in paragraph for paragraph in body)
    assert any("the board added" in paragraph for paragraph in body)
