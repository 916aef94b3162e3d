"""No body says "I": a sentence in the singular first person outside quotation marks after a body spoke ("I think
…", "My view is …", «Я думаю …») is the author's own, not the body's report going on; after a person spoke it is
still that person's."""
import pytest

from claimsgraph.link import Linker
from extracted import speakers_as_written


@pytest.fixture(scope="module")
def linker():
    return Linker([])


@pytest.mark.parametrize("own", ["I think the rise will not last.", "My view is that the rise will not last."])
def test_the_singular_first_person_after_a_body_is_the_authors(linker, own):
    text = f"Velkor Systems said its sales rose last year.\n{own}"
    assert speakers_as_written(text, linker, name="t.txt") == ["Velkor Systems", None]


def test_the_singular_first_person_after_a_body_is_the_authors_in_russian(linker):
    text = "Компания «Велкор» сообщила, что продажи выросли.\nЯ думаю, что рост не продлится долго."
    assert speakers_as_written(text, linker, name="ru_t.txt") == ["Велкор", None]


def test_the_singular_first_person_after_a_person_is_still_hers(linker):
    text = "Mara Velsen said sales rose last year.\nI think the rise will not last."
    assert speakers_as_written(text, linker, name="t.txt") == ["Mara Velsen", "Mara Velsen"]


def test_the_plural_first_person_after_a_body_is_still_the_bodys(linker):
    text = "Velkor Systems said its sales rose last year.\nWe expect the rise to last, the firm's report adds."
    assert speakers_as_written(text, linker, name="t.txt") == ["Velkor Systems", "Velkor Systems"]
