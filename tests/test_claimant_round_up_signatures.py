"""A round-up of remarks signs each one: on the line under it after a dash ("-Democratic Vell Sen. Jane Roe"),
whose capitals are a title's and a name's, not a headline's, and which may run on to what the remark was on; or
at the paragraph's end after a dash, the remark printed bare. A quotation after a signed one with no signature
of its own is no one's, and a signature that is only a name and a title is no claim."""
import pytest

from claimsgraph.ingest import parse_document
from claimsgraph.link import Linker
from claimsgraph.model import Span
from claimsgraph.names import find_names
from claimsgraph.nlp import NamedSpan
from extracted import CAST, KELL, claims, speaker_of


@pytest.fixture(scope="module")
def cast_linker():
    return Linker(CAST + [KELL])


def test_a_long_signature_line_under_a_quotation_names_its_speaker(cast_linker):
    out = claims("What the ministers said on the ferry strike.\n\n"
                 "1. “The port stays open until the strike ends.”\n\n"
                 "-Tomas Varga, Borealian Minister of Transport, referring to the dockers of the northern harbour\n",
                 cast_linker)
    assert speaker_of(out, "The port stays open") == "varga"


def test_a_quotation_after_a_signed_one_without_a_signature_is_no_ones(cast_linker):
    out = claims("What the ministers said on the ferry strike.\n\n"
                 "1. “The port stays open until the strike ends.”\n\n-Tomas Varga\n\n"
                 "2. “The dockers will be paid in full by the spring.”\n",
                 cast_linker)
    assert speaker_of(out, "The port stays open") == "varga"
    assert speaker_of(out, "The dockers will be paid") is None


def test_a_signature_line_in_capitals_is_no_headline():
    text = "Remarks of the week.\n\n1. “The port stays open until the strike ends.”\n\n-President Halvard Ostberg\n"
    doc = parse_document("t.txt", text.encode(), "text/plain")
    start = text.index("Halvard")
    _, mentions = find_names(doc, [], (NamedSpan(Span(start, start + len("Halvard Ostberg")), "Person"),))
    assert [text[m.span.start:m.span.end] for m in mentions] == ["Halvard Ostberg"]


def test_a_paragraph_signed_at_its_end_after_a_dash_is_the_signers(cast_linker):
    out = claims("Said this week.\n\n"
                 "The port stays open. There has been no decision on the strike. – Borealian transport minister "
                 "Tomas Varga dismisses calls to close the harbour.\n\n"
                 "Tickets will rise by the spring. – Mira Orlen, R-Vell.\n",
                 cast_linker)
    assert speaker_of(out, "The port stays open") == "varga"
    assert speaker_of(out, "no decision on the strike") == "varga"
    assert speaker_of(out, "Tickets will rise") == "orlen"


def test_a_signature_of_a_name_and_a_title_alone_is_no_claim(cast_linker):
    out = claims("Said this week.\n\nTickets will rise by the spring. – Mira Orlen, R-Vell.\n", cast_linker)
    assert not [text for text, _ in out if "Orlen" in text]


def test_a_dash_inside_a_sentence_signs_nothing(cast_linker):
    out = claims("The port stays open. Ferries sailed on – Tomas Varga said the strike would end.\n", cast_linker)
    assert speaker_of(out, "The port stays open") is None
