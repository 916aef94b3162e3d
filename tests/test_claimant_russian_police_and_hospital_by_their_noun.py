"""«В полиции сообщили», «представитель больницы заявил»: unnamed people of a police force or a hospital the text
named before speak for that body, the one of its kind named last; no such body named, the article's own voice."""
import pytest

from claimsgraph.link import Linker
from extracted import CAST, speaker_first_written


@pytest.fixture(scope="module")
def linker():
    return Linker(CAST)



@pytest.mark.parametrize("text, words, body", [
    ("Полиция Остреля задержала двух водителей. В полиции сообщили, что оба были без прав.",
     "оба были без прав", "Полиция Остреля"),
    ("Полиция Дунмара начала проверку. Представитель полиции заявил, что кража была спланирована.",
     "кража была спланирована", "Полиция Дунмара"),
    ("Вчера в Хальдене ограбили банк. Как сообщили в полиции Хальдена, грабители скрылись на машине. "
     "В полиции добавили, что их ищут.", "их ищут", "полиции Хальдена"),
    ("Городская больница № 2 Остреля приняла пострадавших. В больнице сообщили, что их жизни ничто не угрожает.",
     "ничто не угрожает", "Городская больница № 2 Остреля"),
])
def test_the_police_or_the_hospital_is_the_one_named_before(linker, text, words, body):
    assert speaker_first_written(text, linker, words, name="ru_t.txt") == body


def test_the_police_after_a_court_is_no_court(linker):
    text = "Суд Остреля арестовал водителя. В полиции сообщили, что он был пьян."
    assert speaker_first_written(text, linker, "он был пьян", name="ru_t.txt") is None
