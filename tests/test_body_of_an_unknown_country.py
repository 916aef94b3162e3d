"""A Russian body's noun before a country the registry does not know, its name in -ия in the genitive, names that
country's body whatever case the lemmatiser guesses or type the model gives the name (names.py:
_Finder.owners_in_the_genitive)."""
import pytest

from claimsgraph.extract import extract
from claimsgraph.ingest import parse_document
from extracted import ru_claimant_labels


def test_those_in_an_unknown_country_s_ministry_speak_for_it(linker):
    text = "В министерстве транспорта Руритании сообщили, что паромы ходят по расписанию."
    assert ru_claimant_labels(linker, text) == ["министерство транспорта Руритании"]


def test_an_unknown_country_s_embassy_speaks(linker):
    text = "Посольство Руритании сообщило, что консульский отдел закрыт на праздники."
    assert ru_claimant_labels(linker, text) == ["Посольство Руритании"]   # the model's name: its capital kept



@pytest.mark.parametrize("text", [
    "Как сообщил Вельнано, завод работает в три смены. Министерство Вельнано проект не финансирует.",
    "Как сообщил Ростемно, проект закрыт. Министерство Ростемно проект не финансирует.",
])
def test_a_company_owns_no_state_body(linker, text):
    """A one-word company of the model's, its name not a country's in -ии, owns no ministry."""
    doc = parse_document("ru_t.txt", f"Новости\n\n{text}\n".encode(), "text/plain")
    assert not [e.label for e in extract(doc, linker).new_entities if " " in e.label]
