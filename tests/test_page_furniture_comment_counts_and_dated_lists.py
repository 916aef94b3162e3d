"""Page furniture under the article: a heading counting its comments, the comment form's prompts, a list of other
posts each dated after a dash, a box on how to send the site something, a superlative heading over other stories.
Every sentence is invented."""
from extracted import body_texts

ARTICLE = ("Ruritanian Finance Minister Mara Velsen said on Monday that the budget would be balanced by spring.\n\n"
           "The ministry will publish its figures next week, she added.\n\n")
KEPT = [ARTICLE.split("\n\n")[0], ARTICLE.split("\n\n")[1]]


def test_a_heading_counting_the_comments_on_the_post_ends_the_article():
    text = ARTICLE + ("Two Comments on “Velsen promises balanced budget”\n\n"
                      "Orvel Dane says:\n\nThe minister is right about the harbour tax, in my view.\n")
    assert body_texts(text) == KEPT


def test_a_heading_counting_thoughts_with_a_figure_ends_the_article():
    text = ARTICLE + "3 thoughts on “Velsen promises balanced budget”\n\nThe minister promised this last year too.\n"
    assert body_texts(text) == KEPT


def test_a_sentence_counting_comments_stays():
    text = ARTICLE + "Two comments on the draft were sent to the ministry by the harbour council.\n"
    assert len(body_texts(text)) == 3


def test_the_comment_forms_prompts_are_furniture():
    text = ARTICLE + "Please enter your comment!\n\nPlease enter your name here\n"
    assert body_texts(text) == KEPT


def test_the_comment_form_ends_the_article():
    text = ARTICLE + "Please enter your name here\n\nBest harbour deals of the week\n\nPorts of Borealia\n"
    assert body_texts(text) == KEPT


def test_a_list_of_other_posts_dated_after_a_dash_is_furniture():
    text = ARTICLE + ("- Borealian ports brace for a long winter strike - March 3, 2031\n"
                      "- Nordport council weighs new quay\n")
    assert body_texts(text) == KEPT


def test_a_bulleted_sentence_with_a_date_stays():
    text = ARTICLE + "- The council will vote on the quay on March 3, 2031.\n"
    assert len(body_texts(text)) == 3


def test_a_how_to_label_on_sending_the_site_something_is_furniture():
    text = ARTICLE + ("How to submit a letter:\n\nThe Harbour Gazette welcomes letters from readers on any topic "
                      "and prints the best of them every Saturday in its weekend edition.\n")
    assert "How to submit a letter:" not in body_texts(text)


def test_a_how_to_subheading_going_on_after_its_colon_stays():
    line = ("How to reach net zero: the plan relies on wind farms along the Borealian coast and a tax on heavy "
            "industry.")
    assert body_texts(ARTICLE + line + "\n") == KEPT + [line]


def test_a_timeline_in_the_article_stays():
    items = ["- Harbour referendum held - March 3, 2015", "- Independence declared - June 4, 2016"]
    later = "Mara Velsen told deputies on Tuesday that the country had kept every promise made to its voters."
    text = ARTICLE + "Key dates:\n\n" + "\n".join(items) + "\n\n" + later + "\n"
    out = body_texts(text)
    assert all(item in out for item in items) and later in out


def test_a_run_of_dated_headlines_in_capitals_is_furniture_anywhere():
    items = ["- Borealian Ports Brace For Winter Strike - March 3, 2031",
             "- Nordport Council Weighs New Quay - March 2, 2031",
             "- Vellport Mayor Opens Harbour Museum - March 1, 2031"]
    later = "Mara Velsen told deputies on Tuesday that the country had kept every promise made to its voters."
    out = body_texts(ARTICLE + "\n".join(items) + "\n\n" + later + "\n")
    assert not any(item in out for item in items) and later in out


def test_a_subheading_counting_responses_in_the_article_stays():
    text = ARTICLE + ("Two responses\n\n"
                      "The first came from her rival, who conceded defeat within an hour and said he would work "
                      "with the council.\n")
    assert len(body_texts(text)) == 4


def test_a_count_of_responses_before_a_colon_ends_the_article():
    text = ARTICLE + "12 responses:\n\nOrvel Dane says:\n\nThe minister is right about the harbour tax.\n"
    assert body_texts(text) == KEPT


def test_a_russian_superlative_heading_over_other_stories_ends_the_article():
    text = ("Министр финансов Руритании Иван Петрович Сомов заявил в понедельник, что бюджет будет сбалансирован.\n\n"
            "Самое популярное\n\nВ Велльске открыли новый мост через реку Сторожку (Видео)\n")
    assert body_texts(text) == ["Министр финансов Руритании Иван Петрович Сомов заявил в понедельник, "
                                "что бюджет будет сбалансирован."]


def test_summaries_of_other_stories_under_a_closing_related_heading_are_furniture():
    text = ARTICLE + ("Related Posts\n\n"
                      "Borealia's parliament voted on Tuesday to extend the harbour curfew in the north for six months.\n\n"
                      "The central bank of Borealia raised its key rate by half a point to fight inflation, the governor said.\n")
    assert body_texts(text) == KEPT


def test_summaries_of_other_stories_under_a_russian_closing_heading_are_furniture():
    first = "Министр финансов Руритании Иван Петрович Сомов заявил в понедельник, что бюджет будет сбалансирован."
    text = (first + "\n\nЧитайте также\n\n"
            "Парламент Бореалии во вторник продлил режим чрезвычайного положения на севере страны ещё на полгода.\n\n"
            "Центральный банк Бореалии повысил ключевую ставку на полпункта, чтобы сдержать рост цен, сообщил глава банка.\n")
    assert body_texts(text) == [first]
