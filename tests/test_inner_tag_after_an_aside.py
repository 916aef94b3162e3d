"""«A, — это «норма» для рынка, — сказал X. — B»: an aside inside a quotation with its own clause and no verb of
saying is no said-tag, even with a word in its own marks; the tag after it still cuts the quotation, and the one it
names speaks both pieces (invented people and bodies)."""
import pytest

from extracted import claims_as_written


@pytest.mark.parametrize("text", [
    "«Цены растут, — это «нормальный» процесс для рынка, — говорит Олег Дарин. — Но долго так не продлится».",
    "«Мы не против, — в компании «Северолес» так и решили, — сказал Олег Дарин. — Но условия нужно обсудить».",
])
def test_the_tag_after_an_aside_names_the_speaker(linker, text):
    out = claims_as_written(text, linker, name="ru_t.txt")
    assert out and all(who == "Олег Дарин" for _, who in out)
