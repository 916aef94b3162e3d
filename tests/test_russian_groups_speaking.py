"""Russian people named by what they are, in the plural, who speak as one party (invented texts, no registry)."""
import pytest

from claimsgraph.link import Linker
from extracted import claims_as_written, speaker_of


@pytest.fixture(scope="module")
def nobody():
    return Linker([])


def spoken(text, linker):
    """Each claim of a Russian news item of ``text`` with its speaker as written."""
    return claims_as_written(f"Новости\n\n{text}\n", linker, name="ru_t.txt")


@pytest.mark.parametrize("text, words, speaker", [
    # the genitive of what they are of is their name's
    ("На заводе в Озёрске началась забастовка. Но организаторы забастовки утверждают, что конвейер остановлен.",
     "конвейер", "организаторы забастовки"),
    # and so are the adjectives before them
    ("Выборы в Руритании прошли в воскресенье. Оппозиционные руританские политические силы заявили о подтасовке "
     "итогов голосования.", "подтасовке", "Оппозиционные руританские политические силы"),
    # an adverb between them and the verb is not
    ("Выборы в Руритании прошли в воскресенье. Местные жители также заявили, что участков не хватало.",
     "участков", "Местные жители"),
    ("В Озёрске прошёл митинг у здания мэрии. Активисты сообщили, что придут снова в субботу.", "субботу",
     "Активисты"),
])
def test_a_group_speaks(nobody, text, words, speaker):
    assert speaker_of(spoken(text, nobody), words) == speaker



def test_a_body_described_after_a_group_is_no_group(nobody):
    """«в пресс-службе завода заявляют» after the strikers' organisers spoke: the plant's word, not theirs."""
    out = spoken("На заводе «Вельдмаш» в Озёрске началась забастовка. Организаторы забастовки утверждают, что конвейер "
                 "остановлен. В пресс-службе завода заявляют, что работу прекратили лишь 50 рабочих.", nobody)
    assert speaker_of(out, "50 рабочих") == "Вельдмаш"


@pytest.mark.parametrize("text, named", [
    # a people's word or a group's own name in the genitive is theirs, not part of a group named by kind
    ("Повстанцы хуситов заявили, что атаковали судно.", "хуситов"),
    ("Боевики талибов заявили, что захватили город.", "талибов"),
    ("Боевики НФОК заявили, что захватили город.", "НФОК"),
])
def test_a_named_genitive_is_no_part_of_the_group(nobody, text, named):
    out = spoken(text, nobody)
    assert not any(who and named in who and who != named for _, who in out)


@pytest.mark.parametrize("text, words, speaker", [
    ("Цены на топливо в Озёрске растут. Аналитики полагают, что рост продолжится до лета.", "до лета", "Аналитики"),
    # cited after «по словам», «по прогнозам»: the genitive is the group
    ("Цены на топливо в Озёрске растут. По прогнозам экономистов, рост продолжится до лета.", "до лета",
     "экономистов"),
    ("Цены на топливо в Озёрске растут. По словам наблюдателей, рост продолжится до лета.", "до лета",
     "наблюдателей"),
])
def test_people_who_judge_or_forecast_speak_as_a_group(nobody, text, words, speaker):
    assert speaker_of(spoken(text, nobody), words) == speaker
