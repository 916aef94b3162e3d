"""Russian: a later «в группировке добавили», «в движении уточнили» refers back to the armed group, the movement named
before (by its kind's word or the head words of its name), and «движение» after no movement named is no speaker
(invented groups and places)."""
from extracted import speaker_first_written


def test_the_armed_group_named_before_goes_on(linker):
    text = ("Рудник закрыт\n\nВ группировке «Армия освобождения Тарвинии» заявили, что рудник закроют до осени.\n\n"
            "Шахтёры вышли на митинг.\n\nВ группировке добавили, что шахтёрам выплатят пособие.\n")
    assert speaker_first_written(text, linker, "пособие", name="ru_t.txt") == "Армия освобождения Тарвинии"


def test_the_movement_named_before_goes_on(linker):
    text = ("Рудник закрыт\n\nВ движении «Стража Каменска» сообщили, что рудник закроют до осени.\n\n"
            "Шахтёры вышли на митинг.\n\nВ движении уточнили, что шахтёрам выплатят пособие.\n")
    assert speaker_first_written(text, linker, "пособие", name="ru_t.txt") == "движении «Стража Каменска»"
