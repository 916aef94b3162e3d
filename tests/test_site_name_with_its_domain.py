"""A site named with its domain after a dot («ИА «Вельск.Ru»», "Vellnews.Com") keeps its sentence whole: the dot glued
to a capital is no sentence's end there, so the speaker before it keeps the words after it; a real glued stop before
a capitalised word still cuts (invented names)."""
import pytest

from extracted import claims_as_written, speaker_of


@pytest.mark.parametrize("text, name, words, speaker", [
    ("Глава района Иван Сомов сообщил ИА «Вельск.Ru», что мост через реку Орса откроют в июне.", "ru_t.txt",
     "мост через реку", "Иван Сомов"),
    ("Глава района Иван Сомов сообщил изданию «Vell.Ru», что мост через реку Орса откроют в июне.", "ru_t.txt",
     "мост через реку", "Иван Сомов"),
    ("Mayor Ines Tarro told the local site Vellnews.Com that the bridge over the Orsa would open in June.", "t.txt",
     "bridge over the Orsa", "Ines Tarro"),
])
def test_a_site_s_domain_is_no_sentence_end(linker, text, name, words, speaker):
    out = claims_as_written(text, linker, name=name)
    assert speaker_of(out, words) == speaker
    assert all(words in said for said, _ in out if "Orsa" in said or "Орса" in said)


def test_a_glued_stop_before_a_word_still_cuts(linker):
    text = ("Mayor Ines Tarro said the harbour in Kelby had been closed for the whole winter.Net income of the port "
            "authority fell by a third.")
    said = [s for s, _ in claims_as_written(text, linker)]
    assert not any("winter" in s and "Net income" in s for s in said)
