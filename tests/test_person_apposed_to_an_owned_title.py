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


@pytest.mark.parametrize("text", [
    "Prices\n\nVexa Holdings, Ruritania's market leader, said prices would rise.\n",
    "Copper\n\nKelby Mining, Ruritania's leader in copper, said output fell.\n",
    "Grid\n\nOstervik Energy, Ruritania's biggest member, said output fell.\n",
    "Veto\n\nThe bloc's newest member, Vexa Republic, said it would veto the plan.\n",
])
def test_a_firm_or_a_state_apposed_to_an_owned_title_is_no_person(linker, text):
    assert not [who for who in claimant_labels(text, linker, with_type=True) if isinstance(who, tuple)
                and who[1] == "Person"]
