import codecs
import os
import re
import shutil
import subprocess
import sys
import tempfile
import unicodedata
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from claimsgraph.errors import (UNPRINTABLE, BinaryInput, EmptyInput, InputRefused, NoArticleText, OutsideCorpus,
                                TooLarge, printable)
from claimsgraph.extract import extract
from claimsgraph.ingest import CorpusFile, corpus_files, find_date, find_publisher, parse_document, read_document
from claimsgraph.ingest import split_boilerplate
from tests.conftest import ONTOLOGY

ARTICLE = ("Leaders meet in Sochi\n\nMOSCOW, November 26. /TASS/. The presidents met on Friday, "
           "the Kremlin said.\n\nRead more: Other news\n\nThe talks lasted three hours.\n")


def test_utf8_text_keeps_offsets_into_decoded_text():
    doc = parse_document("a.txt", "Путин встретился с Алиевым.\r\nВторая строка.".encode(), "text/plain")
    assert doc.text == "Путин встретился с Алиевым.\nВторая строка."
    assert doc.lang == "ru" and doc.encoding == "utf-8"


@pytest.mark.parametrize("encoding", ["utf-16", "utf-8-sig", "cp1251", "utf-16-le"])
def test_common_encodings_are_detected(encoding):
    text = ("Президент России Владимир Путин провёл переговоры с премьер-министром Армении "
            "Николом Пашиняном в Москве. Стороны обсудили разблокирование транспортных коммуникаций.")
    raw = text.encode(encoding)
    if encoding == "utf-16-le":
        raw = codecs.BOM_UTF16_LE + raw
    assert parse_document("r.txt", raw, "text/plain").text == text


def test_empty_and_whitespace_files_are_refused():
    for raw in (b"", b"  \n\t "):
        with pytest.raises(EmptyInput, match=r"e\.txt: \[E011\] file is empty"):
            parse_document("e.txt", raw, "text/plain", source="e.txt")


def test_binary_is_refused_with_the_file_name():
    with pytest.raises(BinaryInput, match=r"b\.txt: \[E012\]"):
        parse_document("b.txt", bytes(range(256)) * 20, "text/plain", source="b.txt")


def test_punctuation_only_is_refused():
    with pytest.raises(NoArticleText):
        parse_document("p.txt", b"... --- !!!", "text/plain")


def test_oversized_and_unsupported_files_are_refused(tmp_path):
    big = tmp_path / "big.txt"
    big.write_bytes(b"word " * 100)
    with pytest.raises(TooLarge, match="over the limit"):
        read_document(big, max_bytes=100)
    odd = tmp_path / "photo.jpg"
    odd.write_bytes(b"\xff\xd8\xff")
    with pytest.raises(InputRefused, match="unsupported file type '.jpg'"):
        read_document(odd)


def test_html_article_text_is_extracted_and_markup_is_not_text():
    html = ("<html><head><title>Talks in Valdoria</title><script>alert(1)</script></head><body>"
            "<nav>Home | World</nav><article><h1>Talks in Valdoria</h1>"
            + "<p>Oskar Lindqvist met Mirela Dunca and Tomas Varga in Valdoria on Friday, the palace said. "
              "The leaders discussed the unblocking of transport links in the region.</p>" * 3
            + "</article><footer>© Site</footer></body></html>")
    doc = parse_document("a.html", html.encode(), "text/html")
    assert doc.media_type == "text/html"
    assert "Oskar Lindqvist met Mirela Dunca" in doc.text
    assert "alert(1)" not in doc.text and "<p>" not in doc.text


def test_boilerplate_lines_are_kept_out_of_the_body():
    doc = parse_document("a.txt", ARTICLE.encode(), "text/plain")
    body = [doc.text[s.start:s.end] for s in doc.body]
    boiler = [doc.text[s.start:s.end] for s in doc.boilerplate]
    assert "Read more: Other news" in boiler
    assert "The talks lasted three hours." in body
    assert doc.title == "Leaders meet in Sochi"


def test_trailing_related_articles_are_boilerplate():
    text = "Title line\n\nBody sentence one is here.\n\nYou may also like\n\nSome Person\n\nAnother story text.\n"
    doc = parse_document("a.txt", text.encode(), "text/plain")
    assert [doc.text[s.start:s.end] for s in doc.boilerplate] == [
        "You may also like", "Some Person", "Another story text."]


FURNITURE_PAGE_EN = """Harbour authority opens new quay
nordport-news.com
A crane lifts a container onto the new quay at Nordport on Monday. PHOTO: Coastal Wire Agency |
The Nordport Harbour Authority opened a new quay on Monday, its director Ilse Varnhagen said.
The quay can take ships of up to 300 metres, Varnhagen told reporters.
Read the full statement (opens in new window) on the authority's site, she added.
The works cost 40 million euros, the authority said. [nXQ7ABC12]
Sign up for our weekly shipping newsletter and get the news delivered to your inbox.
Follow us on Telegram
Facebook | Twitter | Email
We use cookies to improve your experience. By continuing to browse this site you agree to our use of cookies.
Interview by Tomas Brecker
Contacts:
Press Office of the Nordport Harbour Authority
Bertil Osk, press officer
gpx-kl/mn
"""

FURNITURE_PAGE_RU = """Порт открыл новый причал
Фото: пресс-служба порта Северогорска
Новый причал в порту Северогорска открыли в понедельник, сообщил директор порта Олег Травин.
По словам Травина, причал принимает суда длиной до 300 метров.
Подписывайтесь на наш телеграм-канал, чтобы первыми узнавать новости.
Поделиться: ВКонтакте, Одноклассники, Telegram
При полном или частичном использовании материалов ссылка на example.ru обязательна.
Беседовал Игорь Лесков
Пресс-служба Администрации Северогорского порта
"""


def _split(text: str) -> tuple[list[str], list[str]]:
    doc = parse_document("a.txt", text.encode(), "text/plain")
    return [doc.text[s.start:s.end] for s in doc.body], [doc.text[s.start:s.end] for s in doc.boilerplate]


def test_page_furniture_is_boilerplate_and_article_sentences_are_body():
    body, boiler = _split(FURNITURE_PAGE_EN)
    assert body == [
        "Harbour authority opens new quay",
        "The Nordport Harbour Authority opened a new quay on Monday, its director Ilse Varnhagen said.",
        "The quay can take ships of up to 300 metres, Varnhagen told reporters.",
        "Read the full statement", "on the authority's site, she added.",
        "The works cost 40 million euros, the authority said.",
    ]
    assert "(opens in new window)" in boiler and "[nXQ7ABC12]" in boiler
    assert "Press Office of the Nordport Harbour Authority" in boiler and "gpx-kl/mn" in boiler


def test_an_archive_notice_of_a_pages_age_is_boilerplate():
    _, boiler = _split("Quay opens in Nordport\n\nThis story is more than 6 years old.\n\n"
                       "The Nordport Harbour Authority opened a new quay on Monday.\n")
    assert "This story is more than 6 years old." in boiler


def test_russian_page_furniture_and_an_office_signing_off_are_boilerplate():
    body, boiler = _split(FURNITURE_PAGE_RU)
    assert body == FURNITURE_PAGE_RU.splitlines()[:1] + FURNITURE_PAGE_RU.splitlines()[2:4]
    assert boiler[-1] == "Пресс-служба Администрации Северогорского порта"


def test_a_skip_link_over_the_article_and_a_comments_heading_under_it_are_boilerplate():
    lines = ["Нажмите «Tab» для перехода к основному содержанию", "В Северогорске открыли мост",
             "Мост через реку открыли в понедельник, сообщил мэр.", "Последние комментарии", "Иван: отличная новость"]
    body, boiler = _split("\n\n".join(lines) + "\n")
    assert body == lines[1:3] and boiler == [lines[0], *lines[3:]]


@pytest.mark.parametrize("notice", [
    "Если вы видите это сообщение, обновите страницу.",
    "Возможно у вас отключен JavaScript",
    "Please enable JavaScript to view the comments.",
    "Your browser does not support this player.",
    "Press Release Source: Vexon Holdings, Inc.",
])
def test_a_notice_that_a_widget_did_not_load_is_boilerplate(notice):
    body, boiler = _split(f"В Северогорске открыли мост\n\nМост через реку открыли в понедельник.\n\n{notice}\n")
    assert notice in boiler and notice not in body


@pytest.mark.parametrize("page", [FURNITURE_PAGE_EN, FURNITURE_PAGE_RU], ids=["en", "ru"])
def test_nothing_on_the_furniture_becomes_a_claim_or_an_entity(linker, page):
    doc = parse_document("a.txt", page.encode(), "text/plain")
    x = extract(doc, linker)
    furniture = [s for s in doc.boilerplate]
    spans = [m.span for m in x.mentions] + [c.span for c in x.claims]
    assert x.claims and x.mentions
    assert not [s for s in spans if any(s.start < f.end and f.start < s.end for f in furniture)]
    labels = {e.label for e in x.new_entities}
    assert not labels & {"Coastal Wire Agency", "Tomas Brecker", "Bertil Osk", "Telegram", "Игорь Лесков"}


@pytest.mark.parametrize("bullet", ["- ", "• ", ""])
def test_a_run_of_headlines_closing_the_page_is_boilerplate(bullet):
    headlines = [f"{bullet}Harbour pilots strike for a second day in Nordport",
                 f"{bullet}В Северогорске открыли новый мост через реку",
                 f"{bullet}Ferry line «Nordport. Sundvik» resumes winter trips",
                 f"{bullet}Council approves budget for the old lighthouse"]
    article = ["Quay opens in Nordport", "The harbour authority opened a new quay on Monday, its director said.",
               "The works took two years, she added."]
    body, boiler = _split("\n".join(article + headlines) + "\n")
    assert body == article and boiler == headlines


def test_headlines_of_one_length_under_the_article_are_boilerplate_though_they_read_as_wrapped_lines():
    headlines = ["Harbour pilots strike for a second day in Nordport over pay",
                 "Sundvik ferry line resumes winter trips after storm repairs",
                 "Council approves budget for the old lighthouse on Vell Point",
                 "Nordport mayor opens the new fish market by the north quay",
                 "Vellmar rail link delayed again as tunnel costs rise sharply",
                 "Storm warning issued for the coast from Sundvik to Orla"]
    article = ["Quay opens in Nordport", "The harbour authority opened a new quay on Monday, its director said.",
               "The works took two years, she added."]
    body, boiler = _split("\n\n".join(article + ["More"]) + "\n" + "\n".join(headlines) + "\n")
    assert body == article
    assert all(any(h in b for b in boiler) for h in headlines)


def test_a_wrapped_paragraph_ending_the_page_stays_in_the_body():
    lines = ["The harbour authority opened a new quay on Monday after two",
             "years of works, its director said, and the first ships are",
             "expected to berth there next week once the cranes are tested",
             "by the inspectors of the port and the Nordport fire brigade",
             "Reporting from the quay in Nordport"]
    body, _ = _split("Quay opens in Nordport\n\n" + "\n".join(lines) + "\n")
    assert any(lines[0] in b and lines[2] in b for b in body)


@pytest.mark.parametrize("rows", [
    ["Club P Pts", "1 Nordport Rovers 12 30", "2 Sundvik Athletic 12 27", "3 Vellmar Town 12 21"],
    ["Курсы валют", "USD 91,20 +0,45", "EUR 99,80 -0,12", "Нефть 80,10 +1,05"],
])
def test_a_table_of_figures_beside_the_article_is_boilerplate(rows):
    article = ["Quay opens in Nordport", "The harbour authority opened a new quay on Monday, its director said.",
               "The works took two years, she added."]
    body, boiler = _split("\n".join(article[:2] + rows + article[2:]) + "\n")
    assert body == article and boiler == rows


def test_sentences_with_figures_and_two_such_rows_stay_in_the_body():
    lines = ["Harbour results", "Nordport won 3 1 in the end.", "Sundvik Athletic 12 27", "Vellmar Town 12 21",
             "The league resumes on Monday, the federation said."]
    body, boiler = _split("\n".join(lines) + "\n")
    assert body == lines and not boiler


def test_short_sentences_closing_the_article_stay_in_the_body():
    lines = ["Quay opens in Nordport", "The harbour authority opened a new quay on Monday, its director said.",
             "“Never,” she said.", "Nobody objected.", "The vote is Monday."]
    body, boiler = _split("\n\n".join(lines) + "\n")
    assert body == lines and not boiler


def test_buttons_and_menus_among_the_lines_closing_the_page_are_boilerplate():
    article = ["Quay opens in Nordport", "The harbour authority opened a new quay on Monday, its director said.",
               "The works took two years, she added."]
    closing = ["Harbour news", "Loading...", "Amount due:", "(coins)"]
    body, boiler = _split("\n".join(article + closing) + "\n")
    assert body == article and boiler == closing


@pytest.mark.parametrize("line", ["Watch Harbour TV", "Coastal Wire photo", "Jane Roe Photos", "4 min read",
                                  "3 мин чтения", "Мэр Северогорска Иван Петров / Coastal Wire"])
def test_a_video_button_or_a_credit_after_its_name_over_the_article_is_boilerplate(line):
    article = ["Quay opens in Nordport", "The harbour authority opened a new quay on Monday, its director said.",
               "The works took two years, she added."]
    body, boiler = _split("\n\n".join([line] + article) + "\n")
    assert body == article and boiler == [line]


def test_a_sentence_opening_with_watch_stays_in_the_body():
    lines = ["Quay opens in Nordport", "Watch officials in Nordport inspected the new quay on Monday, its director said.",
             "“Watch them closely,” he said."]
    body, boiler = _split("\n\n".join(lines) + "\n")
    assert body == lines and not boiler


def test_two_lines_without_a_full_stop_at_the_end_stay_in_the_body():
    lines = ["Quay opens in Nordport", "The harbour authority opened a new quay on Monday, its director said.",
             "The next ships are expected in June", "The works took two years, she added"]
    body, boiler = _split("\n".join(lines) + "\n")
    assert body == lines and not boiler


def test_a_caption_ending_in_a_photographers_credit_is_boilerplate():
    caption = "A crane lifts a container onto the new quay in Nordport.Ilse Varnhagen/Coastal Wire"
    body, boiler = _split(f"Quay opens in Nordport\n\n{caption}\n\n"
                          "The harbour authority opened a new quay on Monday, its director said.\n")
    assert boiler == [caption] and caption not in body


def test_a_caption_over_a_credit_line_or_ending_in_a_bracketed_credit_is_boilerplate():
    over = "A crane lifts a container onto the new quay in Nordport on Monday."
    bracketed = "A worker checks the cranes at the quay [Coastal Wire]"
    body, boiler = _split(f"Quay opens in Nordport\n\n{over}\nImage: COASTAL WIRE/Ilse Varnhagen\n\n"
                          "The harbour authority opened a new quay on Monday, its director said.\n\n"
                          f"{bracketed}\n\nThe works cost 40 million euros, she added.\n")
    assert boiler == [over, "Image: COASTAL WIRE/Ilse Varnhagen", bracketed]
    assert body == ["Quay opens in Nordport", "The harbour authority opened a new quay on Monday, its director said.",
                    "The works cost 40 million euros, she added."]


def test_a_caption_over_links_to_its_picture_is_boilerplate():
    caption = "A crane lifts a container onto the new quay in Nordport on Monday."
    body, boiler = _split(f"Quay opens in Nordport\n\n{caption}\n(Enlarge photo)(More photos)\n\n"
                          "The harbour authority opened a new quay on Monday, its director said.\n")
    assert boiler == [caption, "(Enlarge photo)(More photos)"]
    assert body == ["Quay opens in Nordport", "The harbour authority opened a new quay on Monday, its director said."]


@pytest.mark.parametrize("paragraph, gap", [("The quay opened on Monday. Its cranes came from Sundvik.", "\n"),
                                            ("The quay is the only deep-water berth on the coast.", "\n\n")])
def test_two_sentences_or_a_blank_line_over_a_credit_line_stay_in_the_body(paragraph, gap):
    body, _ = _split(f"Quay opens in Nordport\n\n{paragraph}{gap}Photo: Ilse Varnhagen\n\nThe works took two years.\n")
    assert paragraph in body


@pytest.mark.parametrize("line", [
    "1,204 views 3 comments", "87 Просмотры 2", "Comments are now closed.", "Комментарии закрыты.",
    "Close search box", "Skip to content", "Text size A A",
    "If you like our reporting, please become a Nordport Post supporter and help us keep going.",
    "Поддержите редакцию: каждый рубль помогает нам работать.",
])
def test_counters_closed_comments_search_boxes_and_appeals_for_support_are_boilerplate(line):
    body, boiler = _split(f"Quay opens in Nordport\n\n{line}\n\nThe harbour authority opened a new quay on Monday.\n")
    assert line in boiler and line not in body


def test_the_value_under_a_furniture_label_is_boilerplate_and_the_next_paragraph_is_not():
    body, boiler = _split("Quay opens in Nordport\n\nThe harbour authority opened a new quay on Monday.\n\n"
                          "Source:\nCoastal Wire and staff\n\nThe works took two years, its director said.\n")
    assert boiler == ["Source:", "Coastal Wire and staff"]
    assert body[-1] == "The works took two years, its director said."


def test_the_teasers_after_a_featured_heading_are_boilerplate():
    teaser = "Voters in the northern provinces continue to doubt the new tax on fishing boats."
    body, boiler = _split("Quay opens in Nordport\n\nThe harbour authority opened a new quay on Monday.\n\n"
                          f"Featured on Nordport Post\n\n{teaser}\n")
    assert teaser in boiler and teaser not in body


@pytest.mark.parametrize("paragraph", [
    "The ministry said 2,000 people subscribe to the service each month and that the number is growing.",
    "Residents were asked to read the evacuation plan in full before the storm, the mayor said.",
    "The agency published a photo of the damaged bridge on Monday, officials said.",
    "Пожаловаться на решение суда можно в течение десяти дней, напомнили в ведомстве.",
    "The company, which sells cookies and cakes, said its sales rose 4% in the quarter.",
    "The talks between the EU and the UN ended on Friday, the Department of State said.",
    "Trade resumed on the road between Upper Vale and Lower Vale/Sundvik",
    "Readers can support the lifeboat crews through the harbour fund, the mayor said.",
    "Ostravia applied to become a member of the alliance in May, its foreign minister said.",
    "The neighbours will support us in the talks, the minister said on Monday.",
    "The minister said the count would take three days [until the weekend] and then be published.",
])
def test_article_sentences_with_furniture_words_stay_in_the_body(paragraph):
    body, boiler = _split(f"A headline of some length\n\n{paragraph}\n\nA closing sentence of the article is here.\n")
    assert paragraph in body and not boiler


@pytest.mark.parametrize("text, date", [
    ("Title\n\n 09:05, 3 March, 2031\n\nVELMAR, MARCH 3, NORPRESS. Body.", "2031-03-03"),
    ("VELMAR, MARCH 4, NORPRESS. On March 4, 2031 the statement...", "2031-03-04"),
    ("ВЕЛЬМАР, 12 мая. /НОРПРЕСС/. Текст о событиях 12 мая 2031 года.", "2031-05-12"),
    ("Title\n\n12 ноября 2021 г.\n\nТекст.", "2021-11-12"),
    ("A text with no date at all.", None),
    # page date lines in the forms sites print them
    ("Title\n\n14.02.2031 | 10:32\n\nBody.", "2031-02-14"),
    ("Title\n\n10:32 14.02.2031\n\nТекст.", "2031-02-14"),
    ("Title\n\n2031-2-14 10:32 |\n\nBody.", "2031-02-14"),
    ("Title\n\n14.02.2031 [10:32]\n\nVELMAR, 14 February, NORPRESS\n\nBody.", "2031-02-14"),
    ("Title\n\nVelmar, 14.02.2031\n\nBody.", "2031-02-14"),
    ("Title\n\nPublished on February 14, 2031 - 10:32 GMT+4\n\nBody.", "2031-02-14"),
    ("Title\n\nLast Modified: 14 Feb 2031 10:32\n\nBody.", "2031-02-14"),
    ("Title\n\nFebruary 14, 2031, 10:32, Velmar\n\nBody.", "2031-02-14"),
    ("Title\n\n14 February 2031 - 10:32 By Ada Kern and Ivo Lind\n\nBody.", "2031-02-14"),
    ("Title\n\n14 февраля,2031 10:32\n\nТекст.", "2031-02-14"),
    ("Title\n\n14 февраля 2031 года, 10:32, Вельмар\n\nТекст.", "2031-02-14"),
])
def test_publication_dates(text, date):
    assert find_date(text) == date


@pytest.mark.parametrize("text", [
    # a date the text is about is not the day it was printed
    "VELMAR, MARCH 3, NORPRESS. The dam will open in 2032, the minister said.",
    "ВЕЛЬМАР, 12 мая. /НОРПРЕСС/. Текст о событиях 2031 года.",
    # a headline or a sentence that opens with a date is not a date line
    "Title\n\nMarch 3, 2031 will be remembered as the day the dam opened, the minister said on Tuesday.\n\nBody.",
    # day and month in an order that depends on the country
    "Title\n\n04/03/2031\n\nBody.",
])
def test_no_publication_date_where_the_text_does_not_print_one(text):
    assert find_date(text) is None


@pytest.mark.parametrize("text, publisher", [
    ("VELMAR, MARCH 3, NORPRESS. Body.", "NORPRESS"),
    ("OSTRAVIA, March 3. /NOR/. Body.", "NOR"),
    ("ВЕЛЬМАР, 3 марта. /НОР/. Текст.", "НОР"),
    ("BAKU (Reuters) - Body.", "Reuters"),
    ("NORDPORT (Coastal Wire) - The quay opened.", "Coastal Wire"),
    ("NEW NORDPORT/OSTBURG (Coastal Wire Breakingviews) - The quay opened.", "Coastal Wire Breakingviews"),
    ("Nordport, Ruritania, May 4 (Coastal Wire) — The quay opened.", "Coastal Wire"),
    ("(Coastal Wire) -The Nordport Harbour Authority said it opened a quay.", "Coastal Wire"),
    ("National Water Council (NWC) – the body that runs the dams – met on Monday.", None),
    ("Plain text without a dateline.", None),
    ("ВЕЛЬМАР, 3 марта. /Корр. НОРПРЕСС Анна Ветрова/. Текст.", "НОРПРЕСС"),
    ("VELMAR, Jul 4 (NNP-VW) – Floods hit the north, the authorities said.", "NNP-VW"),   # not cut at its hyphen
    ("Вельмар, 3 марта, 2031, 11:25 — ИА Норпресс. Текст.", "ИА Норпресс"),   # the time of filing after the date
    ("Вельмар. 3 марта. NORPRESS.RU - Текст о плотине.", "NORPRESS"),   # the agency's domain is no part of its name
])
def test_publishers_from_datelines(text, publisher):
    assert find_publisher(text) == publisher


@pytest.mark.parametrize("line, dateline", [
    ("NORDPORT (Coastal Wire) - The quay opened on Monday.", "NORDPORT (Coastal Wire) -"),
    ("Nordport, May 4 (Coastal Wire) — The quay opened on Monday.", "Nordport, May 4 (Coastal Wire) —"),
    ("Nordport (Coastal Wire) - The quay opened on Monday.", "Nordport (Coastal Wire) -"),
    ("NORDPORT May 4. 2023 (Coastal Wire) - The quay opened.", "NORDPORT May 4. 2023 (Coastal Wire) -"),
    ("NORDPORT, Jul 4 (Coastal Wire) – The quay opened.", "NORDPORT, Jul 4 (Coastal Wire) –"),
    ("The Nordport Water Council (NWC) - the dam operator - met on Monday.", None),
])
def test_wire_datelines_are_found_with_their_agency(line, dateline):
    from claimsgraph.ingest import agency_span, dateline_span

    doc = parse_document("a.txt", f"Quay opens\n\n{line}\n".encode(), "text/plain")
    span, agency = dateline_span(doc), agency_span(doc)
    assert (doc.text[span.start:span.end] if span else None) == dateline
    assert (doc.text[agency.start:agency.end] if agency else None) == ("Coastal Wire" if dateline else None)


def test_a_lines_dateline_is_read_once_however_often_it_is_asked_for():
    from claimsgraph.ingest import _dateline

    line = "OSTBURG, March 3 (Northwire) - Mara Velsen of Vexon Holdings met Sergei Lavrov in Tarnia."
    found = _dateline(line)
    assert line[:found.end()].rstrip() == "OSTBURG, March 3 (Northwire) -" and found.group("agency") == "Northwire"
    assert _dateline(line) is found and _dateline("Vladimir Putin spoke in Armenia on Monday.") is None


def test_a_wire_dateline_under_a_masthead_and_a_date_line_names_the_agency():
    from claimsgraph.ingest import agency_span

    doc = parse_document("a.txt", "Quay opens in Nordport\n\nCoastal Wire Service\n\n[4/ May/2023]\n\n"
                         "NORDPORT May 4. 2023 (Coastal Wire) - The quay opened on Monday.\n".encode(), "text/plain")
    span = agency_span(doc)
    assert doc.publisher == "Coastal Wire" and doc.text[span.start:span.end] == "Coastal Wire"


def test_a_wire_dateline_date_is_the_publication_date():
    assert find_date("Nordport, Ruritania, May 4, 2023 (Coastal Wire) — The quay opened.") == "2023-05-04"


def test_corpus_files_are_sorted_and_skip_hidden(tmp_path):
    (tmp_path / "b.txt").write_text("b")
    (tmp_path / "a.txt").write_text("a")
    (tmp_path / ".hidden.txt").write_text("h")
    assert [p.name for p in corpus_files([tmp_path])] == ["a.txt", "b.txt"]


def test_documents_are_named_by_their_path_from_the_corpus_root(tmp_path):
    corpus = tmp_path / "corpus"
    for name in ("north/same.txt", "south/same.txt", "south/deep/other.txt", "top.txt"):
        (corpus / name).parent.mkdir(parents=True, exist_ok=True)
        (corpus / name).write_text(ARTICLE_B)
    names = lambda *paths: [f.name for f in corpus_files(list(paths))]   # noqa: E731
    assert names(corpus) == ["north/same.txt", "south/deep/other.txt", "south/same.txt", "top.txt"]
    # several folders: from the deepest folder holding them all, as if it had been given
    assert names(corpus / "north", corpus / "south") == ["north/same.txt", "south/deep/other.txt", "south/same.txt"]
    assert names(corpus / "south") == ["deep/other.txt", "same.txt"]
    assert names(corpus / "top.txt") == ["top.txt"]
    assert names(corpus / "top.txt", corpus / "north" / "same.txt") == ["north/same.txt", "top.txt"]


def test_markdown_code_blocks_are_not_article_text():
    text = "# Talks in Valdoria\n\nThe talks went well.\n\n```\nprint('not a claim')\n```\n\nThe sides agreed.\n"
    doc = parse_document("a.md", text.encode(), "text/markdown")
    assert [doc.text[s.start:s.end] for s in doc.body] == ["# Talks in Valdoria", "The talks went well.",
                                                           "The sides agreed."]
    assert doc.title == "Talks in Valdoria"


def test_utf16_without_bom_and_a_stray_byte_still_decode():
    text = "Президент России Владимир Путин провёл переговоры. Стороны обсудили ситуацию."
    assert parse_document("a.txt", text.encode("utf-16-le"), "text/plain").text == text
    broken = parse_document("b.txt", text.encode("utf-8")[:-1] + b"\xd0", "text/plain")
    assert broken.text.startswith("Президент") and broken.encoding == "utf-8 (invalid bytes replaced)"


def test_impossible_dates_are_not_dates():
    assert find_date("MOSCOW, February 30. /TASS/. On February 30, 2021 nothing happened.") is None


ARTICLE_B = "Talks in Vellmar went on\n\nThe envoy of Ostrava said the border would open in spring.\n"


def test_links_inside_the_corpus_are_read_once_and_links_out_of_it_refused(tmp_path):
    corpus, outside = tmp_path / "corpus", tmp_path / "outside"
    (corpus / "sub").mkdir(parents=True)
    outside.mkdir()
    (corpus / "a.txt").write_text(ARTICLE_B)
    (outside / "secret.txt").write_text("Secret words that must not be read.")
    (corpus / "sub" / "again.txt").symlink_to(corpus / "a.txt")
    (corpus / "relative.txt").symlink_to("a.txt")
    (corpus / "secret.txt").symlink_to(outside / "secret.txt")
    (corpus / "out-folder").symlink_to(outside)
    (corpus / "in-folder").symlink_to(corpus / "sub")
    (corpus / ".hidden.txt").symlink_to(outside / "secret.txt")
    files = corpus_files([corpus])
    assert files == [CorpusFile(corpus / "a.txt", "a.txt"), CorpusFile(corpus / "out-folder", "out-folder"),
                     CorpusFile(corpus / "secret.txt", "secret.txt")]
    for link in [f.path for f in files[1:]]:
        with pytest.raises(OutsideCorpus, match=rf"{re.escape(str(link))}: \[E018\] a link to "
                                                rf"{re.escape(str(outside))}.*, outside the corpus folder; not followed"):
            read_document(link)


def test_a_link_named_on_the_command_line_is_followed(tmp_path):
    (tmp_path / "a.txt").write_text(ARTICLE_B)
    (tmp_path / "link.txt").symlink_to(tmp_path / "a.txt")
    assert corpus_files([tmp_path / "link.txt"]) == [CorpusFile(tmp_path / "a.txt", "link.txt")]


def test_a_link_out_of_the_corpus_leaves_no_text_in_the_build(tmp_path, linker):
    from claimsgraph.pipeline import read_corpus

    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "a.txt").write_text(ARTICLE_B)
    (tmp_path / "secret.txt").write_text("Ab Secretword said the password is swordfish.")
    (corpus / "b.txt").symlink_to(tmp_path / "secret.txt")
    built = read_corpus([corpus], linker)
    assert [x.document.name for x in built.extractions] == ["a.txt"]
    assert "[E018]" in built.skipped[0].reason


def without_read_permission(command: list[str]) -> list[str]:
    """The command as a user the permission bits apply to: root drops its power to ignore them."""
    if os.geteuid() != 0:
        return command
    setpriv = shutil.which("setpriv")
    if setpriv is None:
        pytest.skip("running as root without setpriv: permission bits cannot be tested")
    return [setpriv, "--bounding-set=-dac_override,-dac_read_search", *command]


def test_unreadable_files_and_folders_are_reported_with_a_code(tmp_path):
    corpus = tmp_path / "corpus"
    (corpus / "locked").mkdir(parents=True)
    (corpus / "a.txt").write_text(ARTICLE_B)
    (corpus / "b.txt").write_text(ARTICLE_B.replace("Vellmar", "Ostrava"))
    (corpus / "locked" / "c.txt").write_text(ARTICLE_B)
    (corpus / "b.txt").chmod(0)
    (corpus / "locked").chmod(0)
    script = ("import sys; from pathlib import Path; from claimsgraph.pipeline import make_linker, read_corpus; "
              "c = read_corpus([Path(sys.argv[1])], make_linker(Path(sys.argv[2]))); "
              "print([x.document.name for x in c.extractions]); print(*(s.reason for s in c.skipped), sep='\\n')")
    try:
        done = subprocess.run(without_read_permission([sys.executable, "-c", script, str(corpus), str(ONTOLOGY)]),
                              capture_output=True, text=True, timeout=300)
    finally:
        (corpus / "locked").chmod(0o755)
    assert done.returncode == 0, done.stderr
    assert done.stdout.splitlines() == ["['a.txt']",
                                        f"{corpus / 'b.txt'}: [E017] cannot be read: Permission denied",
                                        f"{corpus / 'locked'}: [E017] cannot be read: Permission denied"]


def test_a_file_name_that_is_not_utf8_builds_and_is_printed_escaped(tmp_path, linker):
    from claimsgraph.pipeline import read_corpus

    raw = b"caf\xe9 50% \x1b[31mred\nline.txt"
    (tmp_path / os.fsdecode(raw)).write_text(ARTICLE_B)
    (tmp_path / os.fsdecode(b"\xff\x1b]0;title\x07.jpg")).write_text(ARTICLE_B)
    built = read_corpus([tmp_path], linker)
    assert [x.document.name for x in built.extractions] == ["caf%E9 50%25 \x1b[31mred\nline.txt"]
    (skipped,) = built.skipped
    assert skipped.reason == (f"{tmp_path}/\\xff\\x1b]0;title\\x07.jpg: [E010] unsupported file type '.jpg'; "
                              "expected one of .htm, .html, .markdown, .md, .text, .txt, .xhtml")


FILE_NAME_BYTES = st.binary(min_size=1, max_size=40).map(lambda b: b.replace(b"/", b"_").replace(b"\0", b"_")) \
    .filter(lambda b: b not in (b".", b"..") and not b.startswith(b"."))


@given(FILE_NAME_BYTES, st.sampled_from([".txt", ".md", ".jpg", ""]), st.sampled_from([ARTICLE_B, "", "\x00\x01"]))
@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
def test_any_file_name_is_read_or_refused_with_a_printable_message(linker, name, suffix, text):
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / os.fsdecode(name + suffix.encode())
        path.write_bytes(text.encode())
        try:
            (file,) = corpus_files([Path(folder)])
            doc = read_document(file.path, file.name)
        except InputRefused as e:
            message = str(e)
            assert not {unicodedata.category(ch) for ch in message} & UNPRINTABLE, message
            assert message.startswith(printable(str(path)) + ": [E01")
        else:
            assert doc.name.encode("utf-8")       # valid Unicode, fit for any RDF serialiser
            assert extract(doc, linker).document.name == doc.name


LATIN = st.text(alphabet=st.characters(min_codepoint=0x41, max_codepoint=0x7A).filter(str.isalpha), min_size=1,
                max_size=12)
RARE = st.characters(blacklist_categories=("Cs", "Cc", "Co", "Cn"), min_codepoint=0x0530)


@given(st.lists(st.tuples(LATIN, st.lists(RARE, max_size=3).map("".join), st.sampled_from([" ", ", ", ". ", "\n"])),
                min_size=1, max_size=30))
@settings(max_examples=300, deadline=None)
def test_latin_words_glued_to_any_script_never_drop_the_document(linker, words):
    text = "The envoy said the talks went well. " + "".join(w + r + sep for w, r, sep in words)
    try:
        doc = parse_document("mixed.txt", text.encode(), "text/plain")
    except InputRefused:
        return
    extraction = extract(doc, linker)
    for m in extraction.mentions:
        assert 0 <= m.span.start < m.span.end <= len(doc.text)


def test_a_word_with_a_character_python_has_no_name_for_is_extracted(linker):
    # pymorphy3 looks up each unknown character's Unicode name; Tangut ideographs have none in Python's tables
    tangut = chr(0x172B0)
    assert not unicodedata.name(tangut, "")
    doc = parse_document("tangut.txt", f"The envoy said the talks went well. Tarvok{tangut}, pem".encode(), "text/plain")
    assert extract(doc, linker).document.text.endswith(f"Tarvok{tangut}, pem")


def test_a_mastheads_founding_line_and_a_wire_correspondents_credit_are_boilerplate():
    body, boiler = _split("The Nordport Ledger\nNordport, Ruritania  Est. March 3, 1871\n\nThe quay opened on Monday.\n"
                          "It was founded in 1871.")
    assert boiler == ["Nordport, Ruritania  Est. March 3, 1871"] and "It was founded in 1871." in body
    body, boiler = _split("Заголовок новости\n\nВЕЛЬМАР, 3 марта. /Корр. НОРПРЕСС Анна Ветрова/. Причал открыли.")
    assert boiler == ["/Корр. НОРПРЕСС Анна Ветрова/."]
    assert body == ["Заголовок новости", "ВЕЛЬМАР, 3 марта.", "Причал открыли."]


def test_a_wire_staff_credit_closing_the_last_paragraph_is_boilerplate():
    body, boiler = _split("Quay opens in Nordport\n\nThe quay will stay open at night, harbour master Ilse Varnhagen said. "
                          "(Reporting by Tobias Rendle in Nordport; Editing by Greta Lindqvist)\n")
    assert boiler == ["(Reporting by Tobias Rendle in Nordport; Editing by Greta Lindqvist)"]
    assert body == ["Quay opens in Nordport", "The quay will stay open at night, harbour master Ilse Varnhagen said."]
    body, _ = _split("Quay opens in Nordport\n\nThe quay opened on Monday (its second this year)\n")
    assert body[-1] == "The quay opened on Monday (its second this year)"


def test_one_word_alone_on_its_line_and_a_pages_address_are_boilerplate_but_not_an_agency_or_a_broken_line():
    body, boiler = _split("https://example.org/2031/quay-opens-123.html\nHarbours\n\nQuay opens in Nordport\nNORP\n\n"
                          "The quay opened on Monday.\nПолитика")
    assert boiler == ["https://example.org/2031/quay-opens-123.html", "Harbours", "Политика"]
    assert body == ["Quay opens in Nordport", "NORP", "The quay opened on Monday."]
    body, _ = _split("Причал открыли.\nИз\nинтервью директора порта: всё готово.")
    assert "Из" in body


@pytest.mark.parametrize("line", [
    "IE 9 is not supported. For the best experience open our site in another browser.",
    "Ваш браузер устарел. Обновите браузер, чтобы читать Северную газету.",
    "Северная газета: добавить в закладки | наша страница в Telegram | RSS",
    "Less than a minute", "Меньше минуты",
])
def test_a_browser_notice_a_follow_row_and_a_short_reading_time_over_the_article_are_boilerplate(line):
    article = ["Quay opens in Nordport", "The harbour authority opened a new quay on Monday, its director said.",
               "The works took two years, she added."]
    body, boiler = _split("\n\n".join([line] + article) + "\n")
    assert body == article and boiler == [line]


def test_a_caption_closed_by_its_credit_in_brackets_is_boilerplate():
    caption = "Cranes stand over the new quay in Nordport, March 3, 2031. (Coastal Wire File Photo)"
    article = ["Quay opens in Nordport", caption,
               "The harbour authority opened a new quay on Monday, its director said.",
               "The works took two years (the plan said one), she added."]
    body, boiler = _split("\n\n".join(article) + "\n")
    assert boiler == [caption] and len(body) == 3


@pytest.mark.parametrize("caption", [
    "FILE – MAY 2: Nordport Quays is set to report its first quarter results on May 2, after the market close. "
    "NORDPORT – MAY 02: Cranes stand over the new grain quay on May 2, 2030 in Nordport, Ruritania. The harbour "
    "company reported first quarter takings of 41.5 million crowns, beating the 38 million crowns the brokers had "
    "expected in their first note on it. (Photo by Ilse Varnhagen/Coastal Wire)",
    "Рабочие проверяют краны на новом причале Нордпорта. Причал строили два года, его открытие переносили трижды, "
    "а первые суда ждали у старого причала почти неделю, пока инспекция подписывала акт о приёмке сооружения, "
    "которое обошлось порту в сорок миллионов крон. Зерно на новый причал начнут возить в июне, когда откроется "
    "подъездная дорога, а старый причал закроют на ремонт до осени следующего года. (Фото: Ильза Варнхаген)",
])
def test_a_long_caption_closed_by_its_credit_in_brackets_is_boilerplate(caption):
    article = ["Quay opens in Nordport", caption,
               "The harbour authority opened a new quay on Monday, its director said.",
               "The works took two years (photo of the plan on page two), she added."]
    body, boiler = _split("\n\n".join(article) + "\n")
    assert boiler == [caption] and len(body) == 3


def test_a_caption_closed_by_a_wire_credit_with_a_slash_in_brackets_is_boilerplate():
    caption = ("In this March 3, 2031 file photo, Mira Orlen, head of Nordport Quays, walks along the new grain quay "
               "in Nordport. Nordport Inc. chief Mira Orlen is speaking at a harbour conference in Lindholm on "
               "Tuesday, May 4, 2031. It is her first speech since the quay opened. (CW Photo/Ilse Varnhagen, File)")
    article = ["Quay opens in Nordport", caption,
               "The harbour authority opened a new quay on Monday, its director said.",
               "The works took two years (the plan said one), she added."]
    body, boiler = _split("\n\n".join(article) + "\n")
    assert boiler == [caption] and len(body) == 3


@pytest.mark.parametrize("caption", [
    "In this Jan. 4, 2030 file photo, Mira Orlen, head of Nordport Quays, walks along the grain quay in Nordport. "
    "She is due to speak to the harbour council on Tuesday.",
    "FILE - This Tuesday, May 2, 2030, photo provided by the Nordport harbour authority shows cranes over the new "
    "quay. The quay took two years to build.",
    "This undated photo shows the old lighthouse at Nordport before its restoration.",
    # the picture's file name the page left before its caption
    "310806-NP-quay-1000.jpg Mira Orlen, head of Nordport Quays, walks along the grain quay in Nordport, Aug. 6, 2031.",
])
def test_a_paragraph_a_wire_caption_opens_is_boilerplate(caption):
    article = ["Quay opens in Nordport", "The harbour authority opened a new quay on Monday, its director said.",
               caption, "The works took two years, she added."]
    body, boiler = _split("\n\n".join(article) + "\n")
    assert boiler == [caption] and len(body) == 3


def test_a_file_name_inside_a_sentence_opens_no_caption():
    line = "The harbour authority posted quay.jpg on its site on Monday, its director said."
    body, boiler = _split("\n\n".join(["Quay opens in Nordport", line, "The works took two years."]) + "\n")
    assert boiler == [] and len(body) == 3


@pytest.mark.parametrize("paragraph", [
    "In this image-conscious port, the mayor said, a quay without cranes would not do.",
    "This picture is misleading, the harbour authority said on Monday.",
])
def test_a_sentence_about_a_picture_stays_in_the_article(paragraph):
    article = ["Quay opens in Nordport", "The harbour authority opened a new quay on Monday, its director said.",
               paragraph, "The works took two years, she added."]
    body, boiler = _split("\n\n".join(article) + "\n")
    assert boiler == [] and len(body) == 4


@pytest.mark.parametrize("box", [
    ["Author: Ilse Varnhagen", "Studied at Nordport College. Before that she wrote for several papers. Now she edits "
     "the harbour desk.", "Role: Editor", "E-mail: ilse@example.org"],
    ["Автор: Ильза Варнхаген", "Окончила Нордпортский колледж. Пишет о порте и судах с прошлого года."],
])
def test_an_author_field_under_the_article_opens_the_authors_box(box):
    article = ["Quay opens in Nordport", "The harbour authority opened a new quay on Monday, its director said.",
               "The works took two years, she added.", "Ships queued at the old quay for most of the week."]
    body, boiler = _split("\n\n".join(article + box) + "\n")
    assert body == article and boiler == box


def test_an_author_field_over_the_article_ends_nothing():
    lines = ["Quay opens in Nordport", "The harbour authority opened a new quay on Monday.", "Author: Ilse Varnhagen",
             "The works took two years, its director said.", "Ships queued at the old quay for a week."]
    body, boiler = _split("\n\n".join(lines) + "\n")
    assert body == lines[:2] + lines[3:] and boiler == [lines[2]]


def test_a_paragraph_printed_again_is_boilerplate_the_first_time_it_stays():
    first = "The harbour authority opened a new quay on Monday, its director said."
    short = "It rained."
    lines = ["Quay opens in Nordport", first, short, "The works took two years, she added.", first, short]
    body, boiler = _split("\n\n".join(lines) + "\n")
    assert body == lines[:4] + [short] and boiler == [first]


def test_a_byline_over_a_link_back_to_the_section_closing_the_page_is_boilerplate():
    lines = ["Причал открыт в Нордпорте", "Управление порта открыло новый причал в понедельник, сообщил директор.",
             "Работы заняли два года.", "Анна Ветрова", "< Назад в рубрику"]
    body, boiler = _split("\n\n".join(lines) + "\n")
    assert body == lines[:3] and boiler == lines[3:]


@pytest.mark.parametrize("byline", ["By Ana de la Vega Harbour Daily", "By Jon van der Berg"])
def test_a_byline_of_a_name_with_particles_and_its_outlet_is_boilerplate(byline):
    lines = ["Quay opens in Nordport", byline,
             "The harbour authority opened a new quay on Monday, its director said.", "The works took two years."]
    body, boiler = _split("\n\n".join(lines) + "\n")
    assert boiler == [byline] and body == lines[:1] + lines[2:]


def test_a_byline_under_the_sites_lines_and_the_headline_is_boilerplate():
    lines = ["Harbour Daily Newspaper", "Nordport, Ostland  Est. May 3, 1901", "Quay opens in Nordport",
             "By Ana de la Vega Harbour Daily", "The harbour authority opened a new quay on Monday, its director said."]
    _, boiler = _split("\n\n".join(lines) + "\n")
    assert "By Ana de la Vega Harbour Daily" in boiler


def test_a_short_line_opening_with_by_and_a_time_stays():
    lines = ["Quay opens in Nordport", "By Monday the quay had opened to ferries.",
             "The works took two years, its director said."]
    body, boiler = _split("\n\n".join(lines) + "\n")
    assert body == lines and boiler == []


@pytest.mark.parametrize("line", ["Harbour Daily - Quay opens in Nordport, with more to come",
                                  "Quay opens in Nordport, with more to come | Harbour Daily"])
def test_a_window_title_over_its_headline_is_boilerplate(line):
    article = ["Quay opens in Nordport, with more to come",
               "The harbour authority opened a new quay on Monday, its director said."]
    body, boiler = _split("\n\n".join([line] + article) + "\n")
    assert body == article and boiler == [line]


def test_a_headline_with_a_dash_over_another_line_stays():
    lines = ["Nordport - a harbour reborn", "The harbour authority opened a new quay on Monday, its director said."]
    body, boiler = _split("\n\n".join(lines) + "\n")
    assert body == lines and boiler == []


@pytest.mark.parametrize("line", [
    "ua en ru", "EN | FR | DE",
    "You have successfully subscribed to Harbour Daily alerts",
    "Выберите соцсеть для авторизации на сайте Северной газеты.",
    "Нет профиля? Авторизуйтесь по почте",
    "Причал в Нордпорте открыт Иллюстративное фото (Coastal Wire)",
])
def test_a_language_switch_a_login_box_and_a_caption_with_its_credit_in_brackets_are_boilerplate(line):
    article = ["Quay opens in Nordport", "The harbour authority opened a new quay on Monday, its director said.",
               "The works took two years, she added."]
    body, boiler = _split("\n\n".join([line] + article) + "\n")
    assert body == article and boiler == [line]


@pytest.mark.parametrize("caption", [
    "Cranes stand over the new quay in Nordport, March 3, 2031. Jane Roe/Social Media/via COASTWIRE",
    "Cranes stand over the new quay in Nordport. Courtesy Nordport Harbour Board/Handout via COASTWIRE",
])
def test_a_caption_closed_by_a_handout_credit_via_an_agency_is_boilerplate(caption):
    article = ["Quay opens in Nordport", caption,
               "The harbour authority opened a new quay on Monday, its director said.",
               "The video was shared 24/7 via Telegram.", "Sources: Harbour Board; city officials."]
    body, boiler = _split("\n\n".join(article) + "\n")
    assert boiler == [caption, article[-1]] and body == [article[0], article[2], article[3]]


@pytest.mark.parametrize("line, furniture", [
    ("Source: Coastal Wire", True), ("Sources: Harbour Board; city officials.", True), ("Источник: Северная газета", True),
    ("Sources said the harbour master of Nordport would resign.", False),
    ("Источник в правительстве Остравы сообщил, что министр уйдет.", False),
    ("Источники сообщили, что министр Остравы уйдет в отставку.", False),
])
def test_a_source_label_is_boilerplate_a_sentence_citing_sources_is_not(line, furniture):
    article = ["Quay opens in Nordport", "The harbour authority opened a new quay on Monday, its director said."]
    body, boiler = _split("\n\n".join(article + [line]) + "\n")
    assert (boiler == [line]) is furniture and (line in body) is not furniture


@pytest.mark.parametrize("line, furniture", [
    ("Share prices of Nordport Harbour fell 5% on Monday.", False),
    ("Video footage showed the quay in Nordport collapsing.", False),
    ("Подробнее о ситуации рассказал мэр Остравы Иван Петров.", False),
    ("Редактор газеты Остравы Иван Петров заявил, что уходит.", False),
    ("Photo: Jane Roe", True), ("Видео", True), ("Фото Анны Ветровой", True),
    ("Subscribe to get the Nordport harbour news by email.", True),
])
def test_a_furniture_word_opening_a_sentence_leaves_it_in_the_body(line, furniture):
    article = ["Quay opens in Nordport", "The harbour authority opened a new quay on Monday, its director said.", line,
               "The works took two years, she added."]
    body, boiler = _split("\n\n".join(article) + "\n")
    assert (line in boiler) is furniture and (line in body) is not furniture


def test_a_paragraph_printed_first_as_a_deck_stays_where_it_ends_as_a_sentence():
    deck = "For the first time in a decade the Nordport harbour board missed its own targets"
    lines = ["Harbour board falls short", deck, "Article content", deck + ".", "The works took two years, she added."]
    body, boiler = _split("\n\n".join(lines) + "\n")
    assert boiler == [deck] and body == [lines[0], lines[2], lines[3], lines[4]]


def test_a_speakers_headline_with_a_colon_over_its_quote_stays():
    lines = ["Roe: Nordport will open the quay in May", "Nordport will open the quay in May",
             "The harbour authority opened a new quay on Monday, its director said."]
    body, boiler = _split("\n\n".join(lines) + "\n")
    assert lines[0] in body


def test_a_deck_printed_again_as_the_first_sentence_of_a_paragraph_is_cut_from_the_later_copy():
    deck = "The Nordport harbour board opened its new grain quay on Monday after two years of works."
    rest = "Ships queued at the old quay for most of the week, the board said."
    lines = ["Grain quay opens in Nordport", deck, "Photo: Jane Roe", deck + " " + rest]
    body, boiler = _split("\n\n".join(lines) + "\n")
    assert body == [lines[0], deck, rest] and boiler == ["Photo: Jane Roe", deck]


def test_a_paragraph_whose_sentences_were_all_printed_before_is_cut():
    one = "The Nordport harbour board opened its new grain quay on Monday after two years of works."
    two = "A board member said the quay would take ships of up to forty thousand tonnes."
    lines = ["Grain quay opens in Nordport", one, two, "Updated: 05-12-2031 18:31", two + " " + one,
             "Trade unions welcomed the opening of the quay, which they had long sought."]
    body, boiler = _split("\n\n".join(lines) + "\n")
    assert body == [lines[0], one, two, lines[5]] and boiler == [lines[3], two + " " + one]


def test_a_paragraph_printed_again_but_cut_short_at_the_end_of_the_page_is_cut():
    one = "The Nordport harbour board opened its new grain quay on Monday after two years of works."
    two = "A board member said the quay would take ships of up to forty thousand tonnes."
    lines = ["Grain quay opens in Nordport", one, two, "Trade unions welcomed the opening of the quay on Monday.",
             one + " A board member said the quay", two[:-1]]
    body, boiler = _split("\n\n".join(lines) + "\n")
    assert body == lines[:4] and boiler == lines[4:]


def test_sentences_repeated_in_a_paragraph_that_goes_on_differently_stay():
    repeated = "Of them, 105 have come back to Ostravia and 17 to Vellmar, the ministry said."
    lines = ["In a statement the ministry said 122 detainees have come home since May. " + repeated,
             "The statement reads: with the help of the mediators 122 detainees have come home since May. " + repeated]
    body, boiler = _split("\n\n".join(lines) + "\n")
    assert body == lines and boiler == []


def test_a_sentence_printed_again_after_its_dateline_is_cut_and_the_dateline_stays():
    deck = "The Nordport harbour board has announced that its new grain quay will open in May."
    lines = ["Grain quay to open in Nordport", deck, "Nordport [Ostravia], March 3 : " + deck,
             "The works took two years, the board said."]
    body, boiler = _split("\n\n".join(lines) + "\n")
    assert body == [lines[0], deck, "Nordport [Ostravia], March 3 :", lines[3]] and boiler == [deck]


def test_a_headline_or_a_short_sentence_printed_again_in_the_text_stays():
    headline = "The Nordport harbour board opens its new grain quay on Monday"
    lines = [headline, headline + ", a board member said.", "It rained.", "Ships waited. It rained."]
    body, boiler = _split("\n\n".join(lines) + "\n")
    assert body == lines and boiler == []


def test_a_title_printed_twice_on_one_line_is_boilerplate():
    title = "Grain quay opens in Nordport after two years"
    lines = [title, "The harbour board opened its new grain quay on Monday.", title + " | " + title,
             "Ships queued at the old quay for most of the week."]
    body, boiler = _split("\n\n".join(lines) + "\n")
    assert boiler == [lines[2]]


@pytest.mark.parametrize("form", [
    ["Leave a Reply", "Your e-mail won't be published.", "Required fields are marked *"],
    ["Please follow our commenting guidelines.", "Comments are closed."],
    ["Добавить комментарий", "Ваш email не будет опубликован.", "Обязательные поля помечены *"],
    ["Add new comment", "Notice", "Links to shops in a comment are removed by the moderators.",
     "Rude words are not allowed!", "• Lines break by themselves."],
    ["Write a comment", "Our moderators read every comment before it appears."],
    ["Написать новый комментарий", "Комментарии с грубыми словами не публикуются."],
])
def test_a_comment_form_under_the_article_is_boilerplate(form):
    article = ["Quay opens in Nordport", "The harbour authority opened a new quay on Monday, its director said.",
               "The works took two years, she added."]
    body, boiler = _split("\n\n".join(article + form) + "\n")
    assert body == article and boiler == form


def test_a_comment_link_over_the_article_is_boilerplate_and_ends_nothing():
    lines = ["Quay opens in Nordport", "Leave a comment", "The harbour authority opened a new quay on Monday.",
             "The works took two years, its director said."]
    body, boiler = _split("\n\n".join(lines) + "\n")
    assert body == [lines[0]] + lines[2:] and boiler == [lines[1]]


def test_date_stamp_before_the_first_words_is_cut_and_its_sentence_printed_again_goes():
    text = (" date 2031-03-04 Engineers in Porlock found cracks in both piers of the old harbour bridge.\n"
            "PORLOCK (Wire) — The harbour office closed the bridge to lorries on Tuesday.\n"
            "Engineers in Porlock found cracks in both piers of the old harbour bridge.\n"
            "Repairs will take about six weeks, the office said.")
    body, boiler = split_boilerplate(text)
    kept = [text[s.start:s.end] for s in body]
    assert kept[0] == "Engineers in Porlock found cracks in both piers of the old harbour bridge."
    assert "date 2031-03-04" in [text[s.start:s.end] for s in boiler]
    assert len(kept) == 3


def test_a_dateline_place_is_no_date_stamp():
    text = "Porlock 2031-03-04 The harbour office closed the bridge to lorries on Tuesday after engineers found cracks."
    body, _ = split_boilerplate(text)
    assert [text[s.start:s.end] for s in body] == [text]


def test_an_embedded_posts_signature_line_is_furniture():
    text = ("The harbour office closed the bridge to lorries on Tuesday after engineers found cracks.\n\n"
            "— Porlock Harbour (@porlockharbour) March 4, 2031\n\n"
            "A post shared by Porlock Rowing Club (@porlockrowing) on Mar 4, 2031 at 9:45am\n\n"
            "Residents can write to the office (@porlockharbour) with questions, a spokeswoman said.")
    body, boiler = split_boilerplate(text)
    assert [text[s.start:s.end] for s in body] == [
        "The harbour office closed the bridge to lorries on Tuesday after engineers found cracks.",
        "Residents can write to the office (@porlockharbour) with questions, a spokeswoman said."]


def test_a_line_sending_the_reader_to_a_report_is_furniture_a_sentence_on_details_is_not():
    text = ("В Велльской области введен режим чрезвычайной ситуации после сильных дождей.\n\n"
            "Подробности в репортаже.\n\n"
            "Подробности инцидента выясняются в ходе проверки, сообщили в ведомстве.")
    body, boiler = split_boilerplate(text)
    assert [text[s.start:s.end] for s in boiler] == ["Подробности в репортаже."]
    assert len(body) == 2


@pytest.mark.parametrize("line, dateline", [
    ("ORLOV — The dam held through the night.", "ORLOV — "),
    ("NEW ORLOV—The dam held through the night.", "NEW ORLOV—"),
    ("ORLOV, Borealia -- The dam held through the night.", "ORLOV, Borealia -- "),
    ("ORLOV, Bor. – The dam held through the night.", "ORLOV, Bor. – "),
    ("ORLOV, Borealia, May 4. The dam held through the night.", "ORLOV, Borealia, May 4."),
    ("Orlov. May 4. NORPRESS.RU - The dam held through the night.", "Orlov. May 4. NORPRESS.RU -"),
    ("ОРЛОВ — столица Бореалии и крупнейший порт.", None),   # a copula, not a dateline
    ("The Orlov Water Council - the dam operator - met on Monday.", None),
])
def test_datelines_without_an_agency(line, dateline):
    from claimsgraph.ingest import agency_span, dateline_span

    doc = parse_document("a.txt", f"Dam holds\n\n{line}\n".encode(), "text/plain")
    span, agency = dateline_span(doc), agency_span(doc)
    assert (doc.text[span.start:span.end] if span else None) == dateline
    assert (doc.text[agency.start:agency.end] if agency else None) == ("NORPRESS" if "NORPRESS" in line else None)


def test_a_sentence_after_a_dateline_is_no_agency():
    assert find_publisher("OSTRAVIA, March 3. The quay opened on Monday.") is None


@pytest.mark.parametrize("line, dateline", [
    ("Orlov, 4 May 2031. Mara Tennick, the mayor of Orlov, said the dam held.", "Orlov, 4 May 2031."),
    ("ORLOV, May 4. Jon Harel, an engineer, said the dam held.", "ORLOV, May 4."),
    ("Орлов, 4 мая. Мара Тенник, мэр города, заявила, что плотина выдержала.", "Орлов, 4 мая."),
])
def test_a_name_with_an_apposition_after_the_date_is_the_sentences_subject_not_an_agency(line, dateline):
    """An agency after the date ends with a stop or a dash ("OSTRAVIA, March 3. /NOR/."); a name and a comma
    after it opens the story's first sentence ("…, the mayor of Orlov, said"): no agency, and the name stays in it."""
    from claimsgraph.ingest import agency_span, dateline_span

    doc = parse_document("a.txt", f"Dam holds\n\n{line}\n".encode(), "text/plain")
    span = dateline_span(doc)
    assert (doc.text[span.start:span.end] if span else None) == dateline
    assert agency_span(doc) is None
