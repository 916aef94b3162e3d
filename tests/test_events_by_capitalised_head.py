""""The Tarnia Marathon was cancelled", "the Vell 2030 Games", "won the Ostrova Prize": capitalised words (or a
year) before an event's own head name the event, though no model found it, without the article or the weekday that
opens the sentence; a head alone names nothing. Invented places, events and people."""
import pytest

from claimsgraph.link import Linker
from extracted import new_types


@pytest.fixture(scope="module")
def linker():
    return Linker([])


def _types(text, linker):
    """The new entities of ``text`` set between a headline and a closing line."""
    return new_types(f"News\n\n{text}\n\nNo other details were given.\n", linker)


@pytest.mark.parametrize("text, event", [
    ("The Ostrel Marathon was cancelled because of the heat, organisers said.", "Ostrel Marathon"),
    ("The Darnby 2034 Games will cost less than planned, a committee official said.", "Darnby 2034 Games"),
    ("Writer Jon Arvid won the Kessler Prize for his second book on Tuesday.", "Kessler Prize"),
    ("On Friday the Varnby Folk Festival opened with a new comedy.", "Varnby Folk Festival"),
])
def test_an_event_named_by_its_capitalised_head(linker, text, event):
    assert _types(text, linker).get(event) == "Event"


def test_a_head_alone_names_no_event(linker):
    assert not any(t == "Event" for t in _types("The Marathon was cancelled because of the heat.", linker).values())


@pytest.mark.parametrize("text, words", [
    ("Mara Velsen of Ostrel Games said the studio would hire 200 people.", "Ostrel Games"),
    ("Under Ruritania Games rules, each team may bring ten athletes.", "Under Ruritania"),
    ("Both Tarnby Open finalists said the courts were too slow.", "Both"),
    ("Former Masters champion Jon Arvid said he would retire.", "Former"),
    ("When Festival organisers met on Monday, they agreed to cut prices.", "When"),
])
def test_no_event_out_of_another_name_or_a_sentence_opener(linker, text, words):
    assert not any(words in label for label, kind in _types(text, linker).items() if kind == "Event")


def test_no_event_cut_out_of_a_longer_name(linker):
    assert _types("The Lindholm Festival Fringe drew large crowds, organisers said.", linker).get(
        "Lindholm Festival") is None


def test_a_prize_is_an_event_as_the_gold_has_it(linker):
    assert _types("Writer Jon Arvid won the Kessler Prize for his second book.", linker).get("Kessler Prize") == "Event"
