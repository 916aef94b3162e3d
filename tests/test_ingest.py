import codecs

import pytest

from claimsgraph.errors import BinaryInput, EmptyInput, InputRefused, NoArticleText, TooLarge
from claimsgraph.ingest import corpus_files, find_date, find_publisher, parse_document, read_document

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
    html = ("<html><head><title>Talks in Sochi</title><script>alert(1)</script></head><body>"
            "<nav>Home | World</nav><article><h1>Talks in Sochi</h1>"
            + "<p>Vladimir Putin met Ilham Aliyev and Nikol Pashinyan in Sochi on Friday, the Kremlin said. "
              "The leaders discussed the unblocking of transport links in the region.</p>" * 3
            + "</article><footer>© Site</footer></body></html>")
    doc = parse_document("a.html", html.encode(), "text/html")
    assert doc.media_type == "text/html"
    assert "Vladimir Putin met Ilham Aliyev" in doc.text
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


@pytest.mark.parametrize("text, date", [
    ("Title\n\n 18:16, 26 November, 2021\n\nYEREVAN, NOVEMBER 26, ARMENPRESS. Body.", "2021-11-26"),
    ("YEREVAN, NOVEMBER 9, ARMENPRESS. On November 9, 2021 the statement...", "2021-11-09"),
    ("МОСКВА, 12 ноября. /ТАСС/. Текст о событиях 2021 года.", "2021-11-12"),
    ("Title\n\n12 ноября 2021 г.\n\nТекст.", "2021-11-12"),
    ("A text with no date at all.", None),
])
def test_publication_dates(text, date):
    assert find_date(text) == date


@pytest.mark.parametrize("text, publisher", [
    ("YEREVAN, NOVEMBER 26, ARMENPRESS. Body.", "ARMENPRESS"),
    ("MOSCOW, November 12. /TASS/. Body.", "TASS"),
    ("МОСКВА, 12 ноября. /ТАСС/. Текст.", "ТАСС"),
    ("BAKU (Reuters) - Body.", "Reuters"),
    ("Plain text without a dateline.", None),
])
def test_publishers_from_datelines(text, publisher):
    assert find_publisher(text) == publisher


def test_corpus_files_are_sorted_and_skip_hidden(tmp_path):
    (tmp_path / "b.txt").write_text("b")
    (tmp_path / "a.txt").write_text("a")
    (tmp_path / ".hidden.txt").write_text("h")
    assert [p.name for p in corpus_files([tmp_path])] == ["a.txt", "b.txt"]


def test_markdown_code_blocks_are_not_article_text():
    text = "# Talks in Sochi\n\nThe talks went well.\n\n```\nprint('not a claim')\n```\n\nThe sides agreed.\n"
    doc = parse_document("a.md", text.encode(), "text/markdown")
    assert [doc.text[s.start:s.end] for s in doc.body] == ["# Talks in Sochi", "The talks went well.",
                                                           "The sides agreed."]
    assert doc.title == "Talks in Sochi"


def test_utf16_without_bom_and_a_stray_byte_still_decode():
    text = "Президент России Владимир Путин провёл переговоры. Стороны обсудили ситуацию."
    assert parse_document("a.txt", text.encode("utf-16-le"), "text/plain").text == text
    broken = parse_document("b.txt", text.encode("utf-8")[:-1] + b"\xd0", "text/plain")
    assert broken.text.startswith("Президент") and broken.encoding == "utf-8 (invalid bytes replaced)"


def test_impossible_dates_are_not_dates():
    assert find_date("MOSCOW, February 30. /TASS/. On February 30, 2021 nothing happened.") is None
