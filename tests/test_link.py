from claimsgraph.ingest import parse_document
from claimsgraph.link import Linker
from claimsgraph.model import Entity


def _mentions(linker, text):
    doc = parse_document("l.txt", text.encode(), "text/plain")
    return [(m.entity, doc.text[m.span.start:m.span.end]) for m in linker.mentions(doc)]


def test_two_overlapping_aliases_of_one_entity_are_one_mention():
    """The longest alias ("Tarn Council members") must not leave the start of another ("NWA Tarn Council")
    to be read as a second entity ("NWA")."""
    linker = Linker([
        Entity("nwa", "Northern Water Alliance", "Organization", (("Northern Water Alliance", "en"),),
               (("NWA", "en"),)),
        Entity("tarn-council", "NWA Tarn Council", "Organization", (("NWA Tarn Council", "en"),),
               (("Tarn Council members", "en"),)),
    ])
    assert _mentions(linker, "He met the NWA Tarn Council members on Friday.") == \
        [("tarn-council", "NWA Tarn Council members")]
    assert _mentions(linker, "The NWA and the Tarn Council members met.") == \
        [("nwa", "NWA"), ("tarn-council", "Tarn Council members")]
