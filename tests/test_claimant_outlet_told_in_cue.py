"""«Как сообщил Нординфо глава МИД X, …», «Как заявил в интервью «Вестрим» депутат X, …»: an outlet in the phrase of
a cue that wants a subject is who was told, when a person in the nominative follows it in its clause or a noun in
a case no subject takes stands before it; the person spoke, not the outlet."""
import pytest

from claimsgraph.extract import extract
from claimsgraph.ingest import parse_document
from claimsgraph.link import Linker
from claimsgraph.model import Entity

ENTITIES = [
    Entity("nordinfo", "Nordinfo news agency", "Organization",
           pref_labels=(("Nordinfo news agency", "en"),), alt_labels=(("Нординфо", "ru"),)),
    Entity("petrescu", "Ion Petrescu", "Person", pref_labels=(("Ион Петреску", "ru"),),
           alt_labels=(("Петреску", "ru"),), gender="masc"),
]


@pytest.fixture(scope="module")
def linker():
    return Linker(ENTITIES)


def claimants(text, linker):
    doc = parse_document("ru_t.txt", text.encode(), "text/plain")
    result = extract(doc, linker)
    names = {m.entity: doc.text[m.span.start:m.span.end] for m in result.mentions}
    return [names.get(c.claimant, c.claimant) for c in result.claims if c.kind != "quantity"]


@pytest.mark.parametrize("text, speaker", [
    ("Как сообщил Нординфо глава МИД Эстерии Ион Петреску, переговоры о речной границе продолжатся осенью.",
     "Ион Петреску"),
    ("Как заявил в интервью «Вестрим» депутат Ян Томсон, законопроект о паромах будет рассмотрен осенью.",
     "Ян Томсон"),
])
def test_the_outlet_in_the_cue_was_told(linker, text, speaker):
    assert claimants(text, linker) == [speaker]


def test_an_outlet_alone_in_the_cue_speaks(linker):
    assert claimants("Как сообщило Нординфо, переговоры о речной границе продолжатся осенью.", linker) == ["Нординфо"]
