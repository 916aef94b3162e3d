"""«В полиции сообщили», «представитель больницы заявил»: unnamed people of a police force or a hospital the text
named before speak for that body, the one of its kind named last; no such body named, the article's own voice."""
import pytest

from claimsgraph.extract import extract
from claimsgraph.ingest import parse_document
from claimsgraph.link import Linker
from extracted import CAST


@pytest.fixture(scope="module")
def linker():
    return Linker(CAST)


def speaker_of(text, linker, words):
    """The claimant of the claim holding ``words``, as the text first wrote it (None: the article's voice)."""
    doc = parse_document("ru_t.txt", text.encode(), "text/plain")
    result = extract(doc, linker)
    first = {}
    for m in result.mentions:
        first.setdefault(m.entity, doc.text[m.span.start:m.span.end])
    found = [first.get(c.claimant, c.claimant) for c in result.claims if words in doc.text[c.span.start:c.span.end]]
    assert found, words
    return found[-1]


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
    assert speaker_of(text, linker, words) == body


def test_the_police_after_a_court_is_no_court(linker):
    text = "Суд Остреля арестовал водителя. В полиции сообщили, что он был пьян."
    assert speaker_of(text, linker, "он был пьян") is None
