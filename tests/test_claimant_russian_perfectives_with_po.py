"""A Russian verb of judging whose perfective adds «по-» to the stem the table lists («приветствовать» →
«поприветствовал», «критиковать» → «покритиковал»): its subject speaks (invented people and places)."""
import pytest

from extracted import claims_as_written, speaker_of


@pytest.mark.parametrize("verb", ["поприветствовал", "покритиковал"])
def test_a_perfective_with_po_reports_its_subject(linker, verb):
    out = claims_as_written(f"Министр Молдавии Томас Варга {verb} решение совета Тарнии о плотине.", linker, name="ru_t.txt")
    assert speaker_of(out, "решение совета") == "Томас Варга"
