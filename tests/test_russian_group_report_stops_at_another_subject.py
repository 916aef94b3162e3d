"""«Жители заявили, что … . Чиновники обещали …»: a group named by what its people are does not carry its report into
the next sentence whose own subject is another noun, as "Residents said … Officials promised …"; «власти» are a
group of their own, as "authorities" are (invented)."""
import pytest

from extracted import claims_as_written


@pytest.mark.parametrize("text", [
    "Жители заявили, что воды нет. Чиновники обещали починить трубу к пятнице.",
    "Врачи сообщили, что мест в больнице нет. Ремонтники обещали открыть новое отделение.",
    "Очевидцы рассказали, что слышали три взрыва. Чиновники обещали проверить склад.",
])
def test_the_group_does_not_speak_for_another_subject(linker, text):
    out = claims_as_written(text, linker, name="ru_t.txt")
    assert len(out) == 2 and out[0][1] is not None and out[1][1] is None


@pytest.mark.parametrize("text", [
    "Жители заявили, что воды нет. Власти обещали починить трубу к пятнице.",
    "Очевидцы рассказали, что слышали три взрыва. Также тарвинские власти выражают уверенность, что склад цел.",
])
def test_the_authorities_speak_for_themselves_not_the_group_before(linker, text):
    out = claims_as_written(text, linker, name="ru_t.txt")
    assert len(out) == 2 and None not in (out[0][1], out[1][1]) and out[0][1] != out[1][1]


def test_the_authorities_as_the_genitive_of_a_noun_are_not_who_speaks(linker):
    out = claims_as_written("Представители власти заявили, что склад цел.", linker, name="ru_t.txt")
    assert out and all(who is None or "власт" not in who for _, who in out)
