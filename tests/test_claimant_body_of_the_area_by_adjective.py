"""A regional body named again by the adjective of its kind of area speaks as the body named before: «пресс-служба
областного правительства» after «в правительстве Тарвинской области» is that government, not a new body, even where
the area was named only inside the body's name."""
import pytest

from claimsgraph.link import Linker
from extracted import claims


@pytest.fixture(scope="module")
def linker():
    return Linker([])


@pytest.mark.parametrize("area, adjective", [("Тарвинской области", "областного"), ("Тарвинского края", "краевого")])
def test_the_government_of_the_area_by_its_adjective_is_the_one_named_before(linker, area, adjective):
    text = (f"В правительстве {area} прокомментировали слухи о закрытии рынка в Ольховске.\n\n"
            "«Информация о закрытии рынка является недостоверной», — прокомментировала пресс-служба "
            f"{adjective} правительства.")
    out = claims(text, linker, name="ru_t.txt")
    assert len(out) == 2 and out[0][1] is not None and out[1][1] == out[0][1]


def test_a_body_of_another_noun_is_not_the_one_named_before(linker):
    text = ("В правительстве Тарвинской области прокомментировали слухи о закрытии рынка в Ольховске.\n\n"
            "«Нарушений на рынке не найдено», — сообщили в пресс-службе областного суда.")
    out = claims(text, linker, name="ru_t.txt")
    assert out[-1][1] is not None and out[-1][1] != out[0][1]
