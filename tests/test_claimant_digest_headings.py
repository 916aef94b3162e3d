"""A digest of remarks sets each speaker's name alone on a line over their words: that line is no byline, and
under it a quotation no frame names, a sentence that only describes its speaker by title or pronoun, and one
that names a country only as the land of a title, are that person's; an item with no heading of its own does
not carry the last section's speaker over."""
import pytest

from claimsgraph.link import Linker
from extracted import CAST, KELL, body_texts, claims, speaker_of


@pytest.fixture(scope="module")
def cast_linker():
    return Linker(CAST + [KELL])


DIGEST = ("Томас Варга\n\n«Паромы подорожают к маю».\n\n"
          "Министр транспорта сообщил, что порт закроют весной.\n\n"
          "Мира Орлен\n\n«Билеты подешевеют осенью». По словам министра финансов Бореалии, налоги снизят.\n\n"
          "Арно Келл\n\n«Верфь закроют летом». По его словам, рабочих переведут в доки.\n\n"
          "«Склады опустеют к зиме». Губернатор считает, что склады продадут.\n")


def test_a_name_alone_over_an_untagged_quotation_is_no_byline():
    assert "Томас Варга" in body_texts(DIGEST)


def test_a_byline_over_a_tagged_quotation_stays_a_byline():
    text = "Томас Варга\n\n«Паромы подорожают», — сказала Мира Орлен журналистам в порту Бореалии.\n"
    assert "Томас Варга" not in body_texts(text)


@pytest.mark.parametrize("words, who", [
    ("Паромы подорожают", "varga"),
    ("Министр транспорта сообщил", "varga"),
    ("Билеты подешевеют", "orlen"),
    ("Верфь закроют", "kell"),
    ("рабочих переведут", "kell"),
])
def test_the_heading_names_who_speaks_under_it(cast_linker, words, who):
    assert speaker_of(claims(DIGEST, cast_linker), words) == who


def test_a_country_named_only_after_a_title_is_not_the_speaker_under_a_heading(cast_linker):
    assert speaker_of(claims(DIGEST, cast_linker), "налоги снизят") == "orlen"


def test_an_item_with_no_heading_does_not_carry_the_last_speaker(cast_linker):
    out = claims(DIGEST, cast_linker)
    assert speaker_of(out, "Склады опустеют") is None
    assert speaker_of(out, "склады продадут") is None
