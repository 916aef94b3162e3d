"""Event or statement (extract/kinds.py): force used on a crowd, a trial's steps, a fire and its fight told by words
the event tables lacked, and a progressive in a relative clause that is not the main verb's; invented sentences
only."""
import pytest

from claimsgraph.extract.kinds import claim_kind


def own_voice(sentence: str, lang: str = "en") -> str:
    return claim_kind(sentence, lang, None, "own_voice")


@pytest.mark.parametrize("sentence", [
    "Orlov officers sprayed tear gas at the marchers overnight.",
    "Riot units used pepper spray on the Velmar crowd yesterday.",
    "The marchers were kettled near the Orlov bridge.",
    "Students later staged a sit-in outside the Velmar library.",
    "The Orlov jury deliberated for six hours on Tuesday.",
    "Judge Quill remanded the tenant in custody.",
    "Crews extinguished the blaze at the Velmar depot.",
])
def test_force_trials_and_fires_are_events(sentence):
    assert own_voice(sentence) == "event"


def test_a_progressive_in_a_relative_clause_leaves_the_main_verb_past():
    sentence = "Guards detained two drivers who are facing charges in Orlov on Tuesday."
    assert own_voice(sentence) == "event"


def test_a_progressive_main_verb_is_still_no_event():
    assert own_voice("Crews are fighting the blaze at the Velmar depot today.") == "statement"


@pytest.mark.parametrize("sentence", [
    "Сарай загорелся около пяти часов утра.",
    "Горела крыша склада на улице Лесной.",
    "Возгорание случилось в подвале дома.",
    "Огонь удалось локализовать за сорок минут.",
    "Пламя удалось остановить у соседнего гаража.",
    "Пожарные ликвидировали возгорание к полудню.",
    "На место выезжали дознаватели.",
    "Спасатели пробрались в подвал через окно.",
])
def test_russian_fires_and_call_outs_are_events(sentence):
    assert own_voice(sentence, "ru") == "event"


def test_russian_fire_to_be_put_out_is_no_event():
    assert own_voice("Пожарные будут ликвидировать последствия до вечера.", "ru") == "statement"


def test_a_russian_clock_time_with_a_dot_times_the_act():
    assert own_voice("Сигнал о задымлении поступил в диспетчерскую в 08.40.", "ru") == "event"


def test_a_russian_decimal_rate_is_no_clock_time():
    assert own_voice("Тарифы выросли в 1.25 раза.", "ru") == "statement"
