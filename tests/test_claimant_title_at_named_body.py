"""A title followed by the name of the body it is held at ("— сказал директор АМН") refers back to the person the
text tied to that body, not to another holder of the same title at another body, nor the body whose short name
opens a longer one ("АМН" in "АМН-Фарм") (invented texts)."""
from extracted import claims, speaker_of

TWO_DIRECTORS = (
    "Вчера глава Агентства морского надзора (АМН) Олег Бренов провёл встречу с директором Бюро портов "
    "Андреем Вельским. Подробности Нортвайр узнал у Бренова.\n\n"
    "\"Мы обсудили прошлую неделю\", — заявил Бренов. По словам Бренова, причины встречи были иными. "
    "\"Главной темой стали причалы\", — сказал директор АМН. Он добавил, что встреча с Вельским длилась час."
)


def test_director_of_the_named_body_is_its_head(linker):
    out = claims(TWO_DIRECTORS, linker, name="ru_t.txt")
    assert speaker_of(out, "Главной темой стали причалы") == "oleg-brenov-502fff"


def test_pronoun_after_it_goes_on_with_that_person(linker):
    out = claims(TWO_DIRECTORS, linker, name="ru_t.txt")
    assert speaker_of(out, "встреча с Вельским длилась час") == "oleg-brenov-502fff"


def test_title_alone_still_refers_back_to_its_only_holder(linker):
    text = ("Директор Бюро портов Андрей Вельский посетил верфь. \"Ремонт закончим к лету\", — сказал директор.")
    assert speaker_of(claims(text, linker, name="ru_t.txt"), "Ремонт закончим к лету") == "andrei-velski-1e0737"


def test_a_short_name_inside_a_longer_one_is_not_that_body(linker):
    text = ("Глава Агентства морской навигации Тарновии (АМН) Олег Бренов прибыл в порт. Там его встретил директор "
            "компании «АМН-Фарм» Иван Вельский.\n\n«Причалы готовы», — сказал директор АМН-Фарм.")
    assert speaker_of(claims(text, linker, name="ru_t.txt"), "Причалы готовы") == "ivan-velski-b7bfbc"
