""""The organisation said", «в коммюнике организации» after an agency reported: the body the text named, never the
agency that passed the news on (invented bodies)."""
import pytest

from extracted import claims_as_written, speaker_of


@pytest.mark.parametrize("text, name", [
    ("Страны Вельского союза производителей сохранят квоты на добычу, сообщает Интерфакс.\n\n«Члены союза будут "
     "следить за ценами на рынке», — говорится в итоговом коммюнике организации.", "ru_t.txt"),
    ("The Vell Growers Union will keep its quotas, Interfax reported.\n\n“Members will monitor the market "
     "closely,” the organisation said in a communique.", "t.txt"),
])
def test_the_organisation_is_the_body_named_not_the_agency(linker, text, name):
    said = speaker_of(claims_as_written(text, linker, name=name), "рынке" if name.startswith("ru") else "market")
    assert said is not None and "Interfax" not in said and "Интерфакс" not in said
