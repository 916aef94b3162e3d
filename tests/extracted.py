"""What the extractor makes of an invented text, for the tests of each stage that reads claims."""
from claimsgraph.extract import extract
from claimsgraph.ingest import parse_document, split_boilerplate
from claimsgraph.model import Entity

SPOKEN = ("statement", "event", "relation")   # every kind of claim but a figure


def model_names(linker, text, spans=()):
    """find_names with the model's names given as (phrase, type, which occurrence): the document, the entities and
    mentions of the names found, and the registry's mentions that stay names (``find_names`` drops the others)."""
    from claimsgraph.model import Span
    from claimsgraph.names import find_names
    from claimsgraph.nlp import NamedSpan

    doc = parse_document("t.txt", text.encode(), "text/plain")
    models = []
    for phrase, kind, nth in spans:
        at = -1
        for _ in range(nth + 1):
            at = doc.text.index(phrase, at + 1)
        models.append(NamedSpan(Span(at, at + len(phrase)), kind))
    known = linker.mentions(doc)
    entities, mentions = find_names(doc, known, tuple(models), registry=linker.entities)
    return doc, entities, mentions, known


def claims(text, linker, kinds=SPOKEN, name="t.txt"):
    """Each claim of ``kinds`` as its text and claimant, in order."""
    doc = parse_document(name, text.encode(), "text/plain")
    return [(doc.text[c.span.start:c.span.end], c.claimant) for c in extract(doc, linker).claims if c.kind in kinds]


def claimants(text, linker):
    """Each claim's text and its claimant, as a mapping."""
    return dict(claims(text, linker))


def speakers(text, linker, name="t.txt"):
    """Each spoken claim's claimant, in order (``name`` gives the document's language: "ru_t.txt")."""
    return [who for _, who in claims(text, linker, name=name)]


def speakers_as_written(text, linker, name="ru_t.txt", kinds=SPOKEN):
    """Each claimant of a claim of ``kinds`` as the text wrote one of its mentions (None for the article's own
    voice): with no registry, an entity is told by how it was written."""
    doc = parse_document(name, text.encode(), "text/plain")
    result = extract(doc, linker)
    written = {m.entity: doc.text[m.span.start:m.span.end] for m in result.mentions}
    return [written.get(c.claimant, c.claimant) for c in result.claims if c.kind in kinds]


def claims_as_written(text, linker, name="t.txt"):
    """Each claim's text and its claimant as the text wrote one of its mentions (None for the article's own voice),
    every kind: with no registry, an entity is told by how it was written."""
    doc = parse_document(name, text.encode(), "text/plain")
    result = extract(doc, linker)
    written = {m.entity: doc.text[m.span.start:m.span.end] for m in result.mentions}
    return [(doc.text[c.span.start:c.span.end], written.get(c.claimant, c.claimant)) for c in result.claims]


def speaker_first_written(text, linker, words, name="t.txt"):
    """The claimant of the last claim whose text holds ``words``, as the text first wrote one of its mentions (None
    for the article's own voice): a body named in full before shorter references to it ("Police said")."""
    doc = parse_document(name, text.encode(), "text/plain")
    result = extract(doc, linker)
    first = {}
    for m in result.mentions:
        first.setdefault(m.entity, doc.text[m.span.start:m.span.end])
    found = [first.get(c.claimant, c.claimant) for c in result.claims if words in doc.text[c.span.start:c.span.end]]
    assert found, words
    return found[-1]


def claims_all(text, linker):
    """Figures too: a report going on may be a figure."""
    return claims(text, linker, kinds=SPOKEN + ("quantity",))


def speaker_of(out, words):
    """The claimant of the last claim in ``out`` whose text holds ``words`` (one must)."""
    found = [who for text, who in out if words in text]
    assert found, words
    return found[-1]


def said_plainly(linker):
    """The speaker a plain "said" gives the cast's trade minister: what a rule reading another verb of saying must
    give the same subject."""
    return speaker_of(claims("Trade Minister Orla Fennick said the harbour was closed.", linker), "harbour")


def claimant_labels(text, linker, with_type=False):
    """Each claim's claimant, in order, as its label (a new entity's; a registry entity's key; None for the article's
    own voice); with ``with_type``, the label and the entity's type."""
    doc = parse_document("t.txt", text.encode(), "text/plain")
    result = extract(doc, linker)
    labels = {e.key: (e.label, e.type) if with_type else e.label for e in result.new_entities}
    return [labels.get(c.claimant, c.claimant) for c in result.claims]


def ru_claimant_labels(linker, text):
    """Each spoken claim's claimant in a Russian news item of ``text`` under a headline, as its label (a new
    entity's, a registry entity's key, None for the article's own voice)."""
    doc = parse_document("ru_t.txt", f"Новости\n\n{text}\n".encode(), "text/plain")
    result = extract(doc, linker)
    labels = {e.key: e.label for e in result.new_entities}
    return [labels.get(c.claimant, c.claimant) for c in result.claims if c.kind != "quantity"]


def body_texts(text):
    """The paragraphs of ``text`` that ingest keeps as the article's, page furniture left out."""
    body, _ = split_boilerplate(text)
    return [text[s.start:s.end] for s in body]


# Two invented people and their country, known in English and Russian
CAST = [
    Entity("varga", "Tomas Varga", "Person", pref_labels=(("Tomas Varga", "en"), ("Томас Варга", "ru")),
           alt_labels=(("Varga", "en"), ("Варга", "ru"))),
    Entity("orlen", "Mira Orlen", "Person", pref_labels=(("Mira Orlen", "en"), ("Мира Орлен", "ru")),
           alt_labels=(("Orlen", "en"), ("Орлен", "ru"))),
    Entity("borealia", "Borealia", "Country", pref_labels=(("Borealia", "en"), ("Бореалия", "ru"))),
]

# A third invented person, for texts where two others are already speaking
KELL = Entity("kell", "Arno Kell", "Person", pref_labels=(("Arno Kell", "en"), ("Арно Келл", "ru")),
              alt_labels=(("Kell", "en"), ("Келл", "ru")))

# An interviewer and a guest, for interviews and transcripts
HOST_AND_GUEST = [
    Entity("hale", "Mara Hale", "Person", pref_labels=(("Mara Hale", "en"), ("Мара Хейл", "ru")),
           alt_labels=(("Hale", "en"), ("Хейл", "ru"))),
    Entity("vell", "Jon Vell", "Person", pref_labels=(("Jon Vell", "en"), ("Йон Велл", "ru")),
           alt_labels=(("Vell", "en"), ("Велл", "ru"))),
]


def new_types(text, linker, name="t.txt"):
    """Each entity the extractor finds that the registry lacks, as its label and type."""
    doc = parse_document(name, text.encode(), "text/plain")
    return {e.label: e.type for e in extract(doc, linker).new_entities}


def speaker_and_relays(text, linker, name="ru_t.txt"):
    """The last spoken claim's claimant and relays, each as the text first wrote one of its mentions."""
    doc = parse_document(name, text.encode(), "text/plain")
    result = extract(doc, linker)
    first = {}
    for m in result.mentions:
        first.setdefault(m.entity, doc.text[m.span.start:m.span.end])
    claim = [c for c in result.claims if c.kind != "quantity"][-1]
    return first.get(claim.claimant), tuple(first.get(e) for e in claim.via)
