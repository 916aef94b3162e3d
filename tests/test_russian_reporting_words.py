"""Russian words of reporting the tables lacked: a negated verb of believing that still asserts its clause
("не считает, что …"), the present tense of "назвал" ("называет"), "пишет" with the clause it reports (never "пишет
книгу"), and titles that refer back to a person named before ("парламентарий", "глава партии")."""
import pytest

from claimsgraph.link import Linker
from extracted import CAST, claims, speaker_of


@pytest.fixture(scope="module")
def cast_linker():
    return Linker(CAST)


def test_a_negated_verb_of_believing_with_its_clause_is_the_believers(cast_linker):
    out = claims("Министр рыболовства Томас Варга не считает, что подорожание трески в Бореалии ускорит инфляцию.",
                 cast_linker)
    assert speaker_of(out, "не считает, что") == "varga"


def test_a_negated_verb_of_believing_without_a_clause_says_nothing(cast_linker):
    out = claims("Томас Варга не считает нужным обсуждать смету нового пирса.", cast_linker)
    assert speaker_of(out, "не считает нужным") is None


def test_the_present_tense_of_naming_reports_as_the_past_does(cast_linker):
    out = claims("Губернатор Томас Варга провёл совещание в Нижнегорске.\n\n"
                 "Главными задачами зимы губернатор называет ремонт котельных и расчистку дорог.", cast_linker)
    assert speaker_of(out, "губернатор называет") == "varga"


def test_writes_with_a_clause_reports_it(cast_linker):
    out = claims("Томас Варга покинул пост мэра Нижнегорска.\n\n"
                 "На своей странице в соцсети Варга пишет, что уходит ради работы в фонде.", cast_linker)
    assert speaker_of(out, "Варга пишет") == "varga"


def test_writes_with_an_object_is_an_act(cast_linker):
    out = claims("Томас Варга покинул пост мэра Нижнегорска.\n\nТеперь Варга пишет книгу о северных портах.",
                 cast_linker)
    assert speaker_of(out, "пишет книгу") is None


@pytest.mark.parametrize("title", ["Парламентарий", "Парламентарий же", "Глава партии", "Глава фракции"])
def test_a_title_refers_back_to_the_person_named_before(cast_linker, title):
    out = claims("Депутат Томас Варга, лидер партии «Северный путь», отозвал свою поправку о портах.\n\n"
                 f"{title} утверждает, что поправку внесли без его ведома.", cast_linker)
    assert speaker_of(out, "утверждает") == "varga"


def test_a_body_named_again_by_its_noun_alone_speaks(cast_linker):
    out = claims("Как сообщили в Управлении портов Министерства транспорта Бореалии, буксиры выйдут в рейс в среду.\n\n"
                 "В Управлении полагают, что задержка возникла из-за шторма.", cast_linker)
    assert speaker_of(out, "буксиры выйдут") is not None
    assert speaker_of(out, "В Управлении полагают") == speaker_of(out, "буксиры выйдут")


@pytest.mark.parametrize("told", ["корреспонденту «Северного вестника» ", "корреспонденту NordNews ",
                                  "изданию «Полярный курьер» "])
def test_the_reporter_told_stands_between_the_verb_and_the_body_that_spoke(cast_linker, told):
    out = claims(f"Как рассказали {told}в пресс-службе краевого управления МЧС, пожар на складе потушили к утру.",
                 cast_linker)
    assert out and out[0][1] is not None and "mchs" in out[0][1]


def test_a_dash_after_the_verb_opens_what_was_said_as_a_colon_does(cast_linker):
    out = claims("Министр финансов Томас Варга отметил – казна Бореалии пока в равновесии. Объясняется это дорогим "
                 "лесом на бирже. Единственная статья, которая растёт быстрее плана, – ремонт мостов.", cast_linker)
    assert speaker_of(out, "Объясняется это") == "varga"
    assert speaker_of(out, "ремонт мостов") == "varga"


def test_an_act_told_before_a_sentence_of_the_article_reports_nothing_after_it(cast_linker):
    out = claims("Министр финансов Томас Варга выступил в парламенте. Казна Бореалии пока в равновесии.", cast_linker)
    assert speaker_of(out, "Казна Бореалии") is None

