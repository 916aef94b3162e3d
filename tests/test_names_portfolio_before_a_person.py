"""The words of a portfolio that the model reads into a person's name right after a title's preposition ("Minister of
Economy Hovik Dorbyan", "Minister for Energy and Mines Tomas Ruiz") are the title's: the person is the name after
them."""
import pytest


@pytest.mark.parametrize("title, read", [("Minister of Economy", "Economy Hovik Dorbyan"),
                                         ("Secretary for Foreign Affairs", "Foreign Affairs Hovik Dorbyan"),
                                         ("Minister for Energy and Mines", "Mines Hovik Dorbyan")])
def test_the_portfolio_is_no_part_of_the_persons_name(typed, title, read):
    found, _ = typed(f"Sector report\n\nTarsian {title} Hovik Dorbyan said on Monday that the sector was growing.\n",
                     [(read, "Person", 0)])
    assert found.get("Hovik Dorbyan") == "Person"
    assert read not in found

