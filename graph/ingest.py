"""Files to ``Document``: decode, refuse what is not an article, read metadata.

Offsets everywhere refer to ``Document.text``: the decoded text with newlines
normalised the way Python's text mode reads a file (``\\r\\n`` and ``\\r``
become ``\\n``), or, for HTML, the article text a readability extractor
(trafilatura) takes out of the page.
"""
from __future__ import annotations

import codecs
import datetime
import hashlib
import os
import re
import unicodedata
from bisect import bisect_left
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from .errors import (BinaryInput, CorpusNotFound, EmptyInput, InputRefused, NoArticleText, OutsideCorpus,
                     TooLarge, UndecodableInput, UnreadableInput, printable)
from .ids import file_name_text
from .lang import alternation, capitals, joined, merged, one_of
from .model import Document, Span
from .segment import POST_LINK, ROOM_NOTE, unsigned_end

SUFFIXES = {".txt": "text/plain", ".text": "text/plain", ".md": "text/markdown",
            ".markdown": "text/markdown", ".html": "text/html", ".htm": "text/html",
            ".xhtml": "text/html"}
MAX_BYTES = 5_000_000
MAX_CHARS = 300_000        # about 50,000 words: five times a long feature article
MAX_LINE = 120_000         # a paragraph; a whole article on one line stays under it
MAX_PARAGRAPHS = 5_000

_BOMS = ((codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"),
         (codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"),
         (codecs.BOM_UTF16_BE, "utf-16"))


@dataclass(frozen=True, slots=True)
class CorpusFile:
    """A file to read, and the name that identifies its document (its IRI, its named graph)."""

    path: Path
    name: str      # the path relative to the corpus root, with / between folders


def corpus_files(paths: list[Path]) -> list[CorpusFile]:
    """Every article file under the given files and folders, sorted by name, hidden ones left out.

    A document is named by its path relative to the corpus root, so `a/same.txt`
    and `b/same.txt` are two documents, and a file directly in the root keeps its
    bare file name. The root is the folder given, or, for several files and
    folders, the deepest folder holding them all.

    A file or folder named on the command line is read even through a link.
    Inside a folder no link is followed out of it: a link whose target stays
    in the folder stands for that target (so a file is read once however many
    links lead to it), and a link that leaves it is listed as it is, for
    ``read_document`` to refuse. Folders that cannot be read, special files
    and broken links are listed too, to be reported rather than dropped.
    """
    for path in paths:
        if not (path.exists() or path.is_symlink()):
            raise CorpusNotFound("no such file or folder", path=str(path))
    if not paths:
        return []
    root = Path(os.path.commonpath([os.path.abspath(p if p.is_dir() else p.parent) for p in paths]))
    found: set[CorpusFile] = set()
    for path in paths:
        if path.is_dir():
            found |= {CorpusFile(p, _name(p, root)) for p in _walk(path)}
        else:
            found.add(CorpusFile(path.resolve() if path.is_file() and path.is_symlink() else path, _name(path, root)))
    return sorted(found, key=lambda f: (f.name, str(f.path)))


def _name(path: Path, root: Path) -> str:
    return file_name_text(Path(os.path.abspath(path)).relative_to(root).as_posix())


def _walk(root: Path) -> set[Path]:
    real_root = root.resolve()
    found: set[Path] = set()
    for folder, subfolders, names in os.walk(root, onerror=lambda e: found.add(Path(e.filename))):
        subfolders[:] = [d for d in subfolders if not d.startswith(".")]
        for name, is_folder in [(n, False) for n in names if not n.startswith(".")] + [(d, True) for d in subfolders]:
            path = Path(folder) / name
            try:
                if not path.is_symlink():
                    if not is_folder:
                        found.add(path)
                    continue
                target = Path(os.path.realpath(path))
            except OSError:                         # a folder we may list but not enter
                found.add(path)
                continue
            if not target.is_relative_to(real_root) or not target.exists():
                found.add(path)                     # refused or reported when read
            elif target.is_file():
                found.add(root / target.relative_to(real_root))
    return found


def read_document(path: Path, name: str | None = None, max_bytes: int = MAX_BYTES) -> Document:
    """Read one article, named ``name`` (by default its file name); raise an ``InputRefused``
    naming the file and the problem."""
    return parse_document(*read_file(path, name, max_bytes))


def read_file(path: Path, name: str | None = None, max_bytes: int = MAX_BYTES) -> tuple[str, bytes, str, str]:
    """An article's name (by default its file name), bytes, media type and path, for
    ``parse_document``; raise an ``InputRefused`` for a file that is not one.

    A link reaching this point is one ``corpus_files`` kept because it leaves
    the corpus folder: it is refused, so no file outside the corpus (a
    password file, a key) ends up in the graph.
    """
    try:
        if path.is_symlink() and path.exists():
            raise OutsideCorpus(f"a link to {printable(os.path.realpath(path))}, outside the corpus folder; "
                                "not followed", path=str(path))
        if path.is_dir():
            os.listdir(path)                        # raises why the walk could not enter it
            raise UnreadableInput("a folder, not a file", path=str(path))
        if not path.is_file():
            raise InputRefused("not a regular file (a broken link, a device or a pipe)", path=str(path))
        if path.suffix.lower() not in SUFFIXES:
            raise InputRefused(f"unsupported file type {printable(repr(path.suffix or '(none)'))}; "
                               f"expected one of {', '.join(sorted(SUFFIXES))}", path=str(path))
        size = path.stat().st_size
        if size > max_bytes:
            raise TooLarge(f"{size} bytes is over the limit of {max_bytes}", path=str(path))
        raw = path.read_bytes()
    except OSError as e:
        raise UnreadableInput(f"cannot be read: {e.strerror or e}", path=str(path)) from None
    return name or path.name, raw, SUFFIXES[path.suffix.lower()], str(path)


def parse_document(name: str, raw: bytes, media_type: str, source: str | None = None) -> Document:
    """One article from its bytes; ``name`` is its file name as ``os.fsdecode`` gives it."""
    name = file_name_text(name)
    source = source or name
    if not raw.strip():
        raise EmptyInput("file is empty", path=source)
    text, encoding = decode(raw, source)
    text = unicodedata.normalize("NFC", text.replace("\r\n", "\n").replace("\r", "\n"))
    if media_type == "text/html" or re.match(r"\s*<(?:!doctype html|html)\b", text[:200], re.I):
        media_type = "text/html"
        text, html_title = _article_from_html(text, source)
    else:
        html_title = None
    if not re.search(r"\w{2,}", text):
        raise NoArticleText("no words in the text", path=source)
    _check_work(text, source)
    body, boilerplate = split_boilerplate(text)
    if not body:
        raise NoArticleText("nothing but boilerplate in the text", path=source)
    title = html_title or find_title(text, body)
    return Document(
        name=name, text=text, sha256=hashlib.sha256(raw).hexdigest(), lang=detect_language(text),
        media_type=media_type, encoding=encoding, title=title, date=find_date(text),
        publisher=find_publisher(text), body=tuple(body), boilerplate=tuple(boilerplate),
    )


def _check_work(text: str, source: str) -> None:
    """Refuse a text far beyond any article before the stages whose cost grows with it.

    Extraction runs at tens of thousands of characters a second, so an
    unbounded text stalls a build; the limits are an order of magnitude above
    a long feature article.
    """
    if len(text) > MAX_CHARS:
        raise TooLarge(f"{len(text)} characters of text is over the limit of {MAX_CHARS}", path=source)
    lines = text.split("\n")
    longest = max(map(len, lines))
    if longest > MAX_LINE:
        raise TooLarge(f"a line of {longest} characters is over the limit of {MAX_LINE}", path=source)
    count = sum(1 for line in lines if not line.isspace() and line)
    if count > MAX_PARAGRAPHS:
        raise TooLarge(f"{count} paragraphs is over the limit of {MAX_PARAGRAPHS}", path=source)


def decode(raw: bytes, source: str) -> tuple[str, str]:
    """Decode with a BOM, else UTF-8, else the best guess of charset-normalizer."""
    for bom, encoding in _BOMS:
        if raw.startswith(bom):
            try:
                return raw.decode(encoding), encoding
            except UnicodeDecodeError as e:
                raise UndecodableInput(f"not valid {encoding} at byte {e.start}", path=source) from None
    if b"\x00" not in raw:
        try:
            return _check_text(raw.decode("utf-8"), source), "utf-8"
        except UnicodeDecodeError:
            pass
        text = raw.decode("utf-8", errors="replace")
        if text.count("\ufffd") <= max(2, len(text) // 1000) and re.search(r"[^\x00-\x7f]", text):
            return _check_text(text, source), "utf-8 (invalid bytes replaced)"   # a cut or stray byte
        utf16 = _utf16_without_bom(raw)
        if utf16:
            return _check_text(utf16[0], source), utf16[1]
    elif _looks_like_utf16(raw):
        encoding = "utf-16-le" if raw[1::2].count(0) > raw[0::2].count(0) else "utf-16-be"
        try:
            return _check_text(raw.decode(encoding), source), encoding
        except UnicodeDecodeError:
            raise UndecodableInput(f"not valid {encoding}", path=source) from None
    elif _utf16_without_bom(raw):
        text, encoding = _utf16_without_bom(raw)
        return _check_text(text, source), encoding
    else:
        raise BinaryInput("binary data (NUL bytes), not text", path=source)
    from charset_normalizer import from_bytes
    best = from_bytes(raw).best()
    if best is None:
        raise UndecodableInput("encoding could not be detected", path=source)
    return _check_text(str(best), source), best.encoding


def _utf16_without_bom(raw: bytes) -> tuple[str, str] | None:
    """UTF-16 with no BOM and no NUL bytes (Cyrillic): the byte order that reads as letters."""
    if len(raw) % 2:
        return None
    for encoding in ("utf-16-le", "utf-16-be"):
        try:
            text = raw.decode(encoding)
        except UnicodeDecodeError:
            continue
        plain = sum(1 for ch in text if ch.isspace() or "\u0020" <= ch <= "\u024f" or "\u0400" <= ch <= "\u04ff"
                    or "\u2010" <= ch <= "\u206f")
        if plain >= 0.95 * len(text):
            return text, encoding
    return None


def _looks_like_utf16(raw: bytes) -> bool:
    sample = raw[:4000]
    zeros_even, zeros_odd = sample[0::2].count(0), sample[1::2].count(0)
    half = len(sample) / 2
    return max(zeros_even, zeros_odd) > 0.3 * half and min(zeros_even, zeros_odd) < 0.05 * half


def _check_text(text: str, source: str) -> str:
    controls = sum(1 for ch in text if unicodedata.category(ch) in ("Cc", "Cs", "Co")
                   and ch not in "\n\r\t\f")
    if controls > max(3, len(text) // 100):
        raise BinaryInput(f"binary data ({controls} control characters), not text", path=source)
    return text.replace("\x00", "")


def _article_from_html(html: str, source: str) -> tuple[str, str | None]:
    import trafilatura

    result = trafilatura.bare_extraction(html, include_comments=False, include_tables=False,
                                         with_metadata=True, favor_precision=True)
    if result is None or not getattr(result, "text", None):
        raise NoArticleText("no article text found in the HTML", path=source)
    text = unicodedata.normalize("NFC", result.text.replace("\r\n", "\n"))
    return text, (result.title or None)


def detect_language(text: str) -> str:
    """Script-based: Cyrillic letters make a Russian text, Latin ones an English text."""
    cyr = len(re.findall(r"[а-яёА-ЯЁ]", text))
    lat = len(re.findall(r"[a-zA-Z]", text))
    return "ru" if cyr > lat else "en"


def paragraphs(text: str) -> list[Span]:
    """Non-empty lines, stripped of surrounding blanks."""
    spans = (_strip(text, Span(m.start(), m.end())) for m in re.finditer(r"[^\n]+", text))
    return [s for s in spans if s.end > s.start]


_MONTH_NAMES = "|".join(sorted(merged("MONTHS"), key=len, reverse=True))
_BYLINE_RE = re.compile(rf"(?:(?:{alternation('BYLINE')})\s+)?[A-ZА-ЯЁ][a-zа-яё]+(?:\s+[A-ZА-ЯЁ]\.)?\s+[A-ZА-ЯЁ][a-zа-яё\-]+")
# The small words inside a person's name ("Ines da Mottra", "Joost van der Heyl"): the name connectors that join no
# phrase (no complement word, conjunction, article or preposition) and are words
NAME_PARTICLES = set(joined("NAME_CONNECTORS")) - {w.lower() for w in joined("ORG_COMPLEMENT_WORDS")
                                                   + joined("CONJUNCTIONS") + joined("DEFINITE_ARTICLES")
                                                   + joined("PREPOSITIONS")} - {"&", "-", "–"}
# a byline's longer form: its cue, then only names' words and their particles ("By Ana de la Vega Harbour News")
_NAMED_BYLINE_RE = re.compile(rf"(?:{alternation('BYLINE')})\s+[A-ZА-ЯЁ][\w'’\-]*"
                              rf"(?:\s+(?:(?:{one_of(NAME_PARTICLES)})|[A-ZА-ЯЁ][\w'’\-]*)){{1,7}}")
_BOILER_RE = re.compile(rf"^\W*(?:{alternation('BOILERPLATE_LINE')})\b", re.I)
# a cue announcing other pages alone on its line ("ALSO READ", "Tags") once the article has begun: a heading over a
# run of lines without a sentence's stop under it (headlines of other articles, tags, buttons), all furniture
_TEASER_HEADING_RE = re.compile(rf"^\W*(?:{alternation('TEASER_CUES')})\W*$", re.I)
_TRAILER_RE = re.compile(rf"^\W*(?:{alternation('TRAILER_HEADING')})\W*$", re.I)
# the call-out is a line of its own ("Found a typo? Select it …", «Нашли ошибку»), not a sentence that opens with its
# words («Нашли ошибку в бюджете депутаты …»): its words end at a question, an exclamation or the line's end
_ARTICLE_END_RE = re.compile(rf"^\W*(?:{alternation('ARTICLE_END_CALLOUTS') or '(?!)'})(?:\s+[^\W\d]+){{0,3}}\s*(?:[?!]|\W*$)",
                             re.I)


_FURNITURE_RE = re.compile(rf"^[^\w©]*?(?:{alternation('FURNITURE_OPENERS')})(?!\w)", re.I)
_HEADING_RE = re.compile(rf"^\W*(?:{alternation('FURNITURE_HEADINGS')})\W*$", re.I)
_CALLOUT_RE = re.compile(alternation("READER_CALLOUTS"), re.I)
_WIDGET_RE = re.compile(rf"^\W*(?:{alternation('WIDGET_HEADINGS')})\W*$", re.I)
WIDGET_PARAGRAPHS = 8      # a widget's block (a poll's question and answers, a quotation and its author) is short
# A site's section before the headline or the lede, a bar after it: "Politics | The council voted …"
_SECTION_BAR_RE = re.compile(r"[^\W\d_]+(?:[ \t]+[^\W\d_]+){0,2}[ \t]+\|[ \t]+(?=\S)")
# A menu's or a widget's item over the article: a bullet and a few words ("• Cargo Rates"), or a field with its figure
# ("• Rating: 4.5", "• Rate: ZLT 4.12", "• 3 min. read"); its line ends in no sentence's stop
# The pictographs a channel's post marks its lines with ("💬", "🎙", "⚡️"): no word of what follows.
PICTOGRAPHS = "\u2190-\u21ff\u2300-\u23ff\u2600-\u27bf\u2b00-\u2bff\ufe0f\u200d\U0001f000-\U0001faff"
_MENU_ITEM_RE = re.compile(r"[•·▪►][ \t]*(?P<label>[^\n]{1,60})(?<![.!?…])")
MENU_RUN = 2               # so many items together make a menu
# Links run together at a paragraph's end, each glued to the word before ("…the derby»Jane RoeRead us
# onNewsHubDailyFeedShow all"): a capital right after a small letter or a closing mark, again and again to the end.
_GLUE_RE = re.compile(r"(?<=[a-zа-яё»”\")])(?=[A-ZА-ЯЁ][a-zа-яё])")
GLUED_LINKS = 3            # so many glued capitals in one word: no name is spelt so ("QuayPay", "iPhone")
GLUED_LINK_GAP = 40        # characters from one glued capital to the next, or to the paragraph's end
GLUED_LINKS_WINDOW = 300   # characters read back from a paragraph's end, for linearity
# Inside a line: "(opens in new window)", a wire's story code "[nABC12345]", a source's link "example.org »".
_LINK_NOTE_RE = re.compile(rf"(?:[(\[] ?)?(?:{alternation('LINK_NOTES')})(?: ?[)\]])?"
                           r"|\[(?=[^\]\s]{0,40}\d)(?=[^\]\s]{0,40}[A-Za-z])[^\]\s]{6,40}\]"
                           # an aggregator's link to the site it took the story from, after the last sentence
                           r"|(?<=[.!?…»\"”] )(?:[\w\-]+\.)+[^\W\d_]{2,6}[ \t]*[»›](?=[ \t]*(?:\n|$))"
                           # an embedded post's links after its last sentence, over its signature's line
                           rf"|(?<=[.!?…»\"”] ){POST_LINK}(?:[ \t]+{POST_LINK})*(?=[ \t]*(?:\n|$))", re.I)
# Inside a line: a wire correspondent's credit between slashes, "/Corr. AGENCY Jane Roe/."; its agency is the publisher.
_WIRE_CREDIT_RE = re.compile(rf"/\s*(?:{alternation('WIRE_CREDIT')})\s*(?P<agency>[^\W\d_][\w\-]*)(?:\s+[^/\n]{{1,40}})?/\.?",
                             re.I)
# A wire's staff credit in brackets closing a paragraph: "… on Monday. (Reporting by Jane Roe; Editing by John Doe)".
_STAFF_CREDIT_RE = re.compile(rf"\(\s*(?:{alternation('STAFF_CREDITS')})\s[^()\n]{{1,240}}\)$", re.I)
# and on a line of its own, no brackets: "Additional reporting by Jane Roe."
_STAFF_CREDIT_LINE_RE = re.compile(rf"\W*(?:{alternation('STAFF_CREDITS')})\s+(?-i:[A-ZА-ЯЁ])[^.!?\n]{{0,120}}\.?\s*",
                                   re.I)
STAFF_CREDIT_WINDOW = 300  # characters read back from a paragraph's end: the credit, and linear
# A masthead's line: the outlet's city and its founding date ("Lindholm, Ruritania  Est. May 1, 1883").
_FOUNDED_RE = re.compile(rf"\b(?:{alternation('FOUNDED')})\s*(?:(?:{_MONTH_NAMES})\.?\s+\d{{1,2}},?\s+)?(?:1[5-9]|20)\d\d"
                         rf"(?:\s*(?:{alternation('YEAR_SUFFIXES')}))?\W*$", re.I)
MASTHEAD_WORDS = 10        # a masthead's line is a few words
# "... PHOTO: AGENCY", "(Image: Jane Roe)", "AGENCY/Jane Roe", "AGENCY/Jane Roe/St. Vell Herald", "AGENCY/St. Vell
# Police" (an abbreviation's stop inside), "... on Monday.Jane Roe/Agency", "... [Agency]",
# "... (Coastal Wire File Photo)", "... Illustrative photo (Coastal Wire)", "... Jane Roe/Handout via WIRE": the
# credit that ends a caption (a photographer's name before the agency only after a sentence, not "Upper Vale/Lowland"),
# also a body's after the article ("… Photo by the Mayor's Press Office")
_ARTICLES = "|".join(joined("DEFINITE_ARTICLES"))
_CREDIT_RE = re.compile(rf"\b(?:{alternation('CREDIT_WORDS')})(?:\s*:|\s+by\b)\s*(?:(?:{_ARTICLES})\s+)?"
                        r"(?-i:[A-ZА-ЯЁ])[^.!?:]{0,60}\W*$"
                        r"|(?-i:\b[A-Z]{2,}(?: Photo)?\s*/\s*[A-Z][a-z\-]+\.? [A-Z][\w\-]+(?: [A-Z][\w\-]+){0,2}"
                        r"(?:\s*/\s*[A-Z][\w\-]*\.?(?: [A-Z][\w\-]*){0,3})?)\W*$"
                        r"|(?-i:(?:(?<=[.!?\"”»(])|(?<=[.!?\"”»] ))[A-Z][a-z\-]+ [A-Z][\w\-]+\s*/\s*[A-Z][\w&\-]*(?: [A-Z][\w\-]*)?"
                        r"(?:\s*/\s*[A-Z][\w\-]*(?: [A-Z][\w\-]*)?)?)\W*$"
                        r"|(?-i:\[[A-ZА-ЯЁ][\w&.\-]*(?:[ /][A-ZА-ЯЁ][\w&.\-]*){0,3}\])\s*$"
                        rf"|\((?-i:[A-ZА-ЯЁ][\w&.'’\-]*\s+){{1,3}}(?:file\s+)?(?:{alternation('CREDIT_WORDS')})\)\W*$"
                        rf"|\b(?:{alternation('CREDIT_WORDS')})\s*\((?-i:[A-ZА-ЯЁ])[^()\n]{{0,40}}\)\W*$"
                        rf"|/\s*(?-i:[A-Z])[^/\n]{{0,40}}?(?:/\s*|\s)(?:{alternation('CREDIT_VIA')})"
                        r"\s+(?-i:[A-Z][\w&\-]*)(?: (?-i:[A-Z][\w\-]*))?\W*$", re.I)
# a caption closed by a credit that is a site's address or account ("Photo: example.org", "Фото: instagram/velmar_fc") or
# an agency with its site in brackets ("Credit: Norpress (www.norpress.com)")
_WEB_CREDIT_RE = re.compile(rf"\b(?:{alternation('CREDIT_WORDS')})\s*:\s*(?:(?:[\w\-@]{{1,40}}[./]){{1,6}}[\w\-@]{{1,40}}/?"
                            r"|(?-i:[A-ZА-ЯЁ])[^.!?:()\n]{0,40}\((?:https?://)?(?:www\.)?[\w\-]{1,40}(?:\.[\w\-]{1,40}){1,4}/?\))"
                            r"\W*$", re.I)
# A credit in brackets closing a paragraph ("… on Monday. (Photo by Jane Roe/Coastal Wire)", "(Фото: Иван Петров)",
# "(CW Photo/Jane Roe, File)", the agency before its credit word and the photographer after a slash): the paragraph is
# a caption, however many sentences a wire's caption runs to.
_BRACKETED_CREDIT_RE = re.compile(rf"\(\s*(?:(?:(?:{alternation('CREDIT_WORDS')})(?:\s*:|\s+by\b)"
                                  rf"|(?-i:[A-ZА-ЯЁ][\w&.\-]*\s+){{1,3}}(?:{alternation('CREDIT_WORDS')})\s*/)"
                                  r"[^()\n]{1,80}"
                                  # the photographer and the outlet the picture was made for: "(Jane Roe for The Quay)"
                                  rf"|(?-i:[A-ZА-ЯЁ][\w.'’\-]*(?:\s+[A-ZА-ЯЁ][\w.'’\-]*){{1,3}})\s+(?:{alternation('CREDIT_FOR')})"
                                  r"\s+(?:\w+\s+)?(?-i:[A-ZА-ЯЁ«\"])[^()\n]{0,60}"
                                  # the photographer, the agency and the wire that relayed the picture: "(Jane Roe/CW via WIRE)"
                                  r"|(?-i:[A-ZА-ЯЁ][\w.'’\-]*(?:\s+[A-ZА-ЯЁ][\w.'’\-]*){1,3})\s*/\s*(?-i:[A-ZА-ЯЁ])[^()/\n]{0,40}?"
                                  rf"\s(?:{alternation('CREDIT_VIA')})\s+(?-i:[A-ZА-ЯЁ])[^()\n]{{0,40}}"
                                  # the agencies of a picture, only their letters between slashes: "(ABC/DEFG/HIJ)"
                                  r"|(?-i:[A-ZА-ЯЁ]{2}[\w&\-]*+(?:\s*/\s*[A-ZА-ЯЁ]{2}[\w&\-]*+){1,4}))\s*\)\W*$", re.I)
BRACKETED_CAPTION_WORDS = 120
# A caption of one sentence closed by its agency alone after a dash or in brackets: "… at the quay. - AP",
# "… in Vellport on Monday. (Reuters)"; a wire story's dateline opens with its agency, a caption ends with it
_AGENCY_CREDIT_RE = re.compile(rf"[^.!?…\n]+[.!?…]\s+(?:[-–—―]\s*(?-i:{alternation('CAPTION_AGENCIES')})"
                               rf"|\((?-i:{alternation('CAPTION_AGENCIES')})\))\s*")
_CAPTION_OPENER_RE = re.compile(rf"\W*(?:{alternation('CAPTION_OPENERS')})", re.I)
OPENED_CAPTION_WORDS = 80  # a wire's caption runs to a few sentences
# a picture's file name opening a paragraph, which a page left before the picture's caption: "0806-quay.jpg Jane Roe …"
_IMAGE_FILE_OPENER_RE = re.compile(r"\W*[\w.-]+\.(?:jpe?g|png|gif|webp|tiff?)\s", re.I)
# A byline with its authors' addresses ("By Jane Roe and Jon Vell jane.roe@example.com …"), wherever it stands.
_BYLINE_OPENING_RE = re.compile(rf"\W*(?:{alternation('BYLINE')})\s+(?-i:[A-ZА-ЯЁ])", re.I)
_EMAIL_RE = re.compile(r"(?<![\w.\-])[\w.\-]+\s?@\s?[\w\-]+(?:\.[\w\-]+)*\.[^\W\d_]{2,}")
BYLINE_BLOCK_WORDS = 60   # the names, their addresses and a line on who reported from where
# A credit on a line of its own ("Image: AGENCY/Jane Roe"), under the caption it belongs to.
_CREDIT_LINE_RE = re.compile(rf"\W*(?:{alternation('CREDIT_WORDS')})\s*(?::|\bby\b)", re.I)
# a credit line the other way round, the name before its credit word: "Coastal Wire photo", "Jane Roe Photos"
_CREDIT_AFTER_NAME_RE = re.compile(rf"(?-i:[A-ZА-ЯЁ])[\w.&'’ \-]{{0,40}}\s(?:{alternation('CREDIT_WORDS')})", re.I)
CREDIT_AFTER_NAME_WORDS = 5
# a caption closed by its credit after a slash, no stop: "The harbour at dawn / Coastal Wire"
_SLASH_CREDIT_RE = re.compile(r"[^.!?…\n]+?\s/\s*(?:[A-ZА-ЯЁ][\w.&'’\-]*\s?){1,4}")
SLASH_CAPTION_WORDS = 25
# links to a picture under its caption, in brackets: "(Enlarge photo)(More photos)"
_PICTURE_LINKS_RE = re.compile(rf"(?:\(\s*[^()\n]{{0,30}}?\b(?:{alternation('CREDIT_WORDS')})\b[^()\n]{{0,20}}\)\s*)+", re.I)
# A field of the page on its line: "ID : 4821", "Hits: 12", "Tags:" (its value on the next line), never a speaker's label
_FIELD_RE = re.compile(rf"[^\w\n]{{0,3}}(?:{alternation('PAGE_FIELDS')})[ \t]*:[ \t]*(?P<value>[^\n]{{0,80}})", re.I)
# The field naming the author ("Author: Jane Roe"): under the article's text, the author's box opens with it.
_AUTHOR_FIELD_RE = re.compile(rf"[^\w\n]{{0,3}}(?:{alternation('AUTHOR_FIELDS')})[ \t]*:", re.I)
AUTHOR_BOX_PARAGRAPHS = 4  # the box is short: a bio, a function, an address
AUTHOR_BOX_WORDS = 60      # each of them a few sentences at most
ARTICLE_PARAGRAPHS = 3     # paragraphs of sentences before it that make an article, not a headline and its deck
CREDIT_LINE_WORDS = 8      # a credit line is a few names
LABEL_VALUE_WORDS = 8      # and so is the value under a furniture label ("Source:", "Photo:")
CAPTION_WORDS = 40         # a caption is one sentence of at most so many words
REPEAT_WORDS = 8           # a paragraph of so many words printed again word for word is the page's repeat
_COOKIE_RE = re.compile(alternation("COOKIE_NOTICE"), re.I)
_SHARE_WORDS = frozenset(joined("SHARE_WORDS"))
_LANGUAGE_CODES = frozenset(joined("LANGUAGE_CODES"))
_SIGNATURE_RE = re.compile(rf"\b(?:{alternation('SIGNATURE_HEADS')})", re.I)
_PRINT_RE = re.compile(alternation("PRINT_CITATIONS"), re.I)
_DOMAIN_RE = re.compile(r"\W*(?:www\.)?\w[\w\-]*(?:\.\w[\w\-]*)*\.[^\W\d_]{2,6}\W*")
_ADDRESS_RE = re.compile(r"\W*(?:https?://|www\.)\S+")
_CODE_RE = re.compile(r"[a-z]{2,5}(?:[-/][a-z]{2,5}){1,5}")   # a wire desk's signature: "abc-de/fg"


def split_boilerplate(text: str) -> tuple[list[Span], list[Span]]:
    """Separate article paragraphs from site furniture by general rules.

    A paragraph is boilerplate when it starts with a furniture cue and is short
    ("Read more", "Photo: ...", "Editing by ..."), when it repeats the first
    line (a headline printed twice), when it follows a heading such as "You
    may also like" or "Contacts" that introduces other articles or contacts,
    when it is a photo caption ending in its credit or over a credit line, a paragraph of the article
    printed again word for word, a call to subscribe or
    follow, a cookie notice, a row of share buttons, a page's address, one word alone over or under the
    article (a section, a tag), or no words at all. Link
    notes inside a line ("opens in new window") are cut out of it. A byline,
    a print-edition citation or an office signing off, after the last
    sentence, is boilerplate too.
    """
    pieces, boiler = _without_link_notes(text, paragraphs(text))
    if pieces and (stamp := _STAMP_RE.match(text, pieces[0].start, pieces[0].end)) and stamp.end() < pieces[0].end:
        boiler.append(_strip(text, Span(pieces[0].start, stamp.end())))   # "date 2031-03-04 Quay opens …"
        pieces[0] = Span(stamp.end(), pieces[0].end)
    if len(pieces) > 1 and _window_title(text[pieces[0].start:pieces[0].end], text[pieces[1].start:pieces[1].end]):
        boiler.append(pieces.pop(0))            # "Outlet - Headline" over "Headline": the page's window title
    body: list[Span] = []
    first = _norm(text[pieces[0].start:pieces[0].end]) if pieces else ""
    trailer = fenced = labelled = teasers = begun = False   # begun: a sentence of the article has come
    last_article_line = max((k for k, q in enumerate(pieces) if _article_line(text[q.start:q.end])), default=-1)
    widget = 0                                    # paragraphs a sidebar widget's block may still hold
    seen: dict[str, int | None] = {}             # the article's longer paragraphs so far, by where they stand in body
    headed: set[str] = set()                    # of those, the ones over the body's first sentence (a headline?)
    for i, p in enumerate(pieces):
        chunk = text[p.start:p.end]
        if not begun and (bar := _SECTION_BAR_RE.match(chunk)) and "|" not in chunk[bar.end():] \
                and len(chunk[bar.end():].split()) >= SENTENCE_WORDS:
            boiler.append(_strip(text, Span(p.start, p.start + bar.end())))   # "Politics | The council voted …"
            p = Span(p.start + bar.end(), p.end)
            chunk = text[p.start:p.end]
        words = len(chunk.split())
        value, labelled = labelled and words <= LABEL_VALUE_WORDS, False
        teaser, teasers = teasers and not _SENTENCE_STOP_RE.search(chunk), False
        if chunk.startswith("```"):              # a Markdown code fence opens or closes
            fenced = not fenced
            boiler.append(p)
        elif fenced or trailer or value:         # "Agency and staff" under a line "Source:"
            boiler.append(p)
        elif widget:                             # a widget's block ends at the first blank line under its text
            boiler.append(p)
            widget = widget - 1 if i + 1 < len(pieces) and text.count("\n", p.end, pieces[i + 1].start) < 2 else 0
        elif _WIDGET_RE.match(chunk):            # "Poll", "Quote of the day": a sidebar's widget
            boiler.append(p)
            widget = WIDGET_PARAGRAPHS
        elif not begun and _menu(text, pieces, i):
            boiler.append(p)                    # over the article: a site's menu, and the line over it
        elif words >= REPEAT_WORDS and _norm(chunk) in seen:
            # a paragraph the page prints again (a caption, a block repeated): the copy that ends as a sentence is
            # the article's, one without its stop a deck or a teaser over it; with no stop in either, a headline
            # printed again over the body and in it, no copy the article's (but the first line, which the page's
            # title is read from); a pull quote printed twice keeps one copy
            earlier = seen[_norm(chunk)]
            stopped = _SENTENCE_STOP_RE.search(chunk)
            headline = _norm(chunk) in headed and not _OPENS_QUOTE_RE.search(chunk)
            if earlier is not None and (stopped or earlier > 0 and headline) \
                    and not _SENTENCE_STOP_RE.search(text[body[earlier].start:body[earlier].end]):
                boiler.append(body.pop(earlier))
                seen = {k: v - 1 if v is not None and v > earlier else v for k, v in seen.items()}
                seen[_norm(chunk)] = None
                (body if stopped else boiler).append(p)
            else:
                boiler.append(p)
        elif (_TRAILER_RE.match(chunk) or _HEADING_RE.match(chunk) or _ARTICLE_END_RE.match(chunk)) and i > 0:
            trailer = begun                     # over the article ("Leave a comment" under the headline) it ends nothing
            boiler.append(p)
        elif teaser:                             # a headline under "Read also", up to the article's next sentence
            boiler.append(p)
            teasers = True
        elif _page_field(chunk):
            boiler.append(p)
            labelled = chunk.rstrip().endswith(":")
            trailer = _author_box(text, chunk, body, pieces[i + 1:])
        elif (_BOILER_RE.match(chunk) or _FURNITURE_RE.match(chunk)) and (words <= 25 or ":" in chunk[:40]) \
                and not _cue_opens_a_sentence(chunk, words):
            boiler.append(p)
            labelled = words <= 3 and chunk.rstrip().endswith(":")   # a label whose value is the next line
            teasers = begun and bool(_TEASER_HEADING_RE.match(chunk))   # over the article: its headline follows
        elif _DATED_POST_LINK_RE.fullmatch(chunk) and (i > last_article_line or _dated_headlines(text, pieces, i)):
            boiler.append(p)                    # "- Quay opens in Nordport - March 3, 2031": the site's other posts
            teasers = begun                     # and the items under it, up to the article's next sentence
        elif i > 0 and first and len(first) > 15 and _norm(chunk).startswith(first) and \
                len(_norm(chunk)) - len(first) < 20:
            boiler.append(p)
        elif (i <= 2 or i == len(pieces) - 1) and _BYLINE_RE.fullmatch(chunk) \
                or (not begun or i == len(pieces) - 1) and _NAMED_BYLINE_RE.fullmatch(chunk):
            boiler.append(p)                    # a byline: "By John Doe", "Анна Ветрова", "By Ana de la Vega Vell News"
        elif _is_furniture(chunk, words) or (i > 0 and _captions(chunk, words, text, p.end, pieces[i + 1:i + 2])):
            boiler.append(p)
        elif not begun and i + 1 < len(pieces) and _a_label(chunk, text[pieces[i + 1].start], marked=True):
            boiler.append(p)                    # over the article: the site's section, a button
        else:
            body.append(p)
            begun = begun or bool(_SENTENCE_END_RE.search(chunk))
            if words >= REPEAT_WORDS:
                seen[_norm(chunk)] = len(body) - 1
                if not begun:
                    headed.add(_norm(chunk))
    boiler.extend(_tables(text, body))
    boiler.extend(_sentences_again(text, body))
    if len(body) > 1 and _writer_bio(text, body):
        boiler.append(body.pop())               # the page's last paragraph: the writer's bio
    while len(body) > 1 and (_signs_off(text[body[-1].start:body[-1].end])
                             or _a_label(text[body[-1].start:body[-1].end], "")):
        boiler.append(body.pop())               # under it: a signature, a byline, a tag
    body = _join_broken_lines(text, body)      # a hard-wrapped paragraph's lines are no run of headlines
    boiler.extend(_headline_list(text, body))
    return _run_in_turns(text, body), sorted(boiler, key=lambda s: s.start)


# A transcript's speaker label at the start of a paragraph: "JANE ROE:", "Roe:", "Q:"
_TURN_LABEL_RE = re.compile(r"(?P<label>[A-ZА-ЯЁ][\w.’'\-]*(?:[ \t]+[\w.’'\-]+){0,4}):[ \t]")
TURN_LABELS = 2      # a transcript: at least so many speakers' labels open paragraphs
# such a label after a sentence's end, not after an initial's stop ("Й. ВЕЛЛ:" is one label)
_RUN_IN_RE = re.compile(r"(?<=[.!?…\"”»])(?<!\b[A-ZА-ЯЁ]\.)\s+(?=%s)" % _TURN_LABEL_RE.pattern)
# nor after a title's stop: "Mr. ROE:", "Prof. ROE:" are one label
_TITLE_WORDS = "|".join(map(re.escape, joined("HONORIFICS") + joined("TITLE_ABBREVIATIONS")))
_TITLE_STOP_RE = re.compile(rf"(?<!\w)(?:{_TITLE_WORDS})\.$", re.I)
TITLE_REACH = 8      # characters before a run-in label read for a title's abbreviation


def _run_in_turns(text: str, body: list[Span]) -> list[Span]:
    """Paragraphs cut where the page lost the line break before a speaker's turn: a label that opens another
    paragraph of a transcript standing after a sentence's end ("… What now?   JANE ROE: We wait."). A transcript
    printed on one line has its labels after sentences' ends: one met there twice is a label too, and then so is
    any other there of capitalised words ("Jane Roe:" once, among "Jon Vell:" twice)."""
    labels = {m.group("label") for p in body if (m := _TURN_LABEL_RE.match(text, p.start, p.end))}
    run_in = Counter(m.group("label") for m in _run_ins(text, body))
    labels |= {label for label, times in run_in.items() if times > 1}
    if len(labels) < TURN_LABELS:
        return body
    labels |= {label for label in run_in if all(word[:1].isupper() for word in label.split())}
    out: list[Span] = []
    for para in body:
        start = para.start
        for m in _run_ins(text, [para]):
            if m.group("label") in labels:
                out.append(Span(start, m.start()))
                start = m.end()
        out.append(Span(start, para.end))
    return out


def _run_ins(text: str, body: list[Span]) -> list[re.Match]:
    """The run-in labels of ``body``'s paragraphs (``_RUN_IN_RE``), less those after a title's stop."""
    return [m for p in body for m in _RUN_IN_RE.finditer(text, p.start, p.end)
            if not _TITLE_STOP_RE.search(text, max(p.start, m.start() - TITLE_REACH), m.start())]


# A line the page broke inside its sentence (a hard wrap, an editor's break before the said-tag) goes on in the next.
_BARE_STOP_RE = re.compile(r"[.!?…:;]$")                  # a sentence's stop, a heading's colon, a list item's end
_QUOTE_COMMA_RE = re.compile(r"(?:,[\"”»]|[\"”»],)$")     # a quotation closed by a comma: its said-tag comes next
_TAG_VERB_END_RE = re.compile(r"[\"”»][,.!?…]?\s*[—―–-]\s*[a-zа-яё]+$")   # "«…», — сказал": the speaker comes next
_LOWER_WORD_RE = re.compile(r"[a-zа-яё]+(?:-[a-zа-яё]+)*(?![\w])")   # a word in lower case ("iPhone" is a name)
_DASH_TAG_RE = re.compile(r"[—―–-]\s*[a-zа-яё]+(?![\w])")          # "- напомнил X", "— added X": a said-tag
_BEFORE_TAG_RE = re.compile(r"(?:,|[\"”»][.!?…]?|[.!?…][\"”»])$")   # what a said-tag after a dash follows, not a heading
_OPENS_QUOTE_RE = re.compile(r"[\"“«„]")
_LINE_END_WORD_RE = re.compile(rf"(?<![\w\-.])(?:{'|'.join(joined('LINE_END_WORDS'))})$", re.I)   # "… by the"
_CONNECTOR = "|".join(re.escape(w) for w in joined("NAME_CONNECTORS") if w.isalpha())
# A name the break would fall inside: a capitalised word, then connectors, over the break, then a capitalised word
# ("the Central Bank of\nthe Republic of Ruritania"); names are read on one line, so such a break is kept.
_NAME_BEFORE_BREAK_RE = re.compile(rf"(?<!\S)[{capitals()}]\S*(?:\s+(?:{_CONNECTOR}))*$")
_NAME_AFTER_BREAK_RE = re.compile(rf"(?:(?:{_CONNECTOR})\s+)*[{capitals()}]")
LINE_WORDS = 3       # a line of running text has so many words at least (not "twitter", "true", a menu's item)
TAG_WORDS = 12       # a tag in a line of its own opening with a name is short ("X said."; not "According to X, …")
TAG_GAP = 3          # line breaks a quotation closed by a comma may stand from its tag ("…,”", a blank line, "X said.")


def _join_broken_lines(text: str, body: list[Span]) -> list[Span]:
    """Paragraphs of ``body`` joined where a line breaks off inside its sentence and the next line goes on with it,
    one span over both (the text and its offsets stay as they are): the next line opens with a word in lower case
    after a line with no stop ("… the embassy\\nstaff", "… было бы,\\nдобавила X"), or with a dash and such a word,
    a said-tag, after a quotation or a line with no stop ("…»,\\n- напомнил X"); after a quotation closed by a comma
    the tag comes next, whatever its case, even over a blank line ("…,\"\\n\\nX said."); after a tag's verb, its
    speaker ("…», – сказал\\nX."); a figure after a word no sentence ends with ("… raised to\\n12 percent"); in a
    hard-wrapped text (``_wrap_width``), any line the wrapper broke (``_wrapped``), whatever the next word.
    Sentences are cut at their stops, not at the page's line breaks."""
    width = _wrap_width(text, body)
    out: list[Span] = []
    for para in body:
        if out and (_goes_on(text, out[-1], para) or (width and _wrapped(text, out[-1], para, width))):
            out[-1] = Span(out[-1].start, para.end)
        else:
            out.append(para)
    return out


# A hard-wrapped text (wire copy, a plain-text e-mail, a PDF pasted as text) breaks every line of a paragraph at one
# width, wherever the next word would not fit, whatever that word is ("… made by Jane Roe, chief\nEngineer of …",
# "… should not\n“give way …”"); a heading, a byline, a list item or a paragraph's last line ends short of it.
WRAP_LINES = 4        # lines of a paragraph broken near one width that show a text is hard-wrapped
WRAP_MAX = 132        # characters: a longer line is a paragraph of its own (an epigraph, a link), not a wrapped line
WRAP_NEAR = 0.8       # a line broken at the width fills at least this share of it
WRAP_SHARE = 0.5      # share of the lines near the width that a sentence goes on from (a page of one-line
                      # paragraphs ends nearly every line with a stop) and of the lines followed by another that
                      # come near the width (not a menu's items)
WRAP_OUTLIERS = 4     # lines near the width for each longer line (an epigraph, a title, a link) a wrapped text has
_LIST_ITEM_RE = re.compile(r"\s*(?:[-*•·▪►–—]|\d{1,3}[.)]|[a-zа-я][.)])\s")   # "- item", "2. item", "b) item"


def _raw_line(text: str, span: Span) -> str:
    """The page's line a span ends on, with its indentation: the wrapper counted it."""
    return text[text.rfind("\n", 0, span.end) + 1:span.end]


def _single_break(text: str, before: Span, after: Span) -> bool:
    between = text[before.end:after.start]
    return between.count("\n") == 1 and not between.strip()


def _wrap_width(text: str, body: list[Span]) -> int | None:
    """The width a hard-wrapped text was broken at, else None: the longest length of the lines followed by another
    line of their paragraph such that as many of those lines come near it as fall short of it, most of those near
    it break off inside a sentence, and few are longer (an epigraph, a title, a link over the wrapped text)."""
    lines = [_raw_line(text, a).rstrip() for a, b in zip(body, body[1:]) if _single_break(text, a, b)]
    # a line closed by a colon is a label or a heading over its own lines ("Jane Roe (00:41):"), not one wrapped
    lines = [line for line in lines if len(line) <= WRAP_MAX and not line.endswith(":")]
    for width in sorted({len(line) for line in lines}, reverse=True):
        near = [line for line in lines if WRAP_NEAR * width <= len(line) <= width]
        if len(near) < WRAP_LINES:
            continue
        longer = sum(1 for line in lines if len(line) > width)
        shorter = sum(1 for line in lines if len(line) < WRAP_NEAR * width)
        running_on = sum(1 for line in near if not _SENTENCE_STOP_RE.search(line))
        if longer * WRAP_OUTLIERS <= len(near) and len(near) >= WRAP_SHARE * (len(near) + shorter) \
                and running_on >= WRAP_SHARE * len(near):
            return width
    return None


def _wrapped(text: str, before: Span, after: Span, width: int) -> bool:
    """A line of a hard-wrapped text that the next one goes on: one line break between them, the next line no list
    item, this line no longer than the width, and the next line's first word would not have fit on it (so the
    wrapper, not the writer, broke it there), or it comes near the width with no stop at its end (a wrapper that
    keeps a margin, a width a longer line overstates)."""
    if not _single_break(text, before, after) or _LIST_ITEM_RE.match(text, after.start, after.end):
        return False
    line = _raw_line(text, before).rstrip()
    if len(line) > width:
        return False                            # a line of its own over the wrapped text: an epigraph, a title
    first_word = text[after.start:after.end].split(None, 1)[0]
    return len(line) + 1 + len(first_word) > width \
        or (len(line) >= WRAP_NEAR * width and not _BARE_STOP_RE.search(line) and not _SENTENCE_STOP_RE.search(line))


_LETTERS_RE = re.compile(r"[^\W\d_]+")


def _in_capitals(line: str) -> bool:
    """A cable's line, every word in capitals: where its sentence goes on, the next line in capitals goes on with it
    as a line in lower case would (a heading's line closes with a dash or a colon, a stop closes a sentence)."""
    words = _LETTERS_RE.findall(line)
    return bool(words) and all(w.isupper() for w in words)


def _goes_on(text: str, before: Span, after: Span) -> bool:
    between = text[before.end:after.start]
    if between.strip() or "\n" not in between:
        return False
    breaks = between.count("\n")
    line = text[before.start:before.end].rsplit("\n", 1)[-1].rstrip()
    nxt = text[after.start:after.end]
    if _QUOTE_COMMA_RE.search(line):
        return breaks <= TAG_GAP and not _OPENS_QUOTE_RE.match(nxt) \
            and (not nxt[:1].isupper() or len(re.split(r"[.!?…]", nxt, 1)[0].split()) <= TAG_WORDS)
    if breaks > 1 and not line.endswith(","):
        return False
    if _TAG_VERB_END_RE.search(line):
        return breaks == 1 and nxt[:1].isupper()
    if _DASH_TAG_RE.match(nxt):
        return bool(_BEFORE_TAG_RE.search(line)) and len(nxt.split()) >= 2
    if _LINE_END_WORD_RE.search(line) and len(line.split()) >= LINE_WORDS and nxt[:1].isdigit():
        return breaks == 1      # a figure; a name is not joined over the break, as names are read on one line
    # a line in capitals closed by a colon is a speaker's label or a heading, not the cable's sentence going on
    in_capitals = _in_capitals(line) and _in_capitals(nxt.split("\n", 1)[0]) and not nxt.rstrip().endswith(":")
    if _NAME_BEFORE_BREAK_RE.search(line) and _NAME_AFTER_BREAK_RE.match(nxt) and not in_capitals:
        return False
    return bool(_LOWER_WORD_RE.match(nxt) or in_capitals) \
        and not _BARE_STOP_RE.search(line) and not _SENTENCE_STOP_RE.search(line) and len(line.split()) >= LINE_WORDS \
        and (len(nxt.split()) >= 2 or bool(_SENTENCE_STOP_RE.search(nxt)))


# The end of a sentence inside a paragraph: its stop, the marks that close it, then a space or the paragraph's end.
_PIECE_END_RE = re.compile(r"[.!?…][»\"”’)\]]*(?=\s|$)")


# A page's date stamp set before its first words: a label word in lower case (not a dateline's place), an ISO date
# ("date 2031-03-04 Quay opens …").
_STAMP_RE = re.compile(r"\s*[a-zа-яё]{1,12}:?[ \t]+\d{4}-\d\d-\d\d\s+(?=\S)")


def _sentences_again(text: str, body: list[Span]) -> list[Span]:
    """Text the page prints a second time, cut out of ``body`` and returned: a paragraph printed again inside a later
    one (a deck again as the article's first sentences, again after its dateline "Lindholm, March 3: …"), and a
    later paragraph every sentence of which was printed before (a block repeated under a timestamp), its last perhaps
    cut short without its stop (the page's copy broken off). The first copy is the article's. Only paragraphs of
    ``REPEAT_WORDS`` words or more count; a sentence repeated inside a paragraph that goes on differently (a
    summary, then the statement it summed up) stays."""
    seen: set[str] = set()                      # every sentence so far, by its words
    decks: dict[str, list[str]] = {}            # paragraphs so far, by their first words
    cut: list[Span] = []
    kept: list[Span] = []
    for para in body:
        tokens = list(re.finditer(r"\w+", text[para.start:para.end]))
        words = [t.group().casefold() for t in tokens]
        ends = [m.end() - para.start for m in _PIECE_END_RE.finditer(text, para.start, para.end)]
        starts = [t.start() for t in tokens]
        bounds = [bisect_left(starts, end) for end in ends]     # the first word of each next sentence
        sentences = [" ".join(words[a:b]) for a, b in zip([0, *bounds], bounds)]
        stopped = bool(ends) and ends[-1] == para.end - para.start
        whole = stopped and len(words) >= REPEAT_WORDS
        tail = " ".join(words[bounds[-1] if bounds else 0:])    # the words after the last stop
        if len(words) >= REPEAT_WORDS and all(len(x.split()) >= REPEAT_WORDS and x in seen for x in sentences) \
                and (stopped or any(x == tail or x.startswith(tail + " ") for x in seen)):
            cut.append(para)
            continue
        copy = next(((k, decks[key]) for k in range(len(words) - REPEAT_WORDS + 1)
                     if (key := " ".join(words[k:k + REPEAT_WORDS])) in decks
                     and words[k:k + len(decks[key])] == decks[key]), None)
        if copy is not None:
            k, deck = copy
            at, stop = para.start + tokens[k].start(), para.start + tokens[k + len(deck) - 1].end()
            closing = _PIECE_END_RE.match(text, stop)
            if closing:
                cut.append(Span(at, closing.end()))
                kept.extend(s for s in (Span(para.start, at), Span(closing.end(), para.end)) if s.end > s.start)
            else:
                kept.append(para)
        else:
            kept.append(para)
        seen.update(sentences)
        if whole:
            decks.setdefault(" ".join(words[:REPEAT_WORDS]), words)
    if not cut:
        return []
    pieces = (_strip(text, s) for s in kept)
    body[:] = [s for s in pieces if s.end > s.start and re.search(r"\w", text[s.start:s.end])]
    return cut


_TITLE_SEPARATOR_RE = re.compile(r"(?<!\s)\s++[-–—|]\s+")   # from a run of spaces' start, no backtracking
TITLE_SITE_WORDS = 6           # a site's name in a window title is a few words


def _window_title(line: str, next_line: str) -> bool:
    """A page's window title printed over its headline: the site's name and the headline, joined by a dash or a
    bar ("Harbour Daily - Quay opens in Nordport", "Quay opens in Nordport | Harbour Daily"), the headline on the
    next line."""
    headline = _norm(next_line)
    if not headline or len(headline.split()) < 3:
        return False
    for m in _TITLE_SEPARATOR_RE.finditer(line):
        before, after = _norm(line[:m.start()]), _norm(line[m.end():])
        if after == headline and 0 < len(before.split()) <= TITLE_SITE_WORDS \
                or before == headline and 0 < len(after.split()) <= TITLE_SITE_WORDS:
            return True
    return False


# A line that reads as a headline or a link, not a sentence: a few words, no full stop at its end.
_HEADLINE_START_RE = re.compile(r"(?:[-–—•*·▪►>]\s*)?[\w«\"“„'‘(\[]")
_SENTENCE_END_RE = re.compile(r"[.!?…:;,][»\"”’)\]]*$")
HEADLINE_LIST_RUN = 3          # so many such lines together close a page with links to other articles
HEADLINE_LINE_WORDS = (2, 20)  # a headline's length in words
BUTTON_WORDS = 4               # a button's, a menu item's or a widget's label, among them


def _headline_list(text: str, body: list[Span]) -> list[Span]:
    """The run of headlines a page ends with ("More news", "Read also" lists, with or without their heading, and
    the buttons and menus among them): taken out of ``body`` and returned. A sentence ends in a full stop; a
    headline or a link does not."""
    run = lines = 0
    while run < len(body) - 1 and _headlines(text[body[-1 - run].start:body[-1 - run].end]):
        lines += text.count("\n", body[-1 - run].start, body[-1 - run].end) + 1
        run += 1
    if lines < HEADLINE_LIST_RUN:
        return []
    cut = body[-run:]
    del body[-run:]
    return cut


# A table's row: a few words (a rank may open it), then two figures or more, no sentence: "4 Vexa Rovers 21 35",
# "USD 92,58 +1,90". Under its header ("Team P Pts"), a run of such lines is a standings or a market table.
_TABLE_ROW_RE = re.compile(r"(?:\d{1,3}[.)]?\s+)?[^\W\d_][^\n]{0,60}?(?:\s+[-+−–]?\d[\d.,:%]*){2,}")
# A page's counter, a figure and what it counts ("125K subscribers", "14 files"): in a run, a channel's or a
# profile's header, read as a table's rows; only the things a page counts (COUNTER_NOUNS), not "12 dead".
_COUNTER_ROW_RE = re.compile(rf"\d[\d.,]*[KkMmКкМм]?[ \t]+(?:{alternation('COUNTER_NOUNS')})", re.I)
TABLE_ROW_RUN = 3              # so many rows together make a table
TABLE_ROW_WORDS = 10           # a row's length in words
TABLE_HEADER_WORDS = 6         # and its header's


def _tables(text: str, body: list[Span]) -> list[Span]:
    """Runs of table rows (``_TABLE_ROW_RE``), with the header line right over them: taken out of ``body`` and
    returned. A page prints standings, results and rates beside the article; no sentence of it is a row."""
    rows = [len(text[s.start:s.end].split()) <= TABLE_ROW_WORDS
            and bool(_TABLE_ROW_RE.fullmatch(text[s.start:s.end]) or _COUNTER_ROW_RE.fullmatch(text[s.start:s.end]))
            for s in body]
    cut: set[int] = set()
    i = 0
    while i < len(body):
        j = i
        while j < len(body) and rows[j]:
            j += 1
        if j - i >= TABLE_ROW_RUN:
            cut.update(range(i, j))
            header = text[body[i - 1].start:body[i - 1].end] if i > 0 else ""
            if header and len(header.split()) <= TABLE_HEADER_WORDS and not _SENTENCE_END_RE.search(header) \
                    and not re.search(r"\d", header):
                cut.add(i - 1)
        i = max(j, i + 1)
    taken = [s for k, s in enumerate(body) if k in cut]
    body[:] = [s for k, s in enumerate(body) if k not in cut]
    return taken


def _menu(text: str, pieces: list[Span], i: int) -> bool:
    """A menu's or a widget's item ("• Cargo Rates", "• Rating: 4.5") among others, or a short line with no stop right
    over a run of them: a site's links and a page's counters, not the article's points, which are sentences."""
    def item(k: int) -> bool:
        m = _MENU_ITEM_RE.fullmatch(text, pieces[k].start, pieces[k].end) if 0 <= k < len(pieces) else None
        return bool(m) and 0 < len([w for w in m.group("label").split() if re.search(r"\w", w)]) <= BUTTON_WORDS

    if item(i):
        return item(i - 1) or item(i + 1)
    line = text[pieces[i].start:pieces[i].end]
    return all(item(k) for k in range(i + 1, i + 1 + MENU_RUN)) and len(line.split()) <= BUTTON_WORDS \
        and not _SENTENCE_END_RE.search(line)


_CUE_OPENERS = frozenset(joined("SENTENCE_OPENING_CUES"))
SENTENCE_WORDS = 6             # a sentence a furniture word opens has at least so many words


def _cue_opens_a_sentence(chunk: str, words: int) -> bool:
    """A line that a furniture word opens and goes on as a sentence: "Video footage showed the quay", "Подробнее о
    ситуации рассказал мэр." (the word runs into the next without a colon, a bar or a dash, and a full stop ends the
    line); not "Photo: Jane Roe", "Video", "Read more about the case here", nor a label of a few words before its
    colon ("Video in the report: …") or a link cut off by an ellipsis ("Related posts for …")."""
    m = re.match(r"\W*([^\W\d_]+)(\s+[^\W\d_])?", chunk)
    return bool(m and m.group(2)) and m.group(1).lower() in _CUE_OPENERS and words >= SENTENCE_WORDS \
        and bool(_SENTENCE_STOP_RE.search(chunk)) and not _TEASER_RE.search(chunk) and not _CUE_LABEL_RE.match(chunk)


# A furniture word and at most two more before a colon: a label, "Photo by the press office:", "Видео в сюжете:".
_CUE_LABEL_RE = re.compile(r"\W*[^\W\d_]+(?:\s+[^\W\d_]+){0,2}\s*:")


_OPENS_CAPITALISED_RE = re.compile(r"[^\w\n]*[^\W_a-zа-яё]")   # a headline's first word: a capital or a figure


def _headlines(piece: str) -> bool:
    """A headline, a link or a button (``_closes_a_page``), or lines of headlines the page set at one length, which
    read as a hard-wrapped paragraph joined: every line of them opens with a capital, as a wrapped sentence's lines
    do not."""
    lines = piece.split("\n")
    return _closes_a_page(piece) or len(lines) > 1 and all(
        _OPENS_CAPITALISED_RE.match(line) and _closes_a_page(line.strip()) for line in lines)


def _closes_a_page(line: str) -> bool:
    """A headline or a link, or a button's or a menu's few words ("Loading...", "Amount due:"), not a short
    sentence ("“No,” he said.") nor a line of results set against the period before ("Revenue up 4% to £9m (H1
    2020: £8m)"): no headline of another story writes that comparison."""
    if _PERIOD_COMPARISON_RE.search(line):
        return False
    return _reads_as_headline(line) or len(line.split()) <= BUTTON_WORDS and (
        not _SENTENCE_STOP_RE.search(line) or bool(_LOADING_RE.fullmatch(line))) \
        or len(line.split()) <= TEASER_WORDS and bool(_TEASER_RE.search(line))


_SENTENCE_STOP_RE = re.compile(r"[.!?…][»\"”’)\]]*$")
# A figure set against the same one of an earlier period, that period and a colon in brackets: "(H1 2019: 4.1p)",
# "(2018: £2.3m)", "(FY 2020: 12%)".
_PERIOD_COMPARISON_RE = re.compile(r"\((?:[A-Z]{1,2}\d?\s*)?(?:19|20)\d\d[^():\n]{0,12}:[^()\n\d]*\d[^()\n]*\)")
_LOADING_RE = re.compile(r"[^\W\d_]+(?:\.\.\.|…)")   # "Loading...": one word and an ellipsis
# Another article's teaser, cut off by the page with an ellipsis glued to its last word: "… named editor of the…"
_TEASER_RE = re.compile(r"[^\W_][.,;:]?(?:\.\.\.|…)$")
TEASER_WORDS = 40


def _reads_as_headline(line: str) -> bool:
    low, high = HEADLINE_LINE_WORDS
    return low <= len(line.split()) <= high and bool(_HEADLINE_START_RE.match(line)) \
        and not _SENTENCE_END_RE.search(line)


def _without_link_notes(text: str, paras: list[Span]) -> tuple[list[Span], list[Span]]:
    """Paragraphs with the link notes and wire credits a page prints inside them (a wire's staff credit closing one)
    cut out, and those."""
    pieces: list[Span] = []
    notes: list[Span] = []
    for p in paras:
        links = _glued_links(text, p)
        if links < p.end:
            notes.append(Span(links, p.end))
            p = Span(p.start, links)
        if credit := _STAFF_CREDIT_RE.search(text, max(p.start, p.end - STAFF_CREDIT_WINDOW), p.end):
            notes.append(Span(credit.start(), p.end))
            p = Span(p.start, credit.start())
        if (opened := _after_opening_credit(text, p)) is not None:
            notes.append(Span(p.start, opened))
            p = Span(opened, p.end)
        start = p.start
        cuts = sorted([*_LINK_NOTE_RE.finditer(text, p.start, p.end), *_WIRE_CREDIT_RE.finditer(text, p.start, p.end)],
                      key=lambda m: m.start())
        for m in cuts:
            notes.append(Span(m.start(), m.end()))
            pieces.append(Span(start, m.start()))
            start = m.end()
        pieces.append(Span(start, p.end))
    trimmed = (_strip(text, s) for s in pieces)
    return [s for s in trimmed if s.end > s.start], notes


# A picture's credit glued over the paragraph under it: "Photo: Agency/Jane Roe The council voted …", «Фото: X Мэр …»
_OPENING_CREDIT_RE = re.compile(rf"[^\w\n]*(?:{alternation('CREDIT_WORDS')})(?:\s+(?:{alternation('CREDIT_WORDS')}))?"
                                r"\s*:\s*", re.I)
# words that open a sentence and never end a credit: articles, subject pronouns, honorifics
_SENTENCE_OPENING_WORDS = frozenset(w.lower() for w in joined("ARTICLES") + joined("SUBJECT_PRONOUNS")
                                    + joined("HONORIFICS") + joined("TITLE_ABBREVIATIONS") if " " not in w)
_CREDIT_CLOSED_RE = re.compile(r"(?<!\b\w)[.)\]]$")      # "Agency.", "(Photo: Agency)", not an initial "J."
CREDIT_NAME_WORDS = 2      # after a credit's slash: the photographer's or the agency's name
# a known agency's name, whole ("Getty Images", «РИА Новости»), opening a credit or after its slash ("Jane Roe/Reuters")
_CREDIT_AGENCY_RE = re.compile(rf"(?:{alternation('CAPTION_AGENCIES')})(?=[\s/.,;)\]]|$)")
# a verb of saying: the word before it is the sentence's subject ("Photo: Jane Roe/Agency Police said …"), no credit's;
# after a bio's first sentence, someone's words on its person (_writer_bio)
# under a picture's credit: a verb in the past tense, a cue of whose words, a second sentence (_present_caption)
_PAST_TENSE_RE = re.compile(rf"(?<!\w)(?:{alternation('PAST_TENSE')})(?!\w)", re.I)
_ACCORDING_RE = re.compile(rf"(?<!\w)(?:{alternation('ACCORDING_TO')})(?!\w)", re.I)
_INNER_STOP_RE = re.compile(r"[.!?…][»\"”’)\]]*\s+\S")
_SAYING_RE = re.compile(rf"(?<!\w)(?:(?:{one_of(joined('REPORTING_VERBS'))})\b"
                        rf"|(?:{one_of(joined('REPORTING_STEMS'))})\w*)", re.I)


def _after_opening_credit(text: str, para: Span) -> int | None:
    """Where the paragraph's sentence starts after a picture's credit glued over it (None when no credit opens it or
    no sentence follows): the credit ends at its own stop or bracket, before a word only a sentence opens with or a
    quotation, after the name following its slash, else after its first word and the lower-case words of its
    owner («пресс-служба мэрии»); the paragraph is the article's, not a caption."""
    m = _OPENING_CREDIT_RE.match(text, para.start, para.end)
    if not m or not _SENTENCE_STOP_RE.search(text, para.start, para.end):
        return None
    tokens = list(re.finditer(r"\S+", text[m.end():para.end]))[:CREDIT_LINE_WORDS + SENTENCE_WORDS]
    if len(tokens) < 1 + SENTENCE_WORDS:
        return None
    cut = _credit_length(tokens)
    if len(tokens) - cut < SENTENCE_WORDS or _present_caption(text[m.end() + tokens[cut].start():para.end]):
        return None
    return m.end() + tokens[cut].start()


def _present_caption(rest: str) -> bool:
    """What follows a picture's credit is its caption: one sentence, no verb in the past tense and no one's words
    ("Protesters gather outside parliament on Monday."), so the paragraph stays furniture."""
    return not _INNER_STOP_RE.search(rest) and not _PAST_TENSE_RE.search(rest) and not _SAYING_RE.search(rest) \
        and not _ACCORDING_RE.search(rest)


def _credit_length(tokens: list[re.Match]) -> int:
    """How many of ``tokens`` a credit opening a paragraph takes (see _after_opening_credit), never the word before a
    verb of saying: that one speaks."""
    cut = _credit_words(tokens)
    while cut > 1 and _SAYING_RE.fullmatch(tokens[cut].group().strip(",")):
        cut -= 1
    return cut


def _agency_words(tokens: list[re.Match], k: int, at: int) -> int | None:
    """How many tokens a known agency's name starting ``at`` in token ``k`` ends after (None when none starts there)."""
    m = _CREDIT_AGENCY_RE.match(tokens[k].string, tokens[k].start() + at)
    return None if not m else next((j for j in range(k, len(tokens)) if tokens[j].end() >= m.end()), k) + 1


def _credit_words(tokens: list[re.Match]) -> int:
    """How many of ``tokens`` a credit opening a paragraph takes, as its words tell."""
    if (agency := _agency_words(tokens, 0, 0)) is not None and agency < len(tokens):
        return agency                      # "Getty Images The council …", «РИА Новости Президент …»
    capitals = tokens[0].group()[0].isupper()
    for k in range(1, min(CREDIT_LINE_WORDS, len(tokens))):
        word = tokens[k].group()
        if _CREDIT_CLOSED_RE.search(tokens[k - 1].group()) or not word[0].isalnum() and word[0] not in "/|" \
                or word.strip(".,").lower() in _SENTENCE_OPENING_WORDS:
            return k
        if word[0].islower() and capitals:  # the sentence has begun: its opening is not told by a word
            break
        capitals = capitals or word[0].isupper()
    slash = next((k for k, t in enumerate(tokens[:CREDIT_LINE_WORDS]) if "/" in t.group()), None)
    if slash is not None:                  # "Agency/Jane Roe", "Jane Roe / Agency": the name after the slash
        after = tokens[slash].group().index("/") + 1
        k, after = (slash + 1, 0) if after == len(tokens[slash].group()) and slash + 1 < len(tokens) else (slash, after)
        if (agency := _agency_words(tokens, k, after)) is not None and agency < len(tokens):
            return agency                  # "Jane Roe/Reuters Police said …": the agency's name, no more
        return min(slash + CREDIT_NAME_WORDS + tokens[slash].group().endswith("/"), len(tokens) - 1)
    k = 1
    while k < len(tokens) - 1 and tokens[k].group()[0].islower():
        k += 1
    return k


def _glued_links(text: str, para: Span) -> int:
    """Where a run of links glued to each other closes a paragraph without a stop (its end when none does): the
    page lost the spaces between its link buttons, and the run is no sentence."""
    tail_start = max(para.start, para.end - GLUED_LINKS_WINDOW)
    if _SENTENCE_STOP_RE.search(text, tail_start, para.end):
        return para.end
    cut = para.end
    for m in reversed(list(_GLUE_RE.finditer(text, tail_start, para.end))):
        if cut - m.start() > GLUED_LINK_GAP:
            break
        cut = m.start()
    glued = any(len(_GLUE_RE.findall(word)) >= GLUED_LINKS for word in text[cut:para.end].split())
    return cut if glued else para.end


def _strip(text: str, span: Span) -> Span:
    start, end = span.start, span.end
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return Span(start, end)


def _is_furniture(chunk: str, words: int) -> bool:
    """Furniture wherever it stands on the page: captions, call-outs, cookie notices, buttons, codes."""
    if not re.search(r"[^\W\d_]", chunk) or _DOMAIN_RE.fullmatch(chunk) or _CODE_RE.fullmatch(chunk) \
            or _ADDRESS_RE.fullmatch(chunk):
        return True                             # "|", "2024-5-17 14:09", "example.com:", "abc-de/fg", a page's address
    if ROOM_NOTE.fullmatch(chunk):
        return True                             # "[Laughter].", "(Аплодисменты)": a note of the room
    if words <= MASTHEAD_WORDS and _SECTION_STAMP_RE.fullmatch(chunk):
        return True                             # "WORLD 01:38 / 27.12.31", "Monday, 3 March 2031, 14:05": when posted
    if words <= WEATHER_WORDS and _WEATHER_RE.fullmatch(chunk):
        return True                             # "Cloudy 22°": the weather widget over the article
    if words <= 60 and _CREDIT_RE.search(chunk) or words <= BRACKETED_CAPTION_WORDS and _BRACKETED_CREDIT_RE.search(chunk):
        return True                             # a caption ending in its credit
    if words <= BYLINE_BLOCK_WORDS and _BYLINE_OPENING_RE.match(chunk) and _EMAIL_RE.search(chunk):
        return True                             # "By Jane Roe jane.roe@example.com Roe reported from Nordport."
    if words <= OPENED_CAPTION_WORDS and (_CAPTION_OPENER_RE.match(chunk) or _IMAGE_FILE_OPENER_RE.match(chunk)):
        return True                             # "In this March 3, 2031 file photo, …", "0806-quay.jpg Jane Roe …"
    if words <= CAPTION_WORDS and _AGENCY_CREDIT_RE.fullmatch(chunk):
        return True                             # "Dock workers at the quay. - AP": a caption, its credit an agency
    if words <= CAPTION_WORDS and _WEB_CREDIT_RE.search(chunk):
        return True                             # "The quay at dawn. Photo: example.org": a caption, its credit a site
    if words <= COPYRIGHT_WORDS and ("©" in chunk or _NOTICE_RE.search(chunk)):
        return True                             # "Outlet © 2031. All rights reserved.", the site's notice on its content
    if words <= SLASH_CAPTION_WORDS and _SLASH_CREDIT_RE.fullmatch(chunk):
        return True                             # a caption closed by its credit after a slash
    if words <= CREDIT_LINE_WORDS + 4 and _STAFF_CREDIT_LINE_RE.fullmatch(chunk):
        return True                             # "Additional reporting by Jane Roe.": the staff's credit
    if words <= BYLINE_BLOCK_WORDS and _WRITER_CREDIT_RE.fullmatch(chunk):
        return True                             # a header block closed by its writer's credit
    if words <= CREDIT_AFTER_NAME_WORDS and _CREDIT_AFTER_NAME_RE.fullmatch(chunk) or _PICTURE_LINKS_RE.fullmatch(chunk):
        return True                             # "Coastal Wire photo": a picture's credit on its own line; its links
    if words <= 45 and _CALLOUT_RE.search(chunk):
        return True
    if words <= 80 and _COOKIE_RE.search(chunk):
        return True
    if words <= EMBED_WORDS and _HANDLE_RE.search(chunk) and not _SENTENCE_STOP_RE.search(_unsigned_post(chunk)):
        return True                             # "— Velmar Desk (@velmardesk) March 4, 2031": an embedded post's line
    if words <= MASTHEAD_WORDS and _FOUNDED_RE.search(chunk):
        return True                             # "Lindholm, Ruritania  Est. 1883": the outlet's masthead
    halves = _TITLE_SEPARATOR_RE.split(chunk)
    if len(halves) == 2 and len(halves[0].split()) >= 3 and _norm(halves[0]) == _norm(halves[1]):
        return True                             # "Quay opens in Nordport | Quay opens in Nordport": a title twice
    tokens = re.findall(r"[^\W\d_]+(?:-[^\W\d_]+)?", chunk.lower())
    if len(tokens) >= 2 and all(t in _LANGUAGE_CODES for t in tokens) and not re.search(r"[.!?,;:]", chunk):
        return True                             # "ua en ru", "EN | FR": a language switch
    return all(t in _SHARE_WORDS for t in tokens) and any(len(t) > 3 for t in tokens)


_NOTICE_RE = re.compile(alternation("SITE_NOTICES"), re.I)
_CLOCK_OR_DATE = (rf"(?:\d{{1,2}}:\d\d|\d{{1,2}}[./]\d{{1,2}}[./](?:\d{{4}}|\d\d)|\d{{1,2}}\s+(?:{_MONTH_NAMES})\.?,?\s+\d{{4}}"
                  rf"|(?:{_MONTH_NAMES})\.?\s+\d{{1,2}},?\s+\d{{4}})")
# An item of a list of the site's other posts, its date after a dash: "- Quay opens in Nordport - March 3, 2031"
ARTICLE_LINE_WORDS = 12      # a line of so many words ending as a sentence is the article's; dated posts after it
DATED_HEADLINES_RUN = 3      # dated items in a row, each a headline in capitals, are a list of posts wherever they stand
HEADLINE_CAPITALS = 3        # capitalised words of such a headline


def _article_line(line: str) -> bool:
    """A long line ending as a sentence: the article's text, no list of other posts."""
    return len(line.split()) >= ARTICLE_LINE_WORDS and bool(_SENTENCE_STOP_RE.search(line))


def _dated_headlines(text: str, pieces: list[Span], i: int) -> bool:
    """The dated item at ``i`` stands in a run of at least ``DATED_HEADLINES_RUN`` dated items, each a headline of
    several capitalised words ("- Quay Opens In Nordport - March 3, 2031"): the site's other posts even above the
    article's last sentence; a timeline of the article ("- Referendum held - March 3, 2015") is no such run."""
    def headline(k: int) -> bool:
        item = _DATED_POST_LINK_RE.fullmatch(text, pieces[k].start, pieces[k].end)
        return item is not None and sum(w[:1].isupper() for w in item.group("headline").split()) >= HEADLINE_CAPITALS
    start = end = i
    while start > 0 and i - start < DATED_HEADLINES_RUN and headline(start - 1):
        start -= 1
    while end + 1 < len(pieces) and end - i < DATED_HEADLINES_RUN and headline(end + 1):
        end += 1
    return headline(i) and end - start + 1 >= DATED_HEADLINES_RUN


_DATED_POST_LINK_RE = re.compile(rf"[-*•·▪►–—][ \t]+(?P<headline>[^\n]+?)[ \t][-–—|][ \t]+{_CLOCK_OR_DATE}[ \t]*", re.I)
# A header block run into one line, its headline and time with no sentence's stop, closed by the writer's credit:
# "Quay reopens in Nordport 25 March 2031, 14:33 Text: Jane Roe", or the credit alone opening its line; not a
# headline with the word in it ("In Other Words: Jon Vell Speaks", "Full Text: Vell Statement").
_WRITER_CREDIT_RE = re.compile(rf"(?:[^.!?…\n]*?{_CLOCK_OR_DATE}[ \t,]*)?(?:{alternation('WRITER_CREDITS')})\s*:\s*"
                               r"[A-ZА-ЯЁ][\w'’\-]*\.?(?:\s+[A-ZА-ЯЁ][\w'’\-]*\.?){0,2}\s*")
_WEATHER_RE = re.compile(r"(?:[^\W\d_]+[ \t,]+){1,2}[+\-−]?\d{1,2}[ \t]?°[CСF]?")   # a word or two and a temperature
WEATHER_WORDS = 4
_SECTION_STAMP_RE = re.compile(rf"(?:[^\W\d_]+[ \t,]+){{1,3}}{_CLOCK_OR_DATE}(?:[ \t]*[/|,·][ \t]*|[ \t]+){_CLOCK_OR_DATE}")
COPYRIGHT_WORDS = 50       # a line with the copyright sign is a notice or a picture's credit, not a sentence of the article
_HANDLE_RE = re.compile(r"\(@\w{2,}\)")   # a social network's handle in brackets
EMBED_WORDS = 20


def _unsigned_post(chunk: str) -> str:
    """A line of an embedded post without the signature that closes it ("The quay is open. https://t.co/x — Jane
    Roe (@janeroe) May 3, 2031"): what the post says, a sentence of the article's if it ends as one."""
    end = unsigned_end(chunk, 0, len(chunk.rstrip()))
    return chunk[:end] if end is not None else ""


def _captions(chunk: str, words: int, text: str, end: int, after: list[Span]) -> bool:
    """One short sentence with a credit on the very next line ("Image: AGENCY/Jane Roe"), no blank line
    between, is that picture's caption; a credit after a blank line may close the article instead."""
    if not after or words > CAPTION_WORDS or re.search(r"[.!?…][\"”»’]?\s+\S", chunk):
        return False
    if text.count("\n", end, after[0].start) > 1:
        return False
    credit = text[after[0].start:after[0].end]
    return len(credit.split()) <= CREDIT_LINE_WORDS and bool(_CREDIT_LINE_RE.match(credit) or _PICTURE_LINKS_RE.fullmatch(credit))


_ONE_WORD_RE = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*")
# a menu's marks around its one word: "• Politics", "Sport |", "- Home"
_MENU_MARKS_RE = re.compile(r"[•·|►>\-–—]?[ \t]*(?P<word>[^\W\d_]+(?:-[^\W\d_]+)*)[ \t]*[|,•·]?")
AGENCY_LETTERS = 5   # "AFP", "ТАСС" alone on a line: the agency credited, a name the article carries


def _a_label(chunk: str, next_start: str, marked: bool = False) -> bool:
    """One word alone on its line (over the article, a menu's marks around it: "• Sport", "- Home", "World |"), no
    stop, no colon: a site's section ("World", "Политика"), a button, a tag
    (over or under the article: inside it, such a line is a subheading that a quotation may run across); not an
    agency's short name, nor a word whose sentence goes on in lower case on the next line."""
    if marked and (menu := _MENU_MARKS_RE.fullmatch(chunk)):
        chunk = menu.group("word")              # over the article only: under it "— Yes" may be an answer
    return bool(_ONE_WORD_RE.fullmatch(chunk)) and not (chunk.isupper() and len(chunk) <= AGENCY_LETTERS) \
        and not next_start.islower()


def _author_box(text: str, chunk: str, body: list[Span], rest: list[Span]) -> bool:
    """The author's field under an article ("Author: Jane Roe") opens the author's box, which runs to the page's end:
    a few short paragraphs (a bio, a function, an address) after paragraphs of the article's sentences."""
    return bool(_AUTHOR_FIELD_RE.match(chunk)) and 0 < len(rest) <= AUTHOR_BOX_PARAGRAPHS \
        and all(len(text[r.start:r.end].split()) <= AUTHOR_BOX_WORDS for r in rest) \
        and sum(1 for b in body if _SENTENCE_END_RE.search(text[b.start:b.end])) >= ARTICLE_PARAGRAPHS


def _page_field(chunk: str) -> bool:
    """A field of the page on its own line ("ID : 4821", "Hits: 12", "Tags:"): a few words of value, no sentence."""
    field = _FIELD_RE.fullmatch(chunk.strip())
    return bool(field) and len(field.group("value").split()) <= LABEL_VALUE_WORDS \
        and not _SENTENCE_STOP_RE.search(field.group("value"))


def _signs_off(chunk: str) -> bool:
    """A last line that is not article text: a byline, a print-edition citation, an office's signature."""
    words = len(chunk.split())
    if _BYLINE_RE.fullmatch(chunk) or (words <= 20 and _PRINT_RE.search(chunk)):
        return True
    return words <= 12 and chunk[0].isupper() and not re.search(r"[.!?:;»\"”)]\s*$", chunk) \
        and bool(_SIGNATURE_RE.search(chunk))


# A name of two or three words, then the writer's trade: "Jane Roe is a senior correspondent for …"
_WRITER_BIO_RE = re.compile(rf"(?P<name>[{capitals()}][\w'’\-]+(?:\s+[{capitals()}][\w'’\-]+){{1,2}})"
                            rf"\s+(?:{alternation('WRITER_BIO')})")
BIO_WORDS = 60             # a bio is a few short sentences


def _writer_bio(text: str, body: list[Span]) -> bool:
    """The page's last paragraph is its writer's bio ("Jane Roe is a senior correspondent for Harbour Post covering
    …", «Анна Роева — обозреватель издания …»): a name whose surname the article has not written before, in any case,
    then the writer's trade, and no one's words after its first sentence. A report about a journalist names them
    before its last paragraph ("Ms. Roe", «Анну Роеву») or goes on with what someone said of them."""
    last = text[body[-1].start:body[-1].end]
    m = _WRITER_BIO_RE.match(last)
    if not m or len(last.split()) > BIO_WORDS or _words_on_the_person(last):
        return False
    stem = _surname_stem(m.group("name").split()[-1])
    return not any(w.startswith(stem) for b in body[:-1] for w in re.findall(r"\w+", text[b.start:b.end].casefold()))


def _words_on_the_person(bio: str) -> bool:
    """A sentence after the bio's first with a verb of saying, not one of the person's own ("He has reported from …"):
    someone's words on them ("Her lawyer said …", «Её коллеги заявили …»), a claim of the article's."""
    return any(_SAYING_RE.search(sentence) and sentence.split()[0].casefold() not in _PERSON_PRONOUNS
               for sentence in re.split(r"(?<=[.!?…])\s+", bio)[1:] if sentence.strip())


_PERSON_PRONOUNS = frozenset(joined("SUBJECT_PRONOUNS"))


def _surname_stem(surname: str) -> str:
    """What a surname opens with in any case: "роев" of «Роева» («Роеву», «Роевой»), "roe" of "Roe"."""
    word = surname.casefold()
    return word[:-2] if len(word) > 5 else word[:-1] if len(word) > 3 else word


def _norm(s: str) -> str:
    return re.sub(r"\W+", " ", s.casefold()).strip()


def find_title(text: str, body: list[Span]) -> str | None:
    """The first line when it reads as a headline: short, no dateline, no final full stop."""
    if not body:
        return None
    first = text[body[0].start:body[0].end].split("\n", 1)[0]
    if len(first.split()) > 25 or re.search(r"[.:][\"”»’]*\s*$", first) or _dateline(first):
        return None
    return first.strip().lstrip("#").strip() or None


MONTHS = merged("MONTHS")
_MONTH = "|".join(sorted(MONTHS, key=len, reverse=True))
# "VELMAR, MARCH 3, NORPRESS." / "OSTRAVIA, March 3. /NOR/." / "ВЕЛЬМАР, 3 марта. /НОР/." / "VELMAR, Ruritania, March 3." /
# "Вельмар, 3 марта, 2031, 11:25 — ИА Норпресс." (the time of filing after the date); "Вельмар. 3 марта. NORPRESS.RU -"
# (the agency's domain, no part of its name);
# the agency's words are capitalised: "OSTRAVIA, March 3. The quay opened." names none; an agency ends with a stop or
# a dash, not a comma: "Ostravia, 3 March. Mara Tennick, the mayor, said" opens the story with its speaker.
_DATELINE_RE = re.compile(
    rf"^\s*(?P<city>(?-i:[A-ZА-ЯЁ][A-Za-zА-ЯЁа-яё\-]++(?: [A-ZА-ЯЁ][A-Za-zА-ЯЁа-яё\-]++){{0,2}}))"
    rf"(?:,\s*(?-i:[A-ZА-ЯЁ][a-zа-яё\-]++(?: [A-ZА-ЯЁ][a-zа-яё\-]++)?)(?=,))?[,.]\s*(?:(?P<m1>{_MONTH})\.?\s+(?P<d1>\d{{1,2}})"
    rf"|(?P<d2>\d{{1,2}})\s+(?P<m2>{_MONTH}))(?:,?\s*+(?P<y>\d{{4}}))?(?:,?\s*+\d{{1,2}}:\d{{2}})?\s*+[.,]?\s*+(?:[\-–—]\s*+(?=[^\W\d_]))?"
    rf"(?:/?\s*+\(?(?P<agency>[A-Za-zА-ЯЁа-яё](?:[A-Za-zА-ЯЁа-яё\-\.]|\s(?-i:[^\sa-zа-яё])){{1,39}}?)(?:\.[^\W\d_]{{2,6}})?\)?\s*+/?)?(?(agency)[.:\-–—](?![^\W\d_])|[.,:\-–—])",
    re.I)
# "BAKU (Agency) -", "NEW YORK, March 3 (Agency) -", "LINDHOLM March 3. 2031 (Agency) -", "Kyiv, Ruritania (Agency) —",
# "OSKA, N.R. (Agency) —", "PORT TRELL, Calif. (Agency) —" (a state's abbreviation),
# "(Agency) -Text": a wire's (not "(UPDATE) --", a banner); a press release's wire after a dash ("OSKA, N.R.--(Vell
# Wire)--")
# dateline, the agency in brackets and a dash; the place is in capitals, or one word, or followed by a date.
_WIRE_DATELINE_RE = re.compile(
    rf"^\s*(?:(?P<city>(?-i:[A-ZА-ЯЁ][A-ZА-ЯЁ\-'.]+(?:[ /][A-ZА-ЯЁ][A-ZА-ЯЁ\-'.]+){{0,2}}|[A-ZА-ЯЁ][a-zа-яё\-']+))"
    rf"(?:,\s*(?-i:[A-ZА-ЯЁ][\w\-']*\.?(?:[A-ZА-ЯЁ]\.)*(?: [A-ZА-ЯЁ][\w\-']*\.?)?))?"
    rf"(?:,?\s*(?:(?P<m1>{_MONTH})\.?\s+(?P<d1>\d{{1,2}})|(?P<d2>\d{{1,2}})\s+(?P<m2>{_MONTH}))(?:[.,]?\s*+(?P<y>\d{{4}}))?)?\s*)?"
    rf"(?:-{{1,2}}|[—–])?\((?!(?:{alternation('DATELINE_BANNERS')})\))"
    rf"(?P<agency>[^\W\d_][\w\-.&'/ ]{{0,40}}?)\)\s*[-–—]+",
    re.I)
# "NORDPORT (Agency) : The quay …": a wire's dateline closed by a colon, only after a place in capitals with no
# title ("SEN. JANA ROE (…):", "MR. VELL (…):" label a hearing's speakers), the agency capitalised and neither a
# party nor a party and a seat ("VARGA (Labour):", "ROE (D-OSTRA):", "ROE (through interpreter):" label speakers)
_COLON_WIRE_DATELINE_RE = re.compile(
    rf"^\s*(?!(?i:{_TITLE_WORDS})\.?\s)(?P<city>[A-ZА-ЯЁ][A-ZА-ЯЁ\-'.]+(?: [A-ZА-ЯЁ][A-ZА-ЯЁ\-'.]+){{0,2}})"
    rf"\s*\((?!(?:{alternation('SPEAKER_PARTIES')})\)|[A-ZА-ЯЁ]-[^\W\d_]+\))"
    rf"(?P<agency>[A-ZА-ЯЁ][\w\-.&'/ ]{{0,40}}?)\)\s*:(?=\s)")
# "NORDPORT — The quay …", "NORDPORT, Ruritania -- The quay …", "NEW NORDPORT, Ost. — …": a place in capitals, its
# country or state, and a dash, with no agency: an English wire's. In Russian a dash after a word in capitals is
# a copula ("ЕС — крупнейший партнер"), so the place is in Latin letters. A banner ("BREAKING — …") names no place.
_DASH_DATELINE_RE = re.compile(
    rf"^\s*(?!(?:{alternation('DATELINE_BANNERS')})\s*(?:--|[—―–]|-\s))(?P<city>(?-i:[A-Z][A-Z\-'.]+(?: [A-Z][A-Z\-'.]+){{0,2}}))"
    rf"(?:,\s*(?-i:[A-Z][\w\-'.]*(?: [A-Z][\w\-'.]*)?))?"
    rf"(?:,?\s*(?:(?P<m1>{_MONTH})\.?\s+(?P<d1>\d{{1,2}})|(?P<d2>\d{{1,2}})\s+(?P<m2>{_MONTH}))(?:[.,]?\s*+(?P<y>\d{{4}}))?)?"
    rf"\s*(?:--|[—―–]|(?<=\s)-(?=\s))\s*(?=[^\W\d_]|[\"“«])", re.I)


# "LINDHOLM. NORPRESS The quay …": a place and an agency, each in capitals, a full stop between and no date, as some
# agencies write it; the agency one word of five letters or more (not "NATO" or "US" opening the story), before a
# word in mixed case.
_AGENCY_AFTER_PLACE_RE = re.compile(
    r"^\s*(?P<city>[A-Z][A-Z\-']+(?: [A-Z][A-Z\-']+){0,2})\.\s+(?P<agency>[A-Z]{5,})\s+(?=[A-Z][a-z])")


@lru_cache(maxsize=256)   # a document's paragraphs are asked about again and again (8,800 calls, 1,300 lines)
def _dateline(line: str) -> re.Match | None:
    """The dateline a line opens with: an agency's ("MOSCOW, November 12. /TASS/.") or a wire's ("BAKU (Agency) -");
    the longer where both read one ("CITY, Jul 4 (AGENCY-ONE) –" is a wire's, not an agency's cut at its hyphen).
    Not every pattern has a date's groups or an agency's: read them with ``groupdict().get``. Read once a line: the
    page's title, its date, its publisher and its names all ask for the dateline of the same paragraphs."""
    found = [m for m in (_DATELINE_RE.match(line), _WIRE_DATELINE_RE.match(line), _DASH_DATELINE_RE.match(line),
                         _COLON_WIRE_DATELINE_RE.match(line), _AGENCY_AFTER_PLACE_RE.match(line)) if m]
    return max(found, key=lambda m: m.end()) if found else None


# A page's date line: "09:05, 3 March, 2031", "Published on March 3, 2031 - 17:45 GMT+4", "Brussels, 03.03.2031",
# "3 марта,2031 18:28", "2031-3-3 14:09 |", "03.03.2031 [16:05]", "Last Modified: 03 Mar 2031 13:36". The date
# comes first, after a label, a time, a weekday or a place; what follows it is page furniture (a time, a place,
# a byline), not a sentence. Numeric dates are read day first ("03.04.2031") or year first ("2031-04-03"), the
# two orders that do not depend on the country; "04/03/2031" could be either and is not read.
_TIME = r"\d{1,2}:\d{2}(?:\s*[ap]\.?m\.?)?"
_DATE_LINE_RE = re.compile(
    rf"^\s*(?:(?:{alternation('DATE_LINE_PREFIXES')})\s*:?\s*)?(?:{_TIME}\s*[,|]?\s*)?"
    rf"(?:(?:{'|'.join(joined('WEEKDAYS'))}),?\s*)?(?:(?-i:[{capitals()}][\w\-]+(?: [{capitals()}][\w\-]+)?),\s*)?"
    rf"(?:(?:(?P<d1>\d{{1,2}})\s+(?P<m1>{_MONTH})|(?P<m2>{_MONTH})\.?\s+(?P<d2>\d{{1,2}}))\.?,?\s*(?P<y>\d{{4}})"
    rf"(?:\s*(?:{alternation('YEAR_SUFFIXES')}))?"
    rf"|(?P<d3>\d{{1,2}})\.(?P<n3>\d{{1,2}})\.(?P<y3>\d{{4}})|(?P<y4>\d{{4}})-(?P<n4>\d{{1,2}})-(?P<d4>\d{{1,2}}))(?!\d)", re.I)
# What may follow a date line's date: nothing, or a time, a place, a byline after a separator.
_DATE_LINE_TAIL_RE = re.compile(rf"\s*(?:$|[,|\-–—(\[/]|{_TIME}|(?:gmt|utc)\b|by\s)", re.I)
DATE_LINE_TAIL = 80     # characters: a time zone, a place, one or two bylines
_FULL_DATE_RE = re.compile(
    rf"(?:(?P<d1>\d{{1,2}})\s+(?P<m1>{_MONTH})|(?P<m2>{_MONTH})\s+(?P<d2>\d{{1,2}})),?\s+(?P<y>\d{{4}})", re.I)
_YEAR_DIGITS = re.compile(r"\d{4}")   # what every full date has


def _ymd(m: re.Match, year: int | None) -> str | None:
    """An ISO date, or None for a date that does not exist ("February 30")."""
    month = MONTHS.get((m.group("m1") or m.group("m2")).lower().rstrip("."))
    day = int(m.group("d1") or m.group("d2"))
    return _iso(year, month, day)


def _iso(year: int | None, month: int | None, day: int) -> str | None:
    if not month or year is None:
        return None
    try:
        return datetime.date(year, month, day).isoformat()
    except ValueError:
        return None


def dates_in(text: str) -> list[str]:
    """ISO dates of the full dates ("3 March 2031", "March 3, 2031", "3 марта 2031") in a text."""
    if not _YEAR_DIGITS.search(text):   # the pattern tries its months at every position: most sentences have no year
        return []
    found = (_ymd(m, int(m.group("y"))) for m in _FULL_DATE_RE.finditer(text))
    return [d for d in found if d]


def find_date(text: str) -> str | None:
    """Publication date from a date line or dateline near the top.

    A dateline without a year ("VELMAR, MARCH 3, NORPRESS") takes the
    year of a full date with the same month and day in the text, else none:
    the years a text names are those of its events, not of its printing.
    """
    head = paragraphs(text)[:6]
    for p in head:
        date = _date_line(text[p.start:p.end])
        if date:
            return date
    for p in head:
        m = _dateline(text[p.start:p.end])
        date = m.groupdict() if m else {}
        if date.get("m1") or date.get("m2"):
            if date.get("y"):
                return _ymd(m, int(date["y"]))
            month = MONTHS.get((date["m1"] or date["m2"]).lower().rstrip("."))
            day = int(date["d1"] or date["d2"])
            year = next((int(f.group("y")) for f in _FULL_DATE_RE.finditer(text)
                         if MONTHS.get((f.group("m1") or f.group("m2")).lower()) == month
                         and int(f.group("d1") or f.group("d2")) == day), None)
            return _ymd(m, year) if year is not None else None
    return None


def _date_line(line: str) -> str | None:
    """The date of a paragraph that is a page's date line, else None."""
    m = _DATE_LINE_RE.match(line)
    if not m or len(line) - m.end() > DATE_LINE_TAIL or not _DATE_LINE_TAIL_RE.match(line, m.end()):
        return None
    if m.group("y"):
        return _ymd(m, int(m.group("y")))
    if m.group("y3"):
        return _iso(int(m.group("y3")), int(m.group("n3")), int(m.group("d3")))
    return _iso(int(m.group("y4")), int(m.group("n4")), int(m.group("d4")))


def find_publisher(text: str) -> str | None:
    """The agency a dateline names ("..., ARMENPRESS.", "/TASS/", "(Reuters) -"), or a correspondent's credit
    ("/Corr. AGENCY Jane Roe/")."""
    for p in paragraphs(text)[:6]:
        credited = _WIRE_CREDIT_RE.search(text, p.start, p.end)
        if credited:
            return credited.group("agency")
        agency = (m.groupdict().get("agency") or "") if (m := _dateline(text[p.start:p.end])) else ""
        if agency.strip(" ./"):
            return agency.strip(" ./()")
    return None


# A round-up's item opens with its own head in capitals and a colon before its dateline ("QUAY REOPENS: NORDPORT
# (Agency) — …", "• QUAY REOPENS: …"): the head is no sentence of the item.
_RUN_IN_HEAD_RE = re.compile(r"\s*(?-i:[^a-zа-яё:\n]{3,120}?)\s*:\s+")


def _item_dateline(line: str, dated: bool) -> tuple[int, re.Match] | None:
    """The dateline that opens a paragraph in the body of a round-up ("NORDPORT (Agency) — …", "NORDPORT, Ost. — …"),
    with where it starts after a run-in head. Stricter than the article's own: its place in capitals, and a place with
    a dash alone (no state, no date) only on a page whose own first paragraphs are datelined (``dated``): elsewhere a
    name in capitals before a dash may be a speaker's turn."""
    head = _RUN_IN_HEAD_RE.match(line)
    for start in ((0, head.end()) if head else (0,)):
        rest = line[start:]
        wire = _WIRE_DATELINE_RE.match(rest)
        if wire and (wire.group("city") or "").isupper():
            return start, wire
        if start:
            continue   # a run-in head goes only before a wire's dateline
        dated_line = _DATELINE_RE.match(rest)
        if dated_line and dated_line.group("city").isupper():
            return start, dated_line
        dashed = _DASH_DATELINE_RE.match(rest)
        if dashed and (
                dated or dashed.group("m1") or dashed.group("m2") or "," in rest[dashed.end("city"):dashed.end()]):
            return start, dashed
    return None


def _item_datelines(doc: Document) -> list[tuple[int, int, re.Match]]:
    """The datelines below the article's own, each with where its paragraph and its match start in the text."""
    first = _dateline_in(doc)
    found = []
    for p in doc.body:
        if first is not None and p.start <= first[0]:
            continue
        item = _item_dateline(doc.text[p.start:p.end], first is not None)
        if item is not None:
            found.append((p.start, p.start + item[0], item[1]))
    return found


def dateline_spans(doc: Document) -> tuple[Span, ...]:
    """Every dateline: the article's own (``dateline_span``) and the one each item of a round-up or a wire's digest
    opens with further down ("NORDPORT (Agency) — …" in the tenth paragraph), with the item's run-in head; and the
    time stamp each entry of a live page opens with (``entry_stamps``). None is part of a claim, and its place says
    where, never who."""
    first = dateline_span(doc)
    items = [Span(para, start + m.end()) for para, start, m in _item_datelines(doc)]
    return tuple(sorted(([first] if first else []) + items + entry_stamps(doc), key=lambda span: span.start))


# A live page's entry opens with the time it was posted: "13:16 GMT – …", "10:26 a.m.: …", "0055: …", "0020 The
# council …", and with its zone a time in bare figures even without a leading zero ("1230 GMT:", "915 GMT:"), as no
# year is written so.
_ZONES = "|".join(map(re.escape, joined("TIME_ZONES")))
_ENTRY_STAMP_RE = re.compile(r"\s*(?:(?P<clock>(?:[01]?\d|2[0-3])[:.][0-5]\d(?:\s*[ap]\.m\.)?)"
                             r"|(?P<zoned>(?:[01]?\d|2[0-3])[0-5]\d(?=\s+(?:%s)\b))|(?P<hhmm>(?:[01]\d|2[0-3])[0-5]\d))"
                             r"(?:\s+(?:%s))?(?:\s*[:–—―-]\s+|\s+(?=[%s]))" % (_ZONES, _ZONES, capitals()))
LIVE_ENTRIES = 3     # so many paragraphs opening with a time make a live page


def entry_stamps(doc: Document) -> list[Span]:
    """The time stamps a live page's entries open with, when three paragraphs or more open so. A bare four-digit
    time ("0935 …") with no zone after it counts only on a page where one is written with its leading zero, as no
    year is: "1914 War …" in a chronology is a year."""
    found = [(p.start, m) for p in doc.body if (m := _ENTRY_STAMP_RE.match(doc.text, p.start, p.end))]
    if not any(m.group("hhmm").startswith("0") for _, m in found if m.group("hhmm")):
        found = [(start, m) for start, m in found if not m.group("hhmm")]
    return [Span(start, m.end()) for start, m in found] if len(found) >= LIVE_ENTRIES else []


def dateline_across(datelines: tuple[Span, ...], span: Span) -> Span | None:
    """The dateline (of ``dateline_spans``, in text order, one a paragraph) that overlaps a span, found by bisection:
    a round-up may have hundreds."""
    k = bisect_left(datelines, span.end, key=lambda d: d.start) - 1
    return datelines[k] if k >= 0 and datelines[k].end > span.start else None


def dateline_place_spans(doc: Document) -> tuple[Span, ...]:
    """The places the datelines below the article's own name ("NORDPORT" in "NORDPORT, Ost. (Agency) —")."""
    return tuple(Span(start + m.start("city"), start + m.end("city")) for _, start, m in _item_datelines(doc)
                 if m.groupdict().get("city"))


def dateline_span(doc: Document) -> Span | None:
    """The dateline at the head of the first body paragraph, if any: no claim includes it."""
    found = _dateline_in(doc)
    return Span(found[0], found[0] + found[1].end()) if found else None


def agency_span(doc: Document) -> Span | None:
    """Where the dateline names its agency: the document's publisher, a name but never a speaker."""
    found = _dateline_in(doc)
    if not found or not found[1].groupdict().get("agency"):
        return None
    start, m = found
    span = _strip(doc.text, Span(start + m.start("agency"), start + m.end("agency")))
    while span.end > span.start and doc.text[span.end - 1] in "./)":
        span = Span(span.start, span.end - 1)
    while span.end > span.start and doc.text[span.start] in "/(":
        span = Span(span.start + 1, span.end)
    return span if span.end > span.start else None


def dateline_place_span(doc: Document) -> Span | None:
    """Where the dateline names the place the story was filed from ("YEREVAN, November 26"), if it has one."""
    found = _dateline_in(doc)
    if not found or not found[1].groupdict().get("city"):
        return None
    start, m = found
    return Span(start + m.start("city"), start + m.end("city"))


DATELINE_PARAGRAPHS = 5   # the dateline opens one of the body's first paragraphs (under a title, a masthead, a date)


def _dateline_in(doc: Document) -> tuple[int, re.Match] | None:
    for p in doc.body[:DATELINE_PARAGRAPHS]:
        m = _dateline(doc.text[p.start:p.end])
        if m:
            return p.start, m
    return None
