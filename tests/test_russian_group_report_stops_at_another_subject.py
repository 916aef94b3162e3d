"""«Жители заявили, что … . Власти обещали …»: a group named by what its people are does not carry its report into
the next sentence whose own subject is another noun, as "Residents said … Officials promised …" (invented)."""
import pytest

from extracted import claims_as_written


@pytest.mark.parametrize("text", [
    "Жители заявили, что воды нет. Власти обещали починить трубу к пятнице.",
    "Врачи сообщили, что мест в больнице нет. Власти обещали открыть новое отделение.",
    "Очевидцы рассказали, что слышали три взрыва. Власти обещали проверить склад.",
])
def test_the_group_does_not_speak_for_another_subject(linker, text):
    out = claims_as_written(text, linker, name="ru_t.txt")
    assert len(out) == 2 and out[0][1] is not None and out[1][1] is None
