"""A poll's pollster may be named as the one who ran it rather than right beside the poll noun ("a poll by X", "X
conducted a survey", «X провёл опрос», «опрос, проведённый X»): the shares of respondents that follow are its
findings, as after "a Northwire poll"."""
import pytest

from claimsgraph.link import Linker
from extracted import claims_as_written, speaker_of


@pytest.fixture(scope="module")
def linker():
    return Linker([])


def test_shares_after_a_poll_by_a_pollster_are_its_findings(linker):
    text = ("Ruritania news\n\n"
            "Mara Velsen leads Ivo Marn 50% to 30%, according to a poll by Northwire Research, a polling firm.\n\n"
            "Some 20% of voters backed neither of the two.")
    assert speaker_of(claims_as_written(text, linker, name="t.txt"), "Some 20%") == "Northwire Research"


def test_shares_after_a_pollster_conducted_a_survey_are_its_findings(linker):
    text = ("Ruritania news\n\n"
            "Northwire Research conducted a new survey of farmers in Ruritania.\n\n"
            "Some 62 percent of respondents said the bridge should be rebuilt.")
    assert speaker_of(claims_as_written(text, linker, name="t.txt"), "62 percent") == "Northwire Research"


def test_shares_after_a_russian_pollster_ran_a_poll_are_its_findings(linker):
    text = ("Новости Руритании\n\n"
            "Фонд «Нордцентр» провел опрос о том, чего ждут жители Руритании.\n\n"
            "59% респондентов высказались за перемены, 30% — против.")
    assert speaker_of(claims_as_written(text, linker, name="ru_t.txt"), "59%") == "Фонд «Нордцентр»"


def test_a_share_after_an_unrelated_conducted_by_is_not_a_pollsters(linker):
    text = ("Ruritania news\n\n"
            "The vote was won by Mara Velsen, the Harbour Party said.\n\n"
            "Some 62 percent of voters backed her.")
    assert speaker_of(claims_as_written(text, linker, name="t.txt"), "62 percent") != "Mara Velsen"
