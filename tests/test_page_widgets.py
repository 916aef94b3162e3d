"""Page furniture read as article text: teasers of other articles, sidebar widgets, a site's menu, a section with the
time of posting, a section before the lede, links run together. Every sentence is invented."""
from claimsgraph.ingest import find_title, split_boilerplate
from extracted import body_texts


def test_teasers_cut_off_with_an_ellipsis_under_the_article_are_furniture():
    text = ("Quay opens in Nordport\n\n"
            "The harbour office in Nordport opened its new quay to container ships on Monday.\n\n"
            "\"We expect twice the traffic by spring,\" said harbour master Ilse Varnhagen.\n\n"
            "Read more here.\n"
            "The Velmar Institute gave its yearly prize for river reporting to Tobias Rendle of the…\n"
            "Ostmark Daily is testing summaries written by software that appear above its…\n"
            "Greta Lindqvist is joining the Coastal Ledger to cover shipping and customs on…\n"
            "Hanne Olsted has been named acting editor of Freight Weekly, a trade title. She…\n")
    assert body_texts(text) == [
        "Quay opens in Nordport",
        "The harbour office in Nordport opened its new quay to container ships on Monday.",
        "\"We expect twice the traffic by spring,\" said harbour master Ilse Varnhagen."]


def test_an_article_paragraph_trailing_off_in_an_ellipsis_stays():
    text = ("The harbour office in Nordport opened its new quay to container ships on Monday.\n\n"
            "\"We will see what the winter brings…\" said harbour master Ilse Varnhagen.\n\n"
            "She did not say how many ships had booked a berth so far…")
    assert len(body_texts(text)) == 3


def test_a_poll_and_a_quotation_of_the_day_are_a_widget_not_the_article():
    text = ("Опросы\n\n"
            "Знаете ли вы, сколько мостов построено в Велльском округе за последние десять лет?\n\n"
            "Цитата дня\n"
            "— Велльский округ остается территорией быстрого роста, и мы будем строить дальше.\n"
            "заместитель главы округа по строительству Петр Орешкин.\n\n"
            "В Велльске открыли новый мост через реку Сторожку\n\n"
            "Мост длиной 240 метров открыли в субботу, сообщили в администрации округа.")
    assert body_texts(text) == ["В Велльске открыли новый мост через реку Сторожку",
                           "Мост длиной 240 метров открыли в субботу, сообщили в администрации округа."]


def test_a_widget_block_ends_at_its_blank_line_and_is_bounded():
    text = ("Reader poll\n"
            "Should the quay stay open at night?\n\n"
            "The harbour office in Nordport opened its new quay to container ships on Monday.\n"
            "Harbour master Ilse Varnhagen said the quay would stay open around the clock.")
    assert body_texts(text)[-2:] == [
        "The harbour office in Nordport opened its new quay to container ships on Monday.",
        "Harbour master Ilse Varnhagen said the quay would stay open around the clock."]


def test_a_sites_menu_and_its_heading_over_the_headline_are_furniture():
    text = ("Offers from Quaymart.example\n\n"
            "  • Ferries\n"
            "  • Cargo Rates\n"
            "  • Tides\n\n"
            "Quay opens in Nordport: winners and losers\n\n"
            "The harbour office in Nordport opened its new quay to container ships on Monday.")
    body, _ = split_boilerplate(text)
    assert [text[s.start:s.end] for s in body] == [
        "Quay opens in Nordport: winners and losers",
        "The harbour office in Nordport opened its new quay to container ships on Monday."]
    assert find_title(text, body) == "Quay opens in Nordport: winners and losers"


def test_a_widgets_fields_with_their_figures_over_the_headline_are_furniture():
    text = ("New quay opens in Nordport harbour\n\n"
            "  • Rating: 4.5\n"
            "  • Rate: ZLT 4.12\n"
            "  • 3 min. read\n"
            "  • Readers: 81%\n\n"
            "The harbour office in Nordport opened its new quay to container ships on Monday.")
    assert body_texts(text) == ["New quay opens in Nordport harbour",
                           "The harbour office in Nordport opened its new quay to container ships on Monday."]


def test_a_run_of_points_that_are_sentences_over_the_lede_stays():
    text = ("Quay opens in Nordport\n\n"
            "  • Ships pay 12% less.\n"
            "  • Tolls fall by half.\n\n"
            "The harbour office in Nordport opened its new quay to container ships on Monday.")
    assert len(body_texts(text)) == 4


def test_a_list_of_points_under_the_lede_stays():
    text = ("The harbour office in Nordport opened its new quay to container ships on Monday.\n\n"
            "  • Ferries\n"
            "  • Cargo Rates\n")
    assert len(body_texts(text)) == 3


def test_a_section_with_the_time_and_date_of_posting_is_no_title():
    text = ("ГОРОДСКАЯ ЖИЗНЬ 14:05  /  03.11.31\n\n"
            "Мост длиной 240 метров открыли в субботу, сообщили в администрации округа.")
    body, _ = split_boilerplate(text)
    assert [text[s.start:s.end] for s in body] == [
        "Мост длиной 240 метров открыли в субботу, сообщили в администрации округа."]
    assert find_title(text, body) is None


def test_a_section_before_the_lede_with_a_bar_is_cut_from_it():
    text = ("Мост через Сторожку\n\n"
            "Общество | Глава округа Петр Орешкин открыл в субботу новый мост через реку Сторожку.")
    assert body_texts(text)[-1] == "Глава округа Петр Орешкин открыл в субботу новый мост через реку Сторожку."


def test_a_bar_inside_a_table_row_is_kept():
    text = ("Мост через Сторожку\n\n"
            "Округ | Мосты | Длина | Год постройки первого из них")
    assert body_texts(text)[-1] == "Округ | Мосты | Длина | Год постройки первого из них"


def test_links_glued_to_the_end_of_a_paragraph_are_cut():
    text = ("Мост через Сторожку открыт\n\n"
            "В субботу открыли мост через реку Сторожку, а в воскресенье по нему прошли первые автобусы «Велльтранса»"
            "Иван ПетровЧитайте нас вНовости.ВелльскаНовости.ОкругПоказать все ссылкиLinkHub Новости\n\n"
            "Мост длиной 240 метров строили три года, сообщили в администрации округа.")
    assert body_texts(text)[1] == ("В субботу открыли мост через реку Сторожку, а в воскресенье по нему прошли первые "
                              "автобусы «Велльтранса»")


def test_names_with_inner_capitals_in_a_sentence_stay_whole():
    line = "The app maker QuayPay joined forces with ShipTrack and PortLink to launch FerryNow"
    text = "Quay opens in Nordport\n\n" + line
    assert body_texts(text)[-1] == line


def test_a_headline_naming_products_with_inner_capitals_stays_whole():
    line = "Quaymart unveils new iQuay, iFerry and iDock"
    assert body_texts(line + "\n\nThe harbour office in Nordport opened its new quay on Monday.")[0] == line


def test_a_weekday_with_the_date_and_time_over_the_article_is_furniture():
    text = ("Среда, 4 марта 2031, 09:15\n\n"
            "Мост длиной 240 метров открыли в субботу, сообщили в администрации округа.")
    assert body_texts(text) == ["Мост длиной 240 метров открыли в субботу, сообщили в администрации округа."]


def test_a_sentence_with_a_date_and_a_time_stays():
    line = "The quay opened on 4 March 2031 at 09:15"
    assert body_texts("Quay opens in Nordport\n\n" + line)[-1] == line


def test_the_weather_widget_over_the_article_is_no_title():
    text = ("Облачно +14°\n\n"
            "Мост длиной 240 метров открыли в субботу, сообщили в администрации округа.")
    body, _ = split_boilerplate(text)
    assert find_title(text, body) is None


def test_a_subheading_on_polls_inside_the_article_is_no_widget():
    text = ("The harbour office in Nordport opened its new quay to container ships on Monday.\n\n"
            "Polls\n"
            "A survey by the Nordport Chamber found that most traders backed the new quay.\n\n"
            "Harbour master Ilse Varnhagen said the quay would stay open around the clock.")
    assert "A survey by the Nordport Chamber found that most traders backed the new quay." in body_texts(text)
