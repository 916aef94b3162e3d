"""Names the registry lacks, found by rules, typed and given stable keys.

English: a capitalised name after a title ("Lieutenant General Rustam
Muradov", "spokeswoman Maria Zakharova") is a person; a capitalised phrase
ending in an organisation noun ("State Migration Service", "Ministry of
Economy of Armenia") is an organisation. Russian: a given name followed by a
surname, as pymorphy3 tags them ("Арарат Мирзоян", "Марии Захаровой"), is a
person, named in the nominative. The key is a hash of the normalised name, so
the same name in two documents is one entity.
"""
from __future__ import annotations

import re
from array import array
from dataclasses import replace

from .ids import new_entity_key, normalise_name
from .ingest import agency_span
from .lang import TICKER, capitals, en, joined, merged, ru, tables
from .link import morph, token_keys, tokens
from .model import Document, Entity, Mention, Span
from .nlp import NamedSpan

_MONTHS, _DEMONYMS = merged("MONTHS"), merged("DEMONYMS")

_UPPER, _LOWER = "A-ZÀ-ÖØ-ÞĀ-Ž", "a-zß-öø-ÿā-ž"   # Latin letters with diacritics: "Zuzana Hložková"
_CAP = rf"[{_UPPER}][{_LOWER}]+(?:[-'][{_UPPER}]?[{_LOWER}]+)?"
_ACRONYM = r"[A-Z]{2,}s?"   # "EU", "IDPs"


def _any(words) -> str:
    """An alternation of a table's words or phrases, longest first."""
    return "|".join(sorted(words, key=len, reverse=True))


_THE = rf"(?:(?:{_any(en.DEFINITE_ARTICLES)})\s+)?"
# a lookahead, so titles that overlap ("UN General Assembly President Abdulla Shahid") are all tried
_PERSON_EN = re.compile(
    rf"\b(?=(?:{_any(en.PERSON_TITLES)})\.?\s+"
    rf"(?P<name>{_CAP}(?:\s+{_CAP}){{1,2}})\b)")
_TITLE_WORDS = {w for t in en.PERSON_TITLES for w in t.split()}
_OF = rf"\s+(?:{_any(en.ORG_COMPLEMENT_WORDS)})\s+{_THE}(?:{_CAP}|{_ACRONYM})" \
      rf"(?:\s+(?:(?:{_any(en.ORG_INNER_JOINERS + en.ORG_COMPLEMENT_WORDS)})\s+)?(?:{_CAP}|{_ACRONYM})){{0,4}}"
# "the Council's Executive Board": the owner is part of the body's name
_OWNER = rf"(?P<owner>(?:{_CAP}|{_ACRONYM})(?:\s+(?:(?:{_any(en.ORG_COMPLEMENT_WORDS)})\s+)?(?:{_CAP}|{_ACRONYM})){{0,4}})" \
         rf"(?:{en.POSSESSIVE})\s+"
_OWNED = re.compile(rf"(?P<owner>.+?)(?:{en.POSSESSIVE})\s+(?P<name>.+)")
_ORG_EN = re.compile(
    rf"\b(?:{_OWNER})?(?P<name>(?:(?:{_CAP}|{_ACRONYM})\s+(?:(?:{_any(en.ORG_INNER_JOINERS)})\s+)?){{1,4}}"
    rf"(?:{_any(en.ORG_HEADS)})(?:{_OF})?|(?:{_any(en.ORG_HEADS)}){_OF}(?:{_OF})?)\b")
# "the Clean Water Act", "the 21st Century Schools Act", "the Treaty of Ruritania"
_LAW_WORD = rf"(?:{_CAP}|[A-Z]{{2,}}|\d+(?:{_any(en.ORDINAL_SUFFIXES)})?)"
_LAW_EN = re.compile(
    rf"\b(?P<name>{_LAW_WORD}(?:\s+(?:(?:{_any(en.LAW_CONNECTORS)})\s+)?{_LAW_WORD}){{0,6}}\s+(?:{_any(en.LAW_HEADS)})"
    rf"|(?:{_any(en.LAW_HEADS)})\s+(?:{_any(en.ORG_COMPLEMENT_WORDS)})\s+{_THE}{_CAP}(?:\s+{_CAP}){{0,3}})\b")
# "the Conservatives": a party by its members
_PARTY_MEMBERS = re.compile(rf"\b(?:{_any(en.PARTY_MEMBERS)})\b")
# "Ruritanian police", "the prosecutor general's office", "Jane Roe's lawyers": bodies named in lower case
_BODY_AFTER_ADJECTIVE = re.compile(rf"\b(?P<name>{_CAP}\s+(?:{_any(en.BODIES_AFTER_ADJECTIVE)}))\b")
_OFFICE_OF_TITLE = re.compile(
    rf"\b(?P<name>(?:(?P<adjective>{_CAP})\s+)?(?i:(?:(?:{_any(en.OFFICE_QUALIFIERS)})\s+)?(?:{_any(en.OFFICE_TITLES)})"
    rf"(?:\s+(?:{_any(en.OFFICE_QUALIFIERS)}))?(?:{en.POSSESSIVE})\s+(?:{_any(en.OFFICE_NOUNS)})))\b")
_COUNSEL = re.compile(rf"\b(?P<name>{_CAP}(?:\s+{_CAP}){{0,2}})(?P<counsel>{en.COUNSEL})\b")
# "said Mara Lindqvist, a spokeswoman for …": a name in apposition to a title
_PERSON_APPOSITION = re.compile(
    rf"\b(?P<name>{_CAP}(?:\s+{_CAP}){{1,2}}),\s+(?:{_any(en.ARTICLES)})\s+(?:[\w\-]+\s+){{0,3}}?"
    rf"(?:{_any(en.APPOSITION_TITLES)})\b")
# "the Ambassador of Ruritania to Vellmar, Zuzana Hložková": a title, its complement, the name
_PERSON_AFTER_TITLE = re.compile(
    rf"\b(?:{_any(en.PERSON_TITLES)})\b[^,.;:\"“”]{{0,60}},\s+"
    rf"(?P<name>{_CAP}(?:\s+{_CAP}){{1,2}})\b(?!\s+(?:{_any(en.AFTER_NAME_CONTINUATIONS)})\b)")
# "Ilse Varga, 68, said", "said Tomas Relk": a name right beside a reporting verb
_SAID = rf"(?:{'|'.join(en.VERBS_BESIDE_NAMES)})"
_PERSON_SAYING = re.compile(
    rf"\b(?P<name>{_CAP}\s+{_CAP})(?:,\s+\d{{1,3}},)?\s+{_SAID}\b|\b{_SAID}\s+(?P<name2>{_CAP}\s+{_CAP})\b(?!\s+{_CAP})")
# "the village of Tegh", "near the town of Goris", "Askeran district"
_PLACE_EN = re.compile(
    rf"\b(?:{'|'.join(en.PLACE_NOUNS)}) (?:{_any(en.PLACE_OF)}) (?P<name>{_CAP}(?:[\s\-]{_CAP})?)\b"
    rf"|\b(?P<name2>{_CAP}) (?P<kind>{'|'.join(en.PLACE_NOUNS_AFTER)})\b")
_PLACES_EN = re.compile(rf"\b(?P<first>{_CAP}) (?:{_any(en.NAME_JOINERS)}) (?P<second>{_CAP}) "
                        rf"(?P<kinds>{_any(en.PLACE_NOUNS_AFTER_PLURAL)})\b")
# "оператора Vexon", "учениях Silver Gale": a name in Latin letters after a noun that says what it is
_LATIN_NAME_RU = re.compile(rf"(?<![\w-])(?P<noun>[{ru.LETTERS}]+)\s+«?(?P<name>[A-Z][\w&.+-]*(?:\s+[A-Z0-9][\w&.+-]*){{0,3}})")
# "села Шош", "через КПП «Верхний Ларс»", "в Аскеранском районе"
_RU_CAP = rf"[{ru.LETTERS.upper()}][{ru.LETTERS}\-]+"
_PLACE_RU = re.compile(
    rf"(?<![\w-])(?i:{'|'.join(ru.PLACE_NOUNS)})\s+«?(?P<name>{_RU_CAP}(?:\s+{_RU_CAP})?)»?"
    rf"|(?P<adj>{ru.PLACE_ADJECTIVE})\s+(?P<kind>{'|'.join(ru.PLACE_NOUNS_AFTER)})")
# "закон Иванова", «закону Петра Сидорова»: a law named by what follows its noun
_LAW_RU = re.compile(rf"(?<![\w-])«?(?P<noun>[{ru.LETTERS}]+)\s+«?(?P<name>{_RU_CAP}(?:\s+{_RU_CAP})?)»?")
_WEEKDAYS = set(en.WEEKDAYS)
_COMPANY_SUFFIXES = set(en.COMPANY_SUFFIXES)
_NOT_BODY_HEADS = set(en.NOT_BODY_HEADS)
_TICKER = re.compile(TICKER)
_LAW_NOUNS_RU = set(ru.LAW_NOUNS)
_SERVED_RU = re.compile(rf"\s+(?:{_any(ru.ORG_COMPLEMENT_WORDS)})\s+{_RU_CAP}(?:\s+(?:[–—-]\s+)?{_RU_CAP}){{0,4}}"
                        rf"(?:\s+(?:{ru.AREA_NOUNS})\b)?")
_NOT_NAMES = set(en.NOT_NAMES)


def find_names(doc: Document, known: list[Mention], models: tuple[NamedSpan, ...] = (),
               registry: dict[str, Entity] | None = None) -> tuple[list[Entity], list[Mention]]:
    """Entities and mentions for names outside the registry's mentions.

    The rules' names come first (they know titles and place nouns), then the
    names the models found in what is left; a bare surname after a full name,
    or an acronym given in brackets after a name, is that entity again.
    """
    taken = Coverage(doc.text, [m.span for m in known])
    found: dict[str, Entity] = {}
    mentions: list[Mention] = []

    def add(start: int, end: int, label: str, type_: str, also: tuple[str, ...] = ()) -> None:
        span = Span(start, end)
        if not taken.free_or_enclosing(span):
            return
        if not normalise_name(label):
            return
        key = new_entity_key(label)
        entity = found.setdefault(key, Entity(key=key, label=label, type=type_,
                                              pref_labels=((label, doc.lang),)))
        for other in (doc.text[start:end], *also):
            if other != label and (other, doc.lang) not in entity.alt_labels:
                entity = found[key] = replace(entity, alt_labels=entity.alt_labels + ((other, doc.lang),))
        mentions.append(Mention(key, span, "name"))
        taken.append(span)

    def type_of(key: str) -> str | None:
        entity = found.get(key) or (registry or {}).get(key)
        return entity.type if entity is not None else None

    registry_names = Coverage(doc.text, [m.span for m in known])
    places = {doc.text[m.span.start:m.span.end] for m in known if type_of(m.entity) in ("Country", "Place")}

    def owned_name(owner: str, name: str) -> str:
        """"Ruritania's Water Agency" is the "Water Agency of Ruritania"; "the Council's Board", "Council Board"."""
        return en.OWNED_BY_PLACE.format(owner=owner, owned=name) if owner in places else f"{owner} {name}"

    agency = agency_span(doc)
    if agency is not None:   # the dateline's agency, named whether or not the registry knows it
        add(agency.start, agency.end, doc.text[agency.start:agency.end], "Organization")
    office = _issuing_office(doc)
    if office is not None:   # "Statement attributable to the Spokesman for the Secretary-General"
        label = doc.text[office.start:office.end]
        add(office.start, office.end, label, "Person" if label.split()[0].lower() in _PERSON_TITLE_WORDS else "Organization")
    parties = {m.group() for para in doc.body for m in _PARTY_MEMBERS.finditer(doc.text, para.start, para.end)
               if doc.text[para.start:m.start()].rstrip()[-1:] not in ("", *".!?:\"“")}   # not a sentence's capital
    for para in doc.body:
        chunk = doc.text[para.start:para.end]
        if doc.lang == "ru":
            for start, end, label in _russian_laws(doc.text, para, taken):
                add(start, end, label, "Agreement")
            for start, end, label in _russian_compound_bodies(doc.text, para):
                add(start, end, label, "Organization")
            for m in _LATIN_NAME_RU.finditer(doc.text, para.start, para.end):
                kind = ru.NOUNS_BEFORE_NAMES.get(morph().parse(m.group("noun"))[0].normal_form)
                name = m.group("name").rstrip(".-+&")
                if kind:
                    add(m.start("name"), m.start("name") + len(name), name, kind)
            for start, end, label in _russian_people(doc.text, para):
                add(start, end, label, "Person")
            for m in _PLACE_RU.finditer(chunk):
                group = "name" if m.group("name") else "adj"
                label = _place_label_ru(m.group(group), m.group("kind"))
                end = m.end("kind") if m.group("kind") else m.end(group)
                add(para.start + m.start(group), para.start + end, label, "Place")
            continue
        for m in _LAW_EN.finditer(chunk):
            words = m.group("name").split()
            while words and words[0] in _NOT_NAMES:
                words = words[1:]
            if len(words) > 1:
                name = " ".join(words)
                add(para.start + m.end("name") - len(name), para.start + m.end("name"), name, "Agreement")
        for m in _PLACES_EN.finditer(chunk):
            kind = en.PLACE_NOUNS_AFTER_PLURAL[m.group("kinds")].capitalize()
            for group in ("first", "second"):
                if m.group(group) not in _NOT_NAMES:
                    add(para.start + m.start(group), para.start + m.end(group), f"{m.group(group)} {kind}", "Place")
        for m in _PLACE_EN.finditer(chunk):
            if m.group("name"):
                add(para.start + m.start("name"), para.start + m.end("name"), m.group("name"), "Place")
            elif m.group("name2") not in _NOT_NAMES:
                label = f"{m.group('name2')} {m.group('kind').capitalize()}"
                add(para.start + m.start("name2"), para.start + m.end("kind"), label, "Place")
        for m in _PERSON_SAYING.finditer(chunk):
            group = "name" if m.group("name") else "name2"
            words = m.group(group).split()
            if not (set(words) & (_NOT_NAMES | _TITLE_WORDS)) and words[-1] not in en.ORG_HEADS \
                    and words[-1] not in _COMPANY_SUFFIXES:
                add(para.start + m.start(group), para.start + m.end(group), m.group(group), "Person")
        for m in [*_PERSON_EN.finditer(chunk), *_PERSON_APPOSITION.finditer(chunk),
                  *_PERSON_AFTER_TITLE.finditer(chunk)]:
            words = m.group("name").split()
            while len(words) > 2 and words[0] in _TITLE_WORDS:   # "Director General Rafael Grossi"
                words = words[1:]
            if words[0] in _NOT_NAMES or words[0] in _TITLE_WORDS or words[-1] in _TITLE_WORDS:
                continue
            name = " ".join(words)
            end = para.start + m.end("name")
            add(end - len(name), end, name, "Person")
        for m in _ORG_EN.finditer(chunk):
            words = _without_date(m.group("name").split())
            while words and words[0] in _NOT_NAMES:
                words = words[1:]
            if len(words) < 2:
                continue
            name = " ".join(words)
            start = para.start + m.start("name") + m.group("name").index(name)
            end = start + len(name)
            owner = m.group("owner").split() if m.group("owner") else []
            while owner and owner[0] in _NOT_NAMES:
                owner = owner[1:]
            if owner:   # "the Council's Executive Board": the owner's name, then the board's
                add(para.start + m.end("owner") - len(" ".join(owner)), end, owned_name(" ".join(owner), name),
                    "Organization", (name,))
            else:
                add(start, end, name, "Organization")
        for m in _PARTY_MEMBERS.finditer(chunk):
            if m.group() in parties:
                add(para.start + m.start(), para.start + m.end(), m.group(), "Group")
        for m in _BODY_AFTER_ADJECTIVE.finditer(chunk):
            if m.group("name").split()[0] not in _NOT_NAMES:
                add(para.start + m.start("name"), para.start + m.end("name"), m.group("name"), "Organization")
        for m in _OFFICE_OF_TITLE.finditer(chunk):
            start = m.start("name") if m.group("adjective") not in _NOT_NAMES else m.end("adjective") + 1
            while chunk[start].isspace():
                start += 1
            label = " ".join(w[:1].upper() + w[1:] for w in chunk[start:m.end("name")].split())
            add(para.start + start, para.start + m.end("name"), label, "Organization")
    people = _surname_owners(doc, known, registry or {})
    common = _lower_case_words(doc)
    listings = [Span(m.start(), m.end()) for m in _TICKER.finditer(doc.text)]
    for name in models:
        if any(listing.contains(name.span) for listing in listings):
            continue    # "(NASDAQ: XYZ)": an exchange and a share's symbol, not names in the text
        cleaned = _clean_model_name(doc, name, people, registry_names)
        if cleaned is None:
            continue
        if len(cleaned) == 2:
            key, span = cleaned
            if taken.free(span):
                mentions.append(Mention(key, span, "name"))
                taken.append(span)
            continue
        start, end, label = cleaned
        person = next((m.span.start for m in [*known, *mentions] if start < m.span.start < end
                       and type_of(m.entity) == "Person"), None)
        if person is not None and name.type != "Person":   # "the Ruritanian Federation Jane Roe": the body ends
            end = len(doc.text[:person].rstrip(" ,"))
            label = doc.text[start:end]
            if not label.strip():
                continue
        if " " not in label and label.lower() in common:
            continue    # "Athletics" opening a phrase, "athletics" elsewhere: a word of the language
        if name.type == "Organization" and label.split()[-1] in _NOT_BODY_HEADS:
            continue    # "the Clean Air Policy": a measure, not a body
        company = [e.key for e in found.values() if e.type == "Organization" and _short_company_name(e.label) == label]
        if len(company) == 1 and taken.free(Span(start, end)):   # "Vexon", whatever the model took it for
            mentions.append(Mention(company[0], Span(start, end), "name"))
            taken.append(Span(start, end))
            continue
        if " " not in label and (name.type == "Person" or _surname_named_before(found, mentions, label, start)):
            continue   # news names a person in full first; a bare surname is linked to that below,
            # whatever type the model gave it ("… said Dana Ostrova. … Ostrova added")
        owned = _OWNED.fullmatch(label) if name.type == "Organization" else None
        if owned:   # "the Central Bank's Monetary Committee", as the rules name it
            add(start, end, owned_name(owned.group("owner"), owned.group("name")), name.type, (owned.group("name"),))
        elif name.type == "Person" and _POSSESSIVE.search(label):   # a firm or a brand named after its founder
            add(start, end, label, "Organization")
        else:
            add(start, end, label, name.type)
    _later_surnames(doc, found, mentions, taken)
    _acronyms(doc, found, mentions, taken)
    _short_forms(found, mentions)
    if doc.lang == "en":
        entities = {**(registry or {}), **found}
        by_start = {m.span.start: m for m in [*known, *mentions]}
        for para in doc.body:
            for m in _COUNSEL.finditer(doc.text, para.start, para.end):   # "Jane Roe's lawyers"
                client = by_start.get(m.start("name"))
                person = entities.get(client.entity) if client else None
                name = person.label if person is not None and person.type == "Person" else m.group("name")
                add(m.start("name"), m.end("counsel"), en.COUNSEL_LABEL.format(name=name), "Group")
    return sorted(found.values(), key=lambda e: e.key), sorted(mentions, key=lambda m: m.span.start)


_DETERMINER = re.compile(rf"(?:{'|'.join(joined('ARTICLES'))})\s+", re.I)   # used with match(text, pos): no "^"
_POSSESSIVE = re.compile(rf"(?:{en.POSSESSIVE})$")
# a word after a possessive that it can govern ("Jane Roe's lawyers"), not a conjunction ("Jack Roe's and …")
_GOVERNED = re.compile(rf"\s+(?!(?:{_any(joined('CONJUNCTIONS'))})\b)\w")
_HONORIFIC = re.compile(rf"(?:{'|'.join(joined('HONORIFICS'))})\.?\s+", re.I)
_CONNECTORS = set(en.NAME_CONNECTORS)
_GENERIC_EN = {w.lower() for t in (*en.ORG_HEADS, *en.PERSON_TITLES, *en.APPOSITION_TITLES) for w in t.split()} | \
    set(en.GENERIC_NAME_WORDS)
_NOT_ALONE = {w.lower() for w in (*en.ORG_HEADS, *en.PERSON_TITLES)} | set(en.NOT_NAMES_ALONE)
_PERSON_TITLE_WORDS = {w.lower() for t in (*en.PERSON_TITLES, *en.APPOSITION_TITLES) for w in t.split()} | \
    set(en.TITLE_WORDS)
_NAMED_RU = set(ru.NAME_GRAMMEMES)
_RUSSIAN_LETTER = re.compile(f"[{ru.LETTERS}]", re.I)


def _short_forms(found: dict[str, Entity], mentions: list[Mention]) -> None:
    """One entity for a name and its short form in one document: "Vexon" and "Vexon Technology Inc",
    "Anna Kovac" and "Anna Kovac-Brandt"; the short form becomes a label of the full name."""
    def short_of(short: Entity) -> str | None:
        people = [e for e in found.values() if e.type == "Person" and e.key != short.key]
        if short.type == "Person" and _addressed(short.label):   # "Михаил Юрьевич" after "Михаил Петров"
            full = [e for e in people if e.label.split()[0] == short.label.split()[0] and not _addressed(e.label)]
        elif short.type == "Person":
            full = [e for e in people if e.label.startswith(short.label + "-")]
        else:   # a surname the model took for a body, then a company's short name
            full = [e for e in people if " " not in short.label and len(e.label.split()) > 1
                    and token_keys(e.label.split()[-1]) & token_keys(short.label)]
            if not full and short.type == "Organization" and " " not in short.label:
                full = [e for e in found.values() if e.type == "Organization" and e.key != short.key
                        and _short_company_name(e.label) == short.label]
        return full[0].key if len(full) == 1 else None

    for key in sorted(found):
        target = short_of(found[key])
        if target is None:
            continue
        short = found.pop(key)
        entity = found[target]
        extra = tuple(label for label in short.all_labels() if label not in entity.all_labels())
        found[target] = replace(entity, alt_labels=entity.alt_labels + extra)
        mentions[:] = [Mention(target, m.span, m.via) if m.entity == key else m for m in mentions]


def _addressed(label: str) -> bool:
    """A given name and a patronymic, as a person is addressed in Russian: "Анна Сергеевна"."""
    words = label.split()
    return len(words) == 2 and _tagged(words[0], "Name") and _tagged(words[1], "Patr")


def _short_company_name(label: str) -> str | None:
    """"Vexon" for "Vexon Technology Inc" (and for "Chipmaker Vexon Technology"); None without a suffix."""
    words = label.split()
    while len(words) > 1 and words[-1] in _COMPANY_SUFFIXES:
        words = words[:-1]
    return words[-1] if len(words) < len(label.split()) else None


def _lower_case_words(doc: Document) -> set[str]:
    """The words the body writes in lower case: the same word capitalised elsewhere is not a name."""
    return {tok.text for para in doc.body for tok in tokens(doc.text, para.start, para.end) if tok.text.islower()}


def _without_date(words: list[str]) -> list[str]:
    """"Executive Board on Tuesday" → "Executive Board": a weekday or a month is when, not whose."""
    for i in range(1, len(words)):
        if words[i].lower() in _WEEKDAYS or words[i].lower() in _MONTHS:
            return words[:i - 1] if words[i - 1].lower() in _CONNECTORS else words[:i]
    return words


def _clean_model_name(doc: Document, name: NamedSpan, people: dict[str, str],
                      known: Coverage) -> tuple[int, int, str] | tuple[str, Span] | None:
    """A model's span without article, possessive, honorific or quotes, labelled in its base form.

    Returns (start, end, label) for a new name, (key, span) when the name is a
    person already known under another word order ("Aliyev Ilham", "Mr Aliyev"),
    or None for what is not a name: generic titles ("the Press Office"), phrases
    with verbs or commas, a nationality alone.
    """
    start, end = name.span.start, name.span.end
    for pattern in (_DETERMINER, _HONORIFIC):
        lead = pattern.match(doc.text, start, end)
        if lead:
            start = lead.end()
    while start < end and not doc.text[start].isalnum():   # quotes, brackets, a dash glued on
        start += 1
    tail = _POSSESSIVE.search(doc.text, start, end)
    if tail and _GOVERNED.match(doc.text, end):   # "Vale's lawyers"; "… led by Vale's." is a firm's name
        end = tail.start()
    while end > start and doc.text[end - 1] in "»\"”'’).;:":
        end -= 1
    trailing = re.search(rf"\s+(?:{_any(_CONNECTORS)})$", doc.text[start:end])
    if trailing:   # "the Coastal Policy of": a model's span that ran into the next phrase
        end = start + trailing.start()
    if doc.text.count("«", start, end) > doc.text.count("»", start, end):   # "ГТРК «Вершина»" cut at its quote
        close = doc.text.find("»", end, end + 40)
        if close >= 0 and "\n" not in doc.text[end:close]:
            end = close + 1
    inner = [known.spans[k] for k in sorted({known.owner[i] for i in range(start, end) if known.owner[i] >= 0})]
    if name.type == "Person" and inner:   # "Ruritania Ilse Varga": the country is not part of the name
        start = max(start, max(s.end for s in inner))
        while start < end and not doc.text[start].isalpha():
            start += 1
    text = doc.text[start:end]
    words = text.split()
    if not words or len(words) > 7 or re.search(r"[\d\n,]", text) or not text[0].isupper() \
            or not re.search(r"[^\W\d_]{2}", text):   # "Q&A", "U.S.": no word in it
        return None
    if inner and re.fullmatch(r"[\W_]*", re.sub("|".join(re.escape(doc.text[s.start:s.end]) for s in inner), "", text)):
        return None    # "Ruritania-Freedonia": names already known, joined
    if name.type == "Person":
        owners = {people[w] for w in (re.sub(r"\W", "", w).lower() for w in words) if w in people}
        if len(owners) == 1:
            return owners.pop(), Span(start, end)
    if len(words) == 1 and (len(text) < 2 or text.lower() in _NOT_ALONE or text.lower() in _MONTHS
                            or text in _DEMONYMS):
        return None
    if doc.lang == "ru":
        return _russian_name(doc, start, words, name.type, known)
    if any(w.lower() not in _CONNECTORS and not w[0].isupper() for w in words):
        return None
    if all(w.lower().strip("'’") in _GENERIC_EN | _CONNECTORS for w in words):
        return None    # "the Press Office", "the Lead Spokesperson": titles, not names
    own = re.sub("|".join(re.escape(doc.text[s.start:s.end]) for s in inner), " ", text) if inner else text
    if inner and all(w.lower().rstrip("s") in _PERSON_TITLE_WORDS | _CONNECTORS for w in own.split()):
        return None    # "the Foreign Ministers of Ruritania": people by their title, not an organisation
    return start, end, text


def _russian_name(doc: Document, start: int, words: list[str], kind: str,
                  known: Coverage) -> tuple[int, int, str] | None:
    """Cut at a verb the model took in ("… центр доставили"), refuse common nouns alone, base form.

    An organisation takes in the country named after it in the genitive
    ("Министерство обороны Руритании"): ministries of two countries are two bodies.
    """
    kept = []
    for w in words:
        parse = morph().parse(w)[0] if _RUSSIAN_LETTER.search(w) else None
        if parse is not None and parse.tag.POS in ("VERB", "INFN", "PRTF", "PRTS", "GRND") and kept:
            break
        kept.append(w)
    if len(kept) == 1:
        parse = morph().parse(kept[0])[0]
        if parse.is_known and not (_NAMED_RU & set(str(parse.tag).replace(" ", ",").split(","))):
            return None     # "Запад", "СМИ": words of the language, not names
    end = start + len(" ".join(kept))
    label = _russian_base_form(kept, kind)
    if kind == "Organization":
        after = re.match(r" +", doc.text[end:end + 2])
        owner = known.owner[end + 1] if after and end + 1 < len(known.owner) else -1
        if owner >= 0 and known.spans[owner].start == end + 1:
            country = known.spans[owner]
            complement = doc.text[country.start:country.end]
            if "nomn" not in morph().parse(complement.split()[-1])[0].tag:   # a complement, not a new subject
                end, label = country.end, f"{label} {complement}"
        served = _SERVED_RU.match(doc.text, end)   # "Управление … по Северной области": which area it serves
        words = served.group().split() if served else []
        for i, word in enumerate(words[1:], 1):   # "… по Северной области Иван Петров": a name ends the area
            if _tagged(word, "Name"):
                words = words[:i]
                break
        if len(words) > 1:
            area = " ".join(words)
            end, label = served.start() + served.group().index(words[0]) + len(area), f"{label} {area}"
    return start, end, label


def _russian_base_form(words: list[str], kind: str) -> str:
    """"Эльвиры Набиуллиной" → "Эльвира Набиуллина"; "Центрального банка" → "Центральный банк"."""
    cyrillic = [bool(_RUSSIAN_LETTER.search(w)) and not w.isupper() for w in words]
    if kind == "Person":
        gender = _gender(words[0]) if len(words) > 1 else None
        return " ".join(_nominative(w, "Name" if i == 0 and len(words) > 1 else "Surn", gender) if cyr else w
                        for i, (w, cyr) in enumerate(zip(words, cyrillic)))
    parses = [morph().parse(w)[0] if cyr else None for w, cyr in zip(words, cyrillic)]
    for i in range(len(parses) - 1):   # "Главного управления": an adjective before a noun, not the noun "главное"
        adjective = next((p for p in morph().parse(words[i]) if p.tag.POS == "ADJF"), None) if cyrillic[i] else None
        if adjective is not None and parses[i + 1] is not None and parses[i + 1].tag.POS in ("NOUN", "ADJF"):
            parses[i] = adjective
    head = next((i for i, p in enumerate(parses) if p is not None and p.tag.POS == "NOUN"), None)
    if head and parses[head - 1] is not None and parses[head - 1].tag.POS == "ADJF":   # the reading that agrees
        agreeing = {(p.tag.case, p.tag.number) for p in morph().parse(words[head - 1]) if p.tag.POS == "ADJF"}
        parses[head] = next((p for p in morph().parse(words[head]) if p.tag.POS == "NOUN"
                             and (p.tag.case, p.tag.number) in agreeing), parses[head])
    if head is None or not parses[head].is_known:   # a guessed parse of an unknown name inflects it wrongly
        return " ".join(words)
    number = "plur" if "plur" in parses[head].tag else "sing"
    noun = parses[head].inflect({"nomn", number})
    gender = (noun or parses[head]).tag.gender
    out = list(words)
    for i in range(head + 1):
        p = parses[i]
        if p is None or (i < head and p.tag.POS != "ADJF"):
            continue
        form = noun if i == head else p.inflect({"nomn", number} | ({gender} if gender and number == "sing" else set()))
        if form is not None:
            out[i] = form.word[:1].upper() + form.word[1:] if words[i][:1].isupper() else form.word
    return " ".join(out)


def _surname_owners(doc: Document, known: list[Mention], registry: dict[str, Entity]) -> dict[str, str]:
    """The lowercased words of the people the registry found here, when one person has them."""
    owners: dict[str, set[str]] = {}
    for m in known:
        entity = registry.get(m.entity)
        if entity is not None and entity.type == "Person":
            for text, _ in entity.all_labels():
                if len(text.split()) > 1:
                    for w in text.split():
                        owners.setdefault(re.sub(r"\W", "", w).lower(), set()).add(m.entity)
    return {w: next(iter(keys)) for w, keys in owners.items() if len(keys) == 1 and len(w) > 2}


_BRACKETED = re.compile(rf"\s*\((?P<acronym>[{capitals()}][{capitals()}&]{{1,7}})\)")


def _acronyms(doc: Document, found: dict[str, Entity], mentions: list[Mention], taken: Coverage) -> None:
    """"the National Water Council (NWC)": later "NWC" is that council too."""
    short: dict[str, str] = {}
    for m in list(mentions):
        after = _BRACKETED.match(doc.text, m.span.end)
        if after and found.get(m.entity) and found[m.entity].type in ("Organization", "Group"):
            acronym = after.group("acronym")
            inner = _spelled_out(doc.text, m.span, acronym)
            if inner is not None and inner != m.span:   # "Commission of the World Water Agency (WWA)"
                label = doc.text[inner.start:inner.end]
                key = new_entity_key(label)
                found.setdefault(key, Entity(key=key, label=label, type=found[m.entity].type,
                                             pref_labels=((label, doc.lang),)))
                m = Mention(key, inner, "name")
                mentions.append(m)
            short.setdefault(acronym, m.entity)
            entity = found[m.entity]
            if (acronym, doc.lang) not in entity.alt_labels:
                found[m.entity] = replace(entity, alt_labels=entity.alt_labels + ((acronym, doc.lang),))
    if not short:
        return
    pattern = re.compile(r"(?<!\w)(%s)(?!\w)" % "|".join(map(re.escape, sorted(short, key=len, reverse=True))))
    for para in doc.body:
        for hit in pattern.finditer(doc.text, para.start, para.end):
            span = Span(hit.start(), hit.end())
            own = [m for m in mentions if m.span == span]
            if own:     # a model's own entity for the acronym: the long name's instead
                for m in own:
                    mentions.remove(m)
                    if not any(x.entity == m.entity for x in mentions):
                        found.pop(m.entity, None)
                mentions.append(Mention(short[hit.group()], span, "name"))
            elif taken.free(span):
                mentions.append(Mention(short[hit.group()], span, "name"))
                taken.append(span)


def _spelled_out(text: str, span: Span, acronym: str) -> Span | None:
    """The end of a name whose initials spell the acronym ("World Water Agency" in "Board of the World Water
    Agency" for "WWA"); the whole name when none does, so that an acronym of another kind still links."""
    words = list(re.finditer(r"\S+", text[span.start:span.end]))
    for i in range(len(words)):
        if not words[i].group()[:1].isupper():
            continue
        caps = [w.group() for w in words[i:] if w.group()[:1].isupper()]
        parts = [p for w in caps for p in re.split(r"[-‐]", w) if p[:1].isupper()]
        letters = acronym.rstrip("s").upper()
        if letters in ("".join(w[0] for w in caps).upper(), "".join(p[0] for p in parts).upper()):
            return Span(span.start + words[i].start(), span.end)
    return None


class Coverage:
    """Which characters already belong to a mention, for overlap tests in constant time."""

    def __init__(self, text: str, spans: list[Span]):
        self.owner = array("i", [-1]) * len(text)   # index of the span covering each character
        self.spans: list[Span] = []
        for span in spans:
            self.append(span)

    def append(self, span: Span) -> None:
        index = len(self.spans)
        self.spans.append(span)
        for i in range(span.start, span.end):
            if self.owner[i] < 0:
                self.owner[i] = index

    def free(self, span: Span) -> bool:
        return all(self.owner[i] < 0 for i in range(span.start, span.end))

    def free_or_enclosing(self, span: Span) -> bool:
        """Nothing there, or only whole mentions inside it ("State Migration Service of Armenia")."""
        inside = {self.owner[i] for i in range(span.start, span.end) if self.owner[i] >= 0}
        return all(span.contains(self.spans[k]) and self.spans[k] != span for k in inside)


# A headline that says who issues the document: "Statement by the …", "Press release: Remarks of …".
ISSUED_TITLE = re.compile("|".join(rf"^\W*(?:[^:\n]{{1,40}}:\s*)?{cue}" for cue in tables("ISSUED_TITLE")), re.I)
# An office named by its title and what it serves: "Spokesman for the Secretary-General", "Office of the Mayor".
_OFFICE = re.compile(rf"{_CAP}(?:\s+(?:{_any(en.OFFICE_PREPOSITIONS)})\s+{_THE}(?:{_CAP}|[A-Z]{{2,}})"
                     rf"(?:[\s\-]+(?:{_CAP}|[A-Z]{{2,}}))*)+")


def _issuing_office(doc: Document) -> Span | None:
    """The office a document's headline names as its issuer, though no name is given ("… by the Spokesman for
    the Secretary-General"); a bare title ("the Spokesperson") is too little to be an entity."""
    if not doc.body:
        return None
    head = doc.body[0]
    cue = ISSUED_TITLE.match(doc.text, head.start, head.end)
    office = _OFFICE.match(doc.text, cue.end(), head.end) if cue else None
    return Span(office.start(), office.end()) if office else None


def _surname_named_before(found: dict[str, Entity], mentions: list[Mention], word: str, start: int) -> bool:
    """The surname of a person this document has named in full before ``start``."""
    keys = token_keys(word)
    return any(m.span.start < start and (e := found.get(m.entity)) is not None and e.type == "Person"
               and len(e.label.split()) > 1 and keys & token_keys(e.label.split()[-1]) for m in mentions)


def _later_surnames(doc: Document, found: dict[str, Entity], mentions: list[Mention],
                    taken: Coverage) -> None:
    """After "Tomas Relk" ("Томас Релк"), a later "Relk" ("Релка") is the same person."""
    surnames: dict[str, set[str]] = {}
    first_seen: dict[str, int] = {}
    for m in mentions:
        first_seen.setdefault(m.entity, m.span.start)
    for key, entity in found.items():
        if entity.type == "Person" and len(entity.label.split()) > 1:
            for k in token_keys(entity.label.split()[-1]):
                surnames.setdefault(k, set()).add(key)
    for para in doc.body:
        for tok in tokens(doc.text, para.start, para.end):
            span = Span(tok.start, tok.end)
            if not tok.text[0].isupper() or not taken.free(span):
                continue
            if tok.text.lower() in _MONTHS:   # "In May, …" after "John May"
                continue
            who = set().union(*(surnames.get(k, set()) for k in token_keys(tok.text)))
            headline = para == doc.body[0]   # a headline names by surname the person the text then names in full
            if len(who) == 1 and (headline or tok.start > first_seen.get(next(iter(who)), len(doc.text))):
                mentions.append(Mention(next(iter(who)), span, "name"))
                taken.append(span)


def _russian_laws(text: str, para: Span, known: Coverage) -> list[tuple[int, int, str]]:
    """"закона Иванова" → "закон Иванова": a law's noun and the name that follows it in the genitive.

    A name the registry knows (a country, a body) is whose law it is, not its name: "закон Ruritania".
    """
    out = []
    for m in _LAW_RU.finditer(text, para.start, para.end):
        parse = morph().parse(m.group("noun"))[0]
        if parse.normal_form not in _LAW_NOUNS_RU or not known.free(Span(m.start("name"), m.end("name"))):
            continue
        if not all(any("gent" in p.tag for p in morph().parse(w)[:4]) for w in m.group("name").split()):
            continue
        out.append((m.start("noun"), m.end("name"), f"{parse.normal_form} {m.group('name')}"))
    return out


def _russian_compound_bodies(text: str, para: Span) -> list[tuple[int, int, str]]:
    """One-word names of bodies written together ("Мосгорсуд", "Промбанку"), which no dictionary lists."""
    out = []
    for tok in tokens(text, para.start, para.end):
        if not tok.text[:1].isupper() or tok.text.isupper() or len(tok.text) < 6:
            continue
        parse = morph().parse(tok.text)[0]
        base = parse.normal_form
        if parse.tag.POS != "NOUN":
            continue
        ending = next((e for e in ru.ORG_COMPOUND_ENDINGS if base.endswith(e)), None)
        if ending is not None and len(base) >= len(ending) + 3:   # a stem before the ending: not "банк" itself
            out.append((tok.start, tok.end, base[:1].upper() + base[1:]))
    return out


def _russian_people(text: str, para: Span) -> list[tuple[int, int, str]]:
    """Given name + surname pairs, labelled in the nominative ("Марии Захаровой" → "Мария Захарова")."""
    out = []
    toks = tokens(text, para.start, para.end)
    i = 0
    while i + 1 < len(toks):
        first, second = toks[i], toks[i + 1]
        if (first.text[:1].isupper() and second.text[:1].isupper()
                and re.fullmatch(r"\s+", text[first.end:second.start])
                and _tagged(first.text, "Name") and _tagged(second.text, "Surn")):
            gender = _gender(first.text)
            label = f"{_nominative(first.text, 'Name')} {_nominative(second.text, 'Surn', gender)}"
            out.append((first.start, second.end, label))
            i += 2
        else:
            i += 1
    return out


_RUSSIAN_WORD = re.compile(f"[{ru.LETTERS}-]+", re.I)


def _tagged(word: str, grammeme: str) -> bool:
    """Only Russian words carry name grammemes; the lemmatiser fails on a character with no Unicode name."""
    return bool(_RUSSIAN_WORD.fullmatch(word)) and any(grammeme in p.tag for p in morph().parse(word)[:4])


def _place_label_ru(name: str, kind: str | None) -> str:
    """Nominative: "Шош" stays, "Аскеранском районе" becomes "Аскеранский район"."""
    if kind:
        adj = morph().parse(name)[0].inflect({"nomn", "sing", "masc"})
        return f"{(adj.word if adj else name).capitalize()} {morph().parse(kind)[0].normal_form}"
    words = []
    for w in name.split():
        p = morph().parse(w)[0]
        form = p.inflect({"nomn"}) if "Geox" in p.tag or p.tag.POS == "ADJF" else None
        words.append((form.word if form else w).capitalize() if form else w)
    return " ".join(words)


def _gender(given_name: str) -> str | None:
    """"Анна" is feminine, so "Анны Петровой" becomes "Анна Петрова", not "Анна Петров"."""
    for p in morph().parse(given_name)[:4]:
        if "Name" in p.tag and p.tag.gender:
            return p.tag.gender
    return None


def _nominative(word: str, grammeme: str, gender: str | None = None) -> str:
    for p in morph().parse(word)[:4]:
        if grammeme in p.tag and (gender is None or p.tag.gender is None or p.tag.gender == gender):
            form = p.inflect({"nomn", "sing"} | ({gender} if gender else set()))
            if form is not None:
                return form.word.capitalize()
    return word
