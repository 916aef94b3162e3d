"""«Произнести» (uttering words) reports a quotation only as its tag («…», — произнес X); before an object («произнес
речь», «произнесла тост») it names an act, no statement of its subject's. Invented sentences only."""
import pytest

from claimsgraph.link import Linker

from extracted import speakers_as_written

OPENING = "Мэр Тарнова Иван Сомов приехал в Вельск в пятницу.\n\n"


@pytest.fixture(scope="module")
def linker():
    return Linker([])


@pytest.mark.parametrize("sentence", ["На площади Сомов произнес речь о дружбе городов.",
                                      "Вечером Анна Ведина произнесла тост за строителей нового моста.",
                                      "В ратуше Сомов произнес слова присяги.",
                                      "Сомов и Ведина громко произнесли имя архитектора."])
def test_uttering_before_an_object_is_no_statement(sentence, linker):
    assert not any(speakers_as_written(OPENING + sentence + "\n", linker))


def test_uttering_as_a_quotation_s_tag_reports_it(linker):
    text = OPENING + "«Мост откроют весной», — произнес Сомов.\n"
    assert (speakers_as_written(text, linker)[-1] or "").endswith("Сомов")
