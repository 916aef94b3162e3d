"""Deterministic identifiers: the same input always mints the same IRI.

Hash inputs are length-prefixed so that ("ab", "c") and ("a", "bc") differ.
Slugs are ASCII (Cyrillic is transliterated) so that every IRI is also a
valid URI that any RDF tool accepts; a hash suffix keeps distinct names apart.
"""
from __future__ import annotations

import hashlib
import os
import re
import unicodedata

BASE = "https://w3id.org/claimsgraph/"
ENTITY = BASE + "entity/"
DOC = BASE + "doc/"
CLAIM = BASE + "claim/"
MENTION = BASE + "mention/"
GRAPH = BASE + "graph/"
TOOL = BASE + "tool/claimsgraph"

_CYRILLIC = dict(zip(
    "абвгдеёжзийклмнопрстуфхцчшщъыьэюя",
    ["a", "b", "v", "g", "d", "e", "e", "zh", "z", "i", "y", "k", "l", "m", "n", "o",
     "p", "r", "s", "t", "u", "f", "kh", "ts", "ch", "sh", "shch", "", "y", "", "e",
     "yu", "ya"],
))


def digest(*parts: object, size: int = 16) -> str:
    """Hex digest of the parts, each prefixed by its length."""
    h = hashlib.sha256()
    for part in parts:
        data = str(part).encode("utf-8", "surrogatepass")   # never fails, and still one-to-one
        h.update(f"{len(data)}:".encode())
        h.update(data)
    return h.hexdigest()[:size]


def normalise_name(name: str) -> str:
    """The form under which names found in different documents are merged."""
    name = unicodedata.normalize("NFKC", name).casefold().replace("ё", "е")
    name = re.sub(r"[\W_]+", " ", name).strip()
    return re.sub(r"^the (?=\w)", "", name)


def slug(text: str, limit: int = 60) -> str:
    """Lowercase ASCII words joined by hyphens; never empty."""
    out = []
    for ch in unicodedata.normalize("NFKC", text).lower():
        if ch in _CYRILLIC:
            out.append(_CYRILLIC[ch])
        else:
            base = unicodedata.normalize("NFKD", ch)[0]
            out.append(base if base.isascii() and base.isalnum() else "-")
    result = re.sub(r"-+", "-", "".join(out)).strip("-")[:limit].strip("-")
    return result or "x"


def entity_iri(key: str) -> str:
    return ENTITY + key


# Latin letters written as two in English romanisation, or with no Latin base, and Cyrillic letters beyond Russian.
_LATIN = {"ı": "i", "ł": "l", "ø": "o", "đ": "d", "ð": "d", "þ": "th", "ß": "ss", "æ": "ae", "œ": "oe",
          "č": "ch", "ć": "ch", "ç": "ch", "š": "sh", "ş": "sh", "ș": "sh", "ž": "zh",
          "і": "i", "ї": "yi", "є": "ye", "ґ": "g", "ў": "u"}
# Spellings of one sound in the common romanisations, folded to one ("Dzheyhun", "Jeyhun"; "Khan", "Han";
# "Yulia", "Iulia"; "Mevlüt", "Mevlyut").
_SAME_SOUND = (("x", "ks"), ("dzh", "j"), ("kh", "h"), ("y", "i"), ("iu", "u"))


def name_key(name: str) -> str:
    """The form under which a name is one entity whatever its script or romanisation.

    Cyrillic is transliterated, Latin diacritics dropped, and spellings of one
    sound folded, so "Ахмет Йылмаз", "Ahmet Yılmaz" and "Ahmet Yilmaz" are all
    "ahmet ilmaz". Letters of other scripts stay as they are.
    """
    out = []
    for ch in normalise_name(name):
        if ch in _CYRILLIC or ch in _LATIN:
            out.append(_CYRILLIC.get(ch, _LATIN.get(ch)))
        else:
            base = unicodedata.normalize("NFKD", ch)[0]
            out.append(base if base.isascii() else ch)
    key = "".join(out)
    for spelling, sound in _SAME_SOUND:
        key = key.replace(spelling, sound)
    key = re.sub(r"\bie", "e", key)   # a word-initial Е romanised "Ye": "Yevgeny", "Евгений"
    return re.sub(r"([^\W\d_])\1+", r"\1", key)   # doubled letters: "Mikkel", "Микель"


def new_entity_key(name: str) -> str:
    """Key for a name the registry lacks: readable slug plus a hash, both of its name key (one across scripts)."""
    key = name_key(name)
    return f"{slug(key)}-{digest(key, size=6)}"


def file_name_text(name: str) -> str:
    """A file name as valid Unicode without losing a byte of it.

    POSIX file names are bytes; ``os.fsdecode`` keeps those that are not UTF-8
    as lone surrogates, which no RDF serialiser or terminal accepts. Such a
    name is written with each of those bytes as ``%XX`` and ``%`` itself as
    ``%25``, so that two names never meet; a UTF-8 name is left as it is.
    """
    raw = os.fsencode(name)
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        text = raw.decode("utf-8", "surrogateescape").replace("%", "%25")
        return re.sub("[\udc80-\udcff]", lambda m: f"%{ord(m.group()) - 0xDC00:02X}", text)


def doc_iri(file_name: str) -> str:
    """Keyed by file name, so an edited article keeps its IRI and its named graph."""
    return f"{DOC}{slug(file_name)}-{digest(file_name, size=8)}"


def doc_graph_iri(file_name: str) -> str:
    return doc_iri(file_name).replace(DOC, GRAPH + "doc/", 1)


def claim_iri(doc_name: str, kind: str, start: int, end: int, value: object = None) -> str:
    return CLAIM + digest(doc_name, kind, start, end, value)


def mention_iri(doc_name: str, entity_key: str, start: int, end: int) -> str:
    return MENTION + digest(doc_name, entity_key, start, end)
