"""Page fields ("ID :", "Hits: 12", "Tags:") are page furniture, never the article's text nor a speaker's label."""
from claimsgraph.ingest import parse_document
from extracted import body_texts


def test_a_field_alone_and_its_value_are_furniture():
    text = ("ID :\n5521\n\nHARBOUR BOARD TO REVIEW FERRY FARES\n\n"
            "Portvale, March 3 - The Harbour Board will review ferry fares, its chair Olen Fask said on Monday.\n")
    body = body_texts(text)
    assert body[0] == "HARBOUR BOARD TO REVIEW FERRY FARES"
    assert not any(line.startswith("ID") or line == "5521" for line in body)


def test_fields_with_short_values_are_furniture():
    text = ("News ID: 77\nHits: 412\nPublish Date: 4 May 2031 - 10:20\n\nQuay reopens in Nordport\n\n"
            "The quay in Nordport reopened on Tuesday, the port authority said.\n")
    body = body_texts(text)
    assert body[0] == "Quay reopens in Nordport"
    doc = parse_document("a.txt", text.encode(), "text/plain")
    assert doc.title == "Quay reopens in Nordport"


def test_russian_fields_are_furniture():
    text = ("Последнее обновление: 12.03.2031 14:05\n\nВ Нордпорте открыли новый причал\n\n"
            "Новый причал открыли во вторник, сообщили в администрации порта.\n")
    assert body_texts(text)[0] == "В Нордпорте открыли новый причал"


def test_a_field_word_opening_a_sentence_stays():
    text = ("Quay reopens in Nordport\n\n"
            "Author: the quay was rebuilt by the port authority over two winters, its chief said.\n"
            "Автор исследования: доходы порта выросли на треть.\n")
    body = body_texts(text)
    assert any(line.startswith("Author: the quay") for line in body)
    assert any(line.startswith("Автор исследования") for line in body)


def test_a_field_over_the_article_leaves_its_speakers_theirs():
    from claimsgraph.link import Linker
    from extracted import CAST, claims
    text = ("ID :\n5521\nTue, 03/04/2031 - 10:20\n\n\nBOREALIA TO REVIEW FERRY FARES\n\n\n"
            "Portvale, March 3 - Borealia will review ferry fares, Tomas Varga said on Monday.\n"
            "\"We will certainly review them. The fares are too high,\" Tomas Varga said at the harbour office.\n"
            "He said the review would be done within 30 days.\n")
    out = claims(text, Linker(CAST))
    assert out and all(who == "varga" for _, who in out)


def test_a_caption_credited_to_a_site_is_furniture():
    text = ("Ferry fares to be reviewed\n\nThe quay at dawn. Photo: velmarwire.org\n\n"
            "Портовый кран. Фото: instagram/nordport_official\n\nThe crane at night. Credit: Norpress (www.norpress.com)\n\n"
            "The Harbour Board will review ferry fares, its chair Olen Fask said.\n")
    body = body_texts(text)
    assert body == ["Ferry fares to be reviewed", "The Harbour Board will review ferry fares, its chair Olen Fask said."]


def test_a_site_named_inside_a_sentence_stays():
    text = ("Ferry fares to be reviewed\n\nThe photo: it was posted on velmarwire.org by the board, the chair said.\n")
    assert len(body_texts(text)) == 2


def test_menu_words_with_their_marks_over_the_article_are_furniture():
    text = ("- Home\n- World\nSport |\n• Weather\nQuay reopens in Nordport\n\n"
            "The quay in Nordport reopened on Tuesday, the port authority said.\n")
    doc = parse_document("a.txt", text.encode(), "text/plain")
    assert doc.title == "Quay reopens in Nordport"


def test_a_short_dashed_answer_under_the_article_stays():
    text = ("Olen Fask on the quay\n\n— Will the quay reopen this year?\n\n— It will, in the spring.\n\n"
            "— Are you sure?\n\n— Yes\n")
    assert body_texts(text)[-1] == "— Yes"
