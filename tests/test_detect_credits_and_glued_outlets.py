"""Claims the page's furniture must not give, and sentences it must not hide: picture credits in brackets, bylines
with their authors' addresses, outlets an aggregator glues to each paragraph's last stop. Invented text."""
from claimsgraph.ingest import parse_document
from claimsgraph.segment import sentences

from extracted import claims


def _body(text):
    doc = parse_document("a.txt", text.encode(), "text/plain")
    return [doc.text[s.start:s.end] for s in doc.body]


def test_a_caption_closed_by_the_photographer_and_the_outlet_he_shot_for_is_furniture():
    text = ("Storm reaches Vellport\n"
            "Dara Quill, 41, left, and her neighbour look at the flooded square. (Ossian Brede for The Harbour Post)\n"
            "The storm reached Vellport on Monday night and flooded the old quarter.\n")
    assert _body(text)[-1:] == ["The storm reached Vellport on Monday night and flooded the old quarter."]
    assert "Dara Quill" not in " ".join(_body(text))


def test_a_caption_closed_by_agencies_between_slashes_is_furniture():
    text = ("Storm reaches Vellport\n"
            "The storm reached Vellport on Monday night and flooded the old quarter.\n"
            "The storm gathered strength over the bay on Sunday. (NORMET/QSAT/BRX)\n"
            "Rescuers worked through the night in the old quarter.\n")
    assert "The storm gathered strength over the bay on Sunday. (NORMET/QSAT/BRX)" not in _body(text)


def test_a_body_paragraph_ending_in_words_in_brackets_stays():
    text = ("Storm reaches Vellport\n"
            "The storm reached Vellport on Monday night, the mayor said (Tomas Varga has led the city since 2029).\n")
    assert len(_body(text)) == 2


def test_a_byline_with_the_authors_addresses_under_the_deck_is_no_claim(linker):
    text = ("Storm reaches Vellport\n"
            "New warnings come as the bay rises.\n"
            "- By Dara Quill and Ossian Brede dara.quill@harbourpost.example ossian.brede @harbourpost.example "
            "Quill reported from Vellport, Brede from Lowbury.\n"
            "The storm reached Vellport on Monday night and flooded the old quarter.\n")
    found = [t for t, _ in claims(text, linker)]
    assert not any("Quill" in t for t in found)
    assert "The storm reached Vellport on Monday night and flooded the old quarter." in found


def test_outlets_glued_to_each_paragraphs_stop_are_cut_off_and_the_sentence_before_is_a_claim(linker):
    text = ("Суд оправдал мэра Вельска\n"
            "Прокуратура Вельска принесла извинения мэру города Тарасу Мельнику за годы уголовного преследования — "
            "письмо с извинениями, отправленное в понедельник, подписал прокурор города.Вечерний Вельск\n"
            "В марте районный суд после долгого процесса, длившегося почти два года и собравшего десятки свидетелей, "
            "полностью оправдал бывшего мэра Мельника.Вельские ведомости\n"
            "«Я благодарен всем, кто поддерживал меня все эти годы, и рад, что ошибка наконец исправлена», — "
            "написал глава Вельска в своём канале в понедельник вечером.Нордпорт Инфо\n")
    doc = parse_document("a.txt", text.encode(), "text/plain")
    said = [doc.text[s.span.start:s.span.end] for s in sentences(doc)]
    assert said[-2].endswith("оправдал бывшего мэра Мельника.")
    assert not any("Вельские ведомости" in s or "Вечерний Вельск" in s for s in said)
    assert said[-2] in [t for t, _ in claims(text, linker)]


def test_one_paragraph_ending_in_a_dotted_name_keeps_it():
    text = ("Магазин открылся\n"
            "В Вельске открылся новый магазин.\n"
            "Покупатели теперь заказывают товары через сервис Вельск.Маркет\n")
    doc = parse_document("a.txt", text.encode(), "text/plain")
    assert doc.text[sentences(doc)[-1].span.start:sentences(doc)[-1].span.end].endswith("Вельск.Маркет")
