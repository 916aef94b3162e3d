"""A heading over other stories ("Related Posts", «Читайте также») ends the article only where nothing article-like
follows it: when the article's own paragraphs come back under the headlines, they stay. Every sentence is invented."""
from extracted import body_texts

LEDE = "Ruritanian Finance Minister Mara Velsen said on Monday that the budget would be balanced by spring.\n\n"
REST = ("The ministry will publish its figures next week, she added, and the council will vote on them in May.\n\n"
        "Opposition leader Tomas Varga said the plan would raise taxes on farmers across the whole country.\n")


def test_the_article_goes_on_under_a_related_posts_heading_and_its_headline():
    body = body_texts(LEDE + "Related Posts\n\nBorealian ferry strike enters its third week\n\n" + REST)
    assert len(body) == 3 and not any("ferry" in p for p in body)


def test_the_article_goes_on_right_under_a_you_may_also_like_heading():
    assert len(body_texts(LEDE + "You may also like\n\n" + REST)) == 3


def test_a_russian_read_also_heading_in_the_middle_ends_nothing():
    text = ("Министр финансов Руритании Иван Петрович Сомов заявил в понедельник, что бюджет страны будет сбалансирован.\n\n"
            "Читайте также\n\nВ Велльске открыли новый мост через реку Сторожку\n\n"
            "По его словам, министерство опубликует все данные о расходах бюджета уже на следующей неделе.\n\n"
            "Лидер оппозиции Томас Варга заявил, что этот план повысит налоги для фермеров по всей стране.\n")
    body = body_texts(text)
    assert len(body) == 3 and not any("мост" in p for p in body)


def test_headlines_with_their_leads_under_the_heading_stay_furniture():
    text = LEDE + ("Related Posts\n\nBorealian ferry strike enters its third week\n\n"
                   "Ferry workers in Borealia stayed off the job for a third week on Monday as talks with owners stalled.\n\n"
                   "Nordport opens its new container quay\n\n"
                   "The harbour office in Nordport opened its new quay to container ships on Monday morning at last.\n")
    assert body_texts(text) == [LEDE.strip()]


def test_one_teasers_lead_under_the_heading_stays_furniture():
    text = LEDE + ("Related Posts\n\nBorealian ferry strike enters its third week\n\n"
                   "Ferry workers in Borealia stayed off the job for a third week on Monday as talks with owners stalled.\n")
    assert body_texts(text) == [LEDE.strip()]
