"""Wrong speakers: a name in the sentence that is not who spoke (invented people, bodies and outlets)."""
import pytest

from claimsgraph.link import Linker
from claimsgraph.model import Entity
from extracted import claims

CAST = [
    Entity("orlen", "Mira Orlen", "Person", pref_labels=(("Mira Orlen", "en"), ("Мира Орлен", "ru")),
           alt_labels=(("Orlen", "en"), ("Орлен", "ru"))),
    Entity("varga", "Tomas Varga", "Person", pref_labels=(("Tomas Varga", "en"), ("Томас Варга", "ru")),
           alt_labels=(("Varga", "en"), ("Варга", "ru"))),
    Entity("nordnews", "NordNews", "Organization", pref_labels=(("NordNews", "en"), ("NordNews", "ru"))),
    Entity("kobra", "Kobra Holdings", "Organization", pref_labels=(("Kobra Holdings", "en"),),
           alt_labels=(("Kobra", "en"),)),
    Entity("borealia", "Borealia", "Country", pref_labels=(("Borealia", "en"), ("Бореалия", "ru"))),
]


@pytest.fixture(scope="module")
def cast():
    return Linker(CAST)


@pytest.mark.parametrize("text, speaker", [
    ("Интересы Бореалии — развитие страны и реформы. Об этом в разговоре с корреспондентом NordNews сказала "
     "пресс-секретарь министерства Мира Орлен.", "orlen"),
    ("Министр Томас Варга прибыл в столицу. Глава ведомства, кроме того, в интервью изданию NordNews заявил, "
     "что Бореалия должна урегулировать отношения с соседями.", "varga"),
])
def test_a_russian_outlet_told_is_not_who_spoke(cast, text, speaker):
    said = claims(text, cast)
    assert said[-1][1] == speaker
    assert all(who != "nordnews" for _, who in said)


@pytest.mark.parametrize("headline", ["Новый спор о плотине", "Вопросы к министерству"])
def test_a_headline_over_a_body_that_speaks_names_no_outlet_told(cast, headline):
    """A headline's last words have no full stop: a noun after a preposition, or in the dative, is no outlet the
    body in the next paragraph's first words told (as «в интервью NordNews» would be)."""
    text = f"{headline}\n\nKobra Holdings заявила в понедельник, что плотину достроят.\n\nВ Бореалии прошли выборы.\n"
    assert claims(text, cast)[0][1] == "kobra"


def test_a_body_named_before_a_singular_verb_still_speaks_in_the_nominative(cast):
    assert claims("Компания Kobra Holdings заявила, что цены вырастут.", cast)[-1][1] == "kobra"


@pytest.mark.parametrize("text", [
    "Kobra Holdings tried to calm rumours about its chief after a tabloid report that Tomas Varga "
    "was considering leaving the company.",
    "Tomas Varga is considering a bid for the port.",
    "Tomas Varga considered resigning last year.",
])
def test_weighing_what_to_do_is_no_opinion(cast, text):
    assert [who for _, who in claims(text, cast)] == [None]


@pytest.mark.parametrize("text", ["Tomas Varga considers the plan a mistake.",
                                  "Tomas Varga thinks that the plan is a mistake."])
def test_an_opinion_keeps_its_holder(cast, text):
    assert [who for _, who in claims(text, cast)] == ["varga"]


def test_a_statement_put_out_says_what_its_issuer_says(cast):
    assert [who for _, who in claims("Kobra Holdings issued a statement saying the talks had failed.", cast)] \
        == ["kobra"]


def test_a_text_received_is_not_the_receivers_word(cast):
    assert [who for _, who in claims("Kobra Holdings received a letter saying the talks had failed.", cast)] \
        == [None]


def test_a_name_in_a_phrase_between_the_subject_and_its_verb_leaves_the_subject(cast):
    text = "Томас Варга во время беседы с министром по делам NordNews заявил, что цены снизятся."
    assert claims(text, cast)[-1][1] == "varga"


@pytest.mark.parametrize("opener", ["Как сообщало NordNews", "Как ранее писал NordNews", "Как сообщает NordNews"])
def test_an_outlets_opening_clause_in_the_past_relays_the_speaker_after_it(cast, opener):
    assert [who for _, who in claims(f"{opener}, Томас Варга заявил, что война закончится.", cast)] == ["varga"]


def test_an_outlets_opening_clause_alone_is_the_outlets_report(cast):
    assert [who for _, who in claims("Как сообщало NordNews, война закончится к весне.", cast)] == ["nordnews"]


def test_the_statement_means_the_body_whose_statement_was_cited_not_the_last_body_named(cast):
    text = ("Согласно заявлению Kobra Holdings, представитель компании Томас Варга подчеркнул, что Бореалия считает "
            "правительство NordNews ответственным за последствия.\n\nТомас Варга осудил санкции.\n\n"
            "В заявлении также отмечается: \"Варга подчеркнул, что санкции являются ошибкой.\"")
    assert claims(text, cast)[-1][1] == "kobra"


def test_we_reported_is_the_articles_own_voice_not_the_last_body(cast):
    text = ("Kobra Holdings выступила в Бореалии. Ранее мы сообщали, Томас Варга заявил, что мониторингом ситуации "
            "занимается специальное ведомство.")
    assert claims(text, cast)[-1][1] == "varga"


def test_we_of_a_statement_still_speaks_for_its_issuer(cast):
    text = "Kobra Holdings выступила с заявлением. Мы сообщали регулятору о нарушениях, заявили в компании."
    assert claims(text, cast)[-1][1] == "kobra"


@pytest.mark.parametrize("text", [
    "Kobra Holdings открыла завод в Бореалии. Кроме того, Томас Варга заявил, что цены вырастут.",
    "Kobra Holdings открыла завод в Бореалии. Напомним, Томас Варга заявил: цены вырастут.",
    "Kobra Holdings opened a plant in Borealia. Separately, Tomas Varga said prices would rise.",
    "Kobra Holdings opened a plant in Borealia. Separately, Tomas Varga said that prices would rise.",
])
def test_a_frame_after_an_opening_word_reports_what_follows_not_the_sentence_before(cast, text):
    assert [who for _, who in claims(text, cast)] == [None, "varga"]


@pytest.mark.parametrize("text", [
    "Prices are rising. Borealia opposes tax cuts, Tomas Varga said.",
    "Цены растут в Бореалии из-за налогов. Бореалия против снижения налогов, отметил Томас Варга, добавив, что "
    "реформа продолжится.",
])
def test_a_closing_frame_still_covers_its_paragraph(cast, text):
    assert [who for _, who in claims(text, cast)][:2] == ["varga", "varga"]


def test_a_frame_after_a_longer_circumstance_reports_neither_the_sentence_before_nor_after(cast):
    text = ("Kobra Holdings открыла завод в Бореалии. В интервью, опубликованном 3 сентября, Томас Варга назвал "
            "ошибкой то, что Бореалия полагалась на соседей. В учениях примут участие 85 военнослужащих.")
    said = claims(text, cast, kinds=("statement", "event", "quantity"))
    assert said[0][1] is None and said[-1][1] is None and "varga" in [who for _, who in said]


def test_a_participle_of_saying_with_an_unnamed_subject_speaks_for_no_one_named(cast):
    text = ("Kobra Holdings reported that 21 workers were injured.\nSome workers wore black clothing.\n"
            "One young worker, a student, expressed her anger, stating, “I want a new contract.”")
    assert claims(text, cast)[-1][1] is None


@pytest.mark.parametrize("text", [
    "Kobra Holdings shares fell on Monday. Kobra shareholders said the report hurt the company.",
    "Kobra Holdings shares fell on Monday. Three analysts and one Kobra shareholder told NordNews they blamed "
    "the fall on the report.",
    "Kobra Holdings shares fell on Monday. For days before the vote, shareholders of Kobra Holdings sent letters "
    "to the board, calling for a new chairman.",
])
def test_people_in_relation_to_a_body_do_not_speak_for_it(cast, text):
    said = claims(text, cast, kinds=("statement", "event", "relation", "quantity"))
    assert len(said) >= 2 and all(who is None for _, who in said)


def test_officials_of_a_body_still_speak_for_it(cast):
    text = "Kobra Holdings shares fell on Monday. Kobra officials said the report hurt the company."
    assert [who for _, who in claims(text, cast)] == [None, "kobra"]


def test_a_subject_opening_its_sentence_opens_its_frame_past_commas(cast):
    text = ("Министр Томас Варга прибыл в столицу. Kobra Holdings открыла завод. Глава ведомства, кроме того, "
            "в интервью изданию NordNews заявил, что Бореалия должна урегулировать отношения с соседями.")
    assert [who for _, who in claims(text, cast)] == [None, None, "varga"]


def test_who_speaks_in_what_a_report_says_is_not_the_sentences_speaker(cast):
    text = ("Kobra Holdings shares fell on Monday. Three analysts told NordNews they blamed the fall on the "
            "tabloid report that said Tomas Varga had privately told friends he may leave.")
    assert all(who != "varga" for _, who in claims(text, cast, kinds=("statement", "event", "quantity")))
