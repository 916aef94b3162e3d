"""One speaker over many sentences: which sentences a frame, a quotation or a description reaches (invented texts)."""
import pytest

from claimsgraph.link import Linker
from claimsgraph.model import Entity
from extracted import CAST, claims

ENTITIES = [
    *CAST,
    Entity("dran", "Ivo Dran", "Person", pref_labels=(("Ivo Dran", "en"), ("Иво Дран", "ru")),
           alt_labels=(("Dran", "en"), ("Дран", "ru"))),
]


@pytest.fixture(scope="module")
def linker():
    return Linker(ENTITIES)


def test_a_quotation_after_an_unnamed_speakers_sentence_is_not_given_to_whom_that_sentence_names(linker):
    text = ("Addressing reporters in the capital, the minister said that the inquiry into the fire would end soon.\n\n"
            "Asked about the delay, the minister reiterated that Tomas Varga was leading the inquiry on his own. "
            "\"We will publish every finding of the inquiry next week.\"")
    out = dict(claims(text, linker))
    assert out["We will publish every finding of the inquiry next week."] is None


@pytest.mark.parametrize("text, example", [
    ("According to Tomas Varga, the reservoirs of Borealia are running low. "
     "For example, the wells in the northern valleys have dried up since May.",
     "For example, the wells in the northern valleys have dried up since May."),
    ("По словам Томаса Варги, запасы воды в Бореалии быстро сокращаются. "
     "Например, в северных долинах с мая пересохли почти все колодцы.",
     "Например, в северных долинах с мая пересохли почти все колодцы."),
])
def test_an_example_after_a_sentence_reported_from_someone_goes_on_with_that_report(linker, text, example):
    assert dict(claims(text, linker))[example] == "varga"


def test_a_sentence_after_an_according_to_report_without_an_example_opener_stays_the_articles(linker):
    text = ("According to Tomas Varga, the reservoirs of Borealia are running low. "
            "The wells in the northern valleys have dried up since May.")
    assert dict(claims(text, linker))["The wells in the northern valleys have dried up since May."] is None


def test_a_title_the_text_gives_a_person_in_another_case_describes_that_person_later(linker):
    text = ("В столице опубликовано интервью Главы государства Томаса Варги о весенних паводках. "
            "«Мы продолжим укреплять плотины», — сказал Иво Дран. "
            "Глава государства отметил, что северные районы готовы к паводку.")
    out = dict(claims(text, linker))
    assert out["Глава государства отметил, что северные районы готовы к паводку."] == "varga"


@pytest.mark.parametrize("text, said", [
    ("Глава Банка Бореалии Мира Орлен заявила, что инфляция замедлилась. "
     "До этого глава Банка Бореалии заявила, что ставка останется прежней.",
     "До этого глава Банка Бореалии заявила, что ставка останется прежней."),
    ("Мира Орлен рассказала о ставке. «Инфляция замедлилась. Это хороший знак», — добавила глава ЦБ.",
     "Это хороший знак», — добавила глава ЦБ."),
])
def test_the_head_of_a_bank_or_ministry_is_the_person_of_that_title_not_the_body(text, said):
    entities = ENTITIES + [Entity("bank", "Bank of Borealia", "Organization",
                                  pref_labels=(("Bank of Borealia", "en"), ("Банк Бореалии", "ru")))]
    assert dict(claims(text, Linker(entities)))[said] == "orlen"


def test_the_head_of_a_district_no_one_named_is_not_the_last_person_named(linker):
    text = "Томас Варга посетил город Орлов в понедельник. Глава района заявил, что плотина выдержит паводок."
    assert dict(claims(text, linker))["Глава района заявил, что плотина выдержит паводок."] is None


@pytest.mark.parametrize("text, opinion", [
    ("Tomas Varga said the dam on the Orlov would hold through the spring.\n\n"
     "In his view, no village along the river will need to be evacuated.",
     "In his view, no village along the river will need to be evacuated."),
    ("Томас Варга заявил, что плотина на реке Орлов выдержит весенний паводок.\n\n"
     "По его мнению, эвакуировать деревни вдоль реки не придется.",
     "По его мнению, эвакуировать деревни вдоль реки не придется."),
])
def test_a_paragraph_opening_with_the_speakers_view_is_the_speakers(linker, text, opinion):
    assert dict(claims(text, linker))[opinion] == "varga"


@pytest.mark.parametrize("text, background", [
    ("Томас Варга заявил, что плотина на реке Орлов выдержит весенний паводок. "
     "Ранее в северных районах Бореалии объявили режим чрезвычайной ситуации. Паводок начался в марте.",
     ["Ранее в северных районах Бореалии объявили режим чрезвычайной ситуации.", "Паводок начался в марте."]),
    ("Томас Варга написал в своем блоге, что мост через реку Орлов закроют на ремонт. "
     "Позднее запись из блога исчезла. Мост открыли в мае.",
     ["Позднее запись из блога исчезла.", "Мост открыли в мае."]),
    ("Tomas Varga said that the dam on the Orlov would hold through the spring. "
     "Earlier this week, the council closed the northern road along the river. The river rose by a metre.",
     ["Earlier this week, the council closed the northern road along the river.", "The river rose by a metre."]),
])
def test_background_opened_by_earlier_ends_the_report_of_the_frame_before(linker, text, background):
    out = dict(claims(text, linker))
    assert [out[b] for b in background] == [None, None]


@pytest.mark.parametrize("text, other", [
    ("Tomas Varga said on Monday that the reservoirs of Borealia were running low. "
     "Deputy Minister Mira Orlen posted online that the wells would be refilled by June.",
     "Deputy Minister Mira Orlen posted online that the wells would be refilled by June."),
    ("Томас Варга заявил, что запасы воды в Бореалии заканчиваются. "
     "Замминистра Мира Орлен опубликовала в сети план по восстановлению колодцев к июню.",
     "Замминистра Мира Орлен опубликовала в сети план по восстановлению колодцев к июню."),
])
def test_a_sentence_that_opens_with_another_person_does_not_go_on_with_the_speaker(linker, text, other):
    out = dict(claims(text, linker))
    assert out[other] != "varga"


def test_a_sentence_that_opens_with_another_company_does_not_go_on_with_the_speaker(linker):
    text = ("The Borealian Water Council said the reservoirs were running low. "
            "Kestrel Ferries cancelled its sailings on the northern lake.")
    out = dict(claims(text, linker))
    assert out["Kestrel Ferries cancelled its sailings on the northern lake."] is None


def test_a_sentence_that_names_another_person_later_goes_on_with_the_speaker(linker):
    text = ("Tomas Varga said on Monday that the reservoirs of Borealia were running low. "
            "The wells in the valleys were checked last week by a team under Mira Orlen.")
    out = dict(claims(text, linker))
    assert out["The wells in the valleys were checked last week by a team under Mira Orlen."] == "varga"


@pytest.mark.parametrize("text, later", [
    ("Tomas Varga visited the northern dam on Monday.\n\n"
     "He said that the reservoirs of Borealia were almost full. The spillway gates will open next week.",
     "The spillway gates will open next week."),
    ("Томас Варга в понедельник посетил северную плотину.\n\n"
     "Он отметил, что водохранилища Бореалии почти заполнены. Водосброс откроют на следующей неделе.",
     "Водосброс откроют на следующей неделе."),
])
def test_a_report_opened_by_a_pronoun_goes_on_in_its_paragraph_as_a_named_one_does(linker, text, later):
    assert dict(claims(text, linker))[later] == "varga"


PEOPLE = [Entity("vestrik", "Ilona Vestrik", "Person", pref_labels=(("Ilona Vestrik", "en"),),
                 alt_labels=(("Vestrik", "en"),)),
          Entity("kasso", "Tomas Kasso", "Person", pref_labels=(("Tomas Kasso", "en"),), alt_labels=(("Kasso", "en"),))]


def test_a_given_name_read_as_a_womans_does_not_hide_the_man_every_pronoun_of_the_text_calls_he():
    text = ("The northern league has a new chairman.\n\n"
            "Ilona Vestrik took office on Monday at the league's offices in the capital.\n\n"
            "He said that the league would admit new clubs from the south next season.")
    assert [who for said, who in claims(text, Linker(PEOPLE)) if "new clubs" in said] == ["vestrik"]


def test_a_given_name_read_as_a_womans_still_tells_her_from_a_man_where_the_text_says_she_and_he():
    text = ("The northern league has a new chairwoman.\n\n"
            "Ilona Vestrik took office on Monday after Tomas Kasso stepped down; he had led the league since May.\n\n"
            "She said that the league would admit new clubs from the south next season.")
    assert [who for said, who in claims(text, Linker(PEOPLE)) if "new clubs" in said] == ["vestrik"]


@pytest.mark.parametrize("text, said", [
    ("Певец Томас Варга отменил концерт в Орлове.\n\nПевец объяснил, что у него болит горло.",
     "Певец объяснил, что у него болит горло."),
    ("Телеведущий Томас Варга опроверг слухи о переезде в Бореалию.\n\n"
     "Телеведущий не назвал город, где сейчас отдыхает, уточнив, что это не столица.", "уточнив, что это не столица."),
])
def test_a_performers_epithet_refers_back_to_the_one_named_with_it(linker, text, said):
    assert dict(claims(text, linker))[said] == "varga"
