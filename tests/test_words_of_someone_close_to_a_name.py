"""«…», — приводит ТАСС слова жены Ивана Сомова: a relative, lawyer, source, friend or spokesperson of the name after
the words' noun is someone else, not the named one, who does not speak; a title of the name itself (apposition) does
(invented people and outlets)."""
import pytest

from claimsgraph.extract import extract
from claimsgraph.ingest import parse_document


def speaker(text, linker):
    """The last spoken claim's claimant as the text first wrote one of its mentions (None: no one or no claim)."""
    doc = parse_document("ru_t.txt", text.encode(), "text/plain")
    result = extract(doc, linker)
    first = {}
    for m in result.mentions:
        first.setdefault(m.entity, doc.text[m.span.start:m.span.end])
    claims = [c for c in result.claims if c.kind != "quantity"]
    return first.get(claims[-1].claimant) if claims else None


@pytest.mark.parametrize("text", [
    "«Паром пойдёт по расписанию», — приводит ТАСС слова жены Глеба Острова.",
    "«Паром пойдёт по расписанию», — приводит ТАСС слова сына Глеба Острова.",
    "«Паром пойдёт по расписанию», — приводит ТАСС слова адвоката бизнесмена Глеба Острова.",
    "«Паром пойдёт по расписанию», — приводит ТАСС слова друга и соратника Глеба Острова.",
    "«Паром пойдёт по расписанию», — приводит ТАСС слова источника в окружении Глеба Острова.",
    "«Паром пойдёт по расписанию», — цитирует адвоката Глеба Острова агентство «Норд».",
    "«Паром пойдёт по расписанию», — цитирует жену Глеба Острова агентство «Норд».",
    "«Паром пойдёт по расписанию», — цитирует пресс-секретаря Глеба Острова агентство «Норд».",
])
def test_someone_close_to_the_name_is_not_the_name(linker, text):
    assert speaker(text, linker) != "Глеба Острова"


@pytest.mark.parametrize("text", [
    "«Паром пойдёт по расписанию», — приводит ТАСС слова главы компании Глеба Острова.",
    "«Паром пойдёт по расписанию», — приводит ТАСС слова министра Глеба Острова.",
    "«Паром пойдёт по расписанию», — цитирует начальника порта Глеба Острова агентство «Норд».",
])
def test_a_title_of_the_name_is_the_name(linker, text):
    assert speaker(text, linker) == "Глеба Острова"
