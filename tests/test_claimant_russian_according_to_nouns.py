"""«По её утверждению, …», «по его подсчётам», «по утверждению министра X»: the words of the person named before, or
named there, as «по её словам» (invented people and places)."""
import pytest

from extracted import claims_as_written, speaker_of

OPENING = "Министр Молдавии Анна Варга выступила в среду в Брюсселе. "


@pytest.mark.parametrize("phrase", ["По ее утверждению", "По её убеждению", "По ее подсчетам", "По её расчётам",
                                    "По ее признанию", "По её информации"])
def test_her_noun_of_saying_is_hers(linker, phrase):
    out = claims_as_written(OPENING + f"{phrase}, страны союза намерены сохранять давление на Тарнию.", linker,
                            name="ru_t.txt")
    assert speaker_of(out, "давление на Тарнию") == "Анна Варга"


def test_by_the_assertion_of_a_named_person_is_hers(linker):
    out = claims_as_written("Снег выпал в среду. По утверждению министра Анны Варги, страны союза намерены "
                            "сохранять давление на Тарнию.", linker, name="ru_t.txt")
    assert speaker_of(out, "давление на Тарнию") in ("Анна Варга", "Анны Варги")
