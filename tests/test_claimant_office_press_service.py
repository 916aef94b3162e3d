"""«Как сообщили в пресс-службе губернатора, …»: the press service of an office speaks for its holder, the one the
text named with that office, else for no one it named; never for another body that spoke before."""
import pytest

from claimsgraph.link import Linker
from extracted import speakers_as_written as claimants


@pytest.fixture(scope="module")
def linker():
    return Linker([])


@pytest.mark.parametrize("report", [
    "Как сообщили в пресс-службе губернатора, ремонт моста через Вилку завершится в июле.",
    "Ремонт моста через Вилку завершится в июле, сообщили в пресс-службе губернатора.",
])
def test_an_unnamed_holders_press_service_is_no_other_body(linker, report):
    text = f"В Министерстве транспорта Эстерии заявили, что паромы будут ходить и зимой. {report}"
    assert claimants(text, linker)[-1] is None


def test_a_named_holders_press_service_speaks_for_the_holder(linker):
    text = ("Губернатор области Павел Сидоренко провел совещание с мэрами городов. "
            "Как сообщили в пресс-службе губернатора, ремонт моста через Вилку завершится в июле.")
    assert claimants(text, linker)[-1] == "Павел Сидоренко"
