"""Russian speakers a report goes on with: one who "признался" (a reflexive verb that still reports words), the
head of state named before as president though another person was named right after those words, and the head of
a company named before as its director (invented people and bodies)."""
import pytest

from claimsgraph.link import Linker
from claimsgraph.model import Entity
from extracted import CAST, KELL, claims, speaker_of

LARNO = Entity("larno", "Larno", "Organization", pref_labels=(("Larno", "en"), ("Ларно", "ru")),
               alt_labels=(("Ларно", "ru"), ("Ларна", "ru")))


@pytest.fixture(scope="module")
def cast():
    return Linker([*CAST, KELL, LARNO])


def test_one_who_confessed_that_says_it(cast):
    said = claims("Президент Бореалии Томас Варга признался, что не ожидал поражения на выборах.\n"
                  "Мира Орлен призналась журналистам, что готовит новую книгу.", cast)
    assert speaker_of(said, "не ожидал поражения") == "varga"
    assert speaker_of(said, "новую книгу") == "orlen"


def test_a_reflexive_verb_of_another_sense_reports_nothing(cast):
    said = claims("Нападающий Томас Варга отметился голом в ворота соперника.", cast)
    assert speaker_of(said, "голом") is None


def test_the_head_of_state_is_the_president_not_one_named_after_those_words(cast):
    said = claims("Президент Бореалии Томас Варга выступил на радио.\n"
                  "Глава государства поделился планами с журналистом Арно Келлом после эфира.\n"
                  "«Мы достроим северную дорогу к зиме», — добавил глава государства.", cast)
    assert speaker_of(said, "северную дорогу") == "varga"


def test_the_head_of_the_company_is_its_director_named_before(cast):
    said = claims("Генеральный директор компании «Ларно» Томас Варга объявил о закрытии цеха.\n"
                  "«Заказов стало меньше», — пояснил он.\n"
                  "Глава компании также сообщил, что работникам выплатят компенсации.", cast)
    assert speaker_of(said, "выплатят компенсации") == "varga"


def test_the_head_of_a_company_no_one_was_named_is_the_company(cast):
    said = claims("Компания «Ларно» закрывает цех.\n"
                  "По словам главы компании, работникам выплатят компенсации.", cast)
    assert speaker_of(said, "выплатят компенсации") == "larno"


def test_his_or_her_press_service_speaks_for_the_one_named_before(cast):
    said = claims("Томас Варга провел переговоры в столице. Как сообщила его пресс-служба, стороны договорились "
                  "о поставках леса.\n"
                  "Мира Орлен прилетела в порт Кавен. Ее пресс-служба сообщила, что визит продлится два дня.", cast)
    assert speaker_of(said, "поставках леса") == "varga"
    assert speaker_of(said, "визит продлится") == "orlen"


def test_his_press_service_after_a_sentence_on_a_bank_is_the_banks(cast):
    said = claims("Томас Варга вчера посетил Кавен. Банк «Ларно» повысил ставку до 9%. Как сообщила его "
                  "пресс-служба, кредиты подорожают.", cast)
    assert speaker_of(said, "кредиты подорожают") == "larno"


def test_by_his_own_words_is_by_his_words(cast):
    said = claims("Мира Орлен вернулась в Кавен. По ее собственному мнению, реформа почты провалилась.", cast)
    assert speaker_of(said, "реформа почты") == "orlen"


def test_by_his_words_as_an_aside_after_a_name_is_that_ones(cast):
    said = claims("Томас Варга, по его словам, не собирается покидать пост мэра Кавена.\n"
                  "Мира Орлен прилетела в Кавен. Томас Варга, по ее словам, не знал о визите.", cast)
    assert speaker_of(said, "покидать пост") == "varga"
    assert speaker_of(said, "не знал о визите") == "orlen"
