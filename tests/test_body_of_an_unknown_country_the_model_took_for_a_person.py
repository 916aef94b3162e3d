"""Russian: a body's noun and field in lower case before a country the registry does not know, in the genitive
(«представитель министерства финансов Руритании»), name that country's body even where the model took the country's
one word for a person's name (invented countries)."""
import pytest

from extracted import speakers_as_written


@pytest.mark.parametrize("sentence", [
    "«Мост останется закрытым до июня», — говорится в заявлении министерства финансов Руритании.",
    "Представитель министерства финансов Руритании заявил, что мост останется закрытым до июня.",
])
def test_the_ministry_of_an_unknown_country_speaks(linker, sentence):
    found = speakers_as_written(f"Мост закрыт\n\n{sentence}\n", linker)
    assert found[0] == "министерства финансов Руритании"
