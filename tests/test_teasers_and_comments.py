"""Page furniture under the article: headlines of other articles under a "Read also" heading, and a comments block."""
from extracted import body_texts

ARTICLE = ("Ruritanian Finance Minister Mara Velsen said on Monday that the budget would be balanced by spring.\n"
           "The ministry will publish its figures next week, she added.\n")


def test_headlines_under_a_read_also_heading_are_furniture():
    text = ARTICLE + ("ALSO READ\n"
                      "Ferry strike over as quota reached: harbour mayor\n"
                      "Harbour mayor says strike over, Velsen fires port chief\n")
    body = body_texts(text)
    assert not any("strike" in p for p in body)
    assert any("balanced by spring" in p for p in body)


def test_the_article_goes_on_after_the_headline_under_read_also():
    text = ("Ruritanian Finance Minister Mara Velsen said on Monday that the budget would be balanced by spring.\n"
            "Read also\n"
            "Borealia ferry strike enters third week as talks stall\n"
            "The ministry will publish its figures next week, she added.\n")
    body = body_texts(text)
    assert not any("ferry" in p for p in body)
    assert any("publish its figures" in p for p in body)


def test_a_comments_heading_ends_the_article():
    text = ARTICLE + ("Comments\n"
                      "You must be signed up to take part in the talk below.\n"
                      "The Harbour Gazette keeps its forum open to every reader who stays polite.\n")
    body = body_texts(text)
    assert not any("forum" in p or "signed up" in p for p in body)
    assert any("publish its figures" in p for p in body)


def test_a_russian_comments_heading_ends_the_article():
    text = ("Министр финансов Руритании Иван Петрович Сомов заявил в понедельник, что бюджет будет сбалансирован.\n"
            "Комментарии\n"
            "Читатели газеты могут писать в нашем форуме каждый день недели.\n")
    body = body_texts(text)
    assert not any("форуме" in p for p in body)
    assert any("сбалансирован" in p for p in body)


def test_a_join_the_conversation_heading_ends_the_article():
    text = ARTICLE + ("Join the Conversation\n"
                      "The Harbour Gazette keeps its forum open to every reader who stays polite.\n")
    assert not any("forum" in p for p in body_texts(text))
