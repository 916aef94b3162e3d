"""Language data as data: the rules read their words from graph/lang, so a word added there is picked up."""
import ast
import re
from pathlib import Path

import pytest

from claimsgraph.extract import extract
from claimsgraph.ingest import parse_document
from claimsgraph.lang import LANGUAGES, alternation, en, joined, merged, ru
from claimsgraph.link import Linker
from claimsgraph.model import Entity

PACKAGE = Path(__file__).resolve().parent.parent / "graph"


@pytest.fixture(scope="module")
def linker():
    return Linker([
        Entity("vantree", "Orla Vantree", "Person", pref_labels=(("Orla Vantree", "en"),),
               alt_labels=(("Vantree", "en"),)),
        Entity("kellmouth", "Kellmouth", "Place", pref_labels=(("Kellmouth", "en"),)),
        Entity("brann", "Taras Brann", "Person", pref_labels=(("Тарас Бранн", "ru"),)),
    ])


def claimants(text, linker):
    doc = parse_document("t.txt", text.encode(), "text/plain")
    return [(c.claimant, c.rule) for c in extract(doc, linker).claims]


def test_lang_new_english_speech_lemma_is_picked_up(linker, monkeypatch):
    text = "Orla Vantree carped that the harbour of Kellmouth would stay shut until the spring."
    assert claimants(text, linker) == [(None, "own_voice")]
    monkeypatch.setattr(en, "SPEECH_LEMMAS", en.SPEECH_LEMMAS | {"carp"})
    assert claimants(text, linker) == [("vantree", "verb_subject")]


def test_lang_new_russian_reporting_stem_is_picked_up(linker, monkeypatch):
    text = "Порт Келмута откроется весной, пробурчал Тарас Бранн во вторник."
    assert claimants(text, linker) == [(None, "own_voice")]
    monkeypatch.setattr(ru, "REPORTING_STEMS", (*ru.REPORTING_STEMS, "пробурч"))
    assert claimants(text, linker) == [("brann", "verb_right")]


def test_lang_tables_over_every_language_keep_each_languages_entries():
    assert alternation("CLAUSE_JOIN") == f"{en.CLAUSE_JOIN}|{ru.CLAUSE_JOIN}"
    assert alternation("YEAR_SUFFIXES") == ru.YEAR_SUFFIXES          # an empty table adds nothing
    assert joined("ANSWER_LABELS") == (*en.ANSWER_LABELS, *ru.ANSWER_LABELS)
    assert merged("PRONOUN_GENDERS")["she"] == merged("PRONOUN_GENDERS")["она"] == "femn"
    assert set(LANGUAGES) == {"en", "ru"}


# A phrase of two words ("said by", r"of\s+the") or an alternation of words ("said|told"), or a Russian word:
# what a word list or a cue looks like inside a string literal.
_WORD = r"[^\W\d_]{2,}"
_PHRASE = re.compile(rf"(?<![\\<])\b{_WORD}(?: |\||\\s[+*]?)(?:\(\?:)?{_WORD}\b")
_RUSSIAN_WORD = re.compile(r"[а-яё]{3,}", re.I)


def _wordy_literals(source: str) -> list[tuple[int, str]]:
    """String literals outside docstrings that hold a phrase, an alternation of words or a Russian word."""
    tree = ast.parse(source)
    docstrings = {id(node.body[0].value) for node in ast.walk(tree)
                  if isinstance(node, (ast.Module, ast.ClassDef, ast.FunctionDef)) and node.body
                  and isinstance(node.body[0], ast.Expr) and isinstance(node.body[0].value, ast.Constant)}
    return [(node.lineno, node.value) for node in ast.walk(tree)
            if isinstance(node, ast.Constant) and isinstance(node.value, str) and id(node) not in docstrings
            and (_PHRASE.search(node.value) or _RUSSIAN_WORD.search(node.value))]


def test_lang_wordy_literal_check_finds_word_lists_and_spares_code():
    source = '"""A docstring may quote "said by" and «по словам»."""\n' \
             'CUES = r"(?:said|told)\\s+by"\nSTEMS = ("заяв",)\nPHRASE = "according to"\n' \
             'KINDS = {"Person", "verb_left"}\nNAME = r"[A-ZА-ЯЁ][а-яё]+(?:\\s+\\w+)?"\nDEP = ("nsubj", "dobj")\n'
    assert sorted(line for line, _ in _wordy_literals(source)) == [2, 3, 4]


@pytest.mark.parametrize("module", sorted([*(PACKAGE / "extract").glob("*.py"), PACKAGE / "segment.py",
                                           PACKAGE / "names.py", PACKAGE / "link.py"]),
                         ids=lambda p: p.name)
def test_lang_modules_are_the_only_place_holding_word_lists(module):
    """The extraction and naming rules read every word from graph/lang; a cue written into a rule fails here."""
    assert _wordy_literals(module.read_text(encoding="utf-8")) == []
