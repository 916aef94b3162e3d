"""«Как сказала в интервью радиостанции «X» губернатор Y, …»: a radio station and a journal are kinds of outlet, as
an agency or a paper is: the outlet interviewed relays, the person after it speaks (invented people and outlets)."""
import pytest

from claimsgraph.extract import extract
from claimsgraph.ingest import parse_document


def speaker_and_relays(text, linker):
    """The spoken claim's claimant and relays, each as the text first wrote one of its mentions."""
    doc = parse_document("ru_t.txt", text.encode(), "text/plain")
    result = extract(doc, linker)
    first = {}
    for m in result.mentions:
        first.setdefault(m.entity, doc.text[m.span.start:m.span.end])
    claim = [c for c in result.claims if c.kind != "quantity"][-1]
    return first.get(claim.claimant), tuple(first.get(e) for e in claim.via)


@pytest.mark.parametrize("text, speaker, relay", [
    ("Как сказал в интервью радиостанции «Прибой» мэр Олег Дарин, набережную откроют в мае.",
     "Олег Дарин", "Прибой"),
    ("Как заявила в интервью журналу «Маяк» депутат Ольга Вереева, закон о лесах примут осенью.",
     "Ольга Вереева", "Маяк"),
])
def test_the_person_after_the_outlet_speaks(linker, text, speaker, relay):
    who, relays = speaker_and_relays(text, linker)
    assert who == speaker and len(relays) == 1 and relay in relays[0]


def test_the_press_told_is_no_journal(linker):
    text = "Как сообщил журналистам мэр Олег Дарин, набережную откроют в мае."
    assert speaker_and_relays(text, linker) == ("Олег Дарин", ())
