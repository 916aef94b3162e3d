"""Russian: a body's acronym the registry knows as one country's («МВД», «МЧС») followed by the genitive of a country
it does not know («МВД Руритании», «МЧС Руритании») is that other country's body, whatever the lemmatiser guesses the
unknown word to be (a given name's locative): not the registry's (invented countries)."""
import pytest

from extracted import speakers


@pytest.mark.parametrize("sentence", [
    "МВД Руритании заявило в понедельник, что мост закроют до июня.",
    "МЧС Руритании заявило в понедельник, что мост закроют до июня.",
])
def test_an_acronym_before_an_unknown_country_is_not_the_registrys_body(linker, sentence):
    found = speakers(f"Мост закрыт\n\n{sentence}\n", linker, name="ru_t.txt")
    assert found[0] is not None and found[0] not in ("russian-interior-ministry", "russian-emergencies-ministry")


def test_the_acronym_alone_or_with_its_own_country_stays_the_registrys(linker):
    found = speakers("Мост закрыт\n\nМВД России заявило, что мост закроют до июня.\n", linker, name="ru_t.txt")
    assert found[0] == "russian-interior-ministry"
