"""A statement's carrier (a site, a channel, a press service, a release) names its issuer: the issuer speaks,
never the document (invented bodies, people and countries)."""
import pytest

from claimsgraph.link import Linker
from claimsgraph.model import Entity

from extracted import claims

ENTITIES = [
    Entity("varga", "Tomas Varga", "Person", pref_labels=(("Tomas Varga", "en"), ("Томас Варга", "ru"))),
    Entity("kobra", "Kobra Foods", "Organization", pref_labels=(("Kobra Foods", "en"), ("Кобра Фудс", "ru"))),
    Entity("mfa", "Ministry of Foreign Affairs of Borealia", "Organization",
           pref_labels=(("Ministry of Foreign Affairs of Borealia", "en"), ("МИД Бореалии", "ru")),
           alt_labels=(("Borealian Foreign Ministry", "en"),)),
    Entity("tarsia", "Tarsia", "Country", pref_labels=(("Tarsia", "en"), ("Тарсия", "ru"))),
]


@pytest.fixture(scope="module")
def linker():
    return Linker(ENTITIES)


def speakers(text, linker):
    return [who for _, who in claims("Новости\n\n" + text if "а" in text else "News\n\n" + text, linker)]


@pytest.mark.parametrize("text", [
    # a backward reference whose issuer stands after a site, in the genitive
    "МИД Бореалии вызвал посла Тарсии. Дипломата вызвали из-за статьи в газете. "
    "Об этом в понедельник сообщается на сайте МИД Бореалии.",
    # … or after a press service, by the word for its kind
    "Кобра Фудс закрыла завод в Орлове. Из-за аварии компания приостановила поставки.\n\n"
    "Об этом вечером сообщила пресс-служба компании.",
])
def test_a_backward_reference_through_a_carrier_gives_the_paragraph_to_the_issuer(linker, text):
    assert set(speakers(text, linker)) == {"mfa" if "МИД" in text else "kobra"}


def test_such_a_statement_published_on_the_site_of_a_company_is_the_companys(linker):
    text = "Фабрика Кобра Фудс не продаёт сыр в Тарсии.\n\nТакое заявление опубликовано на сайте корпорации."
    assert speakers(text, linker) == ["kobra"]


@pytest.mark.parametrize("text", [
    "Как говорится в сообщении МИД Бореалии, посол Тарсии вызван для беседы.",
    "Посол Тарсии вызван для беседы, следует из сообщения МИД Бореалии.",
    "Поставки сыра возобновятся в мае, говорится в релизе компании Кобра Фудс.",
])
def test_a_cue_naming_where_a_statement_was_carried_gives_it_to_the_issuer_after_it(linker, text):
    assert speakers(text, linker) == ["mfa" if "МИД" in text else "kobra"]


def test_a_release_of_the_company_named_before_is_that_companys(linker):
    text = "Кобра Фудс получила жалобу. Поставки сыра возобновятся в мае, говорится в релизе компании."
    assert speakers(text, linker)[-1] == "kobra"


def test_a_statement_named_without_its_issuer_still_names_no_one(linker):
    assert speakers("Как говорится в сообщении, посол Тарсии вызван для беседы.", linker) == [None]


@pytest.mark.parametrize("text", [
    "Kobra Foods closed a plant on Monday. The plant will reopen in May, a statement from the company said.",
    "Kobra Foods closed a plant on Monday. The plant will reopen in May, said a statement from the company.",
    "Kobra Foods closed a plant on Monday. \"The plant will reopen in May,\" read a statement released by "
    "the company.",
])
def test_a_statement_from_a_described_body_is_the_body_named_before(linker, text):
    assert speakers(text, linker)[-1] == "kobra"


def test_a_statement_that_reads_speaks_for_the_body_that_released_it(linker):
    assert speakers("\"The plant will reopen in May,\" read a statement released by Kobra Foods.", linker) \
        == ["kobra"]


def test_according_to_a_statement_released_by_a_described_body(linker):
    text = ("The Borealian Foreign Ministry summoned the envoy of Tarsia. The envoy will be asked to explain the "
            "remarks, according to a statement released by the ministry on Monday.")
    assert speakers(text, linker)[-1] == "mfa"


def test_a_person_who_reads_a_statement_out_is_no_statement(linker):
    text = "Tomas Varga read a statement from Kobra Foods at the hearing. The plant will reopen in May."
    assert speakers(text, linker)[0] != "kobra"


@pytest.mark.parametrize("text", [
    "Посол Тарсии вызван для беседы, говорится в заявлении, размещенном на сайте МИД Бореалии.",
    "Как говорится в сообщении, опубликованном на сайте МИД Бореалии, посол Тарсии вызван для беседы.",
])
def test_a_statement_posted_on_a_site_is_the_sites_owners(linker, text):
    assert speakers(text, linker) == ["mfa"]


def test_a_matching_message_published_on_the_site_points_back_to_the_issuer(linker):
    text = "МИД Бореалии вызвал посла Тарсии. Соответствующее сообщение опубликовано на сайте ведомства."
    assert speakers(text, linker) == ["mfa"]


def test_what_follows_from_a_release_of_a_described_body_is_that_bodys(linker):
    text = "Kobra Foods met its lenders on Tuesday. The plant will reopen in May, follows from the press release of " \
           "the company."
    assert speakers(text, linker)[-1] == "kobra"


@pytest.mark.parametrize("text", [
    "In a statement, the Borealian Foreign Ministry said 12 diplomats would be expelled.",
    "In a release on Friday, Kobra Foods said it would lose $2 a share over the winter.",
])
def test_a_figure_after_a_frame_opened_by_its_medium_is_the_speakers(linker, text):
    figures = [who for _, who in claims("News\n\n" + text, linker, kinds=("quantity",))]
    assert figures and set(figures) == {"mfa" if "Ministry" in text else "kobra"}


def test_a_report_of_a_company_the_sentence_names_first_is_that_companys(linker):
    text = "Концерн Кобра Фудс за год получил прибыль в 40 миллионов евро, говорится в отчетности компании."
    figures = [who for _, who in claims("Новости\n\n" + text, linker, kinds=("quantity",))]
    assert figures and set(figures) == {"kobra"}


def test_a_report_of_people_after_a_company_named_in_the_sentence_is_not_the_companys(linker):
    text = "Выручка Кобра Фудс за квартал выросла на 12%, говорится в отчете аналитиков."
    figures = [who for _, who in claims("Новости\n\n" + text, linker, kinds=("quantity",))]
    assert figures and "kobra" not in figures


@pytest.mark.parametrize("text", [
    "Выручка Кобра Фудс за квартал выросла на 12% и составила 9 млрд рублей, говорится в отчете.",
    "Кобра Фудс закрыла завод в Орлове. Поставки сыра выросли на 7%, говорится в релизе.",
])
def test_a_release_closing_the_sentence_without_its_issuer_is_the_companys(linker, text):
    figures = [who for _, who in claims("Новости\n\n" + text, linker, kinds=("quantity",))]
    assert figures and set(figures) == {"kobra"}


def test_a_quotation_from_a_release_without_its_issuer_is_the_company_named_before(linker):
    text = "Кобра Фудс закрыла завод в Орлове.\n\n«Мы вернемся на рынок Тарсии осенью», — говорится в релизе."
    assert speakers(text, linker)[-1] == "kobra"


def test_a_release_without_its_issuer_after_only_a_person_names_no_one(linker):
    text = "Томас Варга посетил завод в Орлове.\n\n«Поставки сыра возобновятся осенью», — говорится в релизе."
    assert speakers(text, linker)[-1] is None


def test_a_memo_of_a_department_and_the_memo_after_it_are_the_departments(linker):
    text = ("Автобус остановился у моста, сообщил сержант Департамента полиции Тарсии Томас Варга.\n\n"
            "«Пассажиры в безопасности. Движение открыто», — говорится в служебной записке департамента.\n\n"
            "«Мост осмотрят инженеры», — говорится в записке.")
    said = [who for _, who in claims("Новости\n\n" + text, linker)]
    assert said[-3:] == [said[-1]] * 3 and said[-1] not in ("varga", None)
