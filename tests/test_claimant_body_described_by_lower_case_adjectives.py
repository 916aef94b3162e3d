"""Russian: lower-case adjectives that say which of its kind a body is («в районной администрации Каменска», «в пресс-службе
окружного суда Заречного») belong to the body's mention, so «в … заявили» reads the body as the speaker (invented
places)."""
import pytest

from extracted import speakers_as_written


@pytest.mark.parametrize("sentence, body", [
    ("В районной администрации Каменска заявили, что рудник закроют до осени.", "районной администрации Каменска"),
    ("В окружном суде Заречного сообщили, что рудник закроют до осени.", "окружном суде Заречного"),
    ("В пресс-службе районной администрации Каменска рассказали, что рудник закроют до осени.",
     "районной администрации Каменска"),
])
def test_the_described_body_speaks(linker, sentence, body):
    assert speakers_as_written(f"Рудник закрыт\n\n{sentence}\n", linker)[0] == body
