"""«"Вельская прозрачность – Тарния" опубликовала отчёт …»: a quoted name opening a sentence as the subject of a verb
of saying or issuing is a body's, a dash inside it and all; «Согласно отчету, …», «… говорится в докладе» later are
that body's words (invented bodies and places)."""
import pytest

from extracted import claims_as_written, new_types, speaker_of

TEXT = ("«Вельская прозрачность – Тарния» опубликовала новый отчет о торговле Тарнии с Орском.\n\n"
        "Согласно отчету, доходы Тарнии от торговли с Орском выросли на 34%.\n\n"
        "«Зависимость от Орска содержит угрозу для Тарнии», – говорится в докладе.")


def test_a_quoted_name_that_issues_a_report_is_a_body(linker):
    assert new_types(TEXT, linker, name="ru_t.txt").get("Вельская прозрачность – Тарния") == "Organization"


@pytest.mark.parametrize("words", ["доходы Тарнии", "содержит угрозу"])
def test_what_the_report_says_is_its_issuers(linker, words):
    out = claims_as_written(TEXT, linker, name="ru_t.txt")
    assert speaker_of(out, words) == "Вельская прозрачность – Тарния"


def test_a_quoted_title_before_another_verb_is_no_body(linker):
    text = "«Северный путь» вышел в прокат в мае.\n\nПаромы в Тарнии ходят по расписанию."
    assert "Северный путь" not in new_types(text, linker, name="ru_t.txt")
