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


def test_a_bare_title_is_its_holder_in_the_one_body_the_text_names():
    linker = Linker([
        Entity("northern-council", "Northern Council", "Organization", (("Northern Council", "en"),)),
        Entity("harbour-alliance", "Harbour Alliance", "Organization", (("Harbour Alliance", "en"),)),
        Entity("ilse-varga", "Ilse Varga", "Person", (("Ilse Varga", "en"),),
               roles=(("secretary-general of the Northern Council", "en"),)),
        Entity("tomas-relk", "Tomas Relk", "Person", (("Tomas Relk", "en"),),
               roles=(("Harbour Alliance secretary-general", "en"),)),
    ])
    assert _mentions(linker, "The Northern Council met. The Secretary-General is saddened.") == \
        [("northern-council", "Northern Council"), ("ilse-varga", "Secretary-General")]
    # two bodies named: whose secretary-general is not told; a lower-case or named title is no bare title
    assert ("ilse-varga", "Secretary-General") not in _mentions(
        linker, "The Northern Council and the Harbour Alliance met. The Secretary-General is saddened.")
    assert [e for e, _ in _mentions(linker, "The Northern Council met. The secretary-general left. "
                                             "The Secretary-General Anna Berg spoke.")] == ["northern-council"]


def test_a_word_joined_to_a_names_first_word_shares_the_rest_of_the_name():
    linker = Linker([
        Entity("ruritania", "Ruritania", "Country", (("Ruritania", "en"),), (("руританская сторона", "ru"),)),
        Entity("borea", "Borea", "Country", (("Borea", "en"),), (("бореанская сторона", "ru"),)),
    ])
    assert _mentions(linker, "Работы ведутся совместно с руританской и бореанской сторонами.") == \
        [("ruritania", "руританской"), ("borea", "бореанской сторонами")]
    assert _mentions(linker, "Работы ведутся с новой и бореанской сторонами.") == [("borea", "бореанской сторонами")]
