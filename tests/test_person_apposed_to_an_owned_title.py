"""A person named between commas after a lower-case title and its owner or article ("Ostervik's mayor, Ilva Rensk,
said"), or before such an owned title ("Ilva Rensk, Ostervik's mayor, said"), speaks, not the owner; a name the model
may read as nothing (names.py ``person_after_owned_title``, ``person_in_apposition``; invented people and places)."""
import pytest

from extracted import claimant_labels


@pytest.mark.parametrize("text", [
    "Bridge\n\nOstervik's mayor, Ines Tarro, said the bridge would reopen in May.\n",
    "Bridge\n\nRuritania's mayor, Ines Tarro, said the bridge would reopen in May.\n",
    "Bridge\n\nOn Monday, the town's mayor, Ines Tarro, told reporters that the bridge would reopen.\n",
    "Bridge\n\nThe bridge will reopen in May, the mayor, Ines Tarro, said.\n",
    "Bridge\n\nAccording to Ostervik's mayor, Ines Tarro, the bridge will reopen in May.\n",
    "Bridge\n\nInes Tarro, Ostervik's mayor, said the bridge would reopen in May.\n",
])
def test_a_name_apposed_to_an_owned_title_speaks(linker, text):
    assert claimant_labels(text, linker) == ["Ines Tarro"]
