"""A title whose owner is named ("Borealia's spokesman") and the person the text gave that title: only the words
of that person's own titles, not the words around the name, decide (invented texts)."""
import pytest

from claimsgraph.extract.attribution import _title_run
from claimsgraph.link import Linker
from claimsgraph.model import Entity
from extracted import claimants

ENTITIES = [
    Entity("varga", "Tomas Varga", "Person", pref_labels=(("Tomas Varga", "en"), ("Томас Варга", "ru")),
           alt_labels=(("Varga", "en"), ("Варга", "ru"))),
    Entity("borealia", "Borealia", "Country", pref_labels=(("Borealia", "en"), ("Бореалия", "ru"))),
]


@pytest.fixture(scope="module")
def linker():
    return Linker(ENTITIES)


@pytest.mark.parametrize("words, run", [
    ("NORTHTOWN, May 04 (NPA) – Foreign Ministry Spokesman".split(), ["Foreign", "Ministry", "Spokesman"]),
    ("He was welcomed by President".split(), ["President"]),
    ("the lakes, said".split(), ["said"]),
    ("Referring to the probe,".split(), []),
    ("(Norvian spokesman".split(), ["(Norvian", "spokesman"]),
])
def test_the_title_run_is_the_words_right_before_the_name(words, run):
    assert _title_run(words) == run


def test_a_dateline_before_the_name_does_not_keep_the_title_from_its_holder(linker):
    text = ("NORTHTOWN, May 04 (NPA) – Foreign Ministry Spokesman Tomas Varga held a briefing on Monday. "
            "Speaking of the glacier survey balloon, Varga said the country would keep its plans. "
            "Borealia's spokesman, criticizing the tariffs, noted that the talks would go on.")
    assert claimants(text, linker)["Borealia's spokesman, criticizing the tariffs, noted that the talks would go "
                                "on."] == "varga"


@pytest.mark.parametrize("first", [
    "Norvian spokesman Tomas Varga said on Monday that the ferry talks were over.",
    "Tomas Varga, a Norvian spokesman, said on Monday that the ferry talks were over.",
])
def test_a_title_with_another_owner_still_keeps_its_holder_out(linker, first):
    text = first + " Borealia's spokesman later said the delegation would leave on Friday."
    assert claimants(text, linker)["Borealia's spokesman later said the delegation would leave on Friday."] != "varga"


ENTITIES_RU = ENTITIES + [
    Entity("orlen", "Mira Orlen", "Person", pref_labels=(("Mira Orlen", "en"), ("Мира Орлен", "ru")),
           alt_labels=(("Orlen", "en"), ("Орлен", "ru"))),
]


@pytest.mark.parametrize("text, said, speaker", [
    ("Президент Томас Варга посетил порт. Об этом заявила пресс-секретарь президента Мира Орлен. "
     "Тогда же пресс-секретарь президента допустила, что переговоры продолжатся в мае.",
     "Тогда же пресс-секретарь президента допустила, что переговоры продолжатся в мае.", "orlen"),
    ("Президент Томас Варга посетил порт. Тогда же пресс-секретарь президента допустил, что переговоры "
     "продолжатся в мае.",
     "Тогда же пресс-секретарь президента допустил, что переговоры продолжатся в мае.", None),
    ("Президент Томас Варга посетил порт. Президент заявил, что переговоры продолжатся в мае.",
     "Президент заявил, что переговоры продолжатся в мае.", "varga"),
])
def test_a_title_that_governs_another_is_the_subject_not_the_person_it_serves(text, said, speaker):
    assert claimants(text, Linker(ENTITIES_RU))[said] == speaker


def test_a_hyphenated_title_the_parser_splits_is_still_the_holder_s(linker):
    """"Borealia's secretary-general": the parser reads "general" as the head; the whole word is the title."""
    text = ("The election in Borealia.\n\nBorealia's secretary-general, Tomas Varga, spoke on Monday.\n\n"
            "Borealia's secretary-general said the new ferry fares were far too high.")
    assert claimants(text, linker)["Borealia's secretary-general said the new ferry fares were far too high."] \
        == "varga"
