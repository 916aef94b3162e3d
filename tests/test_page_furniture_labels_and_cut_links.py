"""Page furniture a furniture word opens but which looks like a sentence: a label of a few words before its colon, a
link cut off by an ellipsis, the teaser under a "Check also" heading. Every sentence is invented."""
from extracted import body_texts

ARTICLE = ("The harbour office in Nordport opened its new quay to container ships on Monday.\n\n"
           "\"We expect twice the traffic by spring,\" said harbour master Ilse Varnhagen.\n\n")


def test_a_link_a_furniture_word_opens_cut_off_by_an_ellipsis_is_furniture():
    assert body_texts(ARTICLE + "Related stories from the Coastal Ledger and Freight Weekly...") == [
        ARTICLE.split("\n\n")[0], ARTICLE.split("\n\n")[1]]


def test_a_label_of_a_few_words_before_its_colon_is_furniture():
    text = ("В Велльске открыли новый мост через реку Сторожку.\n"
            "Видео в репортаже: Велльск Сегодня, «Округ ТВ».")
    assert body_texts(text) == ["В Велльске открыли новый мост через реку Сторожку."]


def test_the_teaser_under_a_check_also_heading_is_furniture():
    text = (ARTICLE + "Check Also\n\n"
            "Nordport, Harbour Wire – The river council in Ostmark discussed with the mayor of Velde …")
    assert body_texts(text) == [ARTICLE.split("\n\n")[0], ARTICLE.split("\n\n")[1]]


def test_a_sentence_a_furniture_word_opens_stays():
    text = ARTICLE + "Video footage showed the first ship at the quay on Monday morning."
    assert len(body_texts(text)) == 3
