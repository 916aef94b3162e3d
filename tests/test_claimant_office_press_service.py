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


def test_a_holder_named_right_after_the_office_is_the_one_whose_press_service_speaks(linker):
    text = "Ремонт моста через Вилку завершится в июле, сообщили в пресс-службе губернатора Павла Сидоренко."
    assert claimants(text, linker)[-1] == "Павла Сидоренко"


def test_an_employee_of_a_press_service_speaks_for_no_agency_it_told():
    from claimsgraph.pipeline import make_linker
    from conftest import ONTOLOGY

    # the registry's news agency (a common one), which the press service told
    text = ("Ремонт моста через Вилку завершится в июле, сообщили в пресс-службе губернатора ТАСС.\n\n"
            "«Мост откроют 2 июля», — уточнил сотрудник пресс-службы.")
    assert claimants(text, make_linker(ONTOLOGY))[-1] != "ТАСС"
