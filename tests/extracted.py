"""What the extractor makes of an invented text, for the tests of each stage that reads claims."""
from claimsgraph.extract import extract
from claimsgraph.ingest import parse_document

SPOKEN = ("statement", "event", "relation")   # every kind of claim but a figure


def claims(text, linker, kinds=SPOKEN, name="t.txt"):
    """Each claim of ``kinds`` as its text and claimant, in order."""
    doc = parse_document(name, text.encode(), "text/plain")
    return [(doc.text[c.span.start:c.span.end], c.claimant) for c in extract(doc, linker).claims if c.kind in kinds]
