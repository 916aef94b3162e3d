"""«Как рассказали журналистам в компании X, …»: the press the words were told to, between the plural verb and
«в», leaves the body after it the speaker, as a correspondent there does (invented bodies)."""
import pytest

from extracted import speakers_as_written


@pytest.mark.parametrize("text, body", [
    ("Как рассказали журналистам в компании «Северолес», вырубка прекращена.", "компании «Северолес»"),
    ("Как сообщили репортерам в фонде «Заря», урожай собран полностью.", "фонде «Заря»"),
])
def test_the_body_after_the_press_speaks(linker, text, body):
    assert speakers_as_written(text, linker) == [body]
