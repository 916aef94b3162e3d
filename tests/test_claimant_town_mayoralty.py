"""A town's mayoralty speaks as a body: «в мэрии Ольховска отрицают» names the mayoralty («мэрия» is a body's noun
before its town), «представители мэрии» and «в мэрии города» refer back to the town's administration named before,
and an outlet told in its quotation marks after a plural verb («рассказали "Ранок" в пресс-службе …») is no
speaker whatever case its name seems to have."""
import pytest

from claimsgraph.link import Linker
from extracted import speakers_as_written


@pytest.fixture(scope="module")
def linker():
    return Linker([])


@pytest.mark.parametrize("verb", ["отрицают", "отвергли"])
def test_in_a_towns_mayoralty_its_people_speak_for_it(linker, verb):
    text = f"Горожане пишут о закрытии рынка. Между тем в мэрии Ольховска эти слухи {verb}."
    assert speakers_as_written(text, linker)[-1] == "мэрии Ольховска"


def test_the_mayoralty_is_the_administration_named_before(linker):
    text = ("В администрацию Ольховска пришло письмо фермера о потраве полей. Об этом «Ранку» рассказали в мэрии "
            "города.\n\nПо словам представителей мэрии, проверка продлится неделю.")
    assert speakers_as_written(text, linker) == ["администрацию Ольховска"] * 2


@pytest.mark.parametrize("outlet", ['"Ранок"', "«Ранок»"])
def test_an_outlet_told_in_quotation_marks_is_no_speaker(linker, outlet):
    text = (f"Горожане пишут о закрытии рынка. Как рассказали {outlet} в пресс-службе мэрии Ольховска, рынок "
            "откроется в пятницу.")
    assert speakers_as_written(text, linker)[-1] in ("мэрии Ольховска", "пресс-службе мэрии Ольховска")
