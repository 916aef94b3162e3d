"""A sentence that points the reader to material (comments that follow, a report elsewhere, a video) or calls on
them to subscribe asserts nothing, even inside a paragraph of the article; a sentence that only starts alike does."""
import pytest

from claimsgraph.extract.claims import _asserts
from extracted import claims_all


@pytest.mark.parametrize("text", [
    "Вашему вниманию отзывы капитанов обеих команд, которые собрал сайт лиги.",
    "Предлагаем вашему вниманию полный текст обращения мэра Орлова.",
    "Фоторепортаж с открытия моста — в нашей галерее.",
    "Заседание в Орлове — в материале velsk-news.ru.",
    "Подробности — в нашем сюжете.",
    "Подробнее об этом читайте в репортаже сайта velsk-news.ru.",
    "Подробнее о паводке смотрите в нашем видео.",
    "Читайте также о паводке в долине.",
    "Here is what we know about the fire at the Orlov depot.",
    "Watch the video of the rescue on the river.",
    "For more information on the ferry times, call the port office.",
    "Sign up for our newsletter to get the latest from Borealia.",
    "see Velsk Herald, May 2).",
])
def test_a_pointer_to_other_material_is_no_claim(text):
    assert not _asserts(text, False)


@pytest.mark.parametrize("text", [
    "Подробности происшествия в Орлове пока выясняются.",
    "Подробнее о своих планах мэр Орлова расскажет в пятницу.",
    "Все доказательства вины — в материалах дела, заявил прокурор.",
    "Смотрите, мы выиграли четыре матча подряд.",
    "Here the river turns north towards Orlov.",
    "Below freezing temperatures kept the ferries in port.",
    "Reading the report, the mayor of Orlov said the dam would hold.",
    "Seeing the flood, the mayor of Orlov closed the port (for a week).",
])
def test_a_sentence_that_only_starts_like_a_pointer_is_a_claim(text):
    assert _asserts(text, False)


def test_a_pointer_inside_a_paragraph_drops_with_its_figures(cast):
    text = ("Вчера в Орлове сборная Бореалии обыграла гостей со счетом 3:1. Вашему вниманию 12 лучших моментов "
            "матча, которые собрал сайт лиги.\n\n"
            "Тренер Томас Варга сказал, что команда сыграла хорошо.")
    found = [quote for quote, _ in claims_all(text, cast)]
    assert not any("вниманию" in quote for quote in found)
    assert any(quote.startswith("Вчера в Орлове") for quote in found)
