"""«A, — сказала пресс-секретарь компании «X» Y. — B»: a said-tag inside a quotation whose words hold a body's name in
its own marks still cuts the quotation around it; the person it names speaks both pieces (invented people, bodies)."""
import pytest

from extracted import claims_as_written


@pytest.mark.parametrize("text, speaker", [
    ("«Поставки угля задержатся, — сообщила представитель компании «Северолес» Ольга Вереева. — Но к зиме склады "
     "будут полны».", "Ольга Вереева"),
    ("«Ремонт моста почти закончен, — заявил глава треста «Дормост» Олег Дарин. — Движение откроем в июле».",
     "Олег Дарин"),
])
def test_both_pieces_are_the_tagged_speakers(linker, text, speaker):
    out = claims_as_written(text, linker, name="ru_t.txt")
    assert len(out) == 2 and all(who == speaker for _, who in out)
