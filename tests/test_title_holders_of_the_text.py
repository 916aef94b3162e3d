"""A title is held by the one the text gives it to, or else by the registry's holder at the article's date
(``cg:roleTerm``), not by the registry's holder of another year; a title that names the office ("стать
премьером") is no one; an aide or an adviser of an office holder, or a deputy in Russian, speaks in their own voice,
not the holder's (invented texts)."""
import pytest

from claimsgraph.errors import OntologyError
from claimsgraph.extract import extract
from claimsgraph.ingest import parse_document
from claimsgraph.link import Linker
from claimsgraph.model import Entity
from claimsgraph.registry import load_registry
from extracted import claimants

ENTITIES = [
    Entity("ilse-varga", "Ilse Varga", "Person",
           pref_labels=(("Ilse Varga", "en"), ("Ильзе Варга", "ru")), alt_labels=(("Varga", "en"), ("Варга", "ru")),
           roles=(("Northern Council chief", "en"), ("Northern Council secretary general", "en"),
                  ("secretary general of the Northern Council", "en"), ("Borealian prime minister", "en"),
                  ("премьер-министр Бореалии", "ru"))),
    Entity("northern-council", "Northern Council", "Organization", pref_labels=(("Northern Council", "en"),)),
    Entity("borealia", "Borealia", "Country", pref_labels=(("Borealia", "en"), ("Бореалия", "ru"))),
]


@pytest.fixture(scope="module")
def linker():
    return Linker(ENTITIES)


def _extraction(text, linker):
    doc = parse_document("t.txt", text.encode(), "text/plain")
    return doc, extract(doc, linker)


def test_a_title_the_text_gives_to_another_is_theirs_in_that_text(linker):
    text = ("Northern Council Secretary General Jonas Tamm met the harbour pilots on Monday.\n\n"
            "The Northern Council chief said the new locks would open in spring.")
    doc, x = _extraction(text, linker)
    assert "ilse-varga" not in {m.entity for m in x.mentions}
    said = next(c for c in x.claims if doc.text[c.span.start:c.span.end].startswith("The Northern Council chief"))
    assert said.claimant not in (None, "ilse-varga")
    assert linker.entities.get(said.claimant) is None   # the person the text named, not a registry entry


@pytest.mark.parametrize("titled", [
    "The Northern Council Secretary General, Jonas Tamm, said:",
    "Opening the session, the Northern Council Secretary General for Harbours and Locks, Jonas Tamm, said:",
])
def test_a_title_apposed_to_another_name_is_theirs(linker, titled):
    text = f"{titled}\n“The new locks will open in spring, and the pilots will be paid more.”"
    doc, x = _extraction(text, linker)
    assert "ilse-varga" not in {m.entity for m in x.mentions}
    said = next(c for c in x.claims if doc.text[c.span.start:c.span.end].startswith("The new locks"))
    assert said.claimant not in (None, "ilse-varga")


def test_a_former_holder_named_leaves_the_title_to_the_registrys_holder(linker):
    text = ("Former Northern Council Secretary General Jonas Tamm met the harbour pilots on Monday.\n\n"
            "The Northern Council chief said the new locks would open in spring.")
    assert claimants(text, linker)["The Northern Council chief said the new locks would open in spring."] \
        == "ilse-varga"


def test_a_title_the_text_also_gives_to_the_registrys_holder_stays_hers(linker):
    text = ("Northern Council Secretary General Ilse Varga met the harbour pilots on Monday. Later, Northern "
            "Council Secretary General Jonas Tamm joined them.\n\n"
            "The Northern Council chief said the new locks would open in spring.")
    _, x = _extraction(text, linker)
    assert "ilse-varga" in {m.entity for m in x.mentions if m.via == "role"}


def test_a_russian_title_given_to_another_is_theirs(linker):
    text = ("Премьер-министр Бореалии Олег Савин посетил порт в понедельник.\n\n"
            "Как отметил премьер-министр Бореалии, шлюзы откроют весной.")
    _, x = _extraction(text, linker)
    assert "ilse-varga" not in {m.entity for m in x.mentions}


@pytest.mark.parametrize("text", [
    "A senior aide to the Borealian prime minister said the locks would open in spring.",
    "An adviser to the Borealian prime minister said the locks would open in spring.",
    "Ilse Varga's adviser said the locks would open in spring.",
    "Заместитель премьер-министра Бореалии заявил, что шлюзы откроют весной.",
    "Советник премьер-министра Бореалии заявил, что шлюзы откроют весной.",
])
def test_an_aide_of_an_office_holder_is_not_the_holder(linker, text):
    assert set(claimants(text, linker).values()) == {None}


@pytest.mark.parametrize("text", [
    "The Borealian prime minister said the locks would open in spring.",
    "Премьер-министр Бореалии заявил, что шлюзы откроют весной.",
])
def test_the_holder_alone_still_speaks(linker, text):
    assert set(claimants(text, linker).values()) == {"ilse-varga"}


TURTLE = """@prefix cg: <https://w3id.org/claimsgraph/ontology#> .
@prefix cge: <https://w3id.org/claimsgraph/entity/> .
@prefix schema: <https://schema.org/> .
@prefix skos: <http://www.w3.org/2004/02/skos/core#> .

cge:ilse-varga a schema:Person ;
    cg:roleTerm "2024-02-01/2028-02-01", "2030-06-01/.." ;
    skos:prefLabel "Ilse Varga"@en ;
    cg:roleLabel "Northern Council chief"@en .
"""


def _registry(tmp_path, turtle=TURTLE):
    path = tmp_path / "terms.ttl"
    path.write_text(turtle, encoding="utf-8")
    return load_registry(path)


def test_the_registry_reads_terms_of_office(tmp_path):
    varga = _registry(tmp_path)[0]
    assert varga.terms == (("2024-02-01", "2028-02-01"), ("2030-06-01", ""))
    assert [varga.holds_roles_on(d) for d in ("2025-03-03", "2029-03-03", "2031-03-03", None)] \
        == [True, False, True, True]


def test_a_term_that_is_no_interval_of_dates_is_refused(tmp_path):
    with pytest.raises(OntologyError, match="cg:roleTerm"):
        _registry(tmp_path, TURTLE.replace("2030-06-01/..", "since 2030"))


@pytest.mark.parametrize("dateline, speaker", [
    ("NORTHTOWN, March 3, 2029 - ", None),            # between her terms: someone else held it
    ("NORTHTOWN, March 3, 2031 - ", "ilse-varga"),
    ("", "ilse-varga"),                                # no date: the registry's holder
])
def test_a_title_alone_is_the_registrys_holder_only_in_her_terms(tmp_path, dateline, speaker):
    linker = Linker(_registry(tmp_path))
    said = "The Northern Council chief said the new locks would open in spring."
    assert claimants(dateline + said, linker)[said] == speaker


def test_the_holder_the_text_names_wins_outside_the_registrys_terms(tmp_path):
    linker = Linker(_registry(tmp_path))
    said = "The Northern Council chief said the new locks would open in spring."
    out = claimants("NORTHTOWN, March 3, 2029 - Northern Council chief Jonas Tamm met the harbour pilots.\n\n" + said,
                    linker)
    assert out[said] not in (None, "ilse-varga")


@pytest.mark.parametrize("text", [
    "Who will become the Borealian prime minister after the vote is unclear.",
    "She was elected Borealian prime minister in a landslide.",
    "Кто станет премьер-министром Бореалии, пока неясно.",
    "Он напомнил, что Олег Савин ранее занимал пост премьер-министра Бореалии.",
])
def test_a_title_that_names_an_office_names_no_holder(linker, text):
    _, x = _extraction(text, linker)
    assert "ilse-varga" not in {m.entity for m in x.mentions}


def test_the_built_in_titles_of_the_un_are_also_written_with_stops():
    from tests.conftest import ONTOLOGY
    roles = {t for e in load_registry(ONTOLOGY / "registry.ttl") for t, _ in e.roles}
    assert {t for t in roles if t.startswith("UN ")}
    assert all("U.N. " + t[3:] in roles for t in roles if t.startswith("UN "))
