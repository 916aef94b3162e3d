"""Names on news about other subjects: a possessive before a bracketed acronym or ticker is no part
of the name (names.py); a link to the full story on another site and a "Recent Posts" list are page furniture
(BOILERPLATE_LINE, TRAILER_HEADING in graph/lang)."""
from claimsgraph.ingest import parse_document


def test_a_possessive_before_an_acronym_in_brackets_is_not_part_of_the_name(typed):
    text = ("Vote count\n\n"
            "Critics accused the Vell Water Board’s (VWB) staff of delays. The VWB denied it.\n")
    types, mentions = typed(text, [("the Vell Water Board’s", "Organization", 0)])
    assert "Vell Water Board" in types and not any(label.endswith("’s") for label in types)
    assert ("VWB", "Vell Water Board") in mentions


def test_a_possessive_before_a_ticker_in_brackets_is_not_part_of_the_name(typed):
    text = "Phones\n\nHandsets ran on Tarnwick's (TRNW) platform, analysts at Orla Bank said.\n"
    types, _ = typed(text, [("Tarnwick's", "Organization", 0), ("Orla Bank", "Organization", 0)])
    assert "Tarnwick" in types and "Tarnwick's" not in types


def test_a_firm_named_with_a_possessive_keeps_it_at_a_sentence_end(typed):
    text = "Deals\n\nThe quay was built by Varden's. The firm did not comment.\n"
    types, _ = typed(text, [("Varden's", "Organization", 0)])
    assert "Varden's" in types


def _boiler(text):
    doc = parse_document("a.txt", text.encode(), "text/plain")
    return [doc.text[s.start:s.end] for s in doc.boilerplate]


def test_a_link_to_the_full_story_on_another_site_is_furniture():
    assert "Читать новость полностью на сайте \"VELL.RU\"" in _boiler(
        "Заголовок\n\nСуд в Вельске вынес приговор директору завода.\n\n"
        "Читать новость полностью на сайте \"VELL.RU\"\n")
    assert "Читать на сайте Vell.ru" in _boiler("Заголовок\n\nЗавод в Вельске закрыт.\n\nЧитать на сайте Vell.ru\n")
    assert "Read the full story at harbour-wire.example" in _boiler(
        "Title line\n\nThe quay opened on Monday.\n\nRead the full story at harbour-wire.example\n")


def test_a_sentence_about_reading_stays_in_the_body():
    doc = parse_document("a.txt", "Заголовок\n\nЧитать книги полезно, сказала Ольга Варнова.\n".encode(), "text/plain")
    assert "Читать книги полезно, сказала Ольга Варнова." in [doc.text[s.start:s.end] for s in doc.body]


def test_recent_posts_after_an_article_are_other_articles():
    assert _boiler("Title line\n\nBody sentence one is here.\n\nRecent Posts\n\nVell Police Criticised Over Delay\n") \
        == ["Recent Posts", "Vell Police Criticised Over Delay"]


def test_more_on_the_subject_in_capitals_opens_other_articles():
    boiler = _boiler("Заголовок\n\nСуд в Вельске вынес приговор.\n\nЕЩЕ ПО ТЕМЕ\n\n"
                     "МВД Тарнии сообщает о задержании двоих\n\n17:46, 07.08.2031\n")
    assert "МВД Тарнии сообщает о задержании двоих" in boiler


def _linked(linker, text):
    doc = parse_document("t.txt", text.encode(), "text/plain")
    return [(doc.text[m.span.start:m.span.end], m.entity) for m in linker.mentions(doc)]


def test_a_country_named_among_a_federations_states_is_the_state(linker):
    mentions = _linked(linker, "Storm\n\nGales crossed Georgia, Kentucky and Ohio overnight.\n\n"
                               "Georgia counted the most broken power lines.\n")
    assert not [m for m in mentions if m[0] == "Georgia" and m[1] == "georgia"]


def test_states_named_elsewhere_in_the_text_make_a_lone_mention_the_state(linker):
    mentions = _linked(linker, "Storm\n\nPower was cut across Florida and Alabama.\n\n"
                               "Inland, roads in Georgia stayed shut until Sunday.\n")
    assert not [m for m in mentions if m[0] == "Georgia" and m[1] == "georgia"]


def test_the_country_stays_the_country_beside_other_countries_and_a_capital_city(linker):
    mentions = _linked(linker, "Talks\n\nGeorgia and Armenia signed the deal; officials in Washington welcomed it.\n")
    assert ("Georgia", "georgia") in mentions


def test_a_peoples_plural_makes_no_label_of_a_countrys_body(typed):
    text = ("Vote\n\n"
            "Millions of Freedonians voted in Freedonia's election on Monday. Officials accused the opposition of fraud.\n")
    types, _ = typed(text, [("Freedonians", "Nationality", 0), ("Freedonia", "Place", 0)])
    assert not any("Freedonians" in label for label in types) and any("opposition" in label for label in types), types


def test_the_electoral_commission_is_the_countrys_commission_named_before(typed):
    text = ("Vote\n\n"
            "The Freedonia Electoral Commission delayed Freedonia's results. "
            "Observers urged the electoral commission to publish them.\n")
    types, mentions = typed(text, [("Freedonia Electoral Commission", "Organization", 0), ("Freedonia", "Place", 1)])
    bodies = {label for written, label in mentions if "ommission" in written}
    assert bodies == {"Freedonia Electoral Commission"}, mentions
