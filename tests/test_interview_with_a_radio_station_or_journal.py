"""«Как сказала в интервью радиостанции «X» губернатор Y, …»: a radio station and a journal are kinds of outlet, as
an agency or a paper is: the outlet interviewed relays, the person after it speaks (invented people and outlets)."""
import pytest

from extracted import speaker_and_relays


@pytest.mark.parametrize("text, speaker, relay", [
    ("Как сказал в интервью радиостанции «Прибой» мэр Олег Дарин, набережную откроют в мае.",
     "Олег Дарин", "Прибой"),
    ("Как заявила в интервью журналу «Маяк» депутат Ольга Вереева, закон о лесах примут осенью.",
     "Ольга Вереева", "Маяк"),
])
def test_the_person_after_the_outlet_speaks(linker, text, speaker, relay):
    who, relays = speaker_and_relays(text, linker)
    assert who == speaker and len(relays) == 1 and relay in relays[0]


def test_the_press_told_is_no_journal(linker):
    text = "Как сообщил журналистам мэр Олег Дарин, набережную откроют в мае."
    assert speaker_and_relays(text, linker) == ("Олег Дарин", ())
