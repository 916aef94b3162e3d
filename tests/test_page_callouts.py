"""Calls to the reader under an article: the site's channel, however the page abbreviates it. Invented text."""
from claimsgraph.ingest import parse_document


def test_a_call_to_the_sites_channel_abbreviated_is_furniture():
    text = ("Мост через Вельку открыли\n"
            "В Нижнеборске в пятницу открыли новый мост через реку Вельку.\n"
            "Все новости округа читайте в нашем ТГ-канале.\n")
    doc = parse_document("a.txt", text.encode(), "text/plain")
    body = [doc.text[s.start:s.end] for s in doc.body]
    assert body == ["Мост через Вельку открыли", "В Нижнеборске в пятницу открыли новый мост через реку Вельку."]


def test_a_notice_on_crediting_the_programme_is_furniture():
    text = ("Mayor on the floods\n"
            "The river rose by two metres overnight, the mayor of Vellport said.\n"
            "Harbour Radio must be credited if you quote from this programme.\n")
    doc = parse_document("a.txt", text.encode(), "text/plain")
    assert [doc.text[s.start:s.end] for s in doc.body][-1] == \
        "The river rose by two metres overnight, the mayor of Vellport said."
