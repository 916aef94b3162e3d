"""«Глава тарнийского МИД X»: a head's title may put its country's adjective before the body; it still names the
office, so «Министр отметил …» after X spoke is X's, not a registry minister the text only met him with."""
import pytest

from claimsgraph.extract import extract
from claimsgraph.ingest import parse_document
from claimsgraph.link import Linker
from claimsgraph.model import Entity

ENTITIES = [
    Entity("petrescu", "Ion Petrescu", "Person", pref_labels=(("Ион Петреску", "ru"),),
           alt_labels=(("Петреску", "ru"),), gender="masc"),
    Entity("lindqvist", "Ola Lindqvist", "Person", pref_labels=(("Ула Линдквист", "ru"),),
           alt_labels=(("Линдквист", "ru"), ("Улой Линдквистом", "ru")),
           roles=(("министр иностранных дел Эстерии", "ru"),), gender="masc"),
]


@pytest.fixture(scope="module")
def linker():
    return Linker(ENTITIES)


def claimants(text, linker):
    doc = parse_document("ru_t.txt", text.encode(), "text/plain")
    return [c.claimant for c in extract(doc, linker).claims if c.kind != "quantity"]


@pytest.mark.parametrize("title", ["Глава тарнийского МИД", "Глава тарнийского внешнеполитического ведомства"])
def test_title_with_a_country_adjective_names_the_office(linker, title):
    text = (f"{title} Ион Петреску назвал Эстерию партнером на встрече с коллегой Улой Линдквистом.\n\n"
            "Петреску прокомментировал отвод патрулей с речной переправы. "
            "Министр отметил, что патрули изначально прибыли туда на один сезон.")
    assert claimants(text, linker) == ["petrescu", "petrescu", "petrescu"]


@pytest.mark.parametrize("title", ["Глава районного ведомства", "Руководитель городского министерства"])
def test_a_regional_or_local_body_names_no_national_office(linker, title):
    text = (f"{title} Ион Петреску назвал Эстерию партнером на встрече с коллегой Улой Линдквистом.\n\n"
            "Петреску прокомментировал отвод патрулей с речной переправы. "
            "Министр отметил, что патрули изначально прибыли туда на один сезон.")
    assert claimants(text, linker)[-1] != "petrescu"
