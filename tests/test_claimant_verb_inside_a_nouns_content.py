"""A verb of saying inside the clause that says what a post, a rumour or a message holds («пост о том, что мэрия
Ольховска просит …») does not make its subject the sentence's speaker: the post is what the sentence reports,
in the article's own voice; a speaker who tells of that content keeps the sentence («мэр рассказал о том, что …»)."""
import pytest

from claimsgraph.link import Linker
from extracted import speakers_as_written


@pytest.fixture(scope="module")
def linker():
    return Linker([])


@pytest.mark.parametrize("noun", ["разошелся пост", "появилась информация"])
def test_the_body_inside_a_posts_content_is_no_speaker(linker, noun):
    text = f"В городских чатах {noun} о том, что мэрия Ольховска просит жителей звонить на горячую линию."
    assert speakers_as_written(text, linker) == [None]


def test_a_speaker_telling_of_the_content_keeps_the_sentence(linker):
    text = "Иван Петрович Сомов рассказал о том, что мэрия Ольховска просит жителей звонить на горячую линию."
    assert speakers_as_written(text, linker) == ["Иван Петрович Сомов"]
