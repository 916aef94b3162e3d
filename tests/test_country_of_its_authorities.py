"""«Власти Франции заявили», «…, сообщили власти Франции»: a country's authorities, named before the country in the
genitive, are the country speaking, as "French authorities said" is (the built-in registry's country, whose
genitive the text shows)."""
import pytest

from extracted import claims, speaker_of


@pytest.mark.parametrize("text", [
    "Власти Франции заявили, что мост в Орвеле откроют в мае.",
    "Власти Франции обвинили их в подделке таможенных документов.",
    "Почти все они – молодые специалисты, сообщали власти Франции.",
])
def test_the_authorities_are_their_country(linker, text):
    assert speaker_of(claims(text, linker, name="ru_t.txt"), text[:20]) == "france"
