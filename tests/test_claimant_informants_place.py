"""Unnamed informants cited with the country they work in ("со ссылкой на источник в силовых структурах
Бореалии", "по словам источника в Бореалии") leave the country unspoken for, as "сообщил источник в …" does:
the outlet that cites them reports, or no one named."""
import pytest

from claimsgraph.link import Linker
from extracted import CAST, claims, speaker_of


@pytest.fixture(scope="module")
def cast_linker():
    return Linker(CAST)


@pytest.mark.parametrize("text", [
    "По словам источника в таможенных органах Бореалии, груз задержан на границе.",
    "По словам собеседника в Бореалии, груз задержан на границе.",
    "Груз задержан на границе. Об этом пишет газета со ссылкой на источник в таможенных органах Бореалии.",
])
def test_the_country_of_unnamed_informants_does_not_speak(cast_linker, text):
    assert speaker_of(claims(text, cast_linker), "задержан на границе") != "borealia"


def test_the_outlet_citing_them_reports(cast_linker):
    out = claims("Груз задержан на границе, сообщает газета «Северный курьер» со ссылкой на источники в Бореалии.",
                 cast_linker)
    assert speaker_of(out, "задержан на границе") not in (None, "borealia")


def test_a_country_cited_by_its_authorities_still_speaks(cast_linker):
    out = claims("Груз задержан на границе, сообщает газета «Северный курьер» со ссылкой на власти Бореалии.",
                 cast_linker)
    assert speaker_of(out, "задержан на границе") == "borealia"
