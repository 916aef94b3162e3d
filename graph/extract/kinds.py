"""The kind of a claim without a figure: an event (something that happened at a time and place: a
meeting, a signing, a deployment) or a statement (a reported assertion or the article's own).

Most sentences are not parsed (``nlp.parse_of`` covers only those with a verb of saying), so the
kind is read from the written forms and, in a language read by its morphology, from each word's tags.
"""
from __future__ import annotations

import re

from ..lang import LANGUAGES, alternation, language
from ..link import morph
from ..nlp import english, irregular_past_forms

_EVENT = {module: re.compile(rf"{module.EVENT_CUES}|{module.MORE_EVENT_CUES}", re.I) for module in LANGUAGES.values()}
# What was due, not done: "had to decide", "пришлось отложить".
_NOT_DONE_PHRASE = {module: re.compile(rf"(?<!\w)(?:{module.NOT_DONE_PHRASES})(?!\w)", re.I)
                    for module in LANGUAGES.values()}
# News of something, not the thing: "it emerged that …", "стало известно, что …".
_BECAME_KNOWN = {module: re.compile(rf"(?<!\w)(?:{module.BECAME_KNOWN_PHRASES})(?!\w)", re.I)
                 for module in LANGUAGES.values()}
# Verbs of saying, by stem, in a language read by its morphology: "сообщили" reports words, not an event.
_REPORTING = {module: re.compile(rf"(?:{'|'.join(module.REPORTING_STEMS + module.SAYING_STEMS) or '(?!)'})", re.I)
              for module in LANGUAGES.values()}
# When something happened: a weekday, a month with its day ("May 14", "Sept. 16th") or after a preposition, a year, a
# word of time.
_WHEN = {module: re.compile(
    rf"(?<!\w)(?:(?:{'|'.join(module.WEEKDAYS) or '(?!)'})"
    rf"|(?:{'|'.join(module.AT_MONTH)})\s+(?:{'|'.join(module.MONTHS)})"
    rf"|(?:{'|'.join(module.MONTHS)})\.?\s+\d{{1,2}}(?:{'|'.join(module.ORDINAL_SUFFIXES) or '(?!)'})?"
    rf"|\d{{1,2}}\s+(?:{'|'.join(module.MONTHS)})|(?:1[89]|20)\d\d"
    rf"|{module.EVENT_TIMES}|{module.CLOCK_TIMES}|(?:{module.MONTH_PARTS})\s*(?:{'|'.join(module.MONTHS)}))(?!\w)", re.I)
    for module in LANGUAGES.values()}
# A clause inside the sentence between commas, opened by a relative word: its verb is not the sentence's.
_SUBORDINATE = {module: re.compile(rf",\s+(?:{module.SUBORDINATE_OPENERS})(?!\w)[^,;:]*(?:,|$)", re.I)
                for module in LANGUAGES.values()}
# Acts a body declares or imposes ("a mistrial", "траур"), by name.
_ACT = {module: re.compile(module.ACTS_DECLARED, re.I) for module in LANGUAGES.values()}
_ACT_VERB = {module: re.compile(rf"(?:{module.ACT_VERB_STEMS})", re.I) for module in LANGUAGES.values()}
# A source told after what it reports, at the end of the sentence, with the source it cites: ", the agency said.",
# "», — сообщили в ведомстве.", ", Northwire reports, citing the ministry."
_TRAILING_SOURCE = {module: re.compile(
    rf"(?:[,\u201d\"\u00bb]\s*[\u2014\u2013-]?|\s[\u2014\u2013])\s*(?:[^,.;]{{0,80}}?\s)?(?:{module.TRAILING_SAYING_VERBS})(?!\w)"
    rf"(?P<tail>[^,.;]*)(?:,\s*(?:{'|'.join(map(re.escape, module.CITING))})\s[^;]*?)?[.\u201d\"\u00bb]*\s*$", re.I)
    for module in LANGUAGES.values()}
# A clause the verb of saying takes after it ("…, X said they will …"): the verb frames it, no source trails.
_CLAUSE_AFTER = {module: re.compile(rf"\s*(?:{'|'.join(module.CLAUSE_AFTER_SAYING) or '(?!)'})\s+\w", re.I)
                 for module in LANGUAGES.values()}
_AGREED = {module: re.compile(rf"(?<!\w)(?:{module.AGREEMENT_VERBS})(?!\w)", re.I) for module in LANGUAGES.values()}
FIRST_PERSON = re.compile(rf"(?<!\w)(?:{alternation('FIRST_PERSON')})(?!\w)", re.I)   # "I", "we", "our", "мы"


def claim_kind(text: str, lang: str, claimant: str | None, rule: str) -> str:
    """Something that happened, told in the article's (or an issuing body's) own voice, or told before
    "this was reported by X", is an event, and so is what a speaker says happened at a time (``_told_happening``);
    else what a speaker says is that speaker's statement, and so is a sentence in the first person left in the
    article's voice (a quotation whose speaker was not found)."""
    own = language(lang)
    happened = (claimant is None or rule in ("document", "reported")) and not FIRST_PERSON.search(text) \
        and _happened(text, own)
    # what happened needs no second reading: ``_told_happening`` may parse the sentence again (``_main_verb``)
    told = not happened and claimant is not None and _told_happening(text, own)
    return "event" if happened or told or _relayed_event(text, own) else "statement"


def _told_happening(text: str, own) -> bool:
    """What a speaker tells happened at a time, by a cue of happening in the main clause and a time both, told as done
    ("the talks were held in Orlov on 3 May", "первое заседание прошло 5 июня"): an event the speaker reports, in
    their words or the first person; not an agreement ("the sides agreed on 5 May to …" tells terms). A cue or a time
    alone in a speaker's words is a view or a forecast as often."""
    # the time first: most sentences tell none, and it is the cheaper search
    return bool(_WHEN[own].search(text)) and bool(_EVENT[own].search(_main_clause(text, own))) \
        and not _AGREED[own].search(text) and _happened(text, own)


def _main_clause(text: str, own) -> str:
    """In a language read by its morphology, the sentence without its relative clauses (``_SUBORDINATE``)."""
    return _SUBORDINATE[own].sub(",", text) if own.MARKS_CASE else text


def _relayed_event(text: str, own) -> bool:
    """Something that happened, told first by a word of happening and its source after it, which ends the sentence
    ("Two men were arrested on Friday, the agency said", "Встреча прошла в Орлове 5 мая, сообщает пресс-служба"): the
    article relays an event, whoever reports it; not words in the first person, nor an agreement ("the sides had
    agreed to …, the ministry said" tells terms), nor a verb with its clause after it ("Speaking at the talks on
    Monday, X said they will …": what X says)."""
    source = _TRAILING_SOURCE[own].search(text)
    if source is None or _CLAUSE_AFTER[own].match(source.group("tail")):
        return False
    told = text[:source.start()]
    return not FIRST_PERSON.search(told) and not _AGREED[own].search(told) and bool(_EVENT[own].search(told)) \
        and _happened(told, own)


def _happened(text: str, own) -> bool:
    """An event: a cue of something happening and a time ("talks were held on Tuesday"), or either one told
    as done ("The clash took place near the border", "The river burst its banks in 2020"); the same cue
    in the present, the progressive or the future ("talks will be held", "the group still meets") is a
    statement. In a language read by its morphology the cue is the main clause's, as the verb is (``_done``): "сроки,
    которые были приплюсованы к приговору, остались" tells a state, not the sentence."""
    done = _done(text, own)
    if done is False:
        return False                 # what no cue or time makes done: the searches below are not needed
    if _declares_an_act(text, own):
        return True                  # "a judge declared a mistrial", not "would declare", "if they opposed a truce"
    cue, when = bool(_EVENT[own].search(_main_clause(text, own))), bool(_WHEN[own].search(text))
    if not own.MARKS_CASE and (done is True and (cue or when) or done is None and cue and not when):
        root = _main_verb(text)
        if done is None:     # "the town was badly hit": a cue, and a past the forms do not show, is
            return _main_verb_done(root, own, when) and _done_once(root, own)
        done = _main_verb_done(root, own, when)
    return (cue or when) and done is True or (cue and when and done is None)


def _done(text: str, own) -> bool | None:
    """The claim tells something done: a past form, a perfect or a passive ("took", "has received", "are
    held"), not a modal's or a progressive ("will sign", "is hosting"), nor news that something became known
    ("стало известно, что …"). Read from the written forms, since only sentences with a verb of saying are parsed
    (``nlp.parse_of``): in Russian the morphology of the first finite verb past the article's asides of saying
    ("Напомним, …", "Как сообщалось ранее, …"): its past tense, unless negated, a clause a relative word opens
    passed over ("в районах, которые затронул паводок, …"); words only when no other verb follows; else a short
    participle that is itself a cue of happening ("задержан в Орлове", "доставлен в отдел"), not an adjective's
    kind ("намерены"); in English the forms themselves; None when nothing tells."""
    if _NOT_DONE_PHRASE[own].search(text) or _BECAME_KNOWN[own].search(text):
        return False         # "experts had to decide by May", "им пришлось отложить встречу", "стало известно, что …"
    if own.MARKS_CASE:     # a language read by its morphology
        negated = said = False
        participle = None        # a short participle of happening, and whether it is negated
        for token in re.findall(rf"[{own.LETTERS}]+", _SUBORDINATE[own].sub(",", text), re.I):
            if token.lower() in own.NOT_DONE_AUXILIARIES:
                return False
            tag = morph().parse(token)[0].tag
            if tag.POS == "VERB" and not _REPORTING[own].match(token):
                return "past" in tag and not negated
            if tag.POS == "PRTS" and participle is None and _EVENT[own].search(token):
                participle = not negated
            said = said or tag.POS == "VERB"
            negated = token.lower() in own.NEGATIONS
        return False if said else participle
    return _done_as_written(text, own)


def _done_as_written(text: str, own) -> bool | None:
    """English: a modal, a progressive or a state since a time is not done ("will sign", "is hosting", "since
    May … has blocked"); a past form is ("crossed", "took": "-ed" or a form the lemmatiser lists for another
    verb than "be", "have", "do"); else None."""
    words = re.findall(r"[a-z][a-z'’\-]*", text.lower())
    # as written: "may", "states"; not "in May", "the United States"
    written = set(re.findall(r"(?<![\w'’\-])[a-z][a-z'’\-]*", text))
    if written & (own.NOT_DONE_AUXILIARIES | own.WORDS_ONLY) or _PROGRESSIVE.search(text) \
            or _ONGOING_SINCE.search(text):
        return False     # "will sign", "is hosting", "since May … has blocked"; "lawyers had said …" reports words
    past = irregular_past_forms()
    return True if any(w.endswith("ed") and len(w) > 4 or w in past for w in words) else None


def _main_verb(text: str):
    """English: the sentence's main verb, parsed only for the few sentences whose forms or cues tell a past."""
    return next(t for t in english()(text, disable=["ner"]) if t.dep_ == "ROOT")


def _main_verb_done(root, own, timed: bool) -> bool:
    """English: a past form may stand in a clause of its own ("the accord it created looks fragile", "they
    welcome the steps taken in May"); the main verb in the present, negated, one of a state in the past ("the man
    was wanted over a theft last week"; "was" itself only with a time told, not "it has been a year since the day
    the envoy resigned") or one of saying in the active ("X criticised the plan"; "Y was declared the
    capital" is an act) tells a state or words, not something that happened, unless it only places a past clause
    ("the rush comes after X signed the act in May"; not "since X took office", which tells a span); nor one whose
    object is a view with its content ("they shared the view that …")."""
    deps = {child.dep_ for child in root.children}
    told_after = any(child.dep_ == "advcl" and child.tag_ == "VBD"
                     and not any(word.dep_ == "mark" and word.lower_ in own.SPAN_SUBORDINATORS
                                 for word in child.children)
                     for child in root.children)
    return not (root.tag_ in ("VBZ", "VBP") and not told_after or "neg" in deps or _none_took_part(root, own)
                or (root.lemma_ in own.STATE_LEMMAS - own.TIMED_ACT_LEMMAS
                    or root.lemma_ in own.TIMED_ONLY_LEMMAS and not timed) and not told_after
                or root.lemma_ in own.SPEECH_LEMMAS and not deps & {"auxpass", "nsubjpass"}
                and not _topicless(root, own)
                or any(child.dep_ == "dobj" and child.lemma_ in own.VIEW_NOUNS
                       and any(word.dep_ in ("acl", "ccomp") for word in child.children) for child in root.children))


def _topicless(root, own) -> bool:
    """"He spoke at the forum": a verb that tells words only with their topic (``TOPIC_READING_LEMMAS``: "spoke of
    a breakthrough") or a clause, with neither, tells an act."""
    topics = own.TOPIC_READING_LEMMAS.get(root.lemma_)
    return topics is not None and not any(child.dep_ in ("ccomp", "parataxis") or child.dep_ == "prep"
                                          and child.lower_ in topics for child in root.children)


def _done_once(root, own) -> bool:
    """English: a main verb in the simple past or the past passive that tells an act, not a state ("the crowd
    stormed the gate", "the roads were closed", not "the plan was vague", "the report showed losses"): something
    that happened, though no word of the tables names it and no time is told. Not a verb that casts its object
    as something ("X presented the deal as a triumph": a view), nor one whose subject is a relative word (a
    clause split from the sentence before: "…, which led to delays")."""
    past = root.tag_ == "VBD" or root.tag_ == "VBN" and any(child.dep_ == "auxpass" and child.tag_ == "VBD"
                                                              for child in root.children)
    return past and root.lemma_ not in own.STATE_LEMMAS and not any(
        child.dep_ == "prep" and child.lower_ in own.PREDICATIVE_PREPOSITIONS
        or child.dep_ in _SUBJECTS and child.tag_ in _RELATIVE_TAGS for child in root.children)


_SUBJECTS = ("nsubj", "nsubjpass")
_RELATIVE_TAGS = ("WDT", "WP")    # "which", "who"


def _none_took_part(root, own) -> bool:
    """The main verb's subject or object is none ("No charges were filed on Monday", "Nobody was hurt", "There was no
    word on whether the talks resumed"), or a line without a verb names none as its head ("No talks until the
    debts are paid"): nothing happened."""
    return any(word.lower_ in own.NEGATING_WORDS
               or any(child.dep_ == "det" and child.lower_ in own.NEGATING_WORDS for child in word.children)
               for word in (root, *(child for child in root.children if child.dep_ in _PARTICIPANTS)))


_PARTICIPANTS = ("nsubj", "nsubjpass", "attr", "dobj", "expl")


_PROGRESSIVE = re.compile(alternation("PROGRESSIVE"), re.I)
_ONGOING_SINCE = re.compile(alternation("ONGOING_SINCE"), re.I)


def _declares_an_act(text: str, own) -> bool:
    """An act a body declares, imposes or lifts, told as done: the act's name stands a few words after a verb in the
    past that declares, imposes or keeps one ("a judge declared a mistrial", "в провинции ввели режим ЧС",
    "объявили траур"), in the same clause, that verb not negated ("не ввели карантин"); "critics opposed the
    lockdown", "said the curfew would end" tell words. In a language read by its morphology the verb may also
    follow the act's name a few words on ("Карантин в посёлке введен с понедельника"), its word order being
    free; an English passive after its subject is read by its main verb (``_main_verb_done``)."""
    for m in _ACT[own].finditer(text):
        before = text[max(0, m.start() - ACT_LOOK_BACK):m.start()]
        words = re.findall(rf"[{own.LETTERS}'’\-]+", re.split(r"[,;:—―–]", before)[-1])
        if _act_verb_among(words, max(0, len(words) - ACT_WORDS_BEFORE - 1), own):
            return True
        if own.MARKS_CASE:
            after = re.split(r"[,;:—―–.]", text[m.end():m.end() + ACT_LOOK_BACK])[0]
            if _act_verb_among(re.findall(rf"[{own.LETTERS}'’\-]+", after)[:ACT_WORDS_AFTER + 1], 0, own):
                return True
    return False


def _act_verb_among(words: list[str], first: int, own) -> bool:
    """A word from ``first`` on is a verb in the past that declares or imposes an act, the word before it no
    negation."""
    return any(_ACT_VERB[own].match(words[i]) and _past_verb(words[i], own)
               and (i == 0 or words[i - 1].lower() not in own.NEGATIONS) for i in range(first, len(words)))


ACT_WORDS_BEFORE = 3    # words between the verb and the act's name: "declared a nationwide state of emergency"
ACT_WORDS_AFTER = 3     # words between the act's name and its verb: "режим ЧС федерального уровня введен"
ACT_LOOK_BACK = 200     # characters around the act's name where its verb may stand (bounds the work on long text)


def _past_verb(word: str, own) -> bool:
    """A verb in the past that is not one of only saying: by its tags in a language read by its morphology (a short
    participle too: "признан", "введен"), else by its form ("-ed", or a past form the lemmatiser lists)."""
    low = word.lower()
    if own.MARKS_CASE:
        tag = morph().parse(word)[0].tag
        return (tag.POS == "VERB" and "past" in tag or tag.POS == "PRTS") and not _SAYING[own].match(word)
    return low not in own.WORDS_ONLY and (low.endswith("ed") and len(low) > 4 or low in irregular_past_forms())


_SAYING = {module: re.compile(rf"(?:{'|'.join(module.SAYING_STEMS) or '(?!)'})", re.I) for module in LANGUAGES.values()}
