"""Page furniture around an article: calls to the reader, notices, links to the site's lists. Invented text."""
import pytest

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


@pytest.mark.parametrize("menu, headline, lead", [
    ("Все записи", "Мост через Вельку открыли", "В Нижнеборске в пятницу открыли новый мост через реку Вельку."),
    ("All posts", "Bridge over the Velka opens", "A new bridge over the Velka opened in Lowbury on Friday."),
])
def test_a_link_to_all_the_sites_posts_over_the_headline_is_not_the_headline(menu, headline, lead):
    doc = parse_document("a.txt", f"{menu}\n{headline}\n{lead}\n".encode(), "text/plain")
    assert doc.title == headline
