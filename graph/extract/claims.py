"""Sentences to claims: who asserts them, what they are about, which figures they give.

Every sentence of the article body that asserts something becomes a claim;
questions, greetings, headings and lines that introduce a quotation do not.
A figure with a unit is a claim of its own. The claimant comes, in order,
from the sentence's own reporting frame, the quotation it stands in, a frame
that closes its paragraph, or else the article's own voice (``None``).
"""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from bisect import bisect_left, bisect_right
from functools import cache, lru_cache
from itertools import islice
from types import ModuleType

from ..ingest import PICTOGRAPHS, dateline_across, dateline_spans, dates_in, detect_language, entry_stamps, TURN_LABELS
from ..lang import LANGUAGES, alternation, capitals, joined, language, merged, one_of, tables, titles_by_word
from ..link import case_forms, morph, token_keys, tokens
from ..names import (ISSUED_TITLE, POSSESSIVE_AFTER, SENTENCE_CLOSED, TITLE_OF_BODY_REACH, TITLE_ONLY,
                     given_name_gender, in_own_quotes)
from ..model import Claim, Document, Entity, Mention, MentionIndex, QuoteRegion, Sentence, Span, outermost
from ..nlp import Analysis, Word
from .kinds import FIRST_PERSON, claim_kind
from .attribution import (DASH_TAG_BEFORE, FIRST_PERSON_SUBJECT, OPENING_AFTER_GERUND, RELAY_OPENER_REACH,
                          SINGULAR_FIRST_PERSON, SPEAKER_TYPES, TAG_ASIDE, Discourse, Frame, clause_after, clause_end,
                          described_subject, find_frame, last_of_a_list, media_outlets, gerund, in_nominative,
                          named_later, quoted_name_inside, quoted_right_after, unnamed_person, unnamed_speaker,
                          verb_gender, verbs, withholds)
from .quantities import SPANS_OF_TIME, Quantity, carried_unit, find_quantities
from ..segment import title_cased as _title_cased
from .relations import find_relation

_GREETING = re.compile(rf"^\W*(?:(?:{alternation('GREETING_ADDRESS')})\.? [A-Z]\w+,\s*)*"
                       rf"(?:{alternation('GREETINGS')})", re.I)
# A sentence that only greets or acknowledges, a turn of a talk: "Jon Vell, good morning.", "Yeah, good to see
# you.", "Oh, right.", "Йон Петрович, добрый день!" (an address may come before or after it).
_ADDRESS = rf"(?-i:[{capitals()}][\w’'.]*(?:\s+[{capitals()}][\w’'.]*){{0,3}})"
_SALUTATION = re.compile(rf"\W*(?:(?:{alternation('SALUTATION_OPENERS')})\W+)?(?:{_ADDRESS},\s*)?"
                         rf"(?:{alternation('SALUTATIONS')})(?:,?\s+{_ADDRESS})?(?:,?\s+(?:{alternation('SALUTATIONS')}))?"
                         rf"(?:,?\s+{_ADDRESS})?\W*", re.I)
# A paragraph of a magazine's name and its issue alone ("Harbour Business, July 2007."): the source of the piece,
# page furniture, no claim.
_ISSUE_LINE = re.compile(rf"(?-i:[{capitals()}])[\w.\-]*(?:\s+[\w.\-]+){{0,2}},\s+"
                         rf"(?:{'|'.join(sorted(merged('MONTHS'), key=len, reverse=True))})\.?\s+\d{{4}}\W*", re.I)
# Courtesies anywhere in a sentence: "X conveyed the greetings of Y".
_COURTESY = re.compile(alternation("COURTESIES"), re.I)
# A sentence pointing the reader to material ("Here is what we know", "Вашему вниманию комментарии …") or calling on
# them to subscribe, wherever it stands in a paragraph: page furniture run into the article's text.
_SIGNPOST = re.compile(rf"\W*+(?:(?:{alternation('SIGNPOSTS')})(?!\w)|{alternation('READER_CALLOUTS')})", re.I)

# Confidence: the share of claims each claimant rule made with the right claimant on nine sets that
# were validation sets, no rule written from them, when it was fitted (tests/data/untuned13-* to untuned16-*,
# untuned17-other, all read since: 72 articles; 614 statements, 250 figures), drawn towards its share on the
# development sets as if those added ten claims (`python3 scripts/calibrate.py`, README "Extraction quality"). A
# rule that fired on none of them keeps its share on the development sets, or the one it had.
# `evaluate` prints precision by confidence band and the calibration error beside it.
CONFIDENCE = {
    "quotation": 0.79, "interview": 0.87, "document": 0.92, "according_to": 0.8, "verb_subject": 0.79,
    "verb_left": 0.75, "verb_right": 0.77, "anaphor": 0.82, "own_voice": 0.74, "paragraph": 0.68,
    "own_report": 0.88, "relay": 0.67, "as_saying": 0.88, "cataphora": 0.81, "reported": 0.9, "readout": 0.7,
    "findings": 0.6,
}
# Figures: the claimant found for the sentence, as above, measured on figures alone.
FIGURE_CONFIDENCE = {
    "quotation": 0.88, "interview": 0.94, "document": 0.96, "according_to": 0.89, "verb_subject": 0.69,
    "verb_left": 0.89, "verb_right": 0.8, "anaphor": 0.69, "own_voice": 0.82, "paragraph": 0.88, "own_report": 0.9,
    "relay": 0.87, "as_saying": 0.6, "cataphora": 0.73, "reported": 0.83, "readout": 0.74, "findings": 0.6,
}
BORROWED_UNIT = 0.9   # "12 of them", "and 12 to the coast": the unit is a guess


def extract_claims(doc: Document, sentences: list[Sentence], quotes: list[QuoteRegion],
                   mentions: MentionIndex, entities: dict[str, Entity],
                   publisher: str | None, analysis: Analysis | None = None) -> list[Claim]:
    quotes = _cut_at_inner_tags(doc, quotes)
    outside = _outside_quotes(doc, quotes)
    datelines = dateline_spans(doc)
    speakable = _speakable(mentions, datelines)
    discourse = Discourse({k: e.type for k, e in entities.items()},
                          {k: e.label for k, e in entities.items()},
                          roles=_roles(doc, entities, mentions),
                          genders=_genders(entities, mentions, doc), base_forms=_base_forms(entities, mentions),
                          media=media_outlets(entities), hosts=_dateline_outlets(mentions, datelines),
                          affiliations=_registry_affiliations(entities, mentions),
                          named_ahead=tuple((pos, k) for k, pos in _first_named(speakable).items()))
    labels = speaker_labels(doc, mentions, discourse.types)
    headline = _headline(doc)
    top = max(headline.end if headline is not None else 0, _page_top(doc))
    analysis = analysis or Analysis(())
    attributions, relays = _attribute(doc, sentences, quotes, speakable, discourse, outside,
                                      publisher, labels, headline, analysis)
    types = discourse.types
    claims: list[Claim] = []
    previous_unit: str | None = None
    # once per paragraph, not per sentence: a 100 kB paragraph of many sentences stays linear
    title_cased = cache(lambda i: _title_cased(doc.text[doc.body[i].start:doc.body[i].end]))
    punctuated = _punctuated(doc)
    shouted = _set_in_capitals(doc)
    headed = cache(lambda i: punctuated and _headed(doc.text[doc.body[i].start:doc.body[i].end]))
    for s, (claimant, rule, frame), via in zip(sentences, attributions, relays):
        span = s.span
        if span.start < top:
            continue
        dateline = dateline_across(datelines, span)
        if dateline is not None:   # a sentence may end inside it
            span = _after(doc.text, Span(max(dateline.end, span.start), span.end))
        label = labels.get(s.paragraph)
        if label is not None:
            if label[0] == "question":
                continue
            if span.start < label[1]:
                span = Span(label[1], span.end)
        text = doc.text[span.start:span.end]
        pointing = _points_back(text, doc.lang)
        # "Такое мнение X высказал, отметив, что …": the rest is X's, when X is named here as the frame's speaker
        # (not someone the text spoke of before, nor no one: "Об этом сообщили в …, уточнив, что …")
        if pointing and frame is not None and claimant == frame.speaker and frame.subject is not None \
                and span.start <= frame.subject.start < span.end \
                and (goes_on := _report_after_reference(text, doc.lang)) is not None:
            span = Span(span.start + goes_on, span.end)
            text = doc.text[span.start:span.end]
        elif pointing or _RELAY_NOTE.match(text) or rule == "signature":
            continue
        if frame is not None and frame.points_back and claimant == frame.speaker \
                and span.start <= frame.verb.start < span.end:
            claimant, rule = None, "own_voice"   # "X said this at a briefing": the article's account of it
        via = via if claimant else ()
        about = _about(mentions, span, claimant, publisher, via)
        date = next(iter(dates_in(text)), None)
        # a question asserts nothing, not even its figures; nor does a heading, a link to another story or a pointer
        figures = [] if _QUESTION.search(text) or headed(s.paragraph) or _SIGNPOST.match(text) else \
            find_quantities(doc.text, span, doc.lang, previous_unit)
        previous_unit = carried_unit(doc.text, figures, previous_unit)
        # "Ruritania, which has about 2,000 troops there, said …": figures in the text describing its speaker
        # "…, said Varga, who has led the council for 12 years": and those in a clause describing it after the tag
        # the person a title stood for speaks the title's frame ("The governor of the bank said …. Roe added …")
        speaking = frame if frame is not None and (claimant == frame.speaker or rule == "cataphora") else None
        description = _speaker_description(doc.text, span, speaking, _language(doc, span))
        describing = [speaking is not None and (frame.subject is not None and frame.subject.end <= q.span.start
                                                and q.span.end <= frame.verb.start
                                                or description is not None and q.span.start >= description)
                      for q in figures]
        quoted_before = bool(figures) and _quoted_before_tag(span, frame, quotes)
        inserted = bool(figures) and frame is not None and _tag_inside_clause(analysis.parse_of(span), frame)
        reporting = [frame is not None and claimant == frame.speaker
                     and (_in_report(doc.text, frame, q.span, quoted_before) and not inserted
                          and not _quotation_resumed(frame, q.span, quotes)
                          or _sets_the_scene(doc.text, frame, q, doc.lang)
                          or _in_opening_occasion(doc.text, span, frame, q.span, doc.lang)
                          or _in_narration(doc.text, frame, q.span, doc.lang)
                          or _led_to_demand(doc.text, span, frame, q.span, analysis.parse_of(span), doc.lang))
                     for q in figures]
        for i, q in enumerate(figures):
            described = describing[i] or reporting[i] or _in_article_aside(doc.text, span, q.span)
            who, how, relayed = (None, "own_voice", ()) if described else (claimant, rule, via)
            owner = _figure_owner(doc.text, span, q.span, mentions, types, doc.lang) if who is None else None
            if owner is not None:   # "…, short of the board's forecast of 70 percent": the board's figure
                who, how = owner, "according_to"
            claims.append(Claim(
                kind="quantity", span=_figure_phrase(doc.text, span, q.span, figures[i + 1:i + 2], figures[max(i - 1, 0):i]),
                claimant=who,
                about=_about(mentions, span, who, publisher, relayed) if described else about,
                rule=f"quantity/{how}", value=q.value,
                confidence=round(_confidence(how, who, FIGURE_CONFIDENCE) * (BORROWED_UNIT if q.borrowed else 1.0), 2),
                unit=q.unit, approximate=q.approximate, bound=q.bound, date=date, lang=doc.lang, via=relayed,
                canonical_unit=q.canonical_unit, range_from=q.range_from))
        paragraph = doc.body[s.paragraph]
        whole = paragraph == s.span or title_cased(s.paragraph)
        answer = label is not None and label[0] != "question" or _signed_post(frame, span)
        timed_only = all(q.canonical_unit in SPANS_OF_TIME for q in figures)   # "for 12 years": a statement too
        if not _asserts(text, whole, answer, unspoken=frame is None and claimant is None, shouted=shouted):
            continue
        occasion = _closing_occasion(doc.text, span, _language(doc, span))
        if occasion is not None:   # "…, as she announced at a briefing on Monday": where the words were said
            claims.append(_claim(doc, occasion, None, "own_voice", mentions, types, publisher, date, kind="event"))
            span = _trim(doc.text, Span(span.start, occasion.start))
        comment = _trailing_comment(doc.text, span)
        if comment is not None:   # ", a claim Vellmar rejects": its own claim, its own speaker
            words = analysis.parse_of(comment)
            said = find_frame(doc.text, comment, _language(doc, comment), mentions, discourse, outside, publisher,
                              words)
            if said is not None and not comment.contains(said.verb):   # the sentence's frame, not the comment's
                said = None
            who = said.speaker if said else _comment_speaker(comment, mentions, types, words, doc.lang)
            claims.append(_claim(doc, comment, who, said.rule if said else "verb_subject" if who else "own_voice",
                                 mentions, types, publisher, date, via=said.via if said else ()))
            span = _trim(doc.text, Span(span.start, comment.start))
        # a sentence of figures says nothing besides them, unless they only describe its speaker
        if figures and not timed_only and not _statement_besides(doc.text, span, figures) and not all(describing):
            continue
        pieces = _frame_pieces(doc.text, span, frame, _language(doc, span), analysis.parse_of(span)) \
            if speaking else None
        for whole_piece, reported in pieces or [(span, True)]:
            cut = _separable_clauses(doc.text, whole_piece, _language(doc, whole_piece), speaking, description)
            after_account = False
            for piece in cut:
                inside = [q for q in figures if piece.contains(q.span)]
                account = _account_speaker(doc.text, piece, whole_piece.end, mentions, types, _language(doc, piece))
                after_account, follows_account = account is not None, after_account
                # a clause describing the speaker, or what the speaker said before it, that only gives figures:
                # they are its claims ("…, who has led the council for 12 years", a span of time too); so is the
                # rest of a sentence after a speaker's account ("…, which X says …, | will create 3,000 jobs"), and
                # the main clause of a sentence cut before a clause of its own ("Forty deputies backed the bill, |
                # which …"), as a whole sentence of figures says nothing besides them
                timed = all(q.canonical_unit in SPANS_OF_TIME for q in inside)
                if inside and not _statement_besides(doc.text, piece, inside) \
                        and (follows_account or piece.start == description
                             or piece.start == whole_piece.start and not timed
                             and (description is not None or len(cut) > 1)):
                    continue
                speaks, own = account or (
                    _relative_clause_speaker(piece, analysis.parse_of(piece), mentions, types, _language(doc, piece))
                    if piece.start > whole_piece.start else (False, None))
                # "…, Y, who noted that …": Y's; "…, which Y says …": Y's; "…, said Y, who added that …": Y's too,
                # though a clause describing the speaker is otherwise the article's
                if reported and speaks and (own != claimant or piece.start == description):
                    claims.append(_claim(doc, piece, own, "verb_subject" if own else "own_voice", mentions, types,
                                         publisher, date))
                elif reported and _narrated_after_report(doc.text, piece, speaking, _language(doc, piece)):
                    # "…, leading to reports that …": the article's statement of what followed, not an event
                    claims.append(_claim(doc, piece, None, "own_voice", mentions, types, publisher, date,
                                         kind="statement"))
                elif reported and not _before_gerund_frame(doc.text, piece, speaking) and piece.start != description:
                    claims.append(_claim(doc, piece, claimant, rule, mentions, types, publisher, date, via=via))
                elif reported:   # "X raised the rate, explaining that …" in Russian: the act is the article's
                    claims.append(_claim(doc, piece, None, "own_voice", mentions, types, publisher, date))
                else:
                    claims.append(_claim(doc, piece, None, "own_voice", mentions, types, publisher, date,
                                         kind="event"))
    return claims


_OWNED_FIGURE = {code: re.compile(rf"['’]s?\s+(?:[a-z]+\s+)?(?:{one_of(module.OWNED_FIGURE_NOUNS)})s?\s+"
                                  rf"(?:{one_of(module.FIGURE_OWNER_JOINERS)})\s+"
                                  rf"(?:(?:{one_of(module.APPROXIMATE + module.LOWER_BOUND)})\s+)?$")
                 for code, module in LANGUAGES.items() if module.OWNED_FIGURE_NOUNS}
_THE_NOUN_BEFORE = re.compile(rf"(?:{one_of(joined('DEFINITE_ARTICLES'))})\s+(?P<noun>[^\W\d_]+)$", re.I)


def _figure_owner(text: str, span: Span, figure: Span, mentions: MentionIndex, types: dict[str, str],
                  lang: str) -> str | None:
    """"the Vell Bank's forecast of 2.1%", "the board's early estimate of nearly 70 percent": a figure that a
    possessive owns through a noun for a figure given (``OWNED_FIGURE_NOUNS``) is the owner's, a body or person named
    right before the possessive, or the last body named before whose name as written holds the noun written there."""
    pattern = _OWNED_FIGURE.get(lang)
    owned = pattern.search(text, span.start, figure.start) if pattern else None
    if owned is None:
        return None
    named = [m for m in mentions.within(Span(span.start, owned.start())) if m.span.end == owned.start()
             and types.get(m.entity) in SPEAKER_TYPES]
    if named:
        return named[-1].entity
    noun = _THE_NOUN_BEFORE.search(text, max(span.start, owned.start() - 40), owned.start())
    if noun is None:
        return None
    word = noun.group("noun").lower()
    bodies = [m for m in mentions.before(span.start) if types.get(m.entity) in ("Organization", "Group")
              and word in _written_as(text, m).lower().split()]
    return bodies[-1].entity if bodies else None


def _written_as(text: str, m: Mention) -> str:
    """A mention as written, with the words before it when it is an acronym in brackets ("the country's electoral
    commission (EC)"): what the text called it."""
    if text[m.span.start - 1:m.span.start] == "(":
        return text[text.rfind(",", max(0, m.span.start - ACRONYM_DESCRIPTION), m.span.start) + 1:m.span.end]
    return text[m.span.start:m.span.end]


ACRONYM_DESCRIPTION = 60   # characters before an acronym in brackets that may describe what it names


def _roles(doc: Document, entities: dict[str, Entity], mentions: MentionIndex) -> dict[str, list[str]]:
    """The titles of the people this document mentions, in every case ("министра" for "министр"): the registry's,
    and the one the text puts right before a name ("интервью Главы государства X": "глава государства"), so that
    a later "Глава государства отметил" is X whatever the case of either; not the registry's titles of one who did
    not hold them at the article's date."""
    out = {k: [form for t, _ in entities[k].roles for form in case_forms(t)]
           for k in sorted({m.entity for m in mentions})
           if k in entities and entities[k].roles and entities[k].holds_roles_on(doc.date)}
    for m in mentions:
        e = entities.get(m.entity)
        title = _title_before(doc, m.span) if e is not None and e.type == "Person" else None
        if title:
            forms = out.setdefault(m.entity, [])
            forms.extend(f for f in case_forms(title) if f not in forms)
    return out


def _registry_affiliations(entities: dict[str, Entity], mentions: MentionIndex) -> dict[str, set[str]]:
    """For each person the document names, the bodies it names whose name a registry title of theirs holds
    ("официальный представитель МИД X": the ministry)."""
    named = sorted({m.entity for m in mentions})
    bodies = [(k, {f" {t.lower()} " for t, _ in entities[k].all_labels()})
              for k in named if k in entities and entities[k].type in ("Organization", "Group")]
    out: dict[str, set[str]] = {}
    for k in named:
        roles = [f" {t.lower()} " for t, _ in entities[k].roles] if k in entities and entities[k].type == "Person" \
            else []
        held = {b for b, names in bodies if any(n in r for n in names for r in roles)}
        if held:
            out[k] = held
    return out


def _title_before(doc: Document, name: Span) -> str | None:
    """The longest run of at most ``TITLE_BEFORE_WORDS`` words right before a name, on its line, that the language
    reads as a description of a person ("Главы государства", "Interior Minister"), lowercased."""
    own = language(_language(doc, name))
    line_start = doc.text.rfind("\n", 0, name.start) + 1
    words = doc.text[max(line_start, name.start - 120):name.start].split()[-TITLE_BEFORE_WORDS:]
    article = f"{own.ARTICLES[0]} " if own.ARTICLES else ""
    for k in range(len(words), 0, -1):
        phrase = " ".join(words[-k:]).lower()
        if not re.fullmatch(r"[\w\- ]+", phrase):
            continue
        if phrase not in own.PRONOUN_GENDERS and _DESCRIBES_PERSON[own].fullmatch(article + phrase):
            return phrase
    return None


TITLE_BEFORE_WORDS = 4   # "Глава Банка России", "Deputy Foreign Minister"
_DESCRIBES_PERSON = {module: re.compile(rf"(?:{module.ANAPHOR_PERSON})", re.I) for module in LANGUAGES.values()}


def _base_forms(entities: dict[str, Entity], mentions: MentionIndex) -> dict[str, set[str]]:
    """The Russian preferred label and its last word ("никол пашинян", "пашинян"): nominative forms."""
    out: dict[str, set[str]] = {}
    for key in {m.entity for m in mentions}:
        e = entities.get(key)
        for text, lang in (e.pref_labels if e else ()):
            if lang == "ru":
                low = text.lower().replace("ё", "е")
                out.setdefault(key, set()).update({low, low.split()[-1]})
    return out


def _genders(entities: dict[str, Entity], mentions: MentionIndex, doc: Document) -> dict[str, str]:
    """Each person's gender, for the people this document names: as the registry gives it, else as the given name
    tells: the Russian name, else the English one spelt as Russian writes it ("Irina" as "Ирина") when the
    morphology knows it as a name. That spelling is a guess ("Nana", a title of chiefs in front of a man's name,
    reads as a woman's): it is dropped where the document's personal pronouns are all of the other gender and no
    one else named is of theirs, as they would otherwise point at no one."""
    out = {}
    told = _pronoun_genders(doc)
    guessed: set[str] = set()
    for key in {m.entity for m in mentions}:
        e = entities.get(key)
        if e is None or e.type != "Person":
            continue
        if e.gender:
            out[key] = e.gender
            continue
        russian = [t for t, lang in e.pref_labels if lang == "ru"]
        english = [t for t, lang in e.pref_labels if lang != "ru"] or [e.label]
        words = (russian or english)[0].split()
        if not russian and (len(words) < 2 or not words[0].isalpha()):   # a given name before a surname
            continue
        gender = given_name_gender(words[0])
        if gender:
            out[key] = gender
            if not russian:
                guessed.add(key)
    for key in sorted(guessed):   # no one else the pronouns could stand for: the guess was wrong
        if told and out[key] not in told and not any(g in told for k, g in out.items() if k != key):
            del out[key]
    return out


def _pronoun_genders(doc: Document) -> set[str]:
    """The genders of the personal pronouns the document's body uses ("he" and "his": {"masc"})."""
    own = language(doc.lang)
    pattern = re.compile(rf"(?<![{own.LETTERS}])(?:{'|'.join(map(re.escape, own.PRONOUN_GENDERS))})(?![{own.LETTERS}])",
                         re.I)
    return {own.PRONOUN_GENDERS[m.group().lower()] for p in doc.body
            for m in pattern.finditer(doc.text, p.start, p.end)}


def _claim(doc: Document, span: Span, claimant: str | None, rule: str, mentions: MentionIndex,
           types: dict[str, str], publisher: str | None, date: str | None, kind: str | None = None,
           via: tuple[str, ...] = ()) -> Claim:
    text = doc.text[span.start:span.end]
    relation = find_relation(doc.text, span, mentions, types)
    subject, predicate, obj = relation if relation else (None, None, None)
    return Claim(kind=kind or claim_kind(text, _language(doc, span), claimant, rule), span=span,
                 claimant=claimant, about=_about(mentions, span, claimant, publisher, via), rule=rule,
                 confidence=_confidence(rule, claimant), date=date, lang=doc.lang,
                 subject=subject, predicate=predicate, object=obj, via=via)


def _confidence(rule: str, claimant: str | None, shares: dict[str, float] = CONFIDENCE) -> float:
    """The rule's measured share (of statements, or of figures); an interview's answer whose interviewee the text
    does not name is left with no claimant, as sure as the article's own voice (``own_voice``), not as an answer
    given to its speaker."""
    return shares["own_voice" if rule == "interview" and claimant is None else rule]


def _about(mentions: MentionIndex, span: Span, claimant: str | None, publisher: str | None,
           via: tuple[str, ...] = ()):
    """What the claim is about: who it names, but not who made it or passed it on."""
    return tuple(sorted({m.entity for m in mentions.within(span)} - {claimant, publisher, None, *via}))


# A sentence wholly in brackets inside a speaker's turn: the transcriber's note ("[Lists the grants.]", "(Laughs.)"),
# not the speaker's words.
_EDITORS_NOTE = re.compile(r"\s*(?:\([^()]+\)|\[[^\[\]]+\])\s*")


def _attribute(doc: Document, sentences: list[Sentence], quotes: list[QuoteRegion],
               mentions: MentionIndex, discourse: Discourse, outside: list[Span],
               publisher: str | None, labels: dict, headline: Span | None,
               analysis: Analysis) -> tuple[list[tuple[str | None, str, Frame | None]], list[tuple[str, ...]]]:
    """Claimant, rule and frame of every sentence, reading the text in order, and the relays of each."""
    speakers: dict[QuoteRegion, tuple[str | None, tuple[str, ...]]] = {}
    out: list[tuple[str | None, str, Frame | None]] = []
    relays: list[tuple[str, ...]] = []
    unnamed: dict[int, str] = {}   # sentences whose speaker the text does not name, and the subject's head word
    silent: set[int] = set()       # sentences where someone says nothing: "X did not say whether …"
    named_pronouns: set[int] = set()   # of ``unnamed``, those whose "he" stands for someone named
    no_forecaster: set[int] = set()    # of ``unnamed``, those where only "… is expected to …" speaks
    frameless: list[Span] = []     # sentences read in the article's voice, no frame found in them
    author = document_author(doc, mentions, discourse.types)
    lead = statement_lead(doc, sentences, mentions, discourse.types, headline) if author is None else None
    # "we", "I", "the statement" in it: its issuer (a statement pasted further down is not the whole text's)
    discourse.statement_author = author or (lead.issuer if lead and lead.last is None else None)
    we: str | None = None    # whom "we" stood for when it last spoke ("We call on …"): "We remain …" is theirs too
    whole = Span(0, 0)       # the sentence being read, with the clauses cut before it
    discourse.sentence_starts = [s.span.start for s in sentences if s.clause == 0]
    for s in sentences:
        lang, words = _language(doc, s.span), analysis.parse_of(s.span)
        whole = Span(s.span.start if s.clause == 0 else whole.start, s.span.end)
        discourse.reading(whole, outermost(mentions.within(whole)))
        frame = find_frame(doc.text, s.span, lang, mentions, discourse, outside, publisher, words)
        region = _region_of(s.span, quotes) or _opened_after_colon(doc, s.span, quotes, mentions, discourse)
        label = labels.get(s.paragraph)
        if label is not None and label[0] != "question" and not _EDITORS_NOTE.fullmatch(doc.text, s.span.start, s.span.end):
            out.append((label[0], "interview", None))
            relays.append(())
            discourse.spoke(label[0])
            continue
        if region is not None and region not in speakers:
            speakers[region] = _quote_speaker(doc, region, quotes, mentions, discourse, outside,
                                              publisher, speakers, analysis,
                                              _closing_speaker(sentences, out, relays, s.paragraph - 1), frameless)
        if frame is None and (credited := _quotation_credit(doc, s.span, quotes, mentions, discourse.types)):
            out.append((credited, "quotation", None))    # «…» — X о переговорах: a headline's credit line
            relays.append(())
        elif region is not None and speakers[region][0] and (frame is None or frame.at_end):
            out.append((speakers[region][0], "quotation", frame))
            relays.append(speakers[region][1])
            if frame is not None and frame.speaker == speakers[region][0]:
                _tell_gender(doc, frame, discourse)    # "“…,” she said": she, for the quotations after it too
        elif frame is not None and _says_nothing(doc.text, frame.verb, lang):
            out.append((None, "own_voice", None))
            relays.append(())
            silent.add(len(out) - 1)
        elif frame is not None:
            out.append((frame.speaker, frame.rule, frame))
            relays.append(frame.via)
            subject = doc.text[frame.subject.start:frame.subject.end] if frame.subject is not None else ""
            if FIRST_PERSON_SUBJECT.fullmatch(subject):
                we = frame.speaker
            _tell_gender(doc, frame, discourse)
        elif region is None and (tagged := _tag_of_quotation_end(doc, s.span, quotes, mentions, discourse)):
            out.append((tagged, "quotation", None))    # «… Готовьтесь», — заключил X.: the quotation's last words
            relays.append(())
        elif region is None and we is not None and FIRST_PERSON_SUBJECT.search(doc.text, s.span.start, s.span.end):
            out.append((we, "anaphor", None))
            relays.append(())
        else:
            out.append((None, "own_voice", None))
            relays.append(())
            if any(_says_nothing(doc.text, verb, lang) for verb in verbs(doc.text, s.span, lang)):
                silent.add(len(out) - 1)
            description = unnamed_speaker(doc.text, s.span, lang, outside, words)
            if description is not None:
                unnamed[len(out) - 1] = description
                if unnamed_speaker(doc.text, s.span, lang, outside, words, forecasters_only=True) is None:
                    no_forecaster.add(len(out) - 1)
                if discourse.stands_for_someone_named(description, doc.text, s.span, mentions):
                    named_pronouns.add(len(out) - 1)
        if out[-1][1] == "own_voice" and out[-1][2] is None:
            frameless.append(s.span)
        free = [m for m in mentions.within(s.span) if _unquoted(m, quotes)]
        discourse.saw(free, doc.text, s.span, lang)
        if out[-1][1] == "own_voice" and (described := described_subject(doc.text, s.span, discourse)) is not None:
            discourse.took_up(described)
        discourse.saw_quoted([m for m in mentions.within(s.span) if not _unquoted(m, quotes)])
        if headline is None or not headline.contains(s.span):   # a headline is not a claim; its issuer is the author's
            discourse.saw_statement(doc.text, s.span, free, out[-1][0])
            discourse.spoke(out[-1][0])
        if len(out) - 1 in unnamed and len(out) - 1 not in named_pronouns:
            discourse.unnamed_spoke(unnamed[len(out) - 1])
    titled = _TitledLater(sentences, mentions)
    _body_title_named_later(doc, out, unnamed, discourse, titled)   # first: "the coach said" after it may go on
    _named_later(doc, out, unnamed, discourse, titled)
    _title_named_later(doc, out, discourse)
    _remarks_maker_named(doc, sentences, out, unnamed, mentions, discourse)
    _paragraph_frames(doc, sentences, out, quotes, set(unnamed) | silent, no_forecaster - silent, mentions,
                      discourse.types, analysis)
    _poll_findings(doc, sentences, out, quotes, set(unnamed) | silent, mentions, discourse.types)
    _readout(doc, sentences, out, relays, quotes, headline, discourse.types)
    _colon_led_speech(doc, sentences, out, quotes, unnamed, mentions, discourse)
    if author is not None:   # a statement's own text is its issuer's claim
        out[:] = [(author, "document", None) if rule == "own_voice" else (who, rule, frame)
                  for who, rule, frame in out]
    else:
        if lead is not None:
            _statement_text(doc, sentences, out, lead)
        _first_person_speakers(doc, sentences, out, headline, unnamed, quotes, mentions, discourse.types)
    _entry_sources(doc, sentences, out, mentions, discourse.types)
    _dash_signed_paragraphs(doc, sentences, out, mentions, discourse.types)
    _relay_notes(doc, sentences, out, relays, mentions, discourse.types)
    return out, _shared_relays(doc, sentences, out, relays)


_SUBJECT_RULES = ("verb_left", "verb_right", "verb_subject", "anaphor")   # rules whose speaker is the verb's subject


def _tell_gender(doc: Document, frame: Frame, discourse: Discourse) -> None:
    """The gender a frame's pronoun or verb tells of its speaker; only where the speaker is the verb's subject, not
    an outlet quoting them."""
    if frame.rule in _SUBJECT_RULES:
        subject = doc.text[frame.subject.start:frame.subject.end] if frame.subject is not None else ""
        discourse.told_gender(subject, frame.speaker, doc.text[frame.verb.start:frame.verb.end])


# A live page's entry closes with its source after a dash: "… under attack – Foreign Ministry.", "… – ТАСС."
_ENTRY_SOURCE = re.compile(r"\s[–—―-]\s+(?P<source>[^–—―\n]{2,80}?)[.!]?\s*$")
ENTRY_SOURCE_WORDS = 6   # "head of the national security council", "President Jon Vell": a source, not a clause


def _entry_sources(doc: Document, sentences: list[Sentence], out: list, mentions: MentionIndex,
                   types: dict[str, str]) -> None:
    """The sentences of a live page's entry (one opening with its time stamp) that no one says, when the entry
    closes with a dash and a body or a person that ends it: theirs, as a wire ticker names its sources."""
    sources: dict[int, str] = {}
    stamped = {stamp.start for stamp in entry_stamps(doc)}
    for i, para in enumerate(doc.body):
        m = _ENTRY_SOURCE.search(doc.text, para.start, para.end) if para.start in stamped else None
        if m is None or len(m.group("source").split()) > ENTRY_SOURCE_WORDS:
            continue
        named = [x for x in mentions.within(Span(m.start("source"), m.end("source")))
                 if types.get(x.entity) in _CREDITED_TYPES]
        if named and named[-1].span.end == m.end("source"):
            sources[i] = named[-1].entity
    for k, s in enumerate(sentences):
        if s.paragraph in sources and out[k][0] is None:
            out[k] = (sources[s.paragraph], "according_to", None)   # as "according to X" at the end


def _dash_signed_paragraphs(doc: Document, sentences: list[Sentence], out: list, mentions: MentionIndex,
                            types: dict[str, str]) -> None:
    """A remark a round-up prints bare and signs at its end after a dash ("We will not close the port. – Harbour
    minister Jane Roe, on the strike"): the paragraph's sentences before the signature that no one says are the
    signer's. The signature opens its own sentence with the dash and names a person after a title at most."""
    by_paragraph: dict[int, list[int]] = {}
    for k, s in enumerate(sentences):
        by_paragraph.setdefault(s.paragraph, []).append(k)
    for ks in by_paragraph.values():
        last = sentences[ks[-1]].span
        dash = _SIGNING_DASH.match(doc.text, last.start, last.end)
        if len(ks) < 2 or dash is None:
            continue
        signer = next((m for m in mentions.within(last) if types.get(m.entity) == "Person"), None)
        title = doc.text[dash.end():signer.span.start] if signer is not None else ""
        if signer is None or len(title.split()) > SIGNATURE_WORDS or re.search(r"[,.;:!?()]", title):
            continue
        for k in ks[:-1]:
            if out[k][0] is None:
                out[k] = (signer.entity, "quotation", None)
        if _NOTHING_SAID_AFTER[language(doc.lang)].fullmatch(doc.text, signer.span.end, last.end):
            out[ks[-1]] = (signer.entity, "signature", None)   # "— Jane Roe, R-Vell.": a name, no claim


# not a hyphen: "-" opens list items too; a typewriter's double hyphen is a dash
_SIGNING_DASH = re.compile(r"[\"”»]?\s*(?:[–—―]|--)\s+")
# at most a party's tag (", R-Vell.") or the signer's titles and body (", Director of Ports, Vell Wire")
# (a word's dots one at a time, "D.C.", so a run of dots is read once, not in every way it splits)
_NOTHING_SAID_AFTER = {module: re.compile(rf"(?:,[^\w,.;:!?]*[\w-]+(?:\.[\w-]+)*\.?"
                                          rf"|(?:,\s*[{capitals()}][\w&'’\-]*\.?(?:\s+(?:[{capitals()}][\w&'’\-]*\.?"
                                          rf"|{'|'.join(module.TITLE_FUNCTION_WORDS)}))*)*)[\s.]*")
                       for module in LANGUAGES.values()}


def _colon_led_speech(doc: Document, sentences: list[Sentence], out: list, quotes: list[QuoteRegion],
                      unnamed: dict[int, str], mentions: MentionIndex, discourse: Discourse) -> None:
    """Direct speech set as a paragraph opening with a dash after a line that ends with a colon ("X inspected the
    new dam and summed up the season:" then "— The sluices were mended by May …"), or as the points of a list, one
    paragraph each ("The ministry said:" then "- Roads stay closed." "• Schools reopen on Monday."): the paragraphs'
    sentences, when no one speaks any of them, are whom that line has speak, by its frame or as the one it tells gave
    a speech. A line that is itself an item of a list leads nothing: the points after the first go on with it. A
    paragraph that reports someone else's words ("- Residents say …") or asks is the reporter's: the run ends there."""
    paragraphs: dict[int, list[int]] = {}
    for k, s in enumerate(sentences):
        paragraphs.setdefault(s.paragraph, []).append(k)
    reporters = lambda k: k in unnamed and not FIRST_PERSON_SUBJECT.fullmatch(unnamed[k]) \
        or bool(_QUESTION.search(doc.text, sentences[k].span.start, sentences[k].span.end))
    unspoken = lambda pi: bool(paragraphs.get(pi)) and all(out[k][0] is None and not reporters(k)
                                                           for k in paragraphs[pi])
    for pi in range(1, len(doc.body)):
        para, lead = doc.body[pi], doc.body[pi - 1]
        lead_ks = paragraphs.get(pi - 1, [])
        if not unspoken(pi) or not lead_ks or _DASH_SPEECH.match(doc.text, lead.start, lead.end) \
                or _POINT.match(doc.text, lead.start, lead.end) \
                or not doc.text[lead.start:lead.end].rstrip().endswith(":"):
            continue
        last, items = lead_ks[-1], bool(_POINT.match(doc.text, para.start, para.end))
        if not items and not _DASH_SPEECH.match(doc.text, para.start, para.end):
            continue
        speaker = out[last][0] if out[last][2] is not None else \
            _event_speaker(doc, sentences[last].span, mentions, discourse, quotes)
        if speaker is None:
            continue
        following = pi
        while True:   # a list's points go on while its items do
            for k in paragraphs[following]:
                out[k] = (speaker, "quotation", None)
            following += 1
            if not items or following >= len(doc.body) or not unspoken(following) \
                    or not _POINT.match(doc.text, doc.body[following].start, doc.body[following].end):
                break


_DASH_SPEECH = re.compile(r"[—―–−-]\s*(?=[A-ZА-ЯЁ«\"„])")
# A point of a list: a hyphen, a bullet or a number; not the long dashes that set each turn of a dialogue apart
# ("- 2. …" is no point: a hyphen before a number is a dash or a minus)
_POINT = re.compile(r"\s*(?:[-•*·▪►](?!\s+\d{1,2}[.)]\s)|\d{1,2}[.)])\s")


def _first_person_speakers(doc: Document, sentences: list[Sentence], out: list, headline: Span | None,
                           unnamed: dict[int, str], quotes: list[QuoteRegion], mentions: MentionIndex,
                           types: dict[str, str]) -> None:
    """A report speaks of "I" and "we" only in someone's words: a sentence in the first person left in the
    article's own voice is the last speaker's (the first speaker a headline "X: …" that quotes X), as an
    interview's answers and a long quotation's sentences are;
    not one whose speaker the text describes without a name ("someone in the hall shouted"), nor one after such
    a person spoke ("A resident also said …": the words are that resident's), nor one told after that speaker's words
    were set in quotation marks (``_narrative_after_quotation``), unless it stands in quotation marks itself and no
    one else opened a sentence since (``_another_opens_since``), nor one that names that speaker
    ("We met Jon Vell at the forum": an interview's intro, the reporters' own words), nor one whose only first
    person is the newsroom's ("in our interview"). A report that says "we"
    itself before anyone speaks ("We are looking into complaints about …") goes on saying it: its first person
    outside quotation marks stays its own. The sentences right after such a first-person one in its paragraph
    go on in the speaker's words ("I have not talked to the board. Maybe after the break."), up to one that names
    someone or another's voice."""
    last = _headline_speaker(doc, headline, mentions, types) if headline is not None else None
    quoted_in: int | None = None   # the paragraph where the last speaker's words last stood in quotation marks
    newsroom = False               # the article spoke in the first person before anyone else spoke
    anonymous = False              # the last to speak was one person the text does not name
    speaking_in: int | None = None  # the paragraph whose first person just went on with the last speaker's words
    for k, s in enumerate(sentences):
        who, rule, _ = out[k]
        anonymous = who is None and (anonymous or k in unnamed and unnamed_person(unnamed[k]))
        if who is not None:
            # the speaker's words in quotation marks stay marked as such while the article goes on reporting the
            # same speaker without them ("«A», — said X. / X also named B.")
            quoted_in = s.paragraph if _region_of(s.span, quotes) is not None else quoted_in if who == last else None
            speaking_in = speaking_in if who == last else None
            last = who
            continue
        if s.paragraph == speaking_in and rule == "own_voice" and k not in unnamed and not anonymous \
                and not any(types.get(m.entity) in SPEAKER_TYPES for m in mentions.within(s.span)):
            out[k] = (last, "anaphor", None)   # "I have not talked to the board. Maybe after the break.": the
            continue                           # paragraph that goes on in the speaker's first person is theirs
        speaking_in = None                     # up to a sentence that names someone or another's voice
        if rule != "own_voice" or k in unnamed or anonymous or headline is not None and headline.contains(s.span) \
                or not (FIRST_PERSON.search(_NEWSROOM_FIRST_PERSON.sub(" ", doc.text[s.span.start:s.span.end]))
                        or _first_person_verb(doc.text, s.span, _language(doc, s.span))):
            continue
        quoted = _region_of(s.span, quotes) is not None
        if last is None:   # "We are looking into …", not "Follow us": the subject says who speaks
            newsroom = newsroom or not quoted and bool(FIRST_PERSON_SUBJECT.search(doc.text, s.span.start, s.span.end))
        elif (not _narrative_after_quotation(doc, s, quoted_in, quotes) and not newsroom
              or quoted and not _another_opens_since(sentences, k, quoted_in, last, mentions, types)) \
                and not any(m.entity == last and m.via != "role" for m in mentions.within(s.span)) \
                and not _singular_for_a_body(doc.text[s.span.start:s.span.end], types.get(last)):
            out[k] = (last, "anaphor", None)
            speaking_in = s.paragraph


# "в нашем эксклюзивном интервью", "told our correspondent": the report's first person of itself, no one's words
_NEWSROOM_FIRST_PERSON = re.compile(rf"(?<!\w)(?:{alternation('NEWSROOM_FIRST_PERSON')})(?!\w)", re.I)


def _singular_for_a_body(sentence: str, speaker_type: str | None) -> bool:
    """A sentence whose only first person is the singular ("I think …", "My view is …") after a body spoke: no body
    says "I", so these are the author's words, not the body's going on."""
    if speaker_type in (None, "Person"):
        return False
    own = _NEWSROOM_FIRST_PERSON.sub(" ", sentence)
    words = [m.group() for m in FIRST_PERSON.finditer(own)]
    return bool(words) and all(SINGULAR_FIRST_PERSON.fullmatch(w) for w in words)


def _another_opens_since(sentences: list[Sentence], k: int, quoted_in: int | None, speaker: str,
                         mentions: MentionIndex, types: dict[str, str]) -> bool:
    """Someone other than the last speaker who opens a sentence ("Port chief Anna Roe sees it differently.") in the
    paragraphs after the last speaker's quoted words and before sentence ``k``'s: a quotation after it may be theirs.
    Read back from ``k`` only as far as those paragraphs go."""
    if quoted_in is None:
        return False
    for s in (sentences[j] for j in range(k - 1, -1, -1)):
        if s.paragraph <= quoted_in:
            return False
        if s.paragraph < sentences[k].paragraph and _opened_by_another(s.span, speaker, mentions, types):
            return True
    return False


def _opened_by_another(span: Span, speaker: str, mentions: MentionIndex, types: dict[str, str]) -> bool:
    """A sentence or a paragraph whose subject, a speaker other than ``speaker``, opens it: a name written whole
    within its first ``SENTENCE_OPENING_REACH`` characters ("Mira Orlen of the port office sees it differently."; not
    a long name that only starts there, "The Office of the Harbour Master of Vellport received …", a body's own news)."""
    return any(m.entity != speaker and types.get(m.entity) in SPEAKER_TYPES
               for m in mentions.within(Span(span.start, min(span.end, span.start + SENTENCE_OPENING_REACH))))


SENTENCE_OPENING_REACH = 30   # characters from a sentence's start within which its subject's name opens


def _narrative_after_quotation(doc: Document, s: Sentence, quoted_in: int | None, quotes: list[QuoteRegion]) -> bool:
    """A paragraph with no quotation and no dash of direct speech, after the last speaker's words stood in
    quotation marks in an earlier one: a report that marks whose words are whose tells this in its own voice, its
    "us" the newsroom's ("The sheriff wants us to withhold his name"); and a paragraph after such a one, whose
    "we" no longer goes on with the speaker's words the report stepped out of."""
    return quoted_in is not None and s.paragraph != quoted_in and any(
        _unquoted_paragraph(doc, doc.body[p], quotes) for p in range(quoted_in + 1, s.paragraph + 1))


def _unquoted_paragraph(doc: Document, para: Span, quotes: list[QuoteRegion]) -> bool:
    """A paragraph with no quotation and no dash of direct speech: one the article tells in its own voice."""
    return not _DASH_SPEECH.match(doc.text, para.start, para.end) \
        and not any(q.span.start < para.end and q.span.end > para.start for q in quotes)


def _first_person_verb(text: str, span: Span, lang: str) -> bool:
    """A verb in the first person with its pronoun dropped, as Russian writes it ("Бросим на это все силы",
    "Считаю, что …"); not the author's own aside to the reader ("Напомним, что …", "Отметим, что …"), a verb
    that opens the sentence and is followed by a comma; nor a name the dictionary reads as such a verb, a word
    with a capital inside the clause ("на площадку завода «Ладую»")."""
    if not language(lang).MARKS_CASE:
        return False
    for m in _WORD[lang].finditer(text, span.start, span.end):
        if m.group()[0].isupper() and _INSIDE_CLAUSE.search(text, max(span.start, m.start() - 3), m.start()):
            continue
        parse = morph().parse(m.group())[0]
        if parse.tag.POS == "VERB" and "1per" in parse.tag \
                and not (m.start() == span.start and text.startswith(",", m.end())):
            return True
    return False


# What stands before a word inside its clause: a word, a comma or a mark that closes or opens a name, then spaces
# (not a sentence's opening, a colon's or a dash's, after which a verb takes its capital)
_INSIDE_CLAUSE = re.compile(r"[\w,]\s+[«„\"“]?$")


_WORD = {code: re.compile(rf"[{module.LETTERS}]+", re.I) for code, module in LANGUAGES.items()}


def _dateline_outlets(mentions: MentionIndex, datelines: tuple[Span, ...]) -> set[str]:
    """The agencies the datelines name ("NORDPORT, May 3 (Northwire) -"): the page's own wire, which passes on
    nothing it reports, even where the page does not open with its dateline."""
    return {m.entity for m in mentions if (d := dateline_across(datelines, m.span)) and d.contains(m.span)}


def _first_named(mentions: MentionIndex) -> dict[str, int]:
    """Where the text first names each entity."""
    first: dict[str, int] = {}
    for m in mentions.items:
        first.setdefault(m.entity, m.span.start)
    return first


def _speakable(mentions: MentionIndex, datelines: tuple[Span, ...]) -> MentionIndex:
    """The mentions that may speak: a dateline's place ("Springfield, May 3 :") says where, never who."""
    if not datelines:
        return mentions
    return MentionIndex([m for m in mentions if not ((d := dateline_across(datelines, m.span)) and d.contains(m.span))])


def _named_later(doc: Document, out: list, unnamed: dict[int, str], discourse: Discourse,
                 titled: _TitledLater) -> None:
    """"The head of the council said … Yilmaz added …": the person named in one of the next
    ``CATAPHORA_SENTENCES`` sentences is the speaker a title described (``_speaker_named_after``)."""
    for i, description in sorted(unnamed.items()):
        if i in unnamed:     # not named with a sentence before it
            _speaker_named_after(doc, out, unnamed, discourse, i, description, titled)


def _speaker_named_after(doc: Document, out: list, unnamed: dict[int, str], discourse: Discourse, i: int,
                         title: str, titled: _TitledLater) -> None:
    """Sentence ``i``'s speaker, described by ``title``, is the person the frame of one of the next
    ``CATAPHORA_SENTENCES`` sentences names (``attribution.named_later``), or whose quotation comes right after
    (``attribution.quoted_right_after``), or the one person the sentence right after, where no one speaks, names
    and gives that title ("The leader of the Vell separatists said … . The separatist leader, Tomas Varga, signed
    …"); sentences between whose unnamed speaker the same title describes ("“…,” the coach said") go on with that
    speaker and are that person's too."""
    same = [i]
    j, reach = i + 1, CATAPHORA_SENTENCES
    datelines = dateline_spans(doc)
    while j < min(len(out), same[-1] + 1 + reach):
        if any(d.contains(titled.sentences[j].span) for d in datelines):
            j, reach = j + 1, reach + 1    # "NORDPORT, May 20 (Vestnik) —" between: no sentence of the text's
            continue
        if unnamed.get(j) == title:
            same.append(j)
        elif j in unnamed or out[j][0] is not None:
            if (out[j][2] is not None and named_later(doc.text, title, out[j][2], discourse)) \
                    or (j == same[-1] + 1 and quoted_right_after(doc.text, title, _with_tag(out, j), discourse)):
                _spoken_by(out, unnamed, same, i, out[j][0])
            return
        elif j == same[-1] + 1 and (holder := titled.holder(j, title, discourse)) is not None:
            _spoken_by(out, unnamed, same, i, holder)
            return
        j += 1


def _with_tag(out: list, j: int) -> tuple[str | None, str, Frame | None]:
    """Sentence ``j`` of a quotation with the frame of the tag that closes the quotation, read from the sentence of it
    that carries the tag ("“… . … ,” said X."): the quotation's first sentences have none of their own."""
    who, rule, frame = out[j]
    if rule != "quotation" or frame is not None:
        return out[j]
    k = j + 1
    while k < len(out) and out[k][:2] == (who, "quotation") and out[k][2] is None:
        k += 1
    return (who, rule, out[k][2]) if k < len(out) and out[k][0] == who and out[k][2] is not None \
        and out[k][2].at_end else out[j]


def _spoken_by(out: list, unnamed: dict[int, str], same: list[int], first: int, who: str) -> None:
    """The sentences ``same``, whose speaker a title described, are ``who``'s (the first keeps its frame)."""
    for k in same:
        out[k] = (who, "cataphora", out[k][2] if k == first else None)
        unnamed.pop(k, None)


@dataclass
class _TitledLater:
    """The sentences and names in which a title that spoke may be given to the person it described."""

    sentences: list[Sentence]
    mentions: MentionIndex

    def holder(self, j: int, title: str, discourse: Discourse) -> str | None:
        """The one person sentence ``j`` names whom the text gives the head word of ``title``, if one."""
        people = {m.entity for m in self.mentions.within(self.sentences[j].span)
                  if discourse.types.get(m.entity) == "Person" and discourse.holds_title(m.entity, title)}
        return people.pop() if len(people) == 1 else None


CATAPHORA_SENTENCES = 2


def _body_title_named_later(doc: Document, out: list, unnamed: dict[int, str], discourse: Discourse,
                            titled: _TitledLater) -> None:
    """"Borealia's Foreign Ministry spokesman said … Spokesman Ivan Petrov added …", "The governor of the Borealian
    central bank said … Jane Roe added …": the speaker is the person a body's title describes, named in one of the
    next ``CATAPHORA_SENTENCES`` sentences; the body stands in only while the text names no one."""
    for i, (who, _, frame) in enumerate(out):
        if frame is None or frame.subject is None or discourse.types.get(who) == "Person" \
                or not frame.subject.end <= frame.verb.start:
            continue
        title = _BODY_TITLE.fullmatch(doc.text, frame.subject.end, frame.verb.start)
        if title is None and _BODY_NAME_RUNS_ON.fullmatch(doc.text, frame.subject.end, frame.verb.start):
            title = _TITLE_OF_BODY.search(doc.text, max(0, frame.subject.start - TITLE_OF_BODY_REACH),
                                          frame.subject.start)
        if title is not None:
            _speaker_named_after(doc, out, unnamed, discourse, i, title.group(1).lower(), titled)


def _title_named_later(doc: Document, out: list, discourse: Discourse) -> None:
    """"“…,” the Foreign Ministry spokesman said. … Varga said …": a title of a person that stood for no one the
    text had named (its body, or no one, took the words) is the first person a later frame names, within
    ``TITLE_CATAPHORA_SENTENCES`` sentences and with no one else speaking between, when the text or the registry
    gives that person the title's head word; the words the title's frame carried are that person's."""
    for i, (who, _, frame) in enumerate(out):
        if frame is None or frame.subject is None or discourse.types.get(who) == "Person" \
                or frame.subject.end > frame.verb.start:
            continue
        title = doc.text[frame.subject.start:frame.verb.start].strip()
        if len(title.split()) < 2 or not any(_PERSON_TITLE.fullmatch(f"{article}{title}") for article in _ARTICLED):
            continue
        for j in range(i + 1, min(len(out), i + 1 + TITLE_CATAPHORA_SENTENCES)):
            other, _, later = out[j]
            if other is None or other == who:
                continue
            if discourse.types.get(other) == "Person" and later is not None and later.subject is not None \
                    and later.rule != "anaphor" and not _PERSON_TITLE.fullmatch(
                        doc.text[later.subject.start:later.subject.end]) and discourse.holds_title(other, title):
                for k in range(i, j):
                    if out[k][0] == who:
                        out[k] = (other, "cataphora", out[k][2] if k == i else None)
            break


TITLE_CATAPHORA_SENTENCES = 10
_PERSON_TITLE = re.compile(rf"(?:{alternation('ANAPHOR_PERSON')})", re.I)
# a title as the subject's span has it, or with the article the span left out ("the [Foreign Ministry spokesman]")
_ARTICLED = ("",) + tuple(f"{article} " for article in joined("ARTICLES"))


# a person's title right after the body that owns it, before the verb: "Borealia's Foreign Ministry spokesman said",
# past words that say which of its kind ("Borealia's foreign minister said", "Borealia's top diplomat said")
TITLE_MODIFIERS = 2
_TITLE_WORD = rf"(?:{alternation('TITLES_BEFORE_APPOSITION')}|{'|'.join(joined('PERSON_NOUNS'))})"
# (a title joined to the word that ranks it: "secretary-general", "minister-counsellor")
_BODY_TITLE = re.compile(rf"(?:['’]s)?\s+(?:[^\W\d_][\w-]*\s+){{0,{TITLE_MODIFIERS}}}?"
                         rf"((?:{_TITLE_WORD})(?:-[^\W\d_]+)?)\s+", re.I)
# the title before "of" and the body that owns it: "The governor of [the Borealian central bank] said", "The leader
# of [Vellmark] separatists said" (up to three words of the body's description the name runs on into, no mark)
_BODY_NAME_RUNS_ON = re.compile(r"(?:\s+[^\W\d_][\w'’-]*){0,3}?\s*")
_TITLE_OF_BODY = re.compile(rf"(?<!\w)({_TITLE_WORD})\s+(?:{alternation('TITLE_OF_BODY_JOINS')})$", re.I)
_BARE_TITLE = re.compile(_TITLE_WORD, re.I)   # an unnamed speaker's description that is a person's title


def _remarks_maker_named(doc: Document, sentences: list[Sentence], out: list, unnamed: dict[int, str],
                         mentions: MentionIndex, discourse: Discourse) -> None:
    """"Borealia's defence minister said … . General Tomas Varga made the remarks at …": a sentence telling that a
    person it names made the remarks (``OWN_REPORT``) names whom a title stood for in the nearest run of sentences
    before it (in its paragraph and the one before) that speak under one title, an unnamed speaker's or one after
    the body that took the words; only a title the text gives that person, and not past another speaker, as
    officials who spoke before are others ("Ruritania's foreign minister said … . The chef X made his remarks …")."""
    types = discourse.types
    for i, s in enumerate(sentences):
        made = _OWN_REPORT.search(doc.text, s.span.start, s.span.end)
        people = [m.entity for m in mentions.within(Span(s.span.start, made.start()))
                  if types.get(m.entity) == "Person"] if made else []
        if not people:
            continue
        run = None   # the body and title of the run of sentences the person's remarks are
        for j in range(i - 1, -1, -1):
            if sentences[j].paragraph < s.paragraph - 1:
                break
            who, _, frame = out[j]
            titled = frame is not None and frame.subject is not None and types.get(who) != "Person" \
                and frame.subject.end <= frame.verb.start \
                and _BODY_TITLE.fullmatch(doc.text, frame.subject.end, frame.verb.start) is not None
            title = doc.text[frame.subject.end:frame.verb.start].strip() if titled \
                else unnamed.get(j, "") if _BARE_TITLE.fullmatch(unnamed.get(j, "")) else None
            if title is None:
                if who is not None:
                    break
                continue
            if run is None and not discourse.titled_as(people[-1], title) or run not in (None, (who, title.lower())):
                break
            run = (who, title.lower())
            out[j] = (people[-1], "cataphora", frame)
            unnamed.pop(j, None)


# "Об этом сообщает NordNews.", "Его слова приводит NordNews.": a sentence that only names the outlet passing on
# the words before it, up to its end (a site's address and all: "nordnews.ru")
RELAY_NOTE_REACH = 80        # characters of the outlet's name
RELAY_NOTE_SENTENCES = 10    # sentences back to the speaker whose words the outlet passed on
_RELAY_NOTE = re.compile(rf"\W*(?:{alternation('RELAY_NOTES')})\s+"
                         rf"(?P<outlet>[^\s.!?;:](?:[^.!?;:]|\.(?=\w)){{0,{RELAY_NOTE_REACH}}}?)[\s.!»”\"]*$", re.I)
_OWN_REPORTER = re.compile(rf"(?<!\w)(?:{alternation('CORRESPONDENT')})", re.I)


def _relay_notes(doc: Document, sentences: list[Sentence], out: list, relays: list[tuple[str, ...]],
                 mentions: MentionIndex, types: dict[str, str]) -> None:
    """A sentence that only names an outlet passing words on ("Его слова приводит NordNews.") makes the outlet the
    relay of the speaker just before it, in its paragraph or, when it opens one, in the paragraph before; not
    when the outlet is that speaker (its own report) or its own reporter heard the words. So does a backward
    reference by that speaker to the outlet that heard the words ("Об этом он вчера рассказал в интервью NordNews.")."""
    for i, s in enumerate(sentences):
        note = _RELAY_NOTE.match(doc.text, s.span.start, s.span.end)
        if note is not None and not _OWN_REPORTER.search(note.group("outlet")):
            named = mentions.within(Span(note.start("outlet"), note.end("outlet")))
            outlets = tuple(dict.fromkeys(m.entity for m in named if types.get(m.entity) in ("Organization", "Group")))
        elif note is None and relays[i] and _points_back(doc.text[s.span.start:s.span.end], doc.lang):
            outlets = relays[i]
        else:
            continue
        paragraph = s.paragraph if i and sentences[i - 1].paragraph == s.paragraph else s.paragraph - 1
        before = [j for j in range(i - 1, max(-1, i - 1 - RELAY_NOTE_SENTENCES), -1)
                  if sentences[j].paragraph == paragraph]
        speaker = next((out[j][0] for j in before if out[j][0] is not None), None)
        if not outlets or speaker is None or speaker in outlets or note is None and speaker != out[i][0]:
            continue
        for j in before:
            if out[j][0] == speaker and not relays[j]:
                relays[j] = outlets


_OTHER_OCCASION = {code: re.compile(rf"(?<!\w)(?:{module.OTHER_OCCASION})(?!\w)", re.I)
                   for code, module in LANGUAGES.items() if module.OTHER_OCCASION}


def _shared_relays(doc: Document, sentences: list[Sentence], out: list,
                   relays: list[tuple[str, ...]]) -> list[tuple[str, ...]]:
    """A sentence given to a speaker by its paragraph shares the relays of that speaker's frame there; and once
    an outlet has passed a speaker's words on ("…, X said, quoted by TASS"), the speaker's later claims in the
    article reach it the same way, unless they name a relay of their own or the text turns to what the speaker
    said on another occasion (``OTHER_OCCASION``: "X had earlier said"), from where no relay carries on."""
    by_speaker: dict[tuple[int, str], tuple[str, ...]] = {}
    for s, (who, _, _), via in zip(sentences, out, relays):
        if who and via:
            by_speaker.setdefault((s.paragraph, who), via)
    first: dict[str, tuple[str, ...]] = {}
    shared = []
    other_occasion = _OTHER_OCCASION.get(doc.lang)
    for s, (who, rule, _), via in zip(sentences, out, relays):
        if who and not via and other_occasion and other_occasion.search(doc.text, s.span.start, s.span.end):
            first[who] = ()
        paragraph = by_speaker.get((s.paragraph, who), ()) if who and rule in ("paragraph", "reported") else ()
        shared.append(via or paragraph or (first.get(who, ()) if who else ()))
        if who and via and not first.get(who):
            first[who] = via
    return shared


def document_author(doc: Document, mentions: MentionIndex, types: dict[str, str]) -> str | None:
    """Who issues a document whose headline says so: "Statement by the Ministry of Foreign Affairs", also after a
    reference number ("No:12/31, Statement of …") or under the lines over the article (a place, a date), and
    "Ministry of Water: Press statement on the drought" (the issuer before the colon)."""
    if not doc.title or not doc.body:
        return None
    for head in _top_lines(doc):
        line = doc.text[head.start:head.end]
        reference = _REFERENCE.match(line)
        cued = False
        for at in dict.fromkeys((0, reference.end() if reference else 0)):
            m = ISSUED_TITLE.match(line[at:])   # the pattern is anchored at the line's start
            who = _issuer_after_cue(doc, head, head.start + at + m.end(), mentions, types) if m else None
            if who is not None:
                return who
            cued = cued or m is not None
        before = _ISSUER_COLON.match(line) if not cued else None   # "Ruritania: Statement by …": a topic
        if before:
            colon = head.start + before.end("who")
            named = [x for x in outermost(mentions.within(head)) if types.get(x.entity) in _ISSUING_TYPES
                     and not doc.text[x.span.end:colon].strip(" \"'»”")]
            if named:
                return named[-1].entity
    return None


_ISSUING_TYPES = ("Organization", "Person", "Group")   # a country before the colon is what the headline is on


def _issuer_after_cue(doc: Document, head: Span, cue_end: int, mentions: MentionIndex,
                      types: dict[str, str]) -> str | None:
    """The issuer a headline names after its cue ("Statement by the …"), on the cue's line: the lines under "PRESS
    CONFERENCE BY THE PRESIDENT" name where it was held."""
    named = [x for x in outermost(mentions.within(head)) if cue_end - 1 <= x.span.start <= cue_end + ISSUER_REACH
             and types.get(x.entity) in ("Organization", "Person", "Group", "Country")
             and "\n" not in doc.text[cue_end:x.span.start]
             and TITLE_ONLY.fullmatch(doc.text[cue_end:x.span.start])   # "by President X", "by the X"
             and not _OCCASION_AFTER_POSSESSIVE.match(doc.text, x.span.end)]   # "of Minister X's call": took part
    # "Comment by the Spokesperson of the Ministry, Jane Roe": the person named last (after the titles, the
    # office and the body) wins
    people = [x for x in named if types.get(x.entity) == "Person"]
    return people[-1].entity if people else named[0].entity if named else None


_OCCASION_AFTER_POSSESSIVE = re.compile(rf"(?:{alternation('POSSESSIVE')})\s+(?:{'|'.join(joined('ACCOUNTED_OCCASIONS'))})"
                                        r"(?!\w)", re.I)


def _top_lines(doc: Document) -> list[Span]:
    """The headline, and the short lines over the article with it (a place, a date, a reference number)."""
    top = _page_top(doc)
    return [p for p in doc.body[:TOP_LINES + 1] if p.end <= top] or doc.body[:1]


# A reference number before a headline: "No:12/31, ", "SG/SM/1234 " (bounded: a line of dashes is no reference)
_REFERENCE = re.compile(r"\W{0,3}[^\s,]{0,20}\d[^\s,]{0,20}[,.]?\s+")
_HEADLINE_STATEMENT = alternation("HEADLINE_STATEMENT")
# "Ministry of Water: Press statement on the drought"
_ISSUER_COLON = re.compile(rf"(?P<who>[^:\n]{{2,80}}?)\s*:\s*(?:{_HEADLINE_STATEMENT})(?!\w)", re.I)
# "Official statement", "Statement on the drought": a statement's headline naming no issuer
_BARE_STATEMENT = re.compile(rf"\W*(?:{_HEADLINE_STATEMENT})(?:\s+(?:{alternation('HEADLINE_STATEMENT_TOPIC')})"
                             rf"(?!\w)[^:]*)?\W*", re.I)


@dataclass(frozen=True, slots=True)
class StatementLead:
    """Where a statement given as an article's text begins, and whose it is."""

    issuer: str | None       # None: whom the lead's own sentence has speak (a headline naming no issuer)
    sentence: int            # the index of the lead's sentence; the statement is the sentences after it
    last: int | None = None  # a statement pasted into a report: its last sentence (the article goes on after)
    own_lead: bool = False   # the lead is the statement's first sentence too ("Vexa today announced its results …")


def statement_lead(doc: Document, sentences: list[Sentence], mentions: MentionIndex, types: dict[str, str],
                   headline: Span | None) -> StatementLead | None:
    """Who issued the statement a report gives as its text, and the index of the lead that says so: the first
    sentence of the article says only that a body or person put out a statement ("МИД Руритании распространил
    заявление.", "The Water Council released the following statement:"), at most where, when or what it answers
    ("… в связи с заявлением МИД Бореалии"). A lead that tells what the statement says (a quotation, "that …",
    ", calling …") makes the article news about it, whose sentences stay its own. Also a passive lead ("The
    following statement by X was issued today:"), a headline that is a statement naming no issuer ("Official
    statement": the issuer is whom the first sentence has speak), a company's release of its results in its own
    words ("Vexa today reported its annual results for 2025.", ``RESULTS_LEAD``), and, with no lead at the start, a
    statement pasted further down. A page's label of a word or two ("Added:") is no first sentence."""
    top = _page_top(doc)
    first = next((i for i, s in enumerate(sentences) if s.span.start >= top
                  and (headline is None or not headline.contains(s.span))
                  and _SENTENCE_MARK_END.search(doc.text[s.span.start:s.span.end].rstrip())
                  and len(doc.text[s.span.start:s.span.end].split()) >= LEAD_WORDS), None)
    if first is None:
        return None
    passive = _passive_lead(doc, sentences, first, mentions, types) or _transcript_lead(doc, sentences, first,
                                                                                       mentions, types)
    if passive is not None:
        return passive
    if doc.title and any(_BARE_STATEMENT.fullmatch(doc.text, p.start, p.end) for p in _top_lines(doc)):
        return StatementLead(None, first)   # "Official statement" over "Vexon states that …": the first sentence's speaker
    return _first_sentence_lead(doc, sentences, first, mentions, types) or \
        _pasted_statement(doc, sentences, first, mentions, types)


def _first_sentence_lead(doc: Document, sentences: list[Sentence], first: int, mentions: MentionIndex,
                         types: dict[str, str]) -> StatementLead | None:
    span, own = sentences[first].span, language(_language(doc, sentences[first].span))
    text = doc.text[span.start:span.end].rstrip()
    for x in outermost(mentions.within(span)):
        # a name in its own quotation marks opening the sentence: «Векса» объявляет … (the sentence may start after
        # the mark)
        quoted = in_own_quotes(doc.text, x.span.start, x.span.end)
        if types.get(x.entity) not in SPEAKER_TYPES \
                or not TITLE_ONLY.fullmatch(doc.text, span.start, max(span.start, x.span.start - quoted)):
            continue
        after = x.span.end + quoted
        results = _RESULTS_LEAD.match(doc.text, after, span.start + len(text)) \
            if types.get(x.entity) == "Organization" else None
        if results is not None and _END_OF_LEAD.fullmatch(doc.text, results.end(), span.start + len(text)):
            return StatementLead(x.entity, first, own_lead=True)   # a company's release of its results
        m = _STATEMENT_LEAD.match(doc.text, after, span.start + len(text))
        if not m or _JUDGED_STATEMENT.search(m.group()) or last_of_a_list(doc.text, x, mentions.before(x.span.start),
                                                                          types):
            return None
        rest = doc.text[m.end():span.start + len(text)]
        if not _LEAD_REST.fullmatch(rest) or _THAT.search(rest) or len(rest.split()) > LEAD_REST_WORDS \
                or any(_opens_participle_clause(w, own) for w in re.findall(r",\s+(\w+)", rest)):
            return None
        return StatementLead(x.entity, first)
    return None


def _pasted_statement(doc: Document, sentences: list[Sentence], first: int, mentions: MentionIndex,
                      types: dict[str, str]) -> StatementLead | None:
    """A statement pasted into a report after a line that names it and its issuer and ends its paragraph with a
    colon ("Here is the readout the Water Council issued after the call:"): the paragraph after it, unquoted,
    is the issuer's; the article goes on in its own voice after it. The first such line only."""
    for k in range(first + 1, len(sentences) - 1):
        span, after = sentences[k].span, sentences[k + 1]
        text = doc.text[span.start:span.end].rstrip()
        if not text.endswith(":") or after.paragraph == sentences[k].paragraph \
                or not _PASTED_NOUN.search(text) or doc.text[after.span.start] in _QUOTE_OPENERS:
            continue
        named = [x for x in outermost(mentions.within(span)) if types.get(x.entity) in SPEAKER_TYPES]
        by = [x for x in named if _BY_BEFORE.search(doc.text, max(span.start, x.span.start - 12), x.span.start)]
        who = (by or named or [None])[0]
        if who is None:
            continue
        last = max(j for j in range(k + 1, len(sentences)) if sentences[j].paragraph == after.paragraph)
        return StatementLead(who.entity, k, last)
    return None


_PASTED_NOUN = re.compile(rf"(?<!\w)(?:{'|'.join(joined('STATEMENT_NOUNS'))}|{_HEADLINE_STATEMENT})\w*", re.I)
_BY_BEFORE = re.compile(rf"(?<!\w)(?:{alternation('ISSUED_BY')})\s+(?:the\s+)?$", re.I)
_QUOTE_OPENERS = "\"“«„'‘"


LEAD_WORDS = 3   # fewer make a page's label, not a lead: "Added:", "Updated:"
LEAD_REST_WORDS = 20   # where, when, what it answers: "on the anniversary of the Velm accord of 4 June 2011, Nordwire reported"
_STATEMENT_LEAD = re.compile(alternation("STATEMENT_LEAD"), re.I)
_RESULTS_LEAD = re.compile(alternation("RESULTS_LEAD"))   # case kept: "(NASDAQ: VXA)", a month's capital
_END_OF_LEAD = re.compile(r"\s*[.:]")
_JUDGED_STATEMENT = re.compile(rf"(?<!\w)(?:{alternation('JUDGED_STATEMENT')})", re.I)
_LEAD_REST = re.compile(rf"(?:\s+(?:{alternation('STATEMENT_LEAD_COMPLEMENTS')})(?!\w)[^“”«»\"„]*)?\s*[.:]", re.I)
_ASIDE = re.compile(rf"\W*(?:{alternation('ARTICLE_ASIDES')})(?!\w)", re.I)
_PASSIVE_LEAD = re.compile(alternation("PASSIVE_STATEMENT_LEAD"), re.I)
_LEAD_COLON = re.compile(r"[^:.!?“”«»\"]{0,160}:")
PASSIVE_LEAD_SENTENCES = 3   # the lines over the article may hold so many more before such a lead


def _passive_lead(doc: Document, sentences: list[Sentence], first: int, mentions: MentionIndex,
                  types: dict[str, str]) -> StatementLead | None:
    """A lead that says the text below is someone's statement, passive ("The following statement by Jane Roe was
    issued today:", "… was released by the Office of the Mayor:"), in the first sentences: its issuer (the person
    named last, else the body named first) and the sentence where the lead ends."""
    for i in range(max(0, first - PASSIVE_LEAD_SENTENCES), min(first + 1, len(sentences))):
        m = _PASSIVE_LEAD.match(doc.text, sentences[i].span.start)
        colon = _LEAD_COLON.match(doc.text, m.end()) if m else None
        if colon is None:
            continue
        named = [x for x in outermost(mentions.within(Span(m.start(), colon.end())))
                 if types.get(x.entity) in SPEAKER_TYPES]
        people = [x for x in named if types.get(x.entity) == "Person"]
        who = people[-1] if people else named[0] if named else None
        end = next((k for k in range(i, len(sentences)) if sentences[k].span.end >= colon.end()), None)
        return StatementLead(who.entity, end) if who is not None and end is not None else None
    return None


def _transcript_lead(doc: Document, sentences: list[Sentence], first: int, mentions: MentionIndex,
                     types: dict[str, str]) -> StatementLead | None:
    """A sentence in the first few that says the text below is the transcript of someone's remarks ("Northwire
    presents the full transcript of Jane Roe's briefing, held on 4 May."): the rest is theirs, the person (else
    the body) named first after the cue."""
    for i in range(first, min(first + PASSIVE_LEAD_SENTENCES + 1, len(sentences))):
        span = sentences[i].span
        m = _TRANSCRIPT_LEAD.match(doc.text, span.start, span.end)
        named = [x for x in outermost(mentions.within(Span(m.end(), span.end)))
                 if types.get(x.entity) in SPEAKER_TYPES] if m else []
        people = [x for x in named if types.get(x.entity) == "Person"]
        if named:
            return StatementLead((people or named)[0].entity, i)
    return None


_TRANSCRIPT_LEAD = re.compile(alternation("TRANSCRIPT_LEAD"), re.I)


def _statement_text(doc: Document, sentences: list[Sentence], out: list, lead: StatementLead) -> None:
    """The sentences after a statement's lead (from the lead itself where it is the statement's own first sentence,
    a company's release of its results) that no one else speaks are its issuer's, up to an aside of the
    article's own ("Напомним, …", "As previously reported, …"); a lead with no issuer (under a headline that
    names none) gives them to whom the lead has speak; a statement pasted into a report (``_pasted_statement``)
    is the paragraph after its line."""
    first = lead.sentence
    issuer = lead.issuer if lead.issuer is not None or out[first][1] == "own_voice" else out[first][0]
    if issuer is None:   # a headline naming no issuer, and no one speaking in the first sentence
        return
    for k in range(first + (not lead.own_lead), len(sentences) if lead.last is None else lead.last + 1):
        if lead.last is None and _ASIDE.match(doc.text, sentences[k].span.start):
            return       # a pasted statement is its paragraph, whatever it opens with
        if out[k][0] is None and out[k][1] == "own_voice":
            out[k] = (issuer, "document", None)


ISSUER_REACH = 100   # characters from the headline's cue to where the issuer's name starts


# "Answer (Jane Roe):" names its speaker in brackets ("JANE ROE [editor of the Herald]:" the speaker's title in
# square ones), "JANE ROE (D), VELLSHIRE:" her party and the state she sits
# for; "Jane Roe, Northwire TV:" the outlet she asks for, a transcript in capitals her title too ("JANE ROE, CHIEF
# EXECUTIVE, VEXA:"). A label may stand alone on its line, the words on the next ("Jane Roe (through an interpreter):").
# A longer label of capitalised words is a title and the name it ends with ("Ruritanian Trade Minister Jon Vell:").
# A surname may hold an apostrophe ("Mr. O'VELL:"), a possessive not ("Vell's answer:" opens a sentence).
# A dash may open the turn before its label ("— Вопрос: …", "— Jon Vell: …"), then with nothing after a comma: "— Йон
# Петрович, скажу прямо: …" addresses the one it names. A live blog's bracketed time may open it ("(14:05) Jon Vell: …").
# A channel's post may open it with a pictograph ("💬 Jon Vell: …") and tag a word of it ("#Comment by J.#Vell:"): a
# tag's sign glued to a capital is no word of its own.
_LABEL = re.compile(r"\s*(?:[(\[](?:[01]?\d|2[0-3]):[0-5]\d(?::[0-5]\d)?[)\]][ \t]+)?"
                    rf"(?:[{PICTOGRAPHS}]+[ \t]*)?(?P<dash>[—―–]\s*)?#?"
                    r"(?P<label>[A-ZА-ЯЁ](?:[\w.\-]|#(?=[A-ZА-ЯЁ]))*(?:['’](?![sS]\b)[\w.\-]+)?"
                    r"(?:\s+[\w.\-]+(?:['’](?![sS]\b)[\w.\-]+)?){0,3}?"
                    r"|[A-ZА-ЯЁ][A-ZА-ЯЁ.\-’']*(?:\s+[A-ZА-ЯЁ][A-ZА-ЯЁ.\-’']*){4,7}"
                    r"|(?P<titled>[A-ZА-ЯЁ][\w.\-’']*(?:\s+[A-ZА-ЯЁ][\w.\-’']*){4,7}))"
                    r"(?P<named>\s*(?:\([^()\n]{1,60}\)|\[[^\[\]\n]{1,60}\]))?"
                    r"(?P<outlet>(?(dash)(?!))(?:,\s+[^,:\n]{2,100}?|,\s+[^,:\na-zа-яё]{2,60}?,\s+[^,:\na-zа-яё]{2,60}?))?"
                    r"\s*:(?:\s+(?=\S)|\s*$)",
                    re.M)
# A label with no colon, an initial and a surname before the turn's first word ("Й.Велл Добрый вечер", "J. Doe Yes.")
# or alone on its line over the turn: read as one only where such labels open several turns of two speakers at least
# (``_paragraph_labels``).
_BARE_LABEL = re.compile(r"\s*(?P<label>[A-ZА-ЯЁ][a-zа-яё]?\.[ \t]?[A-ZА-ЯЁ][a-zа-яёA-ZА-ЯЁ]+(?:-[A-ZА-ЯЁ][a-zа-яёA-ZА-ЯЁ]+)?)"
                         r"(?P<named>(?!))?(?P<outlet>(?!))?(?P<titled>(?!))?(?:[ \t]+(?=[A-ZА-ЯЁ«\"“„(\[…])|[ \t]*$)")
BARE_TURNS = 3    # turns that colon-less labels must open, of BARE_SPEAKERS labels at least, to be a transcript's
BARE_SPEAKERS = 2
# A label of initials and a surname before a dash, the surname often in capitals ("М. ХЕЙЛ - …", "J.VELL – …"):
# a radio transcript's layout. Its dash after initials marks a label even in a short excerpt (DASH_TURNS turns).
_DASH_LABEL = re.compile(r"\s*(?P<label>(?:[A-ZА-ЯЁ]\.[ \t]?){1,2}[A-ZА-ЯЁ][a-zа-яёA-ZА-ЯЁ]+"
                         r"(?:-[A-ZА-ЯЁ][a-zа-яёA-ZА-ЯЁ]+)?)"
                         r"(?P<named>(?!))?(?P<outlet>(?!))?(?P<titled>(?!))?[ \t]+[—―–-][ \t]+(?=\S)")
DASH_TURNS = 2
# A name in square brackets before the turn's first word ("[Minister Vell] The talks …"), a question's in round ones
# too ("([Mara Hale] Why now?)"): a ministry's transcript of a broadcast interview. Read as a label only where such
# labels open BARE_TURNS turns of BARE_SPEAKERS speakers at least (``_paragraph_labels``): one may gloss a quotation.
_BRACKET_LABEL = re.compile(r"\s*\(?\[(?P<label>[A-ZА-ЯЁ][\w.\-’']*(?:\s+[A-ZА-ЯЁ][\w.\-’']*){0,3})\]"
                            r"(?P<named>(?!))?(?P<outlet>(?!))?(?P<titled>(?!))?[ \t]+(?=\S)")
# A question's label with no colon before the reporter's words, as transcripts set it apart ("Q    Will …", "Q. Will
# …", «Вопрос. …»), or alone on its line: read as one where it opens BARE_TURNS paragraphs with the other labels
# (``_paragraph_labels``). One space before a sentence ("Q The board …") sets it apart only where the text sets a
# label so elsewhere: "Q fever …" opens a sentence.
_BARE_QUESTION_LABEL = re.compile(rf"[ \t]*(?P<label>{alternation('BARE_QUESTION_LABELS')})(?P<apart>\.)?"
                                  r"(?P<named>(?!))?(?P<outlet>(?!))?(?P<titled>(?!))?"
                                  r"(?:(?(apart)[ \t]+|(?:(?P<gap>[ \t]{2,}|\t)|[ \t]))(?=[A-ZА-ЯЁ«\"“(\[])"
                                  r"|(?P<alone>[ \t]*$))")
_COLON_LESS = (_BARE_LABEL, _DASH_LABEL, _BRACKET_LABEL, _BARE_QUESTION_LABEL)


def _paragraph_labels(doc: Document) -> list[re.Match | None]:
    """Each body paragraph's speaker label, if it opens with one: "Jane Roe: …", or a colon-less "J. Roe …" where
    such labels open BARE_TURNS turns of BARE_SPEAKERS speakers (a single one may be a name opening a sentence),
    so too a bracketed "[Jane Roe] …",
    or "J. ROE – …" where such labels open DASH_TURNS turns of as many speakers; a colon-less question label ("Q …")
    where one is set apart as transcripts do and it and the other labels open BARE_TURNS paragraphs."""
    labels = [_LABEL.match(doc.text, para.start, para.end) for para in doc.body]
    for pattern, turns in ((_BARE_LABEL, BARE_TURNS), (_DASH_LABEL, DASH_TURNS), (_BRACKET_LABEL, BARE_TURNS)):
        colon_less = [pattern.match(doc.text, para.start, para.end) for para in doc.body]
        opened = [m.group("label") for m in colon_less if m]
        if len(opened) >= turns and len(set(opened)) >= BARE_SPEAKERS:
            labels = [m or other for m, other in zip(labels, colon_less)]
    asked = [_BARE_QUESTION_LABEL.match(doc.text, para.start, para.end) for para in doc.body]
    if not any(m and (m["apart"] or m["gap"] or m["alone"] is not None) for m in asked):
        return labels     # no label set apart as transcripts do: "Q fever …" in each paragraph is a word
    if sum(1 for a, other in zip(asked, labels) if a or other) >= BARE_TURNS:
        labels = [question or other for question, other in zip(asked, labels)]
    return labels


_QUESTION_LABEL = re.compile(r"^(?:%s)$" % "|".join(joined("QUESTION_LABELS")), re.I)
_HOST_LABEL = re.compile(r"^(?:%s)$" % "|".join(joined("HOST_LABELS")), re.I)
_ANSWER_LABEL = re.compile(r"^(?:%s)$" % "|".join(joined("ANSWER_LABELS")), re.I)


def speaker_labels(doc: Document, mentions: MentionIndex,
                   types: dict[str, str]) -> dict[int, tuple[str | None, int]]:
    """Interviews and transcripts: "Question: …" (no claims), "Overchuk: …" (his claims).

    Maps a paragraph index to (speaker key or "question", end of its label).
    An "Answer:" is the person a question opens by addressing, else the last person the intro names (one a
    question names is asked about); a title in the label ("PRIME MINISTER:") is the one person the text
    gives that title; an unlabelled paragraph after a speaker's is still that speaker's, up to the next label or
    a paragraph that names them. A label alone on its line asserts nothing and gives the next paragraph its
    speaker. A label whose turns mostly ask is the interviewer's, naming no one its remarks are no one's claims.
    Only a text with a question label, two speaker labels or an interviewer's ("Jane Roe, Northwire TV:")
    counts as an interview.
    """
    found: dict[int, tuple[str | None, int]] = {}
    speaker, explicit, alone = None, 0, -2    # speaker "": a label naming no one the text names ("TREASURER:")
    speaker_asked, asked_amid = False, -2     # the speaker's labelled turn asked; an unlabelled question after it
    stamped = -2                              # the last label alone on its line with its turn's time
    unnamed_alone: list[int] = []             # labels alone on their line naming no one and asking nothing
    paragraph_labels = _paragraph_labels(doc)
    if outlet_asks := _outlet_questions(doc, mentions, types, paragraph_labels):
        return outlet_asks
    questions = _question_paragraphs(doc, paragraph_labels)
    # "Q:", "Reporter:" ask for the outlet: then every other label is an answerer's, whatever their turns end with
    questioned = any(m and _QUESTION_LABEL.match(m.group("label").strip()) for m in paragraph_labels)
    interviewers = set() if questioned else _interviewer_labels(doc, paragraph_labels)
    initials = _initialled(doc, mentions, types)
    spoken: dict[str, str] = {}   # each label that named its speaker so far, and the speaker
    # the guest a host introduces is the title label's only when the text has one such label ("PRIME MINISTER:"
    # and "PRESIDENT:" are two people); read only then, as few texts have one
    title_labels = {m.group("label").strip().lower() for i, m in enumerate(paragraph_labels)
                    if m and (i or not doc.title) and _title_only(m.group("label").strip())}
    guest = _introduced_guest(doc, mentions, types) if len(title_labels) == 1 else None
    titles: dict[str, str] = {}   # the title after a name in a label ("Jon Vell, Deputy Minister for Ports:")
    labelled, callers, caller_turns = _labelled_people(doc, mentions, types, paragraph_labels)
    recurring = Counter(m.group("label").strip().lower() for m in paragraph_labels if m)
    # the first paragraph that closes a sentence: a label in capitals up to it opens a transcript of remarks
    first_sentence = next((j for j, p in enumerate(doc.body) if SENTENCE_CLOSED.search(doc.text, p.start, p.end)),
                          len(doc.body))
    headed = _header_speaker(doc, mentions, types, paragraph_labels, first_sentence, set(labelled.values()))
    for i, para in enumerate(doc.body):
        m = paragraph_labels[i] if i or not doc.title else None
        end = para.end if m and not doc.text[m.end():para.end].strip() else m.end() if m else 0
        label = m.group("label").strip() if m else ""
        named = _label_names(doc, mentions, types, m, end == para.end) if m else []
        if m and not named and label.lower() in callers:
            named = caller_turns.get(i, [])   # each "CALLER:" the one it introduces, else the label's last one
        elif m and not named and label.lower() in labelled:
            named = [labelled[label.lower()]]   # "ROE:" before the text names Jane Roe: the person its later "ROE:" is
        if m and (full := initials.get(label) or initials.get((m.group("named") or "").strip(" ()"))):
            named = [full]    # "Jon Vell (JV):", then "JV:": the person, not the initials read as another name
        if m and not named and (short := _shortened(label, spoken)):
            named = [short]   # "Vell:", then "V.:": the one speaker so far whose label's surname the initial opens
        asking = bool(m) and (_QUESTION_LABEL.match(label) is not None or _hosts(m)
                              or _HOST_LABEL.match(label) is not None or not named and label.lower() in interviewers)
        if m and not named and not _stamped(m) and (
                m.group("outlet") and not m.group().isupper() or end == para.end and not asking
                and not label.isupper() and not _ANSWER_LABEL.match(label) and m.re not in _COLON_LESS):
            # "In Vell, officials …:" is a sentence, "Related:" alone a heading ("TREASURER:", "JANE ROE, HOST:" labels)
            m = None
        if m and asking:
            found[i] = ("question", end)
        elif named:
            speaker = named[-1]
            found[i] = (speaker, end)
            spoken.setdefault(label, speaker)
            # "Jane Roe, Northwire TV:" asks in an interview; "JANE ROE:" opening the text is a transcript's speaker;
            # so does one under a question no label opens but put to someone (a ministry's answer to a reporter's
            # question; the article's own "Why …?" over a quoted label asks no one)
            explicit += 1 + bool(m.group("outlet") or _opening_capitals_label(label, i, first_sentence)
                                 or _described_capitals_label(m)
                                 or (i > 0 and i - 1 not in found and _put_to_someone(doc.text, doc.body[i - 1])))
            if m.group("outlet"):
                titles.setdefault(m.group("outlet").strip(" ,").lower(), speaker)
        elif m and _INITIALS.fullmatch(label) and _initials_of(doc, mentions, types, label):
            speaker = _initials_of(doc, mentions, types, label)
            found[i] = (speaker, m.end())
            explicit += 2     # initials standing for someone the text names: a transcript's label, even its only one
        elif m and not questioned and (_asks_or_bids(doc.text, para) or label.lower() in interviewers):
            found[i] = ("question", m.end())      # "NZH: Will the government …?", "Northwire: …?": the interviewer
        elif m and _ANSWER_LABEL.match(label):
            # the intro's, not a question's (asked about) or an earlier answer's (spoken of)
            intro = doc.body[min(found)].start if found else para.start
            earlier = [x.entity for x in mentions.before(intro) if types.get(x.entity) == "Person"]
            asked = [j for j, (who, _) in found.items() if who == "question"]
            addressed = _addressed(doc, mentions, types, Span(max(found[max(asked)][1], doc.body[max(asked)].start),
                                                              doc.body[max(asked)].end)) if asked else []
            speaker = speaker or (addressed or earlier or [None])[-1]
            found[i] = (speaker, end)
            explicit += 1
        elif m and (titled := _titled(doc, mentions, types, label, questions) or _title_given(label, titles)
                    or _title_only(label) and (guest or headed)):
            speaker = titled
            found[i] = (speaker, m.end())
            explicit += 1 + _opening_capitals_label(label, i, first_sentence)   # "THE PRESIDENT:" opening remarks
        elif m and (label.isupper() and len(label) > 1 or m.re in _COLON_LESS or questioned
                    or recurring[label.lower()] >= TURN_LABELS or _stamped(m)):
            # "MODERATOR:", "J. Roe …", "Minister:" answering "Q:", "Dana:" opening turns again, "Speaker 3
            # (00:19):": someone the text does not name, not the speaker before going on
            speaker = ""
            found[i] = (speaker, m.end())
        elif alone == i - 1 and found[i - 1][1] < 0:
            found[i] = ("question", para.end)     # the question after "Question:" alone on its line
        elif speaker is not None and (found.get(i - 1, ("question",))[0] == speaker or alone == i - 1
                                      or asked_amid == i - 1) and not _names(mentions, para, speaker):
            # the same speaker goes on, unless the paragraph asks (the interviewer's next question) or names the
            # speaker ("Vell is chief executive of …": the text speaks of them, the interview is over); after a
            # question no label opens, the one who answered before answers again (the labels stop after the first turns)
            # a recording's stamped label ("Jon Vell (01:07):") asks no one's questions: its turn is all its own; so
            # is the turn under a label alone naming its speaker, as on the label's line ("JANE ROE:" over remarks
            # closing on a question: the remarks hers, the question no claim)
            found[i] = ("question", para.start) if _asks_or_bids(doc.text, para) and stamped != i - 1 \
                and not (alone == i - 1 and speaker) else (speaker, para.start)
            asked_amid = i if found[i][0] == "question" and not speaker_asked else -2
        if m and i in found and found[i][0] not in ("question", None):
            speaker_asked = _asks_or_bids(doc.text, para)   # a labelled turn that asks is the interviewer's
        if m and end == para.end and i in found:
            # the label alone asserts nothing; its words are the next paragraph (end -1: a question's)
            if not asking and found[i][0] == "":
                unnamed_alone.append(i)
            found[i], alone = ("question", -1 if asking else para.end), i
            stamped = i if _stamped(m) else stamped
    # one label in capitals alone on its line, naming no one and asking nothing, is a heading ("KEY POINTS:" over a
    # digest), not a transcript's turn: the text is an interview only with another label beside it
    headings = set(unnamed_alone) if sum(1 for m in paragraph_labels if m) < 2 else set()
    interview = any(v[0] == "question" for i, v in found.items() if i not in headings) or explicit >= 2
    if interview and any(v[0] is None for v in found.values()):
        # "A: …" with no one named before it: the interviewee the text names after the questions and answers
        after = _named_after(doc, mentions, types, max(found))
        found.update((i, (after, end)) for i, (who, end) in found.items() if who is None and after is not None)
    found = {i: (who or None, max(end, doc.body[i].start)) for i, (who, end) in found.items()}
    return found if interview else _dash_interview(doc, mentions, types) or _plain_interview(doc, mentions, types)


def _outlet_questions(doc: Document, mentions: MentionIndex, types: dict[str, str],
                      paragraph_labels: list[re.Match | None]) -> dict[int, tuple[str | None, int]]:
    """"NORTHWIRE: …" over each question, the answers unlabelled under them: an interview whose one label is the
    outlet the intro says it interviewed for ("Jon Vell's interview with Northwire"). The label's turns ask (its
    remarks between the questions are no one's claims); the paragraphs under them answer, the interviewee's
    (``_interviewee``), up to the next label or one that leaves the interview (``_leaves_interview``): the article
    goes on from it. The last answer has no label to end it: past its first paragraph only one in the first person
    (``_answers_on``) carries it on."""
    labelled = {i: m for i, m in enumerate(paragraph_labels) if m and (i or not doc.title)}
    if len(labelled) < 2 or len({m.group("label").strip().lower() for m in labelled.values()}) > 1:
        return {}
    first = min(labelled)
    label = labelled[first].group("label").strip()
    answered = [i for i in labelled if i + 1 < len(doc.body) and i + 1 not in labelled]
    if len(answered) < 2 or first == 0 or _label_names(doc, mentions, types, labelled[first], False) \
            or not _interviewed_for(doc, label, Span(doc.body[0].start, doc.body[first - 1].end)):
        return {}
    who = _interviewee(doc, mentions, types, first)
    last = max(labelled)
    found: dict[int, tuple[str | None, int]] = {}
    for i in sorted(labelled):
        found[i] = ("question", doc.body[i].end)
        for j in range(i + 1, len(doc.body)):
            if j in labelled or _leaves_interview(doc, mentions, types, doc.body[j], who) \
                    or (i == last and j > i + 1 and not _answers_on(doc, doc.body[j])):
                break
            found[j] = (who, doc.body[j].start)
    return found


def _answers_on(doc: Document, para: Span) -> bool:
    """A paragraph after the last answer's first that speaks in the first person outside quotes, not the newsroom's
    ("Our correspondent adds …"): no label ends the last answer, so only such a paragraph carries it on; narration
    ("The port board did not respond.", "…, official figures show.") is the article's again."""
    own = _QUOTED_STRETCH.sub(" ", doc.text[para.start:para.end])
    return bool(FIRST_PERSON.search(_NEWSROOM_FIRST_PERSON.sub(" ", own)))


def _leaves_interview(doc: Document, mentions: MentionIndex, types: dict[str, str], para: Span,
                      who: str | None) -> bool:
    """A paragraph that turns to another thread ("Separately, …") or tags someone else's words in the third person
    ("…, council member Jane Roe said.", "Jane Roe said on Monday that …"): the article's again, not the
    interviewee's answer. An answer in the first person may tell what others said ("I told Jane Roe …, and she
    said …"): it stays the interviewee's."""
    if _EARLIER.match(doc.text, para.start):
        return True
    if FIRST_PERSON.search(_QUOTED_STRETCH.sub(" ", doc.text[para.start:para.end])):
        return False
    said = verbs(doc.text, para, doc.lang)
    return any(m.entity != who and types.get(m.entity) == "Person" and _tag_of(doc.text, para, m.span, v)
               for m in mentions.within(para) for v in said)


def _tag_of(text: str, para: Span, name: Span, verb: Span) -> bool:
    """The name and the verb of saying side by side ("Jane Roe said", "said Jane Roe") at the start of their
    sentence, no clause or quotation before them, or at its end, a few words of time or place after them: a
    third-person tag, not a name an answer mentions ("…, and Jane Roe told me it would")."""
    start, end = min(name.start, verb.start), max(name.end, verb.end)
    if text[name.end:verb.start].strip() if name.start < verb.start else text[verb.end:name.start].strip(" ,"):
        return False
    opening = max((m.end() for m in _SENTENCE_BREAK.finditer(text, para.start, start)), default=para.start)
    return not _CLAUSE_MARKS.search(text, opening, start) or bool(_TAG_CLOSE.match(text, end, para.end))


_QUOTED_STRETCH = re.compile(r"[“\"«„][^”\"»“]*[”\"»“]")   # words quoted in a paragraph: someone's, not its own
_SENTENCE_BREAK = re.compile(r"[.!?…][\"”»]?\s+")
_TAG_CLOSE = re.compile(r"[^.!?,;:\"“”«»]{0,40}[.!?…]")   # "said.", "said on Monday in Orlov."


def _interviewed_for(doc: Document, label: str, intro: Span) -> bool:
    """The intro speaks of an interview with the label's words a few words after ("Interview With NORTHWIRE's …",
    "в интервью агентству Northwire"): the outlet that asks."""
    words = label.lower().split()
    for cue in _INTERVIEW_CUE.finditer(doc.text, intro.start, intro.end):
        after = _OUTLET_WORD.findall(doc.text[cue.end():min(intro.end, cue.end() + OUTLET_AFTER_CUE)].lower())
        if any(after[k:k + len(words)] == words for k in range(OUTLET_AFTER_CUE_WORDS + 1)):
            return True
    return False


_OUTLET_WORD = re.compile(r"[^\W_]+(?:[-.][^\W_]+)*")
OUTLET_AFTER_CUE = 60        # characters after an interview's cue read for the outlet it was given to
OUTLET_AFTER_CUE_WORDS = 2   # words that may stand between ("with the", "агентству")


def _stamped(m: re.Match) -> bool:
    """"Speaker 3 (00:19):": a label with the time its turn began, a recording's transcript, though it names no
    one the text names."""
    return bool(m.group("named")) and _TIME_STAMP.fullmatch(m.group("named").strip()) is not None


_TIME_STAMP = re.compile(r"[(\[](?:\d{1,2}:)?\d{1,2}:\d\d[)\]]")


def _hosts(m: re.Match) -> bool:
    """"JANE ROE, HOST:": a label whose words after the name are an interviewer's, however it names her."""
    role = m.group("outlet").strip(" ,") if m.group("outlet") else ""
    return bool(_QUESTION_LABEL.match(role) or _HOST_LABEL.match(role))


def _opening_capitals_label(label: str, i: int, first_sentence: int) -> bool:
    """A label in capitals on paragraph ``i``, only lines with no sentence in them before it (a headline, a place, a
    time; ``first_sentence``, the first paragraph that closes one): a transcript of remarks or of a press
    conference, though one speaker's alone."""
    return label.isupper() and i <= first_sentence


# A form of address opening a label, before the name's capital: "Mr. Jon Vell", "Mr.Jon Vell", "Shri Jon Vell"
_HONORIFIC_OPENING = re.compile(r"(?i:%s)\.?\s*[A-ZА-ЯЁ]" % "|".join(map(re.escape, joined("HONORIFICS"))))


def _described_capitals_label(m: re.Match) -> bool:
    """"Mr. JON VELL (Writer, author of "Tides"):", "Mr. Jon Vell (Official Spokesperson):": a name in capitals or
    after a form of address and the speaker's description in brackets, a transcript's label, though the excerpt holds
    the speaker's one turn."""
    label = m.group("label")
    return bool(m.group("named")) and (label.split()[-1].isupper() or bool(_HONORIFIC_OPENING.match(label)))


def _interviewer_labels(doc: Document, paragraph_labels: list[re.Match | None]) -> set[str]:
    """The labels (in lower case) of whoever asks in a transcript: a label that opens two turns or more, at least
    half of them questions ("Roe: …?" four times in five). Its other turns are remarks between the questions
    ("Roe: Not convincing."), not the answers of the speaker before."""
    turns: dict[str, list[bool]] = {}
    body = doc.body
    for i, (para, m) in enumerate(zip(body, paragraph_labels)):
        if m is None or m.group("outlet"):
            continue
        alone = not doc.text[m.end():para.end].strip()
        said = body[i + 1] if alone and i + 1 < len(body) else para
        turns.setdefault(m.group("label").strip().lower(), []).append(_asks_or_bids(doc.text, said))
    return {label for label, asks in turns.items() if len(asks) >= 2 and 2 * sum(asks) >= len(asks)}


def _labelled_people(doc: Document, mentions: MentionIndex, types: dict[str, str],
                     paragraph_labels: list[re.Match | None]) -> tuple[dict[str, str], set[str], dict[int, list[str]]]:
    """Each label (in lower case) that names a person somewhere in the text, and the person: a host's "ROE:" opens
    the transcript before her turn names Jane Roe, after which "Roe" is hers. A caller introduces themselves in
    their first turn; a label whose turns introduce different people ("CALLER: I'm Jane Roe …", later "CALLER:
    Good evening, it's Piet Olden.") is a generic one, each turn whoever it introduces: those labels apart; and, by
    labelled paragraph, the caller its turn introduces, else the last its label introduced ("CALLER: Yes, exactly.")."""
    found: dict[str, str] = {}
    introduced: dict[str, set[str]] = {}
    latest: dict[str, list[str]] = {}
    turns: dict[int, list[str]] = {}
    for i, (para, m) in enumerate(zip(doc.body, paragraph_labels)):
        m = m if i or not doc.title else None
        if m is None:
            continue
        label = m.group("label").strip().lower()
        caller = _introduced(doc, mentions, types, Span(m.end(), para.end))
        if named := _label_names(doc, mentions, types, m, not doc.text[m.end():para.end].strip()) \
                or label not in introduced and caller:
            found.setdefault(label, named[-1])
        introduced.setdefault(label, set()).update(caller)
        turns[i] = latest[label] = caller or latest.get(label, [])
    return found, {label for label, people in introduced.items() if len(people) > 1}, turns


def _introduced(doc: Document, mentions: MentionIndex, types: dict[str, str], turn: Span) -> list[str]:
    """The person a turn opens by saying its speaker is ("TREASURER: Good evening, it's Jon Vell."): a call-in's
    guest whose label gives only a title. Only at the turn's start, after at most a greeting: "Not me, it's Jane
    Roe" names someone else."""
    opening = _SELF_INTRODUCTION.match(doc.text, turn.start, turn.end)
    return [x.entity for x in mentions.within(turn) if opening and x.span.start == opening.end()
            and types.get(x.entity) == "Person" and _INTRODUCED_NAME_END.match(doc.text, x.span.end, turn.end)][:1]


# "it's", "I am", "меня зовут" at a turn's start, after at most a greeting ("Good evening, it's …"); «это» only
# right at the start («Не я, это Олег …» is someone else)
_SELF_INTRODUCTION = re.compile(rf"\s*(?:(?:{alternation('SELF_INTRODUCTIONS_AT_START')})"
                                rf"|(?:(?:{alternation('GREETINGS')})[^.!?,;:—–]{{0,40}}[,.!;:—–-]\s*)?"
                                rf"(?:{alternation('SELF_INTRODUCTIONS')}))\s+", re.I)
_INTRODUCED_NAME_END = re.compile(r"\s*(?:[.,!;]|$)")


def _label_names(doc: Document, mentions: MentionIndex, types: dict[str, str], m: re.Match,
                 alone: bool) -> list[str]:
    """The persons a label names: in the label, else in its brackets; with an outlet after a comma, a title before the name
    or alone on its line, only a label that ends with the person's name ("Jane Roe, Northwire TV:", "Presenter Jane
    Roe:"), not a sentence ("Jane Roe said:")."""
    end = m.end("named") if m.group("named") else m.end("label")
    named = [x for x in mentions.within(Span(m.start("label"), end)) if types.get(x.entity) == "Person"]
    if any(x.span.end <= m.end("label") for x in named):   # "Mr. JON VELL (Columnist, Vexa Post):" his description
        named = [x for x in named if x.span.end <= m.end("label")]
    if (m.group("outlet") or m.group("titled") or alone) and (not named or named[-1].span.end != m.end("label")):
        return []
    return [x.entity for x in named]


def _titled(doc: Document, mentions: MentionIndex, types: dict[str, str], label: str,
            questions: list[Span]) -> str | None:
    """"PRIME MINISTER:" in a transcript: the one person the text gives that title, as the registry's title for them
    or written just before their name ("the Prime Minister, Jon Vell", "Health Minister Jon Vell"), outside the
    questions: one a question gives the title is asked about ("Prime Minister, Jon Vell said …", "the Lowland
    Treasurer Jon Vell says …?"), not the one who answers, unless the question opens by addressing them
    ("Prime Minister Jon Vell, welcome."): the guest who answers."""
    if len(label.split()) < 2 and not label.isupper():
        return None
    label = _LABEL_ARTICLE.sub("", label)   # "THE PRESIDENT:" is the one "President Jon Vell" names
    before = re.compile(rf"(?<!\w){re.escape(label)}[\s,]{{0,3}}$", re.I)
    people = {x.entity for x in mentions if types.get(x.entity) == "Person"
              and not any(q.start <= x.span.start < q.end and not _opens_addressing(doc.text, q, x.span)
                          for q in questions)
              and (x.via == "role" and doc.text[x.span.start:x.span.end].lower() == label.lower()
                   or before.search(doc.text, max(0, x.span.start - len(label) - 3), x.span.start))}
    return people.pop() if len(people) == 1 else None


_LABEL_ARTICLE = re.compile(rf"^(?:{'|'.join(joined('ARTICLES'))})\s+", re.I)
_TITLE_WORDS = frozenset(w.lower() for title in titles_by_word() for w in title.split())


def _title_only(label: str) -> bool:
    """"PRIME MINISTER:", "The Minister:": a label of title words alone, naming an office, not a person."""
    words = _LABEL_ARTICLE.sub("", label).lower().split()
    return bool(words) and all(w in _TITLE_WORDS for w in words)


def _introduced_guest(doc: Document, mentions: MentionIndex, types: dict[str, str]) -> str | None:
    """The one person a host introduces as the guest ("Jon Vell is with us.", "Joining us now is Jon Vell."):
    a title label the text gives no one by name ("PRIME MINISTER:") is theirs."""
    people = {x.entity for x in mentions if types.get(x.entity) == "Person"
              and (_GUEST_BEFORE.search(doc.text, max(0, x.span.start - GUEST_CUE_CHARS), x.span.start)
                   or _GUEST_AFTER.match(doc.text, x.span.end))}
    return people.pop() if len(people) == 1 else None


_GUEST_BEFORE = re.compile(rf"(?:^|[.!?:]\s+|\n)(?:{alternation('GUEST_INTRODUCED_BEFORE')})[\s,—–-]+$", re.I)
_GUEST_AFTER = re.compile(rf"\s+(?:{alternation('GUEST_INTRODUCED_AFTER')})\b", re.I)
GUEST_CUE_CHARS = 60   # characters read back from a name for the words that introduce it


def _header_speaker(doc: Document, mentions: MentionIndex, types: dict[str, str],
                    paragraph_labels: list[re.Match | None], first_sentence: int, labelled: set[str]) -> str | None:
    """The one person the lines over a transcript name in full, before its first label and any sentence
    ("Transcript of the Minister, Jane Roe", "Roe, Jane"): whom a title label the text gives no one by name
    ("MINISTER:") is, unless a label of their own names them (the interviewer)."""
    first_label = next((i for i, m in enumerate(paragraph_labels) if m), 0)
    top = doc.body[:min(first_label, first_sentence)]
    people = {x.entity for para in top for x in mentions.within(para) if types.get(x.entity) == "Person"
              and len(doc.text[x.span.start:x.span.end].split()) > 1}
    return people.pop() if len(people) == 1 and not people & labelled else None


def _title_given(label: str, titles: dict[str, str]) -> str | None:
    """"Deputy Minister:" after "Jon Vell, Deputy Minister for Ports:": the one person whose earlier label gave a
    title that the label is, or begins with (two words at least: "Minister" alone may be anyone's)."""
    said = label.lower()
    people = {who for title, who in titles.items()
              if len(said.split()) >= 2 and (title == said or title.startswith(said + " "))}
    return people.pop() if len(people) == 1 else None


def _question_paragraphs(doc: Document, paragraph_labels: list[re.Match | None]) -> list[Span]:
    """The paragraphs of an interview that ask: those ending in a question mark, those a question label opens
    ("Q: …", "JOURNALIST: …") and the one under a question label alone on its line."""
    out: list[Span] = []
    asked = False     # the paragraph before was a question label alone
    for para, m in zip(doc.body, paragraph_labels):
        labelled = m is not None and _QUESTION_LABEL.match(m.group("label").strip()) is not None
        if asked or labelled or _asks_or_bids(doc.text, para):
            out.append(para)
        asked = labelled and not doc.text[m.end():para.end].strip()
    return out


def _named_after(doc: Document, mentions: MentionIndex, types: dict[str, str], last: int) -> str | None:
    """The one person the paragraphs after an interview's last one name ("Jonas Roe is chief executive of …; he
    spoke to the Herald"), if only one."""
    if last + 1 >= len(doc.body):
        return None
    people = {m.entity for m in mentions.within(Span(doc.body[last + 1].start, doc.body[-1].end))
              if types.get(m.entity) == "Person"}
    return people.pop() if len(people) == 1 else None


def _names(mentions: MentionIndex, para: Span, person: str) -> bool:
    """The paragraph names the person (by name, not a title: an answer may say "as minister")."""
    return any(m.entity == person and m.via != "role" for m in mentions.within(para))


def _asks(text: str, para: Span) -> bool:
    """A paragraph that ends asking, also in bold ("**Why now?**") or inside quotation marks."""
    return text[para.start:para.end].rstrip().rstrip("”»\"*_ ").endswith("?")


def _asks_or_bids(text: str, para: Span) -> bool:
    """A turn that asks, or that opens bidding the interviewee to speak ("Tell us about …", "— Йон, расскажите …"):
    read so only where labels or dashes open turns, or the text announces itself as an interview; in news "Describe
    …" opens a sentence."""
    return _asks(text, para) or _PROMPT.match(text, para.start, para.end) is not None


# An interviewer's bidding, after an opening dash and the name it addresses ("— Jon, tell us …"); not in quotation
# marks, where someone bids another in a story.
_PROMPT = re.compile(rf"[\s—―–-]*(?:[A-ZА-ЯЁ][\w-]+(?:\s+[A-ZА-ЯЁ][\w-]+)?,\s+)?(?i:{alternation('INTERVIEW_PROMPTS')})")


_INITIALS = re.compile(r"[A-ZА-ЯЁ]{2,4}")
_BRACKETED_INITIALS = re.compile(r"\(([A-ZА-ЯЁ]{2,4})\)")
INITIALLED_NAME_REACH = 60   # characters read back from the bracket for the name it abbreviates


def _initialled(doc: Document, mentions: MentionIndex, types: dict[str, str]) -> dict[str, str]:
    """Initials an edited interview gives its speakers where it first names them ("Jon Vell (JV): …"), for the
    labels that follow ("JV: …"): each to the person whose name, right before the bracket, they abbreviate."""
    found: dict[str, str] = {}
    for m in _BRACKETED_INITIALS.finditer(doc.text):
        for x in mentions.within(Span(max(0, m.start() - INITIALLED_NAME_REACH), m.start())):
            if types.get(x.entity) == "Person" and not doc.text[x.span.end:m.start()].strip() \
                    and _initials(doc.text[x.span.start:x.span.end]) == m.group(1):
                found.setdefault(m.group(1), x.entity)
    return found


def _shortened(label: str, spoken: dict[str, str]) -> str | None:
    """"В.:" after "Велл:" in a transcript: a label of one initial is the one speaker so far whose label's last
    word (the surname) it opens; the editor shortens a name once it has been given."""
    if not _ONE_INITIAL.fullmatch(label):
        return None
    people = {who for said, who in spoken.items() if said.split()[-1].startswith(label[0])}
    return people.pop() if len(people) == 1 else None


_ONE_INITIAL = re.compile(rf"[{capitals()}]\.")


def _initials_of(doc: Document, mentions: MentionIndex, types: dict[str, str], label: str) -> str | None:
    """"TG:" in an interview with Tara Gellin: the one person named whose initials the label is."""
    people = {m.entity for m in mentions if types.get(m.entity) == "Person"
              and _initials(doc.text[m.span.start:m.span.end]) == label}
    return people.pop() if len(people) == 1 else None


def _initials(name: str) -> str:
    """"Tara Gellin" → "TG": the first letters of a name's capitalised words."""
    return "".join(w[0] for w in name.split() if w[:1].isupper())


def _dash_interview(doc: Document, mentions: MentionIndex,
                    types: dict[str, str]) -> dict[int, tuple[str | None, int]]:
    """The Russian interview layout: "— Вопрос?" and "— Ответ." paragraphs with no names.

    The answers are the interviewee's: the person the headline names, else the
    one the intro has speak (``_intro_speaker``), else the last person the intro
    names before the first question (not one a dashed turn before it speaks of:
    an excerpt may open mid-talk); naming no one, the answers are no one's and the
    questions still claim nothing. Without questions, a run of
    dashed paragraphs naming no one is one person's direct speech, as Russian
    writes it ("ответил X:" and then his answers).
    """
    dashes = {i: m.end() for i, p in enumerate(doc.body) if (m := _OPENING_DASH.match(doc.text, p.start, p.end))}
    dashed = list(dashes)
    questions = _asking_turns(dashed, [i for i in dashed if _asks_or_bids(doc.text, doc.body[i])])
    people = lambda span: [m.entity for m in mentions.within(span) if types.get(m.entity) == "Person"]
    if not questions:
        dashed = [i for i in dashed if not people(doc.body[i])]   # "— …, — сказал X": his own, said there
    if len(dashed) < (3 if questions else 2) and not _short_interview(doc, mentions, types, questions, dashed):
        return {}
    first = doc.body[questions[0] if questions else dashed[0]]
    headline = people(doc.body[0]) if _has_headline(doc) else []
    earlier = _intro_speaker(doc, mentions, types, first.start, set(dashes)) \
        or [who for i, p in enumerate(doc.body) if p.end <= first.start and i not in dashes for who in people(p)]
    who = (headline or earlier or [None])[-1 if not headline else 0] or _named_after(doc, mentions, types, dashed[-1])
    if who is None and not questions:
        return {}
    if not questions:
        return {i: (who, dashes[i]) for i in dashed}
    found: dict[int, tuple[str | None, int]] = _turns_before_first_question(doc.text, doc.body, dashes, questions[0],
                                                                              who, people)
    for i in range(questions[0], len(doc.body)):
        p = doc.body[i]
        if i in questions:
            found[i] = ("question", p.end)
        elif i in dashed or who is not None and found.get(i - 1, ("question",))[0] == who \
                and not _names(mentions, p, who):
            # an undashed paragraph goes on with the answer, unless it names the interviewee: the text's own again
            found[i] = (who, dashes[i] if i in dashed else p.start)
    return found


def _turns_before_first_question(text: str, body: list[Span], dashes: dict[int, int], first_question: int,
                                 who: str | None, people) -> dict[int, tuple[str | None, int]]:
    """An excerpt that opens mid-talk ("— Хорошая игра. …" under the intro, then "— …?"): the dashed turns right
    before the first question are the interviewee's answers, save one that falls where a remark put to him would
    (two, four … turns before the question) and addresses him («— Во втором тайме вы были спокойнее …») or is
    answered with a yes or a no («— Да, мы …»). The run stops at a paragraph that is not a dashed turn or that
    names a person (a quotation with its own "— сказал X"); a run that reaches a list item (ending with ";" or
    opening in lower case) or opens under a paragraph ending with a colon that names no person ("The port said in
    a statement:") is a dashed list, not talk: none; under one that names a person («Тренер X ответил на
    вопросы:») it is his interview."""
    found: dict[int, tuple[str | None, int]] = {}
    i = first_question - 1
    while i in dashes and not people(body[i]):
        said = text[dashes[i]:body[i].end].strip()
        if said.endswith(";") or said[:1].islower():
            return {}                                 # «— стадион отремонтируют к маю;»: an item of a list
        answer = text[dashes[i + 1]:body[i + 1].end].strip() if i + 1 in dashes else ""
        put = (first_question - i) % 2 == 0 and (_SECOND_PERSON.search(said) or _AGREEING.match(answer))
        found[i] = ("question", body[i].end) if put else (who, dashes[i])
        i -= 1
    if i >= 0 and text[body[i].start:body[i].end].rstrip().endswith(":") and not people(body[i]):
        return {}                                     # "X said in a statement:" and its points: a tag's, no talk
    return found


_AGREEING = re.compile(rf"(?:{alternation('AGREEING_OPENERS')})\s*[,.!\u2014\u2013-]", re.I)


def _asking_turns(dashed: list[int], questions: list[int]) -> list[int]:
    """Dashed turns alternate, a question and its answer: when every dashed paragraph that ends asking falls on an
    asking turn counted from the first of them, the other asking turns ask too, whatever they end with (a remark
    put to the interviewee, a question closed by a bracket). A question mark on an answer's turn (a rhetorical
    question, an answer over two dashed paragraphs) breaks the count: then only the paragraphs that ask do."""
    if not questions:
        return questions
    asking = [i for i in dashed if i >= questions[0]][::2]
    return asking if set(questions) <= set(asking) else questions


def _intro_speaker(doc: Document, mentions: MentionIndex, types: dict[str, str], until: int,
                   dashed: set[int]) -> list[str]:
    """"Защитник X рассказал о ссоре с президентом клуба Y:" the person named first before the verb of saying
    of the last undashed paragraph before ``until`` that has one is who answers, not whom the intro names after the
    verb as what the talk is about, nor one named in an apposition ("X, адвокат нападающего Y, рассказал")."""
    intro = [p for i, p in enumerate(doc.body) if p.end <= until and i not in dashed]
    for p in reversed(intro):
        for verb in verbs(doc.text, p, _language(doc, p)):
            before = [m.entity for m in mentions.within(Span(p.start, verb.start)) if types.get(m.entity) == "Person"]
            if before:
                return before[:1]
    return []


# A paragraph's opening dash: "— ", "– ", "- ", and one written against a capital ("-Хочу спросить …")
_OPENING_DASH = re.compile(r"[—―–-]\s|[—―–-](?=[A-ZА-ЯЁ])")


def _short_interview(doc: Document, mentions: MentionIndex, types: dict[str, str], questions: list[int],
                     dashed: list[int]) -> bool:
    """One question and its answer, what an excerpt may keep of an interview, when the paragraphs before the
    question speak of an interview ("X дал интервью …") or the one right before it has a person tell something
    ("Как …, «Вестнику» рассказал глава порта X."): the standfirst over the questions."""
    if len(dashed) != 2 or dashed[0] not in questions or dashed[1] in questions or not dashed[0]:
        return False
    standfirst = doc.body[dashed[0] - 1]
    told = verbs(doc.text, standfirst, _language(doc, standfirst)) and any(
        types.get(m.entity) == "Person" for m in mentions.within(standfirst))
    return bool(told) or _interview_announced(doc, dashed[0])


def _interview_announced(doc: Document, first_question: int) -> bool:
    """The paragraphs before an interview's first question speak of an interview ("X дал интервью …", "Edited
    excerpts from an interview:")."""
    intro = doc.body[:first_question]
    return bool(intro) and _INTERVIEW_CUE.search(doc.text, intro[0].start, intro[-1].end) is not None


_SECOND_PERSON = re.compile(rf"(?<!\w)(?:{alternation('SECOND_PERSON')})(?!\w)", re.I)
_INTERVIEW_CUE = re.compile(rf"(?<!\w)(?:{alternation('INTERVIEW_CUES')})", re.I)


def _plain_interview(doc: Document, mentions: MentionIndex,
                     types: dict[str, str]) -> dict[int, tuple[str | None, int]]:
    """Questions and answers laid out with no labels: a paragraph that asks, then the answer in the first person.

    It is an interview when at least two questions (one where the text announces itself as an interview, what an
    excerpt may keep: ``_excerpt_exchange``) are each followed by a paragraph that does not ask, a
    question speaks to someone ("you") and the answers speak in the first person in at least half of the
    exchanges (an explainer's "What happens next?" headings are answered in the writer's voice, an op-ed's
    rhetorical questions address no one). The questions claim nothing; the answers, in the
    first person or not, are the interviewee's: the one person named where the headline or the intro
    speaks of an interview ("X told the Herald in an interview"), else the one person the headline names.
    Naming no one, the answers in the first person are no one's: their "we" is the interviewee's, not the last
    body the text named.
    """
    body, text = doc.body, doc.text
    first_body = 1 if _has_headline(doc) else 0
    asks = _asks_or_bids if _announces_interview(doc) else _asks
    asking = {i for i in range(first_body, len(body)) if asks(text, body[i])}
    exchanges: list[tuple[int, list[int]]] = []
    for i in sorted(asking):
        answers: list[int] = []
        for j in range(i + 1, len(body)):
            if j in asking:
                break
            answers.append(j)
        if answers:
            exchanges.append((i, answers))
    if len(exchanges) == 1:
        exchanges = _excerpt_exchange(doc, mentions, types, *exchanges[0])
    if not exchanges:
        return {}
    spoken = sum(any(FIRST_PERSON.search(text, body[j].start, body[j].end) for j in answers)
                 for _, answers in exchanges)
    addressed = any(_SECOND_PERSON.search(text, body[i].start, body[i].end) for i, _ in exchanges)
    if 2 * spoken < len(exchanges) or not addressed:
        return {}
    found: dict[int, tuple[str | None, int]] = {i: ("question", body[i].end) for i in sorted(asking)
                                                  if i >= exchanges[0][0]}
    who = _interviewee(doc, mentions, types, exchanges[0][0])
    found.update((j, (who, body[j].start)) for _, answers in exchanges for j in answers
                 if who is not None or FIRST_PERSON.search(text, body[j].start, body[j].end))
    return found


def _excerpt_exchange(doc: Document, mentions: MentionIndex, types: dict[str, str], question: int,
                      answers: list[int]) -> list[tuple[int, list[int]]]:
    """An excerpt's only question and its answer: the question out of quotation marks (a quoted one is asked in a
    story), the text announced as an interview by its headline or its own words ("Edited excerpts from an
    interview:"; a reported "X told the Herald in an interview" is news), and the one paragraph after it, which has
    no quotation or speaker of its own to frame it."""
    body, text = doc.body, doc.text
    answer = body[answers[0]]
    if not _announces_interview(doc, question) \
            or _OPENING_QUOTE.match(text, body[question].start, body[question].end) \
            or any(mark in text[answer.start:answer.end] for mark in _QUOTE_OPENERS) \
            or any(types.get(m.entity) in SPEAKER_TYPES for m in mentions.within(answer)):
        return []
    return [(question, answers[:1])]


def _announces_interview(doc: Document, before: int | None = None) -> bool:
    """The text announces itself as an interview: its headline speaks of one, or its own words before paragraph
    ``before`` do ("Edited excerpts from an interview:"); a reported "X told the Herald in an interview" is news."""
    body = doc.body[:before]
    return bool(body) and (
        _has_headline(doc) and _INTERVIEW_CUE.search(doc.text, body[0].start, body[0].end) is not None
        or _OWN_INTERVIEW_CUE.search(doc.text, body[0].start, body[-1].end) is not None)


_OWN_INTERVIEW_CUE = re.compile(rf"(?<!\w)(?:{alternation('INTERVIEW_OWN_CUES')})", re.I)


def _has_headline(doc: Document) -> bool:
    """The text opens with a headline, not with the interview's first question taken for one: an excerpt's first
    line may be a dashed turn ("— Jon, how …?") or a question put to "you", and the person it names is asked about."""
    if not doc.title or not doc.body:
        return False
    first = doc.body[0]
    return not _OPENING_DASH.match(doc.text, first.start, first.end) and not _put_to_someone(doc.text, first)


def _put_to_someone(text: str, para: Span) -> bool:
    """A question an interviewer puts: a dashed turn, or one to "you" ("How do you rate …?"); an article's own
    "Why is the port closing?" heads what it goes on to tell."""
    return _asks(text, para) and (_OPENING_DASH.match(text, para.start, para.end) is not None
                                  or _SECOND_PERSON.search(text, para.start, para.end) is not None)


def _interviewee(doc: Document, mentions: MentionIndex, types: dict[str, str], first_question: int) -> str | None:
    """Whom an unlabelled interview questions: the one person named where the headline or intro speaks of
    an interview, else the one the headline names, else the one the intro names, else the one the first
    question addresses ("Mr Varga, …?")."""
    people = lambda span: list(dict.fromkeys(m.entity for m in mentions.within(span) if types.get(m.entity) == "Person"))
    intro = doc.body[:first_question]
    for p in intro:
        if _INTERVIEW_CUE.search(doc.text, p.start, p.end) and people(p):
            named = people(p)
            return named[0] if len(named) == 1 else None
    for named in ((people(doc.body[0]) if _has_headline(doc) else []),
                  (people(Span(intro[0].start, intro[-1].end)) if intro else []),
                  _addressed(doc, mentions, types, doc.body[first_question])):
        if named:
            return named[0] if len(named) == 1 else None
    return None


def _addressed(doc: Document, mentions: MentionIndex, types: dict[str, str], question: Span) -> list[str]:
    """The person a question opens by addressing: "Mr Varga, …", "Minister Tomas Varga, …"."""
    return [m.entity for m in mentions.within(question) if types.get(m.entity) == "Person"
            and _opens_addressing(doc.text, question, m.span)][:1]


def _opens_addressing(text: str, question: Span, name: Span) -> bool:
    """The name, a title at most before it and a comma after it, opens the question: whom it speaks to."""
    return _VOCATIVE_BEFORE.fullmatch(text, question.start, name.start) is not None \
        and text[name.end:name.end + 1] == ","


# At most two capitalised words (a title) before the name a question addresses
_VOCATIVE_BEFORE = re.compile(r"[\W_]*(?:[A-ZА-ЯЁ][\w.\-]*\s+){0,2}")


_QUESTION = re.compile(r"\?[\s”»\"]*$")
# "Об этом заявил X", also after an outlet's opening clause: "Как сообщает NordNews, об этом заявил X" (and so
# "Как сообщает NordNews, так ответила X": ``_BACKWARD_MANNER``)
# (an outlet named by its domain, "Как сообщает Nordnews.az, об этом …": a dot inside a word ends no clause)
_RELAY_OPENING = (rf"(?:(?:{alternation('RELAY_OPENERS')})\s+"
                  rf"(?:[^,.!?;:«»“”\"]|\.(?=\w)){{1,{RELAY_OPENER_REACH}}},\s+)?")
_BACKWARD = re.compile(rf"^\W*{_RELAY_OPENING}(?P<reference>{alternation('BACKWARD_REFERENCES')})\b", re.I)
_FIRST_COMMA = re.compile(r",\s*(?:[—―–-]\s*)?(?=\w)")


def _points_back(text: str, lang: str) -> bool:
    """"Об этом заявил X": a sentence that opens by pointing back to what was just said, only to name who said it;
    not one whose reference is the subject of a clause of its own that a said-tag closes ("Это заявление будет
    важным, добавил X": what X said of the statement)."""
    opening = _BACKWARD.match(text)
    if opening is None:
        return False
    comma = _FIRST_COMMA.search(text, opening.end())
    said = verbs(text, Span(comma.end(), len(text)), lang) if comma else []
    if not said or said[0].start != comma.end() or morph().parse(text[said[0].start:said[0].end])[0].tag.POS != "VERB":
        return True
    # "Об этом она написала в блоге, передаёт NordNews": the reference's own verb of saying, an outlet's tag after;
    # a reference to what the words were about ("Об этом объявил X, передаёт NordNews", ``HEADLINE_TOPIC_WORDS``) is
    # no subject of a clause of its own, whatever its verb (not «С этим заявлением не согласились …»: a reply to it)
    topic = language(lang).HEADLINE_TOPIC_WORDS
    return bool(verbs(text, Span(opening.end(), comma.start()), lang)) \
        or bool(topic) and re.fullmatch(topic, opening.group("reference").split()[0], re.I) is not None \
        or not any(morph().parse(word)[0].tag.POS == "VERB"
                   for word in re.findall(r"[^\W\d_]+", text[opening.end():comma.start()]))


def _report_after_reference(text: str, lang: str) -> int | None:
    """Where a sentence that points back to name who said it goes on to report more of the speaker's words, at a
    gerund of saying right before its clause ("Такое мнение X высказал, отметив, что …"): that gerund's offset."""
    opening = _BACKWARD.match(text)
    return next((v.start for v in verbs(text, Span(opening.end(), len(text)), lang)
                 if gerund(text[v.start:v.end]) and OPENING_AFTER_GERUND[language(lang)].match(text, v.end)), None)


# "Так X прокомментировал …": names who said what came before and, unlike a reference back, asserts something too
_BACKWARD_MANNER = re.compile(rf"^\W*{_RELAY_OPENING}(?:{alternation('BACKWARD_MANNER')})", re.I)
_OWN_REPORT = re.compile(rf"{alternation('OWN_REPORT')}|{alternation('REMARK_MADE')}", re.I)


def _remarks_maker(doc: Document, s: Sentence, made: re.Match, mentions: MentionIndex,
                   types: dict[str, str]) -> str | None:
    """"Tomas Varga, the head of the union, made these remarks in …": the person or body whose name opens the
    sentence that says it made the remarks (``OWN_REPORT``), past an opening phrase and its comma ("On Monday,
    …"), whose they are."""
    before = mentions.within(Span(s.span.start, s.span.start + made.start()))
    first = before[0] if before else None
    if first is None or types.get(first.entity) not in ("Person", "Organization", "Group") \
            or not _OPENING_PHRASE.fullmatch(doc.text, s.span.start, first.span.start):
        return None
    return first.entity


def _report_figures_after(doc: Document, sentences: list[Sentence], out: list, quotes: list[QuoteRegion],
                          unnamed: set[int], by_para: dict[int, list[int]], paragraph: int) -> list[int]:
    """The sentences from ``paragraph`` on that go on with the figures of a report named before them: up to the
    first sentence without one, or one that turns to the article's background ("Напомним, …", "Ранее …":
    ``_EARLIER``) or names a basis of its own ("Согласно Конституции, …": ``BASIS_OPENERS``); a paragraph of
    figures only leads on to the next ("Так, за A проголосовали 66%.", "B получила 34%.", "Явка составила 75%.")."""
    taken: list[int] = []
    while paragraph in by_para:
        for j in by_para[paragraph]:
            if out[j][0] is not None or out[j][1] == "own_report" or j in unnamed \
                    or _region_of(sentences[j].span, quotes) is not None \
                    or _EARLIER.match(doc.text, sentences[j].span.start) \
                    or _BASIS_OPENING.match(doc.text, sentences[j].span.start) \
                    or not find_quantities(doc.text, sentences[j].span, doc.lang):
                return taken
            taken.append(j)
        paragraph += 1
    return taken


def _paragraph_frames(doc: Document, sentences: list[Sentence], out: list, quotes: list[QuoteRegion],
                      unnamed: set[int], no_forecaster: set[int], mentions: MentionIndex, types: dict[str, str],
                      analysis: Analysis) -> None:
    """A frame speaks for the unattributed sentences of its paragraph.

    A closing frame ("…, — сказал он.") covers the sentences before it; an opening
    one ("X said that …") the sentences after it, up to the next frame or quotation. "Об этом
    заявил X" ("This was stated by X") covers the paragraph before it when it opens its own, and
    the figures that open the paragraph after it (a company's results). A
    sentence in which someone unnamed speaks, or someone says nothing (``unnamed``), is nobody's to cover,
    and no frame reaches across it, but for a closing frame over one where only an expectation no one is said to
    hold speaks (``no_forecaster``: "A. Exports are expected to reach B. C, X said": all X's words); nor one
    that opens with another person or company, who acts on their own
    ("Minister Ilse Kamm posted that …"), nor one that tells what happened next in the article's narration
    (``_tells_what_happened``).
    """
    by_para: dict[int, list[int]] = {}
    for i, s in enumerate(sentences):
        by_para.setdefault(s.paragraph, []).append(i)
    resumed: set[int] = set()   # sentences where a dash takes up the speech of the tag before them again
    for i, s in enumerate(sentences):
        text = doc.text[s.span.start:s.span.end]
        made = _OWN_REPORT.search(text)
        if made and out[i][1] in ("anaphor", "verb_left", "verb_right", "own_voice"):
            out[i] = (None, "own_report", None)
        own = made is not None and out[i][1] == "own_report"   # "X made these remarks …": X's, as a reference back
        reporter = _remarks_maker(doc, s, made, mentions, types) if own else out[i][0]
        if (_points_back(text, doc.lang) or _BACKWARD_MANNER.match(text) or own
                or _tag_opening_paragraph(doc, sentences, i, out[i][2])) and reporter:
            # what its own paragraph says before it, else the paragraph before (and a first-person run past that)
            before = [j for j in by_para.get(s.paragraph, []) if j < i] \
                or _first_person_run(doc, sentences, out, unnamed, by_para, s.paragraph - 1) \
                + by_para.get(s.paragraph - 1, [])
            for j in before:
                if out[j][0] is None and out[j][1] != "own_report" and (j not in unnamed or j in no_forecaster) \
                        or _body_gives_way(out[j], reporter, types):
                    out[j] = (reporter, "reported", None)
            for j in _report_figures_after(doc, sentences, out, quotes, unnamed, by_para, s.paragraph + 1):
                out[j] = (reporter, "reported", None)
    for i, s in enumerate(sentences):   # a clause cut from a sentence keeps the sentence's speaker
        if s.clause and out[i][0] is None and out[i][1] != "own_report" and out[i - 1][0] is not None \
                and i not in unnamed and not _closed_by_its_tag(out[i - 1][2]) \
                and not _present_after_backshift(doc, sentences[i - 1].span, s.span, analysis):
            out[i] = (out[i - 1][0], "paragraph", None)
    for i, s in enumerate(sentences):   # "A, но B, заявил X": a closing tag speaks for the clauses cut before it
        frame, j = out[i][2], i - 1
        tag = frame is not None and frame.after_assertion and frame.subject is not None \
            and frame.verb.start < frame.subject.start
        while s.clause and tag and j >= 0 and sentences[j + 1].clause and out[j][0] is None \
                and out[j][1] != "own_report" and j not in unnamed:
            out[j] = (out[i][0], "paragraph", None)
            j -= 1
    for indices in by_para.values():
        # an outlet's own closing report ("…, Reuters reported") is its sentence's alone; a frame that ends with a
        # colon ("After the tour, X said:") opens the words after it and closes nothing before it
        # … but one that closes a paragraph of direct speech with its dash tag ("- A. B, - сообщает X") is the tag
        # of all of it
        para = doc.body[sentences[indices[0]].paragraph]
        speech = _DASH_SPEECH.match(doc.text, para.start) is not None
        closing = [i for i in indices if out[i][2] is not None and out[i][2].at_end
                   and (out[i][2].rule != "relay" or speech and _DASH_TAG.match(doc.text, out[i][2].verb.start))
                   and not _opens_what_follows(doc.text, sentences[i].span)]
        quoted = any(q.span.start < para.end and para.start < q.span.end and not quoted_name_inside(doc.text, q.span)
                     for q in quotes)
        if closing and not quoted:
            speaker = out[closing[-1]][0]
            # a sentence someone unnamed speaks, or someone else, ends the reach back: "A. According to Y, B. C, X
            # said." leaves A out of X's words; so does one whose subject is the speaker's name, the article telling
            # of its act («X отключило интернет. A, пояснили чиновники»), and the dash that opens direct speech
            # closed by a dash-led tag: "A. — B, — сказал X." leaves A, the narration before it, to the article
            since = max([i for i in indices if i < closing[-1] and (
                i in unnamed and i not in no_forecaster or out[i][0] not in (None, speaker)
                or _speaker_named_again(doc.text, sentences[i].span, mentions, types, speaker)
                or _word_on_report(doc.text, sentences[i].span, _language(doc, sentences[i].span)))], default=-1)
            tagged = sentences[closing[-1]].span.start
            if _DASH_SPEECH.match(doc.text, tagged) \
                    and DASH_TAG_BEFORE.search(doc.text, tagged, out[closing[-1]][2].verb.start):
                since = closing[-1]
            for i in indices:
                if since < i < closing[-1] and out[i][0] is None and out[i][1] != "own_report":
                    out[i] = (speaker, "paragraph", None)
        current = None
        resuming = False   # the speech of a tag just closed goes on after a dash, until another tag may claim it
        cited = None    # "According to X, A. B also …", "… . For example, B", "… . In addition, B": the next sentence
        #                 goes on with X's report
        narrated = False   # the sentence before was the article's narration (``_tells_what_happened``)
        figures_run = False   # the sentence before went on with the cited report and gave figures
        cited_at = None   # the sentence that cites
        for i in indices:
            frame = out[i][2]
            after_narration, narrated = narrated, False
            if frame is not None and not frame.at_end:
                # "X said that A. B", "Он отметил, что A. B": named or not, the speaker's report goes on
                current = out[i][0] if frame.rule.startswith(("verb", "anaphor")) \
                    and _goes_on(doc.text, sentences[i].span, frame) else None
                cited = out[i][0] if frame.rule == "according_to" else None
                cited_at = sentences[i].span
                resuming = figures_run = False
            elif i in unnamed and out[i][0] is None and current is not None \
                    and _pronoun_goes_on(doc.text, sentences[i].span, _language(doc, sentences[i].span),
                                         analysis.parse_of(sentences[i].span)):
                out[i] = (current, "paragraph", None)   # "X said A. He expects B": the pronoun is the speaker
            elif i in unnamed or frame is not None or _region_of(sentences[i].span, quotes) is not None:
                # a closing frame or a quotation ends the report: what follows is the article's again, unless
                # a dash takes up direct speech again ("— A, — добавили в X. — B.")
                current = out[i][0] if frame is not None and frame.at_end and _speech_resumes(doc, sentences, i) \
                    else None
                resuming = current is not None
                cited = None
            elif out[i][0] is None and (_EARLIER.match(doc.text, sentences[i].span.start)
                                        or _BACKGROUND.match(doc.text, sentences[i].span.start, sentences[i].span.end)
                                        or _word_on_report(doc.text, sentences[i].span,
                                                           _language(doc, sentences[i].span))):
                current = cited = None
            elif out[i][0] is None and _tells_what_happened(analysis.parse_of(sentences[i].span),
                                                            _language(doc, sentences[i].span)):
                # the article's narration between the report's sentences: the report goes on after one such
                # sentence, not after two in a row; "also" after it is no longer the cited source's
                current = None if after_narration else current
                narrated, cited = True, None
            elif out[i][0] is None and out[i][1] != "own_report" and (
                    _opens_with_another_actor(doc.text, sentences[i].span, mentions, types, current)
                    or _group_gives_way(doc.text, sentences[i].span, _language(doc, sentences[i].span),
                                        types.get(current or ""))
                    or _speaker_named_again(doc.text, sentences[i].span, mentions, types, current,
                                             analysis.parse_of(sentences[i].span))
                    or _speaker_possessive_opens(doc.text, sentences[i].span, _language(doc, sentences[i].span),
                                                 types.get(current or cited or ""))
                    or sentences[i].clause
                    and _present_after_backshift(doc, sentences[i - 1].span, sentences[i].span, analysis)
                    or not sentences[i].clause
                    and _present_after_past_report(doc, sentences[i - 1].span, sentences[i].span, analysis)):
                current = cited = None
            elif out[i][0] is None and out[i][1] != "own_report":
                # "But B" turns against a report, not inside direct speech a dash took up again ("— A, — сказал X.
                # — Но B.")
                if current is not None and (resuming or not _CONTRAST.match(doc.text, sentences[i].span.start)):
                    out[i] = (current, "paragraph", None)
                    if resuming:
                        resumed.add(i)
                elif cited is not None and (_ALSO.search(doc.text, sentences[i].span.start, sentences[i].span.end)
                                            or _EXAMPLE.match(doc.text, sentences[i].span.start)
                                            or _ADDING_OPENER.match(doc.text, sentences[i].span.start)
                                            or _topic_of_report(doc, sentences[i].span, cited_at)
                                            or _FORECAST_GOES_ON.match(doc.text, sentences[i].span.start)
                                            or _pronoun_tag_next(doc, sentences, out, i, cited)
                                            or _more_of_the_cited_change(doc, sentences[i].span, cited_at)
                                            or figures_run and _FIGURES_RUN_OPENER.match(doc.text,
                                                                                         sentences[i].span.start)):
                    out[i] = (cited, "paragraph", None)
                    # "According to X, A. In general, up to 40 tonnes. In 2022, 31 tonnes.": a sentence that goes
                    # on with the cited report's figures, and the run of figures opened by a time or figure
                    # adverbial after it, are the report's
                    figures_run = bool(find_quantities(doc.text, sentences[i].span,
                                                       _language(doc, sentences[i].span)))
                    cited = cited if figures_run else None
                    continue
                cited = None
    _colon_led_run(doc, sentences, out, quotes, unnamed, mentions, types)
    _dash_speech_after_report(doc, sentences, out, quotes, unnamed, by_para, mentions, types)
    _dash_speech_before_tag(doc, sentences, out, quotes, by_para, resumed)
    _dash_speech_going_on(doc, sentences, out, quotes, unnamed, by_para)


_POLL_NOUN = re.compile(rf"(?<!\w)(?:{alternation('POLL_NOUNS')})(?!\w)", re.I)
_RESPONDENT_SHARE = re.compile(alternation("RESPONDENT_SHARES"), re.I)
_SHARE_BEFORE_GROUP = re.compile(rf"(?:{alternation('SHARE_BEFORE_GROUP')})$", re.I)


def _poll_findings(doc: Document, sentences: list[Sentence], out: list, quotes: list[QuoteRegion], unnamed: set[int],
                   mentions: MentionIndex, types: dict[str, str]) -> None:
    """"A Northwire poll found A. 54% of respondents said B. A third of voters back C.": the shares of respondents
    after a cited poll are its pollster's findings, not the article's nor the respondents' own words, and so is a
    figure in percent in a sentence of their run that names the poll again (an unrelated rate is the article's); a
    run starts only from a poll named with its pollster; it goes on across one sentence that neither names a poll
    nor gives a share (the article's aside between findings), and ends at a second one in a row, or at one someone
    else speaks."""
    pollster = None
    aside = False   # the sentence before gave no share: the run goes on after one such sentence, not after two
    for i, s in enumerate(sentences):
        text = doc.text[s.span.start:s.span.end]
        share, polled = _RESPONDENT_SHARE.search(text) is not None, _POLL_NOUN.search(text) is not None
        who = out[i][0]
        if who is not None and who != pollster and not (share and pollster is not None and types.get(who) == "Group"):
            # someone speaks: a run goes on from their own poll, not from the respondents' ("57% of Ruritanians fear …")
            # a run starts from a poll named with its pollster, not from "said polls showed her party ahead"
            pollster, aside = (who if polled and not _among_respondents(doc, s.span, who, mentions)
                               and _pollster_named(doc, s.span, mentions, types) == who else None), False
            continue
        if _region_of(s.span, quotes) is not None or out[i][1] == "own_report" \
                or _EARLIER.match(doc.text, s.span.start) or i in unnamed and not (share or polled):   # "54% said": the respondents are no one to stop it
            pollster, aside = None, False
            continue
        if polled:
            pollster = _pollster_named(doc, s.span, mentions, types) or pollster
        # the run goes on through the respondents' shares, and a figure in percent only in a sentence that names the
        # poll again: "The central bank raised its key rate to 7%" after the poll is the article's
        if pollster is not None and who != pollster and (share or polled and _gives_a_share(doc, s.span)):
            out[i] = (pollster, "reported", None)
            aside = False
        elif not polled and who is None:
            pollster, aside = (None, False) if aside else (pollster, True)


def _among_respondents(doc: Document, span: Span, who: str, mentions: MentionIndex) -> bool:
    """"57% of Ruritanians fear …, a survey shows": the group a share is of is who was asked, not the pollster."""
    return any(m.entity == who and _SHARE_BEFORE_GROUP.search(doc.text, span.start, m.span.start)
               for m in mentions.within(span))


def _gives_a_share(doc: Document, span: Span) -> bool:
    """A figure in percent ("won 34% of the vote", «ещё 12% — …»): in a poll's run, a share of its answers."""
    return any(q.canonical_unit == "%" for q in find_quantities(doc.text, span, _language(doc, span)))


def _pollster_named(doc: Document, span: Span, mentions: MentionIndex, types: dict[str, str]) -> str | None:
    """The body named right by a poll noun ("a Northwire poll", «опрос «Нордцентра»»), or as the one who ran it ("a
    poll by Northwire", «Нордцентр провёл опрос»): the poll's pollster."""
    for m in mentions.within(span):
        if types.get(m.entity) != "Organization":   # not "a New Jersey poll": a place's poll is no one's
            continue
        after = _POLL_AFTER_NAME.match(doc.text, m.span.end, span.end)
        before = _POLL_BEFORE_NAME.search(doc.text[span.start:m.span.start])
        if after is not None or before is not None:
            return m.entity
    return None


_POLL_AFTER_NAME = re.compile(rf"(?:/[^\s/]+)?['’]?s?[»\"”]?\s+(?:{alternation('POLL_CONDUCTED')})?"
                              rf"(?:{alternation('POLL_NOUNS')})(?!\w)", re.I)
_POLL_BEFORE_NAME = re.compile(rf"(?<!\w)(?:{alternation('POLL_NOUNS')})(?:{alternation('POLL_CONDUCTED_BY')})?"
                               rf"\s+[«\"„“]?$", re.I)


def _pronoun_tag_next(doc: Document, sentences: list[Sentence], out: list, i: int, cited: str) -> bool:
    """"According to X, A. B. Nevertheless, he noted, C.": the next sentence of the paragraph gives its words to the
    cited source by a pronoun's tag, which refers back across B: the text has not left the source's report."""
    j = i + 1
    if j >= len(sentences) or sentences[j].paragraph != sentences[i].paragraph or out[j][0] != cited \
            or out[j][2] is None or out[j][2].subject is None:
        return False
    subject = out[j][2].subject
    return doc.text[subject.start:subject.end].lower() in language(_language(doc, subject)).PRONOUN_GENDERS


def _tells_what_happened(words: tuple, lang: str) -> bool:
    """"Varga said the mill would reopen. Workers rejected the offer by a wide margin.": a main verb in the simple
    past (no auxiliary, not the lemma, none of ``PRESENT_VERB_ENDINGS``) with a subject of its own that is a common
    noun tells an event in the article's narration; the speaker's report going on keeps a pronoun ("He expects …")
    or its tense ("had risen", "would fall"). A name as the subject is left to the checks that read whom it names
    (``_opens_with_another_actor``, ``_speaker_named_again``): it may be the speaker. Read from the parse (a
    language without one keeps the report going)."""
    root = next((i for i, w in enumerate(words) if w.dep == "ROOT"), None)
    if root is None or words[root].pos != "VERB":
        return False
    verb, children = words[root], [w for w in words if w.head == root and w is not words[root]]
    if any(w.dep in ("aux", "auxpass") for w in children) \
            or verb.text.lower() == verb.lemma or verb.text.lower().endswith(language(lang).PRESENT_VERB_ENDINGS):
        return False
    return any(w.dep in ("nsubj", "nsubjpass") and w.pos not in ("PRON", "PROPN") for w in children)


def _tag_opening_paragraph(doc: Document, sentences: list[Sentence], i: int, frame: Frame | None) -> bool:
    """"X said this on Monday" opening a paragraph, its speaker first, or after a circumstance where its object
    points back ("In his address at the forum, X highlighted these developments"): a frame that closes what it
    reports with nothing before it in its paragraph reports the paragraph before, as "Об этом заявил X" does."""
    s = sentences[i]
    return frame is not None and frame.at_end and frame.rule.startswith("verb") and frame.subject is not None \
        and (i == 0 or sentences[i - 1].paragraph != s.paragraph) \
        and (frame.points_back or not doc.text[s.span.start:frame.subject.start].strip(_OPENING_MARKS))


def _present_after_backshift(doc: Document, before: Span, clause: Span, analysis: Analysis) -> bool:
    """"Her ministry would also cut taxes, and Velsen is popular.": a clause joined by a conjunction whose own main
    verb is in the present (``PRESENT_VERB_ENDINGS``) after one told in a backshifted modal (``BACKSHIFTED_MODALS``)
    leaves the reported speech: the article's fact. Read from the parse (a language without one keeps the clause
    the speaker's)."""
    lang = _language(doc, clause)
    own = language(lang)
    if not own.BACKSHIFTED_MODALS or not own.PRESENT_VERB_ENDINGS \
            or not _JOINED_CLAUSE[lang].match(doc.text, clause.start, clause.end) \
            or not _BACKSHIFTED_MODAL[lang].search(doc.text, before.start, before.end):
        return False
    words = analysis.parse_of(clause)   # the whole sentence's parse: the clause's own verb heads none of its words
    inside = {k for k, w in enumerate(words) if clause.contains(w.span)}
    top = next((k for k in sorted(inside) if words[k].pos in ("VERB", "AUX")
                and (words[k].head not in inside or words[k].head == k)), None)
    verb = words[top] if top is not None else None
    return verb is not None and verb.text.lower() != verb.lemma \
        and verb.text.lower().endswith(own.PRESENT_VERB_ENDINGS) \
        and not any(w.dep in ("aux", "auxpass") and w.head == top for w in words)


_JOINED_CLAUSE = {code: re.compile(rf"\W*(?:{one_of(module.CONJUNCTIONS) or '(?!)'})\s", re.I)
                  for code, module in LANGUAGES.items()}
_BACKSHIFTED_MODAL = {code: re.compile(rf"(?<!\w)(?:{one_of(module.BACKSHIFTED_MODALS) or '(?!)'})(?!\w)", re.I)
                      for code, module in LANGUAGES.items()}


def _present_after_past_report(doc: Document, before: Span, sentence: Span, analysis: Analysis) -> bool:
    """"X said the reservoirs were empty. The vote is scheduled for Friday.": after a sentence told wholly in the
    past (no finite present in it), one whose main verb is a finite present is not backshifted as reported words
    are: the article's own fact. Read from the parse (a language with no ``PRESENT_FINITE_FORMS`` never leaves). One
    with a figure, a future or a modal, or a comparison with the past (``PRESENT_STILL_REPORTED``: "The repairs will
    cost 3 million crowns.", "It is the first time since 1976.") goes on telling what was said."""
    lang = _language(doc, sentence)
    own = language(lang)
    if not own.PRESENT_FINITE_FORMS or _STILL_REPORTED[lang].search(doc.text, sentence.start, sentence.end):
        return False
    earlier, words = analysis.parse_of(before), analysis.parse_of(sentence)
    root = next((k for k, w in enumerate(words) if w.head == k and sentence.contains(w.span)), None)
    if root is None or not earlier or any(_finite_present(w, own) for w in earlier):
        return False
    helpers = [w for w in words if w.head == root and w.dep in ("aux", "auxpass", "cop") and w.span.start
               < words[root].span.start]
    return _finite_present(helpers[0] if helpers else words[root], own)


_STILL_REPORTED = {code: re.compile(rf"\d|(?<!\w)(?:{module.PRESENT_STILL_REPORTED or '(?!)'})(?!\w)", re.I)
                   for code, module in LANGUAGES.items()}


def _finite_present(word: Word, own: ModuleType) -> bool:
    """A verb in a finite present form: one of ``PRESENT_FINITE_FORMS`` or its lemma, less
    ``PRESENT_FINITE_LEMMA_CUT`` letters, with ``PRESENT_FINITE_ENDING`` ("says")."""
    text = word.text.lower()
    stem = word.lemma[:len(word.lemma) - own.PRESENT_FINITE_LEMMA_CUT]
    return word.pos in ("VERB", "AUX") and (text in own.PRESENT_FINITE_FORMS or bool(own.PRESENT_FINITE_ENDING)
                                           and text != word.lemma and text.startswith(stem)
                                           and text.endswith(own.PRESENT_FINITE_ENDING))


def _closed_by_its_tag(frame: Frame | None) -> bool:
    """"A, X said, and B": the tag closes what X said; the clause joined after it is the article's again."""
    return frame is not None and frame.at_end and frame.rule.startswith("verb")


# --- report reach ---
def _free(out: list, unnamed: set[int], indices: list[int]) -> bool:
    """Every sentence of a paragraph left to the article's voice, none with an unnamed speaker."""
    return bool(indices) and all(out[j][0] is None and out[j][1] != "own_report" and j not in unnamed
                                 for j in indices)


def _first_person_run(doc: Document, sentences: list[Sentence], out: list, unnamed: set[int],
                      by_para: dict[int, list[int]], paragraph: int) -> list[int]:
    """"Мы готовы … . / Наша позиция … . / Об этом заявил X": a backward reference covers the paragraph right
    before it, and past that one, while it is all unattributed, the paragraphs before it in the first person
    (words no article says in its own voice), with no named speaker in them and ending as a sentence (not a
    headline); of those, the sentences in which no one unnamed speaks."""
    if not _free(out, unnamed, by_para.get(paragraph, [])):
        return []
    run: list[int] = []
    for p in range(paragraph - 1, -1, -1):
        ks = by_para.get(p, [])
        if not ks or any(out[k][0] is not None or out[k][1] == "own_report" for k in ks) \
                or not _free(out, unnamed, [k for k in ks if k not in unnamed]):
            break
        para = doc.body[p]
        if not doc.text[para.start:para.end].rstrip().endswith((".", "!", "?", "…")) \
                or not any(FIRST_PERSON.search(doc.text, sentences[k].span.start, sentences[k].span.end) for k in ks):
            break
        run = [k for k in ks if k not in unnamed] + run
    return run


_COLLECTIVE = frozenset({"Organization", "Country", "Group", "Place"})   # "Тегеран осуждает …": a capital for its government


def _body_gives_way(earlier: tuple, person: str, types: dict[str, str]) -> bool:
    """"Borealia condemns the strikes. This was stated by spokesman X.": a body, country, group or place that opens the
    sentence as its subject speaks through the person the backward reference names (not a closing frame, "…, the
    ministry said", which names its own speaker)."""
    who, _, frame = earlier
    return who is not None and who != person and types.get(person) == "Person" \
        and types.get(who) in _COLLECTIVE and frame is not None and not frame.at_end \
        and frame.rule.startswith(("verb", "anaphor"))


def _dash_speech_after_report(doc: Document, sentences: list[Sentence], out: list, quotes: list[QuoteRegion],
                              unnamed: set[int], by_para: dict[int, list[int]], mentions: MentionIndex,
                              types: dict[str, str]) -> None:
    """"Наставник X сказал, что команда сыграла по плану." then "— Результат нас устраивает. …": a paragraph of direct
    speech opening with a dash, with no tag and no one speaking in it, goes on with the report that ends the
    paragraph before, by a frame that takes what was said as a clause; not an outlet's ("…, передает Y")."""
    for pi, ks in sorted(by_para.items()):
        lead_ks = by_para.get(pi - 1, [])
        if not lead_ks:
            continue
        para, lead = doc.body[pi], doc.body[pi - 1]
        if not _DASH_SPEECH.match(doc.text, para.start, para.end) \
                or _DASH_SPEECH.match(doc.text, lead.start, lead.end) \
                or any(out[k][2] is not None or out[k][1] == "own_report" or k in unnamed
                       or _region_of(sentences[k].span, quotes) is not None
                       or _reports_on_its_own(doc, sentences[k].span) for k in ks):
            continue
        who, _, frame = out[lead_ks[-1]]
        opening = who is not None and frame is not None and not frame.at_end and frame.rule != "relay" \
            and frame.rule.startswith(("verb", "anaphor"))
        # "X прокомментировал игру." then "— Мы довольны. …": a person's act of speaking before speech in the first
        # person introduces it, though the verb takes no clause
        if not opening or not (_goes_on(doc.text, sentences[lead_ks[-1]].span, frame)
                               or types.get(who) == "Person" and _in_first_person(doc, sentences, ks)):
            who = _first_person_answer(doc, sentences, lead_ks, ks, out, mentions, types)
        # sentences of the speech already given to its speaker (its first person) leave the rest to them too
        if who is None or any(out[k][0] not in (None, who) for k in ks):
            continue
        for k in ks:
            out[k] = (who, "quotation", None)


def _reports_on_its_own(doc: Document, span: Span) -> bool:
    """"- Ранее ведомство сообщило, что …": a dash-led line whose own verb of saying reports a clause, with no one
    speaking in the first person, is the article's report set out as an item of a list, not speech going on."""
    return not FIRST_PERSON.search(doc.text, span.start, span.end) \
        and any(clause_after(doc.text, verb) for verb in verbs(doc.text, span, doc.lang))


def _first_person_answer(doc: Document, sentences: list[Sentence], lead_ks: list[int], ks: list[int], out: list,
                         mentions: MentionIndex, types: dict[str, str]) -> str | None:
    """"X вернулся к теме дорог." then "— У нас ремонт перенесли. …": direct speech in the first person needs a
    speaker, and with no report before it, it is the one person who opens a sentence of the paragraph before as
    its subject, when that paragraph gives no one words and names no one else who could speak."""
    if not _in_first_person(doc, sentences, ks) \
            or any(out[k][0] is not None or out[k][1] == "own_report" for k in lead_ks):
        return None
    lead = doc.body[sentences[lead_ks[0]].paragraph]
    speakers = {m.entity for m in mentions.within(lead) if types.get(m.entity) in SPEAKER_TYPES}
    if len(speakers) != 1:
        return None
    person = next(iter(speakers))
    opens = any(_opens_with_another_actor(doc.text, sentences[k].span, mentions, types, None)
                and next(iter(mentions.within(sentences[k].span))).entity == person for k in lead_ks)
    return person if types.get(person) == "Person" and opens else None


def _in_first_person(doc: Document, sentences: list[Sentence], ks: list[int]) -> bool:
    """Some sentence of ``ks`` speaks in the first person: words that need a speaker."""
    return any(FIRST_PERSON.search(doc.text, sentences[k].span.start, sentences[k].span.end) for k in ks)


def _dash_speech_before_tag(doc: Document, sentences: list[Sentence], out: list, quotes: list[QuoteRegion],
                            by_para: dict[int, list[int]], resumed: set[int]) -> None:
    """"— A. B. C, — отметил X.": direct speech opened by a dash runs, over sentences of its own, up to the said-tag
    that closes it, all of it the tag's speaker's words, even in a paragraph that quotes someone else before it
    (where a closing frame covers nothing else); the run stops at a sentence with a frame or a quotation of its
    own, or one given to someone else (not one given only because a dash took up the speech of the tag before:
    "— A, — сказала Y. — B. C, — добавил X." makes B and C X's)."""
    for indices in by_para.values():
        for at, i in enumerate(indices):
            who, _, frame = out[i]
            span = sentences[i].span
            if who is None or frame is None or not frame.at_end or frame.rule == "relay" \
                    or _DASH_SPEECH.match(doc.text, span.start) \
                    or not DASH_TAG_BEFORE.search(doc.text, span.start, frame.verb.start):
                continue
            run: list[int] = []
            for j in reversed(indices[:at]):
                if out[j][2] is not None or out[j][1] == "own_report" \
                        or out[j][0] not in (None, who) and j not in resumed \
                        or _region_of(sentences[j].span, quotes) is not None:
                    break
                run.append(j)
                if _DASH_SPEECH.match(doc.text, sentences[j].span.start):
                    for k in run:
                        out[k] = (who, "quotation", None)
                    break


def _dash_speech_going_on(doc: Document, sentences: list[Sentence], out: list, quotes: list[QuoteRegion],
                          unnamed: set[int], by_para: dict[int, list[int]]) -> None:
    """"— A, — сказал X. — B." then "— C.": a paragraph of direct speech opening with a dash, with no tag and no one
    speaking in it, goes on with the one speaker of the dash-led paragraph before, which a tag of its own names (or
    which went on so itself); not at an interview's turn, where a question asks or is answered."""
    going_on: set[int] = set()
    for pi, ks in sorted(by_para.items()):
        lead_ks = by_para.get(pi - 1, [])
        if not lead_ks:
            continue
        para, lead = doc.body[pi], doc.body[pi - 1]
        who = out[lead_ks[-1]][0]
        tagged = pi - 1 in going_on or any(out[k][2] is not None and out[k][2].at_end for k in lead_ks)
        if who is None or not tagged or {out[k][0] for k in lead_ks} != {who} \
                or not _DASH_SPEECH.match(doc.text, para.start, para.end) \
                or not _DASH_SPEECH.match(doc.text, lead.start, lead.end) \
                or "?" in doc.text[lead.start:para.end] \
                or any(out[k][0] is not None or out[k][2] is not None or out[k][1] == "own_report" or k in unnamed
                       or _region_of(sentences[k].span, quotes) is not None
                       or _reports_on_its_own(doc, sentences[k].span) for k in ks):
            continue
        for k in ks:
            out[k] = (who, "quotation", None)
        going_on.add(pi)


def _opens_what_follows(text: str, span: Span) -> bool:
    """A sentence that ends with a colon announces the words after it ("Осмотрев порт, X заявил:"); so does one that
    opens with their topic ("О том, как идут переговоры, рассказал X")."""
    return text[span.start:span.end].rstrip().endswith(":") or _TOPIC_LEAD.match(text, span.start) is not None


# "О том, как …": a sentence that opens by naming the topic of the words to come
_TOPIC_LEAD = re.compile(rf"(?:{alternation('TOPIC_LEAD')})", re.I)


def _colon_led_run(doc: Document, sentences: list[Sentence], out: list, quotes: list[QuoteRegion],
                   unnamed: set[int], mentions: MentionIndex, types: dict[str, str]) -> None:
    """"Varga said:", "The main points of Varga's speech are as follows:": a paragraph that ends with a colon after
    naming who speaks hands the paragraphs after it, unquoted, to that speaker, up to one in which someone else
    speaks, one with a quotation or a dash, or a heading (a short line with no closing stop). A reporting verb's
    tag that ends its paragraph with a comma ("Varga told the Gazette,") hands on the one paragraph after it: a
    statement web copy sets out as a block whose quotation marks it dropped."""
    by_para: dict[int, list[int]] = {}
    for i, s in enumerate(sentences):
        by_para.setdefault(s.paragraph, []).append(i)
    for pi, indices in sorted(by_para.items()):
        last = indices[-1]
        span = sentences[last].span
        ending = doc.text[span.start:span.end].rstrip()[-1:]
        if ending == ":":
            speaker = out[last][0] if out[last][2] is not None else \
                _speech_owner(doc.text, span, mentions, types, _language(doc, span))
        else:
            frame = out[last][2]   # the tag alone: "Varga told the Gazette,", not "Varga said the bridge would open,"
            speaker = out[last][0] if ending == "," and frame is not None and not frame.reports_clause else None
        if speaker is None:
            continue
        for q in range(pi + 1, len(doc.body) if ending == ":" else min(pi + 2, len(doc.body))):
            ks, para = by_para.get(q, []), doc.body[q]
            words = doc.text[para.start:para.end].split()
            if not ks or any(out[k][0] not in (None, speaker) for k in ks) \
                    or any(r.span.start < para.end and para.start < r.span.end for r in quotes) \
                    or _DASH_SPEECH.match(doc.text, para.start, para.end) \
                    or len(words) < HEADING_WORDS and not _STOP_AT_END.search(doc.text[para.start:para.end]):
                break
            for k in ks:
                if out[k][0] is None and out[k][1] != "own_report" and k not in unnamed:
                    out[k] = (speaker, "paragraph", None)


_STOP_AT_END = re.compile(r"[.!?…\"”»]\s*$")


def _speech_owner(text: str, span: Span, mentions: MentionIndex, types: dict[str, str], lang: str) -> str | None:
    """Whose words a sentence announces by a noun for them: "Varga's remarks", "заявления Варги"."""
    after, before = _SPEECH_OF_AFTER[lang], _SPEECH_OF_BEFORE[lang]
    for m in mentions.within(span):
        if types.get(m.entity) in SPEAKER_TYPES and (
                after is not None and after.match(text, m.span.end, span.end)
                or before is not None and before.search(text, span.start, m.span.start)):
            return m.entity
    return None


_SPEECH_OF_AFTER = {code: re.compile(module.SPEECH_NOUNS_AFTER_SPEAKER, re.I) if module.SPEECH_NOUNS_AFTER_SPEAKER
                    else None for code, module in LANGUAGES.items()}
_SPEECH_OF_BEFORE = {code: re.compile(rf"(?:{module.SPEECH_NOUNS_BEFORE_SPEAKER})\s+$", re.I)
                     if module.SPEECH_NOUNS_BEFORE_SPEAKER else None for code, module in LANGUAGES.items()}


def _pronoun_goes_on(text: str, span: Span, lang: str, words: tuple[Word, ...]) -> bool:
    """"Varga said output would rise. He expects a record year.": a sentence opened by a pronoun standing for a
    person whose verb of saying is no reporting verb ("expects", "predicts") is the speaker's report going on;
    not one in which the pronoun declines to speak ("He declined to comment") or says nothing ("He did not say
    whether …", "He gave no details": ``withholds``, read from the parse ``words``)."""
    own = language(lang)
    if not _PRONOUN_OPENER[lang].match(text, span.start) or _word_on_report(text, span, lang) or (
            own.REFUSAL_WORDS and re.search(rf"(?<!\w)(?:{own.REFUSAL_WORDS})", text[span.start:span.end], re.I)) \
            or withholds(words, lang):
        return False
    return not any(_says_nothing(text, verb, lang) for verb in verbs(text, span, lang))


_PRONOUN_OPENER = {code: re.compile(rf"\W*(?:{module.PERSON_PRONOUN_OPENERS})\s", re.I)
                   for code, module in LANGUAGES.items()}


OTHER_ACTOR_REACH = 4   # words before a sentence's first name that may still be the title of its subject


def _opens_with_another_actor(text: str, span: Span, mentions: MentionIndex, types: dict[str, str],
                               speaker: str | None) -> bool:
    """The sentence's subject (``_opening_subject``) is a person or a company other than the speaker: someone else
    acting ("Transport Minister Ilse Kamm posted …", "Northline Ferries cancelled ten sailings"; not "Что делать
    правительству?", whom the speaker's question is about)."""
    first = _opening_subject(text, span, mentions, types)
    return first is not None and first.entity != speaker and types.get(first.entity) in ("Person", "Organization")


def _group_gives_way(text: str, span: Span, lang: str, speaker_type: str | None) -> bool:
    """«Жители заявили, что … . Власти обещали …»: after a group, a sentence whose own subject is another noun (its
    first word, a noun in the nominative, where case shows) tells of that other, as "Officials promised" does after
    "Residents said"; the group's report does not go on."""
    first = re.match(r"\W*([^\W\d_]+)", text[span.start:span.end])
    if speaker_type != "Group" or first is None or not language(lang).MARKS_CASE:
        return False
    parses = morph().parse(first.group(1).lower())[:3]   # «Власти»: the genitive reads first
    return parses[0].tag.POS == "NOUN" and any(p.tag.POS == "NOUN" and p.tag.case == "nomn" for p in parses)


def _speaker_named_again(text: str, span: Span, mentions: MentionIndex, types: dict[str, str],
                         speaker: str | None, words: tuple = ()) -> bool:
    """"X said that A. X was elected in 2019.", "… . The Ruritanian leader held talks with …": a sentence with no
    frame of its own whose subject is the speaker's own name, or a title that stands for the speaker, is the
    article telling of the speaker, not the speaker's report going on (which speaks of the speaker as "he" or
    "we"); not the speaker's possession ("X's plan …"). Where the sentence is parsed, its main verb's subject
    counts wherever it stands: "In the vote on Sunday, X and Y won the most seats." """
    if speaker is None:
        return False
    first = _opening_subject(text, span, mentions, types)
    if first is not None and first.entity == speaker and not POSSESSIVE_AFTER.match(text, first.span.end):
        return True
    root = next((i for i, w in enumerate(words) if w.dep == "ROOT"), None)
    subjects = [w.span for w in words if root is not None and w.head == root and w.dep in ("nsubj", "nsubjpass")]
    return any(m.entity == speaker and m.span.start <= w.start and w.end <= m.span.end
               for w in subjects for m in mentions.within(span))


def _speaker_possessive_opens(text: str, span: Span, lang: str, speaker_type: str | None) -> bool:
    """"X said A. His plan …": a person's possessive (``SPEAKER_POSSESSIVE_OPENERS``) opening the sentence after a
    person's report is the article telling of the speaker, who would have said "my", not the report going on; unless
    a backshifted modal is the verb after its noun ("Her ministry would propose …", ``BACKSHIFTED_MODALS``), the
    speaker's words told in reported speech."""
    first = re.match(r"[^\W\d_]+", text[span.start:span.end].lstrip())
    return speaker_type == "Person" and first is not None \
        and first.group().lower() in language(lang).SPEAKER_POSSESSIVE_OPENERS \
        and not (_BACKSHIFTED_VERB[lang] and _BACKSHIFTED_VERB[lang].match(text, span.start, span.end))


# A possessive, its noun's words (no auxiliary among them) and a backshifted modal: "Her new ministry would …".
_BACKSHIFTED_VERB = {name: re.compile(
    rf"\W*(?:{one_of(module.SPEAKER_POSSESSIVE_OPENERS)})\s+"
    rf"(?:(?!(?:{one_of(module.CLAUSE_AUXILIARIES)})\b)[^\W\d_][\w'’-]*\s+){{1,{OTHER_ACTOR_REACH}}}"
    rf"(?:{one_of(module.BACKSHIFTED_MODALS)})\b", re.I) if module.BACKSHIFTED_MODALS else None
    for name, module in LANGUAGES.items()}


def _opening_subject(text: str, span: Span, mentions: MentionIndex, types: dict[str, str]) -> Mention | None:
    """The sentence's first name, in its first words, not after a preposition and, where case shows, in the
    nominative: its subject; a place's name before it only says whose office it holds ("Kelmar Gov. Jane Roe
    declared …")."""
    first = next((m for m in mentions.within(span) if types.get(m.entity) not in ("Place", "Country")), None)
    if first is None:
        return None
    before = re.findall(r"[^\W\d_][\w'’-]*", text[span.start:first.span.start])
    return first if len(before) <= OTHER_ACTOR_REACH and not any(w.lower() in _PREPOSITIONS for w in before) \
        and in_nominative(text[first.span.start:first.span.end]) else None


def _speech_resumes(doc: Document, sentences: list[Sentence], i: int) -> bool:
    """In direct speech set off by dashes (from the paragraph's start, or from the start of the frame's own sentence
    when narration opens the paragraph: "A. — B, — сказал X. — C."), the sentence after a frame opens with a dash
    again."""
    para = doc.body[sentences[i].paragraph]
    return i + 1 < len(sentences) and sentences[i + 1].paragraph == sentences[i].paragraph \
        and bool(_DASH.match(doc.text, para.start) or _DASH.match(doc.text, sentences[i].span.start)) \
        and bool(_DASH.match(doc.text, sentences[i + 1].span.start))


_DASH = re.compile(r"[—―–-]\s")


def _readout(doc: Document, sentences: list[Sentence], out: list, relays: list[tuple[str, ...]],
             quotes: list[QuoteRegion], headline: Span | None, types: dict[str, str]) -> None:
    """A readout relayed by the article ("…, the ministry's press service reports.", "…, передает ТАСС") goes on in
    sentences that say what was said without saying who said it ("It was stressed that …", "Была подчеркнута
    важность …", "Отмечается, что …"): those are the report's, and so its issuer's, the outermost source of the
    lead's frame, when that is a body and not a person; or, right after a sentence a body said, that body's
    ("…, говорится в сообщении пресс-службы X. Уточняется, что …"); the sentences of figures right after such a
    sentence in its paragraph go on with it."""
    issuer = None
    for s, (who, _, frame), via in zip(sentences, out, relays):
        if headline is not None and headline.contains(s.span):
            continue
        if s.paragraph > READOUT_LEAD_PARAGRAPHS + (headline is not None):
            break
        if frame is not None and who is not None:
            issuer = (via or (who,))[0]
            break
    source = None   # the body a readout sentence gave its words to, going on in its paragraph's figures after it
    for i, s in enumerate(sentences):
        if out[i][0] is not None or out[i][1] != "own_voice" or _region_of(s.span, quotes) is not None:
            source = None
        elif _impersonal_saying(doc.text, s.span, _language(doc, s.span)):
            before = out[i - 1][0] if i and out[i - 1][1] != "own_voice" else None
            source = next((who for who in (before, issuer) if types.get(who) in ("Organization", "Group")), None)
            if source is not None:
                out[i] = (source, "readout", None)
        elif source is not None and s.paragraph == sentences[i - 1].paragraph \
                and find_quantities(doc.text, s.span, _language(doc, s.span)):
            out[i] = (source, "readout", None)   # "Уточняется, что погибли 113 человек. Ранены 782 человека."
        else:
            source = None


READOUT_LEAD_PARAGRAPHS = 2   # the lead that names a readout's source: its first paragraphs after the headline


def _impersonal_saying(text: str, span: Span, lang: str) -> bool:
    """A verb of saying in a form that names no speaker: "it was stressed that", a short passive participle or
    a reflexive present ("подчеркнута", "отмечается"); not a negated one ("подробности не сообщаются"), which says
    what the report left out."""
    own = language(lang)
    stems = own.IMPERSONAL_SAYING_VERBS
    for m in _IMPERSONAL[lang].finditer(text, span.start, span.end):
        if _NEGATED[lang].search(text, max(span.start, m.start() - NEGATION_REACH), m.start()):
            continue
        verb = m.group("verb").lower()
        if not own.MARKS_CASE:
            if _past_participle_lemmas(verb) & set(stems):
                return True
            continue
        if _noted_thing_before(text, span.start, m.start()):
            continue
        for parse in morph().parse(verb)[:2]:
            base = re.sub("с[яь]$", "", parse.normal_form)
            passive = parse.tag.POS == "PRTS" or parse.tag.POS == "VERB" and parse.normal_form.endswith("ся") \
                and "3per" in parse.tag and "pres" in parse.tag
            if passive and base.startswith(stems):
                return True
    return False


def _noted_thing_before(text: str, start: int, at: int) -> bool:
    """A noun in the nominative right before the participle is what was observed ("снижение отмечено по …"): a
    passive with its own subject tells a fact, not what an unnamed speaker said."""
    word = re.search(r"([^\W\d_]+)\s+$", text[max(start, at - NOTED_THING_REACH):at])
    parse = morph().parse(word.group(1))[0] if word else None
    return parse is not None and parse.tag.POS == "NOUN" and parse.tag.case == "nomn"


NOTED_THING_REACH = 30   # how far before a participle its subject noun is looked for


def _past_participle_lemmas(word: str) -> set[str]:
    """The lemmas an English past participle may have: "stressed", "noted", "referred", "clarified"."""
    if word.endswith("ied"):
        return {word[:-3] + "y"}
    return {word[:-2], word[:-1], word[:-3]}


_IMPERSONAL = {code: re.compile(module.IMPERSONAL_SAYING, re.I) for code, module in LANGUAGES.items()}


def _goes_on(text: str, sentence: Span, frame: Frame) -> bool:
    """An opening frame reports the sentences after it when its verb takes what was said as a clause ("X said
    that …"), when it speaks in the first person ("We call on …": a statement's own text) or when it reports
    what came before ("Об этом сообщили в компании"); "X supported the law" or "X назвал поражение позорным"
    tells an act, and what follows is the article's again. A sentence that closes on a comment about what was said
    ("…, a move critics say is overdue") hands on to the article's own view, not to the speaker."""
    if _trailing_comment(text, sentence) is not None:
        return False
    subject = text[frame.subject.start:frame.subject.end] if frame.subject is not None else ""
    return frame.reports_clause or bool(FIRST_PERSON_SUBJECT.fullmatch(subject)) \
        or bool(_BACKWARD.match(text[sentence.start:sentence.end]))


# "X said A. But B": a sentence that turns against the report is the article's own again
_PREPOSITIONS = {w.lower() for w in joined("PREPOSITIONS")}
_TITLE_JOINERS = {w.lower() for w in joined("ORG_COMPLEMENT_WORDS")}   # "Mayor of Velsk Jon Vell": no addressee
_CONTRAST = re.compile(rf"\W*(?:{alternation('CONTRAST_OPENERS')})(?!\w)", re.I)
_ALSO = re.compile(rf"(?<!\w)(?:{alternation('CONTINUING_REPORT')})(?!\w)", re.I)
_EXAMPLE = re.compile(rf"\W*(?:{alternation('EXAMPLE_OPENERS')})(?!\w)", re.I)
# "According to X, A. In addition, B.": a sentence that adds to the cited report goes on with it
_ADDING_OPENER = re.compile(rf"\W*(?:{alternation('ADDING_OPENERS')})(?!\w)", re.I)
# "According to X, the plant will open in May. It will employ …": the cited forecast goes on
_FORECAST_GOES_ON = re.compile(rf"\W*(?:{alternation('FORECAST_GOES_ON')})", re.I)


def _topic_of_report(doc: Document, span: Span, cited: Span) -> bool:
    """«По словам X, реформа судов идет по плану. Что касается реформы полиции, то …»: a topic put before the clause
    (``TOPIC_PHRASE``) that repeats a noun of the cited sentence turns to another side of the report, still X's."""
    topic = _TOPIC_OPENER.match(doc.text, span.start, span.end)
    if topic is None or not topic.group("topic"):
        return False
    nouns = {_lemma(w) for w in _TOPIC_WORD.findall(doc.text[cited.start:cited.end])}
    return any(_lemma(w) in nouns for w in _TOPIC_WORD.findall(topic.group("topic")))


def _lemma(word: str) -> str:
    """A word's dictionary form, so that «реформы» repeats «реформа»."""
    return morph().parse(word.lower())[0].normal_form


_TOPIC_WORD = re.compile(r"[^\W\d_]{4,}")   # words long enough to be nouns


def _more_of_the_cited_change(doc: Document, span: Span, cited: Span) -> bool:
    """«По данным X, цены на хлеб выросли на 5%. Больше всего подорожал сахар (на 12%).»: a sentence with figures
    that tells a change (``CHANGE_LEMMAS``) after a cited sentence that told one gives more of the source's figures."""
    lang = _language(doc, span)
    return bool(find_quantities(doc.text, span, lang)) and _tells_a_change(doc.text[span.start:span.end], lang) \
        and _tells_a_change(doc.text[cited.start:cited.end], lang)


def _tells_a_change(text: str, lang: str) -> bool:
    """A word of the text is a change ("выросли", "подорожала", "снижение")."""
    return any(_lemma(word) in language(lang).CHANGE_LEMMAS for word in _TOPIC_WORD.findall(text))
_TOPIC_OPENER = re.compile(rf"\W*(?:{alternation('TOPIC_PHRASE')})", re.I)
# "… up to 40 tonnes. In 2030, 52 tonnes.": a time or figure adverbial that carries a run of the cited figures on
_FIGURES_RUN_OPENER = re.compile(rf"\W*(?:{alternation('FIGURES_RUN_OPENERS')})", re.I)
# "… . Ранее в стране объявили режим ЧС.", "Напомним, …", "Meanwhile, …", "His remarks came …": the article's
# background, another thread of its story, the backdrop it sets the news against ("The move comes after …"), or its
# account of the words as a thing that happened ends a frame's report
_EARLIER = re.compile(rf"\W*(?:{alternation('EARLIER_OPENERS')}|{alternation('THREAD_OPENERS')}"
                      rf"|{alternation('BACKDROP_OPENERS')}"
                      rf"|{alternation('WORDS_AS_EVENT_OPENERS')}"
                      rf"|{alternation('ARTICLE_ASIDES')}"
                      rf"|{alternation('OPEN_QUESTION_OPENERS')})(?!\w)", re.I)


_BASIS_OPENING = re.compile(rf"\W*(?:{alternation('BASIS_OPENERS')})(?!\w)", re.I)


# "… . The dam was built in 1962.", "… . Мост был построен в 1962 году.": a dated fact of the past told by the
# sentence's main clause is the article's background, which ends a frame's report; one in a relative clause ("The
# spillway, which was opened in 1962, could fail") only describes what the report goes on about
_RELATIVE = "|".join(sorted(set(joined("RELATIVE_PRONOUNS") + joined("RELATIVE_SUBJECTS"))))
_BACKGROUND = re.compile(rf"(?:(?!(?<!\w)(?:{_RELATIVE})(?!\w))[^.;!?])*?(?<!\w)(?:{alternation('BACKGROUND_FACT')})",
                         re.I)


def _word_on_report(text: str, span: Span, lang: str) -> bool:
    """"X said A. The claim could not be verified.", "… . He did not elaborate.", "She did not say how many.": the
    article's word on a report (``UNCHECKED_REPORT``; ``NOTHING_MORE_SAID`` at the sentence's end or before an
    indirect question) ends the report, and no closing tag after it reaches back across it."""
    return bool(_WORD_ON_REPORT[lang].search(text, span.start, span.end))


_WORD_ON_REPORT = {code: re.compile(f"{module.UNCHECKED_REPORT}|(?:{module.NOTHING_MORE_SAID})"
                                    f"(?:\\s*[.!]|{module.INDIRECT_QUESTION})", re.I)
                   for code, module in LANGUAGES.items()}


def _trailing_comment(text: str, span: Span) -> Span | None:
    """"…, a remark that provoked protests", "…, a claim Vellmar rejects": a noun in apposition to what the sentence
    said, closing it, comments on it; not the noun that says it ("…, an army statement said", "…, a statement
    from the board said"), which tells whose the sentence is."""
    m = _COMMENT.search(text, span.start, span.end)
    if m is None or m.start() <= span.start or _SAYS_IT.match(text, m.end("noun"), span.end):
        return None
    return Span(m.start("comment"), span.end)


def _closing_occasion(text: str, span: Span, lang: str) -> Span | None:
    """"…, as she told the port board at its session in Vell on Thursday": a clause of saying
    (``SAYING_CLAUSE_OPENERS``, a verb of ``REPORTING_VERBS``) closing the sentence with the occasion of the words
    tells, in the article's words, where and when they were said, as "A, X told reporters at a briefing on Friday"
    does (``_frame_pieces``); one that only names the medium ("…, as she said in a statement") does not."""
    m = _CLOSING_SAYING_CLAUSE[lang].search(text, span.start, span.end)
    if m is None or m.start() <= span.start or not _reports_an_occasion(m.group("tail")):
        return None
    return Span(m.start("clause"), span.end)


CLOSING_MARKS = 8   # marks and spaces after the sentence's last word ('.”', ').'): bounded, so that a long run of
# them is read in linear time, not tried again from each place the clause's tail could end
_CLOSING_SAYING_CLAUSE = {
    code: re.compile(rf",\s+(?P<clause>(?:{'|'.join(module.SAYING_CLAUSE_OPENERS)})\s+(?:[^\W\d_]+\s+){{1,3}}?"
                     rf"(?:{'|'.join(module.REPORTING_VERBS) or '(?!)'})\b(?P<tail>[^,;:“”«»\"]*?))"
                     rf"\W{{0,{CLOSING_MARKS}}}$", re.I)
    for code, module in LANGUAGES.items()}


def _comment_speaker(comment: Span, mentions: MentionIndex, types: dict[str, str], words: tuple,
                     lang: str) -> str | None:
    """"a claim Vellmar rejects", "a demand Vellmar has said is unaffordable": a speaker followed by a verb of
    saying, auxiliaries between, however the parser tagged that verb (a short parse often reads "rejects" after a
    name as a noun)."""
    lemmas = language(lang).SPEECH_LEMMAS
    inside = [w for w in words if comment.start <= w.span.start < comment.end]
    said_at = set()
    for k, w in enumerate(inside):
        if w.lemma in lemmas:
            while k and inside[k - 1].pos == "AUX":   # "has said": from the auxiliary on
                k -= 1
            said_at.add(inside[k].span.start)
    return next((m.entity for m in mentions.within(comment) if types.get(m.entity) in SPEAKER_TYPES | {"Place"}
                 and m.span.end + 1 in said_at), None)


_COMMENT = re.compile(rf",\s+(?P<comment>(?:{'|'.join(joined('COMMENT_ARTICLES'))})\s+(?:\w+\s+)?"
                      rf"(?P<noun>{'|'.join(joined('COMMENT_NOUNS'))})\b[^,;:]*?)\W*$", re.I)
# What follows a comment noun that is the subject of a verb of saying closing the sentence: " said", " from X said"
_SAYS_IT = re.compile(rf"\s+(?:(?:{'|'.join(joined('COMMENT_SOURCE_PREPOSITIONS'))})\s+[^,;:]{{1,80}}?\s+)?"
                      rf"(?:{'|'.join(joined('REPORTING_VERBS'))})\W*$", re.I)


RELATIVE_CLAUSE_WORDS = 5    # "which is based in Orlov" and longer: shorter ones say too little


def _in_report(text: str, frame: Frame, figure: Span, quoted_before: bool = False) -> bool:
    """"“…,” the bank said after a two-day meeting": a figure after the verb of a frame that closes its sentence
    tells where and when the words were said, unless the frame goes on with what was said ("…, X said, adding
    that 300 people had left", "…, X said, “we lost 300 men”"). So does one after the tag of a quotation closed
    before it, whatever follows the tag ("“…,” said X, who has led the party for ten years")."""
    if not (frame.at_end or quoted_before and frame.after_assertion) or figure.start < frame.verb.end:
        return False
    between = text[frame.verb.end:figure.start]
    tag_end = max(frame.verb.end, frame.subject.end) if frame.subject is not None else frame.verb.end
    return not (_THAT.search(between) or _ADDING_WORD.search(between)
                or _QUOTATION_AFTER_TAG.match(text, tag_end, figure.start))


# A quotation the tag goes on to, after a comma or colon that closes the tag and its occasion ("…,” X said at a
# briefing, “and 300 …”), not a quoted name further on ("… at the “Harbour Days” festival, which drew 3,000 …").
_QUOTATION_AFTER_TAG = re.compile(r"[^,;:]*[,:]\s*[“«„\"](?=\w)")


def _quotation_resumed(frame: Frame, figure: Span, quotes: list[QuoteRegion]) -> bool:
    """«A, — сказал X, — B»: a figure in the piece of a quotation after its inner tag (``_cut_at_inner_tags``) is
    still what was said, as after a quotation the tag reopens; one in a name quoted after the tag is not."""
    i = bisect_right(quotes, figure.start, key=_start)
    inside = next((q for q in quotes[max(0, i - 1):i] if figure.end <= q.span.end), None)
    return inside is not None and inside.chain != 0 \
        and any(q.chain == inside.chain and q.span.end <= frame.verb.start for q in quotes[max(0, i - 3):i - 1])


def _tag_inside_clause(words: tuple[Word, ...], frame: Frame) -> bool:
    """"The north quay, she added, had six more cranes": a tag the parser hangs on a verb after it is set inside
    the clause it reports, so what follows the tag is still what was said, not the occasion of the words."""
    verb = next((w for w in words if w.span.start == frame.verb.start), None)
    return verb is not None and verb.dep == "parataxis" and words[verb.head].span.start > verb.span.start


def _quoted_before_tag(span: Span, frame: Frame | None, quotes: list[QuoteRegion]) -> bool:
    """Whether a quotation closes in the sentence before the speaker and verb of its frame: "“…,” X said …"."""
    if frame is None:
        return False
    tag = min(frame.verb.start, frame.subject.start) if frame.subject is not None else frame.verb.start
    i = bisect_right(quotes, tag, key=_start)   # regions are sorted and do not overlap
    return any(span.start < q.span.end <= tag for q in quotes[max(0, i - 2):i])


def _sets_the_scene(text: str, frame: Frame, figure: Quantity, lang: str) -> bool:
    """"Two days after the ruling, X tweeted, “…”": a span of time counted from an event (``TIME_FROM_EVENT``), in
    the words that open a sentence before the speaker and the verb of a frame that goes on to what was said, tells
    when it was said; not one before a frame set off by commas ("Two days after the vote, X said, the count
    stopped"), which is inside what was said, nor a span that is not counted from an event ("Over five years …")."""
    at = figure.span
    if frame.at_end or frame.subject is None or at.end > min(frame.subject.start, frame.verb.start) \
            or figure.canonical_unit not in SPANS_OF_TIME:
        return False
    before, after, own_act = _TIME_FROM_EVENT[lang]
    following = after.match(text, at.end)
    counted = following or before.search(text[max(0, at.start - TIME_FROM_EVENT_REACH):at.start])
    return counted is not None and not (following and own_act.match(text, following.end())) \
        and not _INSERTED_AFTER_VERB.match(text, frame.verb.end)


def _in_opening_occasion(text: str, span: Span, frame: Frame, figure: Span, lang: str) -> bool:
    """"After a 2-1 defeat on Sunday, coach X said that …": a figure in the phrase that opens the sentence (or its
    part after a dateline's colon) with a preposition of the occasion (``SCENE_OPENERS``), closed by a comma before
    the speaker of a frame that goes on to what was said, tells when it was said, not what was."""
    if frame.at_end or frame.subject is None or not span.start <= figure.start < frame.subject.start \
            or _INSERTED_AFTER_VERB.match(text, frame.verb.end):
        return False
    opening = _SCENE_OPENING[lang].match(text, span.start, figure.start)
    close = text.find(",", figure.end, frame.subject.start)
    return opening is not None and "," not in text[opening.end():figure.start] and close >= 0


_SCENE_OPENING = {code: re.compile(rf"\s*(?:[^:\n]*:\s+)?(?:{module.SCENE_OPENERS})\s", re.I)
                  for code, module in LANGUAGES.items()}
TIME_FROM_EVENT_REACH = 20   # characters before a figure where the word that counts it from an event stands ("через")
_INSERTED_AFTER_VERB = re.compile(r"\s*,(?!\s*[“«„\"])")
_TIME_FROM_EVENT = {code: (re.compile(rf"(?<!\w)(?:{module.TIME_FROM_EVENT[0]})\s+$", re.I),
                           re.compile(rf"\s+(?:{module.TIME_FROM_EVENT[1]})(?!\w)", re.I),
                           re.compile(rf"\s+(?:{module.TIME_FROM_EVENT[2]})"))
                    for code, module in LANGUAGES.items()}


_ADDING_WORD = re.compile(rf"(?<!\w)(?:{'|'.join(joined('ADDING'))})(?!\w)", re.I)


def _frame_pieces(text: str, span: Span, frame: Frame, lang: str, words: tuple) -> list[tuple[Span, bool]] | None:
    """Cut a sentence whose frame holds more than the attribution; True marks the reported parts.

    "A, X told reporters at a briefing on Friday" is X's claim A and the article's report;
    "“A,” X said before the delegates left" is X's claim A and the article's account of what happened then;
    "X said at a meeting in Y on Thursday that B" is the report and X's claim B;
    "X said A and that B" and "X said that A, adding that B" are X's claims A and B;
    "A, X said, adding that B" is X's claims A and B.
    """
    if frame.subject is None or frame.subject.start < span.start:
        return None
    tail = text[frame.verb.end:span.end]
    # "X said A and that B", "X said that A, adding that B": two complements, two claims
    second = _AND_THAT.search(tail) or _ADDING_AFTER_COMPLEMENT.search(tail)
    if second and len(tail[:second.start()].split()) >= 3 and len(tail[second.end():].split()) >= 4:
        return [(Span(span.start, frame.verb.end + second.start()), True),
                (Span(frame.verb.end + second.end(), span.end), True)]
    subject_start = frame.subject.start
    title = _TITLE_BEFORE_SUBJECT.search(text[span.start:subject_start])
    if title and title.group(1):   # "…, Prime Minister Ilse Varga said": the report starts at the title
        subject_start -= len(title.group(1))
    inverted = frame.verb.start < subject_start   # "…, — сказал на брифинге X": the report starts at the verb
    head = text[span.start:min(subject_start, frame.verb.start)].rstrip().rstrip("—―–-").rstrip()
    ends_assertion = head.endswith((",", "”", "»", "\"")) and len(head.split()) >= 6
    adding = _ADDING.match(text, max(frame.verb.end, frame.subject.end), span.end)   # past an inverted tag's name too
    if ends_assertion and adding and len(text[adding.end():span.end].split()) >= 4:
        first = _trim(text, Span(span.start, span.start + len(head.rstrip(","))))
        return [(first, True), (Span(adding.end(), span.end), True)]
    when = _time_clause_after_tag(text, span, frame, head, lang, words) or _time_clause_after_demand(text, span, frame,
                                                                                                     lang, words)
    if when is not None:
        return [(_trim(text, Span(span.start, when)), True), (Span(when, span.end), False)]
    # (not when the verb has a complement of its own after the occasion: "Head of the X, General Y, warned in a
    # letter that B" is Y's claim B, the words before Y only his title)
    if ends_assertion and frame.after_assertion and not inverted and len(tail.split()) >= 3 \
            and _reports_an_occasion(tail) and not _closes_quotation(head) and not _THAT.search(tail) \
            and not _OPENS_QUOTATION.search(tail):
        first = _trim(text, Span(span.start, span.start + len(head.rstrip(","))))
        return [(first, True), (Span(subject_start, span.end), False)]
    that = _THAT.search(tail)
    if len(head.split()) <= 3 and not re.search(r"[,.;:]", head) and that \
            and _reports_an_occasion(tail[:that.start()]) \
            and len(tail[that.end():].split()) >= 4:
        return [(_trim(text, Span(span.start, frame.verb.end + that.start())), False),
                (Span(frame.verb.end + that.end(), span.end), True)]
    return None


def _time_clause_after_tag(text: str, span: Span, frame: Frame, head: str, lang: str, words: tuple) -> int | None:
    """Where a clause telling when the words were said (``TIME_CLAUSE_OPENERS``, four words or more) closes the tag
    that follows them ("“A,” X said before the delegates left", "«A», — сказал X, когда …"): nothing after the tag
    is what X said. Where the sentence is parsed, the opener must mark a clause with a subject of its own ("said
    after the meeting" only tells the occasion, which stays with the words) hanging on the tag's verb ("said in a
    letter warning that the port would close until …" is the letter's clause, what was said); a wh-word opens it as
    its adverb, not its marker (``TIME_CLAUSE_WH_OPENERS``: "said when the delegates left")."""
    if not (frame.after_assertion or _closes_quotation(head)) or len(head.split()) < 3:
        return None
    tag_end = max(frame.verb.end, frame.subject.end)
    m = _TIME_CLAUSE[lang].match(text, tag_end, span.end)
    if m is None or len(text[m.start(1):span.end].split()) < SEPARABLE_WORDS + 1 \
            or _OPENS_QUOTATION.search(text, m.start(1), span.end):   # "…, X said as Y did, “…”": X's words follow
        return None
    if words:
        opener = next((w for w in words if w.span.start == m.start(1)), None)
        if opener is None or opener.dep != "mark" and not (
                opener.dep == "advmod" and opener.text.lower() in language(lang).TIME_CLAUSE_WH_OPENERS) \
                or words[opener.head].dep != "advcl" or words[words[opener.head].head].span.start != frame.verb.start \
                or not any(w.head == opener.head and w.dep in ("nsubj", "nsubjpass") for w in words):
            return None
    return m.start(1)


def _time_clause_after_demand(text: str, span: Span, frame: Frame, lang: str, words: tuple) -> int | None:
    """Where a clause telling what happened before a demand closes it ("X called on the deputies to resign after
    they walked out"): the frame's verb takes an infinitive (the demand, "xcomp" in the parse), and a clause after it,
    opened by ``TIME_CLAUSE_OPENERS`` with a subject of its own, hangs on that verb or on the infinitive; it is the
    article's account of what led to the demand, not what was demanded. A frame whose verb takes a clause ("said the
    deputies resigned after …") has no infinitive: what follows is what was said. Only a clause in the past tells
    what led to it; one in the present or the future limits the demand ("urged residents to stay indoors until
    firefighters contain the blaze"), which keeps it. Read from the parse."""
    if not words or frame.at_end:
        return None
    verb = next((k for k, w in enumerate(words) if w.span.start == frame.verb.start), None)
    demand = next((k for k, w in enumerate(words) if w.head == verb and w.dep == "xcomp" and k != verb), None)
    m = _TIME_CLAUSE[lang].match(text, words[demand].span.end, span.end) if demand is not None else None
    if m is None or len(text[m.start(1):span.end].split()) < SEPARABLE_WORDS + 1:
        return None
    opener = next((w for w in words if w.span.start == m.start(1)), None)
    if opener is None or opener.dep != "mark" or words[opener.head].dep != "advcl" \
            or words[opener.head].head not in (verb, demand) \
            or not any(w.head == opener.head and w.dep in ("nsubj", "nsubjpass") for w in words) \
            or not _past_clause(words, opener.head, language(lang)):
        return None
    return m.start(1)


def _past_clause(words: tuple, head: int, own: ModuleType) -> bool:
    """Whether the clause of the verb ``words[head]`` is in the past ("they walked out", "it was closed", "they had
    left"), not the present or the future ("firefighters contain", "prices fall", "it will end", "they have paid"):
    told by its auxiliary (``PAST_AUXILIARIES`` or not), else by the verb's own form: not its lemma, none of
    ``PRESENT_VERB_ENDINGS``."""
    auxiliaries = [w.text.lower() for w in words if w.head == head and w.dep in ("aux", "auxpass")]
    if auxiliaries:
        return auxiliaries[0] in own.PAST_AUXILIARIES
    verb = words[head]
    said = verb.text.lower()
    return said in own.PAST_AUXILIARIES or (said != verb.lemma.lower() and not said.endswith(own.PRESENT_VERB_ENDINGS))


def _led_to_demand(text: str, span: Span, frame: Frame, figure: Span, words: tuple, lang: str) -> bool:
    """"X called on the deputies to resign after they walked out of a four-day session": a figure in the clause that
    tells what led to the demand (``_time_clause_after_demand``) is the article's, as that clause is."""
    if frame.subject is None or frame.subject.start < span.start:
        return False
    after = _time_clause_after_demand(text, span, frame, lang, words)
    return after is not None and after <= figure.start


# the opener right after the tag and its occasion, no other clause between ("…, — сказал X, посетовав, что пока …")
_TIME_CLAUSE = {code: re.compile(rf"[^,;:.!?«»“”\"—–()]*?(?:,\s*|\s+)((?:{'|'.join(module.TIME_CLAUSE_OPENERS)})\s)", re.I)
                for code, module in LANGUAGES.items()}


# "…, X said during a visit, “we are making progress”": words quoted after the occasion are what the frame says
_OPENS_QUOTATION = re.compile(r"[“«„\"](?=\w)")


def _before_gerund_frame(text: str, piece: Span, frame: Frame | None) -> bool:
    """"Нордбанк повысил ставку, пояснив, что …", "X addressed the crowd, calling for talks": a clause cut before
    the gerund or the participle (``CLAUSE_PARTICIPLES``) that frames the sentence tells what its subject did, not
    what it said."""
    said = text[frame.verb.start:frame.verb.end] if frame is not None else ""
    return frame is not None and piece.end <= frame.verb.start and (gerund(said) or said.lower() in _PARTICIPLES)


_PARTICIPLES = frozenset(joined("CLAUSE_PARTICIPLES"))


def _speaker_description(text: str, span: Span, frame: Frame | None, lang: str) -> int | None:
    """Where a relative clause closing the sentence right after the speaker a frame names after its verb begins
    ("…, said the Vardo-based group, which tracks the river through volunteers"): it tells who the speaker is, in
    the article's words, not what the speaker said, and so do its figures."""
    subject = frame.subject if frame is not None else None
    if subject is None or not frame.verb.end <= subject.start < span.end:
        return None
    m = _SEPARABLE[lang].match(text, subject.end, span.end)   # the comma right after the speaker's name
    if m is None or m.group("relative") is None or not _closes_sentence(text, m.end(), span.end, lang):
        return None
    return m.end()


_ASIDE_WITHIN = re.compile(rf"(?<!\w)(?:{alternation('ARTICLE_ASIDES')})(?!\w)", re.I)


def _in_article_aside(text: str, span: Span, figure: Span) -> bool:
    """"… на 1,2°С выше нормы (цель соглашения, напомним, — 2°С)": a figure in brackets that hold the article's own
    aside (``ARTICLE_ASIDES``) is the article's reminder, not the claim of the source the sentence cites."""
    opening = text.rfind("(", span.start, figure.start)
    if opening < 0 or ")" in text[opening:figure.start]:
        return False
    closing = text.find(")", figure.end, span.end)
    return _ASIDE_WITHIN.search(text, opening, closing if closing >= 0 else span.end) is not None


def _narrated_after_report(text: str, piece: Span, frame: Frame | None, lang: str) -> bool:
    """"…, the navy said, leading to reports that B", "…, he said, using a term …": a clause cut after the frame's
    tag that opens with a participle of the article's own account (``_narration_after_tag``) is not the
    speaker's."""
    narration = _narration_after_tag(text, frame, lang)
    return narration is not None and narration.end() == piece.start


def _in_narration(text: str, frame: Frame, figure: Span, lang: str) -> bool:
    """"…, X said, leading to reports that two sailors drowned": a figure in the article's account after a report
    (``_narrated_after_report``) is the article's too."""
    narration = _narration_after_tag(text, frame, lang)
    return narration is not None and narration.end() <= figure.start


def _narration_after_tag(text: str, frame: Frame | None, lang: str) -> re.Match | None:
    """The comma and participle of ``NARRATING_PARTICIPLES`` right after a frame's verb and speaker ("…, he said,
    using …", "«…», — заявил X, вызвав …"), or after the occasion of a tag that follows what it reports ("…, X said
    on Friday, leading to …"); one further on is inside what was said ("X said it destroyed 12 launchers, using 40
    drones")."""
    if frame is None:
        return None
    tag_end = max(frame.verb.end, frame.subject.end) if frame.subject is not None else frame.verb.end
    if frame.at_end or frame.after_assertion:
        tag_end = _OCCASION.match(text, tag_end).end()
    m = _SEPARABLE[lang].match(text, tag_end)
    return m if m is not None and m.group("word") \
        and m.group("word").lower() in language(lang).NARRATING_PARTICIPLES else None


_OCCASION = re.compile(r"[^,;:.!?«»“”\"()]*")   # what a closing tag tells of the occasion, up to its next mark


def _closes_quotation(head: str) -> bool:
    """"“We will sign it this year,” X said at a briefing on Monday": a quotation and its tag are one
    claim, the speaker's, however much the tag tells of the occasion (only an assertion in the article's own
    words, "A, X said at a briefing on Friday", leaves the occasion to the article)."""
    return head.rstrip(",").endswith(("”", "»", "\"", "’", "'"))


def _relative_clause_speaker(piece: Span, words: tuple, mentions: MentionIndex, types: dict[str, str],
                             lang: str) -> tuple[bool, str | None]:
    """Whether a relative clause cut from its sentence has a verb of saying of its own, and who speaks it, from the
    parse: when the relative pronoun is its subject ("…, Y, who noted that …"), the speaker named by the word the
    clause hangs from (no one named: not the clause's own); when a name or a description says it ("…, which
    monitors call flawed", "…, which Y says …"), that one, or no one the text names, never the sentence's
    speaker; a personal pronoun is left to the sentence's frame."""
    own = language(lang)
    for j, w in enumerate(words):
        if not piece.start <= w.span.start < piece.end or w.dep != "relcl" or w.lemma not in own.SPEECH_LEMMAS \
                or w.pos != "VERB":
            continue
        subject = next((v for v in words if v.head == j and v.dep == "nsubj" and piece.start <= v.span.start), None)
        if subject is None:
            continue
        if subject.text.lower() in own.RELATIVE_PRONOUNS:
            antecedent = words[w.head].span
            named = [m for m in mentions.before(antecedent.end) if m.span.contains(antecedent)
                     and types.get(m.entity) in SPEAKER_TYPES] or _person_before_relative(words, subject, mentions, types, own)
            return bool(named), named[-1].entity if named else None
        if subject.pos == "PRON":   # "…, which it says …": the pronoun refers back as the sentence's frame read it
            return False, None
        named = [m for m in mentions.within(piece) if m.span.contains(subject.span)
                 and types.get(m.entity) in SPEAKER_TYPES]
        return True, named[-1].entity if named else None
    return False, None


def _account_speaker(text: str, piece: Span, end: int, mentions: MentionIndex, types: dict[str, str],
                     lang: str) -> tuple[bool, str | None] | None:
    """A piece that ends with a speaker's account of what it names ("The plant, which Nordmill says will be the
    largest", ``_ACCOUNT_RELATIVE``) is the speaker's claim: the one named there, else no one the text names;
    None for any other piece, and for a pronoun, left to the sentence's frame as ``_relative_clause_speaker`` does."""
    account = _ACCOUNT_RELATIVE[lang].search(text, piece.start, end) if lang in _ACCOUNT_RELATIVE else None
    if account is None or account.end() != piece.end:
        return None
    said_by = Span(account.start("speaker"), account.end("speaker"))
    own = language(lang)
    if text[said_by.start:said_by.end].strip().lower() in own.SUBJECT_PRONOUNS + own.BODY_PRONOUNS:
        return None
    named = [m for m in mentions.within(said_by) if types.get(m.entity) in SPEAKER_TYPES]
    return True, named[-1].entity if named else None


def _person_before_relative(words: tuple, pronoun: Word, mentions: MentionIndex, types: dict[str, str],
                            own: ModuleType) -> list:
    """"a warning from X, who said …": a pronoun that stands only for a person (``PERSON_RELATIVE_SUBJECTS``) is
    the person named right before its comma, though the parser hangs the clause on the noun before the name."""
    at = words.index(pronoun)
    if pronoun.text.lower() not in own.PERSON_RELATIVE_SUBJECTS or at < 2 or words[at - 1].text != ",":
        return []
    name = words[at - 2].span
    return [m for m in mentions.before(name.end) if m.span.contains(name) and types.get(m.entity) == "Person"]


def _separable_clauses(text: str, span: Span, lang: str, frame: Frame | None, description: int | None) -> list[Span]:
    """A sentence that asserts several separable facts is several claims: cut before a clause that closes it and
    tells a fact of its own, "…, which ended the war", "…, calling the attack a provocation", "…, заявив B" (four
    words or more on either side, never inside brackets or a quotation the cut would break open). A relative
    clause stays when it is short, gives figures (its own claims), goes on into the main clause ("X, which B,
    says C") or hangs on the words of a frame just before it ("…, Varga said in a letter, which …"); one that
    describes the speaker the frame names there (``description``: "…, said Varga, who …") is cut, as the
    article's own words."""
    own = language(lang)
    narration = _narration_after_tag(text, frame, lang)
    cuts, start = [], span.start
    for m in _SEPARABLE[lang].finditer(text, span.start, span.end):
        if m.start() < start:   # the comma that closed a speaker's account cut just before
            continue
        relative = m.group("relative") is not None
        account = _ACCOUNT_RELATIVE[lang].match(text, m.start(), span.end) if relative and lang in _ACCOUNT_RELATIVE \
            else None
        if account and _closed(text[span.start:m.start()]) \
                and len(text[account.end():span.end].split()) > SEPARABLE_WORDS:
            cuts.append(_CLAUSE_CLOSE.match(text, account.end()))   # "The plant, which X says …, | is …"
            start = cuts[-1].end()
            continue
        if not relative and not _opens_participle_clause(m.group("word"), own) \
                and not (narration is not None and m.start() == narration.start()):
            continue
        clause = text[m.end():span.end]
        if len(text[start:m.start()].split()) < SEPARABLE_WORDS or len(clause.split()) < SEPARABLE_WORDS \
                or not _closed(text[span.start:m.start()]):
            continue
        if relative and (len(clause.split()) <= RELATIVE_CLAUSE_WORDS
                         or _fronted_phrase(text, span.start, m.start(), own)
                         or re.search(r"\d", clause) and m.end() != description
                         or not _closes_sentence(text, m.end(), span.end, lang)
                         or frame is not None and frame.verb.start < m.start() and m.end() != description
                         and len(text[frame.verb.end:m.start()].split()) < SEPARABLE_WORDS):
            continue
        cuts.append(m)
        start = m.end()
    pieces, start = [], span.start
    for m in cuts:
        pieces.append(_trim(text, Span(start, m.start())))
        start = m.end()
    pieces.append(Span(start, span.end))
    return pieces


def _fronted_phrase(text: str, start: int, comma: int, own: ModuleType) -> bool:
    """"In a given week, which grid we buy from depends on the price": a phrase opened by a preposition and closed by
    the sentence's first comma is no clause a relative clause could hang on; the words after it are the sentence's."""
    words = text[start:comma].split()
    return bool(words) and "," not in text[start:comma] and words[0].lower().strip("“«\"") in own.PREPOSITIONS


SEPARABLE_WORDS = 4
_SEPARABLE = {code: re.compile(rf",\s+(?=(?P<relative>{module.RELATIVE_OPENERS})|(?P<word>[{module.LETTERS}]+)\b)", re.I)
              for code, module in LANGUAGES.items()}
# A relative clause between commas, its pronoun the subject of what a speaker says, before the sentence's own verb
# ("…, which Nordmill says will be the largest, is expected to …": ``ACCOUNT_VERBS``, ``ACCOUNT_AUXILIARIES``)
_ACCOUNT_RELATIVE = {
    code: re.compile(rf",\s+(?:{module.RELATIVE_OPENERS})\s+(?P<speaker>(?:[^\s,]+\s+){{1,4}}?)"
                     rf"(?:{'|'.join(module.ACCOUNT_VERBS)})\s+(?:{'|'.join(module.ACCOUNT_AUXILIARIES)})\s+"
                     rf"[^,;:.!?]+?(?=,\s+(?:{'|'.join(module.ACCOUNT_AUXILIARIES)})\s)", re.I)
    for code, module in LANGUAGES.items() if module.ACCOUNT_AUXILIARIES}
_CLAUSE_CLOSE = re.compile(r",\s+")


def _opens_participle_clause(word: str, own) -> bool:
    """"calling", "urging", "заявив": a participle that takes a stance of its own, not one used as a preposition
    ("including", "начиная"), nor an imperfective gerund, which tells the manner or the occasion of its sentence's
    act ("…, устраивая блокаду", "— сказал X, комментируя …")."""
    if not word[:1].islower() or word.lower() in own.NOT_CLAUSE_PARTICIPLES:   # "…, Beijing said"
        return False
    if word.lower() in own.CLAUSE_PARTICIPLES:
        return True
    tag = morph().parse(word)[0].tag if own.MARKS_CASE else None
    return tag is not None and tag.POS == "GRND" and tag.aspect == "perf"


def _closes_sentence(text: str, start: int, end: int, lang: str) -> bool:
    """A relative clause runs to the sentence's end or to the next separable clause; a comma between the items of a
    list ("…, under which cars, buses and lorries pass") ends nothing."""
    comma = _CLAUSE_COMMA.search(text, start, end)
    if comma is None:
        return True
    nxt = _SEPARABLE[lang].match(text, comma.start(), end)
    return bool(nxt and (nxt.group("relative") is not None or _opens_participle_clause(nxt.group("word"), language(lang))))


# a comma, not one before a list's next items ("…, vehicles and cargo"), nor one before a main clause's verb of
# saying that may look so ("…, says Ruritania and Borealia will …")
_CLAUSE_COMMA = re.compile(rf",\s+(?!\d)(?!(?!(?:{'|'.join(joined('REPORTING_VERBS'))})\s)"
                           rf"(?:[^\s,;:.!?]+\s+){{1,3}}(?:{'|'.join(joined('LIST_CLOSERS'))})\s)")


def _closed(text: str) -> bool:
    """No bracket or quotation left open: a straight mark after a space opens, after a word it closes."""
    depth = 0
    for i, ch in enumerate(text):
        if ch in "(“«„‹" or ch == '"' and (i == 0 or text[i - 1].isspace()):
            depth += 1
        elif ch in ")”»›\"":
            depth = max(0, depth - 1)
    return depth == 0 or depth == 1 and text[:1] in "“«„‹\""


_TITLE_BEFORE_SUBJECT = re.compile(rf"[,”»\"]\s*((?:(?:{'|'.join(joined('ARTICLES'))})\s+)?(?:[A-ZА-ЯЁ][\w\-]*\s+){{0,4}})$")


def _participle_then_that(table: str) -> str:
    """", adding that …": a comma, a participle of saying of every language's ``table`` and its "that"."""
    return "|".join(rf",\s+(?:{'|'.join(getattr(module, table))}){module.THAT_CLAUSE}" for module in LANGUAGES.values())


def _added_after_tag() -> str:
    """What a tag goes on with to give more words of the same speaker: a participle of saying with a colon before a
    new quotation (", adding: “…", ", continuing: “…"), or a second verb of saying ("and added that …", "и добавил: «…»")."""
    quoted = r"\s*:\s*(?=[“«„\"])"
    return "|".join(rf",\s+(?:{'|'.join(module.ADDING + module.ADDING_BEFORE_QUOTATION)}){quoted}"
                    rf"|(?:{module.ADDED_AFTER_TAG})(?:{module.THAT_CLAUSE}|{quoted})" for module in LANGUAGES.values())


_ADDING = re.compile(rf"\s*(?:{_participle_then_that('ADDING')}|{_added_after_tag()})", re.I)   # right after the tag
_ADDING_AFTER_COMPLEMENT = re.compile(_participle_then_that("ADDING_AFTER_COMPLEMENT"), re.I)
_THAT = re.compile(alternation("THAT_CLAUSE"), re.I)
_AND_THAT = re.compile(alternation("SECOND_COMPLEMENT"), re.I)


_REPORT_CONTEXT = re.compile(alternation("REPORT_SETTINGS"), re.I)
_REPORT_MEDIUM = re.compile(alternation("REPORT_MEDIA"), re.I)


def _reports_an_occasion(tail: str) -> bool:
    """"…, X said at a briefing on Friday" tells an occasion, the article's report; "…, X said in a statement"
    only tells how the words came, and the sentence stays one claim, unless the phrase goes on to tell more
    ("in a statement released on the anniversary of …")."""
    return any(not _REPORT_MEDIUM.search(m.group()) or len(_unrelayed(tail[m.end():]).split(",")[0].split())
               > MEDIUM_TAIL_WORDS for m in _REPORT_CONTEXT.finditer(tail))


def _unrelayed(rest: str) -> str:
    """What follows a medium short of the outlet that passed it on: "in a statement reported by the Nordpress news
    agency" still tells only how the words came."""
    relay = _RELAYED_AFTER_MEDIUM.match(rest)
    return rest[:relay.start(1)] if relay else rest


MEDIUM_TAIL_WORDS = 2   # "in a statement on Friday" is still only how the words came
_RELAYED_AFTER_MEDIUM = re.compile(rf"(?:\s+\S+){{0,2}}?(\s+(?:{alternation('RELAYED_BY')})\s)", re.I)


def _trim(text: str, span: Span) -> Span:
    s, e = span.start, span.end
    while e > s and (text[e - 1].isspace() or text[e - 1] in ",;"):
        e -= 1
    return Span(s, e)


_CLAUSE_START = re.compile(r"[,;:]\s+|\s[—―–-]\s+|[“”«»\"]\s*")   # " - ": a dash typed as a hyphen
_NOUN_PHRASE_START = "".join(rf"{article}\b|" for article in joined("ARTICLES")) + "[A-ZА-ЯЁ]"
_NEXT_PHRASE = re.compile(rf"\s+(?:{'|'.join(joined('PHRASE_JOINERS'))})\s+(?={_NOUN_PHRASE_START})")
_LAST_OF_LIST = re.compile(rf"(?<!\w)(?:{'|'.join(joined('LIST_JOINERS'))})\s+$", re.I)
_TRAILING_CONJUNCTION = re.compile(rf"\s+(?:{'|'.join(joined('CONJUNCTIONS'))})$", re.I)


def _figure_phrase(text: str, sentence: Span, figure: Span, later: list, earlier: list) -> Span:
    """A figure in its clause: from where the clause starts ("profits rose by 4.9%") or, past a comma, bracket or
    conjunction, where the figure before it ends ("drowned 14 cattle | and nine goats"; not "rose 4.9% to $2
    billion"), or from the word that joins it to a list ("jailed a clerk, a cook | and two guards") or, far past the
    figure before it, from its preposition ("jailed 9 clerks held for weeks at a border post | for two years"), to
    its end, the next figure or a new phrase; at most ``PHRASE`` characters on either side, so a sentence of
    thousands of figures costs no more per figure than a short one."""
    low, high = max(sentence.start, figure.start - PHRASE), min(sentence.end, figure.end + PHRASE)
    if earlier and earlier[0].span.end <= figure.start \
            and _BETWEEN_FIGURES.search(text, earlier[0].span.end, figure.start):
        low = max(low, earlier[0].span.end)
        while low < figure.start and text[low].isspace():
            low += 1
    elif earlier and len(text[earlier[0].span.end:figure.start].split()) > FAR_FIGURE_WORDS:
        preposition = _FIGURE_PREPOSITION.search(text, earlier[0].span.end, figure.start)
        low = max(low, preposition.start()) if preposition else low
    ends = [i for i in (text.find(", ", figure.end, high), text.find("; ", figure.end, high)) if i >= 0]
    ends += [later[0].span.start] if later and later[0].span.start >= figure.end else []   # not a range's other end
    ends.append(high)
    joined = _NEXT_PHRASE.search(text, figure.end, high)
    if joined:
        ends.append(joined.start())
    starts = [m.end() for m in _CLAUSE_START.finditer(text, low, figure.start)]
    joiner = _LAST_OF_LIST.search(text, low, figure.start)
    starts += [joiner.start()] if joiner else []
    span = _trim(text, Span(starts[-1] if starts else low, min(ends)))
    tail = _TRAILING_CONJUNCTION.search(text[span.start:span.end])
    return Span(span.start, span.end - len(tail.group())) if tail else span


PHRASE = 300
FAR_FIGURE_WORDS = 6   # words between two figures of one clause past which the second's preposition opens its phrase
_FIGURE_PREPOSITION = re.compile(rf"(?<!\w)(?:{'|'.join(joined('PREPOSITIONS'))})\s+$", re.I)
_BETWEEN_FIGURES = re.compile(rf"[,;(]|(?<!\w)(?:{'|'.join(joined('CONJUNCTIONS'))})(?!\w)", re.I)   # a figure's own phrase


def _asserts(text: str, whole_paragraph: bool, answer: bool = False, unspoken: bool = False,
             shouted: bool = False) -> bool:
    """Could be true or false: not a question, greeting, heading, pointer to other material or introduction of a quote.

    An interview's short answer ("Нет.", "Quite a lot.") asserts something too; so does a sentence before a colon
    that no one speaks in and that tells a fact of its own ("Within the hour the court was told of a bomb threat:"),
    not only that words follow ("X told reporters:", "X released the following statement:"); and so does a
    sentence in capitals in a text ``shouted`` all in capitals (a wire cable), where capitals mark no banner.
    """
    stripped = text.strip().rstrip("”\"»“ ")
    if len(re.findall(r"\w+", stripped)) < (1 if answer and stripped.endswith(".") else 3):
        return False
    if not answer and len(_LETTER_WORD.findall(stripped)) < ASSERTING_WORDS:   # a live page's time stamp "3:20 p.m."
        return False
    if whole_paragraph and _TOPIC_PROMPT.match(stripped):
        return False
    if stripped.endswith(":") and not (unspoken and len(_LETTER_WORD.findall(stripped)) >= FACT_BEFORE_COLON_WORDS
                                       and not _STATEMENT_LEAD.search(stripped) and not _PASSIVE_LEAD.search(stripped)):
        return False
    if stripped.endswith("?") or _ASKED_BEFORE_TAG.match(stripped) \
            or _GREETING.match(stripped) or _SALUTATION.fullmatch(stripped) or _COURTESY.search(stripped) or not shouted and _in_capitals(stripped) \
            or _SIGNPOST.match(stripped):
        return False
    return not (whole_paragraph and (_heading(stripped) or not shouted and _capitals_line(stripped)
                                     or _ISSUE_LINE.fullmatch(stripped)))


def _signed_post(frame: Frame | None, span: Span) -> bool:
    """A sentence of an embedded post, its signature after it («Помощь придёт». — Jane Roe (@janeroe) 3 марта 2031
    г.): a short one asserts as an answer does, its words the signer's, not a heading's."""
    return frame is not None and frame.rule == "document" and frame.at_end and frame.verb.start >= span.end


def _capitals_line(text: str) -> bool:
    """A paragraph of a few words all in capitals ("MEANWHILE, IN VELLSK...", "A BREAK"): a live page's heading over
    the next entry, whatever mark ends it."""
    words = _LETTER_WORD.findall(text)
    return len(words) >= CAPITALS_HEADING_WORDS and all(w.isupper() for w in words)


CAPITALS_HEADING_WORDS = 2   # "A BREAK" has one word of two letters or more; a lone word may be an answer ("NO.")


_LETTER_WORD = re.compile(r"[^\W\d_]{2,}")
FACT_BEFORE_COLON_WORDS = 8   # a clause of its own before the colon, not "Among the dead were:"
# A question its said-tag (a few words) follows after a dash: "— Which cheese? — they asked him.", "— Какой сыр? —
# переспросили его."; not a question and an answer after it ("… точнее? - я не готов сравнивать службы")
_ASKED_BEFORE_TAG = re.compile(r"[^.!?…]*\?[»\"”]?,?\s*[—―–-]\s*[a-zа-яё]\w*(?:\s+[^\s.!?…]+){0,3}[.!…]?$")
ASSERTING_WORDS = 2     # words of two letters or more, besides figures and abbreviations, that any assertion has
# A topic put as the question, a paragraph of its own: "On the new stadium...", "О новом стадионе…"
TOPIC_PROMPT_CHARS = 100
_TOPIC_PROMPT = re.compile(rf"(?:{alternation('TOPIC_PROMPTS')})\s[^.!?\n]{{1,{TOPIC_PROMPT_CHARS}}}(?:\.\.\.|…)$", re.I)


def _in_capitals(text: str) -> bool:
    """A notice set in capitals ("THIS MATERIAL IS DISTRIBUTED BY …"): a banner of the page, not an assertion."""
    words = re.findall(r"[^\W\d_]{2,}", text)
    return len(words) >= CAPITALS_WORDS and all(w.isupper() for w in words)


CAPITALS_WORDS = 4
CAPITALS_SHARE = 0.9    # of a text's words set in capitals: a cable's, whose sentences are all so


def _set_in_capitals(doc: Document) -> bool:
    """The whole text is in capitals, as a telegraphed cable is: its words in capitals are no notice of the page."""
    words = _LETTER_WORD.findall(doc.text, doc.body[0].start, doc.body[-1].end) if doc.body else []
    return len(words) >= CAPITALS_WORDS and sum(w.isupper() for w in words) >= CAPITALS_SHARE * len(words)


def _heading(text: str) -> bool:
    """A short line that no sentence's mark ends: "Outlook", "Reaction from the region"; or a headline in title
    case, however long ("Minister Calls on Council to Resign; Accuses It of Delays"). A live page's time stamp at
    the line's end ("… quaypublished at 14:05 GMT 3 March 2031") is the page's, not the heading's."""
    stripped = text.strip()
    stamp = _LIVE_STAMP.search(stripped, max(0, len(stripped) - LIVE_STAMP_WINDOW))
    if stamp is not None:
        stripped = stripped[:stamp.start()].rstrip()
    return bool(stripped) and not re.search(r"[.!?…;:,\"”»“]$", stripped) \
        and (len(stripped.split()) < HEADING_WORDS or _title_cased(stripped))


def _headed(paragraph: str) -> bool:
    """A paragraph that reads as a heading or a link to another story, whose figures are no claims ("Quake Hits
    Ostravia, Damages a Dozen Homes"; "Dam breaks in Orlov; 40 homes flooded"): short or in title case, no
    sentence's mark at its end; not an item of a list ("- 40 homes flooded")."""
    return _heading(paragraph) and not _LIST_ITEM.match(paragraph)


def _punctuated(doc: Document) -> bool:
    """Most paragraphs end with a sentence's mark: a written page, where a line without one is a heading, not a
    text taken down from speech whose lines end in none."""
    marked = [bool(_SENTENCE_MARK_END.search(doc.text[p.start:p.end].strip())) for p in doc.body]
    return sum(marked) >= PUNCTUATED_SHARE * len(marked)


PUNCTUATED_SHARE = 0.5


_LIST_ITEM = re.compile(r"\s*(?:[-–—•*·▪►]|\d{1,2}[.)])\s")


HEADING_WORDS = 15   # a line shorter than this with no closing stop is a heading, which ends a run of speech
# A live page's stamp: its cue, a clock time, then its zone and date, no sentence's mark.
_LIVE_STAMP = re.compile(rf"(?:{alternation('LIVE_STAMP_CUES')})\s+\d{{1,2}}[:.]\d\d(?:\s*[ap]\.?m\.?)?[^\n.!?]{{0,50}}$", re.I)
LIVE_STAMP_WINDOW = 90   # characters read back from a line's end: the longest stamp, and linear


def _statement_besides(text: str, span: Span, figures) -> bool:
    """A sentence with figures is also a statement when a long clause carries no figure: a clause before the first
    figure, or what the sentence goes on to tell after the last one ("… rose to 5,000 on Tuesday as rescuers
    pulled more bodies from the rubble of the collapsed buildings"), unless the figures open what someone said
    ("X said that 3,000 families …": the rest is the figures' own clause) or open the clause itself with no clause
    of its own after them ("More than 300 homes were flooded along the river": what it tells is the figure)."""
    first = min(q.span.start for q in figures)
    before = text[span.start:first]
    tail = text[max(q.span.end for q in figures):span.end]
    if _OPENING_PHRASE.fullmatch(before) and len(before.split()) <= OPENING_PHRASE_WORDS \
            and not _CLAUSE_AFTER_FIGURE.search(text, min(q.span.end for q in figures), span.end):
        return False   # "More than 300 homes were flooded along the river": the figure is all the clause tells
    cut = before.rfind(", ")
    head = before[:cut] if cut >= 0 else ""
    return len(head.split()) >= 8 and not _ENDS_WITH_THAT.search(head) \
        or len(tail.split()) >= STATEMENT_AFTER_FIGURES and not _HAS_THAT.search(before)


STATEMENT_AFTER_FIGURES = 12
OPENING_PHRASE_WORDS = 8   # "According to the ministry, more than 300 …", "Before the flood, about 40 …"
# nothing before the figure but quotation marks, or one phrase closed by a comma
_OPENING_PHRASE = re.compile(r"[\s“”«»\"„‘]*(?:[^,;:.!?()“”«»\"„]+,\s+)?[“«\"„]?")
# a clause that goes on after the figure with a verb of its own: "… 300 homes, which …", "… when the dam broke",
# "…, demanding …"
_CLAUSE_AFTER_FIGURE = re.compile(
    rf"(?<!\w)(?:{'|'.join(joined('RELATIVE_PRONOUNS') + joined('CLAUSE_AFTER_FIGURE') + joined('CLAUSE_PARTICIPLES'))}"
    rf"|{'|'.join(tables('COMPLEMENTISER'))})(?!\w)", re.I)


_ENDS_WITH_THAT = re.compile(rf"\b(?:{'|'.join(tables('COMPLEMENTISER'))})\s*$")
_HAS_THAT = re.compile(rf"(?<!\w)(?:{'|'.join(tables('COMPLEMENTISER'))})(?!\w)", re.I)


def _cut_at_inner_tags(doc: Document, quotes: list[QuoteRegion]) -> list[QuoteRegion]:
    """A quotation whose said-tag stands inside its marks between dashes («A, — заявила X. — B.») cut into the
    two pieces of one chain around the tag, which is then read outside the quotation, as when the marks close."""
    out: list[QuoteRegion] = []
    chain = max((q.chain for q in quotes), default=0)
    for q in quotes:
        pieces, start = [], q.span.start
        for m in _INNER_TAG.finditer(doc.text, q.span.start, q.span.end):
            tag = Span(m.start("tag"), m.end("tag"))
            if m.start() < start or not verbs(doc.text, tag, _language(doc, tag)):
                continue
            pieces.append(Span(start, m.start()))
            start = m.end("close")
        if not pieces:
            out.append(q)
            continue
        if not q.chain:
            chain += 1
        out += [QuoteRegion(p, q.chain or chain) for p in pieces + [Span(start, q.span.end)]]
    return out


# ", — заявила адвокат X. — ": a comma (or ! ?) closing the first piece, a dash, the tag (a name in its own marks
# among its words: "пресс-секретарь компании «Y»"), and a dash opening the rest, only looked at ("close"), so that
# an aside the tag does not read («, — это «норма» для рынка, — сказал X. — ») leaves its comma to the tag after it
_INNER_TAG = re.compile(r"(?<=[,!?…])\s+[—―–-]\s+(?P<tag>[^\W\d_](?:[^—―–«»\"“”„\n]|«[^«»\n]{1,60}»){2,120}?)"
                        r"(?=(?P<close>[.,:]\s+[—―–-]\s+)\w)")


def _outside_quotes(doc: Document, quotes: list[QuoteRegion]) -> list[Span]:
    spans, pos = [], 0
    for q in quotes:
        if q.span.start > pos:
            spans.append(Span(pos, q.span.start))
        pos = max(pos, q.span.end)
    spans.append(Span(pos, len(doc.text)))
    return spans


# a quotation closed inside one sentence; a straight mark opens one only with no space after it and closes it only
# with none before it (a piece that starts at a closing mark, '" he added, citing "Безопасность"', quotes only
# the title)
_QUOTED_PART = re.compile(r"«[^«»]*»|“[^“”]*”|(?<!\w)\"(?=\S)[^\"\n]*(?<=\S)\"(?!\w)")
LANGUAGE_CACHE = 4096   # texts whose language is kept: a long document's sentences and their pieces


def _language(doc: Document, span: Span) -> str:
    """A sentence's own language: a Russian quotation in an English article has Russian verbs."""
    return _language_of(doc.text[span.start:span.end], doc.lang)


@lru_cache(maxsize=LANGUAGE_CACHE)
def _language_of(sentence: str, lang: str) -> str:
    """``_language`` of a text in a document in ``lang``, read once per text (a sentence's pieces ask for it again
    and again). It is read outside the quotations it closes where words stand there: an English quotation's Russian
    said-tag («Come back», — сказала X) has Russian verbs."""
    outside = _QUOTED_PART.sub(" ", sentence)
    if re.search(r"[^\W\d_]{3}", outside):
        sentence = outside
    return detect_language(sentence) if re.search(r"[а-яё]", sentence, re.I) \
        else "en" if lang == "ru" and re.search(r"[a-z]{3}", sentence) else lang


def _unquoted(mention: Mention, quotes: list[QuoteRegion]) -> bool:
    """Named outside a quotation, or a name that is the whole quotation ("«Вектор»", a company's name)."""
    region = _region_of(mention.span, quotes)
    return region is None or region.span.start >= mention.span.start and region.span.end <= mention.span.end


def _start(region: QuoteRegion) -> int:
    return region.span.start


def _region_of(span: Span, quotes: list[QuoteRegion]) -> QuoteRegion | None:
    """The quotation holding most of the span; regions are sorted and do not overlap."""
    i = bisect_right(quotes, span.end, key=_start) if len(quotes) > 8 else len(quotes)
    for q in quotes[max(0, i - 3):i] if len(quotes) > 8 else quotes:
        inter = min(span.end, q.span.end) - max(span.start, q.span.start)
        if inter > 0.5 * len(span):
            return q
    return None


def _opened_after_colon(doc: Document, span: Span, quotes: list[QuoteRegion], mentions: MentionIndex,
                        discourse: Discourse) -> QuoteRegion | None:
    """"Head coach of «Vell» Jon Vell: «We …", "Vell had a message for the fans: «You …": a sentence that names a
    person (after at most a title) and a colon, or whose words before a colon tell who gives a speech, then opens a
    quotation it ends inside, is that quotation's first words however long what leads it."""
    i = bisect_right(quotes, span.end, key=_start)
    q = quotes[i - 1] if i else None
    if q is None or not span.start < q.span.start or span.end > q.span.end + 1:
        return None
    head = Span(span.start, q.span.start)
    colon = _COLON_BEFORE_QUOTE.search(doc.text, max(head.start, head.end - COLON_BEFORE_QUOTE_CHARS), head.end)
    led = _named_before_colon(doc, head, mentions, discourse.types) or colon is not None and \
        _event_speaker(doc, Span(head.start, colon.start() + 1), mentions, discourse, quotes)
    return q if led and not _names_in_quotation(doc, [q], led, mentions) else None


def _says_nothing(text: str, verb: Span, lang: str) -> bool:
    """"X did not say whether …", "X не уточнил, когда …": a negated verb of saying before an indirect question
    reports no claim of X's; the sentence is the article's, and no frame's report goes on across it."""
    line_start = max(text.rfind("\n", 0, verb.start) + 1, verb.start - NEGATION_REACH)
    return bool(_NEGATED[lang].search(text[line_start:verb.start]) and _INDIRECT_QUESTION[lang].match(text, verb.end))


NEGATION_REACH = 40   # characters before the verb where its negation stands ("did not immediately say")
_NEGATED = {code: re.compile(module.NEGATED_SAYING, re.I) for code, module in LANGUAGES.items()}
_INDIRECT_QUESTION = {code: re.compile(module.INDIRECT_QUESTION, re.I) for code, module in LANGUAGES.items()}


def _closing_speaker(sentences: list[Sentence], out: list, relays: list[tuple[str, ...]],
                     paragraph: int) -> tuple[str | None, tuple[str, ...]]:
    """Who the last sentence of a paragraph has speak by a frame of its own ("…, the ministry reports."), if any."""
    last = next((k for k in reversed(range(len(out))) if sentences[k].paragraph <= paragraph), None)
    if last is None or sentences[last].paragraph != paragraph or out[last][2] is None or out[last][0] is None:
        return None, ()
    return out[last][0], relays[last]


def _quote_speaker(doc: Document, q: QuoteRegion, quotes: list[QuoteRegion], mentions: MentionIndex,
                   discourse: Discourse, outside: list[Span], publisher: str | None,
                   earlier: dict[QuoteRegion, tuple[str | None, tuple[str, ...]]],
                   analysis: Analysis, before: tuple[str | None, tuple[str, ...]] = (None, ()),
                   frameless: list[Span] = ()) -> tuple[str | None, tuple[str, ...]]:
    """The frame after a closing mark of its chain, else before its opening, else the speaker whose frame ends
    the paragraph before when the quotation opens its own, else the last speaker's, unless someone unnamed
    speaks after it or a heading stands between. A sentence before the opening already read and found
    without a frame (``frameless``: "The minister reiterated that Nadrel was …", the minister unnamed) has
    none: read again after its own names, its description would stand for one of them."""
    chain = [r for r in quotes if r.chain == q.chain] if q.chain else [q]
    para_end = _paragraph_at(doc, chain[-1].span.end).end
    same_paragraph = quotes[bisect_right(quotes, chain[-1].span.end, key=_start):bisect_left(quotes, para_end, key=_start)]
    for r in chain + same_paragraph:  # a quotation with no frame shares its paragraph's
        end = min(_paragraph_at(doc, r.span.end).end, r.span.end + 160)
        rest = doc.text[r.span.end + 1:end]
        tagged_after_stop = _STOP_BEFORE_TAG.match(rest)   # «…». — рассказал X.: the stop closes the quotation
        # the frame's own sentence
        stop = _SENTENCE_STOP.search(rest, tagged_after_stop.end() if tagged_after_stop else 0)
        tail = Span(r.span.end, r.span.end + 1 + stop.end() if stop else end)
        frame = find_frame(doc.text, tail, doc.lang, mentions, discourse, outside, publisher,
                           analysis.parse_of(tail))
        if frame is not None and _next_report(doc.text, r.span.end, frame):
            continue
        if frame is not None and (frame.rule == "relay" or frame.speaker in discourse.media):
            said = _speaker_before(doc, chain[0], mentions, discourse, outside, publisher, analysis, before)
            if said is not None and said != frame.speaker and said not in discourse.outlets:
                return said, (frame.speaker,)
        if frame is not None:
            return frame.speaker, frame.via
        tagged = _dash_tag(doc, tail, mentions, discourse) or _remarks_tag(doc, tail, mentions, discourse.types)
        if tagged is not None:
            return tagged, ()
        if r in chain and unnamed_speaker(doc.text, tail, doc.lang, outside, analysis.parse_of(tail)):
            return None, ()     # "…," an official said: not the last speaker's
    signed = _signature(doc, chain[-1].span.end, mentions, discourse.types) \
        or _signed_after_mark(doc, chain[-1].span.end, mentions, discourse.types)
    if signed is not None:
        return signed, ()
    start = _paragraph_at(doc, chain[0].span.start).start
    head = Span(start, chain[0].span.start)
    if len(head) < 3:  # "X said:" on the line before
        prev = [p for p in doc.body if p.end < start]
        if prev and doc.text[prev[-1].start:prev[-1].end].rstrip().endswith(":"):
            head = prev[-1]
    frame = None
    last = _last_sentence(doc.text, head)   # "Y had claimed … . X clarified, “…”": the opener is the sentence before
    read = lambda span: any(u.start <= span.start and len(doc.text[span.start:span.end].rstrip(_OPENING_MARKS))
                            <= u.end - span.start for u in frameless)
    if last != head and not read(last):
        frame = find_frame(doc.text, last, doc.lang, mentions, discourse, outside, publisher, analysis.parse_of(last))
    quoted = _quoted_as_saying(doc, last, mentions, discourse.types)
    if quoted is not None:   # "…, TASS reported, and quoted X as saying:": X, not the sentence's first speaker
        return quoted, ()
    if frame is None and not read(head):
        frame = find_frame(doc.text, head, doc.lang, mentions, discourse, outside, publisher, analysis.parse_of(head))
    if frame is not None:
        frame = _reported_saying_before_colon(doc, head, frame, mentions, discourse, outside, publisher, analysis)
        return frame.speaker, frame.via
    named = _named_before_colon(doc, last, mentions, discourse.types)
    if named is not None and not _names_in_quotation(doc, chain, named, mentions):
        return named, ()
    if len(Span(start, chain[0].span.start)) < 3 and before[0] is not None:
        return before
    # someone unnamed says it in the quotation's own sentence: no speaker of an earlier one, even of a speech
    if _framed_by_someone_unnamed(doc, last, chain[0].span.start, quotes, mentions):
        return None, ()
    # "X gave his annual address on Monday. “…”": the subject of a sentence that tells a speech was given
    # (not a headline's, nor when the paragraph after names the speaker: "Об этом сказала X")
    opener = head if len(Span(start, chain[0].span.start)) >= 3 else _paragraph_before(doc, start, quotes)
    after = next((p for p in doc.body if p.start >= chain[-1].span.end), None)
    if opener is not None and (_headline(doc) is not None and _headline(doc).contains(opener)
                               or after is not None and _points_back(doc.text[after.start:after.end], doc.lang)):
        opener = None
    for sentence in _last_sentences(doc.text, opener, EVENT_SENTENCES) if opener is not None else ():
        speaker = _event_speaker(doc, sentence, mentions, discourse, quotes)
        if speaker is not None and not _names_in_quotation(doc, chain, speaker, mentions):
            return speaker, ()
    known = [(r, said) for r, said in earlier.items() if said[0]]
    if not known:
        return None, ()
    between = [p for p in doc.body if known[-1][0].span.end <= p.start and p.end <= chain[0].span.start]
    if any(_opened_by_another(p, known[-1][1][0], mentions, discourse.types) for p in between):
        return None, ()     # someone else opens a paragraph between: the quotation may be theirs, so it is no one's
    headings = [p for p in between if _heading(doc.text[p.start:p.end])]
    signed_before = any(_signature(doc, p.start, mentions, discourse.types) for p in between)
    if signed_before:   # a signature closed the last speaker's words: an unsigned quotation after it is no one's
        return None, ()
    if not headings or _heading_names_speaker(headings[-1], known[-1][1][0], mentions, discourse.types):
        return known[-1][1]
    # after a heading, a quotation nobody frames is read like text: its own verbs of saying name who speaks
    inside = find_frame(doc.text, chain[0].span, doc.lang, mentions, discourse, [r.span for r in chain], publisher,
                        analysis.parse_of(chain[0].span))
    return (inside.speaker, inside.via) if inside is not None else (None, ())


def _remarks_tag(doc: Document, tail: Span, mentions: MentionIndex, types: dict[str, str]) -> str | None:
    """"“…,” Jane Roe, the board's spokeswoman, made the remarks at …": a person named right after the closing mark,
    in a sentence telling that they made the remarks (``OWN_REPORT``), tags the quotation as "said" would."""
    made = _OWN_REPORT.search(doc.text, tail.start, tail.end)
    people = [m for m in mentions.within(Span(tail.start, made.start())) if types.get(m.entity) == "Person"] \
        if made else []
    if not people or doc.text[tail.start:people[0].span.start].strip("»”\"’ ,"):
        return None
    return people[0].entity


def _speaker_before(doc: Document, q: QuoteRegion, mentions: MentionIndex, discourse: Discourse, outside: list[Span],
                    publisher: str | None, analysis: Analysis, before: tuple[str | None, tuple[str, ...]]) -> str | None:
    """"Слухи неверны, заявили в пресс-службе X. «Работаем как обычно», — передает ТАСС.": who speaks in the sentence
    right before a quotation an outlet only passes on or cites (in its paragraph, else the frame closing the paragraph
    before), whose words it goes on with."""
    start = _paragraph_at(doc, q.span.start).start
    if len(Span(start, q.span.start)) < 3:
        return before[0]
    last = _last_sentence(doc.text, Span(start, q.span.start))
    frame = find_frame(doc.text, last, doc.lang, mentions, discourse, outside, publisher, analysis.parse_of(last))
    return frame.speaker if frame is not None else None


def _next_report(text: str, closing: int, frame: Frame) -> bool:
    """"“…” Harbour master X said that …": after a quotation that ends its sentence, a next sentence that opens
    with its own speaker's report of a clause does not tag the quotation; a tag closes it ("“…” X said.")."""
    ends_sentence = text[closing - 1:closing] in (".", "!", "?", "…") \
        or re.match(r"[\"”»’']?[.!?…]", text[closing:closing + 2]) is not None
    return ends_sentence and re.match(r"[\"”»’'.!?…]*\s+[^\W\d_]", text[closing:closing + 8]) is not None \
        and not frame.at_end and (frame.reports_clause or clause_after(text, frame.verb)) \
        and frame.subject is not None and frame.subject.end <= frame.verb.start


def _framed_by_someone_unnamed(doc: Document, last: Span, opening: int, quotes: list[QuoteRegion],
                               mentions: MentionIndex) -> bool:
    """"The union said in a statement it was shocked by the “senseless attack”": a quotation opened inside a
    sentence whose own verb of saying has a speaker no frame could name (a description the text did not tie to
    anyone) is that speaker's, not the last quotation's; not a quotation going on after a tag set inside it
    ("“However,” he went on, “…”"), which is the chain's, nor one a document or a law the text named says ("The
    statement notes that …, “…”"), which goes on with its issuer. A name in quotation marks in the sentence
    ("Источник «Вестника» сказал, что «…»": an outlet's title) is no quotation before it."""
    fragment = Span(last.start, opening)
    text = doc.text[fragment.start:fragment.end]
    if not text.strip(_OPENING_MARKS) or _STOP_AT_END.search(text.rstrip(_OPENING_MARKS)) \
            or any(fragment.start < r.span.end <= fragment.end and not _quoted_name(r, mentions) for r in quotes):
        return False
    said = verbs(doc.text, fragment, _language(doc, fragment))
    return bool(said) and not _DOCUMENT_SAYS.search(doc.text, fragment.start, said[0].start)


def _quoted_name(region: QuoteRegion, mentions: MentionIndex) -> bool:
    """«Вестник», “Northwire”: quotation marks around a name the text links, a title, not words said."""
    around = Span(region.span.start - 1, region.span.end + 1)
    return any(m.span.start <= region.span.start and region.span.end <= m.span.end for m in mentions.within(around))


# "The statement notes …", "В документе говорится …": a text the article named before, whose issuer goes on speaking
_DOCUMENT_SAYS = re.compile(rf"(?<!\w)(?:{alternation('ANAPHOR_DOCUMENT')}|{alternation('ANAPHOR_LAW')})", re.I)


def _heading_names_speaker(heading: Span, speaker: str, mentions: MentionIndex, types: dict[str, str]) -> bool:
    """"Varga turns on the referee" over a quotation nobody frames, after Varga's own: a heading that names the
    last speaker and no other person or body leaves the words under it his."""
    named = {m.entity for m in mentions.within(heading) if types.get(m.entity) in SPEAKER_TYPES}
    return named == {speaker}


_OPENING_MARKS = " \t\n\"“„«‘'"
# not an initial's ("— сказала Н. Петрова"), nor a title's written short before the speaker's name ("…," Rep. Jane Roe
# said: TITLE_ABBREVIATIONS)
_NOT_TITLE_ABBREVIATION = "".join(rf"(?<!\b{re.escape(a)})" for a in sorted(set(joined("TITLE_ABBREVIATIONS"))))
_SENTENCE_STOP = re.compile(rf"(?:[!?…]|(?<![\s(][{capitals()}]){_NOT_TITLE_ABBREVIATION}\.)(?=\s|$)")
_STOP_BEFORE_TAG = re.compile(r"[.!?…]+\s*[—―–-]\s")   # a stop after a closing mark, then a dash's said-tag
# The said-tag after a quotation's closing mark, a dash and a verb: «…», — заключил X; «…». — вторил ей Y
_DASH_TAG = re.compile(r"[”»\"“]?[,.!?…]*\s*[—―–-]\s+(?P<verb>[^\W\d_]+)\s+")
# words after the verb to the end of the name: "пояснила корреспондентам старший инспектор портового надзора X Y"
DASH_TAG_WORDS = 8


def _tag_of_quotation_end(doc: Document, span: Span, quotes: list[QuoteRegion], mentions: MentionIndex,
                          discourse: Discourse) -> str | None:
    """A sentence that opens inside a quotation and holds its end and a dash's said-tag: the tag's speaker."""
    i = bisect_right(quotes, span.start, key=_start) - 1   # the one region that may hold its start
    q = quotes[i] if i >= 0 and span.start < quotes[i].span.end < span.end else None
    return _dash_tag(doc, Span(q.span.end, span.end), mentions, discourse) if q is not None else None


# After a quotation that opens the sentence: a dash, then the credited name, then at most what it was said about
_CREDIT_DASH = re.compile(r"[”»\"“]?[,.!?…]*\s*[—―–-]\s+")
_CREDIT_TOPIC = re.compile(rf"(?:\s+(?:{alternation('QUOTATION_CREDIT_TOPIC')})\s+[^.!?;:«»\"“”]+)?[.!]?\s*", re.I)


_CREDITED_TYPES = SPEAKER_TYPES - {"Country"}   # who a line's credit names: a person or a body, not a country


def _quotation_credit(doc: Document, span: Span, quotes: list[QuoteRegion], mentions: MentionIndex,
                      types: dict[str, str]) -> str | None:
    """"«Мы не отступим» — Петров о переговорах.", "\"We will not back down\" - Jane Roe on the talks.": a
    sentence that is a quotation credited after a dash to a name, with at most the subject it was about after it
    (``QUOTATION_CREDIT_TOPIC`` and any words up to the stop): the named speaker's words, as a headline prints them;
    not a quotation that is only a name («"Вектор" — Петров о сделке»: a company's, not words)."""
    i = bisect_left(quotes, span.start, key=_start)
    q = quotes[i] if i < len(quotes) else None
    if q is None or q.span.start - span.start > 2 or q.span.end >= span.end \
            or any(m.span.start <= q.span.start and q.span.end <= m.span.end for m in mentions.within(q.span)):
        return None
    dash = _CREDIT_DASH.match(doc.text, q.span.end, span.end)
    named = next((m for m in outermost(mentions.within(span)) if dash and m.span.start == dash.end()), None)
    if named is None or types.get(named.entity) not in _CREDITED_TYPES \
            or not _CREDIT_TOPIC.fullmatch(doc.text, named.span.end, span.end):
        return None
    return named.entity


def _dash_tag(doc: Document, tail: Span, mentions: MentionIndex, discourse: Discourse) -> str | None:
    """The speaker of a tag set after a quotation by a dash, in a language that marks case: the verb stands
    first, in the past tense, whatever it means elsewhere ("заключил" is also "signed"), and the speaker named
    in the nominative after it, before any comma but an aside's ("— добавил, кроме того, X"), is the subject
    ("«…», — заключил X.", "— вторил ей глава Y X"); a person's name may show its case by the verb's gender."""
    lang = _language(doc, tail)
    m = _DASH_TAG.match(doc.text, tail.start, tail.end)
    if m is None or not language(lang).MARKS_CASE \
            or not any(p.tag.POS == "VERB" and "past" in p.tag for p in morph().parse(m.group("verb").lower())[:1]):
        return None
    end = clause_end(doc.text, m.end(), tail.end, tag=True)
    asides = sum(len(re.findall(r"[^\W\d_]+", a.group())) for a in TAG_ASIDE.finditer(doc.text, m.end(), end))
    words = list(islice(re.finditer(r"\S+", doc.text[m.end():end]), DASH_TAG_WORDS + asides))
    if words and words[0].group().lower().rstrip(",.") in language(lang).SUBJECT_PRONOUNS:
        return None   # "— ответил он на вопрос репортера X": the pronoun is the subject, not a name after it
    clause = Span(m.end(), m.end() + words[-1].end() if words else m.end())
    gender = verb_gender(m.group("verb"))
    named = [x for x in outermost(mentions.within(clause))
             if discourse.types.get(x.entity) in SPEAKER_TYPES
             and (discourse.nominative(x, doc.text) or discourse.types.get(x.entity) == "Person"
                  and _agrees_as_subject(doc.text[x.span.start:x.span.end], gender))]
    people = [x for x in named if discourse.types.get(x.entity) == "Person"]
    return people[0].entity if people else named[-1].entity if named else None


def _agrees_as_subject(name: str, gender: str | None) -> bool:
    """A name after a tag's verb in the past tense that can be its subject by the verb's gender ("— сказала Карпина"
    when the text named her first in the genitive, so her gender was guessed from that form); a name the dictionary
    does not decline in that gender ("— сказала Мабуки") shows no case, and the verb's agreement is the evidence."""
    word = next((w for w in re.findall(r"[^\W\d_]+", name) if len(w) > 1), "")
    if gender is None or not re.search(r"[а-яё]", word, re.I):
        return False
    known = [p for p in morph().parse(word.lower()) if p.tag.gender == gender and p.is_known]
    return not known or any("nomn" in p.tag for p in known)


EVENT_SENTENCES = 2    # sentences before a quotation read for a speech given: "X addressed the nation. It was his …"
EVENT_SUBJECT_WORDS = 5   # words before the subject in its clause: "Министр иностранных дел Тарсии Олег Миров"
_SPEECH_EVENT = {code: re.compile(rf"(?<![{module.LETTERS}])(?:{module.SPEECH_EVENTS})(?![{module.LETTERS}])", re.I)
                 for code, module in LANGUAGES.items()}


def _paragraph_before(doc: Document, start: int, quotes: list[QuoteRegion]) -> Span | None:
    """The body paragraph before the one starting at ``start``, unless it is itself quoted (a long quotation's
    earlier paragraph, whose speaker the chain or the last quotation gives)."""
    prev = [p for p in doc.body if p.end <= start]
    if not prev or _region_of(prev[-1], quotes) is not None:
        return None
    return prev[-1]


def _last_sentences(text: str, span: Span, n: int) -> list[Span]:
    """The last ``n`` sentences of a span, the last first."""
    out, end = [], span.end
    while len(out) < n and end > span.start:
        last = _last_sentence(text, Span(span.start, end))
        if not text[last.start:last.end].strip():
            break
        out.append(last)
        end = last.start
    return out


def _event_speaker(doc: Document, sentence: Span, mentions: MentionIndex, discourse: Discourse,
                   quotes: list[QuoteRegion]) -> str | None:
    """Whom a sentence with no frame says gave a speech ("Tarsian President Oleg Mirov gave his annual address on
    Monday", "Assistant coach Paul Orlen spoke after the match", "Министерство обороны проинформировало о …", "He
    urged them to …", a line that ends with a colon): its subject, a speaker named in the first words of its clause
    (title words in small letters allowed; no preposition before it; where case shows, in the nominative, or right
    after the event: «Журналистам ответил X») or a personal pronoun opening a clause, as the discourse resolves it. A
    quotation that follows such a sentence and that no frame reaches is that speaker's."""
    lang = _language(doc, sentence)
    own, text = language(lang), doc.text
    if not (_SPEECH_EVENT[lang].search(text, sentence.start, sentence.end) or verbs(text, sentence, lang)
            or text[sentence.start:sentence.end].rstrip().rstrip(_OPENING_MARKS).rstrip().endswith(":")):
        return None    # (a colon before a quotation's opening mark ends the line too)
    subject = None
    for m in outermost(mentions.within(sentence)):
        if discourse.types.get(m.entity) not in SPEAKER_TYPES or not _unquoted(m, quotes):
            continue
        clauses = re.split(r"[,;:—―–]\s", text[sentence.start:m.span.start])
        clause = clauses[-1].lstrip(_OPENING_MARKS)
        if own.MARKS_CASE:   # «После игры журналистам ответил тренер X»: the subject after the event
            events = list(_SPEECH_EVENT[lang].finditer(clause))
            clause = clause[events[-1].end():].lstrip() if events else clause
        words = [w.strip(".()").lower() for w in clause.split()]
        if len(words) > EVENT_SUBJECT_WORDS or any(w in _PREPOSITIONS for w in words) \
                or not (TITLE_ONLY.fullmatch(clause) or _title_only(clause)) \
                or re.match(r"['’]s?\b", text[m.span.end:m.span.end + 3]) \
                or own.MARKS_CASE and not discourse.nominative(m, text) \
                or len(clauses) > 1 and words[:1] and words[0] in own.COMPLEMENTIZERS:
            # the last: "Источник сообщил, что сейчас X «…»", a name in what a verb of saying reports
            if subject is not None:
                break
            continue
        subject = m    # and a name after it in the same title ("Министр финансов Тарсии Олег Миров") is the head
    if subject is not None:
        return (discourse.named_in_full(subject.entity, [x.entity for x in mentions.within(sentence)])
                or subject.entity) if discourse.kind_only(subject.entity) else subject.entity
    pronouns = [p for p in own.SUBJECT_PRONOUNS if p in own.PRONOUN_GENDERS]   # "he", "она": one person
    pronoun = re.match(rf"(?:[^,;:]*[,;:]\s+)?({'|'.join(pronouns)})(?![{own.LETTERS}])",
                       text[sentence.start:sentence.end].lstrip(_OPENING_MARKS), re.I)
    # the discourse has read the sentence: "he" would be a person it names ("He met Varga and gave a speech")
    if pronoun and not any(discourse.types.get(m.entity) == "Person" for m in mentions.within(sentence)):
        word = pronoun.group(1).lower()
        return discourse.resolve(word, own.PRONOUN_GENDERS.get(word))
    return None


_AS_SAYING_COLON = {code: re.compile(rf"\s+(?:{module.AS_SAYING})\s*:\s*[«„“\"]?$", re.I)
                    for code, module in LANGUAGES.items() if module.AS_SAYING}


def _quoted_as_saying(doc: Document, head: Span, mentions: MentionIndex, types: dict[str, str]) -> str | None:
    """"Northwire reported, and quoted X as saying:" before a quotation: X, named right before the "as saying"
    that the colon closes, speaks it, whatever verb opened the sentence."""
    pattern = _AS_SAYING_COLON.get(_language(doc, head))
    said = pattern.search(doc.text, head.start, head.end) if pattern else None
    named = [m for m in mentions.within(Span(head.start, said.start())) if m.span.end == said.start()
             and types.get(m.entity) in SPEAKER_TYPES] if said else []
    return named[-1].entity if named else None


def _reported_saying_before_colon(doc: Document, head: Span, frame: Frame, mentions: MentionIndex,
                                   discourse: Discourse, outside: list[Span], publisher: str | None,
                                   analysis: Analysis) -> Frame:
    """"The paper reported that X, asked about it, then said: «…»": a quotation a colon opens after a reported clause is
    the words of that clause's speaker, whose verb closes that clause at the colon (its own complements at most:
    "заявил журналистам:"); the outer speaker passed them on."""
    colon = _COLON_BEFORE_QUOTE.search(doc.text, max(head.start, head.end - COLON_BEFORE_QUOTE_CHARS), head.end)
    that = _THAT_CLAUSES.get(language(_language(doc, head)))
    clauses = list(that.finditer(doc.text, frame.verb.end, head.end)) if colon is not None and that else []
    if not clauses:
        return frame
    clause = Span(clauses[-1].end(), colon.start())
    inner = find_frame(doc.text, clause, doc.lang, mentions, discourse, outside, publisher, analysis.parse_of(clause))
    if inner is None or inner.speaker == frame.speaker or _CLAUSE_MARKS.search(doc.text, inner.verb.end, colon.start()):
        return frame
    return Frame(inner.speaker, inner.rule, inner.verb, inner.at_end, inner.subject, via=(frame.speaker, *inner.via))


_CLAUSE_MARKS = re.compile(r"[,;()«»“”\"]")   # between the inner verb and the colon: another clause, not its complement
_THAT_CLAUSES = {module: re.compile(module.THAT_CLAUSE, re.I) for module in LANGUAGES.values() if module.THAT_CLAUSE}


def _named_before_colon(doc: Document, head: Span, mentions: MentionIndex, types: dict[str, str]) -> str | None:
    """"Deputy minister Jon Vell: «…»", as a headline or a live page quotes an interviewee: the person whose name,
    after at most a title, the colon before the quotation follows; not one a verb of saying before the name
    addresses ("The reporter asked Vell: «…»"), nor one a preposition or a case but the nominative makes the
    addressee ("Letter to Vell: «…»", «Открытое письмо учителей Ивану Сомову: «…»»)."""
    colon = _COLON_BEFORE_QUOTE.search(doc.text, max(head.start, head.end - COLON_BEFORE_QUOTE_CHARS), head.end)
    if colon is None:
        return None
    named = [m for m in mentions.within(Span(max(head.start, colon.start() - NAME_LABEL_CHARS), colon.start()))
             if m.span.end == colon.start() and types.get(m.entity) == "Person"]
    return named[-1].entity if named and _name_after_title(doc, head.start, named[-1]) else None


def _name_after_title(doc: Document, start: int, name: Mention) -> bool:
    """A name that a label opening at ``start`` gives after at most a title, as who speaks: in the nominative, and
    no preposition before it ("Letter to Vell") nor verb in its title ("The reporter asked Vell")."""
    title = Span(start, name.span.start)
    if title.end - title.start > NAME_LABEL_CHARS:
        return False
    word_before = re.findall(r"[^\W\d_]+", doc.text[title.start:title.end])[-1:]
    return not (word_before and word_before[0].lower() in _PREPOSITIONS - _TITLE_JOINERS) \
        and in_nominative(doc.text[name.span.start:name.span.end]) \
        and len(doc.text[title.start:title.end].split()) <= NAME_LABEL_TITLE_WORDS \
        and not verbs(doc.text, title, _language(doc, title))


def _named_before_topic(doc: Document, head: Span, mentions: MentionIndex, types: dict[str, str]) -> str | None:
    """"Tomas Varga on the ferry: «…»", «Варга о пароме: «…»»: a headline's first name, a person's after at most a
    title, followed by a word of what the words after the colon are about (``HEADLINE_TOPIC_WORDS``), is who
    says them."""
    named = [m for m in mentions.within(head) if types.get(m.entity) in SPEAKER_TYPES]
    if not named or types.get(named[0].entity) != "Person" \
            or not _HEADLINE_TOPIC.match(doc.text, named[0].span.end, head.end):
        return None
    return named[0].entity if _name_after_title(doc, head.start, named[0]) else None


_HEADLINE_TOPIC = re.compile(rf"\s+(?:{alternation('HEADLINE_TOPIC_WORDS')})\s", re.I)


def _names_in_quotation(doc: Document, chain: list[QuoteRegion], person: str, mentions: MentionIndex) -> bool:
    """"Praise went to the runner-up, Vell: «I congratulate Jon: you played …»": a quotation that names, by
    a word of any name the text gives them, the person before its colon speaks to or of them, not as them."""
    names = {key for m in mentions if m.entity == person
             for word in tokens(doc.text, m.span.start, m.span.end) for key in token_keys(word.text)}
    return any(word.text[:1].isupper() and not names.isdisjoint(token_keys(word.text))
               for r in chain for word in tokens(doc.text, r.span.start, r.span.end))


def _headline_speaker(doc: Document, headline: Span, mentions: MentionIndex, types: dict[str, str]) -> str | None:
    """"Tomas Varga: the ferry will run in May": a headline that opens with a person's name (after at most a
    title; or with the name and what its words are about: "Tomas Varga on the ferry: …") and a colon quotes that
    person, where what follows the colon is said: quoted, in the first person or with
    a finite verb; "Tomas Varga: a life in politics" only labels the article, whose "we" stays the reporters'."""
    colon = doc.text.find(":", headline.start, headline.end)
    if colon < 0:
        return None
    said, lang = doc.text[colon + 1:headline.end], _language(doc, headline)
    if not (_OPENING_QUOTE.match(said) or FIRST_PERSON.search(said) or _FINITE[lang].search(said)
            or language(lang).MARKS_CASE and any(morph().parse(w)[0].tag.POS == "VERB"
                                                 for w in _WORD[lang].findall(said))):
        return None
    head = Span(headline.start, colon + 1)
    return _named_before_colon(doc, head, mentions, types) or _named_before_topic(doc, head, mentions, types)


_OPENING_QUOTE = re.compile(r"\s*[«„“\"]")
# words that make an English headline's words a sentence ("Tomas Varga: the ferry will run in May"); a language
# that marks case reads its finite verbs from the morphology
_FINITE = {code: re.compile(rf"(?<!\w)(?:{module.FINITE_WORDS})(?!\w)", re.I) for code, module in LANGUAGES.items()}


_COLON_BEFORE_QUOTE = re.compile(r"(?<=\w):\s*[«„“\"]?$")
COLON_BEFORE_QUOTE_CHARS = 4   # the colon, a space or two and the opening mark
NAME_LABEL_CHARS = 160         # characters of a name with its title before the colon
NAME_LABEL_TITLE_WORDS = 6     # words of a title before the name: "Executive director of the Northern Institute"


def _last_sentence(text: str, head: Span) -> Span:
    """The last sentence of the text before a quotation in its paragraph (the whole of it if it has one), not the
    quotation's own opening mark."""
    ends = [m for m in _SENTENCE_END.finditer(text, head.start, head.end)
            if text[m.end():head.end].strip(_OPENING_MARKS)]
    return Span(ends[-1].end(), head.end) if ends else head


# a stop after a word, or after a quotation closed inside the sentence ('… said the toll "does not add up". Then'),
# before a capital or a quotation opening ('"It is not," Roe said. "Tolls …"')
_SENTENCE_END = re.compile(r"(?:(?<=\w\w)|(?<=\w\w[\"”»)]))[.!?…][\"”»)]?\s+(?=[A-ZА-ЯЁ\"“«„])")


def _signature(doc: Document, end: int, mentions: MentionIndex, types: dict[str, str]) -> str | None:
    """A quotation signed on the line after it, as pages set a quote apart: "— Jane Roe", "– Пашинян"."""
    line = next((p for p in doc.body if p.start >= end), None)
    if line is None or not _SIGNATURE.match(doc.text, line.start, line.end) \
            or len(doc.text[line.start:line.end].split()) > SIGNED_LINE_WORDS:
        return None
    signer = next((m for m in mentions.within(line) if types.get(m.entity) in SPEAKER_TYPES), None)
    # the name within a title's reach of the dash; after it, what the remark was on ("…, referring to the council")
    return signer.entity if signer is not None \
        and len(doc.text[line.start:signer.span.end].split()) <= SIGNATURE_WORDS else None


_SIGNATURE = re.compile(r"[—―–-]\s*\S")
SIGNATURE_WORDS = 8     # a dash, a title and a name: "— Democratic Vell Sen. Jane Roe"
SIGNED_LINE_WORDS = 16  # and a title or the remark's occasion after it: "— Jane Roe, minister of water, on the dam"


def _signed_after_mark(doc: Document, end: int, mentions: MentionIndex, types: dict[str, str]) -> str | None:
    """"“…” Police Chief Jane Roe": a quotation whose line ends, right after its closing mark, with a person's name
    and capitalised title words alone, no verb or sentence of their own, is signed by that person."""
    line = _paragraph_at(doc, end)
    if not end + 1 < line.end <= end + SIGNATURE_REACH:
        return None
    rest = Span(end + 1, line.end)
    if len(doc.text[rest.start:rest.end].split()) > SIGNATURE_WORDS \
            or not _NAME_ALONE.get(doc.lang, _NAME_ALONE["en"]).fullmatch(doc.text, rest.start, rest.end):
        return None
    people = [m for m in mentions.within(rest) if types.get(m.entity) == "Person"]
    return people[-1].entity if people and not doc.text[people[-1].span.end:rest.end].strip(" .") else None


SIGNATURE_REACH = 120   # characters from a closing mark to the end of its line, for a name and a title there
# capitalised words (an abbreviation's stop and all) and the small words of a title: "Chief of the TPD Jane Roe"
_NAME_ALONE = {code: re.compile(rf"[ \t]+[{capitals()}][\w'’.-]*(?:[ \t]+(?:[{capitals()}][\w'’.-]*|"
                                rf"{'|'.join(module.TITLE_FUNCTION_WORDS)}))*[ \t]*") for code, module in LANGUAGES.items()}


def _paragraph_at(doc: Document, pos: int) -> Span:
    """The body paragraph holding a position (an empty span there if none does)."""
    return next((p for p in doc.body if p.start <= pos <= p.end), Span(pos, pos))


def _headline(doc: Document) -> Span | None:
    if doc.title and doc.body and doc.text[doc.body[0].start:doc.body[0].end].strip().lstrip("#").strip() == doc.title:
        return doc.body[0]
    return None


def _page_top(doc: Document) -> int:
    """Where the lines over the article end: the first paragraphs when each is short and none ends as a sentence
    does ("News / Economy / Business", "Watch Channel 9", then the headline "Toll Rises Above 200 As Search Goes
    On"), and the paragraph after them does end so; a text whose lines end in no marks at all has none."""
    end = 0
    for p in doc.body[:TOP_LINES + 1]:
        line = doc.text[p.start:p.end].strip()
        if _SENTENCE_MARK_END.search(line):
            return end
        if len(line.split()) > TOP_LINE_WORDS:
            return 0
        end = p.end
    return 0


TOP_LINES = 6           # so many short lines at most stand over an article: a section, a banner, a headline
TOP_LINE_WORDS = 25     # and each is at most so many words
_SENTENCE_MARK_END = re.compile(r"[.!?…;:,\"”»“]$")


def _after(text: str, span: Span) -> Span:
    s = span.start
    while s < span.end and (text[s].isspace() or text[s] in ".,:-–—/"):
        s += 1
    return Span(s, span.end)


